"""The worker's tick: beat, lease a due source, ingest it, release it, until done or out of time.

The database decides when a source is due (``next_check_at``, written by the
pipeline with backoff, Retry-After and jitter); a tick only asks "which
sources are due?" and works through them. Sources are leased one small batch
at a time, so several workers share a backlog evenly instead of one worker
hoarding it.

A tick stops taking new sources once its deadline has passed or a stop was
requested; the source in hand always finishes (it is bounded by the fetch
deadline and the parse time limit) and is stored whole or not at all by the
pipeline's single transaction.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Engine

from tracker import __version__
from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.core.errors import StoreError
from tracker.domain.workers import Identity, Step, next_step, stale_after
from tracker.runtime.pipeline import SourceReport, ingest_source
from tracker.runtime.reprocess import relink_pending
from tracker.runtime.store_faults import clear_store_fault, record_store_fault
from tracker.schema.db import is_sqlite
from tracker.schema.faults import confirmed_store_fault
from tracker.store.workers import enlist, finish_source, give_back, heartbeat, lease, retire
from tracker.store.writes import background_writes

log = logging.getLogger(__name__)

Ingest = Callable[..., SourceReport]


def new_identity() -> Identity:
    """This process as a worker: host, pid and a short random tag (pids are reused)."""
    host, pid = socket.gethostname(), os.getpid()
    return Identity(f"{host}:{pid}:{uuid.uuid4().hex[:6]}", host, pid, __version__)


@dataclass
class TickReport:
    """What one tick did; ``ended`` says why it ended (idle: nothing left due)."""

    reports: list[SourceReport] = field(default_factory=list)
    crashed: list[int] = field(default_factory=list)
    ended: Literal["idle", "stop", "overrun", "store_fault"] = "idle"
    store_fault: str | None = None  # why the store failed, when ``ended`` says so

    @property
    def done(self) -> int:
        return len(self.reports)


class IngestWorker:
    """One `tracker schedule` process's share of the work; ``tick`` is the scheduled job."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        identity: Identity,
        *,
        tick_deadline_s: float,
        batch: int = 1,
        ingest: Ingest = ingest_source,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.identity = identity
        self.tick_deadline_s = tick_deadline_s
        self.batch = batch
        self._ingest = ingest
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()

    @property
    def id(self) -> str:
        return self.identity.id

    def register(self) -> None:
        """Record this worker; on SQLite, refuse (WorkerConflictError) if another is alive."""
        exclusive = is_sqlite(str(self.engine.url))
        enlist(self.engine, self.identity, utcnow(), stale_after(self.settings), exclusive=exclusive)
        log.info("worker %s started", self.id)

    def request_stop(self) -> None:
        """Finish the source in hand, take no new one."""
        self._stop.set()

    def wait_idle(self, timeout_s: float) -> bool:
        """True once no tick is running (within ``timeout_s``)."""
        return self._idle.wait(timeout_s)

    def close(self) -> None:
        """Mark the worker stopped and hand back any lease it still holds."""
        released = retire(self.engine, self.id, utcnow())
        log.info("worker %s stopped%s", self.id, f"; {released} leases released" if released else "")

    def tick(self) -> TickReport:
        """One pass over due sources, until none is left, the deadline passes, a stop
        comes or the store fails (RELIABILITY 40: logged in one line, recorded for
        `tracker status`, and the next tick tries again)."""
        self._idle.clear()
        report = TickReport()
        try:
            # Nobody waits on a tick's writes: a reviewer's decision goes first.
            with background_writes():
                self._tick(time.monotonic() + self.tick_deadline_s, report)
        except Exception as exc:
            message = self._store_fault_of(exc)
            if message is None:
                raise
            report.ended, report.store_fault = "store_fault", message
            log.error("store fault: %s; this tick stopped, the next one tries again", message)
            record_store_fault(self.settings, self.id, message)
        else:
            clear_store_fault(self.settings)
        finally:
            self._idle.set()
        return report

    def _store_fault_of(self, exc: Exception) -> str | None:
        if isinstance(exc, StoreError):
            return exc.message
        fault = confirmed_store_fault(exc, self.engine)
        return fault.message() if fault else None

    def _tick(self, deadline: float, report: TickReport) -> TickReport:
        self._beat(0)
        # Pledges a stopped run stored but did not link yet (one cheap query when none).
        relink_pending(self.engine)
        while (step := next_step(self._stop.is_set(), time.monotonic(), deadline)) == "go":
            ids = self._lease()
            if not ids:
                return report
            step = self._work_through(ids, deadline, report)
            if step != "go":
                break
        report.ended = step
        if step == "overrun":
            log.warning(
                "tick passed its %g s deadline after %d sources; the rest waits for the next tick",
                self.tick_deadline_s,
                report.done,
            )
        return report

    def _work_through(self, ids: list[int], deadline: float, report: TickReport) -> Step:
        for index, source_id in enumerate(ids):
            step = next_step(self._stop.is_set(), time.monotonic(), deadline)
            if step != "go":
                self._release(ids[index:])
                return step
            self._one(source_id, report)
        return "go"

    def _one(self, source_id: int, report: TickReport) -> None:
        try:
            result = self._ingest(self.engine, self.settings, source_id, worker=self.id)
        except StoreError:
            raise  # the whole store: the tick stops (see tick)
        except Exception:
            # Not a feed problem (those are recorded by the pipeline) but ours, e.g.
            # the database went away. The lease is kept on purpose: the source comes
            # back when it expires instead of failing again at once in a loop.
            log.exception("source %d: ingest crashed; retried when its lease expires", source_id)
            report.crashed.append(source_id)
            return
        report.reports.append(result)
        _log_result(result)
        self._finish(source_id)

    def _finish(self, source_id: int) -> None:
        still_mine = finish_source(self.engine, self.id, source_id, utcnow())
        if not still_mine:
            log.warning(
                "source %d: lease expired during ingest (lease_seconds=%s is too short for it)",
                source_id,
                self.settings.lease_seconds,
            )

    def _lease(self) -> list[int]:
        return lease(self.engine, self.id, utcnow(), self.settings.lease_seconds, self.batch)

    def _release(self, ids: list[int]) -> None:
        give_back(self.engine, self.id, ids)

    def _beat(self, sources_done: int) -> None:
        heartbeat(self.engine, self.id, utcnow(), sources_done)


def _log_result(result: SourceReport) -> None:
    if result.outcome == "error":
        log.warning("failed %s: %s", result.url, result.error)
    elif result.outcome == "not_modified":
        log.info("fetched %s: not modified", result.url)
    else:
        log.info(
            "fetched %s: %d new, %d updated, %d unchanged, %d pledges",
            result.url,
            result.new,
            result.updated,
            result.unchanged,
            result.pledges,
        )
