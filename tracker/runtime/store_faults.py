"""Where a fault of the whole store is recorded for `tracker status` (RELIABILITY 40).

A full disk or a database that is gone cannot record its own failure, so the
record is a small JSON file beside the store instead: next to the SQLite file
(``tracker.db.fault.json``), or for PostgreSQL in the data directory, named
after the database. `tracker status` shows it; the next run that gets through
(a `tracker ingest` or a worker tick without a store fault) removes it.
Writing it is best effort: on a really full disk the message on the terminal
or in the worker's log is what remains.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.schema.db import is_sqlite, normalise_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreFaultRecord:
    at: datetime
    by: str  # "tracker ingest" or a worker id
    message: str
    not_attempted: int | None = None

    def line(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} UTC, {self.by}: {self.message}"


def fault_path(settings: Settings) -> Path:
    url = normalise_url(settings.resolved_database_url())
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:" and not database.startswith("file:"):
            return Path(database).expanduser().resolve().with_name(Path(database).name + ".fault.json")
    digest = hashlib.sha256(make_url(url).render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return settings.data_dir / f"store-fault-{digest}.json"


def record_store_fault(
    settings: Settings, by: str, message: str, not_attempted: int | None = None
) -> StoreFaultRecord:
    """Write the record (atomically, best effort) and return it."""
    record = StoreFaultRecord(utcnow(), by, message, not_attempted)
    path = fault_path(settings)
    data = {**asdict(record), "at": record.at.isoformat()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("could not record the store fault in %s: %s", path, exc)
    return record


def last_store_fault(settings: Settings) -> StoreFaultRecord | None:
    path = fault_path(settings)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return StoreFaultRecord(
            at=datetime.fromisoformat(data["at"]),
            by=str(data["by"]),
            message=str(data["message"]),
            not_attempted=data.get("not_attempted"),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("unreadable store fault record %s: %s", path, exc)
        return None


def clear_store_fault(settings: Settings) -> None:
    """The store works again: forget the last fault."""
    try:
        fault_path(settings).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the store fault record: %s", exc)
