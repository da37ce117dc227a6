"""Pure chart builders and text helpers: escaped labels, one currency, shading, safe text."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import orjson
import pytest

from dashboard import charts
from dashboard.exporting import to_csv, to_json
from dashboard.formatting import (
    CONTEXT_CHARS,
    display_row,
    escape_markdown,
    figure_span,
    highlighted_markdown,
    money,
    paragraph_around,
    paragraph_markdown,
    period_words,
    safe_link,
)
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
    assert [c[0] for c in fig.data[0].customdata] == ["€5m", "€8m"]
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


@pytest.mark.parametrize(
    ("top", "currency", "values", "labels"),
    [
        (6.4e9, "GBP", [0, 2e9, 4e9, 6e9, 8e9], ["0", "£2bn", "£4bn", "£6bn", "£8bn"]),
        (
            1.2e9,
            "GBP",
            [0, 2.5e8, 5e8, 7.5e8, 1e9, 1.25e9],
            ["0", "£250m", "£500m", "£750m", "£1bn", "£1.25bn"],
        ),
        (9e6, "EUR", [0, 2e6, 4e6, 6e6, 8e6, 1e7], ["0", "€2m", "€4m", "€6m", "€8m", "€10m"]),
        (
            45_000,
            "USD",
            [0, 1e4, 2e4, 3e4, 4e4, 5e4],
            ["0", "$10,000", "$20,000", "$30,000", "$40,000", "$50,000"],
        ),
        (0, "GBP", [0, 1.0], ["0", "£1"]),
        (
            2.5e6,
            "JPY",
            [0, 5e5, 1e6, 1.5e6, 2e6, 2.5e6],
            ["0", "JPY 500,000", "JPY 1m", "JPY 1.5m", "JPY 2m", "JPY 2.5m"],
        ),
    ],
)
def test_money_ticks_start_at_zero_in_the_currency_short_form(
    top: float, currency: str, values: list[float], labels: list[str]
) -> None:
    got_values, got_labels = charts.money_ticks(top, currency)
    assert got_values == pytest.approx(values) and got_labels == labels
    assert got_values[0] == 0 and got_values[-1] >= top


@pytest.mark.parametrize(
    ("totals", "chosen"),
    [
        ({"GBP": 5e9, "EUR": 9e9}, "EUR"),
        ({"GBP": 5e9, "EUR": 1e6, "USD": 2e6}, "GBP"),
        ({"USD": 1.0, "EUR": 1.0}, "EUR"),  # a tie: alphabetical
        ({}, "GBP"),
    ],
)
def test_default_currency_is_the_one_with_the_most_money(totals: dict[str, float], chosen: str) -> None:
    assert charts.default_currency(totals) == chosen


@pytest.mark.parametrize("name", ["Sample: Examplia Treasury", "HM Treasury", "Health", XSS])
def test_colours_depend_on_the_name_alone(name: str) -> None:
    colour = charts.colour_of(name)
    assert colour in charts.PALETTE and charts.colour_of(name) == colour
    before = charts.money_per_month([MoneyMonth(date(2025, 1, 1), name, "new", 1e6)], "GBP", "new")
    crowded = [MoneyMonth(date(2025, 1, 1), f"Other {i}", "new", 1e6) for i in range(8)]
    after = charts.money_per_month([*crowded, MoneyMonth(date(2025, 1, 1), name, "new", 1e6)], "GBP", "new")
    colour_in = {t.name: t.marker.color for t in after.data}
    assert before.data[0].marker.color == colour_in[charts.esc(name)] == colour


@pytest.mark.parametrize(
    ("month", "middle", "days"),
    [
        (date(2025, 1, 1), "2025-01-16T12:00:00", 31),
        (date(2025, 2, 1), "2025-02-15T00:00:00", 28),
        (date(2024, 2, 1), "2024-02-15T12:00:00", 29),
        (date(2025, 4, 1), "2025-04-16T00:00:00", 30),
    ],
)
def test_monthly_bars_are_one_month_wide(month: date, middle: str, days: int) -> None:
    x, width = charts.month_bar(month)
    assert x == middle and width == pytest.approx(days * charts.DAY_MS * charts.BAR_SHARE)
    fig = charts.money_per_month([MoneyMonth(month, "P", "new", 1e6)], "GBP", "new")
    assert list(fig.data[0].x) == [middle] and list(fig.data[0].width) == [width]


def test_cumulative_axis_from_zero_ending_at_the_data() -> None:
    points = [(date(2024, 3, 1), 2.2e9), (date(2025, 5, 1), 2.4e9)]
    fig = charts.cumulative_money(points, "GBP")
    assert fig.layout.yaxis.range[0] == 0 and fig.layout.yaxis.range[1] >= 2.4e9
    assert list(fig.layout.yaxis.ticktext)[-1].startswith("£") and "bn" in fig.layout.yaxis.ticktext[-1]
    assert list(fig.layout.xaxis.range) == ["2024-03-01", "2025-06-01"]
    bars = charts.money_per_month(ROWS, "GBP", "new")
    assert list(bars.layout.xaxis.range) == ["2025-01-01", "2025-03-01"]
    assert bars.layout.yaxis.range[0] == 0 and bars.layout.yaxis.range[1] >= 5e6


BODY = "First paragraph here.\n\nIt begins. The £5m pledge. It ends.\n\nLast one."


@pytest.mark.parametrize(
    ("evidence", "start", "expected"),
    [
        ("The £5m pledge.", BODY.index("The £5m"), ("It begins. ", "The £5m pledge.", " It ends.")),
        (
            "The £5m pledge.",
            0,
            ("It begins. ", "The £5m pledge.", " It ends."),
        ),  # a stale span: found by text
        ("First paragraph here.", 0, ("", "First paragraph here.", "")),
        ("Last one.", BODY.index("Last"), ("", "Last one.", "")),
        ("Not in the body.", 0, None),
    ],
)
def test_the_paragraph_around_the_evidence(
    evidence: str, start: int, expected: tuple[str, str, str] | None
) -> None:
    assert paragraph_around(BODY, evidence, start, start + len(evidence)) == expected


def test_a_long_paragraph_is_cut_around_the_evidence() -> None:
    body = "a " * 1000 + "THE PLEDGE." + " b" * 1000
    before, evidence, after = paragraph_around(body, "THE PLEDGE.", 2000, 2011) or ("", "", "")
    assert evidence == "THE PLEDGE." and before.startswith("…") and after.endswith("…")
    assert len(before) <= CONTEXT_CHARS + 1 and len(after) <= CONTEXT_CHARS + 1
    assert paragraph_markdown(("<b>x", "£5m", "y]")) == "\\<b\\>x **£5m** y\\]"


@pytest.mark.parametrize(
    ("row", "figure", "about"),
    [
        (
            {"kind": "funding", "amount": 5.1e8, "currency": "GBP", "recipient": "NHS", "qualifier": "up_to"},
            "up to £510m",
            "NHS",
        ),
        ({"kind": "headcount", "count": 1200, "role": "nurses"}, "1,200 staff", "nurses"),
        (
            {"kind": "unit", "name": "Fraud Centre", "parent": "Police Agency"},
            "",
            "Fraud Centre (part of Police Agency)",
        ),
        ({"kind": "unit", "name": "Fraud Centre", "parent": None}, "", "Fraud Centre"),
        (
            {"kind": "appointment", "person": "Jo Bell", "role": "Chair", "organisation": "Board"},
            "",
            "Jo Bell as Chair, Board",
        ),
        ({"kind": "appointment", "person": "Jo Bell", "role": None, "organisation": None}, "", "Jo Bell"),
    ],
)
def test_one_layout_per_kind(row: dict[str, object], figure: str, about: str) -> None:
    shown = display_row({"id": 1, "date": date(2025, 3, 5), **row})
    assert (shown["figure"], shown["about"], shown["date"]) == (figure, about, "5 Mar 2025")
    assert None not in (shown["figure"], shown["about"])


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (None, None, "All time"),
        (date(2024, 1, 1), date(2025, 3, 31), "1 Jan 2024 – 31 Mar 2025"),
        (date(2024, 1, 1), None, "From 1 Jan 2024"),
        (None, date(2025, 3, 31), "Until 31 Mar 2025"),
    ],
)
def test_the_period_in_words(start: date | None, end: date | None, words: str) -> None:
    assert period_words(start, end) == words


@pytest.mark.parametrize(
    ("preset", "start", "end"),
    [
        ("All time", None, None),
        ("Last 3 months", date(2026, 10, 1), date(2026, 12, 5)),
        ("Last 12 months", date(2026, 1, 1), date(2026, 12, 5)),
        ("This year", date(2026, 1, 1), date(2026, 12, 5)),
        ("Last 5 years", date(2022, 1, 1), date(2026, 12, 5)),
    ],
)
def test_period_presets_count_whole_months_back_from_today(
    preset: str, start: date | None, end: date | None
) -> None:
    from dashboard.widgets import preset_period

    period = preset_period(preset, date(2026, 12, 5))
    assert (period.start, period.end) == (start, end)


def test_money_per_month_draws_the_biggest_publishers_and_sums_the_others() -> None:
    month, later = date(2025, 1, 1), date(2025, 2, 1)
    rows = [MoneyMonth(month, f"Publisher {i:02}", "new", 1e6 * (i + 1)) for i in range(14)]
    rows.append(MoneyMonth(later, "Publisher 00", "new", 5e5))
    fig = charts.money_per_month(rows, "GBP", "new")
    names = [t.name for t in fig.data]
    kept = [f"Publisher {i:02}" for i in range(13, 3, -1)]  # the ten with the most money
    assert sorted(names) == sorted([*kept, charts.OTHER_PUBLISHERS]) and names[-1] == charts.OTHER_PUBLISHERS
    other = fig.data[-1]
    assert other.marker.color == charts.OTHER_COLOUR
    # Publishers 00-03 summed per month; every month's total is what it was.
    assert list(other.y) == [1e6 + 2e6 + 3e6 + 4e6, 5e5]
    assert sum(sum(t.y) for t in fig.data) == sum(row.amount for row in rows)


def test_timeline_draws_one_point_per_publisher_kind_and_day_with_every_event_in_its_hover() -> None:
    day, other_day = date(2025, 1, 6), date(2025, 1, 7)

    def unit(name: str, when: date, publisher: str = "Home") -> dict[str, Any]:
        return {
            "id": 0,
            "date": when,
            "kind": "unit",
            "name": name,
            "parent": None,
            "person": None,
            "role": None,
            "organisation": None,
            "publisher": publisher,
        }

    events = [unit(f"Unit {i}", day) for i in range(7)]
    events += [unit("Later", other_day), unit("Elsewhere", day, "Transport")]
    fig = charts.timeline(events)
    (units,) = fig.data
    assert len(units.x) == 3  # Home on the 6th, Home on the 7th, Transport on the 6th
    crowded = units.text[0]
    shown = [f"Unit {i}" for i in range(charts.HOVER_EVENTS)]
    assert all(name in crowded for name in shown) and "Unit 6" not in crowded
    assert crowded.endswith(f"and {7 - charts.HOVER_EVENTS} more")
    assert "Later" in units.text[1] and "Elsewhere" in units.text[2]


def _event(kind: str, name: str, when: date, publisher: str) -> dict[str, Any]:
    return {
        "id": 0,
        "date": when,
        "kind": kind,
        "name": name if kind == "unit" else None,
        "parent": None,
        "person": name if kind == "appointment" else None,
        "role": None,
        "organisation": None,
        "publisher": publisher,
    }


@pytest.mark.parametrize(("days", "words"), [(60, "Week of "), (800, " 20")])
def test_timeline_groups_a_long_window_into_fewer_points_keeping_every_event(days: int, words: str) -> None:
    start = date(2025, 1, 1)
    events = [
        _event(kind, f"{kind} {i}", start + timedelta(days=i % days), publisher)
        for i in range(days)
        for kind in ("unit", "appointment")
        for publisher in ("Home", "Transport")
    ]
    fig = charts.timeline(events)
    assert [trace.name for trace in fig.data] == ["Units created", "Appointments"]
    for trace, kind in zip(fig.data, ("unit", "appointment"), strict=True):
        # Fewer points than days, and each point's count adds up to every event of its kind.
        assert len(trace.x) < days
        assert sum(trace.customdata) == sum(event["kind"] == kind for event in events)
        assert all(words in text for text in trace.text)
        counted = zip(trace.customdata, trace.text, strict=True)
        assert all(f"{count:,} events" in text or count == 1 for count, text in counted)
        sizes = dict(zip(trace.customdata, trace.marker.size, strict=True))
        assert sizes[max(sizes)] >= sizes[min(sizes)]
    # A point hovered names its first events and counts the rest.
    busiest = max(range(len(fig.data[0].x)), key=lambda i: fig.data[0].customdata[i])
    assert f"and {fig.data[0].customdata[busiest] - charts.HOVER_EVENTS} more" in fig.data[0].text[busiest]


def test_timeline_keeps_days_apart_in_a_short_window() -> None:
    events = [_event("unit", f"Unit {i}", date(2025, 1, 1) + timedelta(days=i), "Home") for i in range(20)]
    (units,) = charts.timeline(events).data
    assert len(units.x) == 20 and list(units.customdata) == [1] * 20
    assert units.text[0].startswith("<b>2025-01-01: 1 event</b>")
