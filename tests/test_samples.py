"""Bundled sample data: named as invented, removed in one step with everything derived from it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlmodel import col

from tests.dashboard_seed import _article, _funding
from tracker.core.config import load_settings
from tracker.domain.samples import SAMPLE_PUBLISHERS, is_sample_url
from tracker.ingest.samples import sample_names, sample_url
from tracker.runtime import services
from tracker.runtime.default_sources import PUBLIC_SOURCES, seed_default_sources
from tracker.schema.models import Article, Commitment, Pledge, PledgeSummary, Source
from tracker.store.articles import store_entries
from tracker.store.settle import settle
from tracker.store.sources import add_source
from tracker.store.summary_bulk import rebuild_summary
from tracker.store.writes import write_transaction

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _scalar(engine: Engine, query: object) -> object:
    with engine.connect() as connection:
        return connection.execute(query).scalar_one()  # type: ignore[call-overload]


def _summary(engine: Engine) -> list[tuple[object, ...]]:
    columns = (PledgeSummary.month, PledgeSummary.source_id, PledgeSummary.kind, PledgeSummary.currency)
    query = select(*columns, PledgeSummary.pledges, PledgeSummary.new_money, PledgeSummary.restated_money)
    with engine.connect() as connection:
        return sorted(tuple(row) for row in connection.execute(query.order_by(*columns)))


def _source_with(engine: Engine, url: str, publisher: str, key: str, day: datetime, scope: str) -> int:
    with write_transaction(engine) as session:
        source = add_source(session, url, now=NOW - timedelta(days=300), publisher=publisher)
        record = _article(key, f"Bus money {key}", day, [_funding(75e6, "GBP", "Rural Bus Fund", scope, "£")])
        counts = store_entries(
            session, source.id or 0, [record], now=NOW, extractor_version="t", max_updates=3
        )
        settle(
            session,
            linked_articles=counts.extracted_article_ids,
            months={(source.id or 0, m) for m in counts.months},
        )
        return int(source.id or 0)


def test_sample_publishers_are_named_as_samples() -> None:
    assert set(SAMPLE_PUBLISHERS) == set(sample_names())
    real = set(PUBLIC_SOURCES.values())
    for publisher in SAMPLE_PUBLISHERS.values():
        assert publisher.startswith("Sample: ") and publisher not in real
    assert is_sample_url(sample_url(sample_names()[0])) and not is_sample_url("https://gov.uk/x.atom")


def test_removing_samples_recomputes_shared_commitments(engine: Engine) -> None:
    sample = _source_with(
        engine, sample_url("treasury-news.atom"), "Sample: X", "s1", NOW - timedelta(days=90), "new"
    )
    real = _source_with(
        engine, "https://real.example.gov/feed", "Real", "r1", NOW - timedelta(days=30), "new"
    )
    # The real article re-announces the sample's £75m: no new money while the sample is there.
    assert _scalar(engine, select(col(Pledge.new_money)).where(col(Pledge.source_id) == real)) == 0
    assert _scalar(engine, select(func.count()).select_from(Commitment)) == 1

    removed = services.remove_samples(engine)

    assert (removed.sources, removed.articles, removed.pledges) == (1, 1, 1)
    assert _scalar(engine, select(func.count()).select_from(Source)) == 1
    assert _scalar(engine, select(func.count()).where(col(Article.source_id) == sample)) == 0
    assert _scalar(engine, select(col(Pledge.link_role))) == "first"
    assert _scalar(engine, select(col(Pledge.new_money))) == 75e6
    assert _scalar(engine, select(col(Commitment.new_money))) == 75e6
    settled = _summary(engine)
    with write_transaction(engine) as session:
        rebuild_summary(session)
    assert settled == _summary(engine) and {row[1] for row in settled} == {real}
    assert services.remove_samples(engine).sources == 0


def test_cli_says_it_adds_defaults_and_removes_samples(database_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "TRACKER_DATABASE_URL": database_url,
        "TRACKER_DATA_DIR": str(tmp_path),
        "TRACKER_SEED_DEFAULT_SOURCES": "1",
        "COLUMNS": "200",
    }

    def tracker(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", *args], env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        return done

    samples = [arg for name in sample_names() for arg in ("--source", sample_url(name))]
    first = tracker("ingest", *samples)
    total, bundled = len(sample_names()) + len(PUBLIC_SOURCES), len(sample_names())
    assert f"Added {total} default sources ({bundled} bundled samples" in first.stdout
    assert "remove-samples" in first.stdout
    before = json.loads(tracker("stats", "--json").stdout)
    assert before["pledges"] > 0 and before["sources"] == len(sample_names()) + len(PUBLIC_SOURCES)
    second = tracker("ingest", *samples)
    assert "default sources" not in second.stdout  # said once, when they were added

    removed = tracker("remove-samples").stdout
    assert f"Removed {len(sample_names())} sample sources with {before['articles']:,} articles" in removed
    after = json.loads(tracker("stats", "--json").stdout)
    assert (after["sources"], after["articles"], after["pledges"]) == (len(PUBLIC_SOURCES), 0, 0)
    assert "nothing removed" in tracker("remove-samples").stdout
    from tracker.schema.db import make_engine

    engine = make_engine(database_url)
    try:
        assert _scalar(engine, select(func.count()).select_from(Commitment)) == 0
        assert _scalar(engine, select(func.count()).select_from(PledgeSummary)) == 0
    finally:
        engine.dispose()


def test_seeding_reports_what_it_added(database_url: str, tmp_path: Path) -> None:
    from tracker.schema.db import make_engine

    engine = make_engine(database_url)
    try:
        config = load_settings(database_url=database_url, data_dir=tmp_path)
        seeded = seed_default_sources(engine, config)
        assert (seeded.added, seeded.samples) == (
            len(sample_names()) + len(PUBLIC_SOURCES),
            len(sample_names()),
        )
        assert seed_default_sources(engine, config).message() == ""
        with engine.connect() as connection:
            publishers = dict(connection.execute(select(col(Source.url), col(Source.publisher))).all())
        assert {publishers[sample_url(n)] for n in sample_names()} == set(SAMPLE_PUBLISHERS.values())
    finally:
        engine.dispose()
