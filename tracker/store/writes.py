"""The one way into a write transaction: every writer (ingest, reprocess, review, user
actions, workers) opens it here, so writers that touch shared rows take turns.

SQLite serialises writers by itself (the engine begins with BEGIN IMMEDIATE);
PostgreSQL workers queue on a transaction-scoped advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


# Any constant works; it only has to be the same in every worker.
_WRITERS_LOCK_KEY = 0x7472616B  # "trak"


def serialise_shared_writes(session: Session) -> None:
    """On PostgreSQL, queue this transaction behind other workers' ingest writes.

    A source's own rows never conflict across workers (leases keep sources
    apart), but commitment linking and the monthly summary update rows shared
    by every source, in data-dependent order: four workers deadlocked on the
    commitment table about once every seven seconds. A transaction-scoped
    advisory lock taken first makes those writes take turns; it is released at
    commit or rollback, and the writes are short. SQLite's BEGIN IMMEDIATE
    already serialises writers.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITERS_LOCK_KEY})
