"""A commitment's delivery status, as a reviewer judges it, with every change kept.

The commitment row holds the current status (shown in lists and exports);
``CommitmentStatusChange`` keeps who changed it, when, from what to what, the
note and the evidence link, so a status can always be traced to its reason.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from sqlmodel import Session

from tracker.core.errors import InputError, NotFoundError
from tracker.domain.kinds import DeliveryStatus, values_of
from tracker.domain.limits import URL_CHARS
from tracker.schema.models import Commitment, CommitmentStatusChange

REVIEWER_CHARS = 200  # the column size of CommitmentStatusChange.reviewer


def check_delivery_status(status: str) -> str:
    """The status itself when it is one of :class:`DeliveryStatus`, else InputError naming it."""
    if status not in values_of(DeliveryStatus):
        allowed = ", ".join(values_of(DeliveryStatus))
        raise InputError(f"delivery status must be one of {allowed}, not {status!r}")
    return status


def check_evidence_link(link: str | None) -> str | None:
    """An absolute http(s) URL (stripped), None when blank; InputError naming the link otherwise.

    The link is shown to readers as a link, so anything else (javascript:,
    data:, a relative path) is refused rather than stored.
    """
    text = (link or "").strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"evidence link {text!r} is not an http(s) URL (https://...)")
    if len(text) > URL_CHARS:
        raise InputError(f"evidence link is {len(text):,} characters long; the most kept is {URL_CHARS:,}")
    return text


def check_reviewer(reviewer: str) -> str:
    name = " ".join(reviewer.split())
    if not name:
        raise InputError("a delivery status change needs the reviewer's name")
    if len(name) > REVIEWER_CHARS:
        raise InputError(f"reviewer's name is {len(name)} characters long; the most kept is {REVIEWER_CHARS}")
    return name


def set_delivery_status(
    session: Session,
    commitment_id: int,
    *,
    status: str,
    reviewer: str,
    now: datetime,
    note: str | None = None,
    evidence_url: str | None = None,
) -> CommitmentStatusChange:
    """Set the commitment's status and record the change; input is checked before anything is read.

    Setting the status it already has is recorded too: the note or the
    evidence may be new, and the history says it was looked at again.
    """
    status = check_delivery_status(status)
    link = check_evidence_link(evidence_url)
    name = check_reviewer(reviewer)
    commitment = session.get(Commitment, commitment_id)
    if commitment is None:
        raise NotFoundError(f"no commitment with id {commitment_id}")
    change = CommitmentStatusChange(
        commitment_id=commitment_id,
        status=status,
        previous_status=commitment.status,
        note=(note or "").strip() or None,
        evidence_url=link,
        reviewer=name,
        changed_at=now,
    )
    commitment.status, commitment.status_changed_at = status, now
    session.add(commitment)
    session.add(change)
    session.flush()
    session.refresh(change)
    return change
