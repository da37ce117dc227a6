"""Plain records that cross the parser process boundary (picklable, frozen)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ParsedEntry:
    """One feed entry, all text plain and free of control characters."""

    key: str
    url: str | None
    title: str
    author: str | None
    published: datetime | None
    date_flag: str | None  # "missing" | "unparseable" | "future"; None when published is trusted
    summary: str
    content: str
    content_hash: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[ParsedEntry]
    warnings: list[str] = field(default_factory=list)
