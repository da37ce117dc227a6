"""Alembic environment: metadata from tracker.schema.models, URL from settings or the caller."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tracker.core.config import load_settings
from tracker.schema import models
from tracker.schema.db import make_engine
from tracker.schema.search import outside_models

config = context.config
target_metadata = models.metadata


def _database_url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    return url or load_settings().resolved_database_url()


def _configure(connection: Connection | None = None, url: str | None = None) -> None:
    context.configure(
        connection=connection,
        url=url,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables.
        compare_type=True,
        include_name=outside_models,  # the text index is made by hand (schema/search.py)
        literal_binds=connection is None,
    )


def run_migrations_offline() -> None:
    _configure(url=_database_url())
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = make_engine(_database_url())
    with engine.connect() as connection:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
