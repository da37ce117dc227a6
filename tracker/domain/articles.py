"""Pure decisions about stored articles: extract again or not, and the date a pledge carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class KnownArticle:
    id: int
    content_hash: str
    update_count: int


def needs_extraction(record_hash: str, known: KnownArticle | None, max_updates: int) -> bool:
    """New entries and changed ones (that have not flapped too often) are extracted."""
    if known is None:
        return True
    return known.content_hash != record_hash and known.update_count < max_updates


def announced_on(article_published: datetime | None, first_seen: datetime) -> date:
    return (article_published or first_seen).date()
