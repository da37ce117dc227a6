"""RELIABILITY.md Fetch 1-13 and Security 23-24 at fetch time, against a real loopback server."""

from __future__ import annotations

import gzip
import ipaddress
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

import tracker.ingest.safety as safety
from tests.support.http_server import LocalHTTPServer, RecordedRequest, Route, http_server_fixture  # noqa: F401
from tracker.core.config import Settings, load_settings
from tracker.core.errors import (
    FetchError,
    FetchTimeoutError,
    GoneError,
    HTTPStatusError,
    NotAFeedError,
    RateLimitedError,
    RedirectError,
    TooLargeError,
    UnsafeURLError,
)
from tracker.ingest.fetch import fetch, fetch_bytes
from tracker.ingest.parse import parse_feed

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Ministry</title>'
    b"<item><guid>a1</guid><title>Grant announced</title><description>Text</description></item>"
    b"</channel></rss>"
)


def limits(**overrides: Any) -> Settings:
    """Loopback allowed, short limits so that failing cases end fast."""
    values: dict[str, Any] = {
        "allow_private_networks": True,
        "connect_timeout_s": 2.0,
        "read_timeout_s": 1.0,
        "total_timeout_s": 3.0,
        "max_body_bytes": 64 * 1024,
    }
    values.update(overrides)
    return load_settings(**values)


# --- 1: accepts and never answers ---------------------------------------------------------


def test_01_server_that_never_answers_times_out_and_the_next_source_proceeds(
    http_server: LocalHTTPServer,
) -> None:
    http_server.route("/hang", hang=True)
    http_server.route("/feed", body=FEED)
    with pytest.raises(FetchTimeoutError) as caught:
        fetch(http_server.url("/hang"), limits(read_timeout_s=0.5))
    assert "no data within 0.5 s" in caught.value.message
    assert fetch(http_server.url("/feed"), limits()).body == FEED


# --- 2: trickling server --------------------------------------------------------------------


def test_02_trickling_server_is_aborted_at_the_overall_deadline(http_server: LocalHTTPServer) -> None:
    # One byte every 0.1 s never trips the 1 s read timeout; 2000 bytes would take 200 s.
    http_server.route("/slow", body=b"x" * 2000, trickle_s=0.1)
    with pytest.raises(FetchTimeoutError) as caught:
        fetch(http_server.url("/slow"), limits(read_timeout_s=1.0, total_timeout_s=1.0))
    assert "overall deadline" in caught.value.message


def test_02_deadline_also_covers_slow_headers(http_server: LocalHTTPServer) -> None:
    http_server.route("/slow-redirects", Route(status=302, headers={"Location": "/hang"}))
    http_server.route("/hang", hang=True)
    with pytest.raises(FetchTimeoutError):
        fetch(http_server.url("/slow-redirects"), limits(read_timeout_s=5.0, total_timeout_s=0.5))


# --- 3: body over the cap -------------------------------------------------------------------


def test_03_body_over_cap_with_content_length_is_rejected(http_server: LocalHTTPServer) -> None:
    http_server.route("/big", body=b"a" * 5000)
    with pytest.raises(TooLargeError, match="over the 4096-byte cap"):
        fetch(http_server.url("/big"), limits(max_body_bytes=4096))


def test_03_body_over_cap_without_content_length_is_rejected_while_streaming(
    http_server: LocalHTTPServer,
) -> None:
    http_server.route("/big", body=b"a" * 300_000, content_length=False)
    with pytest.raises(TooLargeError, match="passed the 65536-byte cap"):
        fetch(http_server.url("/big"), limits(max_body_bytes=65536))


def test_03_body_exactly_at_the_cap_is_accepted(http_server: LocalHTTPServer) -> None:
    http_server.route("/edge", body=b"a" * 4096, content_length=False)
    assert len(fetch(http_server.url("/edge"), limits(max_body_bytes=4096)).body) == 4096


# --- 4: gzip bomb ---------------------------------------------------------------------------


def test_04_gzip_bomb_is_aborted_at_the_decoded_cap_with_low_memory(http_server: LocalHTTPServer) -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)  # ~64 KiB on the wire
    http_server.route("/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError, match="decoded body"):
            fetch(http_server.url("/bomb"), limits(max_body_bytes=1024 * 1024))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_04_gzip_bodies_are_decoded(http_server: LocalHTTPServer) -> None:
    http_server.route("/gz", body=FEED, gzip=True)
    request_headers: list[RecordedRequest] = http_server.requests
    assert fetch(http_server.url("/gz"), limits()).body == FEED
    assert "gzip" in (request_headers[0].header("Accept-Encoding") or "")


# --- 5 and 6: conditional GET ---------------------------------------------------------------

ODD_ETAG = 'W/"v1 caf\xe9;x=1"'  # a latin-1 byte and spaces: must come back unchanged
ODD_DATE = "Tue, 02 Jan 2024 03:04:05 GMT"


def _conditional(request: RecordedRequest) -> Route:
    if request.header("If-None-Match") == ODD_ETAG:
        return Route(status=304)
    return Route(body=FEED, headers={"ETag": ODD_ETAG, "Last-Modified": ODD_DATE})


def test_05_not_modified_returns_304_without_a_body(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed", _conditional)
    result = fetch(http_server.url("/feed"), limits(), etag=ODD_ETAG, last_modified=ODD_DATE)
    assert result.status == 304
    assert result.body == b""
    assert (result.etag, result.last_modified) == (ODD_ETAG, ODD_DATE)


def test_06_validators_are_stored_and_sent_back_byte_for_byte(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed", _conditional)
    first = fetch(http_server.url("/feed"), limits())
    assert (first.status, first.etag, first.last_modified) == (200, ODD_ETAG, ODD_DATE)
    second = fetch(http_server.url("/feed"), limits(), etag=first.etag, last_modified=first.last_modified)
    assert second.status == 304
    sent = http_server.requests_for("/feed")[1]
    assert sent.header("If-None-Match") == ODD_ETAG
    assert sent.header("If-Modified-Since") == ODD_DATE


def test_06_validators_are_never_invented(http_server: LocalHTTPServer) -> None:
    http_server.route("/plain", body=FEED)
    result = fetch(http_server.url("/plain"), limits())
    assert (result.etag, result.last_modified) == (None, None)
    sent = http_server.requests_for("/plain")[0]
    assert sent.header("If-None-Match") is None
    assert sent.header("If-Modified-Since") is None


# --- 7: redirects ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 308])
def test_07_permanent_redirect_moves_the_stored_url(http_server: LocalHTTPServer, status: int) -> None:
    http_server.redirect("/old", "/new", status)
    http_server.route("/new", body=FEED)
    result = fetch(http_server.url("/old"), limits())
    assert result.final_url == http_server.url("/new")
    assert result.permanent_url == http_server.url("/new")
    assert result.url == http_server.url("/old")


@pytest.mark.parametrize("status", [302, 303, 307])
def test_07_temporary_redirect_keeps_the_stored_url(http_server: LocalHTTPServer, status: int) -> None:
    http_server.redirect("/old", "/new", status)
    http_server.route("/new", body=FEED)
    result = fetch(http_server.url("/old"), limits())
    assert result.final_url == http_server.url("/new")
    assert result.permanent_url is None


def test_07_a_temporary_hop_anywhere_keeps_the_stored_url(http_server: LocalHTTPServer) -> None:
    http_server.redirect("/a", "/b", 301)
    http_server.redirect("/b", "/c", 302)
    http_server.redirect("/c", "/d", 301)
    http_server.route("/d", body=FEED)
    assert fetch(http_server.url("/a"), limits()).permanent_url is None


def test_07_redirect_loop_is_an_error(http_server: LocalHTTPServer) -> None:
    http_server.redirect("/a", "/b", 302)
    http_server.redirect("/b", "/a", 302)
    with pytest.raises(RedirectError, match="loop"):
        fetch(http_server.url("/a"), limits())


def test_07_five_hops_are_followed_and_six_are_refused(http_server: LocalHTTPServer) -> None:
    for hop in range(6):
        http_server.redirect(f"/h{hop}", f"/h{hop + 1}", 302)
    http_server.route("/h6", body=FEED)
    assert fetch(http_server.url("/h1"), limits(max_redirects=5)).body == FEED
    with pytest.raises(RedirectError, match="more than 5 redirects"):
        fetch(http_server.url("/h0"), limits(max_redirects=5))


def test_07_redirect_without_location_is_an_error(http_server: LocalHTTPServer) -> None:
    http_server.route("/nowhere", status=301)
    with pytest.raises(RedirectError, match="without a Location"):
        fetch(http_server.url("/nowhere"), limits())


# --- 8: redirects to refused places ---------------------------------------------------------


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "ftp://ftp.example.org/feed", "data:text/xml,<rss/>", "javascript:x"]
)
def test_08_redirect_to_a_non_http_scheme_is_refused(http_server: LocalHTTPServer, location: str) -> None:
    http_server.redirect("/feed", location, 302)
    with pytest.raises(UnsafeURLError, match=r"redirect to .* refused"):
        fetch(http_server.url("/feed"), limits())


@pytest.fixture
def second_server() -> Iterator[LocalHTTPServer]:
    """A server on 127.0.0.2 that these tests treat as "the private network"."""
    server = LocalHTTPServer(host="127.0.0.2")
    yield server
    server.close()


def _only_127_0_0_2_is_private(monkeypatch: pytest.MonkeyPatch) -> None:
    # Loopback stands in for the public internet here; 127.0.0.2 plays the private network.
    monkeypatch.setattr(safety, "is_blocked_address", lambda address: str(address) == "127.0.0.2")


def test_08_redirect_to_a_private_address_is_refused_at_that_hop(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _only_127_0_0_2_is_private(monkeypatch)
    second_server.route("/secret", body=b"internal")
    http_server.redirect("/feed", f"http://127.0.0.2:{second_server.port}/secret", 302)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.2"):
        fetch(http_server.url("/feed"), limits(allow_private_networks=False))
    assert http_server.requests_for("/feed")
    assert second_server.requests == []


# --- 24 at fetch time: the address actually connected to ------------------------------------


def test_24_loopback_is_refused_at_fetch_time_unless_allowed(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed", body=FEED)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1"):
        fetch(http_server.url("/feed"), limits(allow_private_networks=False))
    assert http_server.requests == []
    assert fetch(http_server.url("/feed"), limits(allow_private_networks=True)).body == FEED


def test_24_dns_rebinding_between_check_and_connect_is_refused(
    http_server: LocalHTTPServer, second_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _only_127_0_0_2_is_private(monkeypatch)
    second_server.route("/feed", body=b"internal")
    answers = iter(["127.0.0.1", "127.0.0.2"])  # first lookup looks harmless, the next one is not

    def rebinding_resolve(host: str, port: int) -> list[Any]:
        return [ipaddress.ip_address(next(answers, "127.0.0.2"))]

    monkeypatch.setattr(safety, "resolve", rebinding_resolve)
    with pytest.raises(UnsafeURLError, match="refused at connect time"):
        fetch(f"http://rebind.test:{second_server.port}/feed", limits(allow_private_networks=False))
    assert second_server.requests == []


def test_24_connection_goes_to_the_vetted_address(
    http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "feeds.test" does not exist in DNS: reaching the server proves we dial the vetted address.
    monkeypatch.setattr(safety, "resolve", lambda host, port: [ipaddress.ip_address("127.0.0.1")])
    http_server.route("/feed", body=FEED)
    assert fetch(f"http://feeds.test:{http_server.port}/feed", limits()).body == FEED
    assert http_server.requests[0].header("Host") == f"feeds.test:{http_server.port}"


def test_23_fetch_refuses_non_http_urls() -> None:
    with pytest.raises(UnsafeURLError, match="file: URLs are refused"):
        fetch("file:///etc/passwd", limits())


# --- 9, 10, 11: error statuses --------------------------------------------------------------


def test_09_gone_is_its_own_error(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed", status=410)
    with pytest.raises(GoneError) as caught:
        fetch(http_server.url("/feed"), limits())
    assert caught.value.status == 410


@pytest.mark.parametrize("status", [404, 500, 403])
def test_10_error_status_raises_with_the_status(http_server: LocalHTTPServer, status: int) -> None:
    http_server.route("/feed", status=status, body=FEED)
    with pytest.raises(HTTPStatusError) as caught:
        fetch(http_server.url("/feed"), limits())
    assert caught.value.status == status
    assert not isinstance(caught.value, (GoneError, RateLimitedError))
    assert f"HTTP {status}" in caught.value.message


def _http_date(delta: timedelta) -> str:
    return format_datetime(datetime.now(UTC) + delta, usegmt=True)


@pytest.mark.parametrize(
    ("status", "retry_after", "low", "high"),
    [
        (429, "120", 120, 120),
        (503, "0", 0, 0),
        (429, None, None, None),
        (503, "soon", None, None),
        (429, "past", 0, 0),
        (503, "in 2 hours", 7000, 7200),
        (429, "in 40 days", 30 * 86400, 30 * 86400),
    ],
)
def test_11_rate_limit_carries_the_parsed_retry_after(
    http_server: LocalHTTPServer, status: int, retry_after: str | None, low: float | None, high: float | None
) -> None:
    value = {
        "past": _http_date(-timedelta(hours=1)),
        "in 2 hours": _http_date(timedelta(hours=2)),
        "in 40 days": _http_date(timedelta(days=40)),
    }.get(retry_after or "", retry_after)
    headers = {"Retry-After": value} if value is not None else {}
    http_server.route("/feed", Route(status=status, headers=headers))
    with pytest.raises(RateLimitedError) as caught:
        fetch(http_server.url("/feed"), limits(max_retry_after_days=30))
    assert caught.value.status == status
    if low is None:
        assert caught.value.retry_after_s is None
    else:
        assert caught.value.retry_after_s is not None
        assert low <= caught.value.retry_after_s <= (high or low)


# --- 13: empty body or HTML -----------------------------------------------------------------

NOW = datetime(2026, 11, 28, tzinfo=UTC)


def test_13_empty_200_is_not_a_feed(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed", body=b"")
    result = fetch(http_server.url("/feed"), limits())
    with pytest.raises(NotAFeedError, match="empty"):
        parse_feed(result.body, result.url, timeout_s=10, now=NOW)


def test_13_html_login_page_is_not_a_feed(http_server: LocalHTTPServer) -> None:
    page = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>...</form></body></html>"
    http_server.route("/feed", Route(body=page, headers={"Content-Type": "text/html"}))
    result = fetch(http_server.url("/feed"), limits())
    assert result.content_type == "text/html"
    with pytest.raises(NotAFeedError, match="HTML page"):
        parse_feed(result.body, result.url, timeout_s=10, now=NOW)


def test_fetch_bytes_accepts_any_type_and_reports_it(http_server: LocalHTTPServer) -> None:
    http_server.route("/page", Route(body=b"<html>hi</html>", headers={"Content-Type": "text/html"}))
    result = fetch_bytes(http_server.url("/page"), limits(), accept="text/html")
    assert (result.status, result.body, result.content_type) == (200, b"<html>hi</html>", "text/html")
    assert http_server.requests[0].header("Accept") == "text/html"


# --- 1 (continued): DNS has no timeout of its own ----------------------------------------------


def _slow_resolve(host: str, port: int) -> list[Any]:
    import time

    time.sleep(3)
    return [ipaddress.ip_address("93.184.216.34")]


@pytest.mark.parametrize("allow_private", [False, True])
def test_01_hanging_dns_lookup_times_out(monkeypatch: pytest.MonkeyPatch, allow_private: bool) -> None:
    monkeypatch.setattr(safety, "resolve", _slow_resolve)
    with pytest.raises(FetchTimeoutError):
        fetch(
            "http://slow-dns.test/feed", limits(connect_timeout_s=0.3, allow_private_networks=allow_private)
        )


def test_unresolvable_host_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(host: str, port: int) -> list[Any]:
        raise FetchError(host, "cannot resolve host (Name or service not known)")

    monkeypatch.setattr(safety, "resolve", no_such_host)
    with pytest.raises(FetchError, match="cannot resolve host") as caught:
        fetch("http://nowhere.test/feed", limits(allow_private_networks=False))
    assert not isinstance(caught.value, UnsafeURLError)
    assert caught.value.url == "http://nowhere.test/feed"
