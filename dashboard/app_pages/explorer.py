"""Pledges explorer: filters, a sortable paged table, one pledge with its evidence, export."""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.exporting import to_csv, to_json
from dashboard.formatting import (
    PLEDGE_COLUMNS,
    REVIEW_NAMES,
    day,
    decision_words,
    display_row,
    escape_markdown,
    highlighted_markdown,
    kind_title,
)
from dashboard.widgets import article_link, empty_state, feed_text, shared_period, show_period, table
from tracker.domain.kinds import PledgeKind, ReviewStatus, spec_of, values_of
from tracker.queries.explorer import SORT_KEYS, PledgeFilter, unsearched_texts

PAGE_SIZE = 50


def _filters(url: str) -> PledgeFilter:
    period = shared_period()
    show_period(period)
    with st.expander("Filters", expanded=True):
        c1, c2, c3 = st.columns(3)
        with c1:
            kinds = st.multiselect(
                "Kind", values_of(PledgeKind), format_func=kind_title, key="explorer_kinds"
            )
            statuses = st.multiselect(
                "Review status",
                values_of(ReviewStatus),
                format_func=lambda status: REVIEW_NAMES.get(status, status),
                key="explorer_statuses",
            )
        with c2:
            sources = dict(data.source_choices(url))
            source_ids = st.multiselect(
                "Publisher or source", list(sources), format_func=lambda key: sources[key]
            )
            currencies = st.multiselect("Currency", data.currencies(url), key="explorer_currencies")
            low, high = st.columns(2)
            # Amounts are compared in each pledge's own currency (choose one above to compare like with like).
            amount_min = low.number_input("Amount from", min_value=0.0, value=None, step=1e6, format="%.0f")
            amount_max = high.number_input("Amount to", min_value=0.0, value=None, step=1e6, format="%.0f")
        with c3:
            evidence = st.text_input("Evidence contains", key="explorer_evidence")
            recipient = st.text_input("Recipient contains", key="explorer_recipient")
            person_or_unit = st.text_input("Person or unit contains", key="explorer_person")
    return PledgeFilter(
        period=period,
        kinds=tuple(kinds),
        source_ids=tuple(source_ids),
        currencies=tuple(currencies),
        amount_min=amount_min,
        amount_max=amount_max,
        evidence_text=evidence,
        recipient_text=recipient,
        person_or_unit_text=person_or_unit,
        review_statuses=tuple(statuses),
    )


DISPLAY_COLUMNS = {**PLEDGE_COLUMNS, "review_status": "Review"}


def _table(rows: list[dict[str, Any]]) -> int | None:
    """The page's rows; returns the id of the row the user selected, if any."""
    picked = table([display_row(row) for row in rows], DISPLAY_COLUMNS, key="explorer_table", selectable=True)
    return None if picked is None else int(rows[picked]["id"])


def _downloads(url: str, flt: PledgeFilter) -> None:
    # Deferred: the export query runs only when a button is clicked.
    left, right = st.columns(2)
    left.download_button(
        "Export CSV", lambda: to_csv(data.export_rows(url, flt)), "pledges.csv", "text/csv", key="export_csv"
    )
    right.download_button(
        "Export JSON",
        lambda: to_json(data.export_rows(url, flt)),
        "pledges.json",
        "application/json",
        key="export_json",
    )


def _detail(url: str, pledge_id: int) -> None:
    found = data.pledge_detail(url, pledge_id)
    if found is None:
        st.warning(f"Pledge {pledge_id} no longer exists (the article was re-extracted).")
        return
    pledge, article = found["pledge"], found["article"]
    st.subheader(f"Pledge {pledge_id}: {kind_title(pledge['kind'])}")
    hints = tuple(v for v in (pledge.get("name"), pledge.get("person")) if v)
    st.markdown(highlighted_markdown(pledge["evidence"], hints))
    table([pledge_facts(pledge)], {label: label for label in pledge_facts(pledge)}, key="explorer_facts")
    decision = data.decision_on(url, int(pledge["article_id"]), str(pledge["fingerprint"]))
    if decision:
        note = f" Note: {decision['note']}" if decision.get("note") else ""
        st.caption(
            escape_markdown(decision_words(decision, pledge["kind"], pledge.get("currency")) + "." + note)
        )
    feed_text(article["title"], bold=True)
    published = article.get("published_at")
    st.caption(
        f"{escape_markdown(found['publisher'] or '')} · announced {day(pledge['announced_on'])}"
        + (f" · published {day(published)} UTC" if published else "")
    )
    article_link(article.get("url"))
    if found["others"]:
        st.markdown("Other pledges of this article")
        table(
            [display_row(other) for other in found["others"]],
            {"kind": "Kind", "figure": "Figure", "about": "About", "review_status": "Review"},
            key="explorer_others",
        )


def pledge_facts(pledge: dict[str, Any]) -> dict[str, str]:
    """A pledge's fields under the headers of its kind (money with its currency)."""
    shown = display_row(pledge)
    facts = {"Kind": shown["kind"], "Figure": shown["figure"]}
    for name, label in spec_of(pledge["kind"]).columns:
        if name not in ("amount", "count") and pledge.get(name) not in (None, ""):
            facts[label] = str(pledge[name])
    facts["Review"] = REVIEW_NAMES.get(pledge.get("review_status") or "", "")
    facts["Confidence"] = f"{float(pledge.get('confidence') or 0):.2f}"
    facts["Extractor"] = str(pledge.get("extractor_version") or "")
    return facts


st.title("Pledges explorer")
url = data.database_url()
span = data.summary_span(url)
if span is None:
    empty_state()
    st.stop()

flt = _filters(url)
if unsearched_texts(flt):
    st.caption("Text searches need at least 3 characters; shorter text is not searched.")
sort_col, order_col, page_col = st.columns(3)
sort = sort_col.selectbox("Sort by", list(SORT_KEYS), format_func=str.capitalize, key="explorer_sort")
descending = order_col.toggle("Descending", value=True, key="explorer_descending")
total, more = data.count_pledges(url, flt)
pages = max(1, -(-total // PAGE_SIZE))
page = page_col.number_input("Page", min_value=1, max_value=pages, value=1, key="explorer_page")
st.caption(f"{'More than ' if more else ''}{total:,} matching pledges")
if total == 0:
    st.info("No pledge matches these filters.")
    st.stop()

rows = data.search_pledges(url, flt, sort, descending, PAGE_SIZE, (int(page) - 1) * PAGE_SIZE)
selected = _table(rows)
_downloads(url, flt)
ids = [int(row["id"]) for row in rows]
labels = {int(r["id"]): f"#{r['id']} {kind_title(r['kind'])}, {day(r['date'])}" for r in rows}
index = ids.index(selected) if selected in ids else 0
# No key: the default follows the row selected in the table.
chosen = st.selectbox("Show pledge", ids, index=index, format_func=lambda key: labels[key])
if chosen is not None:
    _detail(url, int(chosen))
