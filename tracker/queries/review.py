"""The review queue: unreviewed pledges, newest first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Select, and_, func, select
from sqlmodel import col

from tracker.queries.common import pledge_row_columns, publisher_label
from tracker.schema.models import Article, Pledge, Review, Source

QUEUE_CAP = 10_000


def review_queue(engine: Engine, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    query: Select[*tuple[Any, ...]] = (
        select(
            *pledge_row_columns(),
            col(Pledge.confidence),
            col(Pledge.check_note),
            publisher_label().label("publisher"),
            col(Pledge.evidence),
            col(Article.title).label("article"),
        )
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .where(col(Pledge.review_status) == "unreviewed")
        .order_by(col(Pledge.announced_on).desc(), col(Pledge.id).desc())
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def queue_size(engine: Engine, cap: int = QUEUE_CAP) -> tuple[int, bool]:
    """Unreviewed pledges, counted up to ``cap``."""
    inner = select(col(Pledge.id)).where(col(Pledge.review_status) == "unreviewed").limit(cap + 1).subquery()
    with engine.connect() as connection:
        total = int(connection.execute(select(func.count()).select_from(inner)).scalar_one())
    return min(total, cap), total > cap


def recent_reviews(engine: Engine, limit: int = 20) -> list[dict[str, Any]]:
    """The latest decisions, with who made them and when, the pledge they are about (its
    kind, figure and recipient as it reads now) and what a correction changed."""
    pledge = and_(
        col(Pledge.article_id) == col(Review.article_id), col(Pledge.fingerprint) == col(Review.fingerprint)
    )
    query: Select[*tuple[Any, ...]] = (
        select(
            col(Review.reviewed_at),
            col(Review.reviewer),
            col(Review.status),
            col(Review.note),
            col(Review.corrections),
            col(Review.original),
            *pledge_row_columns(),
            col(Article.title).label("article"),
        )
        .join(Article, col(Article.id) == col(Review.article_id))
        .outerjoin(Pledge, pledge)
        .order_by(col(Review.reviewed_at).desc(), col(Review.id).desc())
        .limit(limit)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def decision_on(engine: Engine, article_id: int, fingerprint: str) -> dict[str, Any] | None:
    """The decision recorded on one pledge (by its article and fingerprint), if any."""
    query = select(
        col(Review.status),
        col(Review.reviewer),
        col(Review.reviewed_at),
        col(Review.note),
        col(Review.corrections),
        col(Review.original),
    ).where(col(Review.article_id) == article_id, col(Review.fingerprint) == fingerprint)
    with engine.connect() as connection:
        row = connection.execute(query).first()
    return dict(row._mapping) if row else None


def pledge_for_review(engine: Engine, pledge_id: int) -> dict[str, Any] | None:
    query = select(Pledge).where(col(Pledge.id) == pledge_id)
    with engine.connect() as connection:
        row = connection.execute(query).first()
    return dict(row._mapping) if row else None
