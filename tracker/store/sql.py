"""Dialect-aware helpers: idempotent inserts that work on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert_ignoring(session: Session, table: Table, conflict_on: Sequence[str]) -> Insert:
    """INSERT INTO table ... ON CONFLICT (conflict_on) DO NOTHING, for this session's dialect.

    Execute it with a list of rows: with ``.returning(...)`` SQLAlchemy sends them
    as multi-row VALUES and returns a row for each one actually inserted.
    """
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=list(conflict_on))


def insert_ignore(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], conflict_on: Sequence[str]
) -> int:
    """INSERT ... ON CONFLICT (conflict_on) DO NOTHING; returns rows actually inserted."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(list(rows))
    statement = statement.on_conflict_do_nothing(index_elements=list(conflict_on))
    # rowcount is unreliable for multi-row inserts (psycopg reports -1), so count
    # the rows the database says it inserted.
    result = session.execute(statement.returning(table.c.id))
    return len(result.all())
