"""Feed bytes -> plain-text entries, under a time limit (RELIABILITY.md 14-22).

feedparser is only ever given bytes (wrapped in a stream), never a URL or a path:
it would open either, with no timeout (RELIABILITY.md 23).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tracker.core.errors import ParseError
from tracker.ingest.parser_process import shared_worker
from tracker.ingest.prepare import declares_entities
from tracker.ingest.records import ParsedEntry, ParsedFeed

__all__ = ["ParsedEntry", "ParsedFeed", "parse_feed", "stop_parser"]


def parse_feed(body: bytes, url: str, *, timeout_s: float, now: datetime) -> ParsedFeed:
    """Parse a feed body in the parser process; ParseError if it takes over ``timeout_s``.

    Raises NotAFeedError (empty body, HTML page) or ParseError (unrecoverable XML,
    timeout); ``url`` only names the source in errors and resolves relative links.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if declares_entities(body):
        # RELIABILITY 20, 22: feeds never need entities; a feed that declares them is
        # an expansion bomb or an XXE probe, refused fast and recorded on the source.
        raise ParseError(url, "the feed declares XML entities (entity expansion or XXE): refused")
    return shared_worker().parse(body, url, now, timeout_s)


def stop_parser() -> None:
    """Stop the parser process now (it also stops at exit); the next parse restarts it."""
    shared_worker().close()
