"""The whole ingest of a source, from a real HTTP server on 127.0.0.1 into SQLite and
PostgreSQL: RELIABILITY 5, 9, 10, 13, 14, 19, 33, 34 seen end to end."""

from __future__ import annotations

import gc
import weakref

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tests.support.http_server import LocalHTTPServer, RecordedRequest, Route, http_server_fixture  # noqa: F401
from tracker.core.config import Settings
from tracker.ingest.samples import sample_names, sample_url
from tracker.runtime.heap import YOUNG_THRESHOLD, older_objects_set_aside, young_collections_spaced
from tracker.runtime.pipeline import ingest_due, ingest_source
from tracker.schema.db import session_scope
from tracker.schema.models import Article, ArticleVersion, FetchLog, Pledge, PledgeSummary, Source
from tracker.store.sources import add_source, find_source

NOW_FEED = "Wed, 04 Mar 2026 09:00:00 GMT"


def rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of (guid, title, description) items, in our own words."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><link>https://gov.example/{guid}</link>"
        f"<pubDate>{NOW_FEED}</pubDate><description>{text}</description></item>"
        for guid, title, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Department of Examples</title>{body}</channel></rss>"
    ).encode()


FUNDING_ITEM = (
    "n1",
    "Harbour towns to get new flood money",
    "The Department of Examples will provide £45 million for the Harbour Flood Defence Programme. "
    "Last year 3,200 homes were flooded.",
)
UNIT_ITEM = (
    "n2",
    "Minister opens a new office",
    "A new Coastal Resilience Unit will be set up within the Department of Examples.",
)


def _add(engine: Engine, url: str, **fields: object) -> int:
    from tracker.core.clock import utcnow

    with session_scope(engine) as session:
        return add_source(session, url, now=utcnow(), **fields).id or 0  # type: ignore[arg-type]


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def _source(engine: Engine, source_id: int) -> Source:
    with Session(engine) as session:
        return find_source(session, source_id)


def test_a_feed_is_stored_with_its_pledges_and_replay_adds_nothing(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/feed", Route(body=rss(FUNDING_ITEM, UNIT_ITEM)))
    source_id = _add(engine, http_server.url("/feed"))
    first = ingest_source(engine, settings, source_id)
    assert (first.outcome, first.new) == ("ok", 2)
    pledges = _count(engine, Pledge)
    assert pledges >= 1
    with Session(engine) as session:
        kinds = set(session.exec(select(Pledge.kind)))
        assert session.exec(select(func.count()).select_from(PledgeSummary)).one() >= 1
    assert "funding" in kinds
    second = ingest_source(engine, settings, source_id)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)
    assert (_count(engine, Article), _count(engine, Pledge)) == (2, pledges)


def test_validators_are_sent_back_and_304_writes_no_articles(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    def conditional(request: RecordedRequest) -> Route:
        if request.header("If-None-Match") == '"v1"':
            return Route(status=304, headers={"ETag": '"v1"'})
        return Route(body=rss(FUNDING_ITEM), headers={"ETag": '"v1"', "Last-Modified": NOW_FEED})

    http_server.route("/feed", conditional)
    source_id = _add(engine, http_server.url("/feed"))
    ingest_source(engine, settings, source_id)
    report = ingest_source(engine, settings, source_id)
    assert report.outcome == "not_modified"
    second = http_server.requests_for("/feed")[1]
    assert (second.header("If-None-Match"), second.header("If-Modified-Since")) == ('"v1"', NOW_FEED)
    assert _count(engine, Article) == 1
    assert _source(engine, source_id).last_error is None


def test_a_broken_source_records_its_error_and_the_next_one_proceeds(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/broken", Route(status=500, body=b"oops"))
    http_server.route("/login", Route(body=b"<html><body><form>Sign in</form></body></html>"))
    http_server.route("/good", Route(body=rss(UNIT_ITEM)))
    ids = [_add(engine, http_server.url(p)) for p in ("/broken", "/login", "/good")]
    reports = ingest_due(engine, settings, source_ids=ids)
    assert [r.outcome for r in reports] == ["error", "error", "ok"]
    broken, login = _source(engine, ids[0]), _source(engine, ids[1])
    assert broken.last_error_kind == "HTTPStatusError" and "500" in (broken.last_error or "")
    assert login.last_error_kind == "NotAFeedError"
    assert broken.consecutive_failures == 1 and broken.failing_since is not None
    assert _count(engine, Article) == 1
    with Session(engine) as session:
        outcomes = sorted(row.outcome for row in session.exec(select(FetchLog)))
    assert outcomes == ["error", "error", "ok"]


def test_an_error_after_a_good_poll_leaves_stored_data_intact(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/feed", Route(body=rss(FUNDING_ITEM, UNIT_ITEM)))
    source_id = _add(engine, http_server.url("/feed"))
    ingest_source(engine, settings, source_id)
    before = (_count(engine, Article), _count(engine, Pledge))
    http_server.route("/feed", Route(body=b'<?xml version="1.0"?><rss><channel><item><title>cut'))
    report = ingest_source(engine, settings, source_id)
    assert report.outcome == "error"
    assert (_count(engine, Article), _count(engine, Pledge)) == before


def test_410_gone_disables_the_source_until_re_enabled(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/gone", Route(status=410))
    source_id = _add(engine, http_server.url("/gone"))
    ingest_source(engine, settings, source_id)
    source = _source(engine, source_id)
    assert source.enabled is False and "410" in (source.disabled_reason or "")
    assert ingest_due(engine, settings) == []


def test_a_changed_entry_is_versioned_and_re_extracted(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/feed", Route(body=rss(FUNDING_ITEM)))
    source_id = _add(engine, http_server.url("/feed"))
    ingest_source(engine, settings, source_id)
    changed = (FUNDING_ITEM[0], FUNDING_ITEM[1], FUNDING_ITEM[2].replace("£45 million", "£60 million"))
    http_server.route("/feed", Route(body=rss(changed)))
    report = ingest_source(engine, settings, source_id)
    assert report.updated == 1
    assert _count(engine, ArticleVersion) == 1
    with Session(engine) as session:
        amounts = {p.amount for p in session.exec(select(Pledge).where(Pledge.kind == "funding"))}
    assert amounts == {60_000_000}


def test_full_text_comes_from_the_page_and_falls_back_to_the_feed(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    page = (
        "<html><head><title>x</title></head><body><nav>Menu Home About</nav><article>"
        "<h1>Harbour towns</h1><p>The Department of Examples will provide £45 million for the "
        "Harbour Flood Defence Programme, ministers confirmed on Wednesday in a statement to "
        "parliament about coastal towns.</p><p>The work starts in the spring and runs for three "
        "years, with engineers appointed by the summer.</p></article></body></html>"
    ).encode()
    items = [(g, t, "Short teaser.") for g, t in (("p1", "With page"), ("p2", "Without page"))]
    feed = rss(*items).replace(b"https://gov.example/p1", http_server.url("/p1").encode())
    feed = feed.replace(b"https://gov.example/p2", http_server.url("/missing").encode())
    http_server.route("/feed", Route(body=feed))
    http_server.route("/p1", Route(body=page, headers={"Content-Type": "text/html"}))
    http_server.route("/missing", Route(status=404))
    source_id = _add(engine, http_server.url("/feed"), full_text=True)
    ingest_source(engine, settings, source_id)
    with Session(engine) as session:
        bodies = {a.title: (a.body_origin, a.body) for a in session.exec(select(Article))}
    assert bodies["With page"][0] == "page" and "£45 million" in bodies["With page"][1]
    assert bodies["Without page"] == ("feed", "Short teaser.")


def test_bundled_samples_ingest_offline(engine: Engine, settings: Settings) -> None:
    ids = [_add(engine, sample_url(name)) for name in sample_names()]
    reports = ingest_due(engine, settings, source_ids=ids)
    assert all(r.outcome == "ok" for r in reports)
    assert _count(engine, Article) >= 20
    with Session(engine) as session:
        kinds = set(session.exec(select(Pledge.kind)))
    assert kinds == {"funding", "unit", "appointment", "headcount"}
    again = ingest_due(engine, settings, source_ids=ids)
    assert {r.outcome for r in again} == {"not_modified"}


def test_a_source_ingest_sets_the_older_objects_aside_and_back() -> None:
    """During the block the collector's passes skip what was alive before it (frozen);
    after it nothing stays frozen, and a cycle of older objects that became garbage
    inside is collected by the next full pass."""

    class Node:
        other: object = None

    older = Node()
    older.other = older  # a cycle alive before the block
    found_inside: list[int] = []
    with older_objects_set_aside():
        found_inside.append(gc.get_freeze_count())
        probe = weakref.ref(older)
        del older  # garbage now, but frozen: left for after the block
        gc.collect()
        assert probe() is not None
    assert found_inside[0] > 0
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert probe() is None


def test_a_freeze_made_by_the_process_is_left_as_it_is() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with older_objects_set_aside():
            assert gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_pass_collects_the_youngest_generation_less_often_and_restores_the_thresholds() -> None:
    thresholds = gc.get_threshold()
    with young_collections_spaced():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *thresholds[1:])
        with young_collections_spaced():  # nested (or another thread's pass): no change
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the outer block still runs
    assert gc.get_threshold() == thresholds


def test_automatic_collection_turned_off_stays_off_during_a_pass() -> None:
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        with young_collections_spaced():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*thresholds)
