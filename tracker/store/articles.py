"""Articles of one source: insert new entries, version changed ones, leave the rest."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlalchemy import select as core_select
from sqlmodel import Session

from tracker.domain.articles import KnownArticle, announced_on, needs_extraction
from tracker.schema.models import Article, ArticleVersion
from tracker.store.commitments import linking_order
from tracker.store.fit import clip_row
from tracker.store.held import HeldPledges
from tracker.store.pledges import ArticlePledges, hold_pledges_of, replace_pledges_of
from tracker.store.sql import fitted, insert_ignoring

if TYPE_CHECKING:
    from tracker.extract.types import PledgeMention

ARTICLE: Table = Article.__table__  # type: ignore[attr-defined]
VERSION: Table = ArticleVersion.__table__  # type: ignore[attr-defined]


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
    # In the order linking takes them (``store.commitments.oldest_first``).
    extracted_article_ids: list[int] = field(default_factory=list)
    # Commitments that lost members when changed articles were re-extracted.
    stale_commitments: set[int] = field(default_factory=set)
    # New articles' pledges, not inserted yet (``store_entries(hold_new_pledges=True)``).
    held: HeldPledges | None = None


# Built once: an ORM select built per call cost more than the query itself.
_KNOWN = core_select(ARTICLE.c.entry_key, ARTICLE.c.id, ARTICLE.c.content_hash, ARTICLE.c.update_count).where(
    ARTICLE.c.source_id == bindparam("source_id"), ARTICLE.c.entry_key.in_(bindparam("keys", expanding=True))
)
KNOWN_PER_QUERY = 500


def known_articles(
    connection: Session | Connection, source_id: int, keys: Iterable[str]
) -> dict[str, KnownArticle]:
    """What is stored already for these entry keys (one query per 500 keys)."""
    if isinstance(connection, Session):
        connection = connection.connection()
    wanted = list(dict.fromkeys(keys))
    known: dict[str, KnownArticle] = {}
    for start in range(0, len(wanted), KNOWN_PER_QUERY):
        chunk = wanted[start : start + KNOWN_PER_QUERY]
        for key, article_id, content_hash, update_count in connection.execute(
            _KNOWN, {"source_id": source_id, "keys": chunk}
        ).all():
            known[key] = KnownArticle(int(article_id or 0), content_hash, update_count)
    return known


def _article_row(
    source_id: int, record: EntryRecord, now: datetime, extractor_version: str
) -> dict[str, Any]:
    return {
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


def _insert_articles(
    session: Session, source_id: int, records: Sequence[EntryRecord], now: datetime, extractor_version: str
) -> dict[str, int]:
    """Insert new entries in multi-row statements; the ids of those this writer stored, by key.

    An entry another writer stored first is skipped (ON CONFLICT DO NOTHING) and
    missing from the result: it is theirs to extract.
    """
    if not records:
        return {}
    rows = [_article_row(source_id, record, now, extractor_version) for record in records]
    statement = insert_ignoring(session, ARTICLE, ("source_id", "entry_key")).returning(
        ARTICLE.c.entry_key, ARTICLE.c.id
    )
    # One statement, many rows: SQLAlchemy sends them as multi-row VALUES
    # ("insertmanyvalues"), in batches that fit the driver's parameter limit.
    return {key: int(article_id) for key, article_id in session.execute(statement, fitted(ARTICLE, rows))}


def _update_articles(
    session: Session,
    changed: Sequence[tuple[int, EntryRecord]],
    now: datetime,
    extractor_version: str,
) -> list[tuple[datetime | None, datetime]]:
    """Keep each changed article's previous text as a version, then store the new one.

    One select for the stored texts, one multi-row insert of versions, one
    executemany update. An entry changed twice in one feed is two updates, in
    order. Returns (published_at, first_seen_at) after each update.
    """
    if not changed:
        return []
    ids = list(dict.fromkeys(article_id for article_id, _ in changed))
    query = core_select(
        ARTICLE.c.id,
        ARTICLE.c.content_hash,
        ARTICLE.c.title,
        ARTICLE.c.body,
        ARTICLE.c.published_at,
        ARTICLE.c.first_seen_at,
        ARTICLE.c.update_count,
    )
    current = {
        row.id: row._asdict()
        for start in range(0, len(ids), 500)
        for row in session.execute(query.where(ARTICLE.c.id.in_(ids[start : start + 500])))
    }
    missing = set(ids) - set(current)
    assert not missing, f"articles {sorted(missing)} vanished inside their transaction"
    versions, updates, dates = [], [], []
    for article_id, record in changed:
        previous = current[article_id]
        versions.append(
            {
                "article_id": article_id,
                "content_hash": previous["content_hash"],
                "title": previous["title"],
                "body": previous["body"],
                "replaced_at": now,
            }
        )
        state = {
            "title": record.title,
            "url": record.url,
            "author": record.author,
            "summary": record.summary,
            "body": record.body,
            "body_origin": record.body_origin,
            "content_hash": record.content_hash,
            "published_at": record.published_at or previous["published_at"],
            "date_flag": record.date_flag,
            "updated_at": now,
            "update_count": previous["update_count"] + 1,
            "extractor_version": extractor_version,
        }
        updates.append({"b_id": article_id, **clip_row(ARTICLE, state)})
        current[article_id] = {**previous, **state}
        dates.append((state["published_at"], previous["first_seen_at"]))
    session.execute(insert(VERSION), versions)
    values: dict[str, Any] = {name: bindparam(name) for name in updates[0] if name != "b_id"}
    session.execute(update(ARTICLE).where(ARTICLE.c.id == bindparam("b_id")).values(values), updates)
    return dates


def store_entries(
    session: Session,
    source_id: int,
    records: Sequence[EntryRecord],
    *,
    now: datetime,
    extractor_version: str,
    max_updates: int,
    publisher: str | None = None,
    hold_new_pledges: bool = False,
) -> StoreCounts:
    """Store a source's entries in the caller's transaction; idempotent on replay.

    New entries go in with multi-row inserts and changed ones with one
    executemany update, then each extracted article's pledges are replaced, in
    the order of ``records``. With ``hold_new_pledges``, when every extracted
    article is new their pledges are not inserted but returned in ``counts.held``
    for the caller to link (``store.settle``) or insert (``store.held.insert_held``)
    in this transaction.
    """
    counts = StoreCounts()
    known = known_articles(session, source_id, (r.key for r in records))
    fresh: dict[str, EntryRecord] = {}  # the first record of each new key, in order
    changed: list[tuple[int, EntryRecord]] = []
    plan: list[tuple[str, EntryRecord]] = []  # (new | updated | unchanged, record), in order
    for record in records:
        previous = known.get(record.key)
        if not needs_extraction(record.content_hash, previous, max_updates):
            plan.append(("unchanged", record))
        elif previous is None:
            # A key twice in one feed: the first is stored, the repeat is unchanged.
            plan.append(("unchanged", record) if record.key in fresh else ("new", record))
            fresh.setdefault(record.key, record)
        else:
            changed.append((previous.id, record))
            plan.append(("updated", record))
    inserted = _insert_articles(session, source_id, list(fresh.values()), now, extractor_version)
    updated = _update_articles(session, changed, now, extractor_version)
    updated_ids = iter(article_id for article_id, _ in changed)
    updated_dates = iter(updated)
    extracted: list[ArticlePledges] = []
    dated: dict[int, tuple[datetime | None, datetime]] = {}  # as stored, the last update's
    for outcome, record in plan:
        if outcome == "new" and record.key in inserted:
            article_id = inserted[record.key]
            counts.new += 1
            published, first_seen = record.published_at, now
        elif outcome == "updated":
            article_id = next(updated_ids)
            counts.updated += 1
            published, first_seen = next(updated_dates)
        else:  # unchanged, or stored first by another writer
            counts.unchanged += 1
            continue
        day = announced_on(published, first_seen)
        dated[article_id] = (published, first_seen)
        extracted.append(ArticlePledges(article_id, source_id, day, record.pledges))
        counts.months.add(day.replace(day=1))
    # An entry changed twice in one feed keeps its last text's pledges.
    latest = list({a.article_id: a for a in extracted}.values())
    new_articles = set(inserted.values())
    if hold_new_pledges and latest and all(a.article_id in new_articles for a in latest):
        # Only when every article is new: a changed one's pledges are inserted now, and
        # holding the others would number them after it, not in the order of the feed.
        counts.held = hold_pledges_of(
            latest, extractor_version=extractor_version, now=now, publisher=publisher
        )
        counts.pledges = counts.held.count
    else:
        counts.pledges, counts.stale_commitments = replace_pledges_of(
            session,
            latest,
            extractor_version=extractor_version,
            now=now,
            publisher=publisher,
            new_articles=new_articles,
        )
    # Oldest first: linking then meets re-announcements in the order they were made. The
    # dates are those just written, so linking need not read them back.
    counts.extracted_article_ids = linking_order(dated)
    return counts
