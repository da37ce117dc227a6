"""Counts for `tracker stats` and health checks: read-only, a few aggregate queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from tracker.schema.models import Article, Pledge, Source


def _count_sources(session: Session, *conditions: Any) -> int:
    return session.exec(select(func.count()).select_from(Source).where(*conditions)).one()


def source_counts(session: Session, failing_after: int = 3) -> dict[str, int]:
    """How many sources, and how many failing by the rule of `tracker stats` (the Overview
    page shows the same): ``failing_sources``, the last poll failed; ``marked_failing``,
    ``failing_after`` in a row; ``disabled_sources``."""
    return {
        "sources": _count_sources(session),
        "failing_sources": _count_sources(session, col(Source.consecutive_failures) > 0),
        "marked_failing": _count_sources(session, col(Source.consecutive_failures) >= failing_after),
        "disabled_sources": _count_sources(session, col(Source.enabled).is_(False)),
    }


def source_health_counts(engine: Engine, failing_after: int = 3) -> dict[str, int]:
    with Session(engine) as session:
        return source_counts(session, failing_after)


def collect_stats(engine: Engine, failing_after: int = 3) -> dict[str, Any]:
    """``failing_sources``: the last poll failed; ``marked_failing``: ``failing_after`` in a row."""
    with Session(engine) as session:
        counts = source_counts(session, failing_after)
        articles = session.exec(select(func.count()).select_from(Article)).one()
        by_kind = dict(session.exec(select(Pledge.kind, func.count()).group_by(col(Pledge.kind))).all())
    return {
        **counts,
        "articles": articles,
        "pledges": sum(by_kind.values()),
        "pledges_by_kind": {kind: by_kind.get(kind, 0) for kind in sorted(by_kind)},
    }
