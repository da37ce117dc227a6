"""The dashboard's server process: `python dashboard/serve.py [streamlit run options]`.

The same as `streamlit run dashboard/streamlit_app.py [options]`, except that the
work of a first visit is done before the first visitor comes. `streamlit run`
imports the app's modules (pandas, Plotly, SQLAlchemy, the queries) during the
first script run and opens the engines there, about a second on a quiet
machine, so the first page paid for it. Here they are imported and the
engines opened before the server listens, and once it runs a thread fills the
query caches the Overview (the first page) reads for the default period; a
visitor arriving meanwhile waits for those queries instead of running them a
second time (Streamlit computes one cached value once). The app is served as
served_app.py's st.App, whose pages' HTML asks the browser for Plotly's code at
once (preloading.py). `tracker run` starts the dashboard this way; SIGTERM and
Ctrl-C stop it as they stop `streamlit run`.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
# streamlit_app.py in an st.App whose pages preload Plotly's code (served_app.py).
APP = ROOT / "dashboard" / "served_app.py"
# The runtime comes up within a second or two of bootstrap; give up after this.
RUNTIME_WAIT_S = 60.0


def preload() -> None:
    """Import what the pages import, draw a throwaway figure (Plotly loads its
    validators on first use) and open the engines (cached resources: kept)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    importlib.import_module("pandas")  # the app imports it first too: see streamlit_app.py
    import plotly.graph_objects as go

    # Declaring a cached function before the runtime exists warns once per function
    # ("No runtime found"); their caches are made on first call, in the runtime's storage.
    # (Imported first: Streamlit sets its loggers' levels when it creates them.)
    quiet = logging.getLogger(importlib.import_module("streamlit.runtime.caching.cache_data_api").__name__)
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        from dashboard import charts, commitment_charts, data, exporting, formatting, widgets  # noqa: F401
    finally:
        quiet.setLevel(level)

    go.Figure([go.Scatter(x=[1], y=[1]), go.Bar(x=[1], y=[1])]).to_json()
    try:
        data.reader()
    except Exception:  # the server still starts: the pages say what is wrong, as before
        logging.getLogger(__name__).warning("opening the database failed", exc_info=True)


def warm_first_page() -> None:
    """The Overview's queries for the default period (all time), into Streamlit's
    caches, once the runtime exists (before that the caches are not the server's)."""
    from streamlit import runtime

    deadline = time.monotonic() + RUNTIME_WAIT_S
    while not runtime.exists():
        if time.monotonic() > deadline:
            return
        time.sleep(0.05)
    map_module_files()
    from dashboard import data

    try:
        data.warm_overview()
    except Exception:  # a failed warm-up only means the first visit runs the queries
        logging.getLogger(__name__).warning("warming the Overview's queries failed", exc_info=True)


def map_module_files() -> None:
    """Let :mod:`inspect` map every loaded module to its file now, not in the first visit.

    The first element a Streamlit process sends calls ``inspect.stack()`` (it checks
    whether the app runs in a REPL, to warn); for a frame whose file is no module's (the
    app's scripts are run, not imported) ``inspect.getmodule`` resolves the real path of
    every module's file once and caches it: 0.2 s with the app's imports on SQLite, 0.3 s
    with psycopg's on PostgreSQL, measured in the first visit's sidebar, before the page
    had sent anything. Called once the runtime exists (most of the server's imports are
    done), later calls map only modules imported since.
    """
    inspect.stack()


def stop_with_status_zero() -> None:
    """SIGTERM and Ctrl-C end the server with status 0, as they end `streamlit run`.

    uvicorn, which serves the st.App, shuts down gracefully on either and then raises
    the signal again for the handler it found: Python's default one ended the process
    with status 143 (or a KeyboardInterrupt traceback), so `tracker run` reported a
    dashboard that failed. Before uvicorn runs, either signal ends the start-up.
    """

    def stopped(_signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(0)

    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, stopped)


def main(argv: list[str]) -> None:
    stop_with_status_zero()
    preload()
    threading.Thread(target=warm_first_page, name="warm-overview", daemon=True).start()
    from streamlit.web import cli

    cli.main(args=["run", str(APP), *argv], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
