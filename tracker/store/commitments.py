"""Commitments in the database: link an article's pledges, keep roles and money right.

The decisions are pure (``tracker.domain.commitments``); this module reads what
they need and writes what they decide, inside the caller's write transaction.
Cost follows the new pledge, not the database: candidates come from the
``commitmentterm`` index, and a mention that arrives after the commitment's
latest one is placed from the commitment's ledger (its figures and what it
has counted) without reloading its members. Only a mention dated before the
latest one (an article read late), a merge, a review or a re-extraction
replays the commitment's members.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, delete, select, update
from sqlmodel import Session, col

from tracker.domain.commitments import (
    CommitmentView,
    Figure,
    Ledger,
    Mention,
    Outcome,
    assign,
    best_label,
    figure_term,
    replay,
    roles_for_article,
)
from tracker.domain.kinds import PledgeKind, ReviewStatus, spec_of
from tracker.domain.labels import terms
from tracker.domain.periods import month_of
from tracker.domain.topics import Topic, majority_topic
from tracker.schema.models import Article, Commitment, CommitmentTerm, Pledge
from tracker.store.sql import insert_ignore

# Per term, the newest commitments it names are candidates: a re-announcement
# almost always refers to a recent commitment, and the cost stays flat as the
# database grows.
CANDIDATES_PER_TERM = 50

SummaryKey = tuple[int, date]  # (source id, first day of the month)


@dataclass
class _Member:
    """A pledge as linking sees it, with what the summary needs."""

    mention: Mention
    source_id: int
    topic: str
    outcome: Outcome | None = None


def _mention(pledge: Pledge) -> Mention:
    spec = spec_of(pledge.kind)
    return Mention(
        ref=pledge.id or 0,
        article=pledge.article_id,
        kind=pledge.kind,
        announced_on=pledge.announced_on,
        label=spec.label_of(pledge.model_dump()),
        currency=pledge.currency,
        amount=pledge.amount,
        count=pledge.count,
        scope=pledge.scope,
        qualifier=pledge.qualifier,
        period=pledge.period,
    )


def _linkable(session: Session, where: Sequence[ColumnElement[bool]]) -> list[Pledge]:
    return list(
        session.scalars(
            select(Pledge).where(*where).where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
        )
    )


# --- reading commitments -------------------------------------------------------


def _figures(raw: str) -> tuple[Figure, ...]:
    return tuple(Figure(float(a), int(y) if y else None) for a, y in json.loads(raw or "[]"))


def _ledger(row: Commitment) -> Ledger:
    return Ledger(
        counted=row.new_money,
        figures=_figures(row.figures),
        last_total=row.amount,
        mentions=row.mentions,
    )


def _view(row: Commitment, taken: Iterable[tuple[int, str | None, float | None]] = ()) -> CommitmentView:
    return CommitmentView(
        id=row.id or 0,
        kind=row.kind,
        currency=row.currency,
        aliases=tuple(json.loads(row.aliases or "[]")) or (row.label,),
        ledger=_ledger(row),
        staff=row.staff,
        first_announced_on=row.first_announced_on,
        last_announced_on=row.last_announced_on,
        taken=tuple(taken),
    )


def _lookup_terms(mention: Mention) -> list[str]:
    found = sorted(terms(mention.label))
    if mention.kind == PledgeKind.FUNDING and mention.amount:
        found.append(figure_term(mention.amount))
    return found


def _candidate_ids(session: Session, mention: Mention) -> set[int]:
    found: set[int] = set()
    for term in _lookup_terms(mention):
        found.update(
            session.scalars(
                select(col(CommitmentTerm.commitment_id))
                .where(col(CommitmentTerm.kind) == mention.kind)
                .where(col(CommitmentTerm.currency) == (mention.currency or ""))
                .where(col(CommitmentTerm.term) == term)
                .order_by(col(CommitmentTerm.commitment_id).desc())
                .limit(CANDIDATES_PER_TERM)
            )
        )
    return found


def _candidates(
    session: Session, article_id: int, mentions: Sequence[Mention]
) -> dict[int, Sequence[CommitmentView]]:
    ids_by_ref = {m.ref: _candidate_ids(session, m) for m in mentions}
    every_id = set().union(*ids_by_ref.values()) if ids_by_ref else set()
    if not every_id:
        return {}
    rows = {
        row.id or 0: row
        for row in session.scalars(select(Commitment).where(col(Commitment.id).in_(every_id)))
    }
    taken: dict[int, list[tuple[int, str | None, float | None]]] = {}
    for commitment_id, scope, amount in session.execute(
        select(col(Pledge.commitment_id), col(Pledge.scope), col(Pledge.amount))
        .where(col(Pledge.article_id) == article_id)
        .where(col(Pledge.commitment_id).in_(every_id))
    ):
        taken.setdefault(int(commitment_id or 0), []).append((article_id, scope, amount))
    views = {cid: _view(row, taken.get(cid, ())) for cid, row in rows.items()}
    return {ref: [views[cid] for cid in sorted(ids) if cid in views] for ref, ids in ids_by_ref.items()}


# --- writing ---------------------------------------------------------------------


def _write_outcome(session: Session, pledge_id: int, commitment_id: int, outcome: Outcome) -> None:
    session.execute(
        update(Pledge)
        .where(col(Pledge.id) == pledge_id)
        .values(
            commitment_id=commitment_id,
            link_role=outcome.role.value,
            new_money=outcome.new_money,
            check_note=outcome.check_note,
        )
    )


def _add_terms(
    session: Session, commitment: Commitment, labels: Iterable[str], figures: Iterable[Figure] = ()
) -> None:
    """Index the commitment under the words of its names and its figures."""
    found = {term for label in labels for term in terms(label)}
    found |= {figure_term(f.amount) for f in figures}
    rows = [
        {
            "commitment_id": commitment.id,
            "term": term[:40],
            "kind": commitment.kind,
            "currency": commitment.currency or "",
        }
        for term in sorted(found)
    ]
    insert_ignore(session, CommitmentTerm.__table__, rows, ("commitment_id", "term"), returning=None)  # type: ignore[attr-defined]


def _figures_json(figures: Iterable[Figure]) -> str:
    unique = dict.fromkeys((round(f.amount, 2), f.years) for f in figures)
    return json.dumps([[amount, years] for amount, years in unique])


def _apply_ledger(commitment: Commitment, ledger: Ledger, first_figure: float | None) -> None:
    commitment.new_money = ledger.counted
    commitment.figures = _figures_json(ledger.figures)
    commitment.amount = ledger.last_total if ledger.last_total is not None else first_figure
    commitment.mentions = ledger.mentions


def _add_aliases(commitment: Commitment, labels: Iterable[str]) -> list[str]:
    aliases = json.loads(commitment.aliases or "[]")
    added = [label for label in dict.fromkeys(labels) if label and label not in aliases]
    commitment.aliases = json.dumps(aliases + added)
    commitment.label = best_label([commitment.label, *added])
    return added


def _found(session: Session, members: Sequence[_Member], fingerprint: str) -> Commitment:
    first = members[0].mention
    labels = [m.mention.label for m in members if m.mention.label]
    commitment = Commitment(
        kind=first.kind,
        origin=f"{first.article}:{fingerprint}"[:100],
        label=best_label(labels),
        aliases="[]",  # filled by _place, which indexes each name it adds
        currency=first.currency,
        staff=first.count if first.kind == PledgeKind.HEADCOUNT else None,
        first_announced_on=min(m.mention.announced_on for m in members),
        last_announced_on=max(m.mention.announced_on for m in members),
        topic=majority_topic(m.topic for m in members).value,
    )
    session.add(commitment)
    session.flush()
    return commitment


def _place(session: Session, commitment: Commitment, members: Sequence[_Member]) -> None:
    """Append one article's members to a commitment from its ledger (no member reload)."""
    outcomes, ledger = roles_for_article(_ledger(commitment), [m.mention for m in members])
    for member in members:
        member.outcome = outcomes[member.mention.ref]
        _write_outcome(session, member.mention.ref, commitment.id or 0, member.outcome)
    first_figure = commitment.amount if commitment.mentions else members[0].mention.amount
    restated = sum((m.mention.amount or 0.0) - (m.outcome.new_money or 0.0) for m in members if m.outcome)
    _apply_ledger(commitment, ledger, first_figure)
    if members[0].mention.kind == PledgeKind.FUNDING:
        commitment.restated_money += restated
    commitment.first_announced_on = min(
        commitment.first_announced_on, *(m.mention.announced_on for m in members)
    )
    commitment.last_announced_on = max(
        commitment.last_announced_on, *(m.mention.announced_on for m in members)
    )
    if commitment.topic == Topic.OTHER.value:
        commitment.topic = majority_topic(m.topic for m in members).value
    added = _add_aliases(commitment, (m.mention.label or "" for m in members))
    _add_terms(session, commitment, added, [Figure(m.mention.amount) for m in members if m.mention.amount])
    session.add(commitment)


def refresh_commitment(session: Session, commitment_id: int) -> set[SummaryKey]:
    """Replay every member of a commitment; delete it when none is left. Returns summary keys touched."""
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        return set()
    pledges = _linkable(session, [col(Pledge.commitment_id) == commitment_id])
    if not pledges:
        session.delete(commitment)
        return set()
    mentions = [_mention(p) for p in pledges]
    outcomes, ledger = replay(mentions)
    touched: set[SummaryKey] = set()
    for pledge in pledges:
        outcome = outcomes[pledge.id or 0]
        if (pledge.link_role, pledge.new_money, pledge.check_note) != (
            outcome.role.value,
            outcome.new_money,
            outcome.check_note,
        ):
            _write_outcome(session, pledge.id or 0, commitment_id, outcome)
            touched.add((pledge.source_id, month_of(pledge.announced_on)))
    ordered = sorted(mentions, key=lambda m: m.sort_key)
    _apply_ledger(commitment, ledger, ordered[0].amount)
    commitment.restated_money = sum((m.amount or 0.0) for m in mentions) - ledger.counted
    if commitment.kind != PledgeKind.FUNDING:
        commitment.restated_money = 0.0
    commitment.first_announced_on = ordered[0].announced_on
    commitment.last_announced_on = ordered[-1].announced_on
    labels = [m.label for m in ordered if m.label]
    commitment.aliases = json.dumps(list(dict.fromkeys(labels)))
    commitment.label = best_label(labels)
    commitment.topic = majority_topic(p.topic for p in pledges).value
    session.add(commitment)
    session.execute(delete(CommitmentTerm).where(col(CommitmentTerm.commitment_id) == commitment_id))
    _add_terms(session, commitment, labels, ledger.figures)
    return touched


def _merge(session: Session, kept: int, absorbed: int) -> None:
    session.execute(update(Pledge).where(col(Pledge.commitment_id) == absorbed).values(commitment_id=kept))
    session.execute(delete(Commitment).where(col(Commitment.id) == absorbed))


def link_article(session: Session, article_id: int) -> set[SummaryKey]:
    """Attach every unlinked, unrejected pledge of one article to its commitment."""
    pledges = _linkable(session, [col(Pledge.article_id) == article_id, col(Pledge.commitment_id).is_(None)])
    if not pledges:
        return set()
    members = {p.id or 0: _Member(_mention(p), p.source_id, p.topic) for p in pledges}
    fingerprints = {p.id or 0: p.fingerprint for p in pledges}
    mentions = [m.mention for m in members.values()]
    plan = assign(mentions, _candidates(session, article_id, mentions))
    replayed: set[int] = set()
    for kept, absorbed in plan.merges:
        _merge(session, kept, absorbed)
        replayed.add(kept)
    by_commitment: dict[int, list[_Member]] = {}
    for ref, commitment_id in plan.joins.items():
        by_commitment.setdefault(commitment_id, []).append(members[ref])
    touched: set[SummaryKey] = set()
    for commitment_id, group in sorted(by_commitment.items()):
        commitment = session.get(Commitment, commitment_id)
        assert commitment is not None, f"commitment {commitment_id} vanished inside its transaction"
        # Read after a later mention (a late article): roles are replayed in date order.
        late = min(m.mention.announced_on for m in group) < commitment.last_announced_on
        if late or commitment_id in replayed:
            _attach(session, commitment_id, group)
            replayed.add(commitment_id)
        else:
            _place(session, commitment, group)
    for refs in plan.founds:
        group = [members[ref] for ref in sorted(refs, key=lambda r: members[r].mention.sort_key)]
        _place(session, _found(session, group, fingerprints[group[0].mention.ref]), group)
    session.flush()
    for commitment_id in sorted(replayed):
        touched |= refresh_commitment(session, commitment_id)
    touched |= {(m.source_id, month_of(m.mention.announced_on)) for m in members.values()}
    return touched


def _attach(session: Session, commitment_id: int, group: Sequence[_Member]) -> None:
    refs = [m.mention.ref for m in group]
    session.execute(update(Pledge).where(col(Pledge.id).in_(refs)).values(commitment_id=commitment_id))


def link_articles(session: Session, article_ids: Iterable[int]) -> set[SummaryKey]:
    """Link several articles' pledges, oldest article first (the order changes nothing but cost)."""
    ids = sorted(set(article_ids))
    if not ids:
        return set()
    dated = session.execute(
        select(col(Article.id), col(Article.published_at), col(Article.first_seen_at)).where(
            col(Article.id).in_(ids)
        )
    ).all()
    touched: set[SummaryKey] = set()
    for article_id, _published, _seen in sorted(dated, key=lambda r: (r[1] or r[2], r[0])):
        touched |= link_article(session, int(article_id))
    return touched


def unlink_pledges(session: Session, pledge_ids: Iterable[int]) -> set[int]:
    """Detach pledges from their commitments; returns the commitments to refresh."""
    ids = list(pledge_ids)
    if not ids:
        return set()
    affected = {
        int(cid or 0)
        for cid in session.scalars(
            select(col(Pledge.commitment_id))
            .where(col(Pledge.id).in_(ids))
            .where(col(Pledge.commitment_id).is_not(None))
        )
    }
    session.execute(
        update(Pledge)
        .where(col(Pledge.id).in_(ids))
        .values(commitment_id=None, link_role=None, new_money=None, check_note=None)
    )
    return affected


def commitments_of_articles(session: Session, article_ids: Iterable[int]) -> set[int]:
    """Commitments the given articles' pledges belong to (before those pledges are replaced)."""
    ids = list(article_ids)
    if not ids:
        return set()
    return {
        int(cid or 0)
        for cid in session.scalars(
            select(col(Pledge.commitment_id))
            .where(col(Pledge.article_id).in_(ids))
            .where(col(Pledge.commitment_id).is_not(None))
            .distinct()
        )
    }


def refresh_commitments(session: Session, commitment_ids: Iterable[int]) -> set[SummaryKey]:
    touched: set[SummaryKey] = set()
    for commitment_id in sorted(set(commitment_ids)):
        touched |= refresh_commitment(session, commitment_id)
    return touched


def unlinked_article_ids(session: Session, limit: int) -> list[int]:
    """Articles with pledges not yet linked (after a migration, or a crash between steps)."""
    return [
        int(i)
        for i in session.scalars(
            select(col(Pledge.article_id))
            .where(col(Pledge.commitment_id).is_(None))
            .where(col(Pledge.review_status) != ReviewStatus.REJECTED.value)
            .distinct()
            .order_by(col(Pledge.article_id))
            .limit(limit)
        )
    ]
