"""Rebuild the whole monthly summary in one statement (bulk loads, benchmarks, repairs).

Ingest and review keep ``PledgeSummary`` current month by month
(``store.summary.refresh_summary``); after a bulk load that bypasses them, one
INSERT ... SELECT ... GROUP BY rebuilds every row far faster than a refresh per
source and month.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, cast, delete, func, insert, literal_column, select
from sqlmodel import Session, col

from tracker.domain.kinds import ReviewStatus
from tracker.schema.models import Pledge, PledgeSummary
from tracker.store.summary import SUMMARY_COLUMNS


def _month(dialect: str) -> Any:
    if dialect == "sqlite":
        # Dates are stored as ISO text; the first of the month sorts and compares alike.
        return func.strftime("%Y-%m-01", col(Pledge.announced_on))
    return cast(func.date_trunc("month", col(Pledge.announced_on)), Date)


def rebuild_summary(session: Session) -> int:
    """Replace every summary row with totals computed from the pledges; returns rows written."""
    month = _month(session.get_bind().dialect.name).label("month")
    currency = func.coalesce(col(Pledge.currency), "")
    totals = (
        select(month, col(Pledge.source_id), col(Pledge.kind), currency, col(Pledge.topic), *SUMMARY_COLUMNS)
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .group_by(literal_column("1"), col(Pledge.source_id), col(Pledge.kind), currency, col(Pledge.topic))
    )
    session.execute(delete(PledgeSummary))
    columns = [
        "month",
        "source_id",
        "kind",
        "currency",
        "topic",
        "pledges",
        "new_money",
        "restated_money",
        "staff",
    ]
    session.execute(insert(PledgeSummary).from_select(columns, totals))
    return int(session.execute(select(func.count()).select_from(PledgeSummary)).scalar_one())
