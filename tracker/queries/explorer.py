"""The pledges explorer: filtered, sorted, paged pledges; one pledge in detail (its
export is tracker.queries.export, with the CLI's columns)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Date, Engine, Select, literal_column, select
from sqlmodel import Session, col

from tracker.domain.kinds import kinds_with_fields
from tracker.domain.periods import Period
from tracker.queries.common import in_period, pledge_row_columns, publisher_label
from tracker.queries.text_search import contains, too_short
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


def conditions(
    flt: PledgeFilter, connection: Connection, *, by_amount: bool = False
) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions for ``connection``'s store (text searches are planned
    on it, see text_search.contains); every user value is a bound parameter."""
    announced: Any = col(Pledge.announced_on)
    if by_amount and connection.dialect.name == "sqlite":
        # SQLite takes the date index for any date range, the explorer's default of all
        # dates included, and then sorts every match; "+column" leaves it the amount index.
        announced = literal_column(f"+{Pledge.__tablename__}.announced_on", type_=Date)
    where = in_period(announced, flt.period)
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
    # Recipients belong to funding, persons to appointments and names to units:
    # saying so lets the (kind, announced_on) index skip the other kinds.
    for text, columns in _text_filters(flt):
        condition = contains(connection, columns, text)
        if condition is None:
            continue  # too short to search; the page says so (unsearched_texts)
        if columns != ("evidence",):
            where.append(col(Pledge.kind).in_(kinds_with_fields(*columns)))
        where.append(condition)
    return where


def _text_filters(flt: PledgeFilter) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (flt.evidence_text, ("evidence",)),
        (flt.recipient_text, ("recipient",)),
        (flt.person_or_unit_text, ("person", "name")),
    ]


def unsearched_texts(flt: PledgeFilter) -> list[str]:
    """The filter's texts that are too short to search (fewer than 3 characters)."""
    return [text.strip() for text, _ in _text_filters(flt) if too_short(text)]


@dataclass(frozen=True)
class Matches:
    """How many pledges match a filter (up to a cap) and, when not capped, which ones."""

    count: int
    capped: bool
    # Every matching id when there are no more than the cap; None when capped.
    ids: tuple[int, ...] | None


def match_pledges(engine: Engine, flt: PledgeFilter, cap: int = COUNT_CAP) -> Matches:
    """The pledges matching ``flt``: counted up to ``cap`` and, when no more, listed.

    Counting a filter that matches few pledges reads every candidate (a common
    word and a kind that never has it: every pledge of that kind), and the first
    page read them all again in date order. With the matches listed, a page is
    drawn from them alone (``search_pledges(among=...)``), so a filter change reads
    the candidates once.
    """
    with engine.connect() as connection:
        query = select(col(Pledge.id)).where(*conditions(flt, connection)).limit(cap + 1)
        ids = tuple(int(found or 0) for found in connection.execute(query).scalars())
    if len(ids) > cap:
        return Matches(cap, True, None)
    return Matches(len(ids), False, ids)


def _rows_query(
    flt: PledgeFilter, sort: str, descending: bool, connection: Connection, among: tuple[int, ...] | None
) -> Select[*tuple[Any, ...]]:
    key = SORT_KEYS.get(sort, SORT_KEYS["date"])
    order = [key.desc(), col(Pledge.id).desc()] if descending else [key.asc(), col(Pledge.id).asc()]
    if sort == "amount" and connection.dialect.name == "postgresql":
        # Empty values (an amount only funding has) sort as SQLite sorts them: last when
        # descending, first when ascending; ix_pledge_amount_id is built in that order.
        order[0] = order[0].nulls_last() if descending else order[0].nulls_first()
    return (
        select(
            *pledge_row_columns(),
            col(Pledge.review_status),
            publisher_label().label("publisher"),
            col(Pledge.evidence),
        )
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(
            # The filter's matches, when listed already (match_pledges), are the filter.
            *(
                [col(Pledge.id).in_(among)]
                if among is not None
                else conditions(flt, connection, by_amount=sort == "amount")
            )
        )
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
    among: tuple[int, ...] | None = None,
) -> list[dict[str, Any]]:
    """One page of matching pledges; ``among``: the filter's matches, when match_pledges
    listed them (the same rows, read by id instead of searched again)."""
    if among is not None and not among[offset : offset + 1]:
        return []
    with engine.connect() as connection:
        query = _rows_query(flt, sort, descending, connection, among).limit(limit).offset(offset)
        return [dict(row._mapping) for row in connection.execute(query)]


def count_pledges(engine: Engine, flt: PledgeFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """How many pledges match, counted up to ``cap``; the flag says the cap was hit."""
    found = match_pledges(engine, flt, cap)
    return found.count, found.capped


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
