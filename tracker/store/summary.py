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

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, bindparam, case, delete, func, literal, or_, select, tuple_
from sqlmodel import Session, col

from tracker.domain.kinds import LinkRole, ReviewStatus, kinds_measuring
from tracker.domain.periods import month_end, month_of
from tracker.schema.models import (
    RECIPIENT_KEY_LENGTH,
    Pledge,
    PledgeSummary,
    PledgeTotal,
    RecipientSummary,
    metadata,
)
from tracker.store.driver import fetch_all
from tracker.store.sql import IN_SIZES, in_size, listed, padded, upsert


def _kind_in(kinds: Sequence[str]) -> ColumnElement[bool]:
    """``pledge.kind IN (...)`` with the kinds as the statement's own binds, not one
    expanding bind (which SQLAlchemy renders anew at every execution and
    ``store.driver.fetch_all`` refuses): the SQL sent is the same."""
    return col(Pledge.kind).in_([literal(kind) for kind in kinds])


_FUNDING = _kind_in(kinds_measuring("money"))
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
            _kind_in(kinds_measuring("staff")),
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
# Statements built once (linking refreshes a few pairs per transaction, many times an
# ingest). The pairs of one refresh are read together, one statement per month for
# their sources (padded to a few sizes: :func:`tracker.store.sql.listed`), not one per pair.
_CURRENCY = func.coalesce(col(Pledge.currency), "")


def _of_month(size: int) -> tuple[ColumnElement[bool], ...]:
    """Pledges of the ``size`` sources bound as s0, s1... dated in the month bound as first, last."""
    return (
        listed(col(Pledge.source_id), "s", size),
        col(Pledge.announced_on).between(bindparam("first"), bindparam("last")),
    )


@lru_cache(maxsize=16)
def _month_rows(size: int) -> Any:
    return (
        select(col(Pledge.source_id), col(Pledge.kind), _CURRENCY, col(Pledge.topic), *SUMMARY_COLUMNS)
        .where(*_of_month(size))
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .group_by(col(Pledge.source_id), col(Pledge.kind), _CURRENCY, col(Pledge.topic))
    )


@lru_cache(maxsize=16)
def _month_recipients(size: int) -> Any:
    return (
        select(
            col(Pledge.source_id),
            col(Pledge.currency),
            RECIPIENT_KEY,
            func.count(),
            func.sum(col(Pledge.new_money)),
        )
        .where(*_of_month(size))
        .where(*gives_new_money())
        .group_by(col(Pledge.source_id), col(Pledge.currency), RECIPIENT_KEY)
    )


def _of_pairs(
    table: type[PledgeSummary] | type[RecipientSummary], sources: int, months: int
) -> tuple[ColumnElement[bool], ...]:
    """The rows of a summary table whose source is among the ``sources`` bound as s0,
    s1... and whose month is among the ``months`` bound as m0, m1..."""
    return (listed(col(table.source_id), "s", sources), listed(col(table.month), "m", months))


@lru_cache(maxsize=64)
def _stored_summaries(sources: int, months: int) -> Any:
    return select(
        col(PledgeSummary.source_id),
        col(PledgeSummary.month),
        col(PledgeSummary.kind),
        col(PledgeSummary.currency),
        col(PledgeSummary.topic),
        *(col(getattr(PledgeSummary, name)) for name in FIGURES),
    ).where(*_of_pairs(PledgeSummary, sources, months))


@lru_cache(maxsize=64)
def _stored_recipients(sources: int, months: int) -> Any:
    return select(
        col(RecipientSummary.source_id),
        col(RecipientSummary.month),
        col(RecipientSummary.currency),
        col(RecipientSummary.recipient),
        col(RecipientSummary.pledges),
        col(RecipientSummary.new_money),
    ).where(*_of_pairs(RecipientSummary, sources, months))


@lru_cache(maxsize=16)
def _totals_of_sources(size: int) -> Any:
    return select(
        col(PledgeTotal.source_id),
        col(PledgeTotal.kind),
        col(PledgeTotal.currency),
        col(PledgeTotal.topic),
        *(col(getattr(PledgeTotal, name)) for name in FIGURES),
    ).where(listed(col(PledgeTotal.source_id), "s", size))


Pair = tuple[int, date]  # source id, month
SummaryKey = tuple[str, str, str]  # kind, currency, topic
RecipientKey = tuple[str, str]  # currency, recipient
StoredSummaries = dict[Pair, dict[SummaryKey, tuple[float, ...]]]
StoredRecipients = dict[Pair, dict[RecipientKey, tuple[int, float]]]
Totals = dict[tuple[int, SummaryKey], tuple[float, ...]]  # (source id, key) -> figures


class _Writes:
    """A refresh's writes to one table, in the order the pairs make them: consecutive
    upserts go as one executemany, a delete between them keeps its place (the
    recipients' triggers add and subtract all-time totals in that order)."""

    def __init__(self, table: Table, conflict_on: tuple[str, ...]) -> None:
        self.table, self.conflict_on = table, conflict_on
        self.steps: list[Any] = []  # lists of rows to upsert, or delete statements

    def upsert(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.steps and isinstance(self.steps[-1], list):
            self.steps[-1].extend(rows)
        else:
            self.steps.append(list(rows))

    def delete(self, statement: Any) -> None:
        self.steps.append(statement)

    def run(self, session: Session) -> None:
        for step in self.steps:
            if isinstance(step, list):
                upsert(session, self.table, step, self.conflict_on)
            else:
                session.execute(step)


def refresh_months(session: Session, pairs: Iterable[tuple[int, date]]) -> None:
    """Recompute the summary rows of these (source id, month) pairs.

    What is stored for them and what their pledges add up to are read for all of them
    at once (a few queries, not five a pair); each pair's refresh writes only that
    pair's rows, and the writes go together at the end."""
    ordered = sorted({(s, month_of(m)) for s, m in pairs})
    if not ordered:
        return
    session.flush()  # pledges added through the ORM count (Core reads do not autoflush)
    summaries, recipients = _stored_of(session, ordered)
    fresh, fresh_recipients = _fresh_of(session, ordered)
    totals = _totals_of(session, sorted({s for s, _ in ordered}))
    writes = (
        _Writes(metadata.tables["pledgesummary"], ("month", "source_id", "kind", "currency", "topic")),
        _Writes(metadata.tables["pledgetotal"], ("source_id", "kind", "currency", "topic")),
        _Writes(metadata.tables["recipientsummary"], ("month", "source_id", "currency", "recipient")),
    )
    for source_id, month in ordered:
        pair = (source_id, month)
        _refresh(writes[0], writes[1], totals, source_id, month, summaries.get(pair, {}), fresh.get(pair, []))
        refresh_recipients(
            writes[2], source_id, month, recipients.get(pair, {}), fresh_recipients.get(pair, {})
        )
    for table_writes in writes:
        table_writes.run(session)
    session.flush()


def _stored_of(
    session: Session, pairs: Sequence[Pair]
) -> tuple[
    dict[Pair, dict[SummaryKey, tuple[float, ...]]], dict[Pair, dict[RecipientKey, tuple[int, float]]]
]:
    """The summary and recipient rows stored for these pairs, by pair."""
    wanted = set(pairs)
    summaries: StoredSummaries = {}
    recipients: StoredRecipients = {}
    for size, params in _pairs_bound(wanted):
        for source_id, month, kind, currency, topic, *figures in _read(
            session, _stored_summaries(*size), params
        ):
            if (source_id, month) in wanted:
                summaries.setdefault((source_id, month), {})[(kind, currency, topic)] = tuple(
                    float(v) for v in figures
                )
        for source_id, month, currency, recipient, pledges, money in _read(
            session, _stored_recipients(*size), params
        ):
            if (source_id, month) in wanted:
                recipients.setdefault((source_id, month), {})[(currency, recipient)] = (
                    int(pledges),
                    float(money),
                )
    return summaries, recipients


def _pairs_bound(pairs: Iterable[Pair]) -> Iterator[tuple[tuple[int, int], dict[str, Any]]]:
    """The binds of :func:`_of_pairs` covering every source and month of ``pairs`` (a
    superset of the pairs: the caller keeps the rows of its own), in chunks of at most
    the largest IN size; with the (sources, months) sizes that statement is built for."""
    sources = sorted({s for s, _ in pairs})
    months = sorted({m for _, m in pairs})
    step = IN_SIZES[-1]
    for s_start in range(0, len(sources), step):
        s_chunk = sources[s_start : s_start + step]
        for m_start in range(0, len(months), step):
            m_chunk = months[m_start : m_start + step]
            size = (in_size(len(s_chunk)), in_size(len(m_chunk)))
            yield size, {**padded("s", s_chunk, size[0]), **padded("m", m_chunk, size[1])}


def _read(session: Session, statement: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    # A refresh's reads run once per linking transaction: SQLAlchemy's per-call work
    # (cache key, parameter dict, Row objects) cost as much as SQLite's on them.
    return fetch_all(session.connection(), statement, params)


FreshRows = dict[Pair, list[tuple[Any, ...]]]
FreshRecipients = dict[Pair, dict[RecipientKey, tuple[int, float]]]


def _fresh_of(session: Session, pairs: Sequence[Pair]) -> tuple[FreshRows, FreshRecipients]:
    """What the pairs' pledges add up to, by pair: the summary rows (kind, currency,
    topic and figures) and the recipients' (pledges, new money); one query of each per
    month and up to 512 sources."""
    rows: FreshRows = {}
    recipients: FreshRecipients = {}
    by_month: dict[date, list[int]] = {}
    for source_id, month in pairs:
        by_month.setdefault(month, []).append(source_id)
    for month, sources in sorted(by_month.items()):
        for start in range(0, len(sources), IN_SIZES[-1]):
            chunk = sources[start : start + IN_SIZES[-1]]
            size = in_size(len(chunk))
            params = {**padded("s", chunk, size), "first": month, "last": month_end(month)}
            for source_id, *row in _read(session, _month_rows(size), params):
                rows.setdefault((source_id, month), []).append(tuple(row))
            for source_id, currency, recipient, pledges, money in _read(
                session, _month_recipients(size), params
            ):
                found = recipients.setdefault((source_id, month), {})
                found[(currency, recipient)] = (int(pledges), float(money))
    return rows, recipients


def _totals_of(session: Session, sources: Sequence[int]) -> Totals:
    """Every all-time total of these sources (a source has a few dozen)."""
    totals: Totals = {}
    for start in range(0, len(sources), IN_SIZES[-1]):
        chunk = sources[start : start + IN_SIZES[-1]]
        size = in_size(len(chunk))
        for source_id, kind, currency, topic, *figures in _read(
            session, _totals_of_sources(size), padded("s", chunk, size)
        ):
            totals[(source_id, (kind, currency, topic))] = tuple(float(v) for v in figures)
    return totals


def refresh_summary(session: Session, source_id: int, month: date) -> None:
    """Recompute one (source id, month) pair's summary and recipient rows."""
    refresh_months(session, [(source_id, month)])


def _refresh(
    writes: _Writes,
    total_writes: _Writes,
    totals: Totals,
    source_id: int,
    month: date,
    before: dict[SummaryKey, tuple[float, ...]],
    rows: list[tuple[Any, ...]],
) -> None:
    """One pair's summary rows from its pledges (``rows``), given what is stored for it
    (``before``)."""
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
    writes.upsert(values)
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
        writes.delete(stale)
    after = {(v["kind"], v["currency"], v["topic"]): _figures(v) for v in values}
    move_totals(total_writes, totals, source_id, before, after)


def _figures(row: Any) -> tuple[float, ...]:
    return tuple(float(row[name]) for name in FIGURES)


def move_totals(
    writes: _Writes,
    totals: Totals,
    source_id: int,
    before: dict[SummaryKey, tuple[float, ...]],
    after: dict[SummaryKey, tuple[float, ...]],
) -> None:
    """Add the change of one month's summary rows to the source's all-time totals
    (``totals``, as read before the refresh and kept as it writes)."""
    zero = (0.0,) * len(FIGURES)
    change = {
        key: tuple(a - b for a, b in zip(after.get(key, zero), before.get(key, zero), strict=True))
        for key in before.keys() | after.keys()
    }
    change = {key: delta for key, delta in change.items() if any(delta)}
    if not change:
        return
    values, gone = [], []
    for key, delta in change.items():
        total = tuple(c + d for c, d in zip(totals.get((source_id, key), zero), delta, strict=True))
        if total[0] <= 0:
            gone.append(key)
            totals.pop((source_id, key), None)
            continue
        kind, currency, topic = key
        row = {
            "source_id": source_id,
            "kind": kind,
            "currency": currency,
            "topic": topic,
            "pledges": int(total[0]),
            "new_money": total[1],
            "restated_money": total[2],
            "staff": int(total[3]),
        }
        values.append(row)
        totals[(source_id, key)] = _figures(row)
    writes.upsert(values)
    if gone:
        keys = tuple_(col(PledgeTotal.kind), col(PledgeTotal.currency), col(PledgeTotal.topic))
        writes.delete(delete(PledgeTotal).where(col(PledgeTotal.source_id) == source_id, keys.in_(gone)))


def refresh_recipients(
    writes: _Writes,
    source_id: int,
    month: date,
    stored: dict[RecipientKey, tuple[int, float]],
    fresh: dict[RecipientKey, tuple[int, float]],
) -> None:
    """One pair's recipient rows (``stored``: what is there now; ``fresh``: what its
    pledges add up to); the triggers recount the totals of recipients that changed."""
    changed = {key for key in fresh.keys() | stored.keys() if fresh.get(key) != stored.get(key)}
    if not changed:
        return  # the usual case for pledges that are not funding
    values = [
        {"month": month, "source_id": source_id, "currency": c, "recipient": r, "pledges": n, "new_money": m}
        for (c, r), (n, m) in fresh.items()
        if (c, r) in changed
    ]
    writes.upsert(values)
    gone = [key for key in changed if key not in fresh]
    if gone:
        this_pair = (col(RecipientSummary.source_id) == source_id, col(RecipientSummary.month) == month)
        writes.delete(
            delete(RecipientSummary)
            .where(*this_pair)
            .where(tuple_(col(RecipientSummary.currency), col(RecipientSummary.recipient)).in_(gone))
        )
