"""Small UI pieces shared by the pages: the one period, the sample-data banner, empty
states, feed text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import streamlit as st

from dashboard import data
from dashboard.formatting import escape_markdown, highlighted_markdown, period_words, safe_link
from tracker.domain.limits import plural
from tracker.domain.periods import Period, add_months
from tracker.queries.health import sample_totals
from tracker.runtime import services

ALL_TIME = "All time"
CHOOSE = "Choose dates"
# Months counted back from today (this month included); 0 = this calendar year.
PRESETS = {ALL_TIME: None, "Last 3 months": 3, "Last 12 months": 12, "This year": 0, "Last 5 years": 60}
# The period is one widget of the entry file (rendered on every run, so it keeps its
# value across pages); pages read what it chose from PERIOD_STATE.
PERIOD_KEY = "period_preset"
RANGE_KEY = "period_range"
PERIOD_STATE = "period"
EMPTY_HINT = (
    "No pledges yet. Add a feed on the **Sources** page; the worker (`tracker schedule`, "
    "or `tracker ingest` once) fetches it and pledges appear here."
)


def today() -> date:
    return datetime.now(UTC).date()


def preset_period(preset: str, now: date) -> Period:
    """The dates of a preset: all time, or whole months counted back from ``now``'s month."""
    months = PRESETS.get(preset)
    if months is None:
        return Period()
    if months == 0:
        return Period(date(now.year, 1, 1), now)
    return Period(add_months(now.replace(day=1), 1 - months), now)


def period_control() -> Period:
    """The one period of every page (in the sidebar), defaulting to all time."""
    now = today()
    choice = st.selectbox("Period (every page)", [*PRESETS, CHOOSE], key=PERIOD_KEY)
    if choice == CHOOSE:
        picked = st.date_input("From – to", value=(now - timedelta(days=365), now), key=RANGE_KEY)
        # While a range is being picked the widget returns one date only.
        period = Period(*picked) if isinstance(picked, tuple) and len(picked) == 2 else Period()
    else:
        period = preset_period(str(choice), now)
    st.session_state[PERIOD_STATE] = period
    st.caption(f"Showing: {period_words(period.start, period.end)}")
    return period


def shared_period() -> Period:
    """The period chosen in the sidebar (all time before the sidebar has run)."""
    period = st.session_state.get(PERIOD_STATE)
    return period if isinstance(period, Period) else Period()


def show_period(period: Period) -> None:
    st.caption(
        f"Period: {period_words(period.start, period.end)} (the same on every page; change it in the sidebar)"
    )


def sample_banner() -> None:
    """While bundled sample sources exist, every page says so and offers to remove them."""
    rows = data.sources_health(data.database_url(), data.settings().failing_after)
    sources, articles, pledges = sample_totals(rows)
    if message := st.session_state.pop("samples_flash", None):
        st.success(message)
    if not sources:
        return
    with st.container(border=True):
        which = (
            f"{sources} of the {len(rows)} sources is a bundled sample"
            if sources == 1
            else f"{sources} of the {len(rows)} sources are bundled samples"
        )
        st.warning(
            f"**Sample data.** {which}: invented announcements ({plural(articles, 'article')}, "
            f"{plural(pledges, 'pledge')}) from invented publishers named \u201cSample: \u2026\u201d. "
            "Every figure on these pages includes them until they are removed.",
            icon=":material/science:",
        )
        if st.button("Remove all sample data", key="remove_samples", help="Same as `tracker remove-samples`"):
            removed = services.remove_samples(data.writer())
            data.clear()
            st.session_state["samples_flash"] = (
                f"Removed {plural(removed.sources, 'sample source')} with "
                f"{plural(removed.articles, 'article')} and {plural(removed.pledges, 'pledge')}; "
                "commitments and totals recomputed."
            )
            st.rerun()


WIDE = ("evidence",)
MEDIUM = ("about", "last_error", "decision", "pledge", "article")
EVIDENCE_ROW_HEIGHT = 64  # about two lines of evidence per row


def table(
    rows: Sequence[Mapping[str, Any]],
    columns: Mapping[str, str],
    *,
    key: str | None = None,
    selectable: bool = False,
) -> int | None:
    """A table people read: the given columns under plain headers, empty cells blank,
    long text wide and on taller rows. Returns the selected row's index when ``selectable``."""
    config: dict[str, Any] = {
        name: st.column_config.TextColumn(label, width="large" if name in WIDE else "medium")
        if name in WIDE or name in MEDIUM
        else label
        for name, label in columns.items()
    }
    options: dict[str, Any] = {"on_select": "rerun", "selection_mode": "single-row"} if selectable else {}
    event = st.dataframe(
        list(rows),
        hide_index=True,
        column_order=tuple(columns),
        column_config=config,
        placeholder="",
        row_height=EVIDENCE_ROW_HEIGHT
        if any(name in WIDE or name == "decision" for name in columns)
        else None,
        key=key,
        **options,
    )
    if not selectable or event is None:
        return None
    picked = event.selection.rows
    return picked[0] if picked and picked[0] < len(rows) else None


def reading_table(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str]) -> None:
    """A short table read in full (latest pledges, recent decisions): every cell wraps, feed
    text is escaped Markdown (inert), and the evidence has its figure in bold."""
    shown = []
    for row in rows:
        cells = {}
        for name, label in columns.items():
            value = row.get(name)
            text = "" if value is None else str(value)
            cells[label] = (
                highlighted_markdown(text, _hints(row)) if name == "evidence" else escape_markdown(text)
            )
        shown.append(cells)
    st.table(shown, hide_index=True)


def _hints(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in (row.get("name"), row.get("person")) if v)


def empty_state(message: str = EMPTY_HINT) -> None:
    st.info(message, icon=":material/inbox:")


def feed_text(text: str | None, *, bold: bool = False) -> None:
    """Untrusted text as inert Markdown (no HTML, links, images or directives)."""
    body = escape_markdown(text or "")
    st.markdown(f"**{body}**" if bold and body else body)


def article_link(url: str | None, label: str = "Open the article") -> None:
    link = safe_link(url)
    if link:
        st.link_button(label, link)
    elif url:
        st.caption("The article link is not an http(s) URL, so it is not shown as a link.")


# Plotly's toolbar (zoom, pan, download as PNG) is a second layer of buttons and
# listeners on every chart; the charts are read, not explored, so it is left out.
PLOTLY_CONFIG = {"displayModeBar": False, "displaylogo": False, "scrollZoom": False}


def chart(figure: Any, *, key: str) -> None:
    """A Plotly figure with the dashboard's light configuration (every chart goes through here)."""
    st.plotly_chart(figure, key=key, config=PLOTLY_CONFIG)
