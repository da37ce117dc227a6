"""A correction keeps the machine's reading beside it (review.original), on both stores:
shown as "machine said X, corrected to Y", kept through re-extraction, and put back
when a later decision is not a correction."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker.extract import ArticleText, extract
from tracker.runtime.reprocess import reprocess_stale
from tracker.schema.db import session_scope
from tracker.schema.models import Pledge, Review
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.review import review_pledge
from tracker.store.sources import add_source

NOW = datetime(2026, 5, 1, tzinfo=UTC)
TEXT = "The Department of Examples will provide £12 million for the River Crossing Programme."


def _funding(engine: Engine) -> Pledge:
    record = EntryRecord(
        key="k1",
        url=None,
        title="River crossing",
        author=None,
        published_at=NOW,
        date_flag=None,
        summary="",
        body=TEXT,
        body_origin="feed",
        content_hash="h1",
        pledges=tuple(extract(ArticleText("River crossing", TEXT))),
    )
    with session_scope(engine) as session:
        source_id = add_source(session, "https://gov.example/f", now=NOW).id or 0
        store_entries(session, source_id, [record], now=NOW, extractor_version="0.0.1", max_updates=3)
    with Session(engine) as session:
        return session.exec(select(Pledge).where(Pledge.kind == "funding")).one()


def _state(engine: Engine) -> tuple[Pledge, Review]:
    with Session(engine) as session:
        return session.exec(select(Pledge).where(Pledge.kind == "funding")).one(), session.exec(
            select(Review)
        ).one()


def test_a_correction_keeps_the_machine_value(engine: Engine) -> None:
    pledge = _funding(engine)
    assert pledge.amount == 12e6
    with session_scope(engine) as session:
        review_pledge(
            session,
            pledge.id or 0,
            status="corrected",
            reviewer="Ana",
            now=NOW,
            corrections={"amount": 1.2e6, "recipient": "River Crossing Fund"},
        )
    fixed, review = _state(engine)
    assert (fixed.amount, fixed.recipient) == (1.2e6, "River Crossing Fund")
    assert json.loads(review.original) == {"amount": 12e6, "recipient": "River Crossing Programme"}
    assert json.loads(review.corrections) == {"amount": 1.2e6, "recipient": "River Crossing Fund"}

    # A second correction replaces the first; the original stays the machine's.
    with session_scope(engine) as session:
        review_pledge(
            session, pledge.id or 0, status="corrected", reviewer="Bo", now=NOW, corrections={"amount": 2e6}
        )
    fixed, review = _state(engine)
    assert (fixed.amount, fixed.recipient) == (2e6, "River Crossing Programme")
    assert json.loads(review.original) == {"amount": 12e6}

    # Re-extraction re-applies the correction and keeps the original.
    assert reprocess_stale(engine)[0] == 1
    fixed, review = _state(engine)
    assert fixed.amount == 2e6 and json.loads(review.original) == {"amount": 12e6}

    # Confirming afterwards means the machine was right after all: its value comes back.
    with session_scope(engine) as session:
        review_pledge(session, fixed.id or 0, status="confirmed", reviewer="Cy", now=NOW)
    confirmed, review = _state(engine)
    assert confirmed.amount == 12e6 and confirmed.review_status == "confirmed"
    assert json.loads(review.original) == {} and json.loads(review.corrections) == {}
