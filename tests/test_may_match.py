"""A candidate ``may_match`` turns down is one ``match_score`` turns down, whatever its names.

Linking reads from the term index how many of a mention's terms a candidate holds
and skips candidates that cannot match without reading their names; that must
never change a decision.
"""

from __future__ import annotations

from datetime import date

from hypothesis import event, given, settings
from hypothesis import strategies as st

from tracker.domain.commitments import (
    CommitmentView,
    Figure,
    Ledger,
    Mention,
    match_score,
    may_match,
)
from tracker.domain.labels import terms

WORDS = ["Harbour", "Wall", "Rural", "Bus", "Derby", "Ashford", "schools", "roads", "Old Town", "WHO", "new"]
SHAPES = ["{} Fund", "{} {} Fund", "{} {} {} Fund", "{} in {}", "the {} {} programme", "{} ({})"]
AMOUNTS: list[float | None] = [
    None,
    10_000_000.0,
    10_050_000.0,
    12_000_000.0,
    30_000_000.0,
    90_000_000.0,
    58_500_000.0,
    60_000_000.0,
]
STATED = [a for a in AMOUNTS if a is not None]


@st.composite
def names(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(SHAPES))
    return shape.format(*draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=3)))


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    kind = draw(st.sampled_from(["funding", "funding", "headcount"]))
    return Mention(
        ref=1,
        article=1,
        kind=kind,
        announced_on=date(2026, 3, draw(st.integers(1, 28))),
        label=draw(st.one_of(st.none(), names())),
        currency="GBP" if kind == "funding" else None,
        amount=draw(st.sampled_from(AMOUNTS)) if kind == "funding" else None,
        count=300 if kind == "headcount" else None,
        scope=draw(st.sampled_from(["new", "total", "existing"])),
        qualifier=draw(st.sampled_from([None, "about"])),
        period=draw(st.sampled_from([None, "a year", "over three years"])),
    )


@st.composite
def views(draw: st.DrawFn, kind: str) -> CommitmentView:
    figures = tuple(
        Figure(amount, years)
        for amount, years in draw(
            st.lists(st.tuples(st.sampled_from(STATED), st.sampled_from([None, 3])), max_size=3)
        )
    )
    return CommitmentView(
        id=7,
        kind=kind,
        currency="GBP" if kind == "funding" else None,
        aliases=tuple(draw(st.lists(names(), min_size=1, max_size=3))),
        ledger=Ledger(counted=draw(st.sampled_from([0.0, *STATED])), figures=figures),
        staff=300 if kind == "headcount" else None,
        first_announced_on=date(2026, 3, 1),
        last_announced_on=date(2026, 3, draw(st.integers(1, 28))),
    )


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_a_candidate_turned_down_never_matches(data: st.DataObject) -> None:
    mention = data.draw(mentions())
    view = data.draw(views(mention.kind))
    # What the index holds for the candidate: the terms of all its names.
    indexed = frozenset().union(*(terms(alias) for alias in view.aliases))
    held = len(terms(mention.label) & indexed)
    turned_down = not may_match(mention, view.ledger.figures, view.ledger.counted, held)
    event("turned down" if turned_down else "scored")
    if turned_down:
        assert match_score(mention, view) is None


def test_one_shared_word_of_three_without_a_figure_is_turned_down() -> None:
    mention = Mention(1, 1, "funding", date(2026, 3, 1), "Zuvo Kelari Harbour Fund", "GBP", 42_000_000.0)
    assert not may_match(mention, (Figure(17_000_000.0),), 17_000_000.0, 1)
    assert may_match(mention, (Figure(42_000_000.0),), 42_000_000.0, 1)  # the same figure
    assert may_match(mention, (Figure(17_000_000.0),), 17_000_000.0, 2)  # two shared words
