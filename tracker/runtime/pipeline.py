"""One source's ingest: fetch, parse, extract, store — in that order, I/O at the ends.

Network work and extraction happen outside any transaction; the source's
entries, pledges, health and fetch log are then written in one short
transaction, so a source is stored whole or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

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
from tracker.domain.articles import needs_extraction
from tracker.domain.scheduling import next_check_after_failure, next_check_after_success
from tracker.extract import EXTRACTOR_VERSION, ArticleText, PledgeMention, extract
from tracker.ingest.fetch import FetchResult, fetch
from tracker.ingest.parse import ParsedEntry, parse_feed
from tracker.ingest.samples import fetch_sample, is_sample_url
from tracker.runtime.fitting import fit_entries, fit_result
from tracker.schema.faults import confirmed_store_fault, describe_error
from tracker.schema.models import FetchLog
from tracker.store.articles import EntryRecord, known_articles, store_entries
from tracker.store.settle import settle
from tracker.store.sources import (
    WARNING_KIND,
    due_source_ids,
    find_source,
    record_failure,
    record_success,
)
from tracker.store.writes import write_transaction

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class _SourceView:
    id: int
    url: str
    etag: str | None
    last_modified: str | None
    interval_minutes: int
    full_text: bool
    consecutive_failures: int
    publisher: str | None


def _load_source(engine: Engine, source_id: int) -> _SourceView:
    with Session(engine) as session:
        source = find_source(session, source_id)
        return _SourceView(
            id=source_id,
            url=source.url,
            etag=source.etag,
            last_modified=source.last_modified,
            interval_minutes=source.interval_minutes,
            full_text=source.full_text,
            consecutive_failures=source.consecutive_failures,
            publisher=source.publisher or source.title,
        )


def _entry_text(entry: ParsedEntry) -> str:
    return entry.content or entry.summary


def _body_for(entry: ParsedEntry, source: _SourceView, settings: Settings) -> tuple[str, str]:
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
    source: _SourceView,
    settings: Settings,
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
            article = ArticleText(entry.title, body, day, publisher=source.publisher or "")
            pledges = tuple(extract(article))
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


def _log_row(source_id: int, started: datetime, now: datetime, worker: str | None, **fields: Any) -> FetchLog:
    return FetchLog(source_id=source_id, started_at=started, finished_at=now, worker=worker, **fields)


def _mark_reached(
    session: Session,
    source: _SourceView,
    result: FetchResult,
    now: datetime,
    title: str | None = None,
    warnings: list[str] | None = None,
) -> None:
    """The feed answered (200 or 304): health restored, validators kept, next check set."""
    record_success(
        session,
        find_source(session, source.id),
        now=now,
        next_check_at=next_check_after_success(now, source.interval_minutes, seed=source.url),
        etag=result.etag,
        last_modified=result.last_modified,
        permanent_url=result.permanent_url,
        title=title,
        warning=_joined(warnings),
    )


def _joined(warnings: list[str] | None) -> str | None:
    return "; ".join(warnings) if warnings else None


def _store_success(
    engine: Engine,
    settings: Settings,
    source: _SourceView,
    result: FetchResult,
    records: list[EntryRecord],
    *,
    feed_title: str | None,
    started: datetime,
    worker: str | None,
    warnings: list[str],
) -> SourceReport:
    now = utcnow()
    with write_transaction(engine) as session:
        counts = store_entries(
            session,
            source.id,
            records,
            now=now,
            extractor_version=EXTRACTOR_VERSION,
            max_updates=settings.max_article_updates,
            publisher=source.publisher,
        )
        settle(
            session,
            linked_articles=counts.extracted_article_ids,
            stale_commitments=counts.stale_commitments,
            months={(source.id, m) for m in counts.months},
        )
        _mark_reached(session, source, result, now, title=feed_title, warnings=warnings)
        session.add(
            _log_row(
                source.id,
                started,
                now,
                worker,
                outcome="ok",
                **_warning_fields(warnings),
                http_status=result.status,
                entries_new=counts.new,
                entries_updated=counts.updated,
                entries_unchanged=counts.unchanged,
                pledges_new=counts.pledges,
                bytes_received=len(result.body),
            )
        )
    return SourceReport(
        source.id,
        source.url,
        "ok",
        counts.new,
        counts.updated,
        counts.unchanged,
        counts.pledges,
        warning=_joined(warnings),
    )


def _store_failure(
    engine: Engine,
    settings: Settings,
    source: _SourceView,
    error: SourceError,
    started: datetime,
    worker: str | None,
) -> SourceReport:
    now = utcnow()
    retry_after = error.retry_after_s if isinstance(error, RateLimitedError) else None
    with write_transaction(engine, shared=False) as session:
        row = find_source(session, source.id)
        record_failure(
            session,
            row,
            error,
            now=now,
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
        http_status = getattr(error, "status", None)
        session.add(
            _log_row(
                source.id,
                started,
                now,
                worker,
                outcome="error",
                http_status=http_status,
                error_kind=error.kind,
                error=error.message[:4000],
            )
        )
    log.info("source %s failed: %s", source.url, error)
    return SourceReport(source.id, source.url, "error", error=f"{error.kind}: {error.message}")


def _warning_fields(warnings: list[str] | None) -> dict[str, str]:
    """A successful poll's warnings, kept in its fetch-log row."""
    return {"error_kind": WARNING_KIND, "error": _joined(warnings) or ""} if warnings else {}


def _store_not_modified(
    engine: Engine,
    source: _SourceView,
    result: FetchResult,
    started: datetime,
    worker: str | None,
    warnings: list[str],
) -> SourceReport:
    now = utcnow()
    with write_transaction(engine, shared=False) as session:
        _mark_reached(session, source, result, now, warnings=warnings)
        session.add(
            _log_row(
                source.id,
                started,
                now,
                worker,
                outcome="not_modified",
                http_status=304,
                **_warning_fields(warnings),
            )
        )
    return SourceReport(source.id, source.url, "not_modified", warning=_joined(warnings))


def _fetch(source: _SourceView, settings: Settings) -> FetchResult:
    if is_sample_url(source.url):
        return fetch_sample(source.url, etag=source.etag)
    return fetch(source.url, settings, etag=source.etag, last_modified=source.last_modified)


def _ingest(
    engine: Engine, settings: Settings, source: _SourceView, started: datetime, worker: str | None
) -> SourceReport:
    try:
        result, warnings = fit_result(_fetch(source, settings))
        if result.status == 304:
            return _store_not_modified(engine, source, result, started, worker, warnings)
        feed = parse_feed(result.body, source.url, timeout_s=settings.parse_timeout_s, now=started)
        entries, entry_warnings = fit_entries(feed.entries)
        warnings = entry_warnings + warnings
        with Session(engine) as session:
            known = known_articles(session, source.id, (e.key for e in entries))
        to_extract = {
            e.key
            for e in entries
            if needs_extraction(e.content_hash, known.get(e.key), settings.max_article_updates)
        }
        for warning in feed.warnings + warnings:
            log.info("source %s: %s", source.url, warning)
        records = prepare_records(entries, to_extract, source, settings)
    except SourceError as exc:
        return _store_failure(engine, settings, source, exc, started, worker)
    return _store_success(
        engine,
        settings,
        source,
        result,
        records,
        feed_title=feed.title,
        started=started,
        worker=worker,
        warnings=warnings,
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
    source: _SourceView,
    exc: Exception,
    started: datetime,
    worker: str | None,
) -> SourceReport:
    """An unexpected error of one source (e.g. a value the database refused): its
    transaction is already rolled back; record it in a new one, like a feed error."""
    kind, message = describe_error(exc)
    log.warning("source %s: %s: %s (rolled back, recorded on the source)", source.url, kind, message)
    log.debug("source %s: traceback", source.url, exc_info=exc)
    error = IngestError(source.url, kind, message)
    try:
        return _store_failure(engine, settings, source, error, started, worker)
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
    engine: Engine, settings: Settings, source_id: int, *, worker: str | None = None
) -> SourceReport:
    """Poll one source and store what it has.

    Any error of this source — from the feed, or from the database while storing
    it (a refused value, a constraint) — is rolled back and recorded on the source,
    not raised (RELIABILITY 39). Only a fault of the whole store (disk full,
    database gone) raises :class:`StoreError` (RELIABILITY 40).
    """
    started = utcnow()
    try:
        source = _load_source(engine, source_id)
    except Exception as exc:
        _raise_if_store_fault(engine, exc)
        raise
    try:
        return _ingest(engine, settings, source, started, worker)
    except Exception as exc:
        _raise_if_store_fault(engine, exc)
        return _record_crash(engine, settings, source, exc, started, worker)


def ingest_due(
    engine: Engine,
    settings: Settings,
    *,
    source_ids: list[int] | None = None,
    on_done: Callable[[SourceReport], None] | None = None,
    worker: str | None = None,
) -> list[SourceReport]:
    """One pass over the given sources, or every due one; one failing never stops the rest.

    A fault of the whole store stops the pass with :class:`RunStoppedError`, which
    says how many sources were not attempted.
    """
    if source_ids is None:
        with Session(engine) as session:
            source_ids = due_source_ids(session, utcnow())
    reports = []
    for index, source_id in enumerate(source_ids):
        try:
            report = ingest_source(engine, settings, source_id, worker=worker)
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


__all__ = ["SourceReport", "database_name", "ingest_due", "ingest_source", "prepare_records"]
