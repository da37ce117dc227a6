"""What the extractor finds in a text, as the extraction tests ask it: pledges of one kind, and
the reasons funding candidates were turned down."""

from __future__ import annotations

from datetime import date

from tracker.extract import ArticleText, PledgeMention, explain, extract

# A publication date after every year the tests' texts write about, so that dated cues read as past.
PUBLISHED = date(2026, 3, 2)


def pledges_of(text: str, kind: str, title: str = "", publisher: str = "") -> list[PledgeMention]:
    """The pledges of ``kind`` the extractor finds in ``text``."""
    return [p for p in extract(ArticleText(title, text, PUBLISHED, publisher)) if p.kind == kind]


def funding_reasons(text: str) -> set[str]:
    """The names of the rules that turned funding candidates of ``text`` down."""
    return explain(ArticleText("", text, PUBLISHED)).reasons("funding")
