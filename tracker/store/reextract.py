"""Re-extraction in the database: which articles an older extractor read, and storing
their new pledges (commitments and summary kept right) in one short transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Engine, func, or_, update
from sqlmodel import Session, col, select

from tracker.core.clock import utcnow
from tracker.domain.articles import announced_on
from tracker.domain.periods import month_of
from tracker.extract.types import PledgeMention
from tracker.schema.models import Article, Source
from tracker.store.commitments import unlinked_article_ids
from tracker.store.pledges import replace_pledges, warm_topics
from tracker.store.settle import settle
from tracker.store.writes import write_transaction


@dataclass(frozen=True)
class StaleArticle:
    """An article to read again, with what the extractor needs."""

    id: int
    source_id: int
    title: str
    body: str
    published_at: datetime | None
    first_seen_at: datetime
    publisher: str

    @property
    def announced_on(self) -> date:
        return announced_on(self.published_at, self.first_seen_at)


def _stale(version: str) -> ColumnElement[bool]:
    return or_(col(Article.extractor_version).is_(None), col(Article.extractor_version) != version)


def stale_count(engine: Engine, version: str) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(Article).where(_stale(version))).one())


def stale_articles(engine: Engine, version: str, limit: int) -> list[StaleArticle]:
    """The next articles an older extractor read, oldest id first."""
    publisher = func.coalesce(col(Source.publisher), col(Source.title), "")
    query = (
        select(Article, publisher)
        .join(Source, col(Source.id) == col(Article.source_id))
        .where(_stale(version))
        .order_by(col(Article.id))
        .limit(limit)
    )
    with Session(engine) as session:
        return [
            StaleArticle(a.id or 0, a.source_id, a.title, a.body, a.published_at, a.first_seen_at, str(name))
            for a, name in session.exec(query)
        ]


def save_reextracted(
    engine: Engine, extracted: Sequence[tuple[StaleArticle, Sequence[PledgeMention]]], version: str
) -> int:
    """Replace the articles' pledges (reviews re-attach by fingerprint) and settle their
    commitments and summary; returns the pledges stored."""
    stored = 0
    for article, mentions in extracted:
        warm_topics(mentions, article.publisher)
    with write_transaction(engine) as session:
        stale_commitments: set[int] = set()
        for article, mentions in extracted:
            count, stale = replace_pledges(
                session,
                mentions,
                article_id=article.id,
                source_id=article.source_id,
                announced_on=article.announced_on,
                extractor_version=version,
                now=utcnow(),
                publisher=article.publisher,
            )
            stored += count
            stale_commitments |= stale
        ids = [article.id for article, _ in extracted]
        session.execute(update(Article).where(col(Article.id).in_(ids)).values(extractor_version=version))
        settle(
            session,
            linked_articles=ids,
            stale_commitments=stale_commitments,
            months={(a.source_id, month_of(a.announced_on)) for a, _ in extracted},
        )
    return stored


def link_pending(engine: Engine, limit: int) -> int:
    """Link up to ``limit`` articles whose pledges have no commitment; returns how many."""
    with write_transaction(engine) as session:
        ids = unlinked_article_ids(session, limit)
        if ids:
            settle(session, linked_articles=ids)
    return len(ids)
