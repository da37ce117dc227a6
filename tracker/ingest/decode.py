"""Bounded Content-Encoding decoding (RELIABILITY.md 4).

httpx decodes gzip chunk by chunk, but without a bound on the output of one
chunk: 64 KiB of a gzip bomb can become tens of MiB before any cap is checked.
Here every decompress call is limited to ``PIECE`` bytes of output, so memory
stays near the cap whatever the compression ratio.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from tracker.core.errors import FetchError

PIECE = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"


class BodyDecoder:
    """Decode identity, gzip or deflate bodies in bounded pieces."""

    def __init__(self, content_encoding: str, url: str) -> None:
        self._url = url
        self._encoding = content_encoding.strip().lower()
        if self._encoding in ("", "identity"):
            self._wbits: int | None = None
        elif self._encoding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif self._encoding == "deflate":
            self._wbits = zlib.MAX_WBITS
        else:
            raise FetchError(url, f"unsupported Content-Encoding {content_encoding!r}")
        self._d = zlib.decompressobj(self._wbits) if self._wbits is not None else None
        self._produced = 0
        self._started = False

    @property
    def identity(self) -> bool:
        return self._d is None

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        """Decoded pieces of ``data``; stops early once more than ``limit`` bytes came out."""
        if self._d is None:
            yield data
            return
        pending = data
        while pending and self._produced <= limit:
            out = self._decompress(pending)
            pending = self._d.unconsumed_tail
            if self._d.eof:
                pending = self._next_member(pending)
            self._produced += len(out)
            if out:
                yield out

    def flush(self, limit: int) -> Iterator[bytes]:
        if self._d is None or self._produced > limit:
            return
        try:
            tail = self._d.flush(limit + 1 - self._produced)
        except zlib.error as exc:
            raise FetchError(self._url, f"corrupt {self._encoding} body ({exc})") from exc
        if tail:
            yield tail

    def _decompress(self, data: bytes) -> bytes:
        assert self._d is not None
        try:
            out = self._d.decompress(data, PIECE)
        except zlib.error as exc:
            if self._encoding == "deflate" and not self._started:
                # Some servers send raw deflate (no zlib header) as "deflate".
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                self._started = True
                return self._decompress(data)
            raise FetchError(self._url, f"corrupt {self._encoding} body ({exc})") from exc
        self._started = True
        return out

    def _next_member(self, pending: bytes) -> bytes:
        # Concatenated gzip members are one body; anything else after the end is ignored.
        assert self._d is not None
        rest = self._d.unused_data + pending
        if self._wbits == 16 + zlib.MAX_WBITS and rest.startswith(GZIP_MAGIC):
            self._d = zlib.decompressobj(self._wbits)
            return rest
        return b""
