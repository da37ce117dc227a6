"""Monthly pledge totals, kept up to date by every writer (see PledgeSummary).

A writer passes the (source, month) pairs it touched; each pair's rows are
recomputed from the pledges and written with upserts, so concurrent writers
never see a pair's rows missing, and rows of kinds, currencies or topics that
no longer occur are removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import and_, case, delete, func, or_, select, tuple_
from sqlmodel import Session, col

from tracker.domain.kinds import LinkRole, ReviewStatus, kinds_measuring
from tracker.domain.periods import month_end, month_of
from tracker.schema.models import Pledge, PledgeSummary
from tracker.store.sql import upsert

_FUNDING = col(Pledge.kind).in_(kinds_measuring("money"))
# New money as linking decided it; an unlinked pledge (linking runs in the same
# transaction, so only in tests) counts its new-scope amount.
NEW_MONEY = case(
    (and_(_FUNDING, col(Pledge.new_money).is_not(None)), col(Pledge.new_money)),
    (
        and_(_FUNDING, func.coalesce(col(Pledge.scope), "new") == "new"),
        func.coalesce(col(Pledge.amount), 0.0),
    ),
    else_=0.0,
)
RESTATED_MONEY = case((_FUNDING, func.coalesce(col(Pledge.amount), 0.0) - NEW_MONEY), else_=0.0)
# Staff pledges count once per commitment: at their first mention.
STAFF = case(
    (
        and_(
            col(Pledge.kind).in_(kinds_measuring("staff")),
            or_(col(Pledge.link_role).is_(None), col(Pledge.link_role) == LinkRole.FIRST.value),
        ),
        func.coalesce(col(Pledge.count), 0),
    ),
    else_=0,
)
SUMMARY_COLUMNS = (
    func.count().label("pledges"),
    func.coalesce(func.sum(NEW_MONEY), 0.0).label("new_money"),
    func.coalesce(func.sum(RESTATED_MONEY), 0.0).label("restated_money"),
    func.coalesce(func.sum(STAFF), 0).label("staff"),
)


def refresh_months(session: Session, pairs: Iterable[tuple[int, date]]) -> None:
    """Recompute the summary rows of these (source id, month) pairs."""
    for source_id, month in sorted({(s, month_of(m)) for s, m in pairs}):
        refresh_summary(session, source_id, month)
    session.flush()


def refresh_summary(session: Session, source_id: int, month: date) -> None:
    month = month_of(month)
    currency = func.coalesce(col(Pledge.currency), "")
    rows = session.execute(
        select(col(Pledge.kind), currency, col(Pledge.topic), *SUMMARY_COLUMNS)
        .where(col(Pledge.source_id) == source_id)
        .where(col(Pledge.announced_on).between(month, month_end(month)))
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .group_by(col(Pledge.kind), currency, col(Pledge.topic))
    ).all()
    values = [
        {
            "month": month,
            "source_id": source_id,
            "kind": kind,
            "currency": currency,
            "topic": topic,
            "pledges": int(pledges),
            "new_money": float(new_money),
            "restated_money": float(restated),
            "staff": int(staff),
        }
        for kind, currency, topic, pledges, new_money, restated, staff in rows
    ]
    upsert(session, PledgeSummary.__table__, values, ("month", "source_id", "kind", "currency", "topic"))  # type: ignore[attr-defined]
    keep = [(v["kind"], v["currency"], v["topic"]) for v in values]
    stale = delete(PledgeSummary).where(
        col(PledgeSummary.source_id) == source_id, col(PledgeSummary.month) == month
    )
    if keep:
        stale = stale.where(
            tuple_(col(PledgeSummary.kind), col(PledgeSummary.currency), col(PledgeSummary.topic)).not_in(
                keep
            )
        )
    session.execute(stale)
