"""RELIABILITY 35: migrations build the schema the models describe, both ways, one head."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from tests.support.databases import (
    POSTGRES_SKIP_REASON,
    drop_postgres_database,
    new_postgres_database,
    postgres_server_url,
)
from tracker.schema import models
from tracker.schema.db import make_engine
from tracker.schema.migrate import alembic_config, downgrade, upgrade
from tracker.schema.search import outside_models


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server = postgres_server_url()
    if not server:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = new_postgres_database(server, migrated=False)
    yield url
    drop_postgres_database(server, url)


def _diff(url: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": outside_models}
            )
            return compare_metadata(context, models.metadata)
    finally:
        engine.dispose()


def test_upgrade_head_matches_the_models(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    assert _diff(empty_database_url) == []


def test_upgrade_downgrade_upgrade_round_trip(empty_database_url: str) -> None:
    upgrade(empty_database_url)
    downgrade(empty_database_url, "base")
    engine = make_engine(empty_database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    upgrade(empty_database_url)
    assert _diff(empty_database_url) == []


def test_migrations_have_a_single_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
