"""Dialect-aware helpers: idempotent inserts and upserts that work on SQLite and PostgreSQL.

Statements are built once per table and shape and executed with many rows at a
time (SQLAlchemy batches them into multi-row statements), so the hot paths of
ingest pay for compiling SQL once, not per call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from tracker.store.fit import clip_row


def _module(dialect: str) -> Any:
    return postgresql if dialect == "postgresql" else sqlite


@lru_cache(maxsize=64)
def _insert_ignore_statement(
    dialect: str, table: Table, conflict_on: tuple[str, ...], returning: str | None
) -> Any:
    statement = _module(dialect).insert(table).on_conflict_do_nothing(index_elements=list(conflict_on))
    return statement.returning(table.c[returning]) if returning else statement


@lru_cache(maxsize=64)
def _upsert_statement(
    dialect: str, table: Table, conflict_on: tuple[str, ...], changing: tuple[str, ...]
) -> Any:
    statement = _module(dialect).insert(table)
    return statement.on_conflict_do_update(
        index_elements=list(conflict_on), set_={name: statement.excluded[name] for name in changing}
    )


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
    dialect = session.get_bind().dialect.name
    statement = _insert_ignore_statement(dialect, table, tuple(conflict_on), returning)
    result = session.connection().execute(statement, [clip_row(table, row) for row in rows])
    # rowcount is unreliable for multi-row inserts (psycopg reports -1), so count
    # the rows the database says it inserted.
    return len(result.all()) if returning else len(rows)


def upsert(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], conflict_on: Sequence[str]
) -> None:
    """INSERT ... ON CONFLICT (conflict_on) DO UPDATE every other column given."""
    if not rows:
        return
    changing = tuple(name for name in rows[0] if name not in conflict_on)
    statement = _upsert_statement(session.get_bind().dialect.name, table, tuple(conflict_on), changing)
    session.connection().execute(statement, [clip_row(table, row) for row in rows])
