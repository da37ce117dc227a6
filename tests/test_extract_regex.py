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


# Characters that fold in surprising ways under IGNORECASE: the Kelvin sign (k),
# the long s (s), dotted and dotless i, and Greek sigma forms.
_ODD_CASES = "\u212a \u017f \u0130 \u0131 \u03c2 \u03a3 \u00df \u1e9e"


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\b(?:kelvin|skills|iron|sigma)\b", re.IGNORECASE),
        (r"(?<![\w£$€])(?:kids|state|India)\w*", re.IGNORECASE),
        (r"\b(?=[A-Za-z])(?:short|shortfall|debt)", re.IGNORECASE),
        (r"(?:(?i:the)\s+)?(?:Kay|Sam|Ivy)\b", 0),
        (r"x?(?:ab|cd)", re.IGNORECASE),  # optional first item: both start sets count
        (r"\s*(?:each|per)", re.IGNORECASE),  # may start with any white space or a letter
        (r"\s+(?:and|per)\s*$|,\s+", re.IGNORECASE),  # starts with white space (every kind) or a comma
        (r"(?<![\w.])\d+(?:,\d{3})*\s+(?:staff|per)", re.IGNORECASE),  # a digit of any script
        (r"\b(?=[A-Za-z])(?:kay|\w++\s+ago)", re.IGNORECASE),  # a lookahead's first characters
        (
            r"x?(?=[ab])\w|(?=a|b?)[kc]",
            re.IGNORECASE,
        ),  # an optional item before; a lookahead that may be empty
    ],
)
def test_first_character_sets_and_exact_letters_find_what_the_plain_pattern_finds(
    source: str, flags: int
) -> None:
    text = (
        "KELVIN \u212aelvin kelvin \u017fkills SKILLS \u0130ron \u0131ron iron SIGMA \u03c3igma "
        f"kids\u212a \u017ftate INDIA india Short SHORTFALL debt the Kay THE Sam ivy AB cD x xab {_ODD_CASES}"
        "\u00a0each\u3000per\u2029AND\x1cand\x85per,\u2007x 12 staff \u0663\u0664 per \U0001d7d9 staff"
        " 1,200 STAFF \U0001fbf9 per two years ago x\u212aay xb ac \u212a"
    )
    assert _matches(compile_pattern(source, flags), text) == _matches(re.compile(source, flags), text)


def test_every_rule_finds_what_the_plain_pattern_finds_in_text_with_odd_cases() -> None:
    texts = [
        f"{example.replace('|', ' ')} {_ODD_CASES} {example.upper()} {example.replace('k', chr(0x212A))}"
        for rule in RULES.values()
        for example in (*rule.examples, *rule.counter)
    ]
    for rule in RULES.values():
        if rule.source is None:
            continue
        plain = re.compile(rule.source, rule.flags)
        compiled = compile_pattern(rule.source, rule.flags)
        for text in texts[:: max(1, len(texts) // 150)]:
            assert _matches(compiled, text) == _matches(plain, text), (rule.name, text)


def test_exact_letters_are_the_characters_the_engine_folds_to_each_letter() -> None:
    from tracker.extract import regex

    letters = re.compile(r"(?i)[a-z]")
    candidates = [p for p in range(0x110000) if not 0xD800 <= p < 0xE000 and letters.fullmatch(chr(p))]
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        engine = [p for p in candidates if re.fullmatch(f"(?i){letter}", chr(p))]
        assert regex._exactly_folding(ord(letter)) == engine, letter


def test_no_code_point_past_the_folding_table_changes_when_lowered() -> None:
    import _sre

    from tracker.extract import regex

    tolower = _sre.unicode_tolower
    assert all(tolower(p) == p for p in range(regex._CASED_BELOW, 0x110000))


def test_first_character_sets_hold_every_character_the_engine_folds_to_a_letter() -> None:
    from tracker.extract import regex

    letters = re.compile(r"(?i)[a-z]")
    candidates = [p for p in range(0x110000) if not 0xD800 <= p < 0xE000 and letters.fullmatch(chr(p))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        engine = {p for p in candidates if re.fullmatch(f"(?i){letter}", chr(p))}
        assert engine <= regex._case_variants(ord(letter), True), letter


def test_white_space_first_characters_are_every_character_the_engine_matches_as_white_space() -> None:
    from tracker.extract import regex

    space = re.compile(r"\s")
    engine = {p for p in range(0x110000) if not 0xD800 <= p < 0xE000 and space.fullmatch(chr(p))}
    assert engine == regex._SPACES


def test_digit_first_characters_are_every_character_the_engine_matches_as_a_digit() -> None:
    from tracker.extract import regex

    digit = re.compile(r"\d")
    engine = {p for p in range(0x110000) if not 0xD800 <= p < 0xE000 and digit.fullmatch(chr(p))}
    assert engine == regex._digits()


def test_folds_oddly_finds_each_odd_fold_and_nothing_else() -> None:
    from tracker.extract import regex

    for char in regex.ODD_FOLDS:
        assert regex.folds_oddly(f"£4m {char}") and regex.folds_oddly(char)
    assert not regex.folds_oddly("£4m for the mayor’s scheme") and not regex.folds_oddly("plain")
    assert regex.ODD_FOLDS == "\u017f\u0131\u0130\u212a"
