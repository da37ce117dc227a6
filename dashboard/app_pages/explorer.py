"""Pledges explorer: filters, a sortable paged table, one pledge with its evidence, export."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from dashboard import data
from dashboard.exporting import to_csv, to_json
from dashboard.formatting import ROW_COLUMNS, display_row, highlighted_markdown, money
from dashboard.widgets import article_link, empty_state, feed_text
from tracker.domain.kinds import PLEDGE_FIELDS, PledgeKind, ReviewStatus, values_of
from tracker.domain.periods import Period, month_end
from tracker.queries.explorer import SORT_KEYS, PledgeFilter, unsearched_texts

PAGE_SIZE = 50


def _period(span: tuple[date, date]) -> Period:
    default = (span[0], month_end(span[1]))
    chosen = st.date_input("Announced between", value=default, key="explorer_dates")
    # While a range is being picked the widget returns one date only.
    if isinstance(chosen, tuple) and len(chosen) == 2:
        return Period(chosen[0], chosen[1])
    return Period(*default)


def _filters(url: str, span: tuple[date, date]) -> PledgeFilter:
    with st.expander("Filters", expanded=True):
        c1, c2, c3 = st.columns(3)
        with c1:
            period = _period(span)
            kinds = st.multiselect("Kind", values_of(PledgeKind), key="explorer_kinds")
            statuses = st.multiselect("Review status", values_of(ReviewStatus), key="explorer_statuses")
        with c2:
            sources = dict(data.source_choices(url))
            source_ids = st.multiselect(
                "Publisher or source", list(sources), format_func=lambda key: sources[key]
            )
            currencies = st.multiselect("Currency", data.currencies(url), key="explorer_currencies")
            low, high = st.columns(2)
            amount_min = low.number_input("Amount from", min_value=0.0, value=None, step=1e6)
            amount_max = high.number_input("Amount to", min_value=0.0, value=None, step=1e6)
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


DISPLAY_COLUMNS = (*ROW_COLUMNS, "review_status", "publisher", "evidence")


def _table(rows: list[dict[str, Any]]) -> int | None:
    """The page's rows; returns the id of the row the user selected, if any."""
    event = st.dataframe(
        [display_row(row) for row in rows],
        hide_index=True,
        column_order=DISPLAY_COLUMNS,
        column_config={
            "evidence": st.column_config.TextColumn(width="large"),
            "what": st.column_config.TextColumn("recipient / unit / person", width="medium"),
        },
        on_select="rerun",
        selection_mode="single-row",
        key="explorer_table",
    )
    selected = event.selection.rows if event is not None else []
    return int(rows[selected[0]]["id"]) if selected and selected[0] < len(rows) else None


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
    st.subheader(f"Pledge {pledge_id}: {pledge['kind']}")
    hints = tuple(v for v in (pledge.get("name"), pledge.get("person")) if v)
    st.markdown(highlighted_markdown(pledge["evidence"], hints))
    facts = {k: v for k, v in pledge.items() if v not in (None, "") and k in _FACTS}
    if pledge.get("amount") is not None:
        facts["amount"] = money(pledge["amount"], pledge.get("currency"))
    st.dataframe([facts], hide_index=True)
    feed_text(article["title"], bold=True)
    published = article.get("published_at")
    st.caption(
        f"{found['publisher']} · announced {pledge['announced_on']}"
        + (f" · published {published:%d %b %Y %H:%M} UTC" if published else "")
    )
    article_link(article.get("url"))
    if found["others"]:
        st.markdown("Other pledges of this article")
        others = [{**o, "amount": money(o["amount"], o["currency"]) or None} for o in found["others"]]
        st.dataframe(others, hide_index=True, column_order=("id", "kind", "amount", "what", "review_status"))


_FACTS = (*PLEDGE_FIELDS[1:], "confidence", "review_status", "extractor_version")

st.title("Pledges explorer")
url = data.database_url()
span = data.summary_span(url)
if span is None:
    empty_state()
    st.stop()

flt = _filters(url, span)
if unsearched_texts(flt):
    st.caption("Text searches need at least 3 characters; shorter text is not searched.")
sort_col, order_col, page_col = st.columns(3)
sort = sort_col.selectbox("Sort by", list(SORT_KEYS), key="explorer_sort")
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
labels = {int(r["id"]): f"#{r['id']} {r['kind']} {r['date']}" for r in rows}
index = ids.index(selected) if selected in ids else 0
# No key: the default follows the row selected in the table.
chosen = st.selectbox("Show pledge", ids, index=index, format_func=lambda key: labels[key])
if chosen is not None:
    _detail(url, int(chosen))
