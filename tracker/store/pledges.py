"""Pledge rows of one article: replaced on re-extraction, reviews re-applied by fingerprint."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from tracker.domain.kinds import PLEDGE_FIELDS, spec_of
from tracker.domain.topics import classify
from tracker.extract.types import PledgeMention
from tracker.schema.models import Pledge, Review
from tracker.store.commitments import commitments_of_articles
from tracker.store.sql import insert_ignore

# Fields a reviewer may correct; anything else in a correction is ignored.
CORRECTABLE_FIELDS = PLEDGE_FIELDS


def topic_of(mention: PledgeMention, publisher: str | None) -> str:
    """The policy area of a pledge, from what it is about, who published it and its sentence."""
    return _topic(spec_of(mention.kind).label_of(mention.to_prediction()), publisher, mention.evidence)


@lru_cache(maxsize=8192)
def _topic(about: str | None, publisher: str | None, evidence: str) -> str:
    # Cached: writers classify their pledges before opening a write transaction
    # (warm_topics), so the transaction itself only looks them up.
    return classify(about, publisher, evidence).value


def warm_topics(mentions: Iterable[PledgeMention], publisher: str | None) -> None:
    """Classify pledges ahead of a write transaction (see ``_topic``)."""
    for mention in mentions:
        topic_of(mention, publisher)


def _pledge_row(
    mention: PledgeMention,
    *,
    article_id: int,
    source_id: int,
    announced_on: date,
    extractor_version: str,
    now: datetime,
    publisher: str | None,
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "source_id": source_id,
        "kind": mention.kind,
        "announced_on": announced_on,
        "amount": mention.amount,
        "currency": mention.currency,
        "recipient": mention.recipient,
        "qualifier": mention.qualifier,
        "scope": mention.scope,
        "period": mention.period,
        "name": mention.name,
        "parent": mention.parent,
        "person": mention.person,
        "role": mention.role,
        "organisation": mention.organisation,
        "count": mention.count,
        "evidence": mention.evidence,
        "span_start": mention.start,
        "span_end": mention.end,
        "confidence": mention.confidence,
        "fingerprint": mention.fingerprint,
        "extractor_version": extractor_version,
        "extracted_at": now,
        "review_status": "unreviewed",
        "topic": topic_of(mention, publisher),
    }


@dataclass(frozen=True)
class ArticlePledges:
    """One article's fresh extraction, ready to store."""

    article_id: int
    source_id: int
    announced_on: date
    mentions: Sequence[PledgeMention]


def replace_pledges_of(
    session: Session,
    articles: Sequence[ArticlePledges],
    *,
    extractor_version: str,
    now: datetime,
    publisher: str | None = None,
) -> tuple[int, set[int]]:
    """Swap several articles' pledges for a fresh extraction: one delete, one multi-row
    insert and one read of their reviews, however many articles.

    Returns how many were stored and the commitments the old pledges belonged
    to, which the caller refreshes (``store.settle``) once the new ones are linked.
    """
    ids = [a.article_id for a in articles]
    if not ids:
        return 0, set()
    stale = commitments_of_articles(session, ids)
    session.execute(delete(Pledge).where(col(Pledge.article_id).in_(ids)))
    rows = [
        _pledge_row(
            mention,
            article_id=article.article_id,
            source_id=article.source_id,
            announced_on=article.announced_on,
            extractor_version=extractor_version,
            now=now,
            publisher=publisher,
        )
        for article in articles
        for mention in article.mentions
    ]
    inserted = insert_ignore(session, Pledge.__table__, rows, ("article_id", "fingerprint"))  # type: ignore[attr-defined]
    reapply_reviews_of(session, ids)
    return inserted, stale


def replace_pledges(
    session: Session,
    mentions: Sequence[PledgeMention],
    *,
    article_id: int,
    source_id: int,
    announced_on: date,
    extractor_version: str,
    now: datetime,
    publisher: str | None = None,
) -> tuple[int, set[int]]:
    """One article's :func:`replace_pledges_of`."""
    return replace_pledges_of(
        session,
        [ArticlePledges(article_id, source_id, announced_on, mentions)],
        extractor_version=extractor_version,
        now=now,
        publisher=publisher,
    )


def apply_corrections(pledge: Pledge, corrections: dict[str, Any]) -> None:
    for field, value in corrections.items():
        if field in CORRECTABLE_FIELDS:
            setattr(pledge, field, value)


def reapply_reviews(session: Session, article_id: int) -> None:
    """Attach stored review decisions to the article's pledges, matched by fingerprint."""
    reapply_reviews_of(session, [article_id])


def reapply_reviews_of(session: Session, article_ids: Sequence[int]) -> None:
    """Attach stored review decisions to these articles' pledges, matched by fingerprint."""
    reviews = {
        (review.article_id, review.fingerprint): review
        for review in session.exec(select(Review).where(col(Review.article_id).in_(list(article_ids))))
    }
    if not reviews:
        return
    pledges = session.exec(
        select(Pledge)
        .where(col(Pledge.article_id).in_({article_id for article_id, _ in reviews}))
        .where(col(Pledge.fingerprint).in_({fingerprint for _, fingerprint in reviews}))
    )
    for pledge in pledges:
        review = reviews.get((pledge.article_id, pledge.fingerprint))
        if review is None:
            continue
        pledge.review_status = review.status
        apply_corrections(pledge, json.loads(review.corrections or "{}"))
        session.add(pledge)
    session.flush()
