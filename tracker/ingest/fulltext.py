"""Main text of a linked article page, through the same guarded fetcher.

Failure is normal here (paywalls, script-only pages): every failure raises a
SourceError subclass naming the reason, and the pipeline keeps the feed's own text.
"""

from __future__ import annotations

import trafilatura

from tracker.core.config import Settings
from tracker.core.errors import FullTextError
from tracker.ingest.fetch import HTML_ACCEPT, fetch_bytes
from tracker.ingest.text import plain_paragraphs

MIN_TEXT_CHARS = 200
HTML_TYPES = ("text/html", "application/xhtml+xml")


def fetch_full_text(url: str, settings: Settings) -> str:
    """Plain text of the page's main content, paragraphs separated by blank lines.

    Raises UnsafeURLError / FetchError subclasses from the fetch, or FullTextError
    when the page is not HTML or yields too little text.
    """
    result = fetch_bytes(url, settings, accept=HTML_ACCEPT)
    if not _is_html(result.content_type, result.body):
        raise FullTextError(url, f"not an HTML page ({result.content_type or 'no content type'})")
    return extract_main_text(result.body, url)


def extract_main_text(html: bytes | str, url: str) -> str:
    """Main text of an HTML document (pure; no I/O)."""
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=True,
    )
    plain = plain_paragraphs(_paragraph_breaks(text or ""))
    if len(plain) < MIN_TEXT_CHARS:
        raise FullTextError(url, f"no main text found ({len(plain)} characters extracted)")
    return plain


def _paragraph_breaks(text: str) -> str:
    # trafilatura separates paragraphs with single newlines; the extractor wants blank lines.
    return text.replace("\n", "\n\n")


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    head = body[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head
