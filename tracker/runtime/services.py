"""Actions users take, shared by the CLI and the dashboard: each opens its own
short transaction, validates input first and saves nothing when it refuses."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Engine

from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.core.errors import InputError, SourceError
from tracker.domain.limits import PUBLISHER_CHARS, TITLE_CHARS, URL_CHARS
from tracker.ingest.safety import check_host_allowed, validate_source_url
from tracker.ingest.source_list import ListedSource
from tracker.schema.models import CommitmentStatusChange, Pledge, Source
from tracker.store import delivery as delivery_store
from tracker.store import review as review_store
from tracker.store import sources as source_store
from tracker.store.writes import write_transaction

IMPORT_BATCH = 500  # sources written per transaction by import_sources
HOST_CHECKS_AT_ONCE = 16  # name lookups in flight while importing


def add_source(
    engine: Engine,
    settings: Settings,
    url: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    interval_minutes: int | None = None,
    full_text: bool = False,
) -> Source:
    """Validate the URL (scheme, SSRF guard) and add the source, due at once.

    Raises UnsafeURLError for a refused URL and AlreadyExistsError for a
    duplicate; in both cases nothing is written.
    """
    clean_url = validate_source_url(url)
    _check_length("URL", clean_url, URL_CHARS)
    _check_length("--title", title, TITLE_CHARS)
    _check_length("--publisher", publisher, PUBLISHER_CHARS)
    check_host_allowed(clean_url, allow_private=settings.allow_private_networks)
    with write_transaction(engine) as session:
        return source_store.add_source(
            session,
            clean_url,
            now=utcnow(),
            title=title,
            publisher=publisher,
            interval_minutes=interval_minutes or settings.default_interval_minutes,
            full_text=full_text,
        )


def _check_length(what: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        raise InputError(f"{what} is {len(value):,} characters long; the most a source keeps is {limit:,}")


@dataclass(frozen=True)
class RefusedSource:
    url: str
    where: str
    reason: str


@dataclass
class ImportReport:
    """What `import_sources` did with each URL of the list, in list order."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # stored already, or earlier in the list
    refused: list[RefusedSource] = field(default_factory=list)


def _field(value: str | None, limit: int) -> str | None:
    text = " ".join((value or "").split())
    return text[:limit] or None


def _host_refusals(urls: Sequence[str], settings: Settings) -> dict[str, str]:
    """The SSRF guard on every URL's host, one lookup per host, several at once: url -> reason."""
    if settings.allow_private_networks:
        return {}  # check_host_allowed refuses nothing then
    by_host: dict[tuple[str, int | None], list[str]] = {}
    for url in urls:
        parsed = httpx.URL(url)
        by_host.setdefault((parsed.host, parsed.port), []).append(url)

    def check(url: str) -> str | None:
        try:
            check_host_allowed(url, allow_private=False, timeout_s=settings.connect_timeout_s)
        except SourceError as exc:
            return exc.message
        return None

    groups = list(by_host.values())
    with ThreadPoolExecutor(max_workers=HOST_CHECKS_AT_ONCE) as pool:
        reasons = list(pool.map(check, [group[0] for group in groups]))
    return {url: reason for group, reason in zip(groups, reasons, strict=True) if reason for url in group}


def import_sources(
    engine: Engine,
    settings: Settings,
    listed: Sequence[ListedSource],
    *,
    interval_minutes: int | None = None,
    full_text: bool = False,
    publisher: str | None = None,
) -> ImportReport:
    """Add every listed feed that passes the checks of :func:`add_source` (scheme, SSRF
    guard, duplicate), in one transaction per :data:`IMPORT_BATCH` sources.

    A URL stored already (or earlier in the list) is skipped; a refused one is
    reported with its reason and nothing is written for it. ``publisher``
    applies to every source, otherwise each keeps the one its list gives.
    """
    interval = interval_minutes or settings.default_interval_minutes
    if interval < 1:
        raise ValueError(f"interval must be at least 1 minute, got {interval}")
    report = ImportReport()
    refused: list[tuple[int, RefusedSource]] = []
    wanted: list[tuple[int, source_store.NewSource, str]] = []
    seen: set[str] = set()
    for position, item in enumerate(listed):
        try:
            url = validate_source_url(item.url)
        except SourceError as exc:
            refused.append((position, RefusedSource(item.url, item.where, exc.message)))
            continue
        if len(url) > source_store.MAX_URL_LENGTH:
            reason = f"longer than {source_store.MAX_URL_LENGTH} characters"
            refused.append((position, RefusedSource(item.url, item.where, reason)))
        elif url in seen:
            report.skipped.append(url)
        else:
            seen.add(url)
            new = source_store.NewSource(
                url,
                title=_field(item.title, 500),
                publisher=_field(publisher or item.publisher, 200),
                interval_minutes=interval,
                full_text=full_text,
            )
            wanted.append((position, new, item.where))
    unsafe = _host_refusals([new.url for _, new, _ in wanted], settings)
    accepted = []
    for position, new, where in wanted:
        if new.url in unsafe:
            refused.append((position, RefusedSource(new.url, where, unsafe[new.url])))
        else:
            accepted.append(new)
    now = utcnow()
    for start in range(0, len(accepted), IMPORT_BATCH):
        batch = accepted[start : start + IMPORT_BATCH]
        with write_transaction(engine) as session:
            added = source_store.add_sources(session, batch, now=now)
        for new in batch:
            (report.added if new.url in added else report.skipped).append(new.url)
    report.refused = [entry for _, entry in sorted(refused, key=lambda pair: pair[0])]
    return report


def remove_source(engine: Engine, ref: str | int) -> Source:
    with write_transaction(engine) as session:
        return source_store.remove_source(session, ref)


def set_source_enabled(engine: Engine, ref: str | int, enabled: bool) -> Source:
    with write_transaction(engine) as session:
        return source_store.set_enabled(session, ref, enabled, now=utcnow())


def check_source_now(engine: Engine, ref: str | int) -> Source:
    """Mark a source due; the worker fetches it on its next tick."""
    with write_transaction(engine) as session:
        return source_store.request_check(session, ref, now=utcnow())


def review_pledge(
    engine: Engine,
    pledge_id: int,
    *,
    status: str,
    reviewer: str,
    corrections: dict[str, Any] | None = None,
    note: str | None = None,
) -> Pledge:
    with write_transaction(engine) as session:
        return review_store.review_pledge(
            session,
            pledge_id,
            status=status,
            reviewer=reviewer,
            now=utcnow(),
            corrections=corrections,
            note=note,
        )


def set_commitment_status(
    engine: Engine,
    commitment_id: int,
    *,
    status: str,
    reviewer: str,
    note: str | None = None,
    evidence_url: str | None = None,
) -> CommitmentStatusChange:
    """Set a commitment's delivery status with a note and an evidence link; the change is kept."""
    with write_transaction(engine) as session:
        return delivery_store.set_delivery_status(
            session,
            commitment_id,
            status=status,
            reviewer=reviewer,
            now=utcnow(),
            note=note,
            evidence_url=evidence_url,
        )
