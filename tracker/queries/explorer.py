"""The pledges explorer: filtered, sorted, paged pledges; one pledge in detail; export."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, func, or_, select
from sqlmodel import Session, col

from tracker.domain.kinds import kinds_measuring
from tracker.domain.periods import Period
from tracker.queries.common import (
    LIKE_ESCAPE,
    in_period,
    like_pattern,
    pledge_row_columns,
    publisher_label,
)
from tracker.schema.models import Article, Pledge, Source

# Sort keys users may choose; anything else falls back to the date. The id
# breaks ties so that paging is stable.
SORT_KEYS: dict[str, Any] = {
    "date": col(Pledge.announced_on),
    "amount": col(Pledge.amount),
    "kind": col(Pledge.kind),
    "confidence": col(Pledge.confidence),
    "review status": col(Pledge.review_status),
    "id": col(Pledge.id),
}
# Counting every match of a broad filter over a million rows is slow; beyond
# this many the page says "more than".
COUNT_CAP = 10_000
EXPORT_CAP = 100_000

TABLE_COLUMNS = (
    "id",
    "date",
    "kind",
    "amount",
    "currency",
    "scope",
    "recipient",
    "name",
    "person",
    "role",
    "count",
    "review_status",
    "publisher",
    "evidence",
)


@dataclass(frozen=True)
class PledgeFilter:
    """Everything the explorer filters on; tuples so Streamlit can hash it for caching."""

    period: Period = field(default_factory=Period)
    kinds: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    currencies: tuple[str, ...] = ()
    amount_min: float | None = None
    amount_max: float | None = None
    evidence_text: str = ""
    recipient_text: str = ""
    person_or_unit_text: str = ""
    review_statuses: tuple[str, ...] = ()


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = column.ilike(like_pattern(text.strip()), escape=LIKE_ESCAPE)
    return condition


def conditions(flt: PledgeFilter) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions; every user value is a bound parameter."""
    where = in_period(col(Pledge.announced_on), flt.period)
    for values, column in (
        (flt.kinds, col(Pledge.kind)),
        (flt.source_ids, col(Pledge.source_id)),
        (flt.currencies, col(Pledge.currency)),
        (flt.review_statuses, col(Pledge.review_status)),
    ):
        if values:
            where.append(column.in_(values))
    if flt.amount_min is not None:
        where.append(col(Pledge.amount) >= flt.amount_min)
    if flt.amount_max is not None:
        where.append(col(Pledge.amount) <= flt.amount_max)
    if flt.evidence_text.strip():
        where.append(_contains(col(Pledge.evidence), flt.evidence_text))
    # Recipients belong to funding, persons to appointments and names to units:
    # saying so lets the (kind, announced_on) index skip the other kinds.
    if flt.recipient_text.strip():
        where.append(col(Pledge.kind).in_(kinds_measuring("money")))
        where.append(_contains(col(Pledge.recipient), flt.recipient_text))
    if flt.person_or_unit_text.strip():
        text = flt.person_or_unit_text
        where.append(col(Pledge.kind).in_(("unit", "appointment")))
        where.append(or_(_contains(col(Pledge.person), text), _contains(col(Pledge.name), text)))
    return where


def _rows_query(flt: PledgeFilter, sort: str, descending: bool) -> Select[*tuple[Any, ...]]:
    key = SORT_KEYS.get(sort, SORT_KEYS["date"])
    order = [key.desc(), col(Pledge.id).desc()] if descending else [key.asc(), col(Pledge.id).asc()]
    return (
        select(
            *pledge_row_columns(),
            col(Pledge.review_status),
            publisher_label().label("publisher"),
            col(Pledge.evidence),
        )
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(*conditions(flt))
        .order_by(*order)
    )


def search_pledges(
    engine: Engine,
    flt: PledgeFilter,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """One page of matching pledges."""
    query = _rows_query(flt, sort, descending).limit(limit).offset(offset)
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]


def count_pledges(engine: Engine, flt: PledgeFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """How many pledges match, counted up to ``cap``; the flag says the cap was hit."""
    inner = select(col(Pledge.id)).where(*conditions(flt)).limit(cap + 1).subquery()
    with engine.connect() as connection:
        total = int(connection.execute(select(func.count()).select_from(inner)).scalar_one())
    return min(total, cap), total > cap


def iter_export(engine: Engine, flt: PledgeFilter, cap: int = EXPORT_CAP) -> Iterator[dict[str, Any]]:
    """Matching pledges with provenance for CSV/JSON export, newest first, at most ``cap``."""
    query = (
        _rows_query(flt, "date", True)
        .add_columns(
            col(Pledge.qualifier),
            col(Pledge.period).label("pledge_period"),
            col(Pledge.parent),
            col(Pledge.organisation),
            col(Pledge.confidence),
            col(Pledge.fingerprint),
            col(Pledge.extractor_version),
            col(Article.title).label("article_title"),
            col(Article.url).label("article_url"),
        )
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .limit(cap)
    )
    with engine.connect() as connection:
        for row in connection.execution_options(yield_per=2000).execute(query):
            yield dict(row._mapping)


def sources_for_filter(engine: Engine) -> list[tuple[int, str]]:
    """(id, label) of every source, for the publisher filter."""
    query = select(col(Source.id), publisher_label()).order_by(publisher_label(), col(Source.id))
    with engine.connect() as connection:
        return [(int(source_id), str(label)) for source_id, label in connection.execute(query)]


def _other_pledges(session: Session, article_id: int, pledge_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(*pledge_row_columns(), col(Pledge.review_status))
        .where(col(Pledge.article_id) == article_id, col(Pledge.id) != pledge_id)
        .order_by(col(Pledge.span_start))
    )
    return [dict(row._mapping) for row in rows]


def pledge_detail(engine: Engine, pledge_id: int) -> dict[str, Any] | None:
    """One pledge with its article (title, date, link, body) and the article's other pledges."""
    query = (
        select(Pledge, Article, publisher_label())
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(col(Pledge.id) == pledge_id)
    )
    with Session(engine) as session:
        found = session.execute(query).first()
        if found is None:
            return None
        pledge, article, publisher = found
        return {
            "pledge": pledge.model_dump(),
            "article": article.model_dump(include={"id", "title", "url", "published_at", "body"}),
            "publisher": str(publisher),
            "others": _other_pledges(session, pledge.article_id, pledge_id),
        }
