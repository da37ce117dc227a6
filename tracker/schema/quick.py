"""Plain DB-API connections for the quick read-only commands (`tracker stats`, `sources list`).

Importing SQLAlchemy takes about 0.2 s, most of a 0.3 s budget for a command
that runs a handful of counts. For the common URLs (an SQLite file,
``postgresql[+psycopg]://`` without options) these commands talk to the driver
directly: the schema check is one query on ``alembic_version`` compared with
the head revision read from the migration files. Anything else (another driver,
URL options, a database not at head or not there yet) goes the long way:
SQLAlchemy, a migration when one is due, and a DB-API connection from its pool.

Queries run here take no parameters and return rows as tuples, so they read the
same on sqlite3 and psycopg.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote

from tracker.schema.migrate import head_revisions_from_files

SQLITE_BUSY_TIMEOUT_S = 30.0
_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
_POSTGRES_PREFIXES = ("postgresql://", "postgres://", "postgresql+psycopg://")


class Connection(Protocol):
    """The part of a DB-API connection the quick commands use."""

    def cursor(self) -> Any: ...
    def close(self) -> None: ...


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for memory, URI or optioned URLs."""
    prefix = next((p for p in _SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        return None
    rest = url[len(prefix) :]
    if "?" in rest:
        return None
    database = unquote(rest)
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def postgres_conninfo(url: str) -> str | None:
    """A libpq URI for a plain PostgreSQL URL (psycopg 3 is the driver either way)."""
    prefix = next((p for p in _POSTGRES_PREFIXES if url.startswith(p)), None)
    if prefix is None or "?" in url:
        return None
    return "postgresql://" + url[len(prefix) :]


def _connect_directly(url: str) -> Connection | None:
    path = sqlite_file(url)
    if path is not None:
        if not path.is_file():
            return None  # a first run: the long way creates and migrates it
        import sqlite3

        return sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_S, isolation_level=None)
    conninfo = postgres_conninfo(url)
    if conninfo is not None:
        import psycopg

        return psycopg.connect(conninfo, autocommit=True)
    return None


def _at_head(connection: Connection) -> bool:
    try:
        rows = fetch_all(connection, "SELECT version_num FROM alembic_version")
    except Exception:  # no such table (never migrated); the long way finds out properly
        return False
    return frozenset(str(version) for (version,) in rows) == head_revisions_from_files()


@contextmanager
def read_connection(url: str) -> Iterator[Connection]:
    """A DB-API connection to a database at the head revision (migrated first if needed)."""
    connection = _connect_directly(url)
    if connection is not None and not _at_head(connection):
        connection.close()
        connection = None
    if connection is not None:
        with closing(connection):
            yield connection
        return
    from tracker.schema.db import make_engine
    from tracker.schema.migrate import ensure_schema

    engine = make_engine(url, writer=False)
    try:
        ensure_schema(engine, url)
        raw = engine.raw_connection()
        with closing(raw):
            yield raw
    finally:
        engine.dispose()


def fetch_all(connection: Connection, sql: str) -> list[tuple[Any, ...]]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()


def fetch_dicts(connection: Connection, sql: str) -> list[dict[str, Any]]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        cursor.close()


def as_datetime(value: Any) -> datetime | None:
    """A stored time as an aware UTC datetime (SQLite gives naive UTC text)."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
