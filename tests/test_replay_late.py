"""Replaying a commitment from its late mentions on gives what a replay of every member gives.

``replay_late`` is what linking runs when articles arrive out of date order: the
members before the earliest late one keep their roles, and the replay stops
once the ledger reads as it did when the later roles were decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.commitments import Ledger, Mention, Outcome, figures_of_sums, replay, replay_late

D1, D2, D3, D4, D5 = (date(2026, 3, day) for day in (1, 2, 3, 4, 5))
_refs = count(1)


def bus(amount: float, day: date, article: int, scope: str = "new", **extra: str) -> Mention:
    return Mention(
        next(_refs), article, "funding", day, "Rural Bus Fund", "GBP", amount, scope=scope, **extra
    )


def staff(day: date, article: int) -> Mention:
    return Mention(next(_refs), article, "headcount", day, "border officers", count=300)


def _stored_replay(members: Sequence[Mention]) -> dict[int, float | None]:
    """New money as a replay of these members alone stored it."""
    outcomes, _ledger = replay(members)
    return {ref: outcome.new_money for ref, outcome in outcomes.items()}


def _late(stored: Sequence[Mention], pending: Sequence[Mention]) -> tuple[dict[int, Outcome], Ledger]:
    return replay_late([*stored, *pending], _stored_replay(stored), [m.ref for m in pending])


def _roles(outcomes: dict[int, Outcome], members: Sequence[Mention]) -> list[tuple[str, float | None]]:
    return [(outcomes[m.ref].role.value, outcomes[m.ref].new_money) for m in members]


def test_an_appended_mention_is_the_only_one_replayed() -> None:
    first, again = bus(75e6, D1, 1), bus(75e6, D2, 2)
    topped = bus(25e6, D3, 3)
    outcomes, ledger = _late([first, again], [topped])
    assert _roles(outcomes, [topped]) == [("top_up", 25e6)]
    assert set(outcomes) == {topped.ref}
    assert ledger == replay([first, again, topped])[1]


def test_a_late_re_announcement_in_the_middle_leaves_later_roles_alone() -> None:
    first, later = bus(75e6, D1, 1), bus(75e6, D3, 3)
    late = bus(75e6, D2, 2)
    outcomes, ledger = _late([first, later], [late])
    assert _roles(outcomes, [late]) == [("reannounced", 0.0)]
    assert set(outcomes) == {late.ref}  # the ledger reads alike after it: D3 stands
    assert ledger == replay([first, late, later])[1]


def test_a_late_top_up_in_the_middle_changes_what_follows_it() -> None:
    first, total = bus(75e6, D1, 1), bus(100e6, D3, 3, "total")
    late = bus(25e6, D2, 2)
    outcomes, ledger = _late([first, total], [late])
    assert _roles(outcomes, [late, total]) == [("top_up", 25e6), ("restated", 0.0)]
    assert ledger.counted == 100e6
    assert ledger == replay([first, late, total])[1]


def test_several_late_mentions_replay_once_from_the_earliest() -> None:
    kept = [bus(75e6, D1, 1), bus(75e6, D3, 3), bus(75e6, D5, 5)]
    late = [bus(75e6, D2, 2), bus(90e6, D4, 4, "total")]
    outcomes, ledger = _late(kept, late)
    assert kept[0].ref not in outcomes
    assert _roles(outcomes, late) == [("reannounced", 0.0), ("top_up", 15e6)]
    # After a top-up the ledger never reads as before: the last article is replayed too.
    assert _roles(outcomes, kept[1:]) == [("reannounced", 0.0), ("reannounced", 0.0)]
    assert ledger == replay([*kept, *late])[1]


def test_a_mention_before_the_first_becomes_the_first() -> None:
    was_first = bus(75e6, D2, 2)
    earlier = bus(75e6, D1, 1)
    outcomes, ledger = _late([was_first], [earlier])
    assert _roles(outcomes, [earlier, was_first]) == [("first", 75e6), ("reannounced", 0.0)]
    assert ledger == replay([earlier, was_first])[1]


def test_a_late_mention_of_a_headcount_commitment() -> None:
    first, later = staff(D2, 2), staff(D3, 3)
    earlier = staff(D1, 1)
    outcomes, ledger = _late([first, later], [earlier])
    assert _roles(outcomes, [earlier, first]) == [("first", None), ("reannounced", None)]
    assert later.ref not in outcomes
    assert ledger.mentions == 3


def test_nothing_late_replays_nothing() -> None:
    members = [bus(75e6, D1, 1), bus(25e6, D2, 2)]
    outcomes, ledger = replay_late(members, _stored_replay(members), [])
    assert outcomes == {}
    assert ledger == replay(members)[1]


# --- any arrival order, any batches: the same as one replay of everything ---------------------

_AMOUNTS = [25e6, 30e6, 45e6, 58.5e6, 60e6, 75e6, 90e6, 100e6, 150e6]
_mention = st.tuples(
    st.sampled_from(_AMOUNTS),
    st.sampled_from(["new", "new", "total", "existing"]),
    st.sampled_from(["exact", "exact", "about"]),
    st.sampled_from([None, None, "over three years", "a year for three years"]),
)


@st.composite
def arrivals(draw: st.DrawFn) -> tuple[list[Mention], list[list[Mention]]]:
    """Mentions of one commitment over a few articles (some on the same day), and the
    batches they arrive in: articles in any order, a batch of one or more articles."""
    articles = draw(st.integers(min_value=1, max_value=9))
    mentions: list[Mention] = []
    by_article: list[list[Mention]] = []
    for article in range(1, articles + 1):
        day = date(2026, 3, 1) + timedelta(days=draw(st.integers(min_value=0, max_value=5)))
        found = [
            bus(amount, day, article, scope, qualifier=qualifier, **({"period": period} if period else {}))
            for amount, scope, qualifier, period in draw(st.lists(_mention, min_size=1, max_size=3))
        ]
        mentions.extend(found)
        by_article.append(found)
    order = draw(st.permutations(range(articles)))
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=max(1, articles - 1)))))
    batches, start = [], 0
    for cut in [*cuts, articles]:
        if cut > start:
            batches.append([m for i in order[start:cut] for m in by_article[i]])
            start = cut
    return mentions, batches


@settings(max_examples=300, deadline=None)
@given(arrivals())
def test_late_replays_equal_one_full_replay_for_any_arrival_order(
    case: tuple[list[Mention], list[list[Mention]]],
) -> None:
    mentions, batches = case
    stored: dict[int, Outcome] = {}
    members: list[Mention] = []
    ledger = Ledger()
    for batch in batches:
        members.extend(batch)
        money = {ref: outcome.new_money for ref, outcome in stored.items()}
        outcomes, ledger = replay_late(members, money, [m.ref for m in batch])
        assert {m.ref for m in batch} <= set(outcomes)
        stored.update(outcomes)
    expected, expected_ledger = replay(mentions)
    assert stored == expected
    assert ledger == expected_ledger


@pytest.mark.parametrize("pending", [0, 1, 2])
def test_a_pending_member_alone_is_placed_as_the_first(pending: int) -> None:
    members = [bus(75e6, D1, 1), bus(75e6, D2, 2), bus(75e6, D3, 3)]
    outcomes, _ledger = replay_late([members[pending]], {}, [members[pending].ref])
    assert _roles(outcomes, [members[pending]]) == [("first", 75e6)]


def _key(mention: Mention) -> tuple[date, int]:
    return (mention.announced_on, mention.article)


@settings(max_examples=200, deadline=None)
@given(arrivals(), st.integers(min_value=0, max_value=8))
def test_members_before_the_late_ones_may_come_as_their_ledger(
    case: tuple[list[Mention], list[list[Mention]]], cut: int
) -> None:
    """The store sums up the members before the earliest late one in SQL (their money,
    figures, count and last total) and reads only the rest."""
    mentions, batches = case
    late = batches[-1]
    stored_members = [m for m in mentions if m not in late]
    money = _stored_replay(stored_members)
    start = min(_key(m) for m in late)
    days = sorted({_key(m) for m in stored_members if _key(m) < start})
    boundary = days[cut] if cut < len(days) else start
    earlier = [m for m in stored_members if _key(m) < boundary]
    rest = [m for m in mentions if _key(m) >= boundary]
    earlier_ledger = replay_late(earlier, money, [])[1]
    summed = Ledger(
        counted=earlier_ledger.counted,
        figures=figures_of_sums({(m.amount or 0.0, m.period) for m in earlier if m.amount}),
        last_total=earlier_ledger.last_total,
        mentions=len(earlier),
    )
    outcomes, ledger = replay_late(rest, money, [m.ref for m in late], summed)
    full_outcomes, full_ledger = replay(mentions)
    assert {ref: full_outcomes[ref] for ref in outcomes} == outcomes
    for member in stored_members:
        if member.ref not in outcomes:
            assert full_outcomes[member.ref].new_money == money[member.ref]
    assert (ledger.counted, ledger.last_total, ledger.mentions) == (
        full_ledger.counted,
        full_ledger.last_total,
        full_ledger.mentions,
    )
    assert set(ledger.figures) == set(full_ledger.figures)
