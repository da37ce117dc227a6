"""One source's ingest: fetch, parse, extract, store — in that order, I/O at the ends.

Network work, parsing and extraction happen outside any transaction; the
source's entries, pledges, health and fetch log are then written in one short
transaction (``tracker.store.polls``), so a source is stored whole or not at all.

The outside world comes in through :class:`Seams` (the fetcher, the parser, the
extractor and the clock), so the decisions here are tested with fakes as well
as against a real server on loopback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from tracker.core.clock import as_utc, utcnow
from tracker.core.config import Settings
from tracker.core.errors import (
    GoneError,
    IngestError,
    NotFoundError,
    RateLimitedError,
    RunStoppedError,
    SourceError,
    StoreError,
)
from tracker.domain.articles import KnownArticle, needs_extraction
from tracker.domain.scheduling import next_check_after_failure, next_check_after_success
from tracker.extract import EXTRACTOR_VERSION, ArticleText, PledgeMention, extract
from tracker.ingest.fetch import FetchResult, fetch
from tracker.ingest.parse import ParsedEntry, parse_feed
from tracker.ingest.records import ParsedFeed
from tracker.ingest.samples import fetch_sample, is_sample_url
from tracker.runtime.fitting import fit_entries, fit_result
from tracker.runtime.heap import older_objects_set_aside, young_collections_spaced
from tracker.schema.faults import confirmed_store_fault, describe_error
from tracker.store.articles import EntryRecord
from tracker.store.polls import (
    Failed,
    PollTimes,
    Reached,
    SourceView,
    due_sources,
    known_entries,
    load_source,
    save_failure,
    save_fetched,
    save_not_modified,
)

log = logging.getLogger(__name__)


def fetch_source(source: SourceView, settings: Settings) -> FetchResult:
    """The feed's bytes: bundled samples from the package, everything else over HTTP."""
    if is_sample_url(source.url):
        return fetch_sample(source.url, etag=source.etag)
    return fetch(source.url, settings, etag=source.etag, last_modified=source.last_modified)


def parse_source(body: bytes, url: str, settings: Settings, now: datetime) -> ParsedFeed:
    """feedparser on bytes, in the time-limited parser process."""
    return parse_feed(body, url, timeout_s=settings.parse_timeout_s, now=now)


@dataclass(frozen=True)
class Seams:
    """What one poll takes from the outside world."""

    fetch: Callable[[SourceView, Settings], FetchResult] = fetch_source
    parse: Callable[[bytes, str, Settings, datetime], ParsedFeed] = parse_source
    extract: Callable[[ArticleText], list[PledgeMention]] = extract
    clock: Callable[[], datetime] = utcnow


REAL = Seams()


@dataclass(frozen=True)
class SourceReport:
    """What one poll of one source did, for progress bars, logs and summaries."""

    source_id: int
    url: str
    outcome: str  # ok | not_modified | error
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    pledges: int = 0
    error: str | None = None
    warning: str | None = None  # what was changed to fit the store (RELIABILITY 38)


def _entry_text(entry: ParsedEntry) -> str:
    return entry.content or entry.summary


def _body_for(entry: ParsedEntry, source: SourceView, settings: Settings) -> tuple[str, str]:
    """The text to extract from: the linked page's main text when asked and it works."""
    if not (source.full_text and entry.url):
        return _entry_text(entry), "feed"
    from tracker.ingest.fulltext import fetch_full_text  # trafilatura: 0.2 s to import, only when asked

    try:
        return fetch_full_text(entry.url, settings), "page"
    except SourceError as exc:
        log.warning("full text of %s failed, keeping the feed's text: %s", entry.url, exc)
        return _entry_text(entry), "feed"


def prepare_records(
    entries: Iterable[ParsedEntry],
    to_extract: set[str],
    source: SourceView,
    settings: Settings,
    extractor: Callable[[ArticleText], list[PledgeMention]] = extract,
) -> list[EntryRecord]:
    """Turn parsed entries into records; only new or changed ones are extracted."""
    records = []
    for entry in entries:
        body, origin = (_entry_text(entry), "feed")
        pledges: tuple[PledgeMention, ...] = ()
        if entry.key in to_extract:
            body, origin = _body_for(entry, source, settings)
            published = as_utc(entry.published)
            day = published.date() if published else None
            pledges = tuple(extractor(ArticleText(entry.title, body, day, publisher=source.publisher or "")))
        records.append(
            EntryRecord(
                key=entry.key,
                url=entry.url,
                title=entry.title,
                author=entry.author,
                published_at=as_utc(entry.published),
                date_flag=entry.date_flag,
                summary=entry.summary,
                body=body,
                body_origin=origin,
                content_hash=entry.content_hash,
                pledges=pledges,
            )
        )
    return records


def reached(
    source: SourceView, result: FetchResult, now: datetime, warnings: list[str], title: str | None = None
) -> Reached:
    """Pure: what the source keeps of a poll the feed answered."""
    return Reached(
        next_check_at=next_check_after_success(now, source.interval_minutes, seed=source.url),
        etag=result.etag,
        last_modified=result.last_modified,
        permanent_url=result.permanent_url,
        title=title,
        warnings=tuple(warnings),
    )


def failed(source: SourceView, error: SourceError, now: datetime, settings: Settings) -> Failed:
    """Pure: backoff (or Retry-After), the failing mark and a 410's disabling."""
    retry_after = error.retry_after_s if isinstance(error, RateLimitedError) else None
    return Failed(
        error=error,
        next_check_at=next_check_after_failure(
            now,
            source.interval_minutes,
            source.consecutive_failures + 1,
            retry_after_s=retry_after,
            max_backoff_minutes=settings.max_backoff_minutes,
        ),
        failing_after=settings.failing_after,
        disable=isinstance(error, GoneError),
    )


def entries_to_extract(
    entries: Iterable[ParsedEntry], known: Mapping[str, KnownArticle], max_updates: int
) -> set[str]:
    """Pure: new entries, and changed ones that have not flapped too often."""
    return {e.key for e in entries if needs_extraction(e.content_hash, known.get(e.key), max_updates)}


def _store_failure(
    engine: Engine,
    settings: Settings,
    source: SourceView,
    error: SourceError,
    started: datetime,
    worker: str | None,
    seams: Seams = REAL,
) -> SourceReport:
    now = seams.clock()
    save_failure(engine, source, failed(source, error, now, settings), PollTimes(started, now, worker))
    log.info("source %s failed: %s", source.url, error)
    return SourceReport(source.id, source.url, "error", error=f"{error.kind}: {error.message}")


def _ingest(
    engine: Engine,
    settings: Settings,
    source: SourceView,
    started: datetime,
    worker: str | None,
    seams: Seams,
) -> SourceReport:
    try:
        result, warnings = fit_result(seams.fetch(source, settings))
        if result.status == 304:
            now = seams.clock()
            done = reached(source, result, now, warnings)
            save_not_modified(engine, source, done, PollTimes(started, now, worker))
            return SourceReport(source.id, source.url, "not_modified", warning=done.warning)
        feed = seams.parse(result.body, source.url, settings, started)
        entries, entry_warnings = fit_entries(feed.entries)
        warnings = entry_warnings + warnings
        known = known_entries(engine, source.id, (e.key for e in entries))
        to_extract = entries_to_extract(entries, known, settings.max_article_updates)
        for warning in feed.warnings + warnings:
            log.info("source %s: %s", source.url, warning)
        records = prepare_records(entries, to_extract, source, settings, seams.extract)
    except SourceError as exc:
        return _store_failure(engine, settings, source, exc, started, worker, seams)
    now = seams.clock()
    done = reached(source, result, now, warnings, title=feed.title)
    counts = save_fetched(
        engine,
        source,
        records,
        done,
        PollTimes(started, now, worker),
        http_status=result.status,
        bytes_received=len(result.body),
        extractor_version=EXTRACTOR_VERSION,
        max_updates=settings.max_article_updates,
    )
    return SourceReport(
        source.id,
        source.url,
        "ok",
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.pledges,
        warning=done.warning,
    )


def database_name(engine: Engine) -> str:
    """The engine's URL without its password, to name the store in messages."""
    return engine.url.render_as_string(hide_password=True)


def _raise_if_store_fault(engine: Engine, exc: BaseException) -> None:
    if isinstance(exc, StoreError):
        raise exc
    fault = confirmed_store_fault(exc, engine)
    if fault is not None:
        raise StoreError(database_name(engine), fault.message()) from exc


def _record_crash(
    engine: Engine,
    settings: Settings,
    source: SourceView,
    exc: Exception,
    started: datetime,
    worker: str | None,
    seams: Seams = REAL,
) -> SourceReport:
    """An unexpected error of one source (e.g. a value the database refused): its
    transaction is already rolled back; record it in a new one, like a feed error."""
    kind, message = describe_error(exc)
    log.warning("source %s: %s: %s (rolled back, recorded on the source)", source.url, kind, message)
    log.debug("source %s: traceback", source.url, exc_info=exc)
    error = IngestError(source.url, kind, message)
    try:
        return _store_failure(engine, settings, source, error, started, worker, seams)
    except Exception as again:
        _raise_if_store_fault(engine, again)
        kind_again, message_again = describe_error(again)
        log.error(
            "source %s: %s; recording it failed: %s: %s", source.url, message, kind_again, message_again
        )
        return SourceReport(
            source.id, source.url, "error", error=f"{kind}: {message} (not recorded: {message_again})"
        )


def ingest_source(
    engine: Engine, settings: Settings, source_id: int, *, worker: str | None = None, seams: Seams = REAL
) -> SourceReport:
    """Poll one source and store what it has.

    Any error of this source — from the feed, or from the database while storing
    it (a refused value, a constraint) — is rolled back and recorded on the source,
    not raised (RELIABILITY 39). Only a fault of the whole store (disk full,
    database gone) raises :class:`StoreError` (RELIABILITY 40).
    """
    started = seams.clock()
    try:
        source = load_source(engine, source_id)
    except Exception as exc:
        _raise_if_store_fault(engine, exc)
        raise
    try:
        # The collector's full passes look at this source's objects only (see heap.py).
        with older_objects_set_aside():
            return _ingest(engine, settings, source, started, worker, seams)
    except Exception as exc:
        _raise_if_store_fault(engine, exc)
        return _record_crash(engine, settings, source, exc, started, worker, seams)


def ingest_due(
    engine: Engine,
    settings: Settings,
    *,
    source_ids: list[int] | None = None,
    on_done: Callable[[SourceReport], None] | None = None,
    worker: str | None = None,
    seams: Seams = REAL,
) -> list[SourceReport]:
    """One pass over the given sources, or every due one; one failing never stops the rest.

    A fault of the whole store stops the pass with :class:`RunStoppedError`, which
    says how many sources were not attempted.
    """
    if source_ids is None:
        source_ids = due_sources(engine, seams.clock())
    with young_collections_spaced():
        return _ingest_each(engine, settings, source_ids, on_done, worker, seams)


def _ingest_each(
    engine: Engine,
    settings: Settings,
    source_ids: list[int],
    on_done: Callable[[SourceReport], None] | None,
    worker: str | None,
    seams: Seams,
) -> list[SourceReport]:
    reports = []
    for index, source_id in enumerate(source_ids):
        try:
            report = ingest_source(engine, settings, source_id, worker=worker, seams=seams)
        except NotFoundError:
            log.info("source %d was removed before its turn: skipped", source_id)
            continue
        except StoreError as exc:
            left = len(source_ids) - index - 1
            raise RunStoppedError(
                exc.database,
                f"{exc.message}; source {source_id} rolled back and {left} of {len(source_ids)} "
                "sources not attempted: fix the database, then run again (the next run completes them)",
                not_attempted=left,
                total=len(source_ids),
            ) from exc
        reports.append(report)
        if on_done:
            on_done(report)
    return reports


__all__ = ["REAL", "Seams", "SourceReport", "database_name", "ingest_due", "ingest_source", "prepare_records"]
