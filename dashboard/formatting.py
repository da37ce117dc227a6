"""Pure text helpers for the dashboard: money, safe links, escaped Markdown, highlights."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlsplit

from tracker.domain.kinds import DELIVERY_TITLES, ROLE_TITLES, spec_of
from tracker.domain.topics import TOPIC_TITLES
from tracker.queries.commitments import CommitmentRow

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


# ---- Commitments, their stories and the method page ----

_LINK_SAFE = ":/?#=&%+,;@~.-_!$*"  # kept as is in a Markdown link target; the rest is %-encoded


def markdown_link(url: str | None, text: str) -> str:
    """A Markdown link to an http(s) URL with escaped text; the escaped text alone otherwise.

    The target is %-encoded except for plain URL punctuation, so brackets,
    parentheses, quotes, spaces and angle brackets cannot end it early.
    """
    label = escape_markdown(text) or "link"
    link = safe_link(url)
    return f"[{label}]({quote(link, safe=_LINK_SAFE)})" if link else label


def title_of(titles: Mapping[Any, str], value: str | None) -> str:
    """The plain-language title of an enum value; blank for nothing, the value itself if unknown."""
    return titles.get(value, value.replace("_", " ")) if value else ""


def commitment_row(row: CommitmentRow, facts: Mapping[str, str]) -> dict[str, Any]:
    """One commitment as a table row: plain words, money with its currency, blanks not None."""
    counts_money = spec_of(row.kind).counts_money
    return {
        "id": row.id,
        "commitment": row.label,
        "recipient": facts.get("recipient", ""),
        "topic": title_of(TOPIC_TITLES, row.topic),
        "kind": spec_of(row.kind).title,
        "first": row.first_announced_on,
        "latest": row.last_announced_on,
        "mentions": row.mentions,
        "new_money": money(row.new_money, row.currency) if counts_money else "",
        "restated_money": money(row.restated_money, row.currency) if counts_money else "",
        "status": title_of(DELIVERY_TITLES, row.status),
        "publishers": facts.get("publishers", ""),
    }


def mention_hints(mention: Mapping[str, Any]) -> tuple[str, ...]:
    """What to highlight in a mention's evidence besides a money figure: a name or a person."""
    return tuple(str(v) for v in (mention.get("name"), mention.get("person")) if v)


def _cell(text: str) -> str:
    return text or " "


def mentions_markdown(mentions: Sequence[Mapping[str, Any]]) -> str:
    """Every mention as a Markdown table: date, source, evidence with its figure in bold,
    role, amount, new money and a link to the article. Feed text is escaped first."""
    lines = [
        "| Date | Source | Evidence | Role | Amount | New money | Article |",
        "|---|---|---|---|---|---|---|",
    ]
    for m in mentions:
        amount = money(m.get("amount"), m.get("currency"))
        new = money(m.get("new_money"), m.get("currency")) if m.get("new_money") is not None else ""
        cells = (
            f"{m['announced_on']:%d %b %Y}",
            escape_markdown(str(m.get("source") or "")),
            highlighted_markdown(str(m.get("evidence") or ""), mention_hints(m)),
            title_of(ROLE_TITLES, m.get("link_role")),
            escape_markdown(amount),
            escape_markdown(new),
            markdown_link(m.get("url"), str(m.get("title") or "the article")),
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


SCORE_KINDS = (
    ("funding", "Funding"),
    ("unit", "Units"),
    ("appointment", "Appointments"),
    ("headcount", "Headcount"),
    ("overall", "All kinds"),
)


def score_rows(sets: Mapping[str, Any], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Precision / recall / F1 per kind for the named sets of a scores file, in ``names`` order."""
    rows = []
    for key, described in names.items():
        scores = sets.get(key)
        if not isinstance(scores, Mapping):
            continue
        row: dict[str, Any] = {"set": described}
        for kind, title in SCORE_KINDS:
            figures = scores.get(kind) or {}
            row[title] = (
                f"{figures['precision']:.2f} / {figures['recall']:.2f} / {figures['f1']:.2f}"
                if {"precision", "recall", "f1"} <= set(figures)
                else ""
            )
        rows.append(row)
    return rows
