"""Leases on due sources, so that several workers never poll one source at once.

A lease is two columns on the source row: ``lease_owner`` (a worker id) and
``lease_expires_at``. Claiming is one short transaction:

* PostgreSQL: ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED)``, so
  concurrent workers each take different rows without waiting on each other
  (RELIABILITY.md 28: without it, 120 duplicate fetches out of 160).
* SQLite: the same UPDATE inside the engine's ``BEGIN IMMEDIATE`` transaction;
  writers are serialised by the database lock, so two claimers cannot both see
  a row as free.

A lease that is not released (the worker was killed) simply expires; the
source is then due again for anyone. The pipeline moves ``next_check_at`` on
in the same transaction that stores the source, so releasing a lease after a
successful ingest never makes the source due early.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import Session, col, select

from tracker.schema.expressions import due_condition
from tracker.schema.models import Source


def lease_due_sources(
    session: Session, owner: str, now: datetime, lease_seconds: float, limit: int
) -> list[int]:
    """Claim up to ``limit`` due sources for ``owner`` until ``now + lease_seconds``.

    Oldest-due first. The caller commits (``session_scope``); the claim is only
    visible to other workers, and only binding, once committed.
    """
    if limit < 1:
        return []
    candidates = (
        select(Source.id)
        .where(due_condition(now))
        .order_by(col(Source.next_check_at), col(Source.id))
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Rows another worker is claiming right now are skipped, not waited for.
        candidates = candidates.with_for_update(skip_locked=True)
    # A CTE runs once. As an IN (subquery) PostgreSQL may re-run it per row, and
    # each re-run skips what this statement just claimed and picks more: past the limit.
    picked = candidates.cte("picked")
    claim = (
        update(Source)
        .where(col(Source.id) == picked.c.id)
        # Re-checked on the row itself: on PostgreSQL an UPDATE that waited for a
        # concurrent claim sees that claim's lease and leaves the row alone.
        .where(due_condition(now))
        .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=lease_seconds))
        .returning(col(Source.id))
    )
    return sorted(int(source_id) for source_id in session.execute(claim).scalars())


def release_leases(session: Session, owner: str, source_ids: Sequence[int]) -> int:
    """Give back leases ``owner`` still holds; a lease taken over by another worker stays theirs."""
    if not source_ids:
        return 0
    result = session.execute(
        update(Source)
        .where(col(Source.id).in_(list(source_ids)))
        .where(col(Source.lease_owner) == owner)
        .values(lease_owner=None, lease_expires_at=None)
        .returning(col(Source.id))
    )
    return len(result.all())


def release_lease(session: Session, owner: str, source_id: int) -> bool:
    """Give back one lease; False when ``owner`` no longer held it (it had expired and moved on)."""
    return release_leases(session, owner, [source_id]) == 1


def release_all(session: Session, owner: str) -> int:
    """Every lease of ``owner`` (a stopping worker, or one restarting under the same id)."""
    result = session.execute(
        update(Source)
        .where(col(Source.lease_owner) == owner)
        .values(lease_owner=None, lease_expires_at=None)
        .returning(col(Source.id))
    )
    return len(result.all())


def held_by(session: Session, owner: str) -> list[int]:
    """Sources ``owner`` holds a lease on (for tests and diagnostics)."""
    rows = session.exec(select(Source.id).where(Source.lease_owner == owner).order_by(col(Source.id)))
    return [int(source_id) for source_id in rows if source_id is not None]
