"""Full text of linked article pages, through the same guarded fetcher."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.http_server import LocalHTTPServer, Route, http_server_fixture  # noqa: F401
from tracker.core.config import Settings, load_settings
from tracker.core.errors import FullTextError, HTTPStatusError, TooLargeError, UnsafeURLError
from tracker.ingest.fulltext import extract_main_text, fetch_full_text

PARAGRAPHS = [
    "The Department for Rivers and Canals today confirmed a package of forty million pounds "
    "to repair the oldest locks on three canals, with work beginning in the spring.",
    "The minister said the money would be spent over two years and that contractors would be "
    "chosen by open tender before the end of the financial year.",
    "Local councils along the routes welcomed the announcement and asked for regular updates "
    "on the schedule of closures, which boat owners will need to plan around.",
]
ARTICLE = (
    "<!DOCTYPE html><html><head><title>Canal repairs</title><script>var tracking = 1;</script></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/contact'>Contact</a></nav>"
    "<article><h1>Minister pledges money for canal repairs</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Crown copyright. Cookie settings. Accessibility statement.</footer></body></html>"
).encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def limits(**overrides: Any) -> Settings:
    values: dict[str, Any] = {"allow_private_networks": True, "read_timeout_s": 1.0, "total_timeout_s": 3.0}
    values.update(overrides)
    return load_settings(**values)


def test_main_text_of_an_article_page(http_server: LocalHTTPServer) -> None:
    http_server.route("/news/canals", Route(body=ARTICLE, headers=HTML))
    text = fetch_full_text(http_server.url("/news/canals"), limits())
    for paragraph in PARAGRAPHS:
        assert paragraph in text
    assert "\n\n" in text  # paragraphs stay separated for the extractor
    assert "tracking" not in text and "Cookie settings" not in text
    assert "text/html" in (http_server.requests[0].header("Accept") or "")


def test_page_that_is_not_html_is_refused(http_server: LocalHTTPServer) -> None:
    http_server.route("/report.pdf", Route(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}))
    with pytest.raises(FullTextError, match="not an HTML page"):
        fetch_full_text(http_server.url("/report.pdf"), limits())


def test_page_without_main_text_is_an_error(http_server: LocalHTTPServer) -> None:
    http_server.route("/empty", Route(body=b"<html><body><div id='app'></div></body></html>", headers=HTML))
    with pytest.raises(FullTextError, match="no main text"):
        fetch_full_text(http_server.url("/empty"), limits())


def test_fetch_errors_surface_as_source_errors(http_server: LocalHTTPServer) -> None:
    http_server.route("/missing", status=404)
    with pytest.raises(HTTPStatusError):
        fetch_full_text(http_server.url("/missing"), limits())
    http_server.route("/huge", Route(body=b"<p>" + b"x" * 10_000, headers=HTML))
    with pytest.raises(TooLargeError):
        fetch_full_text(http_server.url("/huge"), limits(max_body_bytes=1000))


def test_the_ssrf_guard_applies_to_article_links(http_server: LocalHTTPServer) -> None:
    http_server.route("/news/canals", Route(body=ARTICLE, headers=HTML))
    with pytest.raises(UnsafeURLError):
        fetch_full_text(http_server.url("/news/canals"), limits(allow_private_networks=False))
    with pytest.raises(UnsafeURLError):
        fetch_full_text("file:///etc/passwd", limits())
    assert http_server.requests == []


def test_extract_main_text_is_pure() -> None:
    assert PARAGRAPHS[0] in extract_main_text(ARTICLE, "https://rivers.example.gov/news/canals")
