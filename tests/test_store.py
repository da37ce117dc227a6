"""Storage on SQLite and PostgreSQL: idempotent inserts, versions, reviews by fingerprint."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from tracker.core.errors import AlreadyExistsError, InputError, NotFoundError
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import PledgeMention
from tracker.schema.db import session_scope
from tracker.schema.models import Article, ArticleVersion, Commitment, Pledge, PledgeSummary, Review, Source
from tracker.store import polls
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.polls import link_new_pledges
from tracker.store.review import review_pledge
from tracker.store.sources import add_source, find_source, set_enabled

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def funding(amount: float, recipient: str, evidence: str = "We will give money.") -> PledgeMention:
    return PledgeMention(
        kind="funding",
        evidence=evidence,
        start=0,
        end=len(evidence),
        fingerprint=make_fingerprint("funding", amount, "GBP", recipient),
        amount=amount,
        currency="GBP",
        recipient=recipient,
        qualifier="exact",
        scope="new",
    )


def record(key: str, body: str, *pledges: PledgeMention) -> EntryRecord:
    return EntryRecord(
        key=key,
        url=f"https://gov.example/{key}",
        title=f"Title {key}",
        author=None,
        published_at=datetime(2026, 2, 10, tzinfo=UTC),
        date_flag=None,
        summary="",
        body=body,
        body_origin="feed",
        content_hash=f"hash-{body}",
        pledges=pledges,
    )


def _source(engine: Engine) -> int:
    with session_scope(engine) as session:
        return add_source(session, "https://gov.example/feed.xml", now=NOW).id or 0


def _store(engine: Engine, source_id: int, records: list[EntryRecord], max_updates: int = 5):
    with session_scope(engine) as session:
        return store_entries(
            session, source_id, records, now=NOW, extractor_version="t1", max_updates=max_updates
        )


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_same_entries_twice_store_nothing_new(engine: Engine) -> None:
    source_id = _source(engine)
    records = [record("a", "one", funding(5e6, "Roads")), record("b", "two", funding(2e6, "Rail"))]
    first = _store(engine, source_id, records)
    second = _store(engine, source_id, records)
    assert (first.new, first.pledges) == (2, 2)
    assert (second.new, second.unchanged, second.pledges) == (0, 2, 0)
    assert _count(engine, Article) == 2
    assert _count(engine, Pledge) == 2


def test_changed_entry_keeps_old_text_as_a_version_and_re_extracts(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "first text", funding(5e6, "Roads"))])
    counts = _store(engine, source_id, [record("a", "second text", funding(7e6, "Roads"))])
    assert counts.updated == 1
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        assert article.body == "second text"
        version = session.exec(select(ArticleVersion)).one()
        assert version.body == "first text"
        assert [p.amount for p in session.exec(select(Pledge))] == [7e6]


def test_an_entry_that_flaps_is_updated_at_most_n_times(engine: Engine) -> None:
    source_id = _source(engine)
    for i in range(6):
        _store(engine, source_id, [record("a", f"text {i}")], max_updates=3)
    with Session(engine) as session:
        assert session.exec(select(Article)).one().update_count == 3
    assert _count(engine, ArticleVersion) == 3


def test_review_survives_re_extraction_and_leaves_the_totals(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "Roads"), funding(9e6, "Rail"))])
    with Session(engine) as session:
        rail = session.exec(select(Pledge).where(Pledge.recipient == "Rail")).one()
    with session_scope(engine) as session:
        review_pledge(session, rail.id or 0, status="rejected", reviewer="Ana", now=NOW)
    with Session(engine) as session:
        total = session.exec(
            select(func.sum(col(PledgeSummary.new_money) + col(PledgeSummary.restated_money)))
        ).one()
    assert total == 5e6
    # The article changes; re-extraction replaces rows but the decision stays attached.
    _store(engine, source_id, [record("a", "v2", funding(5e6, "Roads"), funding(9e6, "Rail"))])
    with Session(engine) as session:
        statuses = {p.recipient: p.review_status for p in session.exec(select(Pledge))}
        total = session.exec(
            select(func.sum(col(PledgeSummary.new_money) + col(PledgeSummary.restated_money)))
        ).one()
    assert statuses == {"Roads": "unreviewed", "Rail": "rejected"}
    assert total == 5e6


def test_corrections_are_reapplied_after_re_extraction(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "Roads"))])
    with Session(engine) as session:
        pledge_id = session.exec(select(Pledge.id)).one()
    with session_scope(engine) as session:
        review_pledge(
            session,
            pledge_id or 0,
            status="corrected",
            reviewer="Ana",
            now=NOW,
            corrections={"recipient": "Local roads fund"},
        )
    _store(engine, source_id, [record("a", "v2", funding(5e6, "Roads"))])
    with Session(engine) as session:
        pledge = session.exec(select(Pledge)).one()
        review = session.exec(select(Review)).one()
    assert pledge.recipient == "Local roads fund"
    assert json.loads(review.corrections) == {"recipient": "Local roads fund"}


def test_review_refuses_bad_input_and_saves_nothing(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "Roads"))])
    with Session(engine) as session:
        pledge_id = session.exec(select(Pledge.id)).one() or 0
    for kwargs in (
        {"status": "maybe", "reviewer": "Ana"},
        {"status": "confirmed", "reviewer": " "},
        {"status": "corrected", "reviewer": "Ana", "corrections": {"evidence": "x"}},
    ):
        with pytest.raises(InputError), session_scope(engine) as session:
            review_pledge(session, pledge_id, now=NOW, **kwargs)
    with pytest.raises(NotFoundError), session_scope(engine) as session:
        review_pledge(session, 999_999, status="confirmed", reviewer="Ana", now=NOW)
    assert _count(engine, Review) == 0


def test_a_source_url_is_stored_once(engine: Engine) -> None:
    _source(engine)
    with pytest.raises(AlreadyExistsError), session_scope(engine) as session:
        add_source(session, "https://gov.example/feed.xml", now=NOW)
    assert _count(engine, Source) == 1


def test_sources_are_found_by_id_or_url_and_named_when_missing(engine: Engine) -> None:
    source_id = _source(engine)
    with Session(engine) as session:
        assert find_source(session, str(source_id)).id == source_id
        assert find_source(session, "https://gov.example/feed.xml").id == source_id
        with pytest.raises(NotFoundError, match="nope"):
            find_source(session, "nope")


def test_re_enabling_a_gone_source_clears_its_failure(engine: Engine) -> None:
    source_id = _source(engine)
    with session_scope(engine) as session:
        source = find_source(session, source_id)
        source.enabled, source.disabled_reason = False, "GoneError: HTTP 410"
        source.consecutive_failures, source.failing_since = 4, NOW
    with session_scope(engine) as session:
        set_enabled(session, source_id, True, now=NOW)
    with Session(engine) as session:
        source = find_source(session, source_id)
        assert (source.enabled, source.disabled_reason, source.failing_since) == (True, None, None)


def test_pledges_are_dated_by_their_article(engine: Engine) -> None:
    source_id = _source(engine)
    undated = replace(record("u", "x", funding(1e6, "Parks")), published_at=None)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "Roads")), undated])
    with Session(engine) as session:
        days = {p.recipient: p.announced_on for p in session.exec(select(Pledge))}
    assert days == {"Roads": date(2026, 2, 10), "Parks": NOW.date()}


def test_a_review_follows_its_pledge_when_a_better_reading_changes_the_fingerprint(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "the money"), funding(9e6, "Rail"))])
    with Session(engine) as session:
        vague = session.exec(select(Pledge).where(Pledge.recipient == "the money")).one()
    with session_scope(engine) as session:
        review_pledge(session, vague.id or 0, status="rejected", reviewer="Ana", now=NOW)
    # A newer extractor reads the recipient properly: same kind and figure, new fingerprint.
    _store(engine, source_id, [record("a", "v2", funding(5e6, "Harbour Walls Fund"), funding(9e6, "Rail"))])
    with Session(engine) as session:
        statuses = {p.recipient: p.review_status for p in session.exec(select(Pledge))}
        reviews = session.exec(select(Review)).all()
    assert statuses == {"Harbour Walls Fund": "rejected", "Rail": "unreviewed"}
    assert [r.fingerprint for r in reviews] == [make_fingerprint("funding", 5e6, "GBP", "Harbour Walls Fund")]


def test_a_corrected_founder_founds_its_own_commitment_and_the_old_one_carries_on(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1", funding(5e6, "Roads fund"))])
    _store(engine, source_id, [record("b", "v1", funding(5e6, "Roads fund"))])
    with Session(engine) as session:
        articles = [a or 0 for a in session.exec(select(Article.id).order_by(col(Article.id)))]
    link_new_pledges(engine, articles, set())
    with Session(engine) as session:
        assert len(session.exec(select(Commitment)).all()) == 1
        founder = session.exec(select(Pledge).order_by(col(Pledge.id))).first()
        assert founder is not None
    with session_scope(engine) as session:
        review_pledge(
            session,
            founder.id or 0,
            status="corrected",
            reviewer="Ana",
            now=NOW,
            corrections={"recipient": "Harbour dredging programme"},
        )
    with Session(engine) as session:
        labels = sorted(c.label for c in session.exec(select(Commitment)))
        linked = {p.recipient: p.commitment_id for p in session.exec(select(Pledge))}
    assert labels == ["Harbour dredging programme", "Roads fund"]
    assert linked["Harbour dredging programme"] != linked["Roads fund"]


def _save(engine: Engine, source_id: int, records: list[EntryRecord]) -> None:
    source = polls.load_source(engine, source_id)
    polls.save_fetched(
        engine,
        source,
        records,
        polls.Reached(next_check_at=NOW, etag=None, last_modified=None),
        polls.PollTimes(NOW, NOW, None),
        http_status=200,
        bytes_received=1,
        extractor_version="t1",
        max_updates=5,
    )


def _links_and_summary(
    engine: Engine,
) -> tuple[list[tuple[str | None, str | None, float | None]], list[tuple]]:
    with Session(engine) as session:
        links = [
            (p.recipient, p.link_role, p.new_money)
            for p in session.exec(select(Pledge).order_by(col(Pledge.recipient)))
        ]
        summary = [
            (s.month, s.pledges, s.new_money, s.restated_money) for s in session.exec(select(PledgeSummary))
        ]
    return links, summary


@pytest.mark.parametrize("batch", [50, 1])
def test_a_poll_links_its_pledges_in_its_own_transaction_when_they_fit_one_batch(
    engine: Engine, batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed's few new articles are linked in the store's transaction (one summary refresh);
    more than a batch holds are linked after it, a batch per transaction: the same result."""
    transactions: list[int] = []
    real = polls.write_transaction

    def counted(*args: Any, **kwargs: Any) -> Any:
        transactions.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(polls, "write_transaction", counted)
    monkeypatch.setattr(polls, "LINK_PAUSE_S", 0.0)
    monkeypatch.setattr(polls._PACE, "size", batch)
    monkeypatch.setattr(polls, "next_link_batch", lambda size, _took: size)
    source_id = _source(engine)
    _save(engine, source_id, [record("a", "one", funding(5e6, "Roads fund")), record("b", "two")])
    _save(engine, source_id, [record("c", "three", funding(5e6, "Roads fund"))])
    links, summary = _links_and_summary(engine)
    assert links == [("Roads fund", "first", 5e6), ("Roads fund", "reannounced", 0.0)]
    assert summary == [(date(2026, 2, 1), 2, 5e6, 5e6)]
    # A batch of one: the first poll's two articles link after it, one per transaction;
    # the second poll's one article links in its own transaction still.
    assert len(transactions) == (2 if batch == 50 else 1 + 2 + 1)
