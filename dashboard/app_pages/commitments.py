"""Commitments: each promise once, whether its money is new, and whether it was delivered.

The list has one row per commitment; selecting one opens its story (every
mention on a time axis and in a table, with its role and a link to the
article) and lets a reviewer set its delivery status, with the history kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from dashboard import commitment_charts, data
from dashboard.exporting import to_csv
from dashboard.formatting import (
    commitment_row,
    escape_markdown,
    mentions_markdown,
    money,
    safe_link,
    title_of,
)
from dashboard.widgets import chart, empty_state, shared_period, show_period
from tracker.core.errors import TrackerError
from tracker.domain.kinds import DELIVERY_TITLES, DeliveryStatus, spec_of, values_of
from tracker.domain.periods import month_end
from tracker.domain.topics import TOPIC_TITLES, Topic
from tracker.queries.commitments import COMMITMENT_FIELDS, CommitmentFilter, CommitmentRow
from tracker.runtime.services import set_commitment_status

PAGE_SIZE = 200
ALL = ""  # the "no narrowing" choice of a single-choice filter

LIST_COLUMNS = {
    "id": st.column_config.NumberColumn("ID", width="small", format="%d"),
    "commitment": st.column_config.TextColumn("Commitment", width="medium"),
    "recipient": st.column_config.TextColumn("Recipient or body", width="medium"),
    "topic": st.column_config.TextColumn("Topic"),
    "kind": st.column_config.TextColumn("Kind"),
    "first": st.column_config.DateColumn("First announced", format="D MMM YYYY"),
    "latest": st.column_config.DateColumn("Latest mention", format="D MMM YYYY"),
    "mentions": st.column_config.NumberColumn("Mentions", format="%d"),
    "new_money": st.column_config.TextColumn("New money"),
    "restated_money": st.column_config.TextColumn("Restated money"),
    "status": st.column_config.TextColumn("Delivery status"),
    "publishers": st.column_config.TextColumn("Announced by", width="medium"),
}
HISTORY_COLUMNS = {
    "when": st.column_config.DatetimeColumn("When (UTC)", format="D MMM YYYY, HH:mm"),
    "change": st.column_config.TextColumn("Change"),
    "reviewer": st.column_config.TextColumn("By"),
    "note": st.column_config.TextColumn("Note", width="large"),
    "evidence": st.column_config.LinkColumn("Evidence"),
}


def _filters(url: str, span: tuple[date, date]) -> CommitmentFilter:
    with st.expander("Filters", expanded=True):
        c1, c2, c3 = st.columns(3)
        with c1:
            text = st.text_input("Search names", key="commitments_text", placeholder="e.g. bus fund")
            topics = st.multiselect(
                "Topic",
                values_of(Topic),
                key="commitments_topics",
                format_func=lambda t: TOPIC_TITLES[Topic(t)],
            )
        with c2:
            publisher = st.selectbox(
                "Announced by",
                [ALL, *data.publishers(url)],
                key="commitments_publisher",
                format_func=lambda p: p or "Any publisher",
            )
            statuses = st.multiselect(
                "Delivery status",
                values_of(DeliveryStatus),
                key="commitments_statuses",
                format_func=lambda s: DELIVERY_TITLES[s],
            )
        with c3:
            currency = st.selectbox(
                "Currency",
                [ALL, *data.commitment_currencies(url)],
                key="commitments_currency",
                format_func=lambda c: c or "Any currency (money is never added across them)",
            )
    period = shared_period()
    show_period(period)
    # A period that covers every date narrows nothing: leave it out of the queries.
    everything = (period.start is None or period.start <= span[0]) and (
        period.end is None or period.end >= month_end(span[1])
    )
    return CommitmentFilter(
        currency=currency or None,
        topics=tuple(topics),
        statuses=tuple(statuses),
        publisher=publisher or None,
        period=None if everything else period,
        text=text,
    )


def _topic_chart(url: str, flt: CommitmentFilter) -> None:
    rows = data.new_money_by_topic(url, flt)
    if not rows:
        return
    # One currency per chart: the one chosen, else the one with the most new money here.
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["currency"]] = totals.get(r["currency"], 0.0) + r["new_money"]
    currency = flt.currency or max(totals, key=lambda c: totals[c])
    chart(commitment_charts.money_by_topic(rows, currency), key="commitments_topics_chart")
    st.caption(
        "New money announced in the period, by the topic of each announcement "
        "(the period, currency, topic and publisher filters apply)."
    )
    others = sorted({r["currency"] for r in rows} - {currency})
    if others:
        st.caption(f"Also in {', '.join(others)}: choose the currency above to see them.")


def _table(rows: list[CommitmentRow], facts: dict[int, dict[str, str]]) -> int | None:
    """The list; returns the id of the commitment selected in it, if any."""
    event = st.dataframe(
        [commitment_row(row, facts.get(row.id, {})) for row in rows],
        hide_index=True,
        column_config=LIST_COLUMNS,
        column_order=tuple(LIST_COLUMNS),
        on_select="rerun",
        selection_mode="single-row",
        key="commitments_table",
    )
    selected = event.selection.rows if event is not None else []
    return rows[selected[0]].id if selected and selected[0] < len(rows) else None


def _headline(row: CommitmentRow) -> None:
    st.subheader(escape_markdown(row.label) or f"Commitment {row.id}")
    topic = title_of(TOPIC_TITLES, row.topic)
    st.caption(
        f"{spec_of(row.kind).title} · {topic} · delivery status: "
        f"**{title_of(DELIVERY_TITLES, row.status)}** · ID {row.id}"
    )
    others = [alias for alias in row.aliases if alias != row.label]
    if others:
        st.markdown("Also called: " + "; ".join(escape_markdown(alias) for alias in others))
    cols = st.columns(4)
    cols[0].metric("First announced", f"{row.first_announced_on:%d %b %Y}")
    cols[1].metric("Latest mention", f"{row.last_announced_on:%d %b %Y}")
    cols[2].metric("Mentions", f"{row.mentions:,}")
    if spec_of(row.kind).counts_money:
        cols[3].metric(
            "New money",
            money(row.new_money, row.currency),
            help=f"Counted once; restated in later mentions: {money(row.restated_money, row.currency)}",
        )
    elif row.staff:
        cols[3].metric("Staff", f"{row.staff:,}")


def _history_rows(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "when": change["changed_at"],
            "change": f"{title_of(DELIVERY_TITLES, change['previous_status']) or 'none'} → "
            f"{title_of(DELIVERY_TITLES, change['status'])}",
            "reviewer": change["reviewer"],
            "note": change["note"] or "",
            "evidence": safe_link(change["evidence_url"]) or "",
        }
        for change in history
    ]


# The form's fields start afresh for each commitment and after each save; the
# reviewer's name stays for the session.
_FORM_FIELDS = ("status_choice", "status_note", "status_link")


def _reset_form(commitment_id: int) -> None:
    if st.session_state.get("status_for") != commitment_id:
        for key in _FORM_FIELDS:
            st.session_state.pop(key, None)
        st.session_state["status_for"] = commitment_id


def _status_form(row: CommitmentRow) -> None:
    statuses = values_of(DeliveryStatus)
    _reset_form(row.id)
    with st.form(f"status_form_{row.id}", clear_on_submit=False):
        st.markdown("**Set the delivery status**")
        left, right = st.columns(2)
        status = left.selectbox(
            "New status",
            statuses,
            index=statuses.index(row.status) if row.status in statuses else 0,
            format_func=lambda s: DELIVERY_TITLES[s],
            key="status_choice",
        )
        reviewer = right.text_input("Your name", key="status_reviewer")
        note = st.text_area("Note: what the evidence shows", key="status_note")
        link = st.text_input("Evidence link (https://...)", key="status_link")
        if st.form_submit_button("Save status"):
            try:
                change = set_commitment_status(
                    data.writer(), row.id, status=status, reviewer=reviewer, note=note, evidence_url=link
                )
            except TrackerError as exc:
                st.error(str(exc))
                return
            data.clear()
            st.session_state.pop("status_for", None)  # fresh fields after the rerun
            st.session_state["status_saved"] = (
                f"Saved: {title_of(DELIVERY_TITLES, change.status)} (by {change.reviewer})."
            )
            st.rerun()


def _story(url: str, commitment_id: int) -> None:
    row = data.commitment(url, commitment_id)
    if row is None:
        st.warning(f"Commitment {commitment_id} no longer exists (its pledges were re-linked).")
        return
    _headline(row)
    mentions = data.commitment_story(url, commitment_id)
    if mentions:
        chart(commitment_charts.mention_timeline(mentions), key="commitment_timeline")
        st.markdown(mentions_markdown(mentions))
    else:
        st.info("Every mention of this commitment was rejected in review.")
    saved = st.session_state.pop("status_saved", None)
    if saved:
        st.success(saved)
    _status_form(row)
    history = data.status_history(url, commitment_id)
    if history:
        st.markdown("**Status history**")
        st.dataframe(
            _history_rows(history),
            hide_index=True,
            column_config=HISTORY_COLUMNS,
            column_order=tuple(HISTORY_COLUMNS),
        )


st.title("Commitments")
st.caption(
    "Each promise once, however often it is announced. New money is counted at its first "
    "announcement and at each top-up; re-announcements and totals are restated money. "
    "The Method page explains how."
)
url = data.database_url()
span = data.summary_span(url)
if span is None:
    empty_state()
    st.stop()

flt = _filters(url, span)
total = data.count_commitments(url, flt)
if total == 0:
    st.info("No commitment matches these filters.")
    st.stop()
_topic_chart(url, flt)
shown = min(total, PAGE_SIZE)
st.caption(
    f"{total:,} commitments, the most new money first"
    + (f"; the first {shown:,} are listed, narrow the filters to see others" if total > shown else "")
    + ". Select a row to open its story."
)
rows = data.find_commitments(url, flt, PAGE_SIZE, 0)
facts = data.commitment_facts(url, tuple(row.id for row in rows))
selected = _table(rows, facts)
st.download_button(
    "Download these commitments (CSV)",
    lambda: to_csv(data.commitments_export(url, flt), COMMITMENT_FIELDS),  # built only when clicked
    "commitments.csv",
    "text/csv",
    key="commitments_csv",
)
ids = [row.id for row in rows]
labels = {row.id: f"#{row.id} {row.label}" for row in rows}
# No key: the default follows the row selected in the table.
chosen = st.selectbox(
    "Story of",
    ids,
    index=ids.index(selected) if selected in ids else 0,
    format_func=lambda cid: labels[cid],
)
if chosen is not None:
    _story(url, int(chosen))
