"""How values longer than their column are made to fit, the same on every store (RELIABILITY 38).

PostgreSQL refuses a value longer than its ``varchar(n)``; SQLite stores it
whole. So nothing over a column's size may reach either: the pipeline fits
every value from a feed or a server before it is written, and says what it
changed. The sizes are the column sizes of ``tracker.schema.models`` (a test
keeps the two equal).

* Keys (an entry's id) over :data:`KEY_CHARS` keep a readable prefix and the
  SHA-256 of the whole value: stable across polls and distinct for distinct ids.
* An entry link over :data:`URL_CHARS` is dropped (a cut or hashed link would
  lead nowhere); the entry is kept.
* An ``ETag`` over :data:`ETAG_CHARS` or a ``Last-Modified`` over
  :data:`LAST_MODIFIED_CHARS` is not stored: the next poll is unconditional.
* A permanent redirect to a URL over :data:`URL_CHARS` does not replace the
  source's URL.
* Any other text column with a size is cut at that size, ending in "…".
"""

from __future__ import annotations

import hashlib

URL_CHARS = 2000
KEY_CHARS = 2000
ETAG_CHARS = 1000
LAST_MODIFIED_CHARS = 200
TITLE_CHARS = 500
PUBLISHER_CHARS = 200

ELLIPSIS = "…"
_HASH_MARK = "…sha256:"


def fit_key(key: str, limit: int = KEY_CHARS) -> str:
    """``key`` itself when it fits, else its first characters, a mark and its SHA-256."""
    if len(key) <= limit:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return key[: limit - len(_HASH_MARK) - len(digest)] + _HASH_MARK + digest


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (the last one an ellipsis) when longer."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS if limit > 0 else ""


def fits(value: str | None, limit: int) -> bool:
    return value is None or len(value) <= limit


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


__all__ = [
    "ETAG_CHARS",
    "KEY_CHARS",
    "LAST_MODIFIED_CHARS",
    "PUBLISHER_CHARS",
    "TITLE_CHARS",
    "URL_CHARS",
    "clip",
    "fit_key",
    "fits",
    "plural",
]
