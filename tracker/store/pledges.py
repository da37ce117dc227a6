"""Pledge rows of one article: replaced on re-extraction, reviews re-applied by fingerprint."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
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
    about = spec_of(mention.kind).label_of(mention.to_prediction())
    return classify(about, publisher, mention.evidence).value


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
    """Swap an article's pledges for a fresh extraction.

    Returns how many were stored and the commitments the old pledges belonged
    to, which the caller refreshes (``store.settle``) once the new ones are linked.
    """
    stale = commitments_of_articles(session, [article_id])
    session.execute(delete(Pledge).where(col(Pledge.article_id) == article_id))
    rows = [
        _pledge_row(
            mention,
            article_id=article_id,
            source_id=source_id,
            announced_on=announced_on,
            extractor_version=extractor_version,
            now=now,
            publisher=publisher,
        )
        for mention in mentions
    ]
    inserted = insert_ignore(session, Pledge.__table__, rows, ("article_id", "fingerprint"))  # type: ignore[attr-defined]
    reapply_reviews(session, article_id)
    return inserted, stale


def apply_corrections(pledge: Pledge, corrections: dict[str, Any]) -> None:
    for field, value in corrections.items():
        if field in CORRECTABLE_FIELDS:
            setattr(pledge, field, value)


def reapply_reviews(session: Session, article_id: int) -> None:
    """Attach stored review decisions to the article's pledges, matched by fingerprint."""
    reviews = {
        review.fingerprint: review
        for review in session.exec(select(Review).where(Review.article_id == article_id))
    }
    if not reviews:
        return
    pledges = session.exec(
        select(Pledge)
        .where(Pledge.article_id == article_id)
        .where(col(Pledge.fingerprint).in_(list(reviews)))
    )
    for pledge in pledges:
        review = reviews[pledge.fingerprint]
        pledge.review_status = review.status
        apply_corrections(pledge, json.loads(review.corrections or "{}"))
        session.add(pledge)
    session.flush()
