"""Monthly pledge totals, kept up to date by every writer (see PledgeSummary).

A writer passes the (source, month) pairs it touched; each pair's rows are
recomputed from the pledges and written with upserts, so concurrent writers
never see a pair's rows missing, and rows of kinds, currencies or topics that
no longer occur are removed.

The same refresh keeps the recipient summaries: new money per recipient for the
pair (``RecipientSummary``; triggers move each recipient's all-time total,
``RecipientTotal``, with every row written or deleted, also by a cascade), so
the overview's top recipients never scan the pledges. The change of the pair's rows is also
added to the source's all-time totals (``PledgeTotal``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, delete, func, or_, select, tuple_
from sqlmodel import Session, col

from tracker.domain.kinds import LinkRole, ReviewStatus, kinds_measuring
from tracker.domain.periods import month_end, month_of
from tracker.schema.models import (
    RECIPIENT_KEY_LENGTH,
    Pledge,
    PledgeSummary,
    PledgeTotal,
    RecipientSummary,
)
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
# The recipient as the summaries key it (see RecipientSummary).
RECIPIENT_KEY = func.substr(col(Pledge.recipient), 1, RECIPIENT_KEY_LENGTH)


def gives_new_money() -> list[ColumnElement[bool]]:
    """Pledges that count towards a recipient's new money (as the overview always counted them)."""
    return [
        _FUNDING,
        col(Pledge.review_status) != ReviewStatus.REJECTED.value,
        col(Pledge.new_money) > 0,
        col(Pledge.recipient).is_not(None),
        col(Pledge.currency).is_not(None),
    ]


SUMMARY_COLUMNS = (
    func.count().label("pledges"),
    func.coalesce(func.sum(NEW_MONEY), 0.0).label("new_money"),
    func.coalesce(func.sum(RESTATED_MONEY), 0.0).label("restated_money"),
    func.coalesce(func.sum(STAFF), 0).label("staff"),
)


FIGURES = ("pledges", "new_money", "restated_money", "staff")

# Statements built once (linking refreshes a few pairs per transaction, many times an ingest).
_CURRENCY = func.coalesce(col(Pledge.currency), "")
_OF_PAIR = (
    col(Pledge.source_id) == bindparam("source_id"),
    col(Pledge.announced_on).between(bindparam("first"), bindparam("last")),
)
_PAIR_ROWS = (
    select(col(Pledge.kind), _CURRENCY, col(Pledge.topic), *SUMMARY_COLUMNS)
    .where(*_OF_PAIR)
    .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
    .group_by(col(Pledge.kind), _CURRENCY, col(Pledge.topic))
)
_PAIR_RECIPIENTS = (
    select(col(Pledge.currency), RECIPIENT_KEY, func.count(), func.sum(col(Pledge.new_money)))
    .where(*_OF_PAIR)
    .where(*gives_new_money())
    .group_by(col(Pledge.currency), RECIPIENT_KEY)
)


def _of_pairs(table: type[PledgeSummary] | type[RecipientSummary]) -> tuple[ColumnElement[bool], ...]:
    """The rows of a summary table whose source and month are among the bound lists."""
    return (
        col(table.source_id).in_(bindparam("sources", expanding=True)),
        col(table.month).in_(bindparam("months", expanding=True)),
    )


_STORED_SUMMARIES = select(
    col(PledgeSummary.source_id),
    col(PledgeSummary.month),
    col(PledgeSummary.kind),
    col(PledgeSummary.currency),
    col(PledgeSummary.topic),
    *(col(getattr(PledgeSummary, name)) for name in FIGURES),
).where(*_of_pairs(PledgeSummary))
_STORED_RECIPIENTS_OF = select(
    col(RecipientSummary.source_id),
    col(RecipientSummary.month),
    col(RecipientSummary.currency),
    col(RecipientSummary.recipient),
    col(RecipientSummary.pledges),
    col(RecipientSummary.new_money),
).where(*_of_pairs(RecipientSummary))


_TOTALS_OF_SOURCE = select(
    col(PledgeTotal.kind),
    col(PledgeTotal.currency),
    col(PledgeTotal.topic),
    *(col(getattr(PledgeTotal, name)) for name in FIGURES),
).where(col(PledgeTotal.source_id) == bindparam("source_id"))


def _pair(source_id: int, month: date) -> dict[str, Any]:
    return {"source_id": source_id, "month": month, "first": month, "last": month_end(month)}


Pair = tuple[int, date]  # source id, month
SummaryKey = tuple[str, str, str]  # kind, currency, topic
RecipientKey = tuple[str, str]  # currency, recipient
StoredSummaries = dict[Pair, dict[SummaryKey, tuple[float, ...]]]
StoredRecipients = dict[Pair, dict[RecipientKey, tuple[int, float]]]


def refresh_months(session: Session, pairs: Iterable[tuple[int, date]]) -> None:
    """Recompute the summary rows of these (source id, month) pairs.

    What is stored for them is read first for all of them at once (two queries, not
    two a pair): each pair's refresh writes only that pair's rows."""
    ordered = sorted({(s, month_of(m)) for s, m in pairs})
    if not ordered:
        return
    session.flush()  # pledges added through the ORM count (Core reads do not autoflush)
    summaries, recipients = _stored_of(session, ordered)
    for source_id, month in ordered:
        _refresh(session, source_id, month, summaries.get((source_id, month), {}))
        refresh_recipients(session, source_id, month, recipients.get((source_id, month), {}))
    session.flush()


def _stored_of(
    session: Session, pairs: Sequence[Pair]
) -> tuple[
    dict[Pair, dict[SummaryKey, tuple[float, ...]]], dict[Pair, dict[RecipientKey, tuple[int, float]]]
]:
    """The summary and recipient rows stored for these pairs, by pair."""
    wanted = set(pairs)
    params = {"sources": sorted({s for s, _ in wanted}), "months": sorted({m for _, m in wanted})}
    summaries: StoredSummaries = {}
    for source_id, month, kind, currency, topic, *figures in session.connection().execute(
        _STORED_SUMMARIES, params
    ):
        if (source_id, month) in wanted:
            summaries.setdefault((source_id, month), {})[(kind, currency, topic)] = tuple(
                float(v) for v in figures
            )
    recipients: StoredRecipients = {}
    for source_id, month, currency, recipient, pledges, money in session.connection().execute(
        _STORED_RECIPIENTS_OF, params
    ):
        if (source_id, month) in wanted:
            recipients.setdefault((source_id, month), {})[(currency, recipient)] = (
                int(pledges),
                float(money),
            )
    return summaries, recipients


def refresh_summary(session: Session, source_id: int, month: date) -> None:
    """Recompute one (source id, month) pair's summary and recipient rows."""
    refresh_months(session, [(source_id, month)])


def _refresh(
    session: Session, source_id: int, month: date, before: dict[SummaryKey, tuple[float, ...]]
) -> None:
    """One pair's summary rows from its pledges, given what is stored for it (``before``)."""
    rows = session.connection().execute(_PAIR_ROWS, _pair(source_id, month)).all()
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
    if before.keys() - set(keep):  # rows of kinds, currencies or topics no longer there
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
    after = {(v["kind"], v["currency"], v["topic"]): _figures(v) for v in values}
    move_totals(session, source_id, before, after)


def _figures(row: Any) -> tuple[float, ...]:
    return tuple(float(row[name]) for name in FIGURES)


def move_totals(
    session: Session,
    source_id: int,
    before: dict[SummaryKey, tuple[float, ...]],
    after: dict[SummaryKey, tuple[float, ...]],
) -> None:
    """Add the change of one month's summary rows to the source's all-time totals."""
    zero = (0.0,) * len(FIGURES)
    change = {
        key: tuple(a - b for a, b in zip(after.get(key, zero), before.get(key, zero), strict=True))
        for key in before.keys() | after.keys()
    }
    change = {key: delta for key, delta in change.items() if any(delta)}
    if not change:
        return
    # Every total of the source, kept where it changes: a source has a few dozen, and one
    # statement built once costs less than one built per call with a tuple IN list.
    current = {
        (kind, currency, topic): tuple(float(v) for v in figures)
        for kind, currency, topic, *figures in session.connection().execute(
            _TOTALS_OF_SOURCE, {"source_id": source_id}
        )
        if (kind, currency, topic) in change
    }
    values, gone = [], []
    for key, delta in change.items():
        total = tuple(c + d for c, d in zip(current.get(key, zero), delta, strict=True))
        if total[0] <= 0:
            gone.append(key)
            continue
        kind, currency, topic = key
        values.append(
            {
                "source_id": source_id,
                "kind": kind,
                "currency": currency,
                "topic": topic,
                "pledges": int(total[0]),
                "new_money": total[1],
                "restated_money": total[2],
                "staff": int(total[3]),
            }
        )
    upsert(session, PledgeTotal.__table__, values, ("source_id", "kind", "currency", "topic"))  # type: ignore[attr-defined]
    if gone:
        keys = tuple_(col(PledgeTotal.kind), col(PledgeTotal.currency), col(PledgeTotal.topic))
        session.execute(delete(PledgeTotal).where(col(PledgeTotal.source_id) == source_id, keys.in_(gone)))


def refresh_recipients(
    session: Session, source_id: int, month: date, stored: dict[RecipientKey, tuple[int, float]]
) -> None:
    """Recompute one pair's recipient rows (``stored``: what is there now); recount the
    totals of recipients that changed."""
    fresh = {
        (currency, recipient): (int(pledges), float(money))
        for currency, recipient, pledges, money in session.connection().execute(
            _PAIR_RECIPIENTS, _pair(source_id, month)
        )
    }
    this_pair = (col(RecipientSummary.source_id) == source_id, col(RecipientSummary.month) == month)
    changed = {key for key in fresh.keys() | stored.keys() if fresh.get(key) != stored.get(key)}
    if not changed:
        return  # the usual case for pledges that are not funding
    values = [
        {"month": month, "source_id": source_id, "currency": c, "recipient": r, "pledges": n, "new_money": m}
        for (c, r), (n, m) in fresh.items()
        if (c, r) in changed
    ]
    upsert(session, RecipientSummary.__table__, values, ("month", "source_id", "currency", "recipient"))  # type: ignore[attr-defined]
    gone = [key for key in changed if key not in fresh]
    if gone:
        session.execute(
            delete(RecipientSummary)
            .where(*this_pair)
            .where(tuple_(col(RecipientSummary.currency), col(RecipientSummary.recipient)).in_(gone))
        )
