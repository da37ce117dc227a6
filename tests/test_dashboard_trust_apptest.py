"""The controls a journalist relies on (issue 11): one period on every page, sample data
marked and removed in one click, review beside its source with corrections kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col
from streamlit.testing.v1 import AppTest

from tests.dashboard_seed import _article, _funding, seed_url
from tests.test_dashboard_apptest import open_page, scalar
from tracker.ingest.samples import sample_url
from tracker.schema.db import make_engine
from tracker.schema.migrate import upgrade
from tracker.schema.models import Pledge, Review, Source
from tracker.store.articles import store_entries
from tracker.store.settle import settle
from tracker.store.sources import add_source
from tracker.store.writes import write_transaction

SAMPLE_PUBLISHER = "Sample: Examplia Treasury"
NOISY_TIME = r"\+00:00|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'trust.db'}"
    upgrade(url)
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE_NETWORKS", "false")
    return url


@pytest.fixture
def seeded(db_url: str) -> str:
    seed_url(db_url)
    return db_url


def add_sample(url: str) -> int:
    """A bundled sample source with one article (as `tracker run` would have added it)."""
    engine = make_engine(url)
    try:
        when = datetime(2025, 3, 3, tzinfo=UTC)
        with write_transaction(engine) as session:
            source = add_source(
                session, sample_url("treasury-news.atom"), now=when, publisher=SAMPLE_PUBLISHER
            )
            record = _article(
                "sample-1", "Invented budget", when, [_funding(9e8, "GBP", "Examplia Fund", "new", "£")]
            )
            counts = store_entries(
                session, source.id or 0, [record], now=when, extractor_version="t", max_updates=3
            )
            settle(
                session,
                linked_articles=counts.extracted_article_ids,
                months={(source.id or 0, m) for m in counts.months},
            )
            return int(source.id or 0)
    finally:
        engine.dispose()


def go(app: AppTest, page: str) -> AppTest:
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def captions(app: AppTest) -> str:
    return " ".join(c.value for c in app.caption)


def test_the_period_defaults_to_all_time_and_is_kept_across_pages(seeded: str) -> None:
    app = open_page("overview")
    assert app.selectbox(key="period_preset").value == "All time"
    assert "Period: All time" in captions(app)
    all_time = {m.label: m.value for m in app.metric}["Pledges"]
    go(app, "explorer")
    everything = app.caption
    app.selectbox(key="period_preset").set_value("Choose dates").run()
    app.date_input(key="period_range").set_value(
        (datetime(2025, 1, 1).date(), datetime(2025, 3, 31).date())
    ).run()
    assert "Period: 1 Jan 2025 – 31 Mar 2025" in captions(app)
    assert captions(app) != " ".join(c.value for c in everything)
    for page in ("overview", "timeline", "explorer", "overview"):
        go(app, page)
        assert app.selectbox(key="period_preset").value == "Choose dates", page
        assert "1 Jan 2025 – 31 Mar 2025" in captions(app), page
    assert {m.label: m.value for m in app.metric}["Pledges"] != all_time


def test_sample_data_is_marked_on_every_page_and_removed_with_one_button(seeded: str) -> None:
    sample_id = add_sample(seeded)
    app = open_page("overview")
    for page in ("overview", "explorer", "timeline", "sources", "review"):
        go(app, page)
        banner = " ".join(w.value for w in app.warning)
        assert "Sample data." in banner and "1 of the 5 sources is a bundled sample" in banner, page
        assert app.button(key="remove_samples").label == "Remove all sample data"
    go(app, "sources")
    table = app.dataframe[0].value
    sample_row = table[table["id"] == sample_id]
    assert list(sample_row["sample"]) == ["Sample"] and list(sample_row["name"]) == [SAMPLE_PUBLISHER]
    assert set(table[table["id"] != sample_id]["sample"]) == {""}

    app.button(key="remove_samples").click().run()

    assert not app.exception
    assert any("Removed 1 sample source with 1 article" in s.value for s in app.success)
    assert not any("Sample data." in w.value for w in app.warning)
    assert scalar(seeded, select(func.count()).where(col(Source.id) == sample_id)) == 0
    assert scalar(seeded, select(func.count()).where(col(Pledge.source_id) == sample_id)) == 0
    go(app, "overview")
    assert not any("Sample data." in w.value for w in app.warning)


def _save(app: AppTest) -> Any:
    return next(button for button in app.button if button.label == "Save decision")


def _funding_pick(app: AppTest) -> int:
    option = next(o for o in app.selectbox(key="review_pick").options if "Funding" in o)
    return int(option.split()[0].lstrip("#"))


def test_review_shows_the_source_and_preselects_nothing(seeded: str) -> None:
    app = open_page("review")
    pledge_id = _funding_pick(app)
    app.selectbox(key="review_pick").set_value(pledge_id).run()
    radio = app.radio(key=f"decision_{pledge_id}")
    assert radio.value is None and radio.index is None
    text = " ".join(m.value for m in app.markdown)
    title = scalar(seeded, select(Pledge.evidence).where(col(Pledge.id) == pledge_id))
    assert "Announcement" in text  # the article's title
    assert "**" in text and str(title).split()[0] in text  # the paragraph with the evidence in bold
    assert "announced" in captions(app) and "published" in captions(app)
    assert app.get("link_button"), "the article's link"
    app.text_input(key="reviewer").set_value("Ada Editor")
    _save(app).click().run()
    assert any("Choose a decision first" in e.value for e in app.error)
    assert scalar(seeded, select(func.count()).select_from(Review)) == 0


def test_next_and_previous_move_through_the_queue(seeded: str) -> None:
    app = open_page("review")
    ids = list(app.selectbox(key="review_pick").options)
    first = app.selectbox(key="review_pick").value
    app.button(key="review_next").click().run()
    second = app.selectbox(key="review_pick").value
    assert second != first
    app.button(key="review_previous").click().run()
    assert app.selectbox(key="review_pick").value == first
    app.button(key="review_previous").click().run()  # from the first, round to the last
    assert app.selectbox(key="review_pick").value != first and len(ids) > 2


def test_a_correction_keeps_the_machine_value_and_says_both(seeded: str) -> None:
    app = open_page("review")
    pledge_id = _funding_pick(app)
    app.selectbox(key="review_pick").set_value(pledge_id).run()
    machine = float(scalar(seeded, select(col(Pledge.amount)).where(col(Pledge.id) == pledge_id)))  # type: ignore[arg-type]
    amount = app.number_input(key=f"fix_{pledge_id}_amount")
    assert amount.label == "Amount (GBP)" and amount.value == machine
    app.text_input(key="reviewer").set_value("Ada Editor")
    app.radio(key=f"decision_{pledge_id}").set_value("Correct")
    amount.set_value(51_000_000.0)
    _save(app).click().run()
    assert not app.error, [e.value for e in app.error]
    assert scalar(seeded, select(col(Pledge.amount)).where(col(Pledge.id) == pledge_id)) == 51e6
    assert json.loads(str(scalar(seeded, select(col(Review.original))))) == {"amount": machine}
    recent = app.table[-1].value  # Recent decisions, as escaped Markdown
    decision = str(recent["Decision"].iloc[0]).replace("\\", "")
    assert decision.startswith("Corrected: Amount: machine said £")
    assert "corrected to £51m by Ada Editor on" in decision
    assert str(recent["Pledge"].iloc[0]).replace("\\", "").startswith("Funding, £51m, Programme")
    # The name is kept for the session: another page and back.
    go(app, "overview")
    go(app, "review")
    assert app.text_input(key="reviewer").value == "Ada Editor"
    # The explorer shows the pledge with both readings too.
    go(app, "explorer")
    app.multiselect(key="explorer_statuses").set_value(["corrected"]).run()
    said = captions(app).replace("\\", "")
    assert "Corrected: Amount: machine said £" in said and "corrected to £51m by Ada Editor" in said


@pytest.mark.parametrize("page", ["overview", "explorer", "timeline", "sources", "review"])
def test_every_table_reads_as_plain_language(seeded: str, page: str) -> None:
    """Tables draw on a canvas in the browser, so what each is given is checked here: a
    plain header for every column shown, blank (not "None") empty cells, no raw values."""
    add_sample(seeded)
    app = open_page(page)
    if page == "review":  # a decision, so "Recent decisions" is drawn too
        pledge_id = _funding_pick(app)
        app.selectbox(key="review_pick").set_value(pledge_id).run()
        app.text_input(key="reviewer").set_value("Ada Editor")
        app.radio(key=f"decision_{pledge_id}").set_value("Confirm")
        _save(app).click().run()
    assert app.dataframe or app.table, page
    for frame in app.dataframe:
        proto = frame.proto
        assert proto.HasField("placeholder") and proto.placeholder == "", page
        config = json.loads(proto.columns or "{}")
        for name in proto.column_order:
            label = config.get(name, {}).get("label") or ""
            assert label and "_" not in label, (page, name, label)
        values = frame.value
        assert not (values.astype(object) == "None").any().any(), page
        for name in proto.column_order:
            assert not values[name].astype(str).str.contains(NOISY_TIME).any(), (page, name)
    for small in app.table:  # short tables read in full: their headers are the labels
        values = small.value
        assert all("_" not in str(label) for label in values.columns), page
        assert not (values.astype(object) == "None").any().any(), page
        for label in values.columns:
            assert not values[label].astype(str).str.contains(NOISY_TIME).any(), (page, label)
