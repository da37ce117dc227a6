"""Pure Plotly figure builders: plain data in, a Figure out, no Streamlit and no database.

Plotly renders a subset of HTML in names, tick labels and hover text, so every
string that came from a feed passes through :func:`esc` before it reaches a figure.
"""

from __future__ import annotations

import hashlib
import html
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

import plotly.graph_objects as go

from dashboard.formatting import money
from tracker.domain.kinds import PledgeKind
from tracker.domain.periods import month_end
from tracker.queries.health import FailingSpan
from tracker.queries.overview import MoneyMonth

FAILING_COLOUR = "rgba(200, 60, 60, 0.15)"
FAILING_LABEL = "sources failing (data may be missing)"
KIND_LABELS = {PledgeKind.UNIT.value: "Units created", PledgeKind.APPOINTMENT.value: "Appointments"}
KIND_STYLE = {
    PledgeKind.UNIT.value: ("diamond", "#1f77b4"),
    PledgeKind.APPOINTMENT.value: ("circle", "#e4572e"),
}
# Okabe-Ito and Tableau colours that stay apart for most colour-blind readers.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#7F7F7F",
    "#8C564B",
    "#9467BD",
    "#17BECF",
    "#BCBD22",
)
# Publishers drawn as their own series in the stacked money bars; the rest are summed
# into one: 40 publishers over ten years drew 5,000 bars per chart, which took the
# browser most of a second; every bar's month and total stay the same.
MAX_PUBLISHER_SERIES = 10
OTHER_PUBLISHERS = "Other publishers"
OTHER_COLOUR = "#BBBBBB"
DAY_MS = 86_400_000
BAR_SHARE = 0.8  # of its month a bar covers, so neighbouring months stay apart


def colour_of(name: str) -> str:
    """A publisher's or topic's colour from its name alone, so it stays the same on every
    chart and when other sources are added (two names may share one)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]


def default_currency(totals: Mapping[str, float], fallback: str = "GBP") -> str:
    """The currency with the most money (new and restated), so the first view is the main one;
    ties go to the alphabetically first; ``fallback`` when there is none."""
    if not totals:
        return fallback
    return min(totals, key=lambda code: (-totals[code], code))


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw))


def money_ticks(top: float, currency: str, ticks: int = 5) -> tuple[list[float], list[str]]:
    """Tick values from zero to just above ``top`` and their labels in the currency's short form."""
    step = nice_step(top, ticks)
    count = max(1, math.ceil(top / step - 1e-9)) if top > 0 else 1
    values = [step * i for i in range(count + 1)]
    return values, [tick_money(v, currency) for v in values]


def tick_money(value: float, currency: str) -> str:
    """A tick label: the short form of :func:`money`, with as many decimals as the step
    needs (£1.25bn, not a second £1.2bn)."""
    if not value:
        return "0"
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            number = f"{value / size:,.2f}".rstrip("0").rstrip(".")
            return money(size, currency).replace("1" + suffix, number + suffix)
    return money(value, currency)


def _money_axis(fig: go.Figure, top: float, currency: str, axis: str = "yaxis") -> None:
    values, labels = money_ticks(top, currency)
    fig.update_layout({axis: {"range": [0, values[-1]], "tickvals": values, "ticktext": labels}})


def month_bar(month: date) -> tuple[str, float]:
    """Where a month's bar sits on a date axis (its middle) and how wide it is (ms)."""
    days = month_end(month).day
    middle = datetime.combine(month, time()) + timedelta(days=days / 2)
    return middle.isoformat(), days * DAY_MS * BAR_SHARE


def months_range(first: date, last: date) -> list[str]:
    """A time axis from the first day of the first month to the end of the last, no further."""
    return [first.replace(day=1).isoformat(), (month_end(last) + timedelta(days=1)).isoformat()]


def esc(value: Any) -> str:
    """Feed text made inert for Plotly labels and hover text."""
    return html.escape("" if value is None else str(value), quote=True)


def _layout(fig: go.Figure, title: str, **extra: Any) -> go.Figure:
    fig.update_layout(
        title=title,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": -0.35},
        hovermode="closest",
        **extra,
    )
    return fig


def shade_failing(fig: go.Figure, spans: Sequence[FailingSpan]) -> go.Figure:
    """Grey-red bands where sources were failing, so a gap is not read as a quiet period."""
    # One layout update for every band: add_vrect copies the shapes each call (quadratic;
    # 4.5 s for 61 bands over all time).
    bands = [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": span.start.isoformat(),
            "x1": (span.end + timedelta(days=1)).isoformat(),
            "y0": 0,
            "y1": 1,
            "fillcolor": FAILING_COLOUR,
            "line": {"width": 0},
            "layer": "below",
        }
        for span in spans
    ]
    if bands:
        fig.update_layout(shapes=[*fig.layout.shapes, *bands])
    if spans:
        # Shapes have no legend entry; a marker-only trace with no points gives one.
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=FAILING_LABEL,
                marker={"symbol": "square", "size": 12, "color": FAILING_COLOUR},
            )
        )
    return fig


def money_per_month(
    rows: Sequence[MoneyMonth], currency: str, scope: str, spans: Sequence[FailingSpan] = ()
) -> go.Figure:
    """Stacked monthly bars per publisher for one scope ("new" or "restated") in one currency:
    the MAX_PUBLISHER_SERIES publishers with the most money each their own series, the
    others summed into one."""
    by_publisher: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        if row.scope == scope:
            by_publisher[row.publisher][row.month] += row.amount
    by_publisher = _top_publishers(by_publisher)
    fig = go.Figure()
    per_month: dict[date, float] = defaultdict(float)
    for publisher in sorted(by_publisher, key=lambda name: (name == OTHER_PUBLISHERS, name)):
        months = sorted(by_publisher[publisher])
        amounts = [by_publisher[publisher][m] for m in months]
        for month, amount in zip(months, amounts, strict=True):
            per_month[month] += amount
        places = [month_bar(m) for m in months]
        fig.add_trace(
            go.Bar(
                x=[x for x, _ in places],
                width=[w for _, w in places],
                y=amounts,
                name=esc(publisher),
                marker_color=OTHER_COLOUR if publisher == OTHER_PUBLISHERS else colour_of(publisher),
                customdata=[[money(a, currency), f"{m:%b %Y}"] for m, a in zip(months, amounts, strict=True)],
                hovertemplate="%{customdata[1]}: %{customdata[0]}<extra>" + esc(publisher) + "</extra>",
            )
        )
    title = f"{'New' if scope == 'new' else 'Restated'} money per month ({currency})"
    shade_failing(fig, spans)
    _layout(fig, title, barmode="stack", yaxis_title=currency)
    if per_month:
        _money_axis(fig, max(per_month.values()), currency)
        fig.update_xaxes(range=months_range(min(per_month), max(per_month)))
    return fig


def _top_publishers(by_publisher: dict[str, dict[date, float]]) -> dict[str, dict[date, float]]:
    """The publishers with the most money, the others summed as OTHER_PUBLISHERS (ties go to
    the alphabetically first, so the split does not change between runs)."""
    if len(by_publisher) <= MAX_PUBLISHER_SERIES:
        return by_publisher
    ranked = sorted(by_publisher, key=lambda name: (-sum(by_publisher[name].values()), name))
    kept: dict[str, dict[date, float]] = {name: by_publisher[name] for name in ranked[:MAX_PUBLISHER_SERIES]}
    others: dict[date, float] = defaultdict(float)
    for name in ranked[MAX_PUBLISHER_SERIES:]:
        for month, amount in by_publisher[name].items():
            others[month] += amount
    # A publisher that happens to be called "Other publishers" joins the others.
    for month, amount in kept.pop(OTHER_PUBLISHERS, {}).items():
        others[month] += amount
    kept[OTHER_PUBLISHERS] = others
    return kept


def cumulative_money(
    points: Sequence[tuple[date, float]], currency: str, spans: Sequence[FailingSpan] = ()
) -> go.Figure:
    """Running total of new money in one currency, on an axis from zero (a step is read
    against the whole) that ends at the last month with data."""
    fig = go.Figure(
        go.Scatter(
            x=[m.isoformat() for m, _ in points],
            y=[total for _, total in points],
            mode="lines+markers",
            name=f"new money ({currency})",
            customdata=[[money(total, currency), f"{m:%b %Y}"] for m, total in points],
            hovertemplate="%{customdata[1]}: %{customdata[0]}<extra></extra>",
            line={"shape": "hv"},
        )
    )
    shade_failing(fig, spans)
    _layout(fig, f"Cumulative new money ({currency})", yaxis_title=currency)
    if points:
        _money_axis(fig, max(total for _, total in points), currency)
        fig.update_xaxes(range=months_range(points[0][0], points[-1][0]))
    return fig


def top_recipients(rows: Sequence[dict[str, Any]], currency: str) -> go.Figure:
    """Horizontal bars, the largest at the top."""
    ordered = list(reversed(rows))
    labels = [esc(_shorten(row["recipient"], 50)) for row in ordered]
    fig = go.Figure(
        go.Bar(
            x=[row["amount"] for row in ordered],
            y=labels,
            orientation="h",
            customdata=[
                [money(row["amount"], currency), row["pledges"], esc(row["recipient"])] for row in ordered
            ],
            hovertemplate="%{customdata[2]}<br>%{customdata[0]} in %{customdata[1]} pledges<extra></extra>",
        )
    )
    _layout(fig, f"Top recipients of new money ({currency})", xaxis_title=currency)
    if rows:
        _money_axis(fig, max(row["amount"] for row in rows), currency, axis="xaxis")
    return fig


def _shorten(text: Any, limit: int) -> str:
    value = "" if text is None else str(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _event_hover(event: dict[str, Any]) -> str:
    parts = [
        ("Name", event.get("name")),
        ("Role", event.get("role")),
        ("Person", event.get("person")),
        ("Organisation", event.get("organisation")),
        ("Parent body", event.get("parent")),
        ("Source", event.get("publisher")),
    ]
    lines = [f"<b>{label}</b>: {esc(value)}" for label, value in parts if value]
    return "<br>".join([esc(event["date"]), *lines])


# Events of one publisher, kind and bucket share a marker; its hover lists at most this many.
HOVER_EVENTS = 5
# A bucket is a day while the events span at most DAILY_DAYS days, a week up to WEEKLY_DAYS,
# a month beyond: at most 53 columns within a year (12 a year beyond), so a 10-pixel marker
# per column stays apart on a 1,000-pixel plot and the browser draws hundreds of markers, not
# thousands (2,578 daily ones for the newest 4,000 events at 1M pledges took Chromium over a second).
DAILY_DAYS, WEEKLY_DAYS = 31, 366


def bucket_of(day: date, span_days: int) -> tuple[date, str]:
    """Where an event of ``day`` is drawn (the middle of its bucket) and the bucket's words."""
    if span_days <= DAILY_DAYS:
        return day, day.isoformat()
    if span_days <= WEEKLY_DAYS:
        monday = day - timedelta(days=day.weekday())
        return monday + timedelta(days=3), f"Week of {monday.isoformat()}"
    return day.replace(day=15), day.strftime("%B %Y")


def _buckets(
    chosen: Sequence[dict[str, Any]], span_days: int
) -> list[tuple[date | str, str, list[dict[str, Any]]]]:
    """Events grouped by publisher and bucket, in their order: one marker each (markers of one
    row and bucket would be drawn on top of each other, and a hidden marker still costs the
    browser as much to draw). Each group: where it is drawn, its bucket's words, its events."""
    groups: dict[tuple[Any, str], tuple[date | str, str, list[dict[str, Any]]]] = {}
    for event in chosen:
        day = event["date"]
        where, words = bucket_of(day, span_days) if isinstance(day, date) else (str(day), str(day))
        group = groups.setdefault((where, str(event["publisher"])), (where, words, []))
        group[2].append(event)
    return list(groups.values())


def _group_hover(words: str, group: Sequence[dict[str, Any]]) -> str:
    shown = [_event_hover(event) for event in group[:HOVER_EVENTS]]
    if len(group) > HOVER_EVENTS:
        shown.append(f"and {len(group) - HOVER_EVENTS} more")
    count = "1 event" if len(group) == 1 else f"{len(group):,} events"
    return "<br>—<br>".join([f"<b>{esc(words)}: {count}</b>", *shown])


def marker_size(count: int) -> float:
    """10 pixels for one event, growing with the logarithm of the count, at most 22."""
    return min(22.0, 10.0 + 3.0 * math.log2(count))


def timeline(events: Sequence[dict[str, Any]], spans: Sequence[FailingSpan] = ()) -> go.Figure:
    """Units and appointments as points on a time axis, one row per publisher, a trace per kind;
    the events of one publisher, kind and bucket (day, week or month: :func:`bucket_of`) are one
    point sized by their count (in customdata), whose hover counts and lists them."""
    fig = go.Figure()
    days = [event["date"] for event in events if isinstance(event["date"], date)]
    span_days = (max(days) - min(days)).days + 1 if days else 1
    for kind, label in KIND_LABELS.items():
        groups = _buckets([event for event in events if event["kind"] == kind], span_days)
        if not groups:
            continue
        symbol, colour = KIND_STYLE[kind]
        fig.add_trace(
            go.Scatter(
                x=[_iso(where) for where, _words, _group in groups],
                # Two rows per publisher (units, appointments) so the kinds never hide each other.
                y=[[esc(group[0]["publisher"]) for _where, _words, group in groups], [label] * len(groups)],
                mode="markers",
                name=label,
                marker={
                    "symbol": symbol,
                    "size": [marker_size(len(group)) for _where, _words, group in groups],
                    "opacity": 0.75,
                    "color": colour,
                },
                customdata=[len(group) for _where, _words, group in groups],
                text=[_group_hover(words, group) for _where, words, group in groups],
                hovertemplate="%{text}<extra>" + label + "</extra>",
            )
        )
    shade_failing(fig, spans)
    height = min(2400, max(350, 90 * _rows(events) + 150))
    _layout(fig, "Units created and appointments", height=height)
    if days:
        # The axis ends at the data (a week either side, so the end points are not cut).
        fig.update_xaxes(
            range=[(min(days) - timedelta(days=7)).isoformat(), (max(days) + timedelta(days=7)).isoformat()]
        )
    return fig


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _rows(events: Sequence[dict[str, Any]]) -> int:
    return len({event["publisher"] for event in events})
