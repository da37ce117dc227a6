"""Pure helpers of the Commitments and Method pages: links, the mentions table, ticks, scores."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.commitment_charts import mention_timeline, money_by_topic, money_ticks
from dashboard.formatting import markdown_link, mentions_markdown, score_rows, title_of
from tracker.domain.kinds import DELIVERY_TITLES, ROLE_TITLES, DeliveryStatus, LinkRole


def test_every_role_and_status_has_a_title() -> None:
    assert set(ROLE_TITLES) == {role.value for role in LinkRole}
    assert set(DELIVERY_TITLES) == {status.value for status in DeliveryStatus}
    assert title_of(ROLE_TITLES, "top_up") == "Top-up"
    assert title_of(ROLE_TITLES, None) == ""
    assert title_of(ROLE_TITLES, "some_new_role") == "some new role"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.gov/a", "[Title](https://example.gov/a)"),
        ("https://example.gov/a_(b) c", "[Title](https://example.gov/a_%28b%29%20c)"),
        ("https://example.gov/x)<script>", "[Title](https://example.gov/x%29%3Cscript%3E)"),
        ("javascript:alert(1)", "Title"),
        (None, "Title"),
        ("/relative", "Title"),
    ],
)
def test_markdown_links_go_only_to_http_and_cannot_be_broken_out_of(url: str | None, expected: str) -> None:
    assert markdown_link(url, "Title") == expected


def test_a_link_text_is_escaped() -> None:
    assert markdown_link("https://x.gov", "[a](javascript:b)") == (
        "[\\[a\\]\\(javascript\\:b\\)](https://x.gov)"
    )


def _mention(**extra: object) -> dict[str, object]:
    return {
        "announced_on": date(2025, 3, 4),
        "source": "Treasury | News",
        "evidence": "We will give £75 million to the <b>Fund</b>.",
        "link_role": "first",
        "amount": 75e6,
        "currency": "GBP",
        "new_money": 75e6,
        "url": "https://example.gov/a",
        "title": "Budget *day*",
        **extra,
    }


def test_the_mentions_table_escapes_feed_text_and_bolds_the_figure() -> None:
    table = mentions_markdown([_mention(), _mention(link_role="restated", new_money=0.0, url="data:x")])
    header, _rule, first, second = table.splitlines()
    assert header.startswith("| Date | Source | Evidence | Role |")
    assert first.count(" | ") == second.count(" | ") == 6  # the pipe in the source is escaped
    assert "Treasury \\| News" in first
    assert "**£75 million**" in first and "\\<b\\>Fund\\<\\/b\\>" in first
    assert "| First announced |" in first and "[Budget \\*day\\*](https://example.gov/a)" in first
    assert "| Restated |" in second and "| £0 |" in second
    assert "](data" not in second and "Budget \\*day\\*" in second


def test_a_mention_without_money_has_blank_money_cells() -> None:
    table = mentions_markdown([_mention(amount=None, new_money=None, currency=None, name="Office X")])
    cells = table.splitlines()[2].split(" | ")
    assert cells[4:6] == [" ", " "]
    assert "None" not in table


@pytest.mark.parametrize(
    ("top", "values", "labels"),
    [
        (314e6, [0, 100e6, 200e6, 300e6, 400e6], ["£0", "£100m", "£200m", "£300m", "£400m"]),
        (2.2e9, [0, 1e9, 2e9, 3e9], ["£0", "£1bn", "£2bn", "£3bn"]),
        (0, [0], ["£0"]),
    ],
)
def test_money_ticks_start_at_zero_and_read_as_money(
    top: float, values: list[float], labels: list[str]
) -> None:
    found_values, found_labels = money_ticks(top, "GBP")
    assert found_values == pytest.approx(values)
    assert found_labels == labels
    assert found_values[-1] >= top


def test_topic_chart_keeps_one_currency_and_fixed_colours() -> None:
    rows = [
        {"topic": "health", "currency": "GBP", "new_money": 5e6},
        {"topic": "transport", "currency": "GBP", "new_money": 9e6},
        {"topic": "health", "currency": "EUR", "new_money": 7e9},
    ]
    figure = money_by_topic(rows, "GBP")
    bars = figure.data[0]
    assert list(bars.y) == ["Health", "Transport"] and list(bars.x) == [5e6, 9e6]
    alone = money_by_topic(rows[:1], "GBP").data[0]
    assert alone.marker.color[0] == bars.marker.color[0]  # health keeps its colour


def test_the_mention_timeline_escapes_hover_text() -> None:
    figure = mention_timeline([_mention(source="<img src=x>")])
    assert "<img" not in figure.data[0].hovertext[0] and "&lt;img src=x&gt;" in figure.data[0].hovertext[0]
    assert list(figure.data[0].y) == ["First announced"]


def test_score_rows_read_the_named_sets_in_order() -> None:
    figures = {"precision": 0.9, "recall": 0.8, "f1": 0.847}
    sets = {"b": {"funding": figures}, "a": {"overall": figures}, "_note": "text"}
    rows = score_rows(sets, {"a": "Set A", "b": "Set B", "missing": "Nothing"})
    assert [r["set"] for r in rows] == ["Set A", "Set B"]
    assert rows[0]["All kinds"] == "0.90 / 0.80 / 0.85" and rows[0]["Funding"] == ""
    assert rows[1]["Funding"] == "0.90 / 0.80 / 0.85"
