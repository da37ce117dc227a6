"""`tracker reprocess`: stale articles re-extracted, review decisions kept by fingerprint."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from tracker.extract import EXTRACTOR_VERSION, ArticleText, extract
from tracker.runtime.reprocess import count_stale, relink_pending, reprocess_stale
from tracker.schema.db import session_scope
from tracker.schema.models import Article, Commitment, Pledge, PledgeSummary
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


def _unlinked_store(engine: Engine) -> int:
    """Articles stored the way a database upgraded past migration 0003 holds them: pledges, no links."""
    text = "The Department will provide £9 million for the Harbour Wall Fund."
    records = [
        EntryRecord(
            key=f"k{i}",
            url=None,
            title="Harbour",
            author=None,
            published_at=NOW.replace(day=i),
            date_flag=None,
            summary="",
            body=text,
            body_origin="feed",
            content_hash=f"h{i}",
            pledges=tuple(extract(ArticleText("Harbour", text))),
        )
        for i in (1, 2, 3)
    ]
    with session_scope(engine) as session:
        source_id = add_source(session, "https://gov.example/h", now=NOW).id or 0
        store_entries(
            session, source_id, records, now=NOW, extractor_version=EXTRACTOR_VERSION, max_updates=3
        )
    return source_id


def test_pledges_without_commitments_are_linked_and_the_summary_rebuilt(engine: Engine) -> None:
    _unlinked_store(engine)
    assert relink_pending(engine) == 3
    with Session(engine) as session:
        pledges = session.exec(select(Pledge).order_by(Pledge.announced_on)).all()
        commitments = session.exec(select(Commitment)).all()
        summary_new = sum(r.new_money for r in session.exec(select(PledgeSummary)))
    assert [p.link_role for p in pledges] == ["first", "reannounced", "reannounced"]
    assert len(commitments) == 1 and commitments[0].mentions == 3 and commitments[0].new_money == 9e6
    assert summary_new == 9e6
    assert relink_pending(engine) == 0


def test_reprocess_leaves_no_empty_or_stale_commitment(engine: Engine) -> None:
    _unlinked_store(engine)
    relink_pending(engine)
    with session_scope(engine) as session:
        session.execute(update(Article).values(extractor_version="0.0.1"))
    reprocess_stale(engine)
    with Session(engine) as session:
        commitments = session.exec(select(Commitment)).all()
        linked = session.exec(select(Pledge).where(col(Pledge.commitment_id).is_not(None))).all()
    assert len(commitments) == 1 and commitments[0].mentions == len(linked) == 3
    assert commitments[0].new_money == 9e6
