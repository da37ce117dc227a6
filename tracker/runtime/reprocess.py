"""Re-extract stored articles whose pledges came from an older extractor version."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import ColumnElement, Engine, func, or_
from sqlmodel import Session, col, select

from tracker.core.clock import utcnow
from tracker.domain.articles import announced_on
from tracker.domain.periods import month_of
from tracker.extract import EXTRACTOR_VERSION, ArticleText, extract
from tracker.schema.models import Article, Source
from tracker.store.commitments import unlinked_article_ids
from tracker.store.pledges import replace_pledges
from tracker.store.settle import settle
from tracker.store.writes import write_transaction


def _stale(version: str) -> ColumnElement[bool]:
    return or_(col(Article.extractor_version).is_(None), col(Article.extractor_version) != version)


def count_stale(engine: Engine, version: str = EXTRACTOR_VERSION) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Article).where(_stale(version))).one()


def reprocess_article(session: Session, article: Article, version: str) -> int:
    """Replace one article's pledges; reviews re-attach by fingerprint."""
    published = article.published_at
    source = session.get(Source, article.source_id)
    publisher = (source.publisher or source.title or "") if source else ""
    day_published = published.date() if published else None
    mentions = extract(ArticleText(article.title, article.body, day_published, publisher=publisher))
    day = announced_on(published, article.first_seen_at)
    stored, stale = replace_pledges(
        session,
        mentions,
        article_id=article.id or 0,
        source_id=article.source_id,
        announced_on=day,
        extractor_version=version,
        now=utcnow(),
        publisher=publisher,
    )
    article.extractor_version = version
    session.add(article)
    settle(
        session,
        linked_articles=[article.id or 0],
        stale_commitments=stale,
        months=[(article.source_id, month_of(day))],
    )
    return stored


def reprocess_stale(
    engine: Engine,
    *,
    version: str = EXTRACTOR_VERSION,
    batch_size: int = 200,
    on_batch: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Re-extract every stale article in short batches; returns (articles, pledges)."""
    articles = pledges = 0
    while True:
        with write_transaction(engine) as session:
            batch = session.exec(
                select(Article).where(_stale(version)).order_by(col(Article.id)).limit(batch_size)
            ).all()
            for article in batch:
                pledges += reprocess_article(session, article, version)
        if not batch:
            return articles, pledges
        articles += len(batch)
        if on_batch:
            on_batch(len(batch))


def relink_pending(
    engine: Engine, *, batch_size: int = 200, on_batch: Callable[[int], None] | None = None
) -> int:
    """Link pledges that have no commitment yet (after an upgrade that rebuilt commitments,
    or pledges a reviewer brought back); returns how many articles were linked."""
    linked = 0
    while True:
        with write_transaction(engine) as session:
            ids = unlinked_article_ids(session, batch_size)
            if ids:
                settle(session, linked_articles=ids)
        if not ids:
            return linked
        linked += len(ids)
        if on_batch:
            on_batch(len(ids))
