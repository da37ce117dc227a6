"""Polite, bounded HTTP GET for feeds and article pages (RELIABILITY.md 1-13, 24).

One core, :func:`fetch_bytes`, does the exchange: conditional GET, manual redirects
re-validated at every hop, connect/read timeouts plus an overall deadline, and a
cap on the *decoded* body enforced while streaming. :func:`fetch` is the feed
flavour; ``tracker.ingest.fulltext`` reuses the core for HTML pages.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import httpcore
import httpx

from tracker.core.config import Settings
from tracker.core.errors import (
    FetchError,
    FetchTimeoutError,
    GoneError,
    HTTPStatusError,
    RateLimitedError,
    RedirectError,
    SourceError,
    TooLargeError,
    UnsafeURLError,
)
from tracker.domain.scheduling import parse_retry_after
from tracker.ingest.decode import BodyDecoder
from tracker.ingest.safety import GuardedBackend, check_host_allowed, validate_source_url

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RATE_LIMIT_STATUSES = frozenset({429, 503})
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass(frozen=True)
class FetchResult:
    """Outcome of a successful exchange: 200 with a body, or 304 without one."""

    status: int
    url: str
    final_url: str
    permanent_url: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str | None


def fetch(
    url: str, settings: Settings, *, etag: str | None = None, last_modified: str | None = None
) -> FetchResult:
    """GET a feed, conditionally when validators from the last 200 are given."""
    return fetch_bytes(url, settings, etag=etag, last_modified=last_modified, accept=FEED_ACCEPT)


def fetch_bytes(
    url: str,
    settings: Settings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchResult:
    """The shared core: every limit of RELIABILITY.md Fetch and Security 24 applies."""
    start = validate_source_url(url)
    deadline = time.monotonic() + settings.total_timeout_s
    headers = _request_headers(settings, accept, etag, last_modified)
    with _transport(settings, deadline) as transport:
        try:
            return _follow(transport, start, settings, headers, deadline, etag, last_modified)
        except httpx.TimeoutException as exc:
            raise FetchTimeoutError(start, _timeout_message(exc, settings, deadline)) from exc
        except httpx.HTTPError as exc:
            raise FetchError(start, f"network error: {exc or type(exc).__name__}") from exc


def _transport(settings: Settings, deadline: float) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(verify=_ssl_context())  # default would load the CA bundle again
    # httpx 0.28 has no public hook for an httpcore network backend; the pool is
    # replaced whole. Using the transport directly (no httpx.Client) also means no
    # proxy from the environment (a proxy would be vetted instead of the feed host)
    # and no eager parsing of Location headers (we validate those ourselves).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=_ssl_context(),
        max_connections=4,
        network_backend=GuardedBackend(allow_private=settings.allow_private_networks, deadline=deadline),
    )
    return transport


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs ~10 ms of CPU; one context serves every fetch and thread.
    return httpx.create_ssl_context()


def _timeouts(settings: Settings) -> dict[str, float]:
    return httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.read_timeout_s,
        write=settings.read_timeout_s,
        pool=settings.connect_timeout_s,
    ).as_dict()  # type: ignore[return-value]


def _request_headers(
    settings: Settings, accept: str, etag: str | None, last_modified: str | None
) -> dict[bytes, bytes]:
    headers = {
        b"User-Agent": settings.user_agent.encode(),
        b"Accept": accept.encode(),
        # Only encodings we decode ourselves with a bounded decoder (gzip bombs).
        b"Accept-Encoding": b"gzip, deflate",
    }
    # Validators go back exactly as received: latin-1 maps str <-> bytes one to one.
    if etag is not None:
        headers[b"If-None-Match"] = etag.encode("latin-1", "replace")
    if last_modified is not None:
        headers[b"If-Modified-Since"] = last_modified.encode("latin-1", "replace")
    return headers


def _follow(
    transport: httpx.HTTPTransport,
    start: str,
    settings: Settings,
    headers: dict[bytes, bytes],
    deadline: float,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult:
    current, seen, all_permanent = start, {start}, True
    for _hop in range(settings.max_redirects + 1):
        _check_hop(current, settings, deadline)
        request = httpx.Request("GET", current, headers=headers, extensions={"timeout": _timeouts(settings)})
        response = _send(transport, request, current)
        try:
            if response.status_code not in REDIRECT_STATUSES:
                permanent = current if all_permanent and current != start else None
                return _finish(response, start, current, permanent, settings, deadline, etag, last_modified)
            target = _redirect_target(response, current)
        finally:
            response.close()
        all_permanent = all_permanent and response.status_code in PERMANENT_REDIRECTS
        if target in seen:
            raise RedirectError(start, f"redirect loop at {target}")
        seen.add(target)
        current = target
    raise RedirectError(start, f"more than {settings.max_redirects} redirects")


def _send(transport: httpx.HTTPTransport, request: httpx.Request, current: str) -> httpx.Response:
    # The guarded backend names only the host; re-raise naming the hop's URL.
    try:
        return transport.handle_request(request)
    except UnsafeURLError as exc:
        raise UnsafeURLError(current, f"refused at connect time: {exc.message}") from exc
    except SourceError as exc:
        raise FetchError(current, exc.message) from exc


def _check_hop(url: str, settings: Settings, deadline: float) -> None:
    # Early, readable refusal; the guarded backend repeats the address check at connect time.
    left = max(deadline - time.monotonic(), 0.0)
    try:
        check_host_allowed(
            url,
            allow_private=settings.allow_private_networks,
            timeout_s=min(settings.connect_timeout_s, left),
        )
    except httpcore.ConnectTimeout as exc:
        raise FetchTimeoutError(url, f"DNS lookup took longer than {settings.connect_timeout_s:g} s") from exc
    except UnsafeURLError:
        raise
    except SourceError as exc:
        raise FetchError(url, exc.message) from exc


def _redirect_target(response: httpx.Response, current: str) -> str:
    location = response.headers.get("Location")
    if not location:
        raise RedirectError(current, f"HTTP {response.status_code} without a Location header")
    target = urljoin(current, location.strip())
    try:
        return validate_source_url(target)
    except UnsafeURLError as exc:
        raise UnsafeURLError(current, f"redirect to {target!r} refused: {exc.message}") from exc


def _finish(
    response: httpx.Response,
    start: str,
    final: str,
    permanent: str | None,
    settings: Settings,
    deadline: float,
    sent_etag: str | None,
    sent_last_modified: str | None,
) -> FetchResult:
    status = response.status_code
    _raise_for_status(response, start, settings.max_retry_after_days)
    etag = _raw_header(response, b"etag")
    last_modified = _raw_header(response, b"last-modified")
    body = b""
    if status == 304:
        # A 304 may omit the validators; the ones we sent are still the current ones.
        etag = etag if etag is not None else sent_etag
        last_modified = last_modified if last_modified is not None else sent_last_modified
    else:
        body = _read_capped(response, start, settings.max_body_bytes, deadline)
    return FetchResult(
        status=304 if status == 304 else 200,
        url=start,
        final_url=final,
        permanent_url=permanent,
        body=body,
        etag=etag,
        last_modified=last_modified,
        content_type=response.headers.get("Content-Type"),
    )


def _raise_for_status(response: httpx.Response, url: str, max_retry_after_days: int) -> None:
    status = response.status_code
    if status == 304 or 200 <= status < 300:
        return
    if status == 410:
        raise GoneError(url, status, "HTTP 410 Gone: the feed was removed")
    if status in RATE_LIMIT_STATUSES:
        retry_after = parse_retry_after(
            response.headers.get("Retry-After"), datetime.now(UTC), max_retry_after_days
        )
        raise RateLimitedError(url, status, retry_after)
    raise HTTPStatusError(url, status, f"HTTP {status} {response.reason_phrase}".strip())


def _raw_header(response: httpx.Response, name: bytes) -> str | None:
    for key, value in response.headers.raw:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _read_capped(response: httpx.Response, url: str, cap: int, deadline: float) -> bytes:
    decoder = BodyDecoder(response.headers.get("Content-Encoding", ""), url)
    declared = response.headers.get("Content-Length")
    if decoder.identity and declared and declared.isdigit() and int(declared) > cap:
        raise TooLargeError(url, f"body of {int(declared)} bytes is over the {cap}-byte cap")
    parts: list[bytes] = []
    size = 0
    for chunk in _decoded_chunks(response, decoder, cap):
        size += len(chunk)
        if size > cap:
            raise TooLargeError(url, f"decoded body passed the {cap}-byte cap")
        if time.monotonic() > deadline:
            raise FetchTimeoutError(url, "overall deadline passed while reading the body")
        parts.append(chunk)
    return b"".join(parts)


def _decoded_chunks(response: httpx.Response, decoder: BodyDecoder, cap: int) -> Iterator[bytes]:
    for raw in response.iter_raw():
        yield from decoder.feed(raw, cap + 1)
    yield from decoder.flush(cap + 1)


def _timeout_message(exc: httpx.TimeoutException, settings: Settings, deadline: float) -> str:
    # Reads are clamped to the time left, so a socket timeout at the deadline is the deadline.
    if "deadline" in str(exc) or time.monotonic() >= deadline - 0.05:
        return f"overall deadline of {settings.total_timeout_s:g} s passed"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"no connection within {settings.connect_timeout_s:g} s"
    return f"no data within {settings.read_timeout_s:g} s"
