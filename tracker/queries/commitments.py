"""Commitments as people read them: one row per promise, and the story of its mentions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, and_, exists, func, select
from sqlalchemy.orm import aliased
from sqlmodel import col

from tracker.domain.kinds import ReviewStatus, kinds_measuring
from tracker.domain.periods import Period
from tracker.queries.common import in_period, publisher_label
from tracker.queries.text_search import names_contain
from tracker.schema.models import (
    Article,
    Commitment,
    CommitmentStatusChange,
    Pledge,
    PledgeSummary,
    Source,
)


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    kind: str
    label: str
    aliases: list[str]
    currency: str | None
    amount: float | None
    staff: int | None
    new_money: float
    restated_money: float
    first_announced_on: date
    last_announced_on: date
    mentions: int
    topic: str
    status: str

    def as_dict(self) -> dict[str, Any]:
        row = dict(self.__dict__)
        row["first_announced_on"] = self.first_announced_on.isoformat()
        row["last_announced_on"] = self.last_announced_on.isoformat()
        return row


# The columns of `tracker commitments --json` and of the dashboard's commitments download.
COMMITMENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CommitmentRow))


# The columns a CommitmentRow is built from, read with Core: building ORM objects cost
# four fifths of listing every commitment (15,783 rows: 0.9 s -> see the README).
_ROW_COLUMNS = tuple(col(getattr(Commitment, f.name)) for f in fields(CommitmentRow))
_NO_ALIASES = "[]"


def _aliases(stored: str | None) -> list[str]:
    return [] if not stored or stored == _NO_ALIASES else list(json.loads(stored))


def _row(values: Sequence[Any]) -> CommitmentRow:
    """A row of _ROW_COLUMNS (CommitmentRow's fields in order) as a CommitmentRow."""
    id_, kind, label, aliases, *rest = values
    return CommitmentRow(id_ or 0, kind, label, _aliases(aliases), *rest)


@dataclass(frozen=True)
class CommitmentFilter:
    """What the commitments list is narrowed to; empty fields do not narrow it."""

    kind: str | None = None
    currency: str | None = None
    topics: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    publisher: str | None = None
    # Commitments with at least one mention (not rejected) in the period.
    period: Period | None = None
    # Text in the commitment's name or any of its other names.
    text: str = ""


_COUNTED = tuple(status.value for status in ReviewStatus if status != ReviewStatus.REJECTED)


def _mentioned(condition: ColumnElement[bool], *, by_date: bool = False) -> ColumnElement[bool]:
    """The commitment has a mention (not rejected) meeting ``condition``.

    Written as ``id IN (mentions that match)``, not as a correlated EXISTS: the
    matching mentions are found through an index on the pledge side and only
    their commitments are read, where EXISTS probed every commitment (SQLite,
    1M pledges: a year 0.58 -> 0.06 s, one publisher 2.5 -> 0.05 s). Dates go
    through the (review_status, announced_on) index, so the counted states are
    listed for it; a source goes through its own index.
    """
    counted = (
        col(Pledge.review_status).in_(_COUNTED)
        if by_date
        else col(Pledge.review_status) != ReviewStatus.REJECTED.value
    )
    return col(Commitment.id).in_(select(col(Pledge.commitment_id)).where(counted, condition))


def _mentioned_in(period: Period) -> ColumnElement[bool]:
    """The commitment has a mention (not rejected) in ``period``, probed per commitment.

    Used when a publisher already narrows the list to its commitments: each of
    those is checked through ``ix_pledge_commitment_id_announced_on`` (commitment,
    date, status: the index alone), where listing every mention of the period read
    100,000 pledges (one publisher over 12 months at 333,000 commitments).
    """
    mention = aliased(Pledge, name="mention")
    return exists(
        select(col(mention.commitment_id)).where(
            col(mention.commitment_id) == col(Commitment.id),
            col(mention.review_status).in_(_COUNTED),
            *in_period(col(mention.announced_on), period),
        )
    )


def _sources_of(publisher: str) -> Any:
    """The ids of the sources shown under ``publisher`` (as charts name them)."""
    return select(col(Source.id)).where(publisher_label() == publisher)


def _conditions(flt: CommitmentFilter, connection: Connection) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions; the name search is planned on ``connection``'s store."""
    conditions: list[ColumnElement[bool]] = []
    if flt.kind:
        conditions.append(col(Commitment.kind) == flt.kind)
    if flt.currency:
        conditions.append(col(Commitment.currency) == flt.currency.upper())
    if flt.topics:
        conditions.append(col(Commitment.topic).in_(flt.topics))
    if flt.statuses:
        conditions.append(col(Commitment.status).in_(flt.statuses))
    named = names_contain(connection, flt.text)
    if named is not None:
        conditions.append(named)
    if flt.period is not None and (flt.period.start or flt.period.end):
        dates = in_period(col(Pledge.announced_on), flt.period)
        if flt.publisher:
            conditions.append(_mentioned_in(flt.period))
        else:
            conditions.append(_mentioned(and_(*dates), by_date=True))
    if flt.publisher:
        conditions.append(_mentioned(col(Pledge.source_id).in_(_sources_of(flt.publisher))))
    return conditions


def find_commitments(
    engine: Engine, flt: CommitmentFilter, *, limit: int | None = None, offset: int = 0
) -> list[CommitmentRow]:
    """Commitments matching ``flt``, the most new money first, then the most recently mentioned."""
    with engine.connect() as connection:
        query = (
            select(*_ROW_COLUMNS)
            .where(*_conditions(flt, connection))
            .order_by(
                col(Commitment.new_money).desc(), col(Commitment.last_announced_on).desc(), col(Commitment.id)
            )
            .offset(offset)
        )
        if limit:
            query = query.limit(limit)
        return [_row(values) for values in connection.execute(query)]


def count_commitments(engine: Engine, flt: CommitmentFilter) -> int:
    with engine.connect() as connection:
        query = select(func.count()).select_from(Commitment).where(*_conditions(flt, connection))
        return int(connection.execute(query).scalar_one())


def list_commitments(
    engine: Engine, *, kind: str | None = None, currency: str | None = None, limit: int | None = None
) -> list[CommitmentRow]:
    """Commitments, the most new money first, then the most recently mentioned."""
    return find_commitments(engine, CommitmentFilter(kind=kind, currency=currency), limit=limit)


def get_commitment(engine: Engine, commitment_id: int) -> CommitmentRow | None:
    query = select(*_ROW_COLUMNS).where(col(Commitment.id) == commitment_id)
    with engine.connect() as connection:
        found = connection.execute(query).first()
    return _row(found) if found is not None else None


def new_money_by_topic(engine: Engine, flt: CommitmentFilter) -> list[dict[str, Any]]:
    """New money announced per topic and currency, from the monthly summary (each mention
    counted in its month under its own topic; rejected pledges left out).

    The filters the summary carries apply: period (whole months), currency,
    topics and publisher; delivery status and name do not. Currencies stay
    apart: each row is one topic in one currency.
    """
    total = func.sum(col(PledgeSummary.new_money))
    query = (
        select(
            col(PledgeSummary.topic),
            col(PledgeSummary.currency),
            total.label("new_money"),
        )
        .where(col(PledgeSummary.kind).in_(kinds_measuring("money")))
        .where(col(PledgeSummary.currency) != "")
        .group_by(col(PledgeSummary.topic), col(PledgeSummary.currency))
        .having(total > 0)
        .order_by(total.desc(), col(PledgeSummary.topic))
    )
    if flt.period is not None:
        query = query.where(*in_period(col(PledgeSummary.month), Period(*flt.period.month_bounds())))
    if flt.currency:
        query = query.where(col(PledgeSummary.currency) == flt.currency.upper())
    if flt.topics:
        query = query.where(col(PledgeSummary.topic).in_(flt.topics))
    if flt.publisher:
        query = query.where(col(PledgeSummary.source_id).in_(_sources_of(flt.publisher)))
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def commitment_currencies(engine: Engine) -> list[str]:
    """Currencies of money pledges, the one with the most new money first (from the summary)."""
    total = func.sum(col(PledgeSummary.new_money))
    query = (
        select(col(PledgeSummary.currency))
        .where(col(PledgeSummary.kind).in_(kinds_measuring("money")))
        .where(col(PledgeSummary.currency) != "")
        .group_by(col(PledgeSummary.currency))
        .order_by(total.desc(), col(PledgeSummary.currency))
    )
    with engine.connect() as connection:
        return [str(currency) for currency in connection.execute(query).scalars()]


def publishers(engine: Engine) -> list[str]:
    """Every publisher name (as charts call a source), for the publisher filter."""
    label = publisher_label()
    query = select(label).distinct().order_by(label)
    with engine.connect() as connection:
        return [str(name) for name in connection.execute(query).scalars()]


# What a commitment is given to or part of, by kind: the recipient of money, the
# body a new unit sits in, the organisation of an appointment.
_RECIPIENT = func.coalesce(col(Pledge.recipient), col(Pledge.parent), col(Pledge.organisation))


def mention_facts(engine: Engine, commitment_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Per commitment: its latest named recipient (or parent body, organisation) and the
    publishers that announced it, for the rows of one page of the list."""
    if not commitment_ids:
        return {}
    query = (
        select(col(Pledge.commitment_id), _RECIPIENT.label("recipient"), publisher_label().label("publisher"))
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(col(Pledge.commitment_id).in_(list(commitment_ids)))
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .order_by(col(Pledge.commitment_id), col(Pledge.announced_on), col(Pledge.id))
    )
    facts: dict[int, dict[str, list[str]]] = {}
    with engine.connect() as connection:
        for commitment_id, recipient, publisher in connection.execute(query):
            entry = facts.setdefault(int(commitment_id), {"recipient": [], "publishers": []})
            if recipient:
                entry["recipient"].append(str(recipient))
            if publisher and publisher not in entry["publishers"]:
                entry["publishers"].append(str(publisher))
    return {
        cid: {
            "recipient": entry["recipient"][-1] if entry["recipient"] else "",
            "publishers": ", ".join(entry["publishers"]),
        }
        for cid, entry in facts.items()
    }


def status_history(engine: Engine, commitment_id: int) -> list[dict[str, Any]]:
    """Every delivery status change of a commitment, newest first."""
    query = (
        select(
            col(CommitmentStatusChange.changed_at),
            col(CommitmentStatusChange.previous_status),
            col(CommitmentStatusChange.status),
            col(CommitmentStatusChange.reviewer),
            col(CommitmentStatusChange.note),
            col(CommitmentStatusChange.evidence_url),
        )
        .where(col(CommitmentStatusChange.commitment_id) == commitment_id)
        .order_by(col(CommitmentStatusChange.changed_at).desc(), col(CommitmentStatusChange.id).desc())
    )
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def commitment_story(engine: Engine, commitment_id: int) -> list[dict[str, Any]]:
    """Every mention of one commitment, oldest first, with its role, money and source."""
    query = (
        select(
            col(Pledge.id),
            col(Pledge.announced_on),
            col(Pledge.kind),
            col(Pledge.link_role),
            col(Pledge.amount),
            col(Pledge.currency),
            col(Pledge.new_money),
            col(Pledge.scope),
            col(Pledge.recipient),
            col(Pledge.name),
            col(Pledge.person),
            col(Pledge.role),
            col(Pledge.count),
            col(Pledge.evidence),
            col(Pledge.check_note),
            col(Pledge.review_status),
            col(Article.title),
            col(Article.url),
            col(Source.publisher),
            publisher_label().label("source"),
        )
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(col(Pledge.commitment_id) == commitment_id)
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .order_by(col(Pledge.announced_on), col(Pledge.article_id), col(Pledge.id))
    )
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]
