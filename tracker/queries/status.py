"""What `tracker status` shows: workers alive or stale, sources due, failing sources, recent errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from tracker.domain.workers import WorkerState, worker_state
from tracker.schema.expressions import due_condition
from tracker.schema.models import FetchLog, Source, Worker


@dataclass(frozen=True)
class WorkerStatus:
    id: str
    host: str
    pid: int
    version: str
    started_at: datetime
    last_seen: datetime
    sources_done: int
    stopped_at: datetime | None
    state: WorkerState


@dataclass(frozen=True)
class FailingSource:
    id: int
    url: str
    failures: int
    failing_since: datetime | None
    marked: bool
    error_kind: str | None
    error: str | None
    error_at: datetime | None


@dataclass(frozen=True)
class RecentError:
    source_id: int
    url: str
    at: datetime
    kind: str | None
    error: str | None
    worker: str | None


def worker_statuses(session: Session, now: datetime, stale: timedelta, limit: int = 20) -> list[WorkerStatus]:
    """Running workers first, then the most recently started stopped ones."""
    rows = session.exec(select(Worker).order_by(col(Worker.started_at).desc()).limit(200)).all()
    statuses = [_status_of(row, now, stale) for row in rows]
    order = {"alive": 0, "stale": 1, "stopped": 2}
    return sorted(statuses, key=lambda s: (order[s.state], -s.started_at.timestamp()))[:limit]


def _status_of(row: Worker, now: datetime, stale: timedelta) -> WorkerStatus:
    last_seen = row.last_tick_at or row.started_at
    return WorkerStatus(
        id=row.id,
        host=row.host,
        pid=row.pid,
        version=row.version,
        started_at=row.started_at,
        last_seen=last_seen,
        sources_done=row.sources_done,
        stopped_at=row.stopped_at,
        state=worker_state(last_seen, row.stopped_at, now, stale),
    )


def sources_due_now(session: Session, now: datetime) -> tuple[int, int]:
    """(due and free, leased by a worker right now)."""
    due = session.exec(select(func.count()).select_from(Source).where(due_condition(now))).one()
    leased = session.exec(
        select(func.count()).select_from(Source).where(col(Source.lease_expires_at) >= now)
    ).one()
    return int(due), int(leased)


def failing_sources(session: Session, failing_after: int, limit: int = 50) -> list[FailingSource]:
    """Sources whose last poll failed, longest-failing first."""
    rows = session.exec(
        select(Source)
        .where(col(Source.consecutive_failures) > 0)
        .order_by(col(Source.failing_since), col(Source.id))
        .limit(limit)
    )
    return [
        FailingSource(
            id=row.id or 0,
            url=row.url,
            failures=row.consecutive_failures,
            failing_since=row.failing_since,
            marked=row.consecutive_failures >= failing_after,
            error_kind=row.last_error_kind,
            error=row.last_error,
            error_at=row.last_error_at,
        )
        for row in rows
    ]


def recent_errors(session: Session, limit: int = 10) -> list[RecentError]:
    rows = session.exec(
        select(FetchLog, Source.url)
        .join(Source, col(Source.id) == col(FetchLog.source_id))
        .where(FetchLog.outcome == "error")
        .order_by(col(FetchLog.started_at).desc(), col(FetchLog.id).desc())
        .limit(limit)
    )
    return [
        RecentError(log.source_id, url, log.finished_at, log.error_kind, log.error, log.worker)
        for log, url in rows
    ]


def collect_status(engine: Engine, now: datetime, stale: timedelta, failing_after: int) -> dict[str, Any]:
    """Everything `tracker status` shows, read in one session."""
    with Session(engine) as session:
        due, leased = sources_due_now(session, now)
        return {
            "now": now,
            "workers": worker_statuses(session, now, stale),
            "sources_due_now": due,
            "sources_leased": leased,
            "failing_sources": failing_sources(session, failing_after),
            "recent_errors": recent_errors(session),
        }
