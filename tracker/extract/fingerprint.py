"""Stable fingerprints for pledges: same pledge in the same article, same key."""

from __future__ import annotations

import hashlib


def _normalise(part: object) -> str:
    if part is None:
        return ""
    if isinstance(part, float) and part.is_integer():
        part = int(part)
    return " ".join(str(part).split()).lower()  # runs of whitespace as one space, trimmed


def make_fingerprint(kind: str, *key_parts: object) -> str:
    """A short hex digest of the pledge's kind and its identifying fields.

    Only identifying fields go in (amount and currency, unit name, person,
    count and role), never the evidence span, so that re-extraction after a
    small edit to the article or the extractor keeps the same fingerprint.
    """
    joined = "\x1f".join([kind, *(_normalise(p) for p in key_parts)])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]
