"""Finding a row the way users name it; shared by the readers (queries) and the writers (store)."""

from __future__ import annotations

from sqlmodel import Session, select

from tracker.core.errors import NotFoundError
from tracker.schema.models import Source


def find_source(session: Session, ref: str | int) -> Source:
    """A source by numeric id or by URL; NotFoundError names what was asked for."""
    text = str(ref).strip()
    if text.isdigit():
        source = session.get(Source, int(text))
    else:
        source = session.exec(select(Source).where(Source.url == text)).first()
    if source is None:
        raise NotFoundError(f"no source with id or URL {text!r}")
    return source
