"""Dialect-aware helpers: idempotent inserts that work on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Insert, Table
from sqlmodel import Session


def _dialect(session: Session) -> Any:
    """The dialect module with INSERT ... ON CONFLICT (imported when used: the PostgreSQL
    package loads every PostgreSQL driver's dialect, which an SQLite store never needs)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql
    from sqlalchemy.dialects import sqlite

    return sqlite


def insert_ignoring(session: Session, table: Table, conflict_on: Sequence[str]) -> Insert:
    """INSERT INTO table ... ON CONFLICT (conflict_on) DO NOTHING, for this session's dialect.

    Execute it with a list of rows: with ``.returning(...)`` SQLAlchemy sends them
    as multi-row VALUES and returns a row for each one actually inserted.
    """
    return _dialect(session).insert(table).on_conflict_do_nothing(index_elements=list(conflict_on))


def insert_ignore(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], conflict_on: Sequence[str]
) -> int:
    """INSERT ... ON CONFLICT (conflict_on) DO NOTHING; returns rows actually inserted."""
    if not rows:
        return 0
    statement = _dialect(session).insert(table).values(list(rows))
    statement = statement.on_conflict_do_nothing(index_elements=list(conflict_on))
    # rowcount is unreliable for multi-row inserts (psycopg reports -1), so count
    # the rows the database says it inserted.
    result = session.execute(statement.returning(table.c.id))
    return len(result.all())
