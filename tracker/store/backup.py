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
    if not Path(source_path).is_file():
        raise ConfigError(f"no database at {source_path}: check TRACKER_DATABASE_URL")
    if target.exists():
        raise ConfigError(f"{target} already exists; choose a new path")
    if not target.parent.is_dir():
        raise ConfigError(f"cannot write {target}: the directory {target.parent} does not exist")
    # Copied into a temporary file beside the target, renamed when whole: a failed
    # backup leaves nothing that looks like one.
    partial = target.with_name(f".{target.name}.partial")
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        partial.replace(target)
    except sqlite3.Error as exc:
        raise ConfigError(f"backup of {source_path} failed: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target
