"""`tracker reprocess`: stale articles re-extracted, review decisions kept by fingerprint."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker.extract import EXTRACTOR_VERSION, ArticleText, extract
from tracker.runtime.reprocess import count_stale, reprocess_stale
from tracker.schema.db import session_scope
from tracker.schema.models import Article, Pledge
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.review import review_pledge
from tracker.store.sources import add_source

NOW = datetime(2026, 5, 1, tzinfo=UTC)
TEXT = (
    "The Department of Examples will provide £12 million for the River Crossing Programme.\n\n"
    "A new Estuary Safety Taskforce will be set up within the Harbour Authority."
)


def test_stale_articles_are_re_extracted_and_reviews_stay(engine: Engine) -> None:
    pledges = tuple(extract(ArticleText("River crossing", TEXT)))
    record = EntryRecord(
        key="k1",
        url=None,
        title="River crossing",
        author=None,
        published_at=NOW,
        date_flag=None,
        summary="",
        body=TEXT,
        body_origin="feed",
        content_hash="h1",
        pledges=pledges,
    )
    with session_scope(engine) as session:
        source_id = add_source(session, "https://gov.example/f", now=NOW).id or 0
        store_entries(session, source_id, [record], now=NOW, extractor_version="0.0.1", max_updates=3)
    with Session(engine) as session:
        funding = session.exec(select(Pledge).where(Pledge.kind == "funding")).one()
    with session_scope(engine) as session:
        review_pledge(session, funding.id or 0, status="confirmed", reviewer="Ana", now=NOW)
    assert count_stale(engine) == 1
    articles, stored = reprocess_stale(engine)
    assert (articles, stored) == (1, len(pledges))
    assert count_stale(engine) == 0
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        rows = session.exec(select(Pledge)).all()
    assert article.extractor_version == EXTRACTOR_VERSION
    assert {p.extractor_version for p in rows} == {EXTRACTOR_VERSION}
    assert {p.fingerprint: p.review_status for p in rows}[funding.fingerprint] == "confirmed"
    assert reprocess_stale(engine) == (0, 0)
