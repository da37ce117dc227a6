"""Sources: add, find, enable/disable, remove, and their health after each poll."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, Update, bindparam, case, delete, func, update
from sqlmodel import Session, col, select

from tracker.core.errors import AlreadyExistsError, NotFoundError, SourceError
from tracker.domain.samples import SAMPLE_SCHEME
from tracker.schema.lookups import find_source as find_source  # the store API names it too
from tracker.schema.models import Article, Pledge, Source
from tracker.store.commitments import commitments_of_articles
from tracker.store.fit import clip_row
from tracker.store.settle import settle
from tracker.store.sql import insert_ignoring

MAX_URL_LENGTH = 2000  # Source.url
SOURCE: Table = Source.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class NewSource:
    """A source to add: its URL (validated), and how to poll it."""

    url: str
    title: str | None = None
    publisher: str | None = None
    interval_minutes: int = 60
    full_text: bool = False


# ``last_error_kind`` of a source whose last poll succeeded with warnings (a value
# too long for its column, dropped or shortened): its health stays ok.
WARNING_KIND = "Warning"


def add_source(
    session: Session,
    url: str,
    *,
    now: datetime,
    title: str | None = None,
    publisher: str | None = None,
    interval_minutes: int = 60,
    full_text: bool = False,
) -> Source:
    """Add a source (URL already validated by the caller); due at once."""
    if session.exec(select(Source.id).where(Source.url == url)).first() is not None:
        raise AlreadyExistsError(f"source {url} already exists")
    if interval_minutes < 1:
        raise ValueError(f"interval must be at least 1 minute, got {interval_minutes}")
    source = Source(
        url=url,
        title=title,
        publisher=publisher,
        interval_minutes=interval_minutes,
        full_text=full_text,
        created_at=now,
        next_check_at=now,
    )
    session.add(source)
    session.flush()
    return source


def add_sources(session: Session, rows: Sequence[NewSource], *, now: datetime) -> set[str]:
    """Add many sources (URLs validated by the caller) in multi-row inserts, each due at once.

    A URL already stored is left alone; returns the URLs this call added.
    """
    if not rows:
        return set()
    table: Table = Source.__table__  # type: ignore[attr-defined]
    statement = insert_ignoring(session, table, ("url",)).returning(table.c.url)
    values = [
        {
            "url": row.url,
            "title": row.title,
            "publisher": row.publisher,
            "interval_minutes": row.interval_minutes,
            "full_text": row.full_text,
            "created_at": now,
            "next_check_at": now,
        }
        for row in rows
    ]
    return {url for (url,) in session.execute(statement, values)}


def list_sources(session: Session) -> list[Source]:
    return list(session.exec(select(Source).order_by(col(Source.id))))


def remove_source(session: Session, ref: str | int) -> Source:
    """Remove a source with its articles and pledges; the commitments they belonged to
    (and so the monthly summary) are recomputed from the pledges that remain."""
    source = find_source(session, ref)
    _remove_sources(session, [source.id or 0])
    return source


@dataclass(frozen=True)
class RemovedSources:
    """What a removal took away."""

    sources: int
    articles: int
    pledges: int


def _remove_sources(session: Session, source_ids: Sequence[int]) -> RemovedSources:
    """Delete sources (articles, pledges, reviews, logs and summary rows go by cascade),
    then settle the commitments their pledges were part of."""
    if not source_ids:
        return RemovedSources(0, 0, 0)
    article_ids = list(session.exec(select(Article.id).where(col(Article.source_id).in_(source_ids))))
    pledges = session.exec(
        select(func.count()).select_from(Pledge).where(col(Pledge.source_id).in_(source_ids))
    ).one()
    stale = commitments_of_articles(session, [i for i in article_ids if i is not None])
    session.execute(delete(Source).where(col(Source.id).in_(source_ids)))
    session.expire_all()  # the ORM does not see rows the database removed by cascade
    settle(session, stale_commitments=stale)
    return RemovedSources(len(source_ids), len(article_ids), int(pledges))


def sample_source_ids(session: Session) -> list[int]:
    query = select(Source.id).where(col(Source.url).startswith(SAMPLE_SCHEME, autoescape=True))
    return [int(i) for i in session.exec(query) if i is not None]


def remove_samples(session: Session) -> RemovedSources:
    """Remove every bundled sample source (``sample://``) with its articles, pledges and
    reviews; commitments shared with real sources keep only their real mentions."""
    return _remove_sources(session, sample_source_ids(session))


def set_enabled(session: Session, ref: str | int, enabled: bool, *, now: datetime) -> Source:
    """Enable (due at once, errors cleared) or disable a source by hand."""
    source = find_source(session, ref)
    source.enabled = enabled
    if enabled:
        source.disabled_reason = None
        source.consecutive_failures = 0
        source.failing_since = None
        source.next_check_at = now
    else:
        source.disabled_reason = "disabled by a user"
    session.add(source)
    return source


def request_check(session: Session, ref: str | int, *, now: datetime) -> Source:
    """Make a source due now; the worker picks it up on its next tick."""
    source = find_source(session, ref)
    source.next_check_at = now
    session.add(source)
    return source


def due_source_ids(session: Session, now: datetime, limit: int | None = None) -> list[int]:
    """Enabled sources whose next check has come and that no live worker holds."""
    query = (
        select(Source.id)
        .where(col(Source.enabled).is_(True))
        .where(col(Source.next_check_at) <= now)
        .where((col(Source.lease_expires_at).is_(None)) | (col(Source.lease_expires_at) < now))
        .order_by(col(Source.next_check_at), col(Source.id))
    )
    if limit is not None:
        query = query.limit(limit)
    return [source_id for source_id in session.exec(query) if source_id is not None]


def record_success(
    session: Session,
    source: Source,
    *,
    now: datetime,
    next_check_at: datetime,
    etag: str | None,
    last_modified: str | None,
    permanent_url: str | None = None,
    title: str | None = None,
    warning: str | None = None,
) -> None:
    """A poll that reached the feed (200 or 304): health restored, validators stored.

    ``warning`` (what was changed to fit) is kept in ``last_error`` with kind
    :data:`WARNING_KIND`; a source with warnings is not failing."""
    source.last_checked_at = now
    source.last_success_at = now
    source.next_check_at = next_check_at
    source.consecutive_failures = 0
    source.failing_since = None
    source.last_error = warning
    source.last_error_kind = WARNING_KIND if warning else None
    if warning:
        source.last_error_at = now
    source.etag = etag
    source.last_modified = last_modified
    if permanent_url and permanent_url != source.url and not _url_taken(session, permanent_url):
        source.url = permanent_url
    if title and not source.title:
        source.title = title[:500]
    session.add(source)


_SUCCESS_COLUMNS = (
    "last_checked_at",
    "last_success_at",
    "next_check_at",
    "consecutive_failures",
    "failing_since",
    "last_error",
    "last_error_kind",
    "etag",
    "last_modified",
)


@lru_cache(maxsize=4)
def _success_statement(warned: bool, titled: bool) -> Update:
    """The UPDATE of :func:`record_success_of`, built once per shape with bound values
    (built per poll, its construction and cache key cost more than running it)."""
    names = (*_SUCCESS_COLUMNS, "last_error_at") if warned else _SUCCESS_COLUMNS
    values: dict[str, Any] = {name: bindparam(f"b_{name}", type_=SOURCE.c[name].type) for name in names}
    if titled:
        # The feed's title only names a source that has no title of its own.
        untitled = func.coalesce(SOURCE.c.title, "") == ""
        title = bindparam("b_title", type_=SOURCE.c.title.type)
        values["title"] = case((untitled, title), else_=SOURCE.c.title)
    return update(SOURCE).where(SOURCE.c.id == bindparam("b_id")).values(values)


def record_success_of(
    session: Session,
    source_id: int,
    *,
    now: datetime,
    next_check_at: datetime,
    etag: str | None,
    last_modified: str | None,
    title: str | None = None,
    warning: str | None = None,
) -> None:
    """:func:`record_success` for a poll that kept its URL (no permanent redirect), in one
    UPDATE that loads no Source object: an ingest records this once per feed.

    NotFoundError, as :func:`find_source` says it, when the source is gone."""
    values: dict[str, object] = {
        "last_checked_at": now,
        "last_success_at": now,
        "next_check_at": next_check_at,
        "consecutive_failures": 0,
        "failing_since": None,
        "last_error": warning,
        "last_error_kind": WARNING_KIND if warning else None,
        "etag": etag,
        "last_modified": last_modified,
    }
    if warning:
        values["last_error_at"] = now
    params = {f"b_{name}": value for name, value in clip_row(SOURCE, values).items()}
    params["b_id"] = source_id
    if title:
        params["b_title"] = title[:500]
    statement = _success_statement(bool(warning), bool(title))
    if session.connection().execute(statement, params).rowcount == 0:
        raise NotFoundError(f"no source with id or URL {str(source_id)!r}")


def _url_taken(session: Session, url: str) -> bool:
    return session.exec(select(func.count()).where(Source.url == url)).one() > 0


def record_failure(
    session: Session,
    source: Source,
    error: SourceError,
    *,
    now: datetime,
    next_check_at: datetime,
    failing_after: int,
    disable: bool = False,
) -> None:
    """A failed poll: error stored with its kind, backoff applied, failing marked."""
    source.last_checked_at = now
    source.next_check_at = next_check_at
    source.consecutive_failures += 1
    source.last_error_kind = error.kind
    source.last_error = error.message[:4000]
    source.last_error_at = now
    # failing_since is when the streak began, so "failing since" is true once the
    # streak passes the threshold; tracker.domain.scheduling.is_failing applies the threshold.
    if source.failing_since is None:
        source.failing_since = now
    if disable:
        source.enabled = False
        source.disabled_reason = f"{error.kind}: {error.message}"[:200]
    session.add(source)
