"""RELIABILITY.md Parse 13-18 and 20-23 on feeds written for these tests (tests/fixtures/feeds)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.http_server import LocalHTTPServer, http_server_fixture  # noqa: F401
from tracker.core.errors import NotAFeedError, ParseError
from tracker.ingest.parse import ParsedFeed, parse_feed, stop_parser
from tracker.ingest.parser_process import shared_worker

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
URL = "https://rivers.example.gov/feed.xml"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def parse(name_or_body: str | bytes, url: str = URL, timeout_s: float = 20) -> ParsedFeed:
    body = (FIXTURES / name_or_body).read_bytes() if isinstance(name_or_body, str) else name_or_body
    return parse_feed(body, url, timeout_s=timeout_s, now=NOW)


def rss(items: str, title: str = "Test feed") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"{items}</channel></rss>"
    ).encode()


# --- the three formats ----------------------------------------------------------------------


def test_rss20_entries_are_plain_text_with_paragraphs() -> None:
    feed = parse("rss20.xml")
    assert feed.title == "Department for Rivers and Canals: press releases"
    first, second = feed.entries
    assert first.key == "rivers-2026-001"
    assert first.url == "https://rivers.example.gov/news/canal-repairs"
    assert first.title == "Minister pledges £40 million for canal repairs"
    assert first.author == "Press Office"
    assert first.published == datetime(2026, 3, 3, 8, 30, tzinfo=UTC)
    assert first.summary == "Short summary of the canal money."
    assert first.content.split("\n\n") == [
        "The minister today pledged £40 million to repair locks on three canals.",
        "Work starts in the spring.\nIt will take two years.",
        "Lock 1",
        "Lock 2",
    ]
    assert "alert" not in first.content
    expected_hash = hashlib.sha256(f"{first.title}\n{first.content}".encode()).hexdigest()
    assert first.content_hash == expected_hash
    assert second.url == "https://rivers.example.gov/news/flood-wardens"  # relative link resolved
    assert second.content == "Forty wardens will patrol the river banks.\n\nA second paragraph in plain text."


def test_atom_entries() -> None:
    feed = parse("atom.xml")
    first, second = feed.entries
    assert (first.key, first.title, first.author) == (
        "tag:coast.example.gov,2026:entry-7",
        "Harbour & pier fund opens",
        "Coastal Affairs Desk",
    )
    assert first.published == datetime(2026, 3, 4, 6, 15, tzinfo=UTC)
    assert first.summary == "A fund for harbours."
    assert first.content == "A £12m fund for small harbours opens today.\n\nBids close in June."
    assert second.published == datetime(2026, 3, 3, 16, 45, tzinfo=UTC)  # updated, no published
    assert second.content == "The review covers twelve stations.\n\nIt reports in autumn."


def test_rdf_entries() -> None:
    feed = parse("rdf.xml")
    assert [e.key for e in feed.entries] == ["https://hills.example.gov/b/1", "https://hills.example.gov/b/2"]
    assert feed.entries[1].published == datetime(2026, 2, 21, tzinfo=UTC)


# --- 13: not a feed -------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"   \n\t ", b"\xef\xbb\xbf"])
def test_13_empty_body_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(NotAFeedError):
        parse(body)


def test_13_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="HTML page"):
        parse("login-page.html")


def test_13_plain_text_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="not an RSS, Atom or RDF document"):
        parse(b"Service temporarily unavailable, please try later.")


# --- 14: ill-formed XML ---------------------------------------------------------------------


def test_14_unrecoverable_feed_is_an_error_without_entries() -> None:
    with pytest.raises(ParseError, match="no entries recoverable"):
        parse("truncated-no-entries.xml")


def test_14_truncated_feed_keeps_only_complete_entries_with_a_warning() -> None:
    feed = parse("truncated.xml")
    assert [e.key for e in feed.entries] == ["t-1"]
    assert any("cut off" in w for w in feed.warnings)


def test_14_survivable_bozo_is_accepted_with_a_warning() -> None:
    feed = parse("declared-utf8-is-cp1252.xml")
    assert len(feed.entries) == 1
    assert any("encoding" in w for w in feed.warnings)


# --- 15: encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "summary"),
    [
        ("windows-1252.xml", "“Café” budget €5m", "Naïve façade – done"),
        ("windows-1251.xml", "Бюджет области", "Новые школы и больницы"),
        ("utf16-bom.xml", "Ünïcödé ☃ feed", "Wide text"),
        ("declared-utf8-is-cp1252.xml", "“Café” budget €5m", "Naïve façade"),
        ("declared-latin1-is-utf8.xml", "Café de la Mairie", "Crème brûlée"),
        ("undeclared-cp1251.xml", "Бюджет области", "Новые школы и больницы построят в этом году"),
    ],
)
def test_15_encodings_give_correct_text(name: str, title: str, summary: str) -> None:
    feed = parse(name)
    assert feed.title == title
    assert (feed.entries[0].title, feed.entries[0].summary) == (title, summary)


def test_15_utf16_big_endian_with_bom() -> None:
    body = rss("<item><guid>b</guid><title>Ärger</title></item>").replace(b"utf-8", b"utf-16")
    feed = parse(b"\xfe\xff" + body.decode().encode("utf-16-be"))
    assert feed.entries[0].title == "Ärger"


# --- 16: control characters -----------------------------------------------------------------


def _all_text(feed: ParsedFeed) -> list[str]:
    texts = [feed.title or ""]
    for e in feed.entries:
        texts += [e.key, e.url or "", e.title, e.author or "", e.summary, e.content]
    return texts


def test_16_nul_and_control_characters_are_stripped_everywhere() -> None:
    feed = parse("control-chars.xml")
    entry = feed.entries[0]
    assert (entry.key, entry.title, entry.author) == ("n1", "Null byte and escape", "Desk")
    assert entry.url == "https://x.example.gov/ab"
    assert not any(CONTROL.search(text) for text in _all_text(feed))


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x9F), min_size=1, max_size=40))
def test_16_no_control_character_survives_in_titles(noise: str) -> None:
    escaped = noise.replace("&", "&amp;").replace("<", "&lt;")
    body = rss(f"<item><guid>g</guid><title>T{escaped}</title><description>D{escaped}</description></item>")
    feed = parse(body)
    assert not any(CONTROL.search(text) for text in _all_text(feed))


# --- 17: entry keys -------------------------------------------------------------------------


def test_17_entry_without_id_uses_link_then_a_stable_hash() -> None:
    entries = parse("missing-ids.xml").entries
    assert entries[0].key == "https://roads.example.gov/news/resurfacing"
    assert entries[1].key.startswith("sha256:") and entries[1].url is None
    assert entries[2].key.startswith("sha256:") and entries[2].url is None  # javascript: link dropped
    again = parse("missing-ids.xml", url="https://moved.example.gov/other.xml").entries
    assert [e.key for e in again] == [e.key for e in entries]  # stable across polls and feed moves


def test_17_duplicate_ids_give_one_entry_and_the_first_wins() -> None:
    feed = parse("duplicate-ids.xml")
    assert [(e.key, e.title) for e in feed.entries] == [
        ("same-id", "First version wins"),
        ("other-id", "Unrelated"),
    ]
    assert any("duplicate entry id 'same-id'" in w for w in feed.warnings)


def test_17_keys_do_not_depend_on_the_feed_url() -> None:
    a = parse("duplicate-ids.xml", url="https://a.example.gov/feed")
    b = parse("duplicate-ids.xml", url="https://b.example.gov/other/feed")
    assert [e.key for e in a.entries] == [e.key for e in b.entries]


# --- 18: dates ------------------------------------------------------------------------------


def test_18_missing_garbage_and_future_dates_are_emptied_and_flagged() -> None:
    by_key = {e.key: e for e in parse("dates.xml").entries}
    assert by_key["good"].published == datetime(2026, 3, 4, 23, 0, tzinfo=UTC)
    assert by_key["good"].date_flag is None
    assert (by_key["missing"].published, by_key["missing"].date_flag) == (None, "missing")
    assert (by_key["garbage"].published, by_key["garbage"].date_flag) == (None, "unparseable")
    assert (by_key["future"].published, by_key["future"].date_flag) == (None, "future")
    # Clock skew of less than a day is tolerated.
    assert by_key["tomorrow"].published == datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    for entry in by_key.values():
        assert entry.published is None or entry.published.tzinfo is not None


# --- 20, 22: entities -----------------------------------------------------------------------


def billion_laughs(levels: int = 10) -> bytes:
    decls = ['<!ENTITY lol0 "lol">']
    decls += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    doctype = "<!DOCTYPE rss [\n" + "\n".join(decls) + "\n]>"
    return (
        f'<?xml version="1.0"?>\n{doctype}\n<rss version="2.0"><channel><title>&lol{levels - 1};</title>'
        f"<item><guid>bomb</guid><title>&lol{levels - 1};</title><description>d</description></item>"
        "</channel></rss>"
    ).encode()


def test_20_entity_declarations_are_refused_before_parsing() -> None:
    with pytest.raises(ParseError, match="declares XML entities"):
        parse(billion_laughs(), timeout_s=10)
    utf16 = billion_laughs().decode().replace('<?xml version="1.0"?>', "").encode("utf-16")
    with pytest.raises(ParseError, match="declares XML entities"):
        parse(utf16, timeout_s=10)


def test_20_a_doctype_without_entities_is_accepted() -> None:
    netscape = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        b'<rss version="0.91"><channel><title>t</title>'
        b"<item><title>Old style</title><link>https://gov.example/a</link></item></channel></rss>"
    )
    assert [e.title for e in parse(netscape).entries] == ["Old style"]


def test_20_stripping_still_guards_the_parser_process() -> None:
    from tracker.ingest.prepare import strip_dtd

    assert b"ENTITY" not in strip_dtd(billion_laughs())


def test_22_external_entities_are_never_resolved(http_server: LocalHTTPServer) -> None:
    http_server.route("/steal", body=b"SECRET-FROM-THE-NETWORK")
    body = (
        (FIXTURES / "xxe.xml")
        .read_bytes()
        .replace(b"http://127.0.0.1:9/steal", http_server.url("/steal").encode())
    )
    with pytest.raises(ParseError, match="declares XML entities"):
        parse(body)
    assert http_server.requests == []


# --- 21: time limit -------------------------------------------------------------------------


def test_21_pathological_author_fields_hit_the_time_limit_and_the_worker_recovers() -> None:
    # feedparser's e-mail regex is quadratic in the author length (feedparser issue 562).
    authors = "".join(f"<item><guid>p{i}</guid><author>{'a' * 32000}</author></item>" for i in range(5))
    before = _worker_pid_after_a_parse()
    with pytest.raises(ParseError, match=r"took longer than 0\.5 s"):
        parse(rss(authors), timeout_s=0.5)
    assert parse("rss20.xml").entries  # a fresh worker serves the next parse
    assert shared_worker().pid not in (None, before)


def _worker_pid_after_a_parse() -> int | None:
    parse("rdf.xml")
    return shared_worker().pid


# --- 23: bytes only -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [b"/etc/passwd", b"file:///etc/passwd", str(FIXTURES / "rss20.xml").encode()]
)
def test_23_paths_and_urls_as_bodies_are_never_opened(body: bytes) -> None:
    with pytest.raises(NotAFeedError):
        parse(body)


def test_23_a_url_as_body_is_never_fetched(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed.xml", body=(FIXTURES / "rss20.xml").read_bytes())
    with pytest.raises(NotAFeedError):
        parse(http_server.url("/feed.xml").encode())
    assert http_server.requests == []


# --- the worker process ---------------------------------------------------------------------


def test_worker_is_safe_to_call_from_threads() -> None:
    names = ["rss20.xml", "atom.xml", "rdf.xml", "windows-1251.xml"] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        feeds = list(pool.map(parse, names))
    assert [f.title for f in feeds[:4]] == [f.title for f in feeds[4:8]]
    assert all(f.entries for f in feeds)


def test_worker_is_reused_and_stoppable() -> None:
    parse("rss20.xml")
    pid = shared_worker().pid
    parse("atom.xml")
    assert shared_worker().pid == pid
    stop_parser()
    assert shared_worker().pid is None
    assert pid is not None and not _alive(pid)
    assert parse("rdf.xml").entries


def test_worker_stops_when_the_program_exits(tmp_path: Path) -> None:
    script = (
        "from datetime import datetime, UTC\n"
        "from tracker.ingest.parse import parse_feed\n"
        "from tracker.ingest.parser_process import shared_worker\n"
        "parse_feed(b'<rss version=\"2.0\"><channel><title>x</title></channel></rss>', 'u', "
        "timeout_s=20, now=datetime.now(UTC))\n"
        "print(shared_worker().pid)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=Path(__file__).parents[1],
    )
    assert not _alive(int(result.stdout.strip()))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); it is dead for our purposes.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


# --- HTML to plain text (the extractor splits paragraphs on blank lines) ----------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("Line<br>next<br/>last", "Line\nnext\nlast"),
        ("<div>A <b>bold</b>\n  claim</div><div>B</div>", "A bold claim\n\nB"),
        (
            "<table><tr><td>£5m</td><td>roads</td></tr><tr><td>£2m</td><td>rail</td></tr></table>",
            "£5m roads\n\n£2m rail",
        ),
        ("<p>x&nbsp;&amp;&nbsp;y</p><script>bad()</script><style>p{}</style>", "x & y"),
        ("Plain text, no tags", "Plain text, no tags"),
        ("<p>\ufeffBOM\x00 and NUL</p>", "BOM and NUL"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    from tracker.ingest.text import html_to_text

    assert html_to_text(html) == text


# --- feedparser_tuning: same results as what it replaces ------------------------------------------


def test_cp1252_table_translates_every_code_point_as_feedparsers_own() -> None:
    from feedparser.html import _cp1252 as feedparsers_table

    from tracker.ingest.feedparser_tuning import fast_cp1252_table

    fast = fast_cp1252_table(feedparsers_table)
    # Every BMP code point but the surrogates (no str holds one alone), and some beyond.
    text = "".join(chr(c) for c in [*range(0xD800), *range(0xE000, 0x10000), 0x10000, 0x1F600, 0x10FFFF])
    assert text.translate(fast) == text.translate(feedparsers_table)


def _shape(value: object) -> object:
    """Type, content and attributes, recursively (== alone ignores FeedParserDict's type)."""
    if isinstance(value, dict):
        items = sorted((k, _shape(v)) for k, v in value.items())
        attributes = _shape(getattr(value, "__dict__", {})) if type(value) is not dict else None
        return (type(value), items, attributes)
    if isinstance(value, list):
        return (list, [_shape(v) for v in value])
    return (type(value), value)


def test_feedparser_dict_deepcopy_is_copy_deepcopys_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import copy

    from feedparser.util import FeedParserDict

    from tracker.ingest import feedparser_tuning

    feedparser_tuning.install()
    shared = ["a", {"b": 1}]
    original = FeedParserDict(type="text/html", language=None, base="http://e/", value="£")
    dict.__setitem__(original, "description", "kept under an alias")  # __setitem__ maps it on copy
    original["links"] = [FeedParserDict(rel="alternate", href="http://e/1"), shared, shared]
    original.extra = ("attribute", [1, 2])
    ours = copy.deepcopy(original)
    monkeypatch.delattr(FeedParserDict, "__deepcopy__")
    generic = copy.deepcopy(original)
    assert _shape(ours) == _shape(generic)
    assert ours["links"][1] is ours["links"][2] and ours["links"][1] is not shared  # memo kept
    assert ours is not original and ours["links"][0] is not original["links"][0]


_MARKUP_FREE = st.text(
    alphabet=st.characters(blacklist_characters="<&", blacklist_categories=("Cs",)), max_size=200
)


@settings(max_examples=400, deadline=None)
@given(text=_MARKUP_FREE, padding=st.sampled_from(["", " ", "\r\n", "\n\t ", "\u00a0"]))
def test_markup_free_text_skips_feedparsers_html_passes_with_their_results(text: str, padding: str) -> None:
    from feedparser.sanitizer import _sanitize_html
    from feedparser.urls import resolve_relative_uris

    from tracker.ingest.feedparser_tuning import markup_free, sanitized_plain_text

    source = padding + text + padding
    assert markup_free(source)
    for kind in ("text/html", "application/xhtml+xml"):
        assert sanitized_plain_text(source) == _sanitize_html(source, "utf-8", kind)
        assert resolve_relative_uris(source, "http://example.org/a/", "utf-8", kind) == source


def test_text_with_markup_still_goes_through_feedparsers_passes() -> None:
    import feedparser

    from tracker.ingest import feedparser_tuning

    feedparser_tuning.install()
    sanitize = feedparser.mixin._sanitize_html
    resolve = feedparser.mixin.resolve_relative_uris
    assert sanitize is not feedparser.sanitizer._sanitize_html  # the shortcut is installed
    html = '<p onclick="x()">Fish &amp; chips</p><script>bad()</script><a href="/b">b</a>'
    assert sanitize(html, "utf-8", "text/html") == '<p>Fish &amp; chips</p><a href="/b">b</a>'
    resolved = resolve(html, "http://example.org/a/", "utf-8", "text/html")
    assert 'href="http://example.org/b"' in resolved
    assert sanitize("  Roads &amp; rail\r\n", "utf-8", "text/html") == "Roads &amp; rail"


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(blacklist_categories=("Cs",)), st.characters(min_codepoint=0x7F, max_codepoint=0xA0)
        ),
        max_size=200,
    )
)
def test_cp1252_mapping_skips_only_texts_it_would_not_change(text: str) -> None:
    from feedparser.html import _cp1252 as feedparsers_table

    from tracker.ingest.feedparser_tuning import cp1252_mapped, fast_cp1252_table, holds_c1

    assert holds_c1(text) == any("\x80" <= c <= "\x9f" for c in text)
    assert cp1252_mapped(text, fast_cp1252_table(feedparsers_table)) == text.translate(feedparsers_table)


def test_guarded_pop_is_feedparsers_own_but_for_the_translation() -> None:
    import inspect
    import textwrap

    from feedparser.mixin import _FeedParserMixin

    from tracker.ingest import feedparser_tuning

    feedparser_tuning.install()
    feedparser_tuning.install()  # idempotent: wraps feedparser's own pop once
    pop = _FeedParserMixin.pop
    original = pop.__wrapped__  # type: ignore[attr-defined]
    assert not hasattr(original, "__wrapped__")
    source = textwrap.dedent(inspect.getsource(original))
    assert feedparser_tuning.guarded_pop_source(source) == source.replace(
        feedparser_tuning.POP_TRANSLATE, feedparser_tuning.POP_GUARDED
    )
    assert pop.__code__.co_firstlineno == original.__code__.co_firstlineno
    assert pop.__globals__ is original.__globals__


@pytest.mark.parametrize(
    "body",
    [
        # Windows-1252 bytes declared as Latin-1 (C1 controls once decoded), a character
        # reference to a C1 control, plain non-ASCII text, and C1 controls in escaped Atom HTML.
        b'<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>T\x96t</title>'
        b"<item><title>Caf\xe9 \x93quoted\x94</title><description>\xa380m \x96 for \x80 roads</description>"
        b"<guid>a</guid></item></channel></rss>",
        rss("<item><title>A &#150; B</title><description>&#147;Hi&#148; &#x80;5 \u00a3</description></item>"),
        rss(
            "<item><title>\u00a380m \u2014 plain</title><description>\u00e9t\u00e9 \u20ac5</description>"
            "</item>"
        ),
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        b'<entry><id>x</id><title type="html">A &amp;#150; B \xc2\x96</title>'
        b'<content type="html">&lt;p&gt;\xc2\xa3 &amp;#128; \xc2\x85&lt;/p&gt;</content></entry></feed>',
    ],
)
def test_guarded_pop_parses_as_feedparsers_own(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import feedparser
    from feedparser.mixin import _FeedParserMixin

    from tracker.ingest import feedparser_tuning

    feedparser_tuning.install()
    ours = feedparser.parse(io.BytesIO(body))
    monkeypatch.setattr(_FeedParserMixin, "pop", _FeedParserMixin.pop.__wrapped__)  # type: ignore[attr-defined]
    theirs = feedparser.parse(io.BytesIO(body))
    assert ours.entries and _shape(ours.entries) == _shape(theirs.entries)
    assert _shape(ours.feed) == _shape(theirs.feed)


def test_printable_lines_is_isprintable_line_by_line() -> None:
    from tracker.ingest.text import printable_lines

    for code in range(0x10000):
        if not 0xD800 <= code <= 0xDFFF:
            text = f"a{chr(code)}\nb"
            assert printable_lines(text) == all(line.isprintable() for line in text.split("\n")), hex(code)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2100, blacklist_categories=("Cs",)), max_size=80))
def test_printable_lines_agrees_on_any_text(text: str) -> None:
    from tracker.ingest.text import printable_lines

    assert printable_lines(text) == all(line.isprintable() for line in text.split("\n"))


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.sampled_from(" \n\r\t\u00a0\u00a3\x85\u2028ab."), st.characters(blacklist_categories=("Cs",))
        ),
        max_size=80,
    )
)
def test_plain_paragraphs_fast_path_gives_the_slow_paths_text(text: str) -> None:
    from tracker.ingest.text import _plain_paragraphs_slow, plain_paragraphs

    assert plain_paragraphs(text) == _plain_paragraphs_slow(text)
