"""SQL conditions and expressions shared by writers (``store``) and readers (``queries``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import col

from tracker.schema.models import Source


def lease_is_free(now: datetime) -> ColumnElement[bool]:
    """No lease, or one that has expired (its worker is presumed dead)."""
    return or_(col(Source.lease_expires_at).is_(None), col(Source.lease_expires_at) < now)


def due_condition(now: datetime) -> ColumnElement[bool]:
    """Enabled, its next check has come, and no live lease on it."""
    return and_(col(Source.enabled).is_(True), col(Source.next_check_at) <= now, lease_is_free(now))
