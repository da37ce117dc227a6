"""Fit what a feed and its server sent to the columns it is stored in (RELIABILITY 38).

Applied by the pipeline before anything is written, so SQLite and PostgreSQL
store the same thing; each change comes back as a warning the pipeline records
on the source and in its fetch log (``tracker.domain.limits`` has the rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tracker.domain.limits import (
    ETAG_CHARS,
    KEY_CHARS,
    LAST_MODIFIED_CHARS,
    URL_CHARS,
    fit_key,
    fits,
    plural,
)
from tracker.ingest.fetch import FetchResult
from tracker.ingest.records import ParsedEntry


def fit_entries(entries: Iterable[ParsedEntry]) -> tuple[list[ParsedEntry], list[str]]:
    """Entries whose keys and links fit their columns, and what was changed.

    Two ids that differ only past the kept prefix still get different keys (the
    hash covers the whole id); if two entries end up with one key, the first is kept.
    """
    fitted: dict[str, ParsedEntry] = {}
    hashed = dropped = 0
    for entry in entries:
        key, url = entry.key, entry.url
        if len(key) > KEY_CHARS:
            key, hashed = fit_key(key), hashed + 1
        if not fits(url, URL_CHARS):
            url, dropped = None, dropped + 1
        if (key, url) != (entry.key, entry.url):
            entry = replace(entry, key=key, url=url)
        fitted.setdefault(entry.key, entry)
    warnings = []
    if hashed:
        warnings.append(
            f"{plural(hashed, 'entry id')} over {KEY_CHARS:,} characters stored as a prefix and a SHA-256"
        )
    if dropped:
        warnings.append(f"{plural(dropped, 'entry link')} over {URL_CHARS:,} characters not stored")
    return list(fitted.values()), warnings


def fit_result(result: FetchResult) -> tuple[FetchResult, list[str]]:
    """The fetch result with validators and a permanent URL that fit, and what was dropped."""
    warnings = []
    etag, last_modified, permanent = result.etag, result.last_modified, result.permanent_url
    if not fits(etag, ETAG_CHARS):
        warnings.append(f"ETag of {len(etag or ''):,} characters (over {ETAG_CHARS:,}) not stored")
        etag = None
    if not fits(last_modified, LAST_MODIFIED_CHARS):
        warnings.append(
            f"Last-Modified of {len(last_modified or ''):,} characters "
            f"(over {LAST_MODIFIED_CHARS:,}) not stored"
        )
        last_modified = None
    if not fits(permanent, URL_CHARS):
        warnings.append(
            f"permanent redirect to a URL of {len(permanent or ''):,} characters "
            f"(over {URL_CHARS:,}): the source keeps its URL"
        )
        permanent = None
    if not warnings:
        return result, []
    return replace(result, etag=etag, last_modified=last_modified, permanent_url=permanent), warnings
