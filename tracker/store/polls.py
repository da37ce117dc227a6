"""One poll of one source in the database: what the pipeline reads before it fetches, and
the short transactions that store what it found.

The pipeline computes everything (fetch, parse, extract, the source's next check)
before calling these; each opens its own write transaction and only writes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Table, bindparam, insert, select
from sqlmodel import Session

from tracker.core.errors import NotFoundError, SourceError
from tracker.domain.articles import KnownArticle
from tracker.domain.scheduling import LINK_BATCH_FIRST, next_link_batch
from tracker.schema.models import FetchLog
from tracker.store.articles import EntryRecord, StoreCounts, known_articles, store_entries
from tracker.store.commitments import oldest_first
from tracker.store.driver import fetch_all
from tracker.store.fit import clip_row
from tracker.store.held import insert_held
from tracker.store.pledges import warm_topics
from tracker.store.settle import settle
from tracker.store.sources import (
    SOURCE,
    WARNING_KIND,
    due_source_ids,
    find_source,
    record_failure,
    record_success,
    record_success_of,
)
from tracker.store.summary import refresh_months
from tracker.store.writes import write_transaction

FETCH_LOG: Table = FetchLog.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SourceView:
    """What a poll needs to know of its source, read before any network work."""

    id: int
    url: str
    etag: str | None
    last_modified: str | None
    interval_minutes: int
    full_text: bool
    consecutive_failures: int
    publisher: str | None


@dataclass(frozen=True)
class Reached:
    """The feed answered (200 or 304): what the source row keeps of it."""

    next_check_at: datetime
    etag: str | None
    last_modified: str | None
    permanent_url: str | None = None
    title: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def warning(self) -> str | None:
        return "; ".join(self.warnings) if self.warnings else None


@dataclass(frozen=True)
class Failed:
    """A failed poll: the error and what it decides for the source."""

    error: SourceError
    next_check_at: datetime
    failing_after: int
    disable: bool


@dataclass(frozen=True)
class PollTimes:
    started: datetime
    finished: datetime
    worker: str | None


# Built once and read through the driver (store/driver.py): a select built and compiled-cache
# keyed per call cost more than SQLite's work for this one row.
_SOURCE_VIEW = select(
    SOURCE.c.url,
    SOURCE.c.etag,
    SOURCE.c.last_modified,
    SOURCE.c.interval_minutes,
    SOURCE.c.full_text,
    SOURCE.c.consecutive_failures,
    SOURCE.c.publisher,
    SOURCE.c.title,
).where(SOURCE.c.id == bindparam("source_id"))


def load_source(engine: Engine, source_id: int) -> SourceView:
    """What a poll needs of its source: one plain select, no ORM object."""
    with engine.connect() as connection:
        rows = fetch_all(connection, _SOURCE_VIEW, {"source_id": source_id})
    if not rows:
        raise NotFoundError(f"no source with id or URL {str(source_id)!r}")  # as find_source says it
    url, etag, last_modified, interval_minutes, full_text, consecutive_failures, publisher, title = rows[0]
    return SourceView(
        id=source_id,
        url=url,
        etag=etag,
        last_modified=last_modified,
        interval_minutes=interval_minutes,
        full_text=full_text,
        consecutive_failures=consecutive_failures,
        publisher=publisher or title,
    )


def known_entries(engine: Engine, source_id: int, keys: Iterable[str]) -> dict[str, KnownArticle]:
    with engine.connect() as connection:
        return known_articles(connection, source_id, keys)


def due_sources(engine: Engine, now: datetime) -> list[int]:
    with Session(engine) as session:
        return due_source_ids(session, now)


def _log(session: Session, times: PollTimes, source_id: int, outcome: str, **fields: Any) -> None:
    """The poll's fetch-log row, one INSERT (every column given: no ORM object, no defaults)."""
    row = {
        "source_id": source_id,
        "started_at": times.started,
        "finished_at": times.finished,
        "outcome": outcome,
        "http_status": None,
        "error_kind": None,
        "error": None,
        "entries_new": 0,
        "entries_updated": 0,
        "entries_unchanged": 0,
        "pledges_new": 0,
        "bytes_received": 0,
        "worker": times.worker,
        **fields,
    }
    session.connection().execute(insert(FETCH_LOG), clip_row(FETCH_LOG, row))


def _warning_fields(reached: Reached) -> dict[str, str]:
    """A successful poll's warnings, kept in its fetch-log row."""
    return {"error_kind": WARNING_KIND, "error": reached.warning or ""} if reached.warnings else {}


def _mark_reached(session: Session, source: SourceView, reached: Reached, now: datetime) -> None:
    health: dict[str, Any] = {
        "now": now,
        "next_check_at": reached.next_check_at,
        "etag": reached.etag,
        "last_modified": reached.last_modified,
        "title": reached.title,
        "warning": reached.warning,
    }
    if not reached.permanent_url:
        # The usual poll: one UPDATE. A permanent redirect (rare) moves the source's URL
        # unless another source has it, which the ORM path below checks.
        record_success_of(session, source.id, **health)
        return
    record_success(session, find_source(session, source.id), permanent_url=reached.permanent_url, **health)
    session.flush()  # before the fetch log's Core insert, as one flush did both before


def save_fetched(
    engine: Engine,
    source: SourceView,
    records: Sequence[EntryRecord],
    reached: Reached,
    times: PollTimes,
    *,
    http_status: int,
    bytes_received: int,
    extractor_version: str,
    max_updates: int,
) -> StoreCounts:
    """Entries, pledges, the source's health and the fetch log in one transaction (the
    source is stored whole or not at all).

    The new pledges are linked to their commitments in that transaction too when their
    articles fit one linking batch (the usual poll: a feed's few new entries), so the
    monthly summary is refreshed once, after linking; a larger set is linked after it in
    short transactions of their own (:func:`link_new_pledges`), so no writer waits
    behind a whole feed's linking."""
    warm_topics((m for r in records for m in r.pledges), source.publisher)
    size = _PACE.size
    with write_transaction(engine) as session:
        counts = store_entries(
            session,
            source.id,
            records,
            now=times.finished,
            extractor_version=extractor_version,
            max_updates=max_updates,
            publisher=source.publisher,
            hold_new_pledges=True,
        )
        months = {(source.id, m) for m in counts.months}
        linked_now = len(counts.extracted_article_ids) <= size
        if linked_now:
            began = time.perf_counter()
            # New articles' pledges are inserted as linking decides their links.
            settle(
                session,
                linked_articles=counts.extracted_article_ids,
                stale_commitments=counts.stale_commitments,
                months=months,
                held=counts.held,
            )
            took = time.perf_counter() - began
        else:
            insert_held(session, counts.held)
            refresh_months(session, months)
        _mark_reached(session, source, reached, times.finished)
        _log(
            session,
            times,
            source.id,
            "ok",
            **_warning_fields(reached),
            http_status=http_status,
            entries_new=counts.new,
            entries_updated=counts.updated,
            entries_unchanged=counts.unchanged,
            pledges_new=counts.pledges,
            bytes_received=bytes_received,
        )
    if linked_now:
        _PACE.size = next_link_batch(size, took)
    else:
        link_new_pledges(engine, counts.extracted_article_ids, counts.stale_commitments)
    return counts


LINK_PAUSE_S = 0.005


@dataclass
class _LinkPace:
    """Articles per linking transaction, carried from one feed to the next in this
    process: most feeds bring a few articles, so a size learnt within one call
    would never shrink, and a busy machine would keep over-long transactions."""

    size: int = LINK_BATCH_FIRST


_PACE = _LinkPace()


def link_new_pledges(engine: Engine, article_ids: Sequence[int], stale_commitments: set[int]) -> None:
    """Refresh the commitments that lost members, then link the articles' pledges, a few
    articles per transaction (as many as fit the lock budget: ``next_link_batch``).
    Until then the pledges count as new-scope money in the summary; a run that stops
    half-way leaves them for the next (``relink_pending``)."""
    if stale_commitments:
        with write_transaction(engine) as session:
            settle(session, stale_commitments=stale_commitments)
    with engine.connect() as connection:
        # Oldest first across the batches too, so a batch rarely lands before one it follows.
        # Read again (not taken as given, see ``OldestFirst``): the articles' transaction
        # has ended, and this order is only as good as what is stored now.
        ordered = oldest_first(connection, list(article_ids))
    start = 0
    while start < len(ordered):
        if start:
            time.sleep(LINK_PAUSE_S)  # a gap for a waiting writer (a reviewer) between batches
        size = _PACE.size
        with write_transaction(engine) as session:
            # Timed from the lock taken (write_transaction queues for it first), not from
            # the queue: waiting behind other workers is no reason to link fewer articles.
            began = time.perf_counter()
            settle(session, linked_articles=ordered[start : start + size])
        start += size
        _PACE.size = next_link_batch(size, time.perf_counter() - began)


def save_not_modified(engine: Engine, source: SourceView, reached: Reached, times: PollTimes) -> None:
    with write_transaction(engine, shared=False) as session:
        _mark_reached(session, source, reached, times.finished)
        _log(session, times, source.id, "not_modified", http_status=304, **_warning_fields(reached))


def save_failure(engine: Engine, source: SourceView, failed: Failed, times: PollTimes) -> None:
    with write_transaction(engine, shared=False) as session:
        record_failure(
            session,
            find_source(session, source.id),
            failed.error,
            now=times.finished,
            next_check_at=failed.next_check_at,
            failing_after=failed.failing_after,
            disable=failed.disable,
        )
        session.flush()  # the source's failure first, as one flush wrote both before
        _log(
            session,
            times,
            source.id,
            "error",
            http_status=getattr(failed.error, "status", None),
            error_kind=failed.error.kind,
            error=failed.error.message[:4000],
        )
