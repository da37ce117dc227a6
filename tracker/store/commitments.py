"""Link an article's pledges to commitments across articles, and keep roles current."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, col, select

from tracker.domain.commitments import MentionKey, label_of, link_role, same_commitment
from tracker.schema.models import Commitment, Pledge

_SCOPE_ORDER = {"new": 0, "total": 1, "existing": 2}


def mention_key(pledge: Pledge) -> MentionKey:
    label = label_of(
        pledge.kind, recipient=pledge.recipient, name=pledge.name, person=pledge.person, role=pledge.role
    )
    return MentionKey(
        kind=pledge.kind,
        label=label,
        announced_on=pledge.announced_on,
        currency=pledge.currency,
        amount=pledge.amount,
        scope=pledge.scope,
        count=pledge.count,
    )


def _link_key(pledge: Pledge) -> str:
    return f"{pledge.kind}:{pledge.currency or ''}"


def _commitment_key(commitment: Commitment) -> MentionKey:
    # A headcount commitment keeps its staff number in ``amount``.
    count = int(commitment.amount) if commitment.kind == "headcount" and commitment.amount else None
    return MentionKey(
        kind=commitment.kind,
        label=commitment.label,
        announced_on=commitment.first_announced_on,
        currency=commitment.currency,
        amount=commitment.amount,
        count=count,
    )


def _figure(pledge: Pledge) -> float | None:
    return float(pledge.count) if pledge.kind == "headcount" and pledge.count else pledge.amount


def _find_commitment(session: Session, pledge: Pledge) -> Commitment | None:
    key = mention_key(pledge)
    candidates = session.exec(
        select(Commitment).where(Commitment.link_key == _link_key(pledge)).order_by(col(Commitment.id))
    )
    for commitment in candidates:
        if same_commitment(key, _commitment_key(commitment)):
            return commitment
    return None


def _new_commitment(session: Session, pledge: Pledge) -> Commitment:
    key = mention_key(pledge)
    commitment = Commitment(
        kind=pledge.kind,
        link_key=_link_key(pledge),
        label=key.label or "",
        currency=pledge.currency,
        amount=_figure(pledge),
        first_announced_on=pledge.announced_on,
        last_announced_on=pledge.announced_on,
    )
    session.add(commitment)
    session.flush()
    return commitment


def _recompute(session: Session, commitment: Commitment) -> set[tuple[int, date]]:
    """Assign each member its role in date order; returns (source, month) pairs touched."""
    members = sorted(
        session.exec(select(Pledge).where(Pledge.commitment_id == commitment.id)),
        key=lambda p: (p.announced_on, p.article_id, _SCOPE_ORDER.get(p.scope or "", 3), p.id or 0),
    )
    keys = [mention_key(m) for m in members]  # once per member: roles below look back over all
    touched: set[tuple[int, date]] = set()
    for index, pledge in enumerate(members):
        earlier = [
            k for m, k in zip(members[:index], keys, strict=False) if m.article_id != pledge.article_id
        ]
        siblings = [
            k
            for m, k in zip(members, keys, strict=True)
            if m.article_id == pledge.article_id and m is not pledge
        ]
        role = link_role(keys[index], earlier, siblings)
        if role != pledge.link_role:
            pledge.link_role = role
            session.add(pledge)
            touched.add((pledge.source_id, pledge.announced_on.replace(day=1)))
    commitment.first_announced_on = members[0].announced_on
    commitment.last_announced_on = members[-1].announced_on
    commitment.mentions = len(members)
    totals = [m.amount for m in members if m.scope == "total" and m.amount]
    commitment.amount = totals[-1] if totals else _figure(members[0])
    session.add(commitment)
    return touched


def link_article_pledges(session: Session, article_ids: Iterable[int]) -> set[tuple[int, date]]:
    """Attach every unlinked pledge of these articles to its commitment (new or found)."""
    ids = list(article_ids)
    if not ids:
        return set()
    pledges = session.exec(
        select(Pledge)
        .where(col(Pledge.article_id).in_(ids))
        .where(col(Pledge.commitment_id).is_(None))
        .order_by(col(Pledge.announced_on), col(Pledge.id))
    ).all()
    changed: dict[int, Commitment] = {}
    for pledge in pledges:
        commitment = _find_commitment(session, pledge) or _new_commitment(session, pledge)
        pledge.commitment_id = commitment.id
        session.add(pledge)
        session.flush()
        changed[commitment.id or 0] = commitment
    touched: set[tuple[int, date]] = set()
    for commitment in changed.values():
        touched |= _recompute(session, commitment)
    session.flush()
    return touched
