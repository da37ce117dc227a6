"""Small number words people use for spans of time ("over three years", "a four-year deal")."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_SPAN = re.compile(
    r"\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")[\s-]+years?\b",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\b.{0,40}?\b((?:19|20)\d\d)\b")


def years_in(period: str | None) -> int | None:
    """The number of years a period spans ("over three years" -> 3), or None."""
    if not period:
        return None
    match = _SPAN.search(period)
    if match:
        word = match.group(1).lower()
        return int(word) if word.isdigit() else NUMBER_WORDS[word]
    years = _YEAR_RANGE.search(period)
    if years:
        span = int(years.group(2)) - int(years.group(1))
        return span if 1 < span <= 20 else None
    return None
