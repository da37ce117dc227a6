"""Counts for `tracker stats` and health checks: read-only, a few aggregate queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from tracker.models import Article, Pledge, Source


def collect_stats(engine: Engine) -> dict[str, Any]:
    with Session(engine) as session:
        sources = session.exec(select(func.count()).select_from(Source)).one()
        failing = session.exec(
            select(func.count()).select_from(Source).where(col(Source.failing_since).is_not(None))
        ).one()
        disabled = session.exec(
            select(func.count()).select_from(Source).where(col(Source.enabled).is_(False))
        ).one()
        articles = session.exec(select(func.count()).select_from(Article)).one()
        by_kind = dict(session.exec(select(Pledge.kind, func.count()).group_by(col(Pledge.kind))).all())
    return {
        "sources": sources,
        "failing_sources": failing,
        "disabled_sources": disabled,
        "articles": articles,
        "pledges": sum(by_kind.values()),
        "pledges_by_kind": {kind: by_kind.get(kind, 0) for kind in sorted(by_kind)},
    }
