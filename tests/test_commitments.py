"""Linking re-announcements across articles: pure rules, then storage on both stores."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker.domain.commitments import MentionKey, labels_match, link_role, same_commitment
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import PledgeMention
from tracker.schema.db import session_scope
from tracker.schema.models import Commitment, Pledge, PledgeSummary
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.commitments import link_article_pledges
from tracker.store.sources import add_source
from tracker.store.summary import refresh_months

D1, D2, D3 = date(2025, 2, 1), date(2025, 11, 1), date(2026, 7, 1)


def money(amount: float, recipient: str, day: date, scope: str = "new", currency: str = "GBP") -> MentionKey:
    return MentionKey("funding", recipient, day, currency=currency, amount=amount, scope=scope)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Rural Bus Fund", "the rural bus fund", True),
        ("Border Intelligence Command", "new Border Intelligence Command", True),
        ("Harbour Flood Defence Programme", "river flood warnings", False),
        ("Rural Bus Fund", "Coastal railway", False),
        ("Leeds City Council", "Bristol City Council", False),
        (None, "Rural Bus Fund", False),
    ],
)
def test_labels_match_on_content_words(a: str | None, b: str, same: bool) -> None:
    assert labels_match(a, b) is same


def test_money_in_another_currency_is_another_commitment() -> None:
    assert not same_commitment(money(5e6, "Ports", D1), money(5e6, "Ports", D2, currency="EUR"))
    assert same_commitment(money(5e6, "Ports", D1), money(9e6, "ports", D2))


@pytest.mark.parametrize(
    ("mention", "earlier", "siblings", "role"),
    [
        (money(75e6, "Bus", D1), [], [], "first"),
        (money(75e6, "Bus", D2), [money(75e6, "Bus", D1)], [], "reannounced"),
        (money(75e6, "Bus", D2), [money(75e6, "Bus", D1)], [money(150e6, "Bus", D2, "total")], "top_up"),
        (money(20e6, "Bus", D2), [money(75e6, "Bus", D1)], [], "top_up"),
        (money(150e6, "Bus", D3, "total"), [money(75e6, "Bus", D1)], [], "restated"),
    ],
)
def test_link_roles(mention: MentionKey, earlier: list, siblings: list, role: str) -> None:
    assert link_role(mention, earlier, siblings) == role


def _mention(amount: float, recipient: str, scope: str = "new") -> PledgeMention:
    evidence = f"£{amount} for {recipient}"
    return PledgeMention(
        kind="funding",
        evidence=evidence,
        start=0,
        end=len(evidence),
        fingerprint=make_fingerprint("funding", amount, "GBP", recipient, scope),
        amount=amount,
        currency="GBP",
        recipient=recipient,
        qualifier="exact",
        scope=scope,
    )


def _record(key: str, day: date, *mentions: PledgeMention) -> EntryRecord:
    return EntryRecord(
        key=key,
        url=None,
        title=key,
        author=None,
        published_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
        date_flag=None,
        summary="",
        body="text",
        body_origin="feed",
        content_hash=key,
        pledges=mentions,
    )


def test_re_announced_money_is_linked_and_counted_once(engine: Engine) -> None:
    now = datetime(2026, 8, 1, tzinfo=UTC)
    articles = [
        _record("spring", D1, _mention(75e6, "Rural Bus Fund")),
        _record("autumn", D2, _mention(75e6, "Rural Bus Fund"), _mention(150e6, "Rural Bus Fund", "total")),
        _record("budget", D3, _mention(75e6, "rural bus fund"), _mention(9e6, "Harbour walls")),
    ]
    with session_scope(engine) as session:
        source_id = add_source(session, "https://gov.example/f", now=now).id or 0
        for record in articles:  # one article at a time, as polls would bring them
            counts = store_entries(
                session, source_id, [record], now=now, extractor_version="t", max_updates=3
            )
            touched = link_article_pledges(session, counts.extracted_article_ids)
            refresh_months(session, touched | {(source_id, m) for m in counts.months})
    with Session(engine) as session:
        roles = sorted(
            (p.announced_on.isoformat(), p.scope, p.link_role) for p in session.exec(select(Pledge))
        )
        commitments = session.exec(select(Commitment).order_by(Commitment.id)).all()
        new_money = sum(r.amount_total for r in session.exec(select(PledgeSummary)) if r.scope == "new")
    assert roles == [
        ("2025-02-01", "new", "first"),
        ("2025-11-01", "new", "top_up"),
        ("2025-11-01", "total", "restated"),
        ("2026-07-01", "new", "first"),
        ("2026-07-01", "new", "reannounced"),
    ]
    assert [(c.label, c.mentions) for c in commitments] == [("Rural Bus Fund", 4), ("Harbour walls", 1)]
    assert commitments[0].amount == 150e6
    assert new_money == 75e6 + 75e6 + 9e6


def test_staff_pledges_link_only_with_the_same_number() -> None:
    officers = MentionKey("headcount", "border officers", D1, count=300)
    assert same_commitment(officers, MentionKey("headcount", "Border officers", D2, count=300))
    assert not same_commitment(officers, MentionKey("headcount", "border officers", D2, count=500))
    assert not same_commitment(officers, MentionKey("headcount", "paramedics", D2, count=300))
