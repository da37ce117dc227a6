"""Tell a fault of the whole store from an error of one source's data (RELIABILITY 39, 40).

A constraint or a value the database refuses concerns the source being stored:
it is rolled back, recorded on that source, and the run goes on. A full disk, a
database that is gone, unreachable, locked past the busy timeout or missing its
schema concerns every source: going on would fail the same way for each, so the
run stops and says so. The decision reads the driver's own error codes
(SQLite result codes, PostgreSQL SQLSTATE), never message text alone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

# SQLite primary result codes that concern the whole database file.
_SQLITE_STORE_CODES = {
    3: "the database file cannot be accessed",  # SQLITE_PERM
    5: "the database is locked by another process",  # SQLITE_BUSY (after the busy timeout)
    6: "the database is locked",  # SQLITE_LOCKED
    7: "out of memory",  # SQLITE_NOMEM
    8: "the database is read-only",  # SQLITE_READONLY
    10: "disk I/O error",  # SQLITE_IOERR
    11: "the database file is damaged",  # SQLITE_CORRUPT
    13: "the database or disk is full",  # SQLITE_FULL
    14: "the database file cannot be opened",  # SQLITE_CANTOPEN
    15: "the database lock protocol failed",  # SQLITE_PROTOCOL
    26: "the file is not a database",  # SQLITE_NOTADB
}
# PostgreSQL SQLSTATE classes (first two characters) and codes that concern the server.
_PG_STORE_CLASSES = {
    "08": "the connection to the database failed",
    "28": "the database refused the credentials",
    "3D": "the database does not exist",
    "53": "the database server is out of resources (disk, memory or connections)",
    "57": "the database server is shutting down or not accepting connections",
    "58": "the database server had a system error",
    "XX": "the database server had an internal error",
}
_PG_STORE_CODES = {
    "42P01": "a table is missing: run `tracker db upgrade`",
    "53100": "the database server's disk is full",
}
# Faults that may be one dropped connection rather than a lost database: confirmed by a probe.
_CONNECTION_CLASSES = {"08", "57"}


@dataclass(frozen=True)
class StoreFault:
    """Why the store as a whole failed; ``detail`` is the driver's own first line."""

    reason: str
    detail: str
    connection: bool = False  # a lost connection: the database may still be there

    def message(self) -> str:
        if not self.detail or self.detail.lower() in self.reason.lower():
            return self.reason
        return f"{self.reason} ({self.detail})"


def first_line(value: object, limit: int = 300) -> str:
    """The text of an error on one line (drivers spread theirs over several), at most ``limit`` characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def driver_error(exc: BaseException) -> BaseException:
    """The driver's exception inside SQLAlchemy's wrapper (or ``exc`` itself)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def store_fault(exc: BaseException) -> StoreFault | None:
    """A :class:`StoreFault` when ``exc`` (or what it wraps) concerns the whole store, else None."""
    for error in _chain(exc):
        fault = _classify(error)
        if fault is not None:
            return fault
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        orig = driver_error(current)
        if orig is not current and orig not in seen:
            seen.append(orig)
        current = current.__cause__ or current.__context__
    return seen


def _classify(error: BaseException) -> StoreFault | None:
    if isinstance(error, sa_exc.TimeoutError):
        return StoreFault("no database connection became free in time", first_line(error), connection=True)
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return StoreFault(
            "the connection to the database was lost", first_line(driver_error(error)), connection=True
        )
    if isinstance(error, sqlite3.Error):
        return _classify_sqlite(error)
    return _classify_postgres(error)


def _classify_sqlite(error: sqlite3.Error) -> StoreFault | None:
    code = getattr(error, "sqlite_errorcode", None)
    detail = first_line(error)
    if code is not None and code & 0xFF in _SQLITE_STORE_CODES:
        return StoreFault(_SQLITE_STORE_CODES[code & 0xFF], detail)
    if detail.startswith("no such table"):
        return StoreFault("a table is missing: run `tracker db upgrade`", detail)
    return None


def _classify_postgres(error: BaseException) -> StoreFault | None:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(error, psycopg.Error):
        return None
    sqlstate = error.sqlstate or ""
    detail = first_line(error)
    if sqlstate in _PG_STORE_CODES:
        return StoreFault(_PG_STORE_CODES[sqlstate], detail)
    if sqlstate[:2] in _PG_STORE_CLASSES:
        return StoreFault(
            _PG_STORE_CLASSES[sqlstate[:2]], detail, connection=sqlstate[:2] in _CONNECTION_CLASSES
        )
    if not sqlstate and isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        # No SQLSTATE: the client lost or never had its connection. The server's
        # reason, if it gave one, is only in the text.
        if "does not exist" in detail and "database" in detail:
            return StoreFault("the database does not exist", detail)
        return StoreFault("the connection to the database failed", detail, connection=True)
    return None


def store_is_reachable(engine: Engine) -> bool:
    """Whether a fresh connection can run a query (after a lost connection: is the database gone?)."""
    try:
        engine.dispose()  # drop pooled connections that may all be dead
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


def confirmed_store_fault(exc: BaseException, engine: Engine) -> StoreFault | None:
    """:func:`store_fault`, except that a lost connection counts only if the database stays out of reach."""
    fault = store_fault(exc)
    if fault is not None and fault.connection and store_is_reachable(engine):
        return None
    return fault


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(kind, one-line message) for an unexpected error inside one source's ingest."""
    orig = driver_error(exc)
    if isinstance(exc, sa_exc.DBAPIError):
        return type(orig).__name__, f"database error: {first_line(orig) or type(orig).__name__}"
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return type(exc).__name__, f"database error: {first_line(exc) or type(exc).__name__}"
    return type(exc).__name__, f"unexpected error: {first_line(exc) or type(exc).__name__}"
