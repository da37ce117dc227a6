"""A seeded database for dashboard tests, built through the real store functions.

Four sources (one failing), articles with pledges of every kind in two
currencies and every scope, fetch logs with a failing streak, and one
article whose title is an XSS payload that must be shown as text.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from tracker.core.errors import FetchError
from tracker.extract.types import PledgeKind, PledgeMention
from tracker.schema.db import make_engine, session_scope
from tracker.schema.models import FetchLog
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.settle import settle
from tracker.store.sources import add_source, record_failure, record_success

XSS_TITLE = "<img src=x onerror=alert(1)><script>alert(1)</script>"
NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
SOURCES = (
    ("https://treasury.example.gov/news.atom", "Treasury news", "Treasury"),
    ("https://health.example.gov/feed.rss", "Health announcements", "Department of Health"),
    ("https://home.example.gov/feed.rss", "Home department", "Home Department"),
    ("https://transport.example.gov/feed.rss", "Transport", None),
)


def _mention(kind: PledgeKind, body: str, evidence: str, **fields: Any) -> PledgeMention:
    start = body.index(evidence)
    fingerprint = hashlib.sha256(f"{kind}|{evidence}".encode()).hexdigest()[:32]
    return PledgeMention(
        kind=kind,
        evidence=evidence,
        start=start,
        end=start + len(evidence),
        fingerprint=fingerprint,
        confidence=0.8,
        **fields,
    )


def _article(
    key: str, title: str, published: datetime, sentences: list[tuple[str, dict[str, Any]]]
) -> EntryRecord:
    body = " ".join(sentence for sentence, _ in sentences)
    pledges = tuple(_mention(fields.pop("kind"), body, sentence, **fields) for sentence, fields in sentences)
    return EntryRecord(
        key=key,
        url=f"https://example.gov/{key}",
        title=title,
        author=None,
        published_at=published,
        date_flag=None,
        summary="",
        body=body,
        body_origin="feed",
        content_hash=f"hash-{key}",
        pledges=pledges,
    )


def _funding(
    amount: float, currency: str, recipient: str, scope: str, symbol: str
) -> tuple[str, dict[str, Any]]:
    figure = f"{symbol}{amount / 1e6:g} million"
    sentence = f"The government will provide {figure} for the {recipient}."
    fields = {
        "kind": "funding",
        "amount": amount,
        "currency": currency,
        "recipient": recipient,
        "scope": scope,
        "qualifier": "exact",
    }
    return sentence, fields


def articles_for(source_index: int) -> list[EntryRecord]:
    """A year of monthly articles per source, with pledges of every kind."""
    records = []
    for month in range(12):
        published = datetime(2024, 7, 5, 9, 0, tzinfo=UTC) + timedelta(days=30 * month + source_index)
        n = source_index * 100 + month
        sentences = [
            _funding(1e6 * (month + 1 + source_index), "GBP", f"Programme {n % 5}", "new", "£"),
            _funding(5e6 * (source_index + 1), "GBP", f"Programme {n % 5}", "total", "£"),
            (
                f"A new Unit {n} will sit in the Office {source_index}.",
                {"kind": "unit", "name": f"Unit {n}", "parent": f"Office {source_index}"},
            ),
            (
                f"Jane Doe{n} has been appointed as Director of Unit {n}.",
                {
                    "kind": "appointment",
                    "person": f"Jane Doe{n}",
                    "role": "Director",
                    "organisation": f"Unit {n}",
                },
            ),
            (
                f"We will recruit {10 * (month + 1)} new inspectors.",
                {"kind": "headcount", "count": 10 * (month + 1), "role": "inspectors"},
            ),
        ]
        if month % 3 == 0:
            sentences.append(_funding(2e6, "EUR", "Euro Fund", "new", "€"))
        records.append(_article(f"s{source_index}-a{month}", f"Announcement {n}", published, sentences))
    return records


def _xss_article() -> EntryRecord:
    sentence = "The government will provide £3 million for the <b>Bold</b> [link](javascript:alert(1)) Trust."
    fields = {
        "kind": "funding",
        "amount": 3e6,
        "currency": "GBP",
        "recipient": "<script>alert(2)</script> Trust",
        "scope": "new",
        "qualifier": "exact",
    }
    record = _article("xss", XSS_TITLE, datetime(2025, 6, 1, tzinfo=UTC), [(sentence, fields)])
    return EntryRecord(**{**record.__dict__, "url": "javascript:alert(1)"})


def _fetch_logs(source_id: int, failing: bool) -> list[FetchLog]:
    logs = []
    for day in range(60):
        started = NOW - timedelta(days=60 - day)
        error = failing and 20 <= day < 30
        logs.append(
            FetchLog(
                source_id=source_id,
                started_at=started,
                finished_at=started + timedelta(seconds=2),
                outcome="error" if error else "ok",
                error_kind="FetchError" if error else None,
                error="HTTP 500" if error else None,
            )
        )
    return logs


def seed(engine: Engine) -> dict[str, int]:
    """Fill a migrated, empty database; returns the ids of a few rows tests look for."""
    ids: dict[str, int] = {}
    for index, (url, title, publisher) in enumerate(SOURCES):
        with session_scope(engine) as session:
            source = add_source(session, url, now=NOW - timedelta(days=400), title=title, publisher=publisher)
            source_id = int(source.id or 0)
            records = articles_for(index) + ([_xss_article()] if index == 0 else [])
            counts = store_entries(
                session, source_id, records, now=NOW, extractor_version="test", max_updates=10
            )
            settle(
                session,
                linked_articles=counts.extracted_article_ids,
                months={(source_id, m) for m in counts.months},
            )
            session.add_all(_fetch_logs(source_id, failing=index == 3))
            record_success(
                session,
                source,
                now=NOW,
                next_check_at=NOW + timedelta(hours=1),
                etag=None,
                last_modified=None,
            )
            if index == 3:
                for _ in range(3):
                    record_failure(
                        session,
                        source,
                        FetchError(url, "HTTP 500"),
                        now=NOW,
                        next_check_at=NOW + timedelta(hours=2),
                        failing_after=3,
                    )
        ids[f"source{index}"] = source_id
    return ids


def seed_url(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        return seed(engine)
    finally:
        engine.dispose()


SEED_FIRST_DAY = date(2024, 7, 5)
