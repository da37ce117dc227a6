"""Engines and sessions for SQLite (embedded) and PostgreSQL (shared).

SQLite runs in WAL mode so the dashboard reads while a worker writes; writers
start with BEGIN IMMEDIATE so two writers queue on the busy timeout instead of
failing half-way through a transaction with "database is locked".
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlmodel import Session

from tracker.core.config import DATABASE_SETTING, default_data_dir
from tracker.core.errors import ConfigError

SQLITE_BUSY_TIMEOUT_MS = 30_000
BEGIN_RETRY_S = 0.002
URL_FORMS = "sqlite:///PATH/tracker.db or postgresql+psycopg://USER@HOST:5432/NAME"


def parse_database_url(url: str) -> URL:
    """The parsed URL, or ConfigError naming the setting and the accepted forms."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(f"{DATABASE_SETTING} {url!r} is not a database URL: use {URL_FORMS}") from exc
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigError(
            f"{DATABASE_SETTING} {parsed.render_as_string(hide_password=True)!r}: "
            f"only SQLite and PostgreSQL are supported ({URL_FORMS})"
        )
    return parsed


def is_sqlite(url: str) -> bool:
    return parse_database_url(url).get_backend_name() == "sqlite"


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain postgresql:// URLs (psycopg2 is not a dependency)."""
    parsed = parse_database_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def _prepare_sqlite_file(url: str) -> None:
    """Create the default data directory; refuse a file in a directory that does not
    exist (a mistyped path would otherwise become a new, empty database)."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    folder = Path(database).expanduser().resolve().parent
    if folder.is_dir():
        return
    if folder == default_data_dir():
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise ConfigError(
        f"{DATABASE_SETTING} {url!r}: the directory {folder} does not exist; "
        "create it first or correct the path"
    )


def _install_sqlite_pragmas(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache (the default is 2 MiB): indexes of a large store stay in memory.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if immediate:
            _begin_immediate(connection.connection.driver_connection)
        else:
            connection.exec_driver_sql("BEGIN")


def _begin_immediate(raw: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, retried every few milliseconds while another writer holds the lock.

    SQLite's own busy handler sleeps longer and longer (up to 100 ms a try), so a
    writer waiting behind a run of short transactions could keep missing the gaps
    between them; polling often lets a reviewer in between an ingest's batches.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(BEGIN_RETRY_S)
    finally:
        raw.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")


def make_engine(url: str, *, writer: bool = True) -> Engine:
    """An engine for ``url``. ``writer=False`` gives SQLite readers deferred transactions."""
    url = normalise_url(url)
    try:
        if is_sqlite(url):
            _prepare_sqlite_file(url)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            _install_sqlite_pragmas(engine, immediate=writer)
            return engine
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        raise ConfigError(f"{DATABASE_SETTING} {shown!r}: {exc} ({URL_FORMS})") from exc


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
