"""Human review of pledges: a decision stored by fingerprint, mirrored on the pledge."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from tracker.core.errors import InputError, NotFoundError
from tracker.domain.kinds import ReviewStatus
from tracker.domain.periods import month_of
from tracker.schema.models import Pledge, Review
from tracker.store.commitments import unlink_pledges
from tracker.store.pledges import CORRECTABLE_FIELDS, apply_corrections, machine_values
from tracker.store.settle import settle

_REJECTED = ReviewStatus.REJECTED.value


def _linking_view(pledge: Pledge) -> tuple[Any, ...]:
    """What commitments and the monthly totals read of a pledge besides its link: whether
    it counts at all (not rejected) and every value a correction can change."""
    return (pledge.review_status == _REJECTED, *(getattr(pledge, f) for f in CORRECTABLE_FIELDS))


def review_pledge(
    session: Session,
    pledge_id: int,
    *,
    status: str,
    reviewer: str,
    now: datetime,
    corrections: dict[str, Any] | None = None,
    note: str | None = None,
) -> Pledge:
    """Record a decision (confirmed, rejected, corrected); the pledge's commitment and the
    monthly totals follow in the same transaction (a rejected pledge leaves its
    commitment, a corrected one is linked again with its corrected values, a linked
    pledge whose values and standing are unchanged keeps its place)."""
    if status not in {s.value for s in ReviewStatus} or status == ReviewStatus.UNREVIEWED:
        raise InputError(f"review status must be confirmed, rejected or corrected, not {status!r}")
    if not reviewer.strip():
        raise InputError("a review needs the reviewer's name")
    unknown = set(corrections or {}) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise InputError(f"fields that cannot be corrected: {', '.join(sorted(unknown))}")
    pledge = session.get(Pledge, pledge_id)
    if pledge is None:
        raise NotFoundError(f"no pledge with id {pledge_id}")
    review = session.exec(
        select(Review).where(Review.article_id == pledge.article_id, Review.fingerprint == pledge.fingerprint)
    ).first() or Review(
        article_id=pledge.article_id,
        fingerprint=pledge.fingerprint,
        status=status,
        reviewer=reviewer,
        reviewed_at=now,
    )
    review.status, review.reviewer, review.reviewed_at, review.note = (
        status,
        reviewer.strip(),
        now,
        note,
    )
    before = _linking_view(pledge)
    # The pledge holds the machine's reading again before this decision is applied, so
    # a new correction replaces the old one and any other decision undoes it.
    apply_corrections(pledge, json.loads(review.original or "{}"))
    fixes = dict(corrections or {}) if status == ReviewStatus.CORRECTED else {}
    review.original = machine_values(pledge, fixes)
    review.corrections = json.dumps(fixes, sort_keys=True)
    session.add(review)
    pledge.review_status = status
    apply_corrections(pledge, fixes)
    session.add(pledge)
    session.flush()
    if _linking_view(pledge) == before and (pledge.commitment_id is not None or status == _REJECTED):
        # Nothing linking or the totals read has changed (a confirmation of the machine's
        # reading, a rejection repeated): the pledge keeps its place, and replaying its
        # commitment (thousands of mentions for a busy programme) would hold the write
        # lock for nothing.
        session.refresh(pledge)
        return pledge
    stale = unlink_pledges(session, [pledge.id or 0])
    settle(
        session,
        stale_commitments=stale,
        linked_articles=[pledge.article_id],
        months=[(pledge.source_id, month_of(pledge.announced_on))],
    )
    session.refresh(pledge)
    return pledge
