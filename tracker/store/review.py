"""Human review of pledges: a decision stored by fingerprint, mirrored on the pledge."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from tracker.core.errors import InputError, NotFoundError
from tracker.domain.periods import month_of
from tracker.schema.models import REVIEW_STATUSES, Pledge, Review
from tracker.store.pledges import CORRECTABLE_FIELDS, apply_corrections
from tracker.store.summary import refresh_summary


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
    """Record a decision (confirmed, rejected, corrected) and update the totals."""
    if status not in REVIEW_STATUSES or status == "unreviewed":
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
    review.corrections = json.dumps(corrections or {}, sort_keys=True)
    session.add(review)
    pledge.review_status = status
    apply_corrections(pledge, corrections or {})
    session.add(pledge)
    session.flush()
    refresh_summary(session, pledge.source_id, [month_of(pledge.announced_on)])
    return pledge
