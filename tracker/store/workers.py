"""Worker heartbeats: register, beat, stop (the health queries are in ``queries.status``).

Each `tracker schedule` process has one Worker row: registered at start, beaten
at every tick and after every source (``last_tick_at`` is its last sign of
life), stamped ``stopped_at`` on a clean stop. A row that stops beating without
being stopped belongs to a crashed or hung worker and shows as stale.

On SQLite one worker is the supported setup, so registering refuses while
another live worker holds the database (see :func:`register_worker`).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, select

from tracker.core.errors import WorkerConflictError
from tracker.domain.workers import Identity, worker_state
from tracker.schema.models import Worker
from tracker.store.leases import lease_due_sources, release_all, release_lease, release_leases
from tracker.store.writes import write_transaction

# Stopped rows older than this are pruned when a worker registers.
KEEP_STOPPED = timedelta(days=7)


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


# --- one short transaction each, for the worker process -------------------------


def enlist(engine: Engine, me: Identity, now: datetime, stale: timedelta, *, exclusive: bool) -> None:
    """Register this worker (see :func:`register_worker`) in its own transaction."""
    with write_transaction(engine, shared=False) as session:
        register_worker(session, me, now, stale, exclusive=exclusive)


def retire(engine: Engine, worker_id: str, now: datetime) -> int:
    """Hand back every lease and mark the worker stopped; returns the leases released."""
    with write_transaction(engine, shared=False) as session:
        released = release_all(session, worker_id)
        mark_stopped(session, worker_id, now)
    return released


def heartbeat(engine: Engine, worker_id: str, now: datetime, sources_done: int = 0) -> None:
    with write_transaction(engine, shared=False) as session:
        beat(session, worker_id, now, sources_done)


def finish_source(engine: Engine, worker_id: str, source_id: int, now: datetime) -> bool:
    """Release the source's lease and count it done; False when the lease had moved on."""
    with write_transaction(engine, shared=False) as session:
        still_mine = release_lease(session, worker_id, source_id)
        beat(session, worker_id, now, sources_done=1)
    return still_mine


def lease(engine: Engine, owner: str, now: datetime, lease_seconds: float, limit: int) -> list[int]:
    with write_transaction(engine, shared=False) as session:
        return lease_due_sources(session, owner, now, lease_seconds, limit)


def give_back(engine: Engine, owner: str, source_ids: list[int]) -> None:
    with write_transaction(engine, shared=False) as session:
        release_leases(session, owner, source_ids)
