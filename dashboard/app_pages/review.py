"""Review: unreviewed pledges newest first, each beside its source; confirm, reject or
correct, with the reviewer's name kept for the session."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.formatting import (
    day,
    decision_words,
    display_row,
    escape_markdown,
    highlighted_markdown,
    kind_title,
    money,
    paragraph_around,
    paragraph_markdown,
)
from dashboard.widgets import article_link, feed_text, reading_table
from tracker.core.errors import InputError, NotFoundError
from tracker.domain.kinds import KINDS, spec_of
from tracker.runtime import services

QUEUE_PAGE = 50
# The fields a reviewer may correct, per kind (a subset of store.pledges.CORRECTABLE_FIELDS).
FIELDS_BY_KIND = {spec.kind.value: spec.fields for spec in KINDS.values()}
DECISIONS = {"Confirm": "confirmed", "Reject": "rejected", "Correct": "corrected"}
PICK = "review_pick"  # the pledge in hand (its id), set by the list, a row click, or next/previous
REVIEWER = "reviewer_name"  # kept for the session, outside any widget, so it survives page changes
# The queue sits beside the pledge in hand, whose evidence is shown in full there.
QUEUE_COLUMNS = {
    "date": "Date",
    "kind": "Kind",
    "figure": "Figure",
    "about": "About",
    "publisher": "Publisher",
    "confidence": "Confidence",
}


def _label(name: str, pledge: dict[str, Any]) -> str:
    labels = dict(spec_of(pledge["kind"]).columns)
    if name == "amount":
        return f"Amount ({pledge.get('currency') or 'no currency'})"
    return labels.get(name, name.capitalize())


def _correction_inputs(pledge: dict[str, Any]) -> dict[str, Any]:
    """Inputs prefilled with the pledge's values; returns only the fields that changed."""
    changed: dict[str, Any] = {}
    for name in FIELDS_BY_KIND.get(pledge["kind"], ()):
        current = pledge.get(name)
        key = f"fix_{pledge['id']}_{name}"
        label = _label(name, pledge)
        if name == "amount":
            value: Any = st.number_input(
                label,
                value=float(current or 0.0),
                min_value=0.0,
                step=1e6,
                format="%.0f",
                key=key,
                help=f"Found: {money(current, pledge.get('currency')) or 'nothing'}",
            )
        elif name == "count":
            value = st.number_input(label, value=int(current or 0), min_value=0, step=1, key=key)
        else:
            value = st.text_input(label, value=current or "", key=key).strip() or None
        if value != current:
            changed[name] = value
    return changed


def _decide(pledge: dict[str, Any]) -> None:
    with st.form(f"review_{pledge['id']}"):
        reviewer = st.text_input("Your name", value=st.session_state.get(REVIEWER, ""), key="reviewer")
        decision = st.radio(
            "Decision", list(DECISIONS), index=None, horizontal=True, key=f"decision_{pledge['id']}"
        )
        st.caption("Corrections are saved only with the decision Correct.")
        corrections = _correction_inputs(pledge)
        note = st.text_input("Note (optional)", key=f"note_{pledge['id']}")
        if not st.form_submit_button("Save decision", type="primary"):
            return
    if decision is None:
        st.error("Choose a decision first: Confirm, Reject or Correct. Nothing was saved.")
        return
    status = DECISIONS[decision]
    if status == "corrected" and not corrections:
        st.error("Correct needs a changed field. Nothing was saved.")
        return
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
        st.error(escape_markdown(str(exc)))
        return
    st.session_state[REVIEWER] = reviewer.strip()
    st.session_state["review_flash"] = f"Pledge {pledge['id']} {status} by {reviewer.strip()}."
    data.clear()
    st.rerun()


def _source(pledge: dict[str, Any]) -> None:
    """The article the pledge comes from: title, date, source, link and the paragraph."""
    found = data.pledge_detail(data.database_url(), int(pledge["id"]))
    if found is None:
        st.warning("This pledge no longer exists (its article was re-extracted).")
        return
    article, stored = found["article"], found["pledge"]
    with st.container(border=True):
        st.caption("Source")
        feed_text(article.get("title") or "(no title)", bold=True)
        published = article.get("published_at")
        st.caption(
            f"{escape_markdown(found['publisher'] or '')} · announced {day(stored['announced_on'])}"
            + (f" · published {day(published)} UTC" if published else "")
        )
        parts = paragraph_around(
            article.get("body") or "", stored["evidence"], stored["span_start"], stored["span_end"]
        )
        if parts:
            st.markdown(paragraph_markdown(parts))
        else:
            st.caption("The article's text has changed since; the evidence above is what was found.")
        article_link(article.get("url"))


def _navigation(ids: list[int]) -> None:
    """Previous / next beside the pledge, so going through the queue needs no scrolling."""
    at = ids.index(st.session_state[PICK])

    def move(step: int) -> None:
        st.session_state[PICK] = ids[(at + step) % len(ids)]

    left, middle, right = st.columns([1, 2, 1])
    left.button("◀ Previous", key="review_previous", on_click=move, args=(-1,), disabled=len(ids) < 2)
    middle.caption(f"Pledge {at + 1} of {len(ids)} in this list")
    right.button("Next ▶", key="review_next", on_click=move, args=(1,), disabled=len(ids) < 2)


def _pledge_card(pledge: dict[str, Any]) -> None:
    shown = display_row(pledge)
    st.subheader(f"Pledge {pledge['id']}: {shown['kind']}, {shown['date']}")
    hints = tuple(v for v in (pledge.get("name"), pledge.get("person")) if v)
    st.markdown(highlighted_markdown(pledge["evidence"], hints))
    facts = " · ".join(escape_markdown(v) for v in (shown["figure"], shown["about"]) if v)
    if facts:
        st.markdown(facts)
    if pledge.get("check_note"):
        st.warning(escape_markdown(pledge["check_note"]))
    _source(pledge)


def _recent(url: str) -> None:
    recent = data.recent_reviews(url)
    if not recent:
        return
    st.subheader("Recent decisions")
    rows = []
    for review in recent:
        shown = display_row(review) if review.get("kind") else {"kind": "", "figure": "", "about": ""}
        decision = decision_words(review, review.get("kind"), review.get("currency"))
        pledge = ", ".join(v for v in (shown["kind"], shown["figure"], shown["about"]) if v)
        rows.append(
            {
                "when": day(review["reviewed_at"]),
                "reviewer": review["reviewer"],
                "decision": decision,
                "pledge": pledge or "(no longer found)",
                "note": review.get("note") or "",
                "article": review["article"],
            }
        )
    reading_table(
        rows,
        {
            "when": "When (UTC)",
            "reviewer": "Reviewer",
            "pledge": "Pledge",
            "decision": "Decision",
            "note": "Note",
            "article": "Article",
        },
    )


def _select_row(queue: list[dict[str, Any]]) -> None:
    """A click on a queue row makes that pledge the one in hand."""
    picked = st.session_state.get("review_table")
    rows = picked.selection.rows if picked is not None else []
    if rows and rows[0] < len(queue):
        st.session_state[PICK] = int(queue[rows[0]]["id"])


st.title("Review")
url = data.database_url()
if message := st.session_state.pop("review_flash", None):
    st.success(message)
size, more = data.queue_size(url)
queue = data.review_queue(url, QUEUE_PAGE, 0)
if not queue:
    st.metric("Unreviewed pledges", f"{size:,}")
    st.info("Nothing to review: every pledge has a decision, or none has been found yet.")
else:
    ids = [int(row["id"]) for row in queue]
    if st.session_state.get(PICK) not in ids:
        st.session_state[PICK] = ids[0]
    list_side, card_side = st.columns([2, 3], gap="large")
    with list_side:
        st.metric("Unreviewed pledges", f"{'more than ' if more else ''}{size:,}")
        shown = [{**display_row(row), "confidence": f"{row['confidence']:.2f}"} for row in queue]
        st.dataframe(
            shown,
            hide_index=True,
            key="review_table",
            column_order=tuple(QUEUE_COLUMNS),
            column_config={name: label for name, label in QUEUE_COLUMNS.items()},
            placeholder="",
            on_select=lambda: _select_row(queue),
            selection_mode="single-row",
            height=520,
        )
        labels = {int(r["id"]): f"#{r['id']} {kind_title(r['kind'])}, {day(r['date'])}" for r in queue}
        st.selectbox("Pledge to review", ids, format_func=lambda key: labels[key], key=PICK)
    with card_side:
        _navigation(ids)
        pledge = next(row for row in queue if int(row["id"]) == st.session_state[PICK])
        _pledge_card(pledge)
        _decide(pledge)
_recent(url)
