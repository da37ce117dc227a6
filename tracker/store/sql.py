"""Dialect-aware helpers: idempotent inserts and upserts that work on SQLite and PostgreSQL.

Statements are built once per table and shape and executed with many rows at a
time (SQLAlchemy batches them into multi-row statements), so the hot paths of
ingest pay for compiling SQL once, not per call; those returning nothing go to the
driver as they are (:mod:`tracker.store.driver`). Text longer than its column is
cut (:func:`tracker.store.fit.clip_row`) alike on both stores.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Insert, Table, bindparam
from sqlmodel import Session

from tracker.store.driver import execute_many
from tracker.store.fit import clip_row

# Lists of values in a statement are padded to one of these sizes (repeating a value
# changes no IN), so a few statements are built and compiled, not one per length.
IN_SIZES = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)


def in_size(count: int) -> int:
    return next((n for n in IN_SIZES if n >= count), count)


def listed(column: Any, name: str, size: int) -> Any:
    """``column IN (:name0, :name1, ...)`` with ``size`` binds (fill them with :func:`padded`)."""
    return column.in_([bindparam(f"{name}{i}") for i in range(size)])


def padded(name: str, values: Sequence[Any], size: int) -> dict[str, Any]:
    """The binds of :func:`listed` for ``values``, the last repeated up to ``size``."""
    return {f"{name}{i}": values[min(i, len(values) - 1)] for i in range(size)}


def _module(dialect: str) -> Any:
    """The dialect module with INSERT ... ON CONFLICT (imported when used: the PostgreSQL
    package loads every PostgreSQL driver's dialect, which an SQLite store never needs)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql
    from sqlalchemy.dialects import sqlite

    return sqlite


@lru_cache(maxsize=64)
def _insert_ignore_statement(dialect: str, table: Table, conflict_on: tuple[str, ...]) -> Insert:
    statement: Insert = (
        _module(dialect).insert(table).on_conflict_do_nothing(index_elements=list(conflict_on))
    )
    return statement


@lru_cache(maxsize=64)
def _upsert_statement(
    dialect: str, table: Table, conflict_on: tuple[str, ...], changing: tuple[str, ...]
) -> Any:
    statement = _module(dialect).insert(table)
    return statement.on_conflict_do_update(
        index_elements=list(conflict_on), set_={name: statement.excluded[name] for name in changing}
    )


def insert_ignoring(session: Session, table: Table, conflict_on: Sequence[str]) -> Insert:
    """INSERT INTO table ... ON CONFLICT (conflict_on) DO NOTHING, for this session's dialect.

    Execute it with a list of rows: with ``.returning(...)`` SQLAlchemy sends them
    as multi-row VALUES and returns a row for each one actually inserted.
    """
    return _insert_ignore_statement(session.get_bind().dialect.name, table, tuple(conflict_on))


def fitted(table: Table, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows with every sized text value cut to its column (RELIABILITY 38)."""
    return [clip_row(table, row) for row in rows]


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
    statement = insert_ignoring(session, table, conflict_on)
    if returning is None:
        execute_many(session.connection(), statement, rows, clip_to=table)
        return len(rows)
    # rowcount is unreliable for multi-row inserts (psycopg reports -1), so count
    # the rows the database says it inserted.
    result = session.connection().execute(statement.returning(table.c[returning]), fitted(table, rows))
    return len(result.all())


def upsert(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], conflict_on: Sequence[str]
) -> None:
    """INSERT ... ON CONFLICT (conflict_on) DO UPDATE every other column given."""
    if not rows:
        return
    changing = tuple(name for name in rows[0] if name not in conflict_on)
    statement = _upsert_statement(session.get_bind().dialect.name, table, tuple(conflict_on), changing)
    execute_many(session.connection(), statement, rows, clip_to=table)
