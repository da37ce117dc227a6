"""Read-only dashboard queries on a seeded database, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session, col

from tests.dashboard_seed import seed
from tracker.domain.periods import Period
from tracker.queries import explorer, export, health, overview, review, timeline
from tracker.queries.common import like_pattern
from tracker.queries.explorer import PledgeFilter
from tracker.queries.health import FailingSpan, merge_days
from tracker.runtime import services
from tracker.schema.db import session_scope
from tracker.schema.models import FetchLog, Pledge, PledgeSummary
from tracker.store.summary_bulk import rebuild_summary

ALL = Period()


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed(engine)
    return engine


def _pledges(engine: Engine, *conditions: Any) -> list[Pledge]:
    with Session(engine) as session:
        return list(session.exec(select(Pledge).where(*conditions)).scalars())  # type: ignore[call-overload]


def _funding(engine: Engine, currency: str) -> list[Pledge]:
    found = _pledges(engine, col(Pledge.kind) == "funding", col(Pledge.currency) == currency)
    return [p for p in found if p.review_status != "rejected"]


def _new_money(engine: Engine, currency: str) -> float:
    """A recount from the pledges: the new money linking gave each mention."""
    return sum(p.new_money or 0 for p in _funding(engine, currency))


def test_headline_totals_one_currency_at_a_time(seeded: Engine) -> None:
    gbp = overview.headline(seeded, ALL, "GBP")
    eur = overview.headline(seeded, ALL, "EUR")
    assert gbp.new_money == pytest.approx(_new_money(seeded, "GBP"))
    assert eur.new_money == pytest.approx(_new_money(seeded, "EUR"))
    assert gbp.restated_money == pytest.approx(
        sum(p.amount or 0 for p in _funding(seeded, "GBP")) - _new_money(seeded, "GBP")
    )
    # The same EUR 2m for the same fund, re-announced every quarter, is new money once.
    assert eur.new_money == 2e6 and eur.restated_money == 2e6 * 15
    assert gbp.pledges == len(_pledges(seeded)) == eur.pledges
    # Each distinct staff pledge counts once, however often it is restated.
    first_staff = _pledges(seeded, col(Pledge.kind) == "headcount", col(Pledge.link_role) == "first")
    assert gbp.pledges_by_kind["unit"] == 48 and gbp.staff_pledged == sum(p.count or 0 for p in first_staff)
    assert len(first_staff) == 12  # one per distinct figure, re-announced by all four sources


def test_headline_period_keeps_whole_months(seeded: Engine) -> None:
    june = overview.headline(seeded, Period(date(2025, 6, 10), date(2025, 6, 20)), "GBP")
    in_june = _pledges(seeded, col(Pledge.announced_on) >= date(2025, 6, 1))
    assert june.pledges == len(in_june) > 0


def test_currencies_most_pledged_first(seeded: Engine) -> None:
    assert overview.currencies(seeded) == ["GBP", "EUR"]
    assert overview.summary_span(seeded) == (date(2024, 7, 1), date(2025, 6, 1))


def test_a_rejected_pledge_leaves_the_totals(seeded: Engine) -> None:
    before = overview.headline(seeded, ALL, "GBP")
    pledge = _pledges(seeded, col(Pledge.kind) == "funding", col(Pledge.scope) == "new")[0]
    services.review_pledge(seeded, int(pledge.id or 0), status="rejected", reviewer="Ada")
    after = overview.headline(seeded, ALL, "GBP")
    # The rejected mention leaves its commitment; the one after it may become the
    # first, so the headline equals a recount, not a subtraction.
    assert after.new_money == pytest.approx(_new_money(seeded, "GBP"))
    rejected = _pledges(seeded, col(Pledge.id) == pledge.id)[0]
    assert (rejected.commitment_id, rejected.link_role, rejected.new_money) == (None, None, None)
    assert after.pledges == before.pledges - 1
    assert pledge.id not in [r["id"] for r in overview.latest_pledges(seeded, ALL, limit=1000)]
    assert pledge.id not in [r["id"] for r in review.review_queue(seeded, limit=1000)]
    assert review.recent_reviews(seeded)[0]["reviewer"] == "Ada"


def test_money_by_month_and_cumulative(seeded: Engine) -> None:
    rows = overview.money_by_month(seeded, ALL, "GBP")
    assert {r.scope for r in rows} == {"new", "restated"}
    assert {r.publisher for r in rows} == {"Treasury", "Department of Health", "Home Department", "Transport"}
    points = overview.cumulative_new_money(rows)
    assert [m for m, _ in points] == sorted({r.month for r in rows})
    assert points[-1][1] == pytest.approx(_new_money(seeded, "GBP"))
    assert all(a[1] <= b[1] for a, b in itertools.pairwise(points))


def test_top_recipients_largest_first_in_one_currency(seeded: Engine) -> None:
    rows = overview.top_recipients(seeded, ALL, "GBP", limit=3)
    assert len(rows) == 3
    assert rows[0]["amount"] >= rows[1]["amount"] >= rows[2]["amount"]
    assert "Euro Fund" not in [r["recipient"] for r in rows]
    assert [r["recipient"] for r in overview.top_recipients(seeded, ALL, "EUR")] == ["Euro Fund"]


def test_latest_pledges_newest_first(seeded: Engine) -> None:
    rows = overview.latest_pledges(seeded, ALL, limit=20)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    assert rows[0]["evidence"] and rows[0]["publisher"]


def test_source_health(seeded: Engine) -> None:
    rows = health.sources_health(seeded, failing_after=3)
    assert [r["status"] for r in rows] == ["healthy", "healthy", "healthy", "failing"]
    assert rows[3]["last_error"] == "FetchError: HTTP 500" and rows[3]["failing_since"] is not None
    assert rows[0]["articles"] == 13 and rows[0]["pledges"] > 0
    assert health.status_counts(rows) == {"healthy": 3, "failing": 1}


def test_failing_spans_from_fetch_logs(seeded: Engine) -> None:
    assert health.failing_spans(seeded, ALL) == [FailingSpan(date(2025, 5, 6), date(2025, 5, 15), 1)]
    assert health.failing_spans(seeded, Period(date(2025, 5, 10), date(2025, 5, 12))) == [
        FailingSpan(date(2025, 5, 10), date(2025, 5, 12), 1)
    ]


def _log(engine: Engine, source_id: int, when: datetime, outcome: str) -> None:
    with session_scope(engine) as session:
        session.add(FetchLog(source_id=source_id, started_at=when, finished_at=when, outcome=outcome))


def test_a_day_with_a_successful_poll_is_not_failing(engine: Engine) -> None:
    seed(engine)
    march = Period(date(2025, 3, 1), date(2025, 3, 31))
    assert health.failing_spans(engine, march) == []
    _log(engine, 1, datetime(2025, 3, 3, 1, tzinfo=UTC), "error")
    _log(engine, 1, datetime(2025, 3, 3, 9, tzinfo=UTC), "ok")
    _log(engine, 1, datetime(2025, 3, 4, 1, tzinfo=UTC), "error")
    _log(engine, 2, datetime(2025, 3, 4, 2, tzinfo=UTC), "error")
    assert health.failing_spans(engine, march) == [FailingSpan(date(2025, 3, 4), date(2025, 3, 4), 2)]


def test_merge_days_joins_consecutive_days_and_keeps_the_longest() -> None:
    days = {
        date(2025, 1, 1): 1,
        date(2025, 1, 2): 3,
        date(2025, 1, 5): 1,
        date(2025, 2, 1): 2,
        date(2025, 2, 2): 1,
    }
    assert merge_days(days) == [
        FailingSpan(date(2025, 1, 1), date(2025, 1, 2), 3),
        FailingSpan(date(2025, 1, 5), date(2025, 1, 5), 1),
        FailingSpan(date(2025, 2, 1), date(2025, 2, 2), 2),
    ]
    assert [s.start for s in merge_days(days, limit=2)] == [date(2025, 1, 1), date(2025, 2, 1)]


FILTERS = [
    (PledgeFilter(kinds=("unit",)), lambda p: p.kind == "unit"),
    (PledgeFilter(currencies=("EUR",)), lambda p: p.currency == "EUR"),
    (PledgeFilter(amount_min=5e6, amount_max=1e7), lambda p: p.amount is not None and 5e6 <= p.amount <= 1e7),
    (PledgeFilter(evidence_text="RECRUIT 120"), lambda p: "recruit 120" in p.evidence.lower()),
    (PledgeFilter(recipient_text="programme 3"), lambda p: "programme 3" in (p.recipient or "").lower()),
    (PledgeFilter(person_or_unit_text="Unit 10"), lambda p: "Unit 10" in (p.name or "")),
    (PledgeFilter(person_or_unit_text="Doe205"), lambda p: "Doe205" in (p.person or "")),
    (
        PledgeFilter(period=Period(date(2025, 1, 1), date(2025, 1, 31))),
        lambda p: date(2025, 1, 1) <= p.announced_on <= date(2025, 1, 31),
    ),
    (PledgeFilter(review_statuses=("unreviewed",), kinds=("headcount",)), lambda p: p.kind == "headcount"),
]


@pytest.mark.parametrize(("flt", "matches"), FILTERS)
def test_explorer_filters(seeded: Engine, flt: PledgeFilter, matches: object) -> None:
    expected = {p.id for p in _pledges(seeded) if matches(p)}  # type: ignore[operator]
    rows = explorer.search_pledges(seeded, flt, limit=1000)
    assert expected and {r["id"] for r in rows} == expected
    assert explorer.count_pledges(seeded, flt) == (len(expected), False)


def test_explorer_source_filter(seeded: Engine) -> None:
    sources = explorer.sources_for_filter(seeded)
    treasury = next(source_id for source_id, label in sources if label == "Treasury")
    rows = explorer.search_pledges(seeded, PledgeFilter(source_ids=(treasury,)), limit=1000)
    assert rows and {r["publisher"] for r in rows} == {"Treasury"}


@pytest.mark.parametrize(
    "text", ["%%%", "' OR 1=1 --", "\\\\\\", "a%b_c", "'; DROP TABLE pledge; --", '"quoted" OR x']
)
def test_search_text_is_literal_and_parameterised(seeded: Engine, text: str) -> None:
    assert explorer.search_pledges(seeded, PledgeFilter(evidence_text=text)) == []
    assert len(_pledges(seeded)) > 0  # nothing dropped


@pytest.mark.parametrize("text", ["%", "_", "\\", "ab", " a "])
def test_search_text_under_three_characters_is_not_applied_and_said(seeded: Engine, text: str) -> None:
    flt = PledgeFilter(evidence_text=text)
    assert explorer.unsearched_texts(flt) == [text.strip()]
    assert explorer.count_pledges(seeded, flt) == explorer.count_pledges(seeded, PledgeFilter())


def test_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_off\\") == "%50\\%\\_off\\\\%"


def test_sorting_uses_an_allow_list_and_pages_are_stable(seeded: Engine) -> None:
    flt = PledgeFilter(kinds=("funding",))
    by_amount = explorer.search_pledges(seeded, flt, sort="amount", descending=False, limit=1000)
    amounts = [r["amount"] for r in by_amount]
    assert amounts == sorted(amounts)
    bogus = explorer.search_pledges(seeded, flt, sort="amount; DROP TABLE pledge", limit=1000)
    assert [r["date"] for r in bogus] == sorted((r["date"] for r in bogus), reverse=True)
    pages = [
        explorer.search_pledges(seeded, flt, sort="kind", limit=10, offset=o)[0]["id"] for o in (0, 10, 20)
    ]
    ids = [r["id"] for r in explorer.search_pledges(seeded, flt, sort="kind", limit=1000)]
    assert pages == [ids[0], ids[10], ids[20]] and len(set(ids)) == len(ids)


def test_count_is_capped(seeded: Engine) -> None:
    assert explorer.count_pledges(seeded, PledgeFilter(), cap=10) == (10, True)


def test_pledge_detail_has_article_and_its_other_pledges(seeded: Engine) -> None:
    pledge = _pledges(seeded, col(Pledge.kind) == "unit")[0]
    found = explorer.pledge_detail(seeded, int(pledge.id or 0))
    assert found is not None
    assert found["pledge"]["name"] == pledge.name
    body = found["article"]["body"]
    assert body[pledge.span_start : pledge.span_end] == pledge.evidence
    assert {o["kind"] for o in found["others"]} >= {"funding", "appointment", "headcount"}
    assert pledge.id not in [o["id"] for o in found["others"]]
    assert explorer.pledge_detail(seeded, 10**9) is None


def test_export_has_provenance_and_a_cap(seeded: Engine) -> None:
    rows = list(export.iter_export_rows(seeded, PledgeFilter(kinds=("funding",))))
    assert len(rows) == len(_pledges(seeded, col(Pledge.kind) == "funding"))
    assert {"article_title", "article_url", "fingerprint", "evidence"} <= set(rows[0])
    assert len(list(export.iter_export_rows(seeded, PledgeFilter(), cap=7, batch_size=3))) == 7


def test_timeline_units_and_appointments(seeded: Engine) -> None:
    events = timeline.timeline_events(seeded, ALL)
    assert {e["kind"] for e in events} == {"unit", "appointment"} and len(events) == 96
    one = timeline.timeline_events(seeded, ALL, source_ids=(1,))
    assert {e["publisher"] for e in one} == {"Treasury"} and len(one) == 24
    assert len(timeline.timeline_events(seeded, ALL, limit=5)) == 10


def test_review_queue_newest_first(seeded: Engine) -> None:
    queue = review.review_queue(seeded, limit=30)
    assert [r["date"] for r in queue] == sorted((r["date"] for r in queue), reverse=True)
    assert review.queue_size(seeded) == (len(_pledges(seeded)), False)


def test_bulk_rebuild_matches_the_incremental_summary(seeded: Engine) -> None:
    def rows() -> list[tuple[object, ...]]:
        with Session(seeded) as session:
            found = session.execute(
                select(
                    col(PledgeSummary.month),
                    col(PledgeSummary.source_id),
                    col(PledgeSummary.kind),
                    col(PledgeSummary.currency),
                    col(PledgeSummary.topic),
                    col(PledgeSummary.pledges),
                    col(PledgeSummary.new_money),
                    col(PledgeSummary.restated_money),
                    col(PledgeSummary.staff),
                )
            ).all()
        return sorted(tuple(row) for row in found)

    incremental = rows()
    with session_scope(seeded) as session:
        assert rebuild_summary(session) == len(incremental)
    assert rows() == incremental


def test_the_tracker_package_never_imports_streamlit() -> None:
    package = Path(__file__).resolve().parents[1] / "tracker"
    offenders = [
        str(path)
        for path in package.rglob("*.py")
        if re.search(r"^\s*(import|from)\s+streamlit\b", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []
