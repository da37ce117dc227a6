"""Stream extraction over JSON Lines, as used by ``tracker extract``.

Input: one document a line, ``{"id", "published", "title", "text"}``; extra
fields are ignored, ``published`` may be ``YYYY-MM-DD``, an ISO 8601
datetime, null or absent, and ``title`` may be absent. Output: one line per
document, in input order, ``{"id": ..., "pledges": [...]}`` with each pledge
in the SCHEMA.md prediction format. Blank lines are not documents and produce
no output. A malformed line raises :class:`tracker.core.errors.InputError` naming
its line number; lines before it have already been yielded, so a caller that
writes as it goes keeps the good prefix.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from tracker.core.errors import InputError
from tracker.extract import extract
from tracker.extract.types import ArticleText


def _published(value: Any, number: int) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"line {number}: 'published' must be a date string, got {type(value).__name__}")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(f"line {number}: 'published' is not an ISO date: {value!r}") from None


def parse_document(line: str, number: int) -> tuple[Any, ArticleText]:
    """The id and article of one input line; InputError if it is malformed."""
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
        raise InputError(f"line {number}, column {exc.colno}: not valid JSON ({reason})") from None
    if not isinstance(doc, dict):
        raise InputError(f"line {number}: expected a JSON object, got {type(doc).__name__}")
    if "id" not in doc or not isinstance(doc["id"], (str, int)) or isinstance(doc["id"], bool):
        raise InputError(f"line {number}: missing or invalid 'id' (a string or integer)")
    text, title = doc.get("text"), doc.get("title") or ""
    if not isinstance(text, str):
        raise InputError(f"line {number}: missing or invalid 'text' (a string)")
    if not isinstance(title, str):
        raise InputError(f"line {number}: 'title' must be a string")
    publisher = doc.get("publisher")
    publisher = publisher if isinstance(publisher, str) else ""
    published = _published(doc.get("published"), number)
    return doc["id"], ArticleText(title=title, text=text, published=published, publisher=publisher)


def extract_line(line: str, number: int) -> str:
    """The prediction line (no trailing newline) for one input line."""
    doc_id, article = parse_document(line, number)
    pledges = [mention.to_prediction() for mention in extract(article)]
    return json.dumps({"id": doc_id, "pledges": pledges}, ensure_ascii=False)


def extract_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """Prediction lines (without trailing newline) for the documents in ``lines``, lazily, in order."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield extract_line(line, number)
