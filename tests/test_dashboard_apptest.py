"""The dashboard run headless by Streamlit's AppTest, on an empty and on a seeded database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col
from streamlit.testing.v1 import AppTest

from tests.dashboard_seed import XSS_TITLE
from tests.support.apptest import open_page
from tracker.schema.db import make_engine
from tracker.schema.models import Pledge, PledgeSummary, Review, Source

PAGES = ("overview", "explorer", "timeline", "sources", "review")


def scalar(url: str, query: object) -> object:
    engine = make_engine(url, writer=False)
    try:
        with engine.connect() as connection:
            return connection.execute(query).scalar_one()  # type: ignore[call-overload]
    finally:
        engine.dispose()


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_an_empty_state(db_url: str, page: str) -> None:
    app = open_page(page)
    assert app.info or app.metric, f"{page} shows nothing on an empty database"


def test_a_fresh_database_file_is_migrated_on_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fresh").mkdir()
    monkeypatch.setenv("TRACKER_DATABASE_URL", f"sqlite:///{tmp_path / 'fresh' / 'new.db'}")
    app = open_page("overview")
    assert app.info


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_seeded_database(seeded: str, page: str) -> None:
    app = open_page(page)
    assert not app.error


def test_overview_headline_and_charts(seeded: str) -> None:
    app = open_page("overview")
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["New money pledged"].startswith("£")
    assert metrics["Sources failing"] == "1 of 4"  # as `tracker stats` counts: the last check failed
    assert metrics["Units created"] == "48"
    charts = app.get("plotly_chart")
    assert [c.key for c in charts] == ["cumulative", "money_new", "recipients"]
    # New or restated money per month: one chart at a time (tabs drew the hidden one too).
    app.radio(key="overview_scope").set_value("restated").run()
    assert [c.key for c in app.get("plotly_chart")] == ["cumulative", "money_restated", "recipients"]


def test_overview_switches_currency_without_mixing(seeded: str) -> None:
    app = open_page("overview")
    app.selectbox(key="overview_currency").set_value("EUR").run()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["New money pledged"].startswith("€")


def _table_rows(app: AppTest) -> int:
    return len(app.dataframe[0].value)


def test_explorer_filters_change_the_table(seeded: str) -> None:
    app = open_page("explorer")
    everything = _table_rows(app)
    app.multiselect(key="explorer_kinds").set_value(["unit"]).run()
    units = app.dataframe[0].value
    assert 0 < len(units) < everything and set(units["kind"]) == {"New unit or body"}
    app.text_input(key="explorer_person").set_value("Unit 105").run()
    assert list(app.dataframe[0].value["about"]) == ["Unit 105 (part of Office 1)"]


def test_explorer_text_search_is_literal(seeded: str) -> None:
    app = open_page("explorer")
    app.text_input(key="explorer_evidence").set_value("%' OR 1=1 --").run()
    assert not app.exception
    assert any("No pledge matches" in i.value for i in app.info)


def test_explorer_shows_evidence_article_and_exports(seeded: str) -> None:
    app = open_page("explorer")
    app.text_input(key="explorer_recipient").set_value("alert(2)").run()
    assert _table_rows(app) == 1
    texts = " ".join(m.value for m in app.markdown)
    assert "**\\<img src\\=x onerror\\=alert\\(1\\)\\>" in texts  # the XSS title, escaped
    assert "<script>" not in texts.replace("\\<script\\>", "")
    assert "**£3 million**" in texts  # the figure highlighted
    assert len(app.get("download_button")) == 2


def test_timeline_filters_by_publisher(seeded: str) -> None:
    app = open_page("timeline")
    everything = len(app.dataframe[0].value)
    first_source = app.multiselect(key="timeline_sources").options[0]
    app.multiselect(key="timeline_sources").select(first_source).run()
    assert 0 < len(app.dataframe[0].value) < everything


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("file:///etc/passwd", "file: URLs are refused"),
        ("http://127.0.0.1/", "Refused"),
        ("not-a-url", "not an absolute URL"),
        ("javascript:alert(1)", "javascript: URLs are refused"),
    ],
)
def test_a_bad_source_is_refused_and_nothing_saved(seeded: str, url: str, says: str) -> None:
    before = scalar(seeded, select(func.count()).select_from(Source))
    app = open_page("sources")
    app.text_input(key="add_url").set_value(url)
    app.button[0].click().run()  # the form's submit button comes first
    assert not app.exception
    errors = " ".join(e.value for e in app.error)
    assert says in errors.replace("\\", ""), errors
    assert "Nothing was saved" in errors
    assert scalar(seeded, select(func.count()).select_from(Source)) == before


def test_a_good_source_is_added_and_can_be_disabled(db_url: str) -> None:
    app = open_page("sources")
    app.text_input(key="add_url").set_value("https://8.8.8.8/feed.xml")
    app.button[0].click().run()
    assert any("Added" in s.value for s in app.success), [e.value for e in app.error]
    assert scalar(db_url, select(func.count()).select_from(Source)) == 1
    app.button(key="disable").click().run()
    assert scalar(db_url, select(col(Source.enabled))) is False


def save(app: AppTest) -> Any:
    return next(button for button in app.button if button.label == "Save decision")


def _gbp_new_total(url: str) -> float:
    query = select(func.sum(col(PledgeSummary.new_money) + col(PledgeSummary.restated_money))).where(
        col(PledgeSummary.kind) == "funding", col(PledgeSummary.currency) == "GBP"
    )
    return float(scalar(url, query))  # type: ignore[arg-type]


def test_a_rejection_persists_and_leaves_the_totals(seeded: str) -> None:
    app = open_page("review")
    first = app.selectbox(key="review_pick").value
    # Pick a GBP funding pledge so the money totals change too.
    funding = next(o for o in app.selectbox(key="review_pick").options if "Funding" in o)
    pledge_id = int(funding.split()[0].lstrip("#"))
    assert first is not None
    app.selectbox(key="review_pick").set_value(pledge_id).run()
    amount = float(scalar(seeded, select(col(Pledge.amount)).where(col(Pledge.id) == pledge_id)))  # type: ignore[arg-type]
    before = _gbp_new_total(seeded)
    app.text_input(key="reviewer").set_value("Ada Editor")
    app.radio(key=f"decision_{pledge_id}").set_value("Reject")
    save(app).click().run()
    assert not app.exception and not app.error, [e.value for e in app.error]
    assert any("rejected by Ada Editor" in s.value for s in app.success)
    assert scalar(seeded, select(col(Pledge.review_status)).where(col(Pledge.id) == pledge_id)) == "rejected"
    assert scalar(seeded, select(col(Review.reviewer))) == "Ada Editor"
    assert _gbp_new_total(seeded) == pytest.approx(before - amount)
    assert pledge_id not in app.selectbox(key="review_pick").options


def test_a_correction_is_stored(seeded: str) -> None:
    app = open_page("review")
    pledge_id = app.selectbox(key="review_pick").value
    kind = scalar(seeded, select(col(Pledge.kind)).where(col(Pledge.id) == pledge_id))
    field = {"funding": "recipient", "unit": "name", "appointment": "person", "headcount": "role"}[str(kind)]
    app.text_input(key="reviewer").set_value("Ada Editor")
    app.radio(key=f"decision_{pledge_id}").set_value("Correct")
    app.text_input(key=f"fix_{pledge_id}_{field}").set_value("Corrected value")
    save(app).click().run()
    assert not app.error, [e.value for e in app.error]
    assert (
        scalar(seeded, select(getattr(Pledge, field)).where(col(Pledge.id) == pledge_id)) == "Corrected value"
    )
    assert scalar(seeded, select(col(Pledge.review_status)).where(col(Pledge.id) == pledge_id)) == "corrected"


def test_xss_title_never_reaches_markdown_unescaped(seeded: str) -> None:
    for page in PAGES:
        app = open_page(page)
        for element in app.markdown:
            assert XSS_TITLE not in element.value, page


def test_warming_fills_every_cache_the_first_page_reads(seeded: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """dashboard/serve.py warms the Overview before the first visit: after it, the first
    visit runs none of the Overview's queries."""
    import streamlit as st

    from dashboard import data
    from tracker.queries import health, overview, stats

    st.cache_data.clear()
    data.warm_overview()

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a query ran although it was warmed")

    for module, name in [
        (overview, "summary_span"),
        (overview, "money_by_currency"),
        (overview, "headline"),
        (overview, "money_by_month"),
        (overview, "top_recipients"),
        (overview, "latest_pledges"),
        (health, "failing_spans"),
        (health, "sources_health"),
        (stats, "source_health_counts"),
    ]:
        monkeypatch.setattr(module, name, refuse)
    app = open_page("overview")
    assert not app.exception and not app.error
    assert {m.label for m in app.metric} >= {"New money pledged", "Pledges"}
