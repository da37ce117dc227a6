"""Pledges of new articles held back from the database until linking has decided their links.

A feed's new articles have no pledges, reviews or commitments yet, so their fresh
pledges need nothing read before they are stored. When the same transaction links
them (the usual poll), inserting them unlinked and then updating each one's link
costs a statement row per pledge twice over, and linking would read back what was
just inserted. Held instead, linking takes them from here as members and inserts
them once, already linked (``store.commitments``); anyone else inserts them as
they are (:func:`insert_held`).

Either way the rows and their ids are those one plain insert would have stored:
linking numbers them as the database would (:func:`number_held`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlmodel import Session

from tracker.schema.models import metadata
from tracker.store.sql import insert_ignore

PLEDGE: Table = metadata.tables["pledge"]
# What a pledge is unique by: the insert skips a second row with the same pair.
CONFLICT_ON = ("article_id", "fingerprint")
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence('pledge', 'id')) FROM generate_series(1, :n)")
_LAST_ID = select(func.max(PLEDGE.c.id))
# Linking's columns, unset until it decides them.
UNLINKED = {"commitment_id": None, "link_role": None, "new_money": None, "check_note": None}


@dataclass(frozen=True)
class HeldPledges:
    """Pledge rows of new articles, fitted to their columns, not yet inserted.

    ``rows`` are the rows an insert would be offered, in its order; ``kept`` the
    positions of those it would store: the first of each (article, fingerprint),
    as ON CONFLICT DO NOTHING keeps it.
    """

    rows: Sequence[dict[str, Any]]
    kept: Sequence[int]

    @classmethod
    def of(cls, rows: Sequence[dict[str, Any]]) -> HeldPledges:
        """Hold ``rows`` (fitted: a clipped fingerprint is what the conflict compares)."""
        seen: set[tuple[Any, ...]] = set()
        kept = []
        for at, row in enumerate(rows):
            key = tuple(row[name] for name in CONFLICT_ON)
            if key not in seen:
                seen.add(key)
                kept.append(at)
        return cls(rows, kept)

    @property
    def count(self) -> int:
        """How many pledges the insert stores."""
        return len(self.kept)


def insert_held(session: Session, held: HeldPledges | None) -> None:
    """Insert the held rows unlinked, exactly as they would have been without holding."""
    if held is not None:
        insert_ignore(session, PLEDGE, held.rows, CONFLICT_ON)


def number_held(connection: Connection, held: HeldPledges) -> list[dict[str, Any]]:
    """The rows ``held`` stores, unlinked, with the ids an insert of them now would give.

    On PostgreSQL the ids come from the sequence, one per row offered: a row skipped as
    a duplicate draws one too (its default is taken before the conflict is found), so
    the gaps are where they would have been. On SQLite a row gets the highest id + 1
    (``id`` is the rowid), and writers are serialised: nobody else inserts meanwhile.
    """
    if not held.kept:
        return []
    if connection.dialect.name == "postgresql":
        offered = connection.execute(_NEXT_IDS, {"n": len(held.rows)}).scalars().all()
        ids = [int(offered[at]) for at in held.kept]
    else:
        last = int(connection.execute(_LAST_ID).scalar() or 0)
        ids = list(range(last + 1, last + 1 + len(held.kept)))
    return [{**held.rows[at], **UNLINKED, "id": new_id} for at, new_id in zip(held.kept, ids, strict=True)]
