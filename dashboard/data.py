"""Cached loaders: the only place pages get data from.

The engine is a cached resource (one per database URL per process, schema
brought up to date once); query results are cached for a short TTL keyed by
the URL and the filters, so a rerun after a widget change costs nothing and a
worker's new pledges show up within a minute. Pages call :func:`clear` after
writing so that a review or a new source shows at once.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st
from sqlalchemy import Engine

from tracker.core.config import Settings, load_settings
from tracker.domain.periods import Period
from tracker.queries import commitments, explorer, export, health, overview, review, stats, timeline
from tracker.queries.commitments import CommitmentFilter, CommitmentRow
from tracker.queries.explorer import PledgeFilter
from tracker.runtime import services

TTL_SECONDS = 60


def settings() -> Settings:
    """Settings from the environment on every run (cheap), so tests can point the app anywhere."""
    return load_settings()


def database_url() -> str:
    return settings().resolved_database_url()


@st.cache_resource(show_spinner=False)
def _engines(url: str) -> tuple[Engine, Engine]:
    """A reader engine (deferred transactions) and a writer engine (BEGIN IMMEDIATE) for ``url``."""
    return services.open_engines(url)  # the schema brought up to date first


def reader() -> Engine:
    return _engines(database_url())[0]


def writer() -> Engine:
    return _engines(database_url())[1]


def clear() -> None:
    """Forget cached query results after a write (engines stay)."""
    st.cache_data.clear()


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def summary_span(url: str) -> tuple[date, date] | None:
    return overview.summary_span(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def currencies(url: str) -> list[str]:
    return overview.currencies(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def money_by_currency(url: str, period: Period) -> dict[str, float]:
    return overview.money_by_currency(_engines(url)[0], period)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def source_health_counts(url: str, failing_after: int) -> dict[str, int]:
    """Sources and failing ones counted as `tracker stats` counts them."""
    return stats.source_health_counts(_engines(url)[0], failing_after)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def headline(url: str, period: Period, currency: str) -> overview.Headline:
    return overview.headline(_engines(url)[0], period, currency)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def money_by_month(url: str, period: Period, currency: str) -> list[overview.MoneyMonth]:
    return overview.money_by_month(_engines(url)[0], period, currency)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def top_recipients(url: str, period: Period, currency: str) -> list[dict[str, Any]]:
    return overview.top_recipients(_engines(url)[0], period, currency)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def latest_pledges(url: str, period: Period) -> list[dict[str, Any]]:
    return overview.latest_pledges(_engines(url)[0], period)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def sources_health(url: str, failing_after: int) -> list[dict[str, Any]]:
    return health.sources_health(_engines(url)[0], failing_after)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def failing_spans(url: str, period: Period) -> list[health.FailingSpan]:
    return health.failing_spans(_engines(url)[0], period)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def source_choices(url: str) -> list[tuple[int, str]]:
    return explorer.sources_for_filter(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def search_pledges(
    url: str, flt: PledgeFilter, sort: str, descending: bool, limit: int, offset: int
) -> list[dict[str, Any]]:
    # A filter with few matches has them listed already: the page reads those rows only.
    among = match_pledges(url, flt).ids
    return explorer.search_pledges(
        _engines(url)[0], flt, sort=sort, descending=descending, limit=limit, offset=offset, among=among
    )


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def match_pledges(url: str, flt: PledgeFilter) -> explorer.Matches:
    return explorer.match_pledges(_engines(url)[0], flt)


def count_pledges(url: str, flt: PledgeFilter) -> tuple[int, bool]:
    found = match_pledges(url, flt)
    return found.count, found.capped


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def pledge_detail(url: str, pledge_id: int) -> dict[str, Any] | None:
    return explorer.pledge_detail(_engines(url)[0], pledge_id)


def export_rows(url: str, flt: PledgeFilter) -> list[dict[str, Any]]:
    """The CLI's export rows for the filter (tracker.queries.export). Not cached: runs
    only when a download is asked for."""
    return list(export.iter_export_rows(_engines(url)[0], flt, cap=export.EXPORT_CAP))


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def timeline_events(url: str, period: Period, source_ids: tuple[int, ...]) -> list[dict[str, Any]]:
    return timeline.timeline_events(_engines(url)[0], period, source_ids)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def review_queue(url: str, limit: int, offset: int) -> list[dict[str, Any]]:
    return review.review_queue(_engines(url)[0], limit, offset)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def queue_size(url: str) -> tuple[int, bool]:
    return review.queue_size(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def decision_on(url: str, article_id: int, fingerprint: str) -> dict[str, Any] | None:
    return review.decision_on(_engines(url)[0], article_id, fingerprint)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def recent_reviews(url: str) -> list[dict[str, Any]]:
    return review.recent_reviews(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def find_commitments(url: str, flt: CommitmentFilter, limit: int, offset: int) -> list[CommitmentRow]:
    return commitments.find_commitments(_engines(url)[0], flt, limit=limit, offset=offset)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def count_commitments(url: str, flt: CommitmentFilter) -> int:
    return commitments.count_commitments(_engines(url)[0], flt)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def commitment_facts(url: str, commitment_ids: tuple[int, ...]) -> dict[int, dict[str, str]]:
    return commitments.mention_facts(_engines(url)[0], commitment_ids)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def commitment(url: str, commitment_id: int) -> CommitmentRow | None:
    return commitments.get_commitment(_engines(url)[0], commitment_id)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def commitment_story(url: str, commitment_id: int) -> list[dict[str, Any]]:
    return commitments.commitment_story(_engines(url)[0], commitment_id)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def status_history(url: str, commitment_id: int) -> list[dict[str, Any]]:
    return commitments.status_history(_engines(url)[0], commitment_id)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def new_money_by_topic(url: str, flt: CommitmentFilter) -> list[dict[str, Any]]:
    return commitments.new_money_by_topic(_engines(url)[0], flt)


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def commitment_currencies(url: str) -> list[str]:
    return commitments.commitment_currencies(_engines(url)[0])


@st.cache_data(ttl=TTL_SECONDS, show_spinner=False)
def publishers(url: str) -> list[str]:
    return commitments.publishers(_engines(url)[0])


def commitments_export(url: str, flt: CommitmentFilter, cap: int = 100_000) -> list[dict[str, Any]]:
    """Not cached: runs only when a download is asked for. The fields of `tracker commitments --json`."""
    rows = commitments.find_commitments(_engines(url)[0], flt, limit=cap)
    return [{**row.as_dict(), "aliases": "; ".join(row.aliases)} for row in rows]


# The extractor's measured scores, as the quality guard and the README's table have them.
SCORES_FILE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus" / "scores.json"


@st.cache_data(show_spinner=False)
def extractor_scores(path: str = str(SCORES_FILE)) -> dict[str, Any] | None:
    """The scores file, or None when this install has no copy of it (a wheel without tests)."""
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def warm_overview() -> None:
    """Fill the caches the first page reads (the sample banner and the Overview, for the
    default period and the currency it opens on), in the order the page reads them; run
    by the server process (dashboard/serve.py) before anyone visits."""
    url = database_url()
    failing_after = settings().failing_after
    sources_health(url, failing_after)
    span = summary_span(url)
    source_health_counts(url, failing_after)
    if span is None:
        return
    period = Period()
    by_currency = money_by_currency(url, period)
    # The Overview's own choice (charts.default_currency): the most money, ties alphabetical.
    currency = (
        min(by_currency, key=lambda code: (-by_currency[code], code))
        if by_currency
        else (currencies(url) or ["GBP"])[0]
    )
    headline(url, period, currency)
    failing_spans(url, period)
    money_by_month(url, period, currency)
    top_recipients(url, period, currency)
    latest_pledges(url, period)
