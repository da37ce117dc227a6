"""Schema migrations through Alembic, callable from the CLI and tests.

Every command checks the schema before it starts, so the check is cheap: one
query on ``alembic_version`` compared with the head revision read from the
migration files themselves. Alembic (0.2 s to import) is imported only when a
migration is due.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.core.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]*)?\s*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


def _require_migrations() -> None:
    if not (MIGRATIONS_DIR / "env.py").exists():
        raise ConfigError(
            f"migrations not found at {MIGRATIONS_DIR}: install the tracker from its "
            "source tree (pip install -e .)"
        )


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

    from tracker.schema.db import normalise_url

    _require_migrations()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", normalise_url(database_url).replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    from alembic import command
    from alembic.util import CommandError

    try:
        command.upgrade(alembic_config(database_url), revision)
    except CommandError as exc:
        raise ConfigError(f"cannot upgrade to {revision!r}: {exc}") from exc


def downgrade(database_url: str, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(database_url), revision)


def head_revision(database_url: str) -> str | None:
    """The head as Alembic computes it (the reference for :func:`head_revisions_from_files`)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()


@functools.cache
def head_revisions_from_files(versions_dir: Path | None = None) -> frozenset[str]:
    """Revisions no other migration revises, read from the files in ``migrations/versions``."""
    if versions_dir is None:
        _require_migrations()
        versions_dir = MIGRATIONS_DIR / "versions"
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in versions_dir.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if not found:
            continue
        revisions.add(found.group(1))
        down = _DOWN_REVISION.search(text)
        if down:
            revised.update(_QUOTED.findall(down.group(1)))
    return frozenset(revisions - revised)


def current_revisions(engine: Engine) -> frozenset[str]:
    """What ``alembic_version`` holds; empty for a database never migrated."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table: a fresh database
        return frozenset()
    return frozenset(str(version) for (version,) in rows)


def ensure_schema(engine: Engine, database_url: str) -> None:
    """Upgrade to head when the database is behind (first run, or after an update)."""
    if current_revisions(engine) != head_revisions_from_files():
        upgrade(database_url)
