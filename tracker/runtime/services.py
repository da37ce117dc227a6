"""Actions users take, shared by the CLI and the dashboard: each opens its own
short transaction, validates input first and saves nothing when it refuses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.ingest.safety import check_host_allowed, validate_source_url
from tracker.schema.models import Pledge, Source
from tracker.store import review as review_store
from tracker.store import sources as source_store
from tracker.store.writes import write_transaction


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
