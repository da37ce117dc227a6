"""RELIABILITY.md Security 23 (only http(s) URLs) and 24 (SSRF, address checks)."""

from __future__ import annotations

import ipaddress

import pytest

from tracker.core.errors import UnsafeURLError
from tracker.ingest.safety import check_host_allowed, is_blocked_address, validate_source_url

# --- 23: only absolute http(s) URLs are accepted ------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("/etc/passwd", "not an absolute URL"),
        ("feeds/gov.xml", "not an absolute URL"),
        ("C:\\feeds\\gov.xml", "not an absolute URL"),
        ("example.org/feed.xml", "not an absolute URL"),
        ("file:///etc/passwd", "file: URLs are refused"),
        ("FILE:///etc/passwd", "file: URLs are refused"),
        ("data:text/xml,<rss/>", "data: URLs are refused"),
        ("javascript:alert(1)", "javascript: URLs are refused"),
        ("ftp://ftp.example.org/feed.xml", "ftp: URLs are refused"),
        ("", "not an absolute URL"),
        ("http:/example.org/feed", "not an absolute URL"),
    ],
)
def test_23_non_http_sources_are_refused_with_a_clear_message(url: str, reason: str) -> None:
    with pytest.raises(UnsafeURLError) as caught:
        validate_source_url(url)
    assert reason in caught.value.message
    assert "http" in caught.value.message


def test_23_http_urls_are_normalised() -> None:
    assert validate_source_url("  HTTPS://Example.ORG/feed?a=1 ") == "https://example.org/feed?a=1"
    assert validate_source_url("http://bücher.example/feed") == "http://xn--bcher-kva.example/feed"


def test_23_credentials_in_urls_are_refused() -> None:
    with pytest.raises(UnsafeURLError, match="user name or password"):
        validate_source_url("https://user:secret@example.org/feed")


# --- 24: private, loopback and odd numeric addresses are refused --------------------------

REFUSED = [
    "http://127.0.0.1/feed",
    "http://localhost/feed",
    "http://LOCALHOST./feed",
    "http://feeds.localhost/feed",
    "http://[::1]/feed",
    "http://[::ffff:127.0.0.1]/feed",
    "http://0177.0.0.1/feed",
    "http://0x7f.0.0.1/feed",
    "http://2130706433/feed",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/feed",
    "http://172.16.0.1/feed",
    "http://172.31.255.254/feed",
    "http://192.168.1.1/feed",
    "http://100.64.0.1/feed",
    "http://[fc00::1]/feed",
    "http://[fd12:3456::1]/feed",
    "http://[fe80::1]/feed",
    "http://0.0.0.0/feed",
    "http://[::]/feed",
]


@pytest.mark.parametrize("url", REFUSED)
def test_24_private_and_odd_addresses_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_host_allowed(url, allow_private=False)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/feed", "http://[::1]/feed", "http://10.1.2.3/feed", "http://192.168.1.1/"]
)
def test_24_the_explicit_setting_allows_private_addresses(url: str) -> None:
    check_host_allowed(url, allow_private=True)


def test_24_public_literal_addresses_pass() -> None:
    check_host_allowed("http://8.8.8.8/feed", allow_private=False)
    check_host_allowed("https://[2001:4860:4860::8888]/feed", allow_private=False)


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("8.8.8.8", False),
        ("2001:4860:4860::8888", False),
        ("127.0.0.1", True),
        ("100.127.255.255", True),
        ("::ffff:10.0.0.1", True),
        ("2002:7f00:1::", True),  # 6to4 wrapping 127.0.0.1
        ("224.0.0.1", True),
        ("fe80::1", True),
    ],
)
def test_24_address_classification(address: str, blocked: bool) -> None:
    assert is_blocked_address(ipaddress.ip_address(address)) is blocked


def test_24_names_resolving_to_private_addresses_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.ingest.safety as safety

    monkeypatch.setattr(
        safety,
        "resolve",
        lambda host, port: [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("10.0.0.5")],
    )
    with pytest.raises(UnsafeURLError, match=r"10\.0\.0\.5"):
        check_host_allowed("https://news.example.org/feed", allow_private=False)
