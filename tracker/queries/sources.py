"""Sources as the command line reads them: one by id or URL, the due ones, all of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tracker.schema.expressions import due_condition
from tracker.schema.lookups import find_source
from tracker.schema.models import Source


@dataclass(frozen=True)
class SourceRef:
    id: int
    url: str
    title: str | None
    publisher: str | None
    enabled: bool
    disabled_reason: str | None


def _ref(source: Source) -> SourceRef:
    return SourceRef(
        source.id or 0, source.url, source.title, source.publisher, source.enabled, source.disabled_reason
    )


def find(engine: Engine, ref: str | int) -> SourceRef:
    """A source by numeric id or by URL; NotFoundError names what was asked for."""
    with Session(engine) as session:
        return _ref(find_source(session, ref))


def due_ids(engine: Engine, now: datetime) -> list[int]:
    """Enabled sources whose next check has come and that no live worker holds, oldest due first."""
    query = select(Source.id).where(due_condition(now)).order_by(col(Source.next_check_at), col(Source.id))
    with Session(engine) as session:
        return [int(i) for i in session.exec(query) if i is not None]


def every_source(engine: Engine) -> list[SourceRef]:
    with Session(engine) as session:
        return [_ref(s) for s in session.exec(select(Source).order_by(col(Source.id)))]
