"""Every real-world feed in ../shared/feeds/real parses from bytes without crashing.

The files stay in ../shared (never copied here). Each one must give entries, or a
clear ParseError/NotAFeedError when feedparser itself cannot read any entry.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from tracker.core.errors import ParseError
from tracker.ingest.parse import parse_feed

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "feeds" / "real"
NOW = datetime(2026, 11, 28, tzinfo=UTC)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _feed_files() -> list[Path]:
    if not REAL.is_dir():
        return []
    return sorted(
        p for p in REAL.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix != ".md"
    )


FILES = _feed_files()
pytestmark = pytest.mark.skipif(not FILES, reason=f"no real feeds at {REAL} (../shared is absent)")


def _feedparser_finds_entries(body: bytes) -> bool:
    return bool(feedparser.parse(io.BytesIO(body)).entries)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_feed_parses_or_fails_clearly(path: Path) -> None:
    body = path.read_bytes()
    try:
        feed = parse_feed(body, f"https://feeds.example.org/{path.name}", timeout_s=30, now=NOW)
    except ParseError as exc:  # NotAFeedError included
        assert exc.message, "a parse error must say why"
        assert not _feedparser_finds_entries(body) or "truncated" in exc.message or "cut" in exc.message
        return
    if _feedparser_finds_entries(body):
        assert feed.entries, f"feedparser finds entries in {path.name} but we kept none: {feed.warnings}"
    for entry in feed.entries:
        assert entry.key
        assert entry.content_hash
        for text in (
            entry.key,
            entry.title,
            entry.summary,
            entry.content,
            entry.author or "",
            entry.url or "",
        ):
            assert not CONTROL.search(text)
        assert entry.url is None or entry.url.startswith(("http://", "https://"))
        assert entry.published is None or entry.published.tzinfo is not None
    assert len({e.key for e in feed.entries}) == len(feed.entries)


def test_known_encodings_read_correctly() -> None:
    names = {p.name for p in FILES}
    if "oren-ru-news-windows-1251.rss" not in names:
        pytest.skip("windows-1251 sample absent")
    feed = parse_feed(
        (REAL / "oren-ru-news-windows-1251.rss").read_bytes(), "https://x.example/", timeout_s=30, now=NOW
    )
    assert re.search("[а-яА-Я]{4}", feed.title or "")
