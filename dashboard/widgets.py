"""Small UI pieces shared by the pages: period presets, empty states, feed text."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.formatting import escape_markdown, safe_link
from tracker.domain.periods import Period, add_months, month_end

PRESETS = {"Last 12 months": 12, "Last 3 months": 3, "Last 5 years": 60, "All time": 0}
EMPTY_HINT = (
    "No pledges yet. Add a feed on the **Sources** page; the worker (`tracker schedule`, "
    "or `tracker ingest` once) fetches it and pledges appear here."
)


def preset_period(preset: str, span: tuple[date, date]) -> Period:
    """A preset counted back from the latest month with data, so a view is never empty
    just because the newest announcements are a few weeks old."""
    first, last = span
    months = PRESETS.get(preset, 12)
    start = first if months == 0 else max(first, add_months(last, 1 - months))
    return Period(start, month_end(last))


def period_picker(span: tuple[date, date], key: str) -> Period:
    choice = st.selectbox("Period", list(PRESETS), key=key)
    period = preset_period(choice, span)
    st.caption(f"{period.start:%b %Y} – {period.end:%b %Y}")
    return period


def empty_state(message: str = EMPTY_HINT) -> None:
    st.info(message, icon=":material/inbox:")


def feed_text(text: str | None, *, bold: bool = False) -> None:
    """Untrusted text as inert Markdown (no HTML, links, images or directives)."""
    body = escape_markdown(text or "")
    st.markdown(f"**{body}**" if bold and body else body)


def article_link(url: str | None) -> None:
    link = safe_link(url)
    if link:
        st.link_button("Open the article", link)
    elif url:
        st.caption("The article link is not an http(s) URL, so it is not shown as a link.")
