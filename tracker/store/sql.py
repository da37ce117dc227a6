"""Dialect-aware helpers: idempotent inserts and upserts that work on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def _insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> Any:
    module: Any = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return module.insert(table).values(list(rows))


def insert_ignore(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    conflict_on: Sequence[str],
    *,
    returning: str | None = "id",
) -> int:
    """INSERT ... ON CONFLICT (conflict_on) DO NOTHING; returns rows actually inserted
    (counted through RETURNING ``returning``; with None, the rows offered)."""
    if not rows:
        return 0
    statement = _insert(session, table, rows).on_conflict_do_nothing(index_elements=list(conflict_on))
    if returning is None:
        session.execute(statement)
        return len(rows)
    # rowcount is unreliable for multi-row inserts (psycopg reports -1), so count
    # the rows the database says it inserted.
    return len(session.execute(statement.returning(table.c[returning])).all())


def upsert(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], conflict_on: Sequence[str]
) -> None:
    """INSERT ... ON CONFLICT (conflict_on) DO UPDATE every other column given."""
    if not rows:
        return
    statement = _insert(session, table, rows)
    changing = [name for name in rows[0] if name not in conflict_on]
    statement = statement.on_conflict_do_update(
        index_elements=list(conflict_on), set_={name: statement.excluded[name] for name in changing}
    )
    session.execute(statement)
