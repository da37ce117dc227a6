"""Policy Tracker dashboard: `streamlit run dashboard/streamlit_app.py`.

Reads the database named by TRACKER_DATABASE_URL (or the default SQLite file)
and never runs the scheduler or fetches feeds: "check now" only marks a source
due for the worker (`tracker schedule`), which runs as its own process.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import streamlit as st

# `streamlit run` puts this file's folder on sys.path, not the project root;
# the pages import `dashboard.*` and `tracker.*` from there.
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# pandas is imported here, fully, before any page draws a chart: Plotly looks pandas
# up in sys.modules without importing it, so a page running in one session while
# another session's first run is still importing pandas saw a half-initialised
# module ("partially initialized module 'pandas' has no attribute 'Series"). An
# import waits for an import in progress in another thread to finish.
importlib.import_module("pandas")
PAGES_DIR = Path(__file__).resolve().parent / "app_pages"


def main() -> None:
    st.set_page_config(page_title="Policy Tracker", page_icon=":material/account_balance:", layout="wide")
    pages = [
        st.Page(PAGES_DIR / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
        st.Page(PAGES_DIR / "commitments.py", title="Commitments", icon=":material/handshake:"),
        st.Page(PAGES_DIR / "explorer.py", title="Pledges explorer", icon=":material/table_view:"),
        st.Page(PAGES_DIR / "timeline.py", title="Timeline", icon=":material/timeline:"),
        st.Page(PAGES_DIR / "sources.py", title="Sources", icon=":material/rss_feed:"),
        st.Page(PAGES_DIR / "review.py", title="Review", icon=":material/fact_check:"),
        st.Page(PAGES_DIR / "method.py", title="Method", icon=":material/menu_book:"),
    ]
    page = st.navigation(pages)
    from dashboard.widgets import period_control, sample_banner  # after sys.path is set

    with st.sidebar:
        period_control()
    sample_banner()
    page.run()


main()
