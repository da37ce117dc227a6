"""Fresh, migrated databases for tests: SQLite files, and PostgreSQL when configured.

PostgreSQL tests read the server URL from TRACKER_TEST_DATABASE_URL (set by
.ci/run); without it they skip with a clear reason. Each test gets its own
database, copied from a template migrated once per session, so tests never
see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tracker.schema.db import normalise_url
from tracker.schema.migrate import upgrade

POSTGRES_ENV = "TRACKER_TEST_DATABASE_URL"
POSTGRES_SKIP_REASON = (
    f"{POSTGRES_ENV} is not set: PostgreSQL tests need a server URL such as "
    "postgresql+psycopg://postgres@127.0.0.1:5432/test (.ci/run sets it)"
)
# One template per test process, so parallel test runs never drop each other's.
_TEMPLATE = f"tracker_test_template_{os.getpid()}"


def postgres_server_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV)
    return normalise_url(url) if url else None


def _admin_execute(server_url: str, *statements: str) -> None:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def _with_database(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def prepare_postgres_template(server_url: str) -> None:
    """Create the migrated template database once per test session."""
    _admin_execute(
        server_url, f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)", f"CREATE DATABASE {_TEMPLATE}"
    )
    upgrade(_with_database(server_url, _TEMPLATE))


def drop_postgres_template(server_url: str) -> None:
    _admin_execute(server_url, f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")


def new_postgres_database(server_url: str, *, migrated: bool = True) -> str:
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    template = f" TEMPLATE {_TEMPLATE}" if migrated else ""
    _admin_execute(server_url, f"CREATE DATABASE {name}{template}")
    return _with_database(server_url, name)


def drop_postgres_database(server_url: str, database_url: str) -> None:
    name = make_url(database_url).database
    _admin_execute(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def new_sqlite_database(folder: Path, *, migrated: bool = True) -> str:
    url = f"sqlite:///{folder / 'tracker.db'}"
    if migrated:
        upgrade(url)
    return url
