"""The dashboard as `tracker run` serves it (dashboard/serve.py runs this file with
`streamlit run`): the app in streamlit_app.py, whose pages' HTML asks the browser to
fetch Plotly's code at once (dashboard/preloading.py)."""

from __future__ import annotations

import streamlit as st
from starlette.middleware import Middleware

from dashboard.preloading import PreloadPlotly

app = st.App("streamlit_app.py", middleware=[Middleware(PreloadPlotly)])
