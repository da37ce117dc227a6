"""Pure text helpers for the dashboard: money, safe links, escaped Markdown, highlights."""

from __future__ import annotations

import re
import string
from typing import Any
from urllib.parse import urlsplit

SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
# Every ASCII punctuation character may be backslash-escaped in CommonMark, so
# escaping all of them makes feed text inert: no links, images, emphasis,
# headings, HTML, Streamlit colour directives (:red[...]) or LaTeX ($...$).
_MARKDOWN_SPECIAL = frozenset(string.punctuation)
_FIGURE = re.compile(
    r"(?:[£$€]|\b(?:GBP|USD|EUR)\s?)\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k|trillion)\b)?"
    r"|\b\d[\d,.]*\s?(?:million|billion|bn|trillion)?\b",
    re.IGNORECASE,
)


def money(amount: float | None, currency: str | None) -> str:
    """£1.2bn, €350m, £12,000: compact and never mixing currencies."""
    if amount is None:
        return ""
    prefix = SYMBOLS.get(currency or "", f"{currency or ''} ")
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(amount) >= size:
            return f"{prefix}{amount / size:,.1f}{suffix}".replace(".0" + suffix, suffix)
    return f"{prefix}{amount:,.0f}"


# The leading columns of every pledge table (explorer, review queue).
ROW_COLUMNS = ("id", "date", "kind", "amount", "scope", "what", "role", "count")


def display_row(row: dict[str, Any]) -> dict[str, Any]:
    """A pledge row for a table: money formatted, and what it is about in one column."""
    what = row.get("recipient") or row.get("name") or row.get("person")
    return {**row, "amount": money(row.get("amount"), row.get("currency")) or None, "what": what}


def safe_link(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL, else None (javascript:, data:, relative...)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def escape_markdown(text: str) -> str:
    """Feed text as inert Markdown: every punctuation character backslash-escaped, newlines flattened."""
    flat = " ".join(text.split())
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in flat)


def figure_span(evidence: str, hints: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """Where the pledge's figure sits in the evidence: the first hint found (name, person),
    else the first money amount or number; None when there is nothing to point at."""
    lowered = evidence.lower()
    for hint in hints:
        if hint and (at := lowered.find(hint.lower())) >= 0:
            return at, at + len(hint)
    match = _FIGURE.search(evidence)
    return (match.start(), match.end()) if match else None


def highlighted_markdown(evidence: str, hints: tuple[str, ...] = ()) -> str:
    """Escaped evidence with its figure in bold: split first, escape each part, then wrap."""
    span = figure_span(evidence, hints)
    if span is None:
        return escape_markdown(evidence)
    start, end = span
    before, figure, after = evidence[:start], evidence[start:end], evidence[end:]
    # Spaces inside ** would stop the emphasis from closing; keep them outside.
    return f"{escape_markdown(before)} **{escape_markdown(figure)}** {escape_markdown(after)}".strip()
