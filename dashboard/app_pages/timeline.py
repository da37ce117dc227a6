"""Timeline: units created and appointments made, on a time axis, filterable by publisher."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.widgets import empty_state, period_picker

st.title("Timeline")
url = data.database_url()
span = data.summary_span(url)
if span is None:
    empty_state()
    st.stop()

left, right = st.columns(2)
with left:
    period = period_picker(span, key="timeline_period")
with right:
    choices = dict(data.source_choices(url))
    chosen = st.multiselect(
        "Publisher or source", list(choices), format_func=lambda key: choices[key], key="timeline_sources"
    )
events = data.timeline_events(url, period, tuple(sorted(chosen)))
if not events:
    st.info("No units or appointments in this period for these sources.")
    st.stop()
st.plotly_chart(charts.timeline(events, data.failing_spans(url, period)), key="timeline_chart")
st.caption(
    "At most the newest 2,000 units and 2,000 appointments are drawn; narrow the period to see older ones."
)
st.dataframe(
    events,
    hide_index=True,
    column_order=("date", "kind", "name", "parent", "person", "role", "organisation", "publisher"),
)
