"""Pure Plotly builders for the Commitments page: a commitment's mentions on a time axis,
and new money by topic. Plain data in, a Figure out; feed text goes through ``esc``."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

import plotly.graph_objects as go

from dashboard.charts import esc
from dashboard.formatting import money, title_of
from tracker.domain.kinds import ROLE_TITLES, LinkRole
from tracker.domain.topics import TOPIC_TITLES, Topic

# One colour per topic and per role, fixed by their place in the enums, so a topic
# keeps its colour whatever else is on the chart.
PALETTE = (
    "#1f77b4",
    "#e4572e",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#ff7f0e",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#7f7f7f",
)
TOPIC_COLOURS = {topic.value: PALETTE[i % len(PALETTE)] for i, topic in enumerate(Topic)}
ROLE_COLOURS = {role.value: PALETTE[i % len(PALETTE)] for i, role in enumerate(LinkRole)}


def money_ticks(top: float, currency: str, count: int = 4) -> tuple[list[float], list[str]]:
    """Round tick values from zero to at least ``top``, labelled as the headline figures are (£1.2bn)."""
    if top <= 0:
        return [0.0], [money(0.0, currency)]
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    values = [step * i for i in range(count + 2) if step * (i - 1) < top]
    return values, [money(v, currency) for v in values]


def _mention_hover(mention: Mapping[str, Any]) -> str:
    amount = money(mention.get("amount"), mention.get("currency"))
    new = money(mention.get("new_money"), mention.get("currency")) if mention.get("new_money") else ""
    parts = [
        f"<b>{mention['announced_on']:%d %b %Y}</b>",
        esc(mention.get("source")),
        esc(title_of(ROLE_TITLES, mention.get("link_role"))),
        esc(f"amount {amount}") if amount else "",
        esc(f"new money {new}") if new else "",
        esc(mention.get("title")),
    ]
    return "<br>".join(part for part in parts if part)


def mention_timeline(mentions: Sequence[Mapping[str, Any]]) -> go.Figure:
    """Each mention a point on a time axis, one row per role (first at the top)."""
    fig = go.Figure()
    order = [role.value for role in LinkRole]
    present = [role for role in order if any(m.get("link_role") == role for m in mentions)]
    for role in present:
        points = [m for m in mentions if m.get("link_role") == role]
        fig.add_trace(
            go.Scatter(
                x=[m["announced_on"].isoformat() for m in points],
                y=[title_of(ROLE_TITLES, role)] * len(points),
                mode="markers",
                name=title_of(ROLE_TITLES, role),
                marker={"size": 14, "color": ROLE_COLOURS[role], "line": {"width": 1, "color": "white"}},
                hovertext=[_mention_hover(m) for m in points],
                hoverinfo="text",
            )
        )
    days = [m["announced_on"] for m in mentions]
    if days:
        # A little room either side; the axis ends at the data, not a year past it.
        pad = timedelta(days=max(7, (max(days) - min(days)).days // 20))
        fig.update_xaxes(range=[(min(days) - pad).isoformat(), (max(days) + pad).isoformat()])
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=[title_of(ROLE_TITLES, r) for r in reversed(present)],
        title=None,
    )
    fig.update_layout(
        title="Every mention, by date and role",
        height=160 + 40 * len(present),
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        showlegend=False,
        hovermode="closest",
    )
    return fig


def money_by_topic(rows: Sequence[Mapping[str, Any]], currency: str) -> go.Figure:
    """Horizontal bars of new money per topic in one currency, the most at the top."""
    mine = sorted((r for r in rows if r["currency"] == currency), key=lambda r: r["new_money"])
    fig = go.Figure(
        go.Bar(
            x=[r["new_money"] for r in mine],
            y=[title_of(TOPIC_TITLES, r["topic"]) for r in mine],
            orientation="h",
            marker={"color": [TOPIC_COLOURS.get(r["topic"], PALETTE[-1]) for r in mine]},
            text=[money(r["new_money"], currency) for r in mine],
            textposition="auto",
            hovertext=[
                f"{esc(title_of(TOPIC_TITLES, r['topic']))}: {money(r['new_money'], currency)} new money"
                for r in mine
            ],
            hoverinfo="text",
        )
    )
    values, labels = money_ticks(max((r["new_money"] for r in mine), default=0.0), currency)
    fig.update_xaxes(tickvals=values, ticktext=labels, range=[0, values[-1]], title=None)
    fig.update_layout(
        title=f"New money by topic ({currency})",
        height=140 + 32 * max(len(mine), 1),
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        showlegend=False,
    )
    return fig
