"""Bundled sample feeds, served to the pipeline without any network.

Sample sources have URLs of the form ``sample://NAME``. Users cannot add such
URLs (only http(s) is accepted from users); the tracker adds them itself on a
first run so the dashboard has data offline. The file's hash acts as its ETag,
so a second poll is "not modified" like a polite server would answer.
"""

from __future__ import annotations

import hashlib
from importlib import resources

from tracker.core.errors import HTTPStatusError
from tracker.domain.samples import SAMPLE_PUBLISHERS, SAMPLE_SCHEME, is_sample_url
from tracker.ingest.fetch import FetchResult

__all__ = [
    "SAMPLE_PUBLISHERS",
    "SAMPLE_SCHEME",
    "fetch_sample",
    "is_sample_url",
    "sample_names",
    "sample_url",
]


def sample_names() -> list[str]:
    folder = resources.files("tracker.samples")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith((".rss", ".atom", ".xml")))


def sample_url(name: str) -> str:
    return f"{SAMPLE_SCHEME}{name}"


def fetch_sample(url: str, *, etag: str | None = None) -> FetchResult:
    """Read a bundled sample as if fetched: 200 with an ETag, or 304 when unchanged."""
    name = url.removeprefix(SAMPLE_SCHEME)
    if name not in sample_names():
        raise HTTPStatusError(url, 404, f"no bundled sample named {name!r}")
    body = resources.files("tracker.samples").joinpath(name).read_bytes()
    digest = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    if etag == digest:
        return FetchResult(
            status=304,
            url=url,
            final_url=url,
            permanent_url=None,
            body=b"",
            etag=digest,
            last_modified=None,
            content_type=None,
        )
    return FetchResult(
        status=200,
        url=url,
        final_url=url,
        permanent_url=None,
        body=body,
        etag=digest,
        last_modified=None,
        content_type="application/xml",
    )
