"""Articles of one source: insert new entries, version changed ones, leave the rest."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from tracker.domain.articles import KnownArticle, announced_on, needs_extraction
from tracker.extract.types import PledgeMention
from tracker.schema.models import Article, ArticleVersion
from tracker.store.pledges import replace_pledges
from tracker.store.sql import insert_ignore


@dataclass(frozen=True)
class EntryRecord:
    """One entry ready to store: its text, and its pledges when it was (re-)extracted."""

    key: str
    url: str | None
    title: str
    author: str | None
    published_at: datetime | None
    date_flag: str | None
    summary: str
    body: str
    body_origin: str
    content_hash: str
    pledges: tuple[PledgeMention, ...] = ()


@dataclass
class StoreCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    pledges: int = 0
    months: set[date] = field(default_factory=set)
    extracted_article_ids: list[int] = field(default_factory=list)
    # Commitments that lost members when changed articles were re-extracted.
    stale_commitments: set[int] = field(default_factory=set)


def known_articles(session: Session, source_id: int, keys: Iterable[str]) -> dict[str, KnownArticle]:
    """What is stored already for these entry keys (one query per 500 keys)."""
    wanted = list(dict.fromkeys(keys))
    known: dict[str, KnownArticle] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.exec(
            select(Article.entry_key, Article.id, Article.content_hash, Article.update_count)
            .where(Article.source_id == source_id)
            .where(col(Article.entry_key).in_(chunk))
        )
        for key, article_id, content_hash, update_count in rows:
            known[key] = KnownArticle(int(article_id or 0), content_hash, update_count)
    return known


def _insert_article(
    session: Session, source_id: int, record: EntryRecord, now: datetime, extractor_version: str
) -> int | None:
    row = {
        "source_id": source_id,
        "entry_key": record.key,
        "url": record.url,
        "title": record.title,
        "author": record.author,
        "published_at": record.published_at,
        "date_flag": record.date_flag,
        "first_seen_at": now,
        "updated_at": now,
        "summary": record.summary,
        "body": record.body,
        "body_origin": record.body_origin,
        "content_hash": record.content_hash,
        "update_count": 0,
        "extractor_version": extractor_version,
    }
    if not insert_ignore(session, Article.__table__, [row], ("source_id", "entry_key")):  # type: ignore[attr-defined]
        return None  # another writer stored it first; it is theirs to extract
    return session.exec(
        select(Article.id).where(Article.source_id == source_id, Article.entry_key == record.key)
    ).one()


def _update_article(
    session: Session, article_id: int, record: EntryRecord, now: datetime, extractor_version: str
) -> Article:
    article = session.get(Article, article_id)
    assert article is not None, f"article {article_id} vanished inside its transaction"
    session.add(
        ArticleVersion(
            article_id=article_id,
            content_hash=article.content_hash,
            title=article.title,
            body=article.body,
            replaced_at=now,
        )
    )
    article.title, article.url, article.author = record.title, record.url, record.author
    article.summary, article.body, article.body_origin = (
        record.summary,
        record.body,
        record.body_origin,
    )
    article.content_hash = record.content_hash
    article.published_at = record.published_at or article.published_at
    article.date_flag = record.date_flag
    article.updated_at = now
    article.update_count += 1
    article.extractor_version = extractor_version
    session.add(article)
    session.flush()
    return article


def store_entries(
    session: Session,
    source_id: int,
    records: Sequence[EntryRecord],
    *,
    now: datetime,
    extractor_version: str,
    max_updates: int,
    publisher: str | None = None,
) -> StoreCounts:
    """Store a source's entries in the caller's transaction; idempotent on replay."""
    counts = StoreCounts()
    known = known_articles(session, source_id, (r.key for r in records))
    for record in records:
        previous = known.get(record.key)
        if not needs_extraction(record.content_hash, previous, max_updates):
            counts.unchanged += 1
            continue
        if previous is None:
            article_id = _insert_article(session, source_id, record, now, extractor_version)
            if article_id is None:
                counts.unchanged += 1
                continue
            counts.new += 1
            published, first_seen = record.published_at, now
        else:
            article = _update_article(session, previous.id, record, now, extractor_version)
            article_id = previous.id
            counts.updated += 1
            published, first_seen = article.published_at, article.first_seen_at
        day = announced_on(published, first_seen)
        stored, stale = replace_pledges(
            session,
            record.pledges,
            article_id=article_id,
            source_id=source_id,
            announced_on=day,
            extractor_version=extractor_version,
            now=now,
            publisher=publisher,
        )
        counts.pledges += stored
        counts.stale_commitments |= stale
        counts.months.add(day.replace(day=1))
        counts.extracted_article_ids.append(article_id)
    return counts
