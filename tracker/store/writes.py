"""The one way into a write transaction: every writer (ingest, reprocess, review, user
actions, workers) opens it here, so writers that touch shared rows take turns.

SQLite serialises writers by itself (the engine begins with BEGIN IMMEDIATE);
PostgreSQL writers queue on a transaction-scoped advisory lock, and background
writers (the ingest workers) queue among themselves first, so a person's
write (a review decision) waits for at most the one background transaction
in hand, not for every worker's in turn (see :func:`background_writes`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import Engine, text
from sqlmodel import Session

from tracker.schema.db import session_scope


@contextmanager
def write_transaction(engine: Engine, *, shared: bool = True) -> Iterator[Session]:
    """One write transaction, committed at the end of the block or rolled back whole.

    ``shared``: the transaction touches rows every writer shares (commitments,
    the monthly summary), so it waits its turn behind other such writers.
    Leases and heartbeats touch only their own rows and pass ``shared=False``.
    """
    with session_scope(engine) as session:
        if shared:
            serialise_shared_writes(session)
        yield session


# Any constants work; they only have to be the same in every process.
_WRITERS_LOCK_KEY = 0x7472616B  # "trak": every shared writer holds it
_BACKGROUND_LOCK_KEY = 0x74726B77  # "trkw": background writers hold it first

_background: ContextVar[bool] = ContextVar("tracker_background_writes", default=False)


@contextmanager
def background_writes() -> Iterator[None]:
    """Shared write transactions opened inside this block (in this thread) are
    background work that nobody is waiting to see: they let a person's writes go first.

    On PostgreSQL they take a second advisory lock before the writers' lock, so
    at most one background transaction queues on the writers' lock at a time;
    a review decision arriving while four workers link queues behind the one
    transaction in hand instead of behind all four (the lock queue is
    first-come, first-served). Background writers still take turns among
    themselves exactly as before, and everything else (SQLite, non-shared
    writes) is unchanged.
    """
    token = _background.set(True)
    try:
        yield
    finally:
        _background.reset(token)


def in_background() -> bool:
    """True inside :func:`background_writes` (in this thread)."""
    return _background.get()


def serialise_shared_writes(session: Session) -> None:
    """On PostgreSQL, queue this transaction behind other writers of shared rows.

    A source's own rows never conflict across workers (leases keep sources
    apart), but commitment linking and the monthly summary update rows shared
    by every source, in data-dependent order: four workers deadlocked on the
    commitment table about once every seven seconds. A review decision is such a
    writer too: it replays the pledge's old commitment, links the pledge again
    (reading candidate commitments any linker may be founding or merging) and
    moves the summary totals by a difference, so it cannot go beside a linker on
    row locks alone. A transaction-scoped advisory lock taken first makes those
    writes take turns; it is released at commit or rollback, and the writes are
    short. Background writers take their own lock before it (always in that
    order, so no cycle). SQLite's BEGIN IMMEDIATE already serialises writers.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    if in_background():
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _BACKGROUND_LOCK_KEY})
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITERS_LOCK_KEY})
