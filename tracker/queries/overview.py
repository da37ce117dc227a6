"""Overview figures from the monthly summary: headline totals, money per month, top recipients."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, select
from sqlmodel import col

from tracker.domain.kinds import ReviewStatus, kinds_measuring
from tracker.domain.periods import Period
from tracker.queries.common import in_period, pledge_row_columns, publisher_label
from tracker.schema.models import (
    Article,
    Pledge,
    PledgeSummary,
    PledgeTotal,
    RecipientSummary,
    RecipientTotal,
    Source,
)


@dataclass(frozen=True)
class Headline:
    """Totals for one period; money in one currency only (never summed across currencies)."""

    currency: str
    new_money: float = 0.0
    restated_money: float = 0.0
    pledges_by_kind: dict[str, int] = field(default_factory=dict)
    staff_pledged: int = 0

    @property
    def pledges(self) -> int:
        return sum(self.pledges_by_kind.values())


@dataclass(frozen=True)
class MoneyMonth:
    """Money announced in one month by one publisher, new or restated."""

    month: date
    publisher: str
    scope: str  # "new" or "restated"
    amount: float


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _summary_period(period: Period) -> list[Any]:
    return in_period(col(PledgeSummary.month), Period(*period.month_bounds()))


def _month_span(
    connection: Connection, table: type[PledgeSummary] | type[RecipientSummary]
) -> tuple[Any, Any]:
    """First and last month of ``table``: two subqueries, because SQLite reads min() or max()
    alone from the index but scans the table for both in one select."""
    first = select(func.min(col(table.month))).scalar_subquery()
    last = select(func.max(col(table.month))).scalar_subquery()
    found = connection.execute(select(first, last)).one()
    return found[0], found[1]


def summary_span(engine: Engine) -> tuple[date, date] | None:
    """First and last month with pledges, or None for an empty database."""
    with engine.connect() as connection:
        first, last = _month_span(connection, PledgeSummary)
    return None if first is None else (_as_date(first), _as_date(last))


def currencies(engine: Engine) -> list[str]:
    """Currencies with funding pledges, the most pledged first (from the all-time totals)."""
    query = (
        select(col(PledgeTotal.currency))
        .where(col(PledgeTotal.kind).in_(kinds_measuring("money")), col(PledgeTotal.currency) != "")
        .group_by(col(PledgeTotal.currency))
        .order_by(func.sum(col(PledgeTotal.pledges)).desc(), col(PledgeTotal.currency))
    )
    with engine.connect() as connection:
        return [str(row[0]) for row in connection.execute(query)]


def _headline_query(table: type[PledgeSummary] | type[PledgeTotal]) -> Select[*tuple[Any, ...]]:
    return select(
        col(table.kind),
        col(table.currency),
        func.sum(col(table.pledges)),
        func.sum(col(table.new_money)),
        func.sum(col(table.restated_money)),
        func.sum(col(table.staff)),
    ).group_by(col(table.kind), col(table.currency))


def money_by_currency(engine: Engine, period: Period) -> dict[str, float]:
    """New and restated money per currency in the period (for the currency shown first)."""
    total = func.sum(col(PledgeSummary.new_money) + col(PledgeSummary.restated_money))
    query = (
        select(col(PledgeSummary.currency), total)
        .where(col(PledgeSummary.kind).in_(kinds_measuring("money")), col(PledgeSummary.currency) != "")
        .where(*_summary_period(period))
        .group_by(col(PledgeSummary.currency))
    )
    with engine.connect() as connection:
        return {str(code): float(amount or 0) for code, amount in connection.execute(query)}


def headline(engine: Engine, period: Period, currency: str) -> Headline:
    """Headline totals for the months of ``period`` (rejected pledges are not in the summary);
    all time from the all-time totals."""
    by_kind: dict[str, int] = defaultdict(int)
    new_money = restated = 0.0
    staff = 0
    with engine.connect() as connection:
        if _whole_span(connection, period, PledgeSummary):
            query = _headline_query(PledgeTotal)
        else:
            query = _headline_query(PledgeSummary).where(*_summary_period(period))
        for kind, row_currency, pledges, new, repeated, people in connection.execute(query):
            by_kind[kind] += int(pledges or 0)
            staff += int(people or 0)
            if row_currency == currency:
                new_money += float(new or 0)
                restated += float(repeated or 0)
    return Headline(currency, new_money, restated, dict(by_kind), staff)


def money_by_month(engine: Engine, period: Period, currency: str) -> list[MoneyMonth]:
    """Funding per month, publisher and new/restated, in one currency (at most months x publishers x 2)."""
    label = publisher_label()
    query = (
        select(
            col(PledgeSummary.month),
            label,
            func.sum(col(PledgeSummary.new_money)),
            func.sum(col(PledgeSummary.restated_money)),
        )
        .join(Source, col(Source.id) == col(PledgeSummary.source_id))
        .where(col(PledgeSummary.kind).in_(kinds_measuring("money")), col(PledgeSummary.currency) == currency)
        .where(*_summary_period(period))
        .group_by(col(PledgeSummary.month), label)
        .order_by(col(PledgeSummary.month), label)
    )
    rows: list[MoneyMonth] = []
    with engine.connect() as connection:
        for month, publisher, new, restated in connection.execute(query):
            for scope, amount in (("new", new), ("restated", restated)):
                if amount:
                    rows.append(MoneyMonth(_as_date(month), str(publisher), scope, float(amount)))
    return rows


def cumulative_new_money(rows: list[MoneyMonth]) -> list[tuple[date, float]]:
    """Running total of new money month by month (pure; input from :func:`money_by_month`)."""
    per_month: dict[date, float] = defaultdict(float)
    for row in rows:
        if row.scope == "new":
            per_month[row.month] += row.amount
    running = 0.0
    points: list[tuple[date, float]] = []
    for month in sorted(per_month):
        running += per_month[month]
        points.append((month, running))
    return points


def _whole_span(
    connection: Connection, period: Period, table: type[PledgeSummary] | type[RecipientSummary]
) -> bool:
    """Whether ``period`` takes in every month of ``table`` (the all-time view)."""
    first, last = _month_span(connection, table)
    start, end = period.month_bounds()
    return (start is None or first is None or start <= _as_date(first)) and (
        end is None or last is None or end >= _as_date(last)
    )


def top_recipients(engine: Engine, period: Period, currency: str, limit: int = 10) -> list[dict[str, Any]]:
    """Recipients of the most new money in the months of the period (rejected pledges left
    out), from the recipient summaries: all time reads the running totals, a shorter
    period adds up its months."""
    query: Select[str, float, int]
    with engine.connect() as connection:
        if _whole_span(connection, period, RecipientSummary):
            query = (
                select(
                    col(RecipientTotal.recipient), col(RecipientTotal.new_money), col(RecipientTotal.pledges)
                )
                .where(col(RecipientTotal.currency) == currency, col(RecipientTotal.new_money) > 0)
                .order_by(col(RecipientTotal.new_money).desc(), col(RecipientTotal.recipient))
                .limit(limit)
            )
        else:
            total = func.sum(col(RecipientSummary.new_money))
            query = (
                select(col(RecipientSummary.recipient), total, func.sum(col(RecipientSummary.pledges)))
                .where(col(RecipientSummary.currency) == currency)
                .where(*in_period(col(RecipientSummary.month), Period(*period.month_bounds())))
                .group_by(col(RecipientSummary.recipient))
                .order_by(total.desc(), col(RecipientSummary.recipient))
                .limit(limit)
            )
        return [
            {"recipient": recipient, "amount": float(amount or 0), "pledges": int(n)}
            for recipient, amount, n in connection.execute(query)
        ]


def latest_pledges(engine: Engine, period: Period, limit: int = 10) -> list[dict[str, Any]]:
    """The most recent pledges with their evidence, newest first (rejected ones left out)."""
    query = (
        select(
            *pledge_row_columns(),
            col(Pledge.evidence),
            publisher_label().label("publisher"),
            col(Article.title).label("article"),
        )
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(
            col(Pledge.review_status) != ReviewStatus.REJECTED.value,
            *in_period(col(Pledge.announced_on), period),
        )
        .order_by(col(Pledge.announced_on).desc(), col(Pledge.id).desc())
        .limit(limit)
    )
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query)]
