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


# --- 41: IPv6 forms that carry an IPv4 address are judged by the IPv4 inside -------------------

EMBEDDED_IPV4 = [
    # (IPv6 literal, form, embedded IPv4, refused)
    ("::ffff:127.0.0.1", "IPv4-mapped", "127.0.0.1", True),
    ("::ffff:10.1.2.3", "IPv4-mapped", "10.1.2.3", True),
    ("::ffff:8.8.8.8", "IPv4-mapped", "8.8.8.8", False),
    ("::ffff:0:192.168.1.1", "IPv4-translated", "192.168.1.1", True),
    ("::127.0.0.1", "IPv4-compatible", "127.0.0.1", True),
    ("::169.254.169.254", "IPv4-compatible", "169.254.169.254", True),
    ("64:ff9b::7f00:1", "NAT64", "127.0.0.1", True),
    ("64:ff9b::a9fe:a9fe", "NAT64", "169.254.169.254", True),
    ("64:ff9b::c0a8:101", "NAT64", "192.168.1.1", True),
    ("64:ff9b::808:808", "NAT64", "8.8.8.8", False),
    ("64:ff9b:1::7f00:1", "NAT64 (local-use)", "127.0.0.1", True),
    ("64:ff9b:1::a00:1", "NAT64 (local-use)", "10.0.0.1", True),
    ("2002:7f00:1::", "6to4", "127.0.0.1", True),
    ("2002:a00:1::1", "6to4", "10.0.0.1", True),
    ("2002:6440:1::1", "6to4", "100.64.0.1", True),
    ("2002:808:808::1", "6to4", "8.8.8.8", False),
    # Teredo: the client is the bitwise inverse of the last 32 bits (0x80fffffe -> 127.0.0.1).
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo client", "127.0.0.1", True),
    ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo client", "10.0.0.1", True),
    ("2001:0:a00:1:8000:63bf:f7f7:f7f7", "Teredo server", "10.0.0.1", True),
    ("2001:0:4136:e378:8000:63bf:f7f7:f7f7", "Teredo client", "8.8.8.8", False),
]


@pytest.mark.parametrize(("literal", "form", "inner", "refused"), EMBEDDED_IPV4)
def test_case24_case41_embedded_ipv4_is_decoded_and_checked(
    literal: str, form: str, inner: str, refused: bool
) -> None:
    from tracker.ingest.safety import embedded_ipv4

    address = ipaddress.ip_address(literal)
    assert (form, ipaddress.IPv4Address(inner)) in embedded_ipv4(address)
    assert is_blocked_address(address) is refused
    url = f"http://[{literal}]/feed"
    if refused:
        with pytest.raises(UnsafeURLError) as caught:
            check_host_allowed(url, allow_private=False)
        assert inner in caught.value.message and "TRACKER_ALLOW_PRIVATE_NETWORKS" in caught.value.message
    else:
        check_host_allowed(url, allow_private=False)


def test_case24_case41_nat64_loopback_is_refused_at_fetch_time_without_connecting() -> None:
    from tracker.core.config import load_settings
    from tracker.ingest.fetch import fetch

    settings = load_settings(allow_private_networks=False, connect_timeout_s=2, total_timeout_s=5)
    with pytest.raises(UnsafeURLError) as caught:
        fetch("http://[64:ff9b::7f00:1]/", settings)
    assert "NAT64 of 127.0.0.1" in str(caught.value)
    assert "TRACKER_ALLOW_PRIVATE_NETWORKS" in str(caught.value)


def test_case41_every_refusal_names_the_setting() -> None:
    for url in ("http://localhost/feed", "http://127.0.0.1/feed", "http://[::1]/feed"):
        with pytest.raises(UnsafeURLError, match="TRACKER_ALLOW_PRIVATE_NETWORKS"):
            check_host_allowed(url, allow_private=False)
