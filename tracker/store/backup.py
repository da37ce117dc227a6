"""Consistent SQLite backups with the backup API (a file copy of a WAL database can lose data)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from tracker.core.errors import ConfigError
from tracker.schema.db import is_sqlite


def backup_sqlite(database_url: str, target: Path) -> Path:
    if not is_sqlite(database_url):
        raise ConfigError("backup works on SQLite; use pg_dump for PostgreSQL")
    source_path = make_url(database_url).database
    if not source_path or source_path == ":memory:":
        raise ConfigError(f"no SQLite file in {database_url}")
    if target.exists():
        raise ConfigError(f"{target} already exists; choose a new path")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(source_path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target
