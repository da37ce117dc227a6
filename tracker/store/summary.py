"""Monthly pledge totals kept up to date at ingest and review (see PledgeSummary)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from tracker.domain.periods import month_end, month_of
from tracker.schema.expressions import EFFECTIVE_SCOPE
from tracker.schema.models import Pledge, PledgeSummary


def refresh_months(session: Session, pairs: Iterable[tuple[int, date]]) -> None:
    """Refresh the summary for (source_id, month) pairs."""
    by_source: dict[int, set[date]] = {}
    for source_id, month in pairs:
        by_source.setdefault(source_id, set()).add(month)
    for source_id, months in sorted(by_source.items()):
        refresh_summary(session, source_id, months)


def refresh_summary(session: Session, source_id: int, months: Iterable[date]) -> None:
    """Recompute the summary rows of one source for the given months.

    Only the worker holding the source's lease (or a reviewer's short
    transaction) touches these rows, so delete-and-insert cannot race.
    """
    for month in sorted({month_of(m) for m in months}):
        session.execute(
            delete(PledgeSummary)
            .where(col(PledgeSummary.source_id) == source_id)
            .where(col(PledgeSummary.month) == month)
        )
        rows = session.execute(
            select(
                col(Pledge.kind),
                func.coalesce(Pledge.currency, ""),
                EFFECTIVE_SCOPE,
                func.count(),
                func.coalesce(func.sum(Pledge.amount), 0.0),
                func.coalesce(func.sum(Pledge.count), 0),
            )
            .where(col(Pledge.source_id) == source_id)
            .where(col(Pledge.announced_on).between(month, month_end(month)))
            .where(col(Pledge.review_status) != "rejected")
            .group_by(col(Pledge.kind), col(Pledge.currency), EFFECTIVE_SCOPE)
        ).all()
        for kind, currency, scope, pledges, amount_total, count_total in rows:
            session.add(
                PledgeSummary(
                    month=month,
                    source_id=source_id,
                    kind=kind,
                    currency=currency,
                    scope=scope,
                    pledges=pledges,
                    amount_total=float(amount_total),
                    count_total=int(count_total),
                )
            )
    session.flush()
