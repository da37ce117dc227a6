"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, settings for tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.support.databases import (
    POSTGRES_SKIP_REASON,
    drop_postgres_database,
    drop_postgres_template,
    new_postgres_database,
    new_sqlite_database,
    postgres_server_url,
    prepare_postgres_template,
)
from tracker.core.config import Settings, load_settings
from tracker.schema.db import make_engine

# The dashboard's AppTest fixtures (db_url, seeded), for every dashboard test module.
pytest_plugins = ["tests.support.apptest"]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str | None]:
    server = postgres_server_url()
    if server:
        prepare_postgres_template(server)
    yield server
    if server:
        drop_postgres_template(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database; every test using it runs on both stores."""
    if request.param == "sqlite":
        yield new_sqlite_database(tmp_path)
        return
    server = request.getfixturevalue("postgres_template")
    if not server:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = new_postgres_database(server)
    try:
        yield url
    finally:
        drop_postgres_database(server, url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(postgres_template: str | None) -> Iterator[Engine]:
    """An engine on a fresh migrated PostgreSQL database, for tests that need several
    processes on one server (skipped without one)."""
    if not postgres_template:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = new_postgres_database(postgres_template)
    engine = make_engine(url)
    yield engine
    engine.dispose()
    drop_postgres_database(postgres_template, url)


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings for loopback tests: private networks allowed, short limits, no default sources."""
    return load_settings(
        database_url=database_url,
        data_dir=tmp_path,
        allow_private_networks=True,
        seed_default_sources=False,
        connect_timeout_s=2,
        read_timeout_s=2,
        total_timeout_s=5,
        parse_timeout_s=5,
    )
