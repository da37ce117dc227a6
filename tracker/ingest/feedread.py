"""Bytes -> ParsedFeed in this process, with no time limit (see parse.py for the guard).

Bozo policy (RELIABILITY.md 13, 14):
* nothing feed-like (empty, HTML, plain text) -> NotAFeedError;
* ill-formed and no entries recovered -> ParseError, nothing partial;
* ill-formed but entries recovered -> accepted with a warning; when the document
  is cut off, the last entry (possibly cut too) is dropped;
* encoding trouble feedparser worked around -> accepted with a warning.
"""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser

from tracker.core.errors import NotAFeedError, ParseError
from tracker.ingest import feedparser_tuning
from tracker.ingest.prepare import prepare
from tracker.ingest.records import ParsedEntry, ParsedFeed
from tracker.ingest.text import content_hash, html_to_text, one_line, strip_controls, to_text

FUTURE_TOLERANCE = timedelta(days=1)
MAX_AUTHOR_CHARS = 300
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_ENTRY_OPEN = re.compile(rb"<(?:[\w-]+:)?(?:item|entry)[\s>]", re.I)
_ENTRY_CLOSE = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>", re.I)
_ENCODING_BOZO = (
    feedparser.CharacterEncodingOverride,
    feedparser.CharacterEncodingUnknown,
    feedparser.NonXMLContentType,
)
feedparser_tuning.install()


def parse_bytes(body: bytes, url: str, *, now: datetime) -> ParsedFeed:
    """Parse ``body`` (never a URL or path) into plain-text entries."""
    if not body.strip():
        raise NotAFeedError(url, "empty body: not a feed")
    prepared, warnings = prepare(body)
    result = feedparser.parse(
        io.BytesIO(prepared),  # a stream: feedparser opens URLs and paths given as strings
        # No Content-Location: feedparser would resolve ids against the feed URL and
        # keys would change when the feed moves. Links are resolved here instead.
        response_headers={"content-type": "application/xml"},
    )
    entries = list(result.entries)
    entries = _apply_bozo_policy(result, entries, prepared, url, warnings)
    parsed = _convert_entries(entries, url, now, warnings)
    title = one_line(result.feed.get("title")) or None
    return ParsedFeed(title=title, entries=parsed, warnings=warnings)


def _apply_bozo_policy(
    result: Any, entries: list[Any], body: bytes, url: str, warnings: list[str]
) -> list[Any]:
    problem = result.get("bozo_exception") if result.get("bozo") else None
    if not result.get("version") and not entries:
        if _HTML_START.match(body[:4096]) or b"<html" in body[:4096].lower():
            raise NotAFeedError(url, "an HTML page, not a feed (login wall or challenge page?)")
        raise NotAFeedError(url, f"not an RSS, Atom or RDF document{_detail(problem)}")
    if problem is None:
        return entries
    if isinstance(problem, _ENCODING_BOZO):
        warnings.append(f"encoding: {one_line(str(problem))}")
        return entries
    if not entries:
        raise ParseError(url, f"ill-formed feed and no entries recoverable{_detail(problem)}")
    if _last_entry_is_cut(body):
        entries = entries[:-1]
        warnings.append("document is cut off: the last entry was dropped")
        if not entries:
            raise ParseError(url, f"truncated feed with no complete entry{_detail(problem)}")
    warnings.append(f"ill-formed XML; {len(entries)} entries recovered leniently{_detail(problem)}")
    return entries


def _last_entry_is_cut(body: bytes) -> bool:
    """True when the document ends inside an entry (the lenient parser keeps half of it)."""
    last_open = max((m.start() for m in _ENTRY_OPEN.finditer(body)), default=-1)
    last_close = max((m.start() for m in _ENTRY_CLOSE.finditer(body)), default=-1)
    return last_open > last_close


def _detail(problem: object) -> str:
    return f" ({one_line(str(problem))[:200]})" if problem else ""


def _convert_entries(
    entries: list[Any], feed_url: str, now: datetime, warnings: list[str]
) -> list[ParsedEntry]:
    converted: dict[str, ParsedEntry] = {}
    for raw in entries:
        entry = _convert(raw, feed_url, now)
        if entry.key in converted:
            warnings.append(f"duplicate entry id {entry.key[:120]!r}: the first one was kept")
            continue
        converted[entry.key] = entry
    return list(converted.values())


def _convert(raw: Any, feed_url: str, now: datetime) -> ParsedEntry:
    # A plain dict for the lookups below: FeedParserDict.get runs Python code (aliases,
    # special keys) on every call, and none of these keys is an alias or special there.
    # Dates stay on ``raw``: its "updated" falls back to "published" (_published).
    fields = dict(raw)
    title = _title(fields.get("title"))
    summary = _text_of(fields.get("summary_detail"), fields.get("summary"))
    content = _fullest_content(fields) or summary
    link = _http_link(fields, feed_url)
    published, flag = _published(raw, now)
    return ParsedEntry(
        key=_entry_key(fields, link, title, content),
        url=link,
        title=title,
        author=one_line(fields.get("author"))[:MAX_AUTHOR_CHARS] or None,
        published=published,
        date_flag=flag,
        summary=summary,
        content=content,
        content_hash=content_hash(title, content),
    )


def _text_of(detail: Any, value: Any) -> str:
    kind = detail.get("type") if isinstance(detail, dict) else None
    return to_text(value if isinstance(value, str) else "", kind)


def _fullest_content(raw: Any) -> str:
    texts = [_text_of(item, item.get("value")) for item in raw.get("content") or [] if isinstance(item, dict)]
    return max(texts, key=len, default="")


def _title(value: Any) -> str:
    # RSS titles are often escaped HTML ("&lt;b&gt;") and Atom ones may be typed html.
    if not isinstance(value, str):
        return ""
    return one_line(html_to_text(value)) if ("<" in value or "&" in value) else one_line(value)


def _http_link(raw: Any, feed_url: str) -> str | None:
    """An absolute http(s) link, or None: nothing else is ever shown as a link."""
    link = raw.get("link")
    if not isinstance(link, str) or not link.strip():
        return None
    link = strip_controls(link).strip()
    if raw.get("links"):
        # A real <link> element: relative ones are resolved against the feed URL. With
        # no links, feedparser copied a guid ("item-42") that is kept only when absolute.
        link = urljoin(feed_url, link)
    return link if link.lower().startswith(("http://", "https://")) else None


def _entry_key(raw: Any, link: str | None, title: str, content: str) -> str:
    entry_id = one_line(raw.get("id")) if isinstance(raw.get("id"), str) else ""
    if entry_id:
        return entry_id
    if link:
        return link
    return "sha256:" + content_hash(title, content)


def _published(raw: Any, now: datetime) -> tuple[datetime | None, str | None]:
    for text_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        if raw.get(text_key):
            return _checked_date(raw.get(parsed_key), now)
    return None, "missing"


def _checked_date(parsed: time.struct_time | None, now: datetime) -> tuple[datetime | None, str | None]:
    if parsed is None:
        return None, "unparseable"
    try:
        when = datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None, "unparseable"
    if when > now + FUTURE_TOLERANCE:
        return None, "future"
    return when, None
