"""Counts for `tracker stats` and health checks: read-only, a few aggregate queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from tracker.schema.models import Article, Pledge, Source


def _count_sources(session: Session, *conditions: Any) -> int:
    return session.exec(select(func.count()).select_from(Source).where(*conditions)).one()


def collect_stats(engine: Engine, failing_after: int = 3) -> dict[str, Any]:
    """``failing_sources``: the last poll failed; ``marked_failing``: ``failing_after`` in a row."""
    with Session(engine) as session:
        sources = _count_sources(session)
        failing = _count_sources(session, col(Source.consecutive_failures) > 0)
        marked = _count_sources(session, col(Source.consecutive_failures) >= failing_after)
        disabled = _count_sources(session, col(Source.enabled).is_(False))
        articles = session.exec(select(func.count()).select_from(Article)).one()
        by_kind = dict(session.exec(select(Pledge.kind, func.count()).group_by(col(Pledge.kind))).all())
    return {
        "sources": sources,
        "failing_sources": failing,
        "marked_failing": marked,
        "disabled_sources": disabled,
        "articles": articles,
        "pledges": sum(by_kind.values()),
        "pledges_by_kind": {kind: by_kind.get(kind, 0) for kind in sorted(by_kind)},
    }
