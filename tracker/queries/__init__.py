"""Read-only queries for the dashboard: parameterised SQL aggregates, no Streamlit.

Charts read the monthly ``PledgeSummary`` table (kept up to date at ingest and
review), so they never scan every pledge; tables read ``Pledge`` with LIMIT and
indexed filters. Every function takes an Engine and returns plain data
(dataclasses, lists of dicts) that Streamlit can cache and tests can compare.
"""
