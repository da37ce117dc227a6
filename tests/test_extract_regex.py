"""The factored compilation of patterns matches exactly what the plain one does."""

from __future__ import annotations

import re

import pytest

import tracker.extract  # noqa: F401 - registers every rule
from tracker.extract.regex import compile_pattern, lazy
from tracker.extract.registry import RULES


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), tuple(sorted(m.groupdict().items()))) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"\b(?:minister|ministry|min)\b", 0, "the ministry and the minister, min"),
        # Under IGNORECASE "Labour" and "labor" share a first letter and keep their order.
        (r"(?:Labour|labor|Lab)\w*", re.IGNORECASE, "LABOURING labor lab"),
        # Case matters without the flag: "Green" is not "green".
        (r"(?:Green|greenhouse|gr)", 0, "Greenhouse greenhouse Green grass"),
        # A leading group of words is spread over its branches, in order.
        (
            r"(?:led|headed|run)\s+by|(?:take|takes)\s+(?:up|over)",
            0,
            "run by, headed by, takes over, take up",
        ),
        # Neighbouring branches sharing a word boundary.
        (r"\bfoo\w*|\bbar|x\b", 0, "foobar bar x"),
        # Capture groups inside factored branches keep their numbers.
        (r"(?P<a>ab)c|a(?P<b>b)d|(ae)", 0, "abc abd ae"),
        # A longer word is preferred to its prefix only as the plain pattern prefers it.
        (r"(?:an|and)\s", 0, "and an "),
        (r"(?i:(?:Fund|fun)d?)", 0, "FUNDS fund fun"),
    ],
)
def test_factored_pattern_matches_like_the_plain_one(source: str, flags: int, text: str) -> None:
    assert _matches(compile_pattern(source, flags), text) == _matches(re.compile(source, flags), text)


def test_every_rule_matches_its_examples_as_the_plain_pattern_does() -> None:
    for rule in RULES.values():
        if rule.source is None:
            continue
        plain = re.compile(rule.source, rule.flags)
        factored = compile_pattern(rule.source, rule.flags)
        assert factored.groupindex == plain.groupindex, rule.name
        for example in (*rule.examples, *rule.counter):
            for text in (example, example.replace("|", " ")):
                assert _matches(factored, text) == _matches(plain, text), (rule.name, text)


def test_lazy_pattern_compiles_on_first_use_and_then_answers_directly() -> None:
    pattern = lazy(r"\bnew\s+(?P<head>fund|office)\b", re.IGNORECASE)
    assert pattern.pattern.startswith(r"\bnew")
    assert pattern._compiled is None
    m = pattern.search("A New Office opens")
    assert m is not None and m.group("head") == "Office"
    assert pattern._compiled is not None
    assert pattern.search == pattern._compiled.search  # the compiled pattern's own method now
    assert [m.group(0) for m in pattern.finditer("new fund, new office")] == ["new fund", "new office"]
