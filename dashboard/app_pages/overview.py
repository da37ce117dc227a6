"""Overview: headline figures, money over time (one currency at a time), recipients, latest pledges."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.formatting import money
from dashboard.widgets import empty_state, period_picker
from tracker.queries.health import status_counts
from tracker.queries.overview import cumulative_new_money

st.title("Overview")
url = data.database_url()
span = data.summary_span(url)
health = data.sources_health(url, data.settings().failing_after)
if span is None:
    counts = status_counts(health)
    st.caption(
        f"{len(health)} sources, {counts.get('healthy', 0)} healthy, {counts.get('failing', 0)} failing."
    )
    empty_state()
    st.stop()

currencies = data.currencies(url) or ["GBP"]
left, right = st.columns(2)
with left:
    period = period_picker(span, key="overview_period")
with right:
    default = currencies.index("GBP") if "GBP" in currencies else 0
    currency = st.selectbox("Currency (money is never added across currencies)", currencies, index=default)

head = data.headline(url, period, currency)
counts = status_counts(health)
row1 = st.columns(4)
row1[0].metric("New money pledged", money(head.new_money, currency))
row1[1].metric(
    "Restated money", money(head.restated_money, currency), help="Totals and sums committed earlier"
)
row1[2].metric("Pledges", f"{head.pledges:,}", help="Rejected pledges are not counted")
row1[3].metric("Sources healthy / failing", f"{counts.get('healthy', 0)} / {counts.get('failing', 0)}")
row2 = st.columns(4)
row2[0].metric("Funding pledges", f"{head.pledges_by_kind.get('funding', 0):,}")
row2[1].metric("Units created", f"{head.pledges_by_kind.get('unit', 0):,}")
row2[2].metric("Appointments", f"{head.pledges_by_kind.get('appointment', 0):,}")
row2[3].metric("Staff pledged", f"{head.staff_pledged:,}")
st.page_link(
    "app_pages/commitments.py",
    label="Behind these figures: each commitment once, whether its money is new, and its delivery status",
    icon=":material/arrow_forward:",
)

spans = data.failing_spans(url, period)
rows = data.money_by_month(url, period, currency)
if spans:
    st.caption("Shaded bands: days when sources were failing, so a gap may be missing data, not silence.")
st.plotly_chart(charts.cumulative_money(cumulative_new_money(rows), currency, spans), key="cumulative")
new_tab, restated_tab = st.tabs(["New money per month", "Restated money per month"])
with new_tab:
    st.plotly_chart(charts.money_per_month(rows, currency, "new", spans), key="money_new")
with restated_tab:
    st.plotly_chart(charts.money_per_month(rows, currency, "restated", spans), key="money_restated")

recipients = data.top_recipients(url, period, currency)
if recipients:
    st.plotly_chart(charts.top_recipients(recipients, currency), key="recipients")
else:
    st.info(f"No {currency} funding with a named recipient in this period.")
st.subheader("Latest pledges")
latest = data.latest_pledges(url, period)
for pledge in latest:
    pledge["amount"] = money(pledge["amount"], pledge.pop("currency"))
st.dataframe(
    latest,
    hide_index=True,
    column_order=("date", "kind", "amount", "what", "count", "evidence", "publisher", "article"),
    column_config={"evidence": st.column_config.TextColumn(width="large")},
)
