"""Pure Plotly figure builders: plain data in, a Figure out, no Streamlit and no database.

Plotly renders a subset of HTML in names, tick labels and hover text, so every
string that came from a feed passes through :func:`esc` before it reaches a figure.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from dashboard.formatting import money
from tracker.queries.health import FailingSpan
from tracker.queries.overview import MoneyMonth

FAILING_COLOUR = "rgba(200, 60, 60, 0.15)"
FAILING_LABEL = "sources failing (data may be missing)"
KIND_LABELS = {"unit": "Units created", "appointment": "Appointments"}
KIND_STYLE = {"unit": ("diamond", "#1f77b4"), "appointment": ("circle", "#e4572e")}


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
    for span in spans:
        fig.add_vrect(
            x0=span.start.isoformat(),
            x1=(span.end + timedelta(days=1)).isoformat(),
            fillcolor=FAILING_COLOUR,
            line_width=0,
            layer="below",
        )
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
    """Stacked monthly bars per publisher for one scope ("new" or "restated") in one currency."""
    by_publisher: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows:
        if row.scope == scope:
            by_publisher[row.publisher][row.month] += row.amount
    fig = go.Figure()
    for publisher in sorted(by_publisher):
        months = sorted(by_publisher[publisher])
        amounts = [by_publisher[publisher][m] for m in months]
        fig.add_trace(
            go.Bar(
                x=[m.isoformat() for m in months],
                y=amounts,
                name=esc(publisher),
                customdata=[money(a, currency) for a in amounts],
                hovertemplate="%{x|%b %Y}: %{customdata}<extra>" + esc(publisher) + "</extra>",
            )
        )
    title = f"{'New' if scope == 'new' else 'Restated'} money per month ({currency})"
    shade_failing(fig, spans)
    return _layout(fig, title, barmode="stack", yaxis_title=currency)


def cumulative_money(
    points: Sequence[tuple[date, float]], currency: str, spans: Sequence[FailingSpan] = ()
) -> go.Figure:
    """Running total of new money in one currency."""
    fig = go.Figure(
        go.Scatter(
            x=[m.isoformat() for m, _ in points],
            y=[total for _, total in points],
            mode="lines+markers",
            name=f"new money ({currency})",
            customdata=[money(total, currency) for _, total in points],
            hovertemplate="%{x|%b %Y}: %{customdata}<extra></extra>",
            line={"shape": "hv"},
        )
    )
    shade_failing(fig, spans)
    return _layout(fig, f"Cumulative new money ({currency})", yaxis_title=currency)


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
    return _layout(fig, f"Top recipients of new money ({currency})", xaxis_title=currency)


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


def timeline(events: Sequence[dict[str, Any]], spans: Sequence[FailingSpan] = ()) -> go.Figure:
    """Units and appointments as points on a time axis, one row per publisher, a trace per kind."""
    fig = go.Figure()
    for kind, label in KIND_LABELS.items():
        chosen = [event for event in events if event["kind"] == kind]
        if not chosen:
            continue
        symbol, colour = KIND_STYLE[kind]
        fig.add_trace(
            go.Scatter(
                x=[_iso(event["date"]) for event in chosen],
                # Two rows per publisher (units, appointments) so the kinds never hide each other.
                y=[[esc(event["publisher"]) for event in chosen], [label] * len(chosen)],
                mode="markers",
                name=label,
                marker={"symbol": symbol, "size": 10, "opacity": 0.75, "color": colour},
                text=[_event_hover(event) for event in chosen],
                hovertemplate="%{text}<extra>" + label + "</extra>",
            )
        )
    shade_failing(fig, spans)
    height = min(2400, max(350, 90 * _rows(events) + 150))
    return _layout(fig, "Units created and appointments", height=height)


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _rows(events: Sequence[dict[str, Any]]) -> int:
    return len({event["publisher"] for event in events})
