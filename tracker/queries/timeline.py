"""Units created and appointments made, as dated events for the timeline."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import col

from tracker.domain.kinds import kinds_measuring
from tracker.domain.periods import Period
from tracker.queries.common import in_period, publisher_label
from tracker.schema.models import Pledge, Source

# Events: the kinds that count nothing (new bodies, appointments).
TIMELINE_KINDS = kinds_measuring(None)
# Per kind, the newest this many events are drawn (a few thousand points at most).
MAX_EVENTS = 2000


def timeline_events(
    engine: Engine, period: Period, source_ids: tuple[int, ...] = (), limit: int = MAX_EVENTS
) -> list[dict[str, Any]]:
    """Units and appointments in the period, newest ``limit`` of each kind, rejected ones left out."""
    events: list[dict[str, Any]] = []
    with engine.connect() as connection:
        for kind in TIMELINE_KINDS:
            query = (
                select(
                    col(Pledge.id),
                    col(Pledge.announced_on).label("date"),
                    col(Pledge.kind),
                    col(Pledge.name),
                    col(Pledge.parent),
                    col(Pledge.person),
                    col(Pledge.role),
                    col(Pledge.organisation),
                    publisher_label().label("publisher"),
                )
                .join(Source, col(Source.id) == col(Pledge.source_id))
                .where(col(Pledge.kind) == kind, col(Pledge.review_status) != "rejected")
                .where(*in_period(col(Pledge.announced_on), period))
                .order_by(col(Pledge.announced_on).desc(), col(Pledge.id).desc())
                .limit(limit)
            )
            if source_ids:
                query = query.where(col(Pledge.source_id).in_(source_ids))
            events.extend(dict(row._mapping) for row in connection.execute(query))
    return events
