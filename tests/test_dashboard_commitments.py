"""The Commitments and Method pages run headless by Streamlit's AppTest: the list and its
filters, a row's story, the delivery status form, and the figures read from the scores file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col
from streamlit.testing.v1 import AppTest

from dashboard import data
from dashboard.exporting import to_csv
from dashboard.formatting import money
from tests.support.apptest import ENTRY, TIMEOUT, open_page
from tests.support.linking import LINKING_SETS, ingest, load
from tracker.queries.commitments import COMMITMENT_FIELDS, CommitmentFilter
from tracker.schema.db import make_engine
from tracker.schema.models import Commitment, CommitmentStatusChange, Pledge

ROOT = Path(__file__).resolve().parents[1]
SCORES = ROOT / "tests" / "fixtures" / "corpus" / "scores.json"
LIST_HEADERS = {
    "ID",
    "Commitment",
    "Recipient or body",
    "Topic",
    "Kind",
    "First announced",
    "Latest mention",
    "Mentions",
    "New money",
    "Restated money",
    "Delivery status",
    "Announced by",
}


def rows_of(url: str, query: Any) -> list[Any]:
    engine = make_engine(url, writer=False)
    try:
        with engine.connect() as connection:
            return list(connection.execute(query))
    finally:
        engine.dispose()


def listed(app: AppTest) -> Any:
    return app.dataframe(key="commitments_table").value if _has_table(app) else None


def _has_table(app: AppTest) -> bool:
    return any(df.key == "commitments_table" for df in app.dataframe)


def all_time(app: AppTest) -> None:
    """Every date (the set spans more than the default period)."""
    app.selectbox(key="period_preset").set_value("All time").run()


def story_markdown(app: AppTest) -> str:
    return next(m.value for m in app.markdown if m.value.startswith("| Date | Source | Evidence"))


def column_labels(app: AppTest) -> set[str]:
    """The headers the list shows: the labels its column config gives each field."""
    table = next(df for df in app.dataframe if df.key == "commitments_table")
    config = json.loads(table.proto.columns)
    order = list(table.proto.column_order)
    return {config[name]["label"] for name in order}


def no_none(app: AppTest) -> None:
    for table in app.dataframe:
        frame = table.value
        assert not frame.isna().any().any(), f"a blank shown as None in {list(frame.columns)}"
        assert "None" not in frame.astype(str).to_numpy().ravel().tolist()
    for markdown in app.markdown:
        assert "None" not in markdown.value


def test_empty_database_says_what_to_do(db_url: str) -> None:
    app = open_page("commitments")
    assert app.info and "No pledges yet" in app.info[0].value


def test_one_row_per_commitment_with_plain_headers(seeded: str) -> None:
    app = open_page("commitments")
    frame = listed(app)
    stored = rows_of(seeded, select(col(Commitment.id)))
    assert len(frame) == min(len(stored), 200)
    assert len(set(frame["id"])) == len(frame)
    assert column_labels(app) == LIST_HEADERS
    assert frame["new_money"].iloc[0].startswith("£")
    no_none(app)


def test_filters_narrow_the_list(seeded: str) -> None:
    app = open_page("commitments")
    everything = len(listed(app))
    app.text_input(key="commitments_text").set_value("programme 3").run()
    assert set(listed(app)["commitment"]) == {"Programme 3"}
    app.text_input(key="commitments_text").set_value("").run()
    app.selectbox(key="commitments_currency").set_value("EUR").run()
    euro = listed(app)
    assert 0 < len(euro) < everything
    assert all(value.startswith("€") for value in euro["new_money"])
    app.selectbox(key="commitments_currency").set_value("").run()
    app.selectbox(key="commitments_publisher").set_value("Transport").run()
    assert all("Transport" in value for value in listed(app)["publishers"])
    app.selectbox(key="commitments_publisher").set_value("").run()
    app.multiselect(key="commitments_topics").set_value(["health"]).run()
    assert not _has_table(app) and any("No commitment matches" in i.value for i in app.info)
    app.multiselect(key="commitments_topics").set_value(["other"]).run()
    assert len(listed(app)) == everything
    app.multiselect(key="commitments_statuses").set_value(["delivered"]).run()
    assert any("No commitment matches" in i.value for i in app.info)


def test_new_money_by_topic_chart(seeded: str) -> None:
    app = open_page("commitments")
    chart = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert chart["layout"]["title"]["text"] == "New money by topic (GBP)"
    assert chart["data"][0]["y"] == ["Other"]
    assert chart["layout"]["xaxis"]["range"][0] == 0
    assert all(label.startswith("£") for label in chart["layout"]["xaxis"]["ticktext"])


def test_selecting_a_row_opens_its_story(seeded: str) -> None:
    app = open_page("commitments")
    frame = listed(app)
    app.session_state["commitments_table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    app.run()
    chosen = int(frame["id"].iloc[2])
    mentions = rows_of(
        seeded,
        select(col(Pledge.id), col(Pledge.link_role)).where(col(Pledge.commitment_id) == chosen),
    )
    story = story_markdown(app)
    lines = story.splitlines()[2:]
    assert len(lines) == len(mentions) == int(frame["mentions"].iloc[2])
    assert "First announced" in lines[0]
    roles = {"first": "First announced", "top_up": "Top-up", "restated": "Restated"}
    for role, title in roles.items():
        if any(r == role for _, r in mentions):
            assert any(f"| {title} |" in line for line in lines)
    assert all("](https://example.gov/" in line for line in lines)
    assert all("**£" in line for line in lines)  # the figure in bold
    assert app.get("plotly_chart")[1].proto.spec  # the mentions on a time axis
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Mentions"] == str(len(mentions))
    assert metrics["New money"] == frame["new_money"].iloc[2]
    no_none(app)


def test_the_story_escapes_feed_text(seeded: str) -> None:
    app = open_page("commitments")
    app.text_input(key="commitments_text").set_value("alert(2)").run()
    story = story_markdown(app)
    assert "<b>" not in story and "\\<b\\>Bold\\<\\/b\\>" in story
    assert "](javascript" not in story
    assert "\\[link\\]\\(javascript\\:alert\\(1\\)\\)" in story
    assert "**£3 million**" in story


def test_setting_a_status_keeps_its_history(seeded: str) -> None:
    app = open_page("commitments")
    first = int(listed(app)["id"].iloc[0])
    app.selectbox(key="status_choice").set_value("in_progress")
    app.text_input(key="status_reviewer").set_value("Ada")
    app.text_area(key="status_note").set_value("Contracts signed in May.")
    app.text_input(key="status_link").set_value("https://example.gov/contracts")
    app.button[0].click().run()
    assert not app.exception and not app.error
    assert any("Saved: In progress (by Ada)" in s.value for s in app.success)
    assert listed(app)["status"].iloc[0] == "In progress"
    # The form starts afresh from the saved status; the reviewer's name stays.
    assert app.selectbox(key="status_choice").value == "in_progress"
    assert app.text_area(key="status_note").value == ""
    assert app.text_input(key="status_link").value == ""
    assert app.text_input(key="status_reviewer").value == "Ada"
    history = next(df for df in app.dataframe if "change" in df.value.columns).value
    assert history["change"].tolist() == ["Announced → In progress"]
    assert history["reviewer"].tolist() == ["Ada"]
    assert history["evidence"].tolist() == ["https://example.gov/contracts"]
    stored = rows_of(
        seeded,
        select(
            col(CommitmentStatusChange.previous_status),
            col(CommitmentStatusChange.status),
            col(CommitmentStatusChange.reviewer),
            col(CommitmentStatusChange.note),
        ).where(col(CommitmentStatusChange.commitment_id) == first),
    )
    assert [tuple(r) for r in stored] == [("announced", "in_progress", "Ada", "Contracts signed in May.")]
    # The status filter now finds it.
    app.multiselect(key="commitments_statuses").set_value(["in_progress"]).run()
    assert listed(app)["id"].tolist() == [first]
    # The page's download carries it, with the fields of `tracker commitments --json`.
    assert app.get("download_button")
    rows = data.commitments_export(seeded, CommitmentFilter(statuses=("in_progress",)))
    exported = to_csv(rows, COMMITMENT_FIELDS)
    header, line = exported.decode().splitlines()
    assert "status" in header.split(",") and "in_progress" in line and line.startswith(str(first))
    # Another commitment's form shows that commitment's own status.
    app.multiselect(key="commitments_statuses").set_value([]).run()
    app.selectbox(key="status_choice").set_value("broken").run()
    app.session_state["commitments_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    app.run()
    assert app.selectbox(key="status_choice").value == "announced"


def test_a_bad_evidence_link_is_refused_and_nothing_saved(seeded: str) -> None:
    app = open_page("commitments")
    app.selectbox(key="status_choice").set_value("delivered")
    app.text_input(key="status_reviewer").set_value("Ada")
    app.text_input(key="status_link").set_value("javascript:alert(1)")
    app.button[0].click().run()
    assert any("evidence link" in e.value and "http(s)" in e.value for e in app.error)
    assert rows_of(seeded, select(col(CommitmentStatusChange.id))) == []
    app.text_input(key="status_link").set_value("")
    app.text_input(key="status_reviewer").set_value("  ")
    app.button[0].click().run()
    assert any("reviewer's name" in e.value for e in app.error)


def test_overview_leads_to_the_commitments(seeded: str) -> None:
    app = AppTest.from_file(ENTRY, default_timeout=TIMEOUT).run()
    links = app.get("page_link")
    assert any(link.proto.page == "commitments" and "commitment" in link.value for link in links)


def test_method_page_shows_the_measured_figures(db_url: str) -> None:
    app = open_page("method")
    scores = json.loads(SCORES.read_text(encoding="utf-8"))
    shown = " ".join(" ".join(df.value.astype(str).to_numpy().ravel()) for df in app.dataframe)
    for name in ("dev", "own"):
        funding = scores["sets"][name]["funding"]
        figure = f"{funding['precision']:.2f} / {funding['recall']:.2f} / {funding['f1']:.2f}"
        assert figure in shown
    blind = scores["blind_baselines"]["blind_r1_money"]["overall"]
    assert f"{blind['precision']:.2f} / {blind['recall']:.2f} / {blind['f1']:.2f}" in shown
    text = " ".join(m.value for m in [*app.markdown, *app.header])
    for word in ("new money", "Top-up", "restated", "Delivery status"):
        assert word.lower() in (text + shown).lower()
    for status in ("Announced", "In progress", "Delivered", "Broken", "Unclear"):
        assert f"| {status} | " in text
    no_none(app)


def test_method_page_without_a_scores_file_says_so(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import dashboard.data

    monkeypatch.setattr(dashboard.data, "SCORES_FILE", Path("/nonexistent/scores.json"))
    app = AppTest.from_file(ENTRY, default_timeout=TIMEOUT)
    app.run()
    app.switch_page("app_pages/method.py").run()
    assert not app.exception


def test_new_money_matches_the_cli_after_a_reannouncement(db_url: str) -> None:
    """A hand-linked set with re-announcements and top-ups: the page's new money per
    commitment is what `tracker commitments --json` says."""
    articles, _chains = load(LINKING_SETS[0])
    engine = make_engine(db_url)
    ingest(engine, articles, range(len(articles)))
    engine.dispose()
    env = {**os.environ, "TRACKER_DATABASE_URL": db_url, "TRACKER_SEED_DEFAULT_SOURCES": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "commitments", "--json", "--kind", "funding"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    cli = {row["id"]: row for row in map(json.loads, result.stdout.splitlines())}
    reannounced = [row for row in cli.values() if row["mentions"] > 1 and row["restated_money"] > 0]
    assert reannounced, "the set has a re-announced commitment"
    app = open_page("commitments")
    all_time(app)
    frame = listed(app)
    page = dict(zip(frame["id"].tolist(), frame["new_money"].tolist(), strict=True))
    for cid, row in cli.items():
        assert page[cid] == money(row["new_money"], row["currency"]), row["label"]
    # The story of the re-announced one shows every mention with its role.
    target = reannounced[0]["id"]
    index = frame["id"].tolist().index(target)
    app.session_state["commitments_table"] = {"selection": {"rows": [index], "columns": [], "cells": []}}
    app.run()
    lines = story_markdown(app).splitlines()[2:]
    assert len(lines) == reannounced[0]["mentions"]
    assert "First announced" in lines[0]
    assert all("](https://news.example/" in line for line in lines)


def test_readers_get_the_viewer_toolbar() -> None:
    """No "Deploy" or rerun buttons: `tracker run` passes the setting, and the project's
    config file sets it for `streamlit run` started from the project root."""
    import tomllib

    from tracker.cli.run_command import dashboard_command

    assert "--client.toolbarMode=viewer" in dashboard_command(8501, "localhost")
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["toolbarMode"] == "viewer"
