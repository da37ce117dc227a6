"""Counts of people as written in announcements: digits or English words.

Headcount pledges state numbers as "1,000", "2.5k" rarely, "two hundred",
"Ninety-one" or "a further 100"; vague quantities ("hundreds of", "dozens of")
are recognised too so that callers can report them with no count.
"""

from __future__ import annotations

import re

from tracker.extract.lexicon import alternation
from tracker.extract.regex import lazy

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = alternation(_UNITS)
# Thousands grouped by commas ("10,000") or, as in South Africa and much of Europe, by a space,
# a no-break space or a thin space ("10 000").
_GROUPED = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.])"
# "1,000", "2,500", "10000", "1.5 million", "two hundred", "twenty-five thousand",
# "a hundred", "a thousand". The lookahead (every first character a number can
# have) lets a scan skip the other words of a sentence at once.
NUMBER_PATTERN = (
    r"(?=[\dstfenoahSTFENOAH])(?:"
    rf"(?:{_GROUPED}|\d+(?:\.\d+)?)(?:\s*(?:million|m|k)\b)?"
    rf"|(?:(?:{_WORD})(?:[- ](?:{_WORD}))?|an?)(?:\s+(?:hundred|thousand|million))+"
    rf"(?:\s+and\s+(?:{_WORD})(?:-(?:{_WORD}))?)?"
    rf"|(?:(?:{_WORD})|an?|half\s+a)\s+dozen"
    rf"|(?:{_WORD})(?:-(?:{_WORD}))?"
    ")"
)
# Digits only: a sentence without number words is scanned with this far cheaper pattern.
DIGITS_PATTERN = rf"(?:{_GROUPED}|\d+(?:\.\d+)?)(?:\s*(?:million|m|k)\b)?"
NUMBER = lazy(rf"\b(?:{NUMBER_PATTERN})\b", re.IGNORECASE)
# Quantities that name an order of magnitude but no count.
VAGUE_PATTERN = (
    r"(?:hundreds|thousands|tens\s+of\s+thousands|dozens|scores|a\s+number|a\s+few|several)\s+of"
    r"|(?:more|extra|additional)"
)
VAGUE_MAGNITUDE = {
    "dozens": (24, 99),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2000, 99_999),
}

_NUMBER_WORDS = frozenset(
    [*_UNITS, "dozen", "hundred", "thousand", "million", "hundreds", "thousands", "dozens"]
)


def has_number_word(words: frozenset[str] | set[str]) -> bool:
    """True if a sentence's lower-case words include a number written out."""
    return not _NUMBER_WORDS.isdisjoint(words)


_DIGITS = lazy(rf"^({_GROUPED}|\d+(?:\.\d+)?)\s*(million|m|k)?$", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """The integer a number phrase stands for, or None if it is not one.

    >>> parse_count("2,500"), parse_count("two hundred"), parse_count("a thousand")
    (2500, 200, 1000)
    """
    cleaned = text.strip().lower()
    if cleaned == "half a dozen":
        return 6
    match = _DIGITS.match(cleaned)
    if match:
        value = float(re.sub(r"[,\s]", "", match.group(1)))
        scale = {"million": 1_000_000, "m": 1_000_000, "k": 1000}.get((match.group(2) or "").lower(), 1)
        return round(value * scale)
    return _parse_words(cleaned)


def _parse_words(cleaned: str) -> int | None:
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word in ("a", "an", "and"):
            current = max(current, 1) if word != "and" else current
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def vague_range(phrase: str) -> tuple[int, int] | None:
    """The counts a vague quantity ("hundreds of") is consistent with, if any."""
    first = phrase.strip().lower().split()[0] if phrase.strip() else ""
    if phrase.strip().lower().startswith("tens of thousands"):
        return (20_000, 99_999)
    if first in ("several", "few", "a"):
        # "several hundred", "a few thousand"
        scale = phrase.strip().lower().split()[-1]
        return {"hundred": (200, 999), "thousand": (2000, 9999)}.get(scale)
    return VAGUE_MAGNITUDE.get(first)
