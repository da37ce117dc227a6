"""Commitments as people read them: one row per promise, and the story of its mentions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from tracker.domain.kinds import ReviewStatus
from tracker.schema.models import Article, Commitment, Pledge, Source


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


def _row(c: Commitment) -> CommitmentRow:
    return CommitmentRow(
        id=c.id or 0,
        kind=c.kind,
        label=c.label,
        aliases=json.loads(c.aliases or "[]"),
        currency=c.currency,
        amount=c.amount,
        staff=c.staff,
        new_money=c.new_money,
        restated_money=c.restated_money,
        first_announced_on=c.first_announced_on,
        last_announced_on=c.last_announced_on,
        mentions=c.mentions,
        topic=c.topic,
        status=c.status,
    )


def list_commitments(
    engine: Engine, *, kind: str | None = None, currency: str | None = None, limit: int | None = None
) -> list[CommitmentRow]:
    """Commitments, the most new money first, then the most recently mentioned."""
    query = select(Commitment).order_by(
        col(Commitment.new_money).desc(), col(Commitment.last_announced_on).desc(), col(Commitment.id)
    )
    if kind:
        query = query.where(col(Commitment.kind) == kind)
    if currency:
        query = query.where(col(Commitment.currency) == currency.upper())
    if limit:
        query = query.limit(limit)
    with Session(engine) as session:
        return [_row(c) for c in session.scalars(query)]


def commitment_story(engine: Engine, commitment_id: int) -> list[dict[str, Any]]:
    """Every mention of one commitment, oldest first, with its role, money and source."""
    query = (
        select(
            col(Pledge.id),
            col(Pledge.announced_on),
            col(Pledge.link_role),
            col(Pledge.amount),
            col(Pledge.currency),
            col(Pledge.new_money),
            col(Pledge.scope),
            col(Pledge.evidence),
            col(Pledge.check_note),
            col(Pledge.review_status),
            col(Article.title),
            col(Article.url),
            col(Source.publisher),
        )
        .join(Article, col(Article.id) == col(Pledge.article_id))
        .join(Source, col(Source.id) == col(Pledge.source_id))
        .where(col(Pledge.commitment_id) == commitment_id)
        .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        .order_by(col(Pledge.announced_on), col(Pledge.article_id), col(Pledge.id))
    )
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]
