"""Pure chart builders and text helpers: escaped labels, one currency, shading, safe text."""

from __future__ import annotations

import json
from datetime import date

import orjson
import pytest

from dashboard import charts
from dashboard.exporting import to_csv, to_json
from dashboard.formatting import escape_markdown, figure_span, highlighted_markdown, money, safe_link
from tracker.queries.export import EXPORT_FIELDS
from tracker.queries.health import FailingSpan
from tracker.queries.overview import MoneyMonth

XSS = "<img src=x onerror=alert(1)><script>alert(1)</script>"
SPANS = [FailingSpan(date(2025, 2, 3), date(2025, 2, 9), 2)]
ROWS = [
    MoneyMonth(date(2025, 1, 1), "Treasury", "new", 5e6),
    MoneyMonth(date(2025, 2, 1), "Treasury", "new", 2e6),
    MoneyMonth(date(2025, 2, 1), XSS, "new", 1e6),
    MoneyMonth(date(2025, 2, 1), "Treasury", "restated", 9e6),
]


def _raw_html_in(figure: object) -> bool:
    text = figure.to_json()  # type: ignore[attr-defined]
    return "<script>" in text or "<img" in text


def test_money_per_month_stacks_publishers_for_one_scope() -> None:
    fig = charts.money_per_month(ROWS, "GBP", "new", SPANS)
    bars = [t for t in fig.data if t.type == "bar"]
    assert fig.layout.barmode == "stack"
    assert sorted(t.name for t in bars) == sorted(["Treasury", charts.esc(XSS)])
    treasury = next(t for t in bars if t.name == "Treasury")
    assert list(treasury.y) == [5e6, 2e6]  # the restated 9m is not in the new-money chart
    assert not _raw_html_in(fig)
    restated = charts.money_per_month(ROWS, "GBP", "restated")
    assert [list(t.y) for t in restated.data] == [[9e6]]


def test_failing_spans_are_shaded_with_a_legend_entry() -> None:
    fig = charts.cumulative_money([(date(2025, 1, 1), 5e6), (date(2025, 2, 1), 8e6)], "GBP", SPANS)
    assert len(fig.layout.shapes) == 1
    assert fig.layout.shapes[0].x0 == "2025-02-03" and fig.layout.shapes[0].x1 == "2025-02-10"
    assert charts.FAILING_LABEL in [t.name for t in fig.data]
    assert len(charts.cumulative_money([], "GBP").layout.shapes) == 0


def test_cumulative_money_hover_names_the_currency() -> None:
    fig = charts.cumulative_money([(date(2025, 1, 1), 5e6), (date(2025, 2, 1), 8e6)], "EUR")
    assert list(fig.data[0].customdata) == ["€5m", "€8m"]
    assert "EUR" in fig.layout.title.text


def test_top_recipients_escapes_labels_and_hover() -> None:
    rows = [
        {"recipient": "NHS", "amount": 9e6, "pledges": 4},
        {"recipient": XSS, "amount": 3e6, "pledges": 1},
    ]
    fig = charts.top_recipients(rows, "GBP")
    assert fig.data[0].y[-1] == "NHS"  # the largest at the top
    assert fig.data[0].y[0].startswith("&lt;img src=x") and fig.data[0].y[0].endswith("…")
    assert fig.data[0].customdata[0][2] == charts.esc(XSS)  # the full name in the hover
    assert not _raw_html_in(fig)


def test_timeline_hover_is_escaped_and_complete() -> None:
    events = [
        {
            "date": date(2025, 1, 5),
            "kind": "unit",
            "name": XSS,
            "parent": "Home Office",
            "person": None,
            "role": None,
            "organisation": None,
            "publisher": "Home",
        },
        {
            "date": date(2025, 1, 6),
            "kind": "appointment",
            "name": None,
            "parent": None,
            "person": "Jo Bloggs",
            "role": "Chair",
            "organisation": "Board",
            "publisher": "Home",
        },
    ]
    fig = charts.timeline(events, SPANS)
    unit, appointment = fig.data[0], fig.data[1]
    assert unit.name == "Units created" and appointment.name == "Appointments"
    assert "Parent body</b>: Home Office" in unit.text[0] and charts.esc(XSS) in unit.text[0]
    assert "Jo Bloggs" in appointment.text[0] and "Chair" in appointment.text[0]
    assert not _raw_html_in(fig)


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        (1.5e9, "GBP", "£1.5bn"),
        (3e6, "EUR", "€3m"),
        (12_500, "USD", "$12,500"),
        (2e6, "JPY", "JPY 2m"),
        (None, "GBP", ""),
    ],
)
def test_money(amount: float | None, currency: str, shown: str) -> None:
    assert money(amount, currency) == shown


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://gov.uk/news", True),
        ("http://example.org/a?b=1", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<b>", False),
        ("/relative", False),
        ("  JAVASCRIPT:alert(1)", False),
        (None, False),
    ],
)
def test_only_http_links(url: str | None, safe: bool) -> None:
    assert (safe_link(url) is not None) is safe


def test_escape_markdown_makes_every_construct_inert() -> None:
    text = "[x](javascript:alert(1)) ![i](http://e/x.png) **b** <b>h</b> :red[c] $x$ # head\nline"
    escaped = escape_markdown(text)
    # Every punctuation character is preceded by a backslash, so nothing is markup.
    for index, ch in enumerate(escaped):
        if ch in "[]()!*<>:$#" and (index == 0 or escaped[index - 1] != "\\"):
            pytest.fail(f"unescaped {ch!r} at {index} in {escaped!r}")
    assert "\n" not in escaped


def test_the_figure_is_highlighted_after_escaping() -> None:
    evidence = "An extra £75 million for the <Border> Command."
    assert evidence[slice(*figure_span(evidence) or (0, 0))] == "£75 million"
    assert highlighted_markdown(evidence) == "An extra **£75 million** for the \\<Border\\> Command\\."
    assert highlighted_markdown("Jo Bloggs was appointed.", ("jo bloggs",)).startswith("**Jo Bloggs**")
    assert highlighted_markdown("No figure here.") == "No figure here\\."


def test_csv_neutralises_formulas_and_json_keeps_dates() -> None:
    blank = dict.fromkeys(EXPORT_FIELDS)
    rows = [
        {**blank, "pledge_id": 1, "recipient": '=HYPERLINK("http://evil")', "announced_on": date(2025, 1, 2)}
    ]
    csv_text = to_csv(rows).decode()
    assert "'=HYPERLINK" in csv_text
    assert json.loads(to_json(rows))[0]["announced_on"] == "2025-01-02"
    assert to_csv([]).decode().strip() == ",".join(EXPORT_FIELDS) and orjson.loads(to_json([])) == []
