"""The pipeline's decisions with the outside world replaced at its seams: a fetcher, a parser,
an extractor and a clock given to ``ingest_source``, on a real database (both stores).
The same paths against a real HTTP server on loopback are in test_pipeline.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker.core.config import Settings
from tracker.core.errors import GoneError, RateLimitedError
from tracker.domain.articles import KnownArticle
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import ArticleText, PledgeMention
from tracker.ingest.fetch import FetchResult
from tracker.ingest.records import ParsedEntry, ParsedFeed
from tracker.runtime.pipeline import Seams, entries_to_extract, failed, ingest_source, reached
from tracker.schema.models import FetchLog, Pledge, Source
from tracker.store.polls import SourceView
from tracker.store.sources import add_source
from tracker.store.writes import write_transaction

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
VIEW = SourceView(1, "https://gov.example/feed", None, None, 60, False, 0, "Department of Examples")


def entry(key: str, text: str = "£5 million for harbour walls", digest: str | None = None) -> ParsedEntry:
    return ParsedEntry(
        key, None, f"Title {key}", None, NOW - timedelta(days=1), None, text, text, digest or key
    )


def result(status: int = 200, etag: str | None = '"v1"') -> FetchResult:
    url = VIEW.url
    return FetchResult(
        status, url, url, None, b"<rss/>" if status == 200 else b"", etag, None, "application/rss+xml"
    )


def one_pledge(article: ArticleText) -> list[PledgeMention]:
    evidence = article.text
    return [
        PledgeMention(
            kind="funding", evidence=evidence, start=0, end=len(evidence),
            fingerprint=make_fingerprint("funding", 5e6, "GBP", article.title),
            amount=5e6, currency="GBP", recipient="harbour walls", scope="new", qualifier="exact",
        )
    ]  # fmt: skip


def not_called(*_args: object) -> ParsedFeed:
    raise AssertionError("the parser must not run")


def _source(engine: Engine) -> int:
    with write_transaction(engine) as session:
        return add_source(session, VIEW.url, now=NOW - timedelta(days=2), publisher=VIEW.publisher).id or 0


def _row(engine: Engine, source_id: int) -> Source:
    with Session(engine) as session:
        row = session.get(Source, source_id)
        assert row is not None
        return row


def test_a_fetched_feed_is_parsed_extracted_and_stored_at_the_clock_s_time(
    engine: Engine, settings: Settings
) -> None:
    source_id = _source(engine)
    seams = Seams(
        fetch=lambda _source, _settings: result(),
        parse=lambda _body, _url, _settings, _now: ParsedFeed("Examples", [entry("a"), entry("b")]),
        extract=one_pledge,
        clock=lambda: NOW,
    )
    report = ingest_source(engine, settings, source_id, seams=seams)
    assert (report.outcome, report.new, report.pledges) == ("ok", 2, 2)
    row = _row(engine, source_id)
    assert row.etag == '"v1"' and row.last_success_at == NOW and row.title == "Examples"
    assert timedelta(minutes=60) <= row.next_check_at - NOW <= timedelta(minutes=66)
    with Session(engine) as session:
        log = session.exec(select(FetchLog)).one()
        pledges = session.exec(select(Pledge)).all()
    assert (log.started_at, log.finished_at, log.outcome) == (NOW, NOW, "ok")
    assert {p.announced_on for p in pledges} == {(NOW - timedelta(days=1)).date()}
    assert [p.link_role for p in pledges] == ["first", "reannounced"]


def test_not_modified_never_parses(engine: Engine, settings: Settings) -> None:
    source_id = _source(engine)
    seams = Seams(fetch=lambda _s, _c: result(304), parse=not_called, clock=lambda: NOW)
    assert ingest_source(engine, settings, source_id, seams=seams).outcome == "not_modified"
    assert _row(engine, source_id).last_checked_at == NOW


def test_retry_after_beats_a_shorter_backoff_and_410_disables(engine: Engine, settings: Settings) -> None:
    source_id = _source(engine)

    def limited(_s: SourceView, _c: Settings) -> FetchResult:
        raise RateLimitedError(VIEW.url, 429, 6 * 3600)

    report = ingest_source(
        engine, settings, source_id, seams=Seams(fetch=limited, parse=not_called, clock=lambda: NOW)
    )
    row = _row(engine, source_id)
    assert report.outcome == "error" and row.consecutive_failures == 1
    assert row.next_check_at == NOW + timedelta(hours=6)

    def gone(_s: SourceView, _c: Settings) -> FetchResult:
        raise GoneError(VIEW.url, 410)

    ingest_source(engine, settings, source_id, seams=Seams(fetch=gone, parse=not_called, clock=lambda: NOW))
    assert _row(engine, source_id).enabled is False


def test_decisions_are_pure_values(settings: Settings) -> None:
    done = reached(VIEW, result(), NOW, ["1 entry id hashed"])
    assert done.etag == '"v1"' and done.warning == "1 entry id hashed"
    assert done.next_check_at == reached(VIEW, result(), NOW, []).next_check_at  # jitter is stable per URL
    first, third = (
        failed(VIEW, GoneError(VIEW.url, 410), NOW, settings),
        failed(
            SourceView(**{**VIEW.__dict__, "consecutive_failures": 2}),
            RateLimitedError(VIEW.url, 503, None),
            NOW,
            settings,
        ),
    )
    assert first.disable and not third.disable
    assert third.next_check_at - NOW == timedelta(minutes=60 * 4)  # 2^(3-1) intervals of backoff


@pytest.mark.parametrize(
    ("known", "expected"),
    [
        ({}, {"a", "b"}),
        ({"a": KnownArticle(1, "a", 0)}, {"b"}),
        ({"a": KnownArticle(1, "changed", 0)}, {"a", "b"}),
        ({"a": KnownArticle(1, "changed", 10)}, {"b"}),  # flapped too often: left alone
    ],
)
def test_only_new_or_changed_entries_are_extracted(
    known: dict[str, KnownArticle], expected: set[str]
) -> None:
    assert entries_to_extract([entry("a"), entry("b")], known, max_updates=10) == expected
