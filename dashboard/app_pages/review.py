"""Review: unreviewed pledges newest first; confirm, reject or correct, with the reviewer's name."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.formatting import ROW_COLUMNS, display_row, highlighted_markdown
from dashboard.widgets import feed_text
from tracker.core.errors import InputError, NotFoundError
from tracker.runtime import services

QUEUE_PAGE = 50
# The fields a reviewer may correct, per kind (a subset of store.pledges.CORRECTABLE_FIELDS).
FIELDS_BY_KIND = {
    "funding": ("amount", "currency", "recipient", "scope", "qualifier", "period"),
    "unit": ("name", "parent"),
    "appointment": ("person", "role", "organisation"),
    "headcount": ("count", "role"),
}
DECISIONS = {"Confirm": "confirmed", "Reject": "rejected", "Correct": "corrected"}


def _correction_inputs(pledge: dict[str, Any]) -> dict[str, Any]:
    """Inputs prefilled with the pledge's values; returns only the fields that changed."""
    changed: dict[str, Any] = {}
    for name in FIELDS_BY_KIND.get(pledge["kind"], ()):
        current = pledge.get(name)
        key = f"fix_{pledge['id']}_{name}"
        if name == "amount":
            value: Any = st.number_input("amount", value=float(current or 0.0), min_value=0.0, key=key)
        elif name == "count":
            value = st.number_input("count", value=int(current or 0), min_value=0, step=1, key=key)
        else:
            value = st.text_input(name, value=current or "", key=key).strip() or None
        if value != current:
            changed[name] = value
    return changed


def _decide(pledge: dict[str, Any]) -> None:
    with st.form(f"review_{pledge['id']}"):
        reviewer = st.text_input("Your name", value=st.session_state.get("reviewer_name", ""), key="reviewer")
        decision = st.radio("Decision", list(DECISIONS), horizontal=True, key=f"decision_{pledge['id']}")
        st.caption("Corrections are saved only with the decision Correct.")
        corrections = _correction_inputs(pledge)
        note = st.text_input("Note (optional)", key=f"note_{pledge['id']}")
        if not st.form_submit_button("Save decision"):
            return
    status = DECISIONS[decision]
    try:
        services.review_pledge(
            data.writer(),
            int(pledge["id"]),
            status=status,
            reviewer=reviewer,
            corrections=corrections if status == "corrected" else None,
            note=note.strip() or None,
        )
    except (InputError, NotFoundError) as exc:
        st.error(str(exc).replace("*", "\\*"))
        return
    st.session_state["reviewer_name"] = reviewer.strip()
    st.session_state["review_flash"] = f"Pledge {pledge['id']} {status} by {reviewer.strip()}."
    data.clear()
    st.rerun()


def _pledge_card(pledge: dict[str, Any]) -> None:
    st.subheader(f"Pledge {pledge['id']}: {pledge['kind']}, {pledge['date']}")
    hints = tuple(v for v in (pledge.get("name"), pledge.get("person")) if v)
    st.markdown(highlighted_markdown(pledge["evidence"], hints))
    feed_text(f"Source: {pledge['publisher']}")


st.title("Review")
url = data.database_url()
if message := st.session_state.pop("review_flash", None):
    st.success(message)
size, more = data.queue_size(url)
st.metric("Unreviewed pledges", f"{'more than ' if more else ''}{size:,}")
queue = data.review_queue(url, QUEUE_PAGE, 0)
if not queue:
    st.info("Nothing to review: every pledge has a decision, or none has been found yet.")
else:
    st.dataframe(
        [display_row(row) for row in queue],
        hide_index=True,
        key="review_table",
        column_order=(*ROW_COLUMNS, "confidence", "publisher", "evidence"),
        column_config={
            "evidence": st.column_config.TextColumn(width="large"),
            "what": st.column_config.TextColumn("recipient / unit / person", width="medium"),
        },
    )
    labels = {int(row["id"]): f"#{row['id']} {row['kind']} {row['date']}" for row in queue}
    chosen = st.selectbox(
        "Pledge to review", list(labels), format_func=lambda key: labels[key], key="review_pick"
    )
    pledge = next(row for row in queue if int(row["id"]) == chosen)
    _pledge_card(pledge)
    _decide(pledge)
recent = data.recent_reviews(url)
if recent:
    st.subheader("Recent decisions")
    st.dataframe(recent, hide_index=True)
