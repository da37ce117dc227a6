"""Storing a feed's entries in multi-row statements: the edge cases of one batch."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tests.test_store import NOW, _source, _store, funding, record
from tracker.schema.models import Article, ArticleVersion, Pledge


def test_many_entries_in_one_feed_keep_their_own_ids_and_pledges(engine: Engine) -> None:
    """More rows than one multi-row statement holds on SQLite (999 parameters)."""
    source_id = _source(engine)
    records = [record(f"e{i}", f"text {i}", funding(1e6 + i, f"Recipient {i}")) for i in range(700)]
    counts = _store(engine, source_id, records)
    assert (counts.new, counts.pledges) == (700, 700)
    with Session(engine) as session:
        rows = session.exec(
            select(Article.id, Article.entry_key, Pledge.recipient).join(
                Pledge, col(Pledge.article_id) == col(Article.id)
            )
        ).all()
    assert {key: recipient for _id, key, recipient in rows} == {f"e{i}": f"Recipient {i}" for i in range(700)}
    assert counts.extracted_article_ids == sorted(counts.extracted_article_ids)
    assert len(set(counts.extracted_article_ids)) == 700


def test_a_key_twice_in_one_feed_is_stored_once(engine: Engine) -> None:
    source_id = _source(engine)
    counts = _store(
        engine,
        source_id,
        [record("a", "first", funding(1e6, "Roads")), record("a", "other", funding(2e6, "Rail"))],
    )
    assert (counts.new, counts.unchanged, counts.pledges) == (1, 1, 1)
    with Session(engine) as session:
        assert session.exec(select(Article.body)).all() == ["first"]


def test_an_entry_changed_twice_in_one_feed_is_updated_twice_in_order(engine: Engine) -> None:
    source_id = _source(engine)
    _store(engine, source_id, [record("a", "v1")])
    undated = replace(record("a", "v3", funding(3e6, "Rail")), published_at=None)
    counts = _store(engine, source_id, [record("a", "v2", funding(2e6, "Roads")), undated])
    # Both texts count as updates; only the last text's pledges are stored (the first's
    # would be replaced in the same transaction).
    assert (counts.updated, counts.pledges) == (2, 1)
    with Session(engine) as session:
        article = session.exec(select(Article)).one()
        versions = session.exec(select(ArticleVersion.body).order_by(col(ArticleVersion.id))).all()
        pledges = session.exec(select(Pledge.recipient, Pledge.announced_on)).all()
    assert (article.body, article.update_count, article.published_at) == (
        "v3",
        2,
        record("a", "").published_at,
    )
    assert versions == ["v1", "v2"]
    # The second text's pledges replace the first's, dated by the date the article keeps.
    assert pledges == [("Rail", article.published_at.date())]
    assert article.first_seen_at == NOW
