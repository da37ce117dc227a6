"""Sources: health of every feed; add, enable, disable, remove, and "check now".

The dashboard never fetches: "check now" makes the source due and the worker
(`tracker schedule`) fetches it on its next tick.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import data
from dashboard.formatting import day, escape_markdown
from dashboard.widgets import table
from tracker.core.errors import AlreadyExistsError, FetchError, NotFoundError, UnsafeURLError
from tracker.runtime import services

HEALTH_COLUMNS = {
    "id": "ID",
    "name": "Publisher",
    "sample": "Sample data",
    "status": "Status",
    "last_success_at": "Last success (UTC)",
    "last_error": "Last error",
    "last_error_at": "Last error at (UTC)",
    "failing_since": "Failing since (UTC)",
    "next_check_at": "Next check (UTC)",
    "articles": "Articles",
    "pledges": "Pledges",
    "url": "Feed URL",
    "disabled_reason": "Why disabled",
}
TIMES = ("last_success_at", "last_error_at", "failing_since", "next_check_at")


def health_row(row: dict[str, Any]) -> dict[str, Any]:
    """A source as the table shows it: times in UTC without zone noise, a sample badge."""
    shown = {**row, **{name: day(row.get(name)) for name in TIMES}}
    shown["sample"] = "Sample" if row.get("sample") else ""
    shown["status"] = str(row["status"]).capitalize()
    return shown


def _flash(kind: str, message: str) -> None:
    """Keep a message across the rerun that follows a write."""
    st.session_state["sources_flash"] = (kind, message)


def _show_flash() -> None:
    kind, message = st.session_state.pop("sources_flash", (None, None))
    if kind == "success":
        st.success(message)
    elif kind == "error":
        st.error(message)


def _add_form() -> None:
    with st.form("add_source", clear_on_submit=False):
        st.subheader("Add a source")
        url = st.text_input("Feed URL (http:// or https://)", key="add_url")
        title = st.text_input("Title (optional)", key="add_title")
        publisher = st.text_input("Publisher or department (optional)", key="add_publisher")
        interval = st.number_input("Check every (minutes)", min_value=1, value=60, key="add_interval")
        full_text = st.checkbox("Fetch each article's full page", key="add_full_text")
        if st.form_submit_button("Add source"):
            _add(url, title, publisher, int(interval), full_text)


def _add(url: str, title: str, publisher: str, interval: int, full_text: bool) -> None:
    shown = escape_markdown(url.strip()) or "(empty)"
    try:
        services.add_source(
            data.writer(),
            data.settings(),
            url,
            title=title.strip() or None,
            publisher=publisher.strip() or None,
            interval_minutes=interval,
            full_text=full_text,
        )
    except UnsafeURLError as exc:
        st.error(f"Refused {shown}: {escape_markdown(exc.message)}. Nothing was saved.")
    except AlreadyExistsError:
        st.warning(f"{shown} is already a source. Nothing was saved.")
    except FetchError as exc:
        st.error(f"Could not check the host of {shown}: {escape_markdown(exc.message)}. Nothing was saved.")
    except ValueError as exc:
        st.error(f"{escape_markdown(str(exc))}. Nothing was saved.")
    else:
        data.clear()
        _flash("success", f"Added {shown}; the worker fetches it on its next tick.")
        st.rerun()


def _act(action: str, source_id: int) -> None:
    engine = data.writer()
    try:
        if action == "enable":
            services.set_source_enabled(engine, source_id, True)
        elif action == "disable":
            services.set_source_enabled(engine, source_id, False)
        elif action == "check":
            services.check_source_now(engine, source_id)
        elif action == "remove":
            services.remove_source(engine, source_id)
    except NotFoundError:
        _flash("error", f"Source {source_id} no longer exists.")
    else:
        done = {
            "enable": "enabled",
            "disable": "disabled",
            "check": "due now; the worker checks it on its next tick",
            "remove": "removed with its articles and pledges",
        }[action]
        _flash("success", f"Source {source_id} {done}.")
    data.clear()
    st.rerun()


def _actions(rows: list[dict[str, Any]]) -> None:
    st.subheader("Manage a source")
    labels = {
        row["id"]: f"#{row['id']} {row['name']} ({row['status']}{', sample' if row['sample'] else ''})"
        for row in rows
    }
    source_id = st.selectbox("Source", list(labels), format_func=lambda key: labels[key], key="manage_source")
    if source_id is None:
        return
    c1, c2, c3, c4 = st.columns(4)
    if c1.button("Enable", key="enable"):
        _act("enable", source_id)
    if c2.button("Disable", key="disable"):
        _act("disable", source_id)
    if c3.button("Check now", key="check_now", help="Marks it due; the worker fetches it"):
        _act("check", source_id)
    confirm = c4.checkbox("Yes, remove it and its pledges", key="confirm_remove")
    if c4.button("Remove", key="remove", disabled=not confirm):
        _act("remove", source_id)


st.title("Sources")
url = data.database_url()
_show_flash()
rows = data.sources_health(url, data.settings().failing_after)
if rows:
    table([health_row(row) for row in rows], HEALTH_COLUMNS, key="health_table")
    st.caption(
        f"Failing: {data.settings().failing_after} failed checks in a row; "
        "failing since is when that streak began."
    )
else:
    st.info("No sources yet. Add a government press-release feed below.", icon=":material/rss_feed:")
_add_form()
if rows:
    _actions(rows)
