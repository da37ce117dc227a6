"""Every named rule of the extractor proves itself on its own examples.

The registry (:mod:`tracker.extract.registry`) holds cues (patterns or
predicates) and decisions (what a finder concludes about a candidate). Each
carries examples and counter-examples written for this project; this module
runs all of them, so a rule cannot drift from what it says it decides.
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import explain
from tracker.extract.registry import DECISIONS, RULES, Decision, Rule
from tracker.extract.types import PLEDGE_KINDS, ArticleText

_CUES = sorted(RULES.values(), key=lambda r: r.name)
_DECISIONS = sorted(DECISIONS.values(), key=lambda d: d.name)


def _article(text: str) -> ArticleText:
    return ArticleText(title="", text=text, published=date(2025, 6, 1))


def test_the_registry_is_not_empty() -> None:
    assert len(_CUES) > 50 and len(_DECISIONS) > 30


@pytest.mark.parametrize("cue", _CUES, ids=lambda r: r.name)
def test_cue_fires_on_its_examples_only(cue: Rule) -> None:
    assert cue.examples, f"{cue.name} has no example"
    assert cue.decides
    for example in cue.examples:
        assert cue.fires(example), f"{cue.name} should fire on {example!r}"
    for example in cue.counter:
        assert not cue.fires(example), f"{cue.name} should not fire on {example!r}"


@pytest.mark.parametrize("rule", _DECISIONS, ids=lambda d: d.name)
def test_decision_is_reached_on_its_examples_only(rule: Decision) -> None:
    assert rule.examples and rule.counter, f"{rule.name} needs examples and counter-examples"
    assert rule.kind in PLEDGE_KINDS
    assert rule.name.startswith(f"{rule.kind}.")
    for name in rule.uses:
        assert name in RULES, f"{rule.name} uses an unknown cue {name}"
    for example in rule.examples:
        assert _reached(rule, example), f"{rule.name} should be reached on {example!r}"
    for example in rule.counter:
        assert not _reached(rule, example), f"{rule.name} should not be reached on {example!r}"


def _reached(rule: Decision, text: str) -> bool:
    result = explain(_article(text))
    if rule.outcome == "reject":
        return rule.name in result.reasons(rule.kind)
    return any(p.kind == rule.kind and p.extra.get("rule") == rule.name for p in result.pledges)


def test_rejections_carry_the_candidate_and_its_place() -> None:
    text = "The council will invest £4m in parks. Last year it spent £2m on benches."
    result = explain(_article(text))
    assert [p.amount for p in result.pledges] == [4e6]
    (rejected,) = [r for r in result.rejected if r.kind == "funding"]
    assert rejected.reason == "funding.background"
    assert text[rejected.start : rejected.end] == rejected.text == "£2m"


def test_explain_returns_what_extract_returns() -> None:
    from tracker.extract import extract

    text = "Ministers will set up a Coastal Erosion Taskforce with £3m. It will hire 40 engineers."
    assert explain(_article(text)).pledges == extract(_article(text))
