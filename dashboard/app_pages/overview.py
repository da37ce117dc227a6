"""Overview: headline figures, money over time (one currency at a time), recipients, latest pledges."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data
from dashboard.formatting import PLEDGE_COLUMNS, display_row, money
from dashboard.widgets import chart, empty_state, reading_table, shared_period, show_period
from tracker.queries.overview import cumulative_new_money

st.title("Overview")
url = data.database_url()
span = data.summary_span(url)
counts = data.source_health_counts(url, data.settings().failing_after)
# The same rule as `tracker stats`: a source is failing when its last check failed.
failing_help = (
    "Sources whose last check failed, counted as `tracker stats` counts them "
    f"({counts['marked_failing']} of them failed {data.settings().failing_after} times or more in a row)."
)
if span is None:
    st.metric("Sources failing", f"{counts['failing_sources']} of {counts['sources']}", help=failing_help)
    empty_state()
    st.stop()

period = shared_period()
show_period(period)
by_currency = data.money_by_currency(url, period)
currencies = (
    sorted(by_currency, key=lambda code: (-by_currency[code], code)) or data.currencies(url) or ["GBP"]
)
currency = st.selectbox(
    "Currency (money is never added across currencies)",
    currencies,
    index=currencies.index(charts.default_currency(by_currency, currencies[0])),
    key="overview_currency",
)

head = data.headline(url, period, currency)
row1 = st.columns(4)
row1[0].metric("New money pledged", money(head.new_money, currency) or money(0, currency))
row1[1].metric(
    "Restated money",
    money(head.restated_money, currency) or money(0, currency),
    help="Totals and sums committed earlier",
)
row1[2].metric("Pledges", f"{head.pledges:,}", help="Rejected pledges are not counted")
row1[3].metric("Sources failing", f"{counts['failing_sources']} of {counts['sources']}", help=failing_help)
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
if rows:
    chart(charts.cumulative_money(cumulative_new_money(rows), currency, spans), key="cumulative")
    # One chart at a time: tabs drew both, the hidden one too.
    scope = st.radio(
        "Per month",
        ["new", "restated"],
        format_func=lambda s: "New money per month" if s == "new" else "Restated money per month",
        horizontal=True,
        key="overview_scope",
        label_visibility="collapsed",
    )
    chart(charts.money_per_month(rows, currency, scope, spans), key=f"money_{scope}")
else:
    st.info(f"No {currency} funding in this period.")

recipients = data.top_recipients(url, period, currency)
if recipients:
    chart(charts.top_recipients(recipients, currency), key="recipients")
else:
    st.info(f"No {currency} funding with a named recipient in this period.")
st.subheader("Latest pledges")
latest = [display_row(pledge) for pledge in data.latest_pledges(url, period)]
reading_table(latest, {**PLEDGE_COLUMNS, "article": "Article"})
