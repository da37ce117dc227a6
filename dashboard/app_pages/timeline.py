"""Timeline: units created and appointments made, on a time axis, filterable by publisher."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.formatting import display_row
from dashboard.widgets import chart, empty_state, shared_period, show_period, table

EVENT_COLUMNS = {
    "date": "Date",
    "kind": "Kind",
    "about": "About",
    "publisher": "Publisher",
}

st.title("Timeline")
url = data.database_url()
span = data.summary_span(url)
if span is None:
    empty_state()
    st.stop()

period = shared_period()
show_period(period)
choices = dict(data.source_choices(url))
chosen = st.multiselect(
    "Publisher or source", list(choices), format_func=lambda key: choices[key], key="timeline_sources"
)
events = data.timeline_events(url, period, tuple(sorted(chosen)))
if not events:
    st.info("No units or appointments in this period for these sources.")
    st.stop()
chart(charts.timeline(events, data.failing_spans(url, period)), key="timeline_chart")
st.caption(
    "A point is one publisher's units or appointments in a day, or in a week or month when they span "
    "more than a month or a year; it grows with their number and hovering lists them. At most the "
    "newest 2,000 units and 2,000 appointments are drawn; narrow the period to see older ones."
)
newest_first = sorted(events, key=lambda event: (event["date"], event["id"]), reverse=True)
table([display_row(event) for event in newest_first], EVENT_COLUMNS, key="timeline_table")
