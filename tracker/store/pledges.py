"""Pledge rows of one article: replaced on re-extraction, reviews re-applied by fingerprint."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, delete, update
from sqlmodel import Session, col, select

from tracker.domain.kinds import PLEDGE_FIELDS, spec_of
from tracker.domain.topics import classify
from tracker.extract.types import PledgeMention
from tracker.schema.models import Pledge, Review
from tracker.store.commitments import commitments_of_articles
from tracker.store.held import CONFLICT_ON, HeldPledges
from tracker.store.sql import fitted, insert_ignore

# Fields a reviewer may correct; anything else in a correction is ignored.
CORRECTABLE_FIELDS = PLEDGE_FIELDS
PLEDGE: Table = Pledge.__table__  # type: ignore[attr-defined]


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


def _rows_of(
    articles: Sequence[ArticlePledges], *, extractor_version: str, now: datetime, publisher: str | None
) -> list[dict[str, Any]]:
    return [
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


def hold_pledges_of(
    articles: Sequence[ArticlePledges], *, extractor_version: str, now: datetime, publisher: str | None = None
) -> HeldPledges:
    """New articles' pledges as :func:`replace_pledges_of` would insert them, held for
    linking to insert already linked (``store.held``). Only for articles this
    transaction has just inserted: there is nothing of theirs to delete or re-review."""
    rows = _rows_of(articles, extractor_version=extractor_version, now=now, publisher=publisher)
    return HeldPledges.of(fitted(PLEDGE, rows))


def replace_pledges_of(
    session: Session,
    articles: Sequence[ArticlePledges],
    *,
    extractor_version: str,
    now: datetime,
    publisher: str | None = None,
    new_articles: Set[int] = frozenset(),
) -> tuple[int, set[int]]:
    """Swap several articles' pledges for a fresh extraction: one delete, one multi-row
    insert and one read of their reviews, however many articles.

    ``new_articles``: ids this transaction has just inserted. They have no pledges,
    reviews or commitments yet, so nothing is read or deleted for them (on a first
    ingest that is every article: the pledges are only inserted).

    Returns how many were stored and the commitments the old pledges belonged
    to, which the caller refreshes (``store.settle``) once the new ones are linked.
    """
    ids = [a.article_id for a in articles]
    if not ids:
        return 0, set()
    known = [i for i in ids if i not in new_articles]
    stale: set[int] = set()
    reviewed_before: dict[Identity, str] = {}
    if known:
        stale = commitments_of_articles(session, known)
        reviewed_before = _reviewed_identities(session, known)
        session.execute(delete(Pledge).where(col(Pledge.article_id).in_(known)))
    rows = _rows_of(articles, extractor_version=extractor_version, now=now, publisher=publisher)
    inserted = insert_ignore(session, PLEDGE, rows, CONFLICT_ON)
    if known:
        _follow_reviews(session, reviewed_before, rows)
        reapply_reviews_of(session, known)
    return inserted, stale


Identity = tuple[int, str, object, object]  # (article, kind, figure or name, currency)


def _identity(article_id: int, values: dict[str, Any]) -> Identity:
    """What a reviewer's decision was about, beyond the fingerprint: the kind and its figure
    (or, for kinds without one, its name), and the currency of money."""
    spec = spec_of(values["kind"])
    key = spec.figure_of(values) if spec.figure_field else spec.label_of(values)
    return (article_id, values["kind"], key, values.get("currency") if spec.counts_money else None)


def _reviewed_identities(session: Session, article_ids: Sequence[int]) -> dict[Identity, str]:
    """The identities of the reviewed pledges about to be replaced, by fingerprint."""
    rows = session.exec(
        select(Pledge)
        .join(
            Review,
            (col(Review.article_id) == col(Pledge.article_id)) & (Review.fingerprint == Pledge.fingerprint),
        )
        .where(col(Pledge.article_id).in_(list(article_ids)))
    )
    return {_identity(p.article_id, p.model_dump()): p.fingerprint for p in rows}


def _follow_reviews(session: Session, before: dict[Identity, str], rows: Sequence[dict[str, Any]]) -> None:
    """A better reading may change a pledge's fingerprint (its recipient, say): the review
    follows the pledge with the same kind and figure in the same article."""
    if not before:
        return
    now_there = {(r["article_id"], r["fingerprint"]) for r in rows}
    missing = {(identity[0], fp) for identity, fp in before.items() if (identity[0], fp) not in now_there}
    for row in rows:
        old = before.get(_identity(row["article_id"], row))
        if old is None or (row["article_id"], old) not in missing:
            continue
        missing.discard((row["article_id"], old))
        session.execute(
            update(Review)
            .where(col(Review.article_id) == row["article_id"], col(Review.fingerprint) == old)
            .values(fingerprint=row["fingerprint"])
        )


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


def machine_values(pledge: Pledge, corrections: dict[str, Any]) -> str:
    """The pledge's own values of the fields a correction changes (JSON), taken while the
    pledge still holds what the extractor found."""
    return json.dumps({f: getattr(pledge, f) for f in corrections if f in CORRECTABLE_FIELDS}, sort_keys=True)


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
        corrections = json.loads(review.corrections or "{}")
        if corrections:
            # Freshly extracted: what the machine says now is the original to show.
            review.original = machine_values(pledge, corrections)
            session.add(review)
        apply_corrections(pledge, corrections)
        session.add(pledge)
    session.flush()
