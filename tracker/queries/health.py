"""Source health for the Sources page and the failing-period shading of time charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, func, literal_column, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from tracker.domain.periods import Period
from tracker.queries.common import is_sample_source, publisher_label
from tracker.schema.models import Article, FetchLog, PledgeTotal, Source

# Shading more spans than this only slows the browser; the longest are kept.
MAX_SPANS = 200


@dataclass(frozen=True)
class FailingSpan:
    """Days on which at least one source failed every poll; ``sources`` is the most at once."""

    start: date
    end: date
    sources: int


def source_status(row: dict[str, Any], failing_after: int) -> str:
    """One word for a source's health, as the health table and the headline count it."""
    if not row["enabled"]:
        return "disabled"
    if row["consecutive_failures"] >= failing_after:
        return "failing"
    if row["consecutive_failures"] > 0:
        return "erroring"
    if row["last_success_at"] is None:
        return "not checked yet"
    return "healthy"


def _counts_by_source(engine: Engine) -> tuple[dict[int, int], dict[int, int]]:
    articles = select(col(Article.source_id), func.count()).group_by(col(Article.source_id))
    pledges = select(col(PledgeTotal.source_id), func.sum(col(PledgeTotal.pledges))).group_by(
        col(PledgeTotal.source_id)
    )
    with engine.connect() as connection:
        article_counts = {int(s): int(n) for s, n in connection.execute(articles)}
        pledge_counts = {int(s): int(n or 0) for s, n in connection.execute(pledges)}
    return article_counts, pledge_counts


def sources_health(engine: Engine, failing_after: int) -> list[dict[str, Any]]:
    """Every source with its health and its article and (non-rejected) pledge counts."""
    query = select(
        col(Source.id),
        publisher_label().label("name"),
        col(Source.url),
        is_sample_source().label("sample"),
        col(Source.enabled),
        col(Source.disabled_reason),
        col(Source.consecutive_failures),
        col(Source.last_success_at),
        col(Source.last_error_kind),
        col(Source.last_error),
        col(Source.last_error_at),
        col(Source.failing_since),
        col(Source.next_check_at),
    ).order_by(col(Source.id))
    article_counts, pledge_counts = _counts_by_source(engine)
    with engine.connect() as connection:
        rows = [dict(row._mapping) for row in connection.execute(query)]
    for row in rows:
        row["sample"] = bool(row["sample"])
        row["status"] = source_status(row, failing_after)
        row["articles"] = article_counts.get(row["id"], 0)
        row["pledges"] = pledge_counts.get(row["id"], 0)
        kind, message = row.pop("last_error_kind"), row.pop("last_error")
        row["last_error"] = f"{kind}: {message}" if kind else (message or None)
    return rows


def sample_totals(rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Sample sources and their articles and pledges, from :func:`sources_health` rows."""
    samples = [row for row in rows if row["sample"]]
    return len(samples), sum(r["articles"] for r in samples), sum(r["pledges"] for r in samples)


def status_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["status"]] = counts.get(row["status"], 0) + 1
    return counts


def _day(value: Any) -> date:
    """A day from what the driver returns: a date, a UTC datetime, or ISO text (SQLite)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _window_of(log: Any, period: Period) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if period.start:
        where.append(col(log.started_at) >= datetime.combine(period.start, time(), UTC))
    if period.end:
        where.append(col(log.started_at) < datetime.combine(period.end + timedelta(days=1), time(), UTC))
    return where


def _day_bounds(dialect: str, moment: Any) -> tuple[Any, Any]:
    """The start of ``moment``'s UTC day and of the next day, in SQL."""
    if dialect == "sqlite":
        # Times are ISO text: 'YYYY-MM-DD' sorts before every time of that day.
        return func.date(moment), func.date(moment, "+1 day")
    start = func.timezone("UTC", func.date_trunc("day", func.timezone("UTC", moment)))
    return start, start + literal_column("interval '1 day'")


def failing_days(engine: Engine, period: Period) -> dict[date, int]:
    """Per day, how many sources had errors and no successful poll that day."""
    # Failures are rare: read the failed polls of the period (outcome index) and keep
    # those with no poll that went through on the same source the same day (one
    # probe of the source-and-time index each), never reading every poll.
    failed = aliased(FetchLog)
    other = aliased(FetchLog)
    day_start, day_end = _day_bounds(engine.dialect.name, col(failed.started_at))
    went_through = (
        select(col(other.id))
        .where(col(other.source_id) == col(failed.source_id), col(other.outcome) != "error")
        .where(col(other.started_at) >= day_start, col(other.started_at) < day_end)
        .exists()
    )
    query = select(col(failed.source_id), col(failed.started_at)).where(
        col(failed.outcome) == "error", *_window_of(failed, period), ~went_through
    )
    days: dict[date, set[int]] = {}
    with engine.connect() as connection:
        for source_id, started in connection.execute(query):
            days.setdefault(_day(started), set()).add(int(source_id))
    return {day: len(sources) for day, sources in days.items()}


def merge_days(days: dict[date, int], limit: int = MAX_SPANS) -> list[FailingSpan]:
    """Consecutive failing days as spans (pure); the ``limit`` longest are kept."""
    spans: list[FailingSpan] = []
    for day in sorted(days):
        last = spans[-1] if spans else None
        if last and day - last.end <= timedelta(days=1):
            spans[-1] = FailingSpan(last.start, day, max(last.sources, days[day]))
        else:
            spans.append(FailingSpan(day, day, days[day]))
    if len(spans) > limit:
        longest = sorted(spans, key=lambda s: s.end - s.start, reverse=True)[:limit]
        spans = sorted(longest, key=lambda s: s.start)
    return spans


def failing_spans(engine: Engine, period: Period) -> list[FailingSpan]:
    return merge_days(failing_days(engine, period))
