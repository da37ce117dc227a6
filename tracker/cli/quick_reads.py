"""The reads behind `tracker stats` and `tracker sources list`, in plain SQL on a DB-API connection.

They give what :func:`tracker.queries.stats.collect_stats` and
:func:`tracker.store.sources.list_sources` give (a test holds them equal on
both stores) without importing SQLAlchemy, so the two commands answer in a
fraction of the time (see :mod:`tracker.schema.quick`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tracker.schema.quick import Connection, as_datetime, fetch_all, fetch_dicts


def stats_figures(connection: Connection, failing_after: int) -> dict[str, Any]:
    """The figures of `tracker stats` (keys and meaning as in ``collect_stats``)."""
    threshold = int(failing_after)  # an int from the settings, written into the SQL as a literal
    ((sources, failing, marked, disabled),) = fetch_all(
        connection,
        "SELECT count(*),"
        " coalesce(sum(CASE WHEN consecutive_failures > 0 THEN 1 ELSE 0 END), 0),"
        f" coalesce(sum(CASE WHEN consecutive_failures >= {threshold} THEN 1 ELSE 0 END), 0),"
        " coalesce(sum(CASE WHEN enabled THEN 0 ELSE 1 END), 0)"
        " FROM source",
    )
    ((articles,),) = fetch_all(connection, "SELECT count(*) FROM article")
    by_kind = dict(fetch_all(connection, "SELECT kind, count(*) FROM pledge GROUP BY kind"))
    return {
        "sources": int(sources),
        "failing_sources": int(failing),
        "marked_failing": int(marked),
        "disabled_sources": int(disabled),
        "articles": int(articles),
        "pledges": int(sum(by_kind.values())),
        "pledges_by_kind": {str(kind): int(by_kind[kind]) for kind in sorted(by_kind)},
    }


@dataclass(frozen=True)
class SourceLine:
    """What `tracker sources list` shows of one source."""

    id: int
    url: str
    publisher: str | None
    interval_minutes: int
    enabled: bool
    disabled_reason: str | None
    consecutive_failures: int
    failing_since: datetime | None
    last_success_at: datetime | None
    next_check_at: datetime | None
    last_error_kind: str | None
    last_error: str | None


_TIMES = ("failing_since", "last_success_at", "next_check_at")


def source_lines(connection: Connection) -> list[SourceLine]:
    """Every source, by id."""
    columns = ", ".join(SourceLine.__dataclass_fields__)
    rows = fetch_dicts(connection, f"SELECT {columns} FROM source ORDER BY id")
    return [
        SourceLine(
            **{
                **row,
                "enabled": bool(row["enabled"]),
                **{name: as_datetime(row[name]) for name in _TIMES},
            }
        )
        for row in rows
    ]
