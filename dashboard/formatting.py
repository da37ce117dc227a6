"""Pure text helpers for the dashboard: money, safe links, escaped Markdown, highlights."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tracker.domain.kinds import DELIVERY_TITLES, KINDS, ROLE_TITLES, PledgeKind, spec_of, values_of
from tracker.domain.topics import TOPIC_TITLES
from tracker.queries.commitments import CommitmentRow

KIND_VALUES = frozenset(values_of(PledgeKind))
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


def day(value: date | datetime | None) -> str:
    """A date as people write it ("5 Mar 2025"); a datetime in UTC without zone noise."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.day} {value:%b %Y %H:%M}"
    return f"{value.day} {value:%b %Y}"


def period_words(start: date | None, end: date | None) -> str:
    """The window a page shows, in words: "All time", "1 Jan 2024 – 31 Mar 2025", "From 1 Jan 2024"."""
    if start is None and end is None:
        return "All time"
    if start is None:
        return f"Until {day(end)}"
    if end is None:
        return f"From {day(start)}"
    return f"{day(start)} – {day(end)}"


# Pledge tables (overview, explorer, review queue) share one layout: what kind, its
# figure, what or who it is about, then the evidence, early, where it is read.
PLEDGE_COLUMNS = {
    "date": "Date",
    "kind": "Kind",
    "figure": "Figure",
    "about": "About",
    "evidence": "Evidence",
    "publisher": "Publisher",
}
REVIEW_NAMES = {
    "unreviewed": "Not reviewed",
    "confirmed": "Confirmed",
    "rejected": "Rejected",
    "corrected": "Corrected",
}


def kind_title(kind: str | None) -> str:
    try:
        return spec_of(kind or "").title
    except (KeyError, ValueError):
        return kind or ""


def figure_text(row: dict[str, Any]) -> str:
    """The number a pledge states: money with its currency, or staff with their count."""
    if row.get("amount") is not None:
        qualifier = {"up_to": "up to ", "about": "about ", "at_least": "at least "}.get(
            row.get("qualifier") or "", ""
        )
        return qualifier + money(row["amount"], row.get("currency"))
    if row.get("count") is not None:
        return f"{int(row['count']):,} staff"
    return ""


def about_text(row: dict[str, Any]) -> str:
    """What or who a pledge is about, the same way for one kind everywhere:
    funding its recipient; a unit its name (and parent); an appointment the person,
    role and organisation; headcount the role the staff will fill."""
    kind = row.get("kind")
    if kind in KIND_VALUES:
        return spec_of(str(kind)).about_of(row)
    return str(row.get("recipient") or row.get("name") or row.get("person") or "")


def display_row(row: dict[str, Any]) -> dict[str, Any]:
    """A pledge row for a table: plain words, figures with their unit, blank when unknown."""
    shown = {
        **row,
        "date": day(row.get("date") or row.get("announced_on")),
        "kind": kind_title(row.get("kind")),
        "figure": figure_text(row),
        "about": about_text(row),
    }
    if "review_status" in row:
        shown["review_status"] = REVIEW_NAMES.get(row["review_status"], row["review_status"])
    return shown


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
    *((spec.kind.value, spec.title) for spec in KINDS.values()),
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


CONTEXT_CHARS = 600  # of a long paragraph, at most this much either side of the evidence


def paragraph_around(body: str, evidence: str, start: int, end: int) -> tuple[str, str, str] | None:
    """The paragraph of the article that holds the evidence, split into (before, evidence,
    after); None when the evidence is not in the body (the text changed since)."""
    if not (0 <= start < end <= len(body) and body[start:end] == evidence):
        start = body.find(evidence) if evidence else -1
        if start < 0:
            return None
        end = start + len(evidence)
    first = body.rfind("\n\n", 0, start)
    first = 0 if first < 0 else first + 2
    last = body.find("\n\n", end)
    last = len(body) if last < 0 else last
    before, after = (
        body[max(first, start - CONTEXT_CHARS) : start],
        body[end : min(last, end + CONTEXT_CHARS)],
    )
    before = ("…" if start - CONTEXT_CHARS > first else "") + before
    after = after + ("…" if end + CONTEXT_CHARS < last else "")
    return before, body[start:end], after


def paragraph_markdown(parts: tuple[str, str, str]) -> str:
    """The paragraph as inert Markdown with the evidence in bold."""
    before, evidence, after = (escape_markdown(part) for part in parts)
    return f"{before} **{evidence}** {after}".strip()


def _field_value(field: str, value: Any, currency: str | None) -> str:
    if value is None or value == "":
        return "nothing"
    if field == "amount" and isinstance(value, int | float):
        return money(float(value), currency)
    if field == "count" and isinstance(value, int | float):
        return f"{int(value):,}"
    return f"\u201c{value}\u201d"


def correction_words(
    kind: str | None,
    original: dict[str, Any],
    corrections: dict[str, Any],
    reviewer: str,
    when: date | datetime | None,
    currency: str | None = None,
) -> str:
    """'Amount: machine said £510m, corrected to £51m by Ada on 5 Mar 2025', field by field;
    ``currency`` is the pledge's (as corrected) for amounts whose currency was not changed."""
    labels = dict(spec_of(kind).columns) if kind else {}
    currency_before = original.get("currency") or currency
    currency_after = corrections.get("currency") or currency
    parts = []
    for field, new in corrections.items():
        label = labels.get(field, field.replace("_", " ").capitalize())
        was = _field_value(field, original.get(field), currency_before) if field in original else "(not kept)"
        parts.append(f"{label}: machine said {was}, corrected to {_field_value(field, new, currency_after)}")
    return "; ".join(parts) + f" by {reviewer} on {day(when)}"


def decision_words(decision: dict[str, Any], kind: str | None, currency: str | None) -> str:
    """One recorded decision in words: "Confirmed by Ada on 5 Mar 2025", or a correction
    field by field with the machine's value beside the corrected one."""
    corrections = json.loads(decision.get("corrections") or "{}")
    status = REVIEW_NAMES.get(decision["status"], decision["status"])
    if corrections:
        original = json.loads(decision.get("original") or "{}")
        words = correction_words(
            kind, original, corrections, decision["reviewer"], decision["reviewed_at"], currency
        )
        return f"{status}: {words}"
    return f"{status} by {decision['reviewer']} on {day(decision['reviewed_at'])}"
