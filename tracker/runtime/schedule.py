"""APScheduler wiring for `tracker schedule`: one "tick" job, signals, a graceful stop.

No business logic lives here: the job is :meth:`tracker.runtime.ingest_worker.IngestWorker.tick`.
The scheduler keeps its jobs in memory. The database, not a job store, says
when each source is due, so several workers never share an APScheduler job
store (which APScheduler 3.x does not support) and a restart loses nothing.

* ``max_instances=1``: ticks never overlap; a tick still running when the next
  is due makes APScheduler skip that run, and the following one runs.
* ``coalesce=True``: after a suspend or a stall, the missed runs collapse into
  one catch-up tick (RELIABILITY.md 29). Each source then runs once anyway,
  because one ingest moves its ``next_check_at`` past now.
* SIGTERM / SIGINT: the worker takes no new source; the one in hand finishes
  and commits whole. If it has not finished within the grace period the
  process exits at once: the database rolls the open transaction back whole,
  and the source's lease expires so the next run completes it. A second
  signal exits at once too.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from tracker.runtime.ingest_worker import IngestWorker

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_GRACE_PASSED = 3
EXIT_SECOND_SIGNAL = 130


def build_scheduler(tick: Callable[[], object], tick_seconds: float) -> BackgroundScheduler:
    """A scheduler with one interval job, "tick", whose first run is now."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        # One thread: the tick is the only job, and it must never run twice at once.
        executors={"default": ThreadPoolExecutor(max_workers=1)},
    )
    scheduler.add_job(
        tick,
        IntervalTrigger(seconds=tick_seconds, timezone=UTC),
        id="tick",
        name="tick",
        max_instances=1,
        coalesce=True,
        # A tick that starts late is still worth running, up to one interval late;
        # beyond that the next one is as good.
        misfire_grace_time=max(int(tick_seconds), 1),
        next_run_time=datetime.now(UTC),
    )
    return scheduler


class StopSignal:
    """Turns SIGTERM/SIGINT into a stop request; a second signal exits at once."""

    def __init__(self, on_stop: Callable[[], None]) -> None:
        self.event = threading.Event()
        self._on_stop = on_stop

    def install(self) -> None:
        signal.signal(signal.SIGTERM, self._handle)
        signal.signal(signal.SIGINT, self._handle)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.event.is_set():
            log.warning("%s again: exiting now; the source in hand is rolled back", name)
            os._exit(EXIT_SECOND_SIGNAL)
        log.info("%s: finishing the source in hand, then stopping", name)
        self.event.set()
        self._on_stop()


def run_forever(worker: IngestWorker, *, tick_seconds: float, grace_s: float) -> int:
    """Tick until SIGTERM/SIGINT; returns the exit status (or exits hard past the grace)."""
    stop = StopSignal(worker.request_stop)
    stop.install()
    scheduler = build_scheduler(worker.tick, tick_seconds)
    scheduler.start()
    log.info("worker %s ticking every %g s", worker.id, tick_seconds)
    # A short wait keeps the main thread responsive to signals.
    while not stop.event.wait(0.5):
        pass
    scheduler.shutdown(wait=False)
    if not worker.wait_idle(grace_s):
        log.error(
            "the tick did not finish within the %g s grace period: exiting; its open "
            "transaction is rolled back and the source's lease expires",
            grace_s,
        )
        os._exit(EXIT_GRACE_PASSED)
    worker.close()
    return EXIT_OK


def run_once(worker: IngestWorker) -> int:
    """One tick, then stop (for cron-style use and tests); a signal still stops it cleanly."""
    StopSignal(worker.request_stop).install()
    worker.tick()
    worker.close()
    return EXIT_OK
