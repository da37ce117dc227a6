"""Worker heartbeats and the health queries behind `tracker status`.

Each `tracker schedule` process has one Worker row: registered at start, beaten
at every tick and after every source (``last_tick_at`` is its last sign of
life), stamped ``stopped_at`` on a clean stop. A row that stops beating without
being stopped belongs to a crashed or hung worker and shows as stale.

On SQLite one worker is the supported setup, so registering refuses while
another live worker holds the database (see :func:`register_worker`).
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import delete, func, update
from sqlmodel import Session, col, select

from tracker import __version__
from tracker.config import Settings
from tracker.errors import TrackerError
from tracker.leases import due_condition
from tracker.models import FetchLog, Source, Worker

WorkerState = Literal["alive", "stale", "stopped"]
# Stopped rows older than this are pruned when a worker registers.
KEEP_STOPPED = timedelta(days=7)


class WorkerConflictError(TrackerError):
    """Another live worker already serves this SQLite database."""


@dataclass(frozen=True)
class Identity:
    """Who a worker is: its id names it in leases, fetch logs and the status table."""

    id: str
    host: str
    pid: int
    version: str


def new_identity() -> Identity:
    host, pid = socket.gethostname(), os.getpid()
    return Identity(f"{host}:{pid}:{uuid.uuid4().hex[:6]}", host, pid, __version__)


def stale_after(settings: Settings) -> timedelta:
    """How long without a beat before a worker counts as gone.

    A worker beats at every tick and after every source, and one source is
    bounded by the fetch deadline plus the parse limit; three ticks on top of
    that leave room for a slow database.
    """
    return timedelta(seconds=3 * settings.tick_seconds + settings.total_timeout_s + settings.parse_timeout_s)


def worker_state(
    last_seen: datetime, stopped_at: datetime | None, now: datetime, stale: timedelta
) -> WorkerState:
    """Pure: a stopped row is stopped; otherwise alive while it beats within ``stale``."""
    if stopped_at is not None:
        return "stopped"
    return "alive" if now - last_seen <= stale else "stale"


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _seems_alive(row: Worker, now: datetime, stale: timedelta, host: str) -> bool:
    last_seen = row.last_tick_at or row.started_at
    if worker_state(last_seen, row.stopped_at, now, stale) != "alive":
        return False
    # On this host we can do better than wait for staleness: a SIGKILLed
    # worker's pid is gone at once, so a restart need not wait.
    return row.host != host or _pid_running(row.pid)


def live_rivals(session: Session, me: Identity, now: datetime, stale: timedelta) -> list[Worker]:
    rows = session.exec(select(Worker).where(col(Worker.stopped_at).is_(None)).where(Worker.id != me.id))
    return [row for row in rows if _seems_alive(row, now, stale, me.host)]


def register_worker(
    session: Session, me: Identity, now: datetime, stale: timedelta, *, exclusive: bool
) -> None:
    """Insert this worker's row; with ``exclusive`` (SQLite), refuse if another is alive.

    Call inside one write transaction: on SQLite that is BEGIN IMMEDIATE, so two
    workers starting together cannot both pass the check.
    """
    if exclusive:
        rivals = live_rivals(session, me, now, stale)
        if rivals:
            raise WorkerConflictError(_conflict_message(rivals[0], stale))
    session.execute(delete(Worker).where(col(Worker.stopped_at) < now - KEEP_STOPPED))
    session.add(
        Worker(id=me.id, host=me.host, pid=me.pid, version=me.version, started_at=now, last_tick_at=now)
    )


def _conflict_message(rival: Worker, stale: timedelta) -> str:
    seen = rival.last_tick_at or rival.started_at
    return (
        f"worker {rival.id} (host {rival.host}, pid {rival.pid}) already serves this SQLite "
        f"database, last seen {seen:%Y-%m-%d %H:%M:%S} UTC. SQLite supports one worker: stop "
        f"that one, or use PostgreSQL for several. A crashed worker on another host counts "
        f"as gone {int(stale.total_seconds())} s after its last beat."
    )


def beat(session: Session, worker_id: str, now: datetime, sources_done: int = 0) -> None:
    """A sign of life, adding ``sources_done`` to the worker's total."""
    session.execute(
        update(Worker)
        .where(col(Worker.id) == worker_id)
        .values(last_tick_at=now, sources_done=col(Worker.sources_done) + sources_done)
    )


def mark_stopped(session: Session, worker_id: str, now: datetime) -> None:
    session.execute(update(Worker).where(col(Worker.id) == worker_id).values(stopped_at=now))


@dataclass(frozen=True)
class WorkerStatus:
    id: str
    host: str
    pid: int
    version: str
    started_at: datetime
    last_seen: datetime
    sources_done: int
    stopped_at: datetime | None
    state: WorkerState


@dataclass(frozen=True)
class FailingSource:
    id: int
    url: str
    failures: int
    failing_since: datetime | None
    marked: bool
    error_kind: str | None
    error: str | None
    error_at: datetime | None


@dataclass(frozen=True)
class RecentError:
    source_id: int
    url: str
    at: datetime
    kind: str | None
    error: str | None
    worker: str | None


def worker_statuses(session: Session, now: datetime, stale: timedelta, limit: int = 20) -> list[WorkerStatus]:
    """Running workers first, then the most recently started stopped ones."""
    rows = session.exec(select(Worker).order_by(col(Worker.started_at).desc()).limit(200)).all()
    statuses = [_status_of(row, now, stale) for row in rows]
    order = {"alive": 0, "stale": 1, "stopped": 2}
    return sorted(statuses, key=lambda s: (order[s.state], -s.started_at.timestamp()))[:limit]


def _status_of(row: Worker, now: datetime, stale: timedelta) -> WorkerStatus:
    last_seen = row.last_tick_at or row.started_at
    return WorkerStatus(
        id=row.id,
        host=row.host,
        pid=row.pid,
        version=row.version,
        started_at=row.started_at,
        last_seen=last_seen,
        sources_done=row.sources_done,
        stopped_at=row.stopped_at,
        state=worker_state(last_seen, row.stopped_at, now, stale),
    )


def sources_due_now(session: Session, now: datetime) -> tuple[int, int]:
    """(due and free, leased by a worker right now)."""
    due = session.exec(select(func.count()).select_from(Source).where(due_condition(now))).one()
    leased = session.exec(
        select(func.count()).select_from(Source).where(col(Source.lease_expires_at) >= now)
    ).one()
    return int(due), int(leased)


def failing_sources(session: Session, failing_after: int, limit: int = 50) -> list[FailingSource]:
    """Sources whose last poll failed, longest-failing first."""
    rows = session.exec(
        select(Source)
        .where(col(Source.consecutive_failures) > 0)
        .order_by(col(Source.failing_since), col(Source.id))
        .limit(limit)
    )
    return [
        FailingSource(
            id=row.id or 0,
            url=row.url,
            failures=row.consecutive_failures,
            failing_since=row.failing_since,
            marked=row.consecutive_failures >= failing_after,
            error_kind=row.last_error_kind,
            error=row.last_error,
            error_at=row.last_error_at,
        )
        for row in rows
    ]


def recent_errors(session: Session, limit: int = 10) -> list[RecentError]:
    rows = session.exec(
        select(FetchLog, Source.url)
        .join(Source, col(Source.id) == col(FetchLog.source_id))
        .where(FetchLog.outcome == "error")
        .order_by(col(FetchLog.started_at).desc(), col(FetchLog.id).desc())
        .limit(limit)
    )
    return [
        RecentError(log.source_id, url, log.finished_at, log.error_kind, log.error, log.worker)
        for log, url in rows
    ]
