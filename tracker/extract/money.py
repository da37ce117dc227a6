"""Sums of money as written in announcements, parsed into amount and currency.

Handles currency symbols and codes before the number ("£75m", "US$2bn",
"EUR 40 million", "Rs 500 crore"), currency words after it ("1.5 billion
pounds", "1.5 billion euros"), scale words and abbreviations ("m", "mn",
"bn", "tn", "k", "million", "billion", "trillion", "thousand", "lakh",
"crore", also hyphenated: "$1.2-billion"), digit grouping
("£1,200 million", "£750,000"), number words ("seventy-five million pounds",
"half a billion pounds", "£ten million") and ranges.

Conventions (documented because callers and tests rely on them):

* Amounts are floats in whole currency units: "£1.2bn" -> 1_200_000_000.0.
* A range ("£10-20 million", "between £10m and £20m") reports its upper
  bound with qualifier ``up_to``; the lower bound is kept in ``Money.low``.
  The upper bound is what a reader quotes as the most that is on offer.
* A plain "$", and the other symbols several countries write ("Rs", "K"),
  are left as written (``Money.currency`` is then the symbol); the caller
  resolves them from the article with
  :func:`tracker.extract.currency.shared_symbol_currency` (AUD when the
  text is about Australia, PKR for Pakistan, and so on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import AnyStr, NamedTuple

from tracker.extract.currency import (
    CODES,
    DOLLAR_PREFIXES,
    LETTER_SYMBOLS,
    NATIONAL_ADJECTIVES,
    SCALED_CODES,
    SIGN_SYMBOLS,
    SINGLE_LETTER_SYMBOLS,
    WORDS,
    currency_of,
    dollar_currency,
)
from tracker.extract.regex import lazy
from tracker.extract.similarity import word_set
from tracker.extract.types import Qualifier

__all__ = ["Money", "dollar_currency", "find_money", "qualifier_before"]

_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bil": 1e9, "billion": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
    # Nepal's and Pakistan's hundred crore and hundred arba ("Rs 2.8 arba", "Rs 1.2 kharab")
    "arba": 1e9, "arab": 1e9, "kharba": 1e11, "kharab": 1e11,
}  # fmt: skip
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "half a": 0.5,
    "a quarter of a": 0.25, "quarter of a": 0.25,
}  # fmt: skip

# Currency prefixes are upper case ("A$", "NZ$", "US$"): the scanner can then
# skip every lower-case position, which matters for speed on long texts.
# "R" is the South African rand, read only right before a digit (and, below, only with a
# scale or digit grouping: "R3.4 billion", "R12,000", never "R2" alone).
# Letter symbols ("KSh", "RM") only right before a figure.
_LETTERS = "|".join(re.escape(symbol) for symbol in sorted(LETTER_SYMBOLS, key=len, reverse=True))
_SINGLE = "".join(SINGLE_LETTER_SYMBOLS)
_DOLLARS = "|".join(sorted(DOLLAR_PREFIXES, key=len, reverse=True))
_SYMBOL = (
    rf"(?:(?:{_DOLLARS})\$|Rs\.?|[{_SINGLE}](?=\d)|(?:{_LETTERS})(?=\s?\d)"
    rf"|[{SIGN_SYMBOLS}])"
)
_CODE = (
    r"(?:"
    + "|".join(CODES)
    + "|(?:"
    + "|".join(SCALED_CODES)
    + r")(?=\s?\d[\d.,]*\s?(?i:thousand|million|billion|mn|bn|m)\b))"
)
# (a decimal comma before a scale, as South African and European texts write it: "R1,8 billion")
# (Indian digit grouping first: "Tk 1,44,000 crore", "Rs 12,50,000")
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s?(?i:thousand|million|billion|trillion|bn|mn|m)\b)"
    r"|\d+(?:\.\d+)?"
)
# ("RM1.85bil", "RM900mil": Malaysian papers' short scales)
_SCALE = (
    r"(?i:thousand|million|billion|trillion|lakhs?\s+crores?|crores?|lakhs?|kharba|kharab|arba|arab"
    r"|mln|mil|bil|mio|mn|bn|trn|tn|m|b|k)\b"
)
_WORDNUM = (
    r"(?:half\s+a|(?:a\s+)?quarter\s+of\s+a|an?|(?:"
    + "|".join(sorted((w for w in _SMALL if " " not in w and len(w) > 2), key=len, reverse=True))
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    # "two hundred and fifty", and as legal texts write it, "four hundred fifty"
    r"(?:\s+hundred(?:\s+and\s+[\w-]+|\s+(?!and\b)[a-z]+(?:-[a-z]+)?(?=\s*$))?)?)"
    # "two and a half million dollars"
    r"(?:\s+and\s+a\s+half)?"
)
# Every currency word of currency.WORDS, the longest first ("egyptian pounds" before "pounds").
_CURWORD = (
    "(?:"
    + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(WORDS, key=len, reverse=True))
    + r")\b"
)
_PREFIXED = lazy(
    rf"(?=[{SIGN_SYMBOLS}A-Z])(?<![\w$£€])(?P<cur>{_SYMBOL}|{_CODE}\s?\$?"
    rf"|{_CODE}(?=\s))\s?(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE}))?"
    rf"(?:(?<![a-zA-Z])(?:-|–|\sto\s)(?:{_SYMBOL}|{_CODE}\s?)?(?P<num2>{_NUM})(?:\s?(?P<scale2>{_SCALE}))?"
    rf"|\s?(?:-|–|to)\s?(?:{_SYMBOL}|{_CODE}\s?)?(?P<num3>{_NUM})\s?(?P<scale3>{_SCALE}))?"
    rf"(?:\s+(?P<trail>{_CURWORD}))?",
)
# The scans start only where a currency symbol, code or word, or a scale word,
# actually occurs (found with str.find, which is far faster than letting a
# pattern try every position); the patterns then match from those anchors.
# Every byte but A-Z to a space: the runs of capitals of a text, split apart (see _code_anchors).
_CAPITAL_RUNS = bytes(byte if 0x41 <= byte <= 0x5A else 0x20 for byte in range(256))
_DOLLAR_PREFIXES = frozenset(DOLLAR_PREFIXES)


def _stems(words: list[str]) -> tuple[bytes, ...]:
    """The words no other word of the list starts ("dollar" finds "dollars" too)."""
    kept = sorted(set(words), key=len)
    return tuple(
        # (a letter outside ASCII to "?", as in the text's bytes: "złoty" is looked for as "z?oty")
        word.encode("ascii", "replace")
        for i, word in enumerate(kept)
        if not any(word.startswith(k) for k in kept[:i])
    )


# Where a currency word may start: the last word of each of currency.WORDS ("pound" of
# "egyptian pounds"; the adjective before it is read back from there). Only the stems of the
# words the text holds are looked for (most texts hold one or two of the forty).
_CURRENCY_FORMS = frozenset(word.split()[-1] for word in WORDS)
_CURRENCY_WORDS = _stems(list(_CURRENCY_FORMS))
_STEM_OF = {
    form: next(s for s in _CURRENCY_WORDS if form.encode("ascii", "replace").startswith(s))
    for form in _CURRENCY_FORMS
}
# The forms with a letter outside ASCII ("złoty", "krónur"), which word_set splits apart, with
# their bytes as the text's lower-cased bytes hold them ("z?oty"; the pattern checks the letter).
_NON_ASCII_FORMS = tuple(
    (form, form.encode("ascii", "replace")) for form in _CURRENCY_FORMS if not form.isascii()
)
_SCALE_WORDS = tuple(
    (word, word.encode("ascii")) for word in ("thousand", "million", "billion", "trillion", "crore", "lakh")
)
_SUFFIX_HEAD = lazy(
    # ("the 500-billion-euro fund": written as one word with hyphens)
    rf"(?<![\w$£€.,])(?P<num>{_NUM})(?:\s?(?:-|–|to)\s?(?P<num2>{_NUM}))?[\s-]?(?P<scale>{_SCALE})?(?:\s*|-)$",
    re.IGNORECASE,
)
_CURRENCY_AT = lazy(rf"(?:{_CURWORD}|{_CODE}\b)", re.IGNORECASE)
_CURWORD_QUALIFIER = lazy(
    "(?:"
    + "|".join(
        re.escape(a).replace(r"\ ", r"\s+") for a in sorted(NATIONAL_ADJECTIVES, key=len, reverse=True)
    )
    + r"|pounds)\s+$",
    re.IGNORECASE,
)
# Worded sums are found from their scale word outwards: a forward scan for
# number words at every position is several times slower.
_NUMBER_WORDS = frozenset([*(w for w in _SMALL if " " not in w), "hundred", "half"])
_WORDED_HEAD = lazy(rf"(?<![\w])(?P<sym>{_SYMBOL}\s?)?(?P<words>{_WORDNUM})\s+$", re.IGNORECASE)
# The larger parts of a sum written in words, before the last ("Eighteen Million | Five Hundred Thousand").
_LARGER_PART = lazy(
    rf"(?<![\w])(?P<words>{_WORDNUM})\s+(?P<scale>trillion|billion|million)\s+$", re.IGNORECASE
)
_POINT_BEFORE = lazy(rf"(?<![\w])(?P<words>{_WORDNUM})\s+point\s+$", re.IGNORECASE)
_THOUSANDS_WORDED = lazy(rf"(?<![\w])(?P<words>{_WORDNUM})\s+thousand\s+$", re.IGNORECASE)
_WORDED_TAIL = lazy(rf"\s+(?P<cur>{_CURWORD})", re.IGNORECASE)
_PLUS_AFTER = lazy(r"-plus\b|\s+or\s+more\b", re.IGNORECASE)
_BETWEEN = lazy(r"between\s+$", re.IGNORECASE)

_QUALIFIER_WORDS: tuple[tuple[str, Qualifier], ...] = (
    (r"up to|as much as|a maximum of|capped at|no more than|a ceiling of", "up_to"),
    (
        r"over|more than|at least|in excess of|upwards of|no less than|a minimum of|just over|well over",
        "at_least",
    ),
    (
        r"about|around|almost|some|nearly|approximately|roughly|close to|approaching|an estimated"
        r"|just under|c\.|circa",
        "about",
    ),
)
# One pattern, a named group per qualifier: one search per sum instead of three.
_QUALIFIER = lazy(
    r"\b(?:"
    + "|".join(f"(?P<{q}>" + words.replace(" ", r"\s+") + ")" for words, q in _QUALIFIER_WORDS)
    + r")\s+(?:an?\s+)?$"
    # hyphened to the sum: "the Crown's near-$100m commitment", "a nearly-$2bn plan"
    + r"|\b(?P<about2>near|nearly|almost|around|roughly)-$",
    re.IGNORECASE,
)


class Money(NamedTuple):
    """One sum of money: ``text[start:end]`` of the sentence it came from.

    A named tuple: several are made per sum (found, rounded, re-based to a sentence), and
    a tuple is built in a fraction of the time a frozen dataclass takes."""

    amount: float
    currency: str  # ISO 4217, or a symbol several countries write ("$", "Rs", "K")
    qualifier: Qualifier
    start: int
    end: int
    low: float | None = None  # lower bound of a range


def _number(raw: str) -> float:
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))  # "1,8" billion
    return float(raw.replace(",", ""))


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _scale(raw: str | None) -> float:
    return _SCALES[" ".join(raw.lower().split())] if raw else 1.0


def _word_number(words: str) -> float | None:
    """'seventy-five' -> 75, 'half a' -> 0.5, 'two hundred and fifty' -> 250."""
    words = re.sub(r"\s+", " ", words.lower().strip())
    if words.endswith(" and a half"):
        whole = _word_number(words[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if words in _SMALL:
        return float(_SMALL[words])
    total = 0.0
    for part in re.split(r"[- ]", words):
        if part == "and":
            continue
        if part == "hundred":
            total = (total or 1) * 100
        elif part in _SMALL:
            total += _SMALL[part]
        else:
            return None
    return total or None


def qualifier_before(text: str, start: int) -> Qualifier:
    """The qualifier written just before a sum ("up to £5m" -> up_to)."""
    m = _QUALIFIER.search(text[max(0, start - 30) : start])
    if m is None:
        return "exact"
    qualifier: Qualifier = "up_to" if m.group("up_to") else "at_least" if m.group("at_least") else "about"
    return qualifier


def _prefixed(text: str, codes: list[int]) -> list[Money]:
    found = []
    pos = 0
    for anchor in _prefix_anchors(text, codes):
        if anchor < pos or (m := _PREFIXED.match(text, anchor)) is None:
            continue
        if m.group("cur") in SINGLE_LETTER_SYMBOLS and not m.group("scale") and "," not in m.group("num"):
            continue  # "R2", "N95": a road, a grade or a code, not rand or naira
        pos = m.end()
        currency = currency_of(m.group("cur"), None)
        if currency is None:
            continue
        if currency == "$" and m.group("trail"):
            currency = currency_of(None, m.group("trail")) or "$"
        upper, upper_scale = _range_end(m)
        scale = _scale(m.group("scale")) if m.group("scale") else upper_scale
        amount = _number(m.group("num")) * scale
        qualifier = qualifier_before(text, m.start())
        if upper is not None and upper * upper_scale > amount:
            found.append(
                Money(
                    amount=upper * upper_scale,
                    currency=currency,
                    qualifier="up_to",
                    start=m.start(),
                    end=m.end(),
                    low=amount,
                )
            )
            continue
        if upper is not None:
            # "£60m – £1.4m for each force": an aside, not a range; read both sums.
            end = m.end("scale") if m.group("scale") else m.end("num")
            pos = end
            amount = _number(m.group("num")) * _scale(m.group("scale"))
            found.append(Money(amount, currency, qualifier, m.start(), end))
            continue
        found.append(Money(amount, currency, qualifier, m.start(), m.end()))
    return found


def _range_end(m: re.Match[str]) -> tuple[float | None, float]:
    """Upper bound and its scale when the match is a range, else (None, 1)."""
    if m.group("num2") and not m.group("scale"):
        return _number(m.group("num2")), _scale(m.group("scale2"))
    if m.group("num3") and m.group("scale"):
        return _number(m.group("num3")), _scale(m.group("scale3"))
    return None, 1.0


_ADJECTIVE_REACH = max(map(len, NATIONAL_ADJECTIVES)) + 4


_YEAR_NUMBER = lazy(r"(?:19|20)\d\d")


def _suffixed(text: str, lower: bytes, codes: list[int]) -> list[Money]:
    found = []
    for anchor in _suffix_anchors(text, lower, codes):
        qualifier_word = _CURWORD_QUALIFIER.search(text, max(0, anchor - _ADJECTIVE_REACH), anchor)
        word_start = qualifier_word.start() if qualifier_word else anchor
        head = _SUFFIX_HEAD.search(text, max(0, word_start - 50), word_start)
        cur = _CURRENCY_AT.match(text, word_start)
        if head is None or cur is None:
            continue
        currency = currency_of(None, cur.group(0))
        if currency is None:
            continue
        scale = _scale(head.group("scale"))
        if scale == 1 and _YEAR_NUMBER.fullmatch(head.group("num")) and not head.group("num2"):
            continue  # "in 2023 dollars": a year's money, a unit of measure, not a sum
        amount, low, qualifier = (
            _number(head.group("num")) * scale,
            None,
            qualifier_before(text, head.start()),
        )
        start = head.start()
        if scale >= 1e6 and (thousands := _THOUSANDS_BEFORE.search(text, max(0, start - 16), start)):
            # "3 thousand 800 million pesos", as Mexican releases in English write 3,800 million
            amount += float(thousands.group(1)) * 1000 * scale
            start = thousands.start()
            qualifier = qualifier_before(text, start)
        if head.group("num2"):
            low, amount, qualifier = amount, _number(head.group("num2")) * scale, "up_to"
        found.append(Money(amount, currency, qualifier, start, cur.end(), low))
    return found


_THOUSANDS_BEFORE = lazy(r"(?<![\w.,])(\d{1,3})\s+thousand\s+$", re.IGNORECASE)


def _find_all(haystack: AnyStr, needle: AnyStr) -> Iterator[int]:
    i = haystack.find(needle)
    while i != -1:
        yield i
        i = haystack.find(needle, i + 1)


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


# One pass for all codes: the engine tests the codes' first letters at each
# position, which beats a str.find per code.
_CODES_AT = lazy("|".join((*CODES, *SCALED_CODES)))
_CODE_BYTES = frozenset(code.encode("ascii") for code in (*CODES, *SCALED_CODES))


def _code_anchors(text: str, ascii_text: bytes) -> list[int]:
    """Where an ISO code starts a word ("EUR 40 million", "40 million EUR").

    Most texts name no code; the runs of capitals of the text show that in one pass, far
    cheaper than the pattern's scan of the whole text (``ascii_text``: the text encoded with
    a "?" for each other character). A code that starts a word starts a run of capitals."""
    runs = ascii_text.translate(_CAPITAL_RUNS).split()
    if _CODE_BYTES.isdisjoint(run[:3] for run in runs):
        return []
    return [m.start() for m in _CODES_AT.finditer(text) if _word_start(text, m.start())]


# Where a sum written with letters may start, in one scan of the text: "Rs" (rupees), a capital of
# SINGLE_LETTER_SYMBOLS ("R", "N", "P") or a letter symbol ("KSh", "GH¢") that starts a word and is
# followed by a character that may be a digit (str.isdigit, which holds more than the engine's \d),
# a letter symbol also after one space. (Separate scans per symbol cost several times as much.)
_LETTERS_BEFORE_DIGITS = lazy(
    rf"(?<![^\W_])(?:Rs|[{_SINGLE}](?=[^\W_A-Za-z])|(?:{_LETTERS})(?=\s?[^\W_A-Za-z]))"
)


def _prefix_anchors(text: str, codes: list[int]) -> list[int]:
    """Where a prefixed sum may start: a currency symbol (or its letters, "NZ$") or a code."""
    anchors: set[int] = set()
    for m in _LETTERS_BEFORE_DIGITS.finditer(text):
        if len(m.group()) > 1 or text[m.end()].isdigit():
            anchors.add(m.start())
    for symbol in SIGN_SYMBOLS:
        for i in _find_all(text, symbol):
            j = i
            while j > 0 and i - j < 3 and text[j - 1].isupper():
                j -= 1
            while j < i and text[j:i] not in _DOLLAR_PREFIXES:
                j += 1
            anchors.add(j if symbol == "$" else i)
    anchors.update(codes)
    return sorted(anchors)


def _suffix_anchors(text: str, lower: bytes, codes: list[int]) -> list[int]:
    """Where a currency word or code follows a number ("1.5 billion pounds", "40 million EUR")."""
    forms = _CURRENCY_FORMS.intersection(word_set(text))
    if not text.isascii() and (extra := [form for form, needle in _NON_ASCII_FORMS if needle in lower]):
        forms = forms.union(extra)
    stems = {_STEM_OF[form] for form in forms}
    anchors = {i for word in stems for i in _find_all(lower, word) if _word_start(text, i)}
    anchors.update(codes)
    return sorted(anchors)


def _worded(text: str, lower: bytes) -> list[Money]:
    found = []
    scales = sorted(
        (i, word)
        for word, needle in _SCALE_WORDS
        for i in _find_all(lower, needle)
        if _word_start(text, i) and not text[i + len(word) : i + len(word) + 1].isalnum()
    )
    for start_at, word in scales:
        end_at = start_at + len(word)
        # Cheap test first: the word before the scale must be a number word.
        before = text[max(0, start_at - 16) : start_at].split()
        if (
            not before
            or before[-1].rsplit("-", 1)[-1].rsplit("$", 1)[-1].lower().lstrip("£€¥₹") not in _NUMBER_WORDS
        ):
            continue
        window_start = max(0, start_at - 40)
        head = _WORDED_HEAD.search(text[window_start:start_at])
        if head is None:
            continue
        tail = _WORDED_TAIL.match(text, end_at)
        currency = currency_of(head.group("sym"), tail.group("cur") if tail else None)
        value = _word_number(head.group("words"))
        if currency is None or value is None:
            continue
        start = window_start + head.start()
        if (point := _POINT_BEFORE.search(text, max(0, start - 30), start)) is not None and value < 10:
            # "two point four billion dollars", as a transcript writes $2.4 billion
            whole = _word_number(point.group("words"))
            if whole is not None:
                value, start = whole + value / 10, point.start()
        amount = value * _SCALES[word]
        # "Eighteen Million Five Hundred Thousand Pesos": the larger parts written before this one
        while (larger := _LARGER_PART.search(text, max(0, start - 60), start)) is not None and (
            _SCALES[larger.group("scale").lower()] > _SCALES[word]
        ):
            part = _word_number(larger.group("words"))
            if part is None:
                break
            amount += part * _SCALES[larger.group("scale").lower()]
            start, word = larger.start(), larger.group("scale").lower()
        if _SCALES[word] >= 1e5 and (thousands := _THOUSANDS_WORDED.search(text, max(0, start - 40), start)):
            # "twelve thousand five hundred crore rupees": thousands of the scale, as Indian English says
            part = _word_number(thousands.group("words"))
            if part is not None:
                amount += part * 1000 * _SCALES[word]
                start = thousands.start()
        end = tail.end() if tail else end_at
        found.append(Money(amount, currency, qualifier_before(text, start), start, end))
    return found


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in order, none overlapping another."""
    # Three scans of the whole text: symbol first, currency word after, number words.
    # The words are looked for in ASCII bytes, a "?" for each other character, so offsets
    # are the text's: lower-casing bytes is a table lookup, a str's lower() is not (only
    # the Kelvin sign lowers to an ASCII letter, "k", which no currency or scale word holds).
    ascii_text = text.encode("ascii", "replace")
    lower = ascii_text.lower()
    codes = _code_anchors(text, ascii_text)
    found = [*_prefixed(text, codes), *_suffixed(text, lower, codes), *_worded(text, lower)]
    candidates = sorted(found, key=lambda mo: (mo.start, -(mo.end - mo.start)))
    result: list[Money] = []
    for money in candidates:
        if money.amount <= 0:
            continue
        if result and money.start < result[-1].end:
            continue
        # "£1bn-plus", "£5m or more": a floor, like "more than £1bn".
        plus = _PLUS_AFTER.match(text, money.end)
        qualifier: Qualifier = "at_least" if plus and money.qualifier == "exact" else money.qualifier
        end = plus.end() if plus else money.end
        # Round away float noise from scaling ("£8.3 billion" -> 8300000000.000001).
        result.append(Money(round(money.amount, 2), money.currency, qualifier, money.start, end, money.low))
    return _join_between(text, result)


def _join_between(text: str, sums: list[Money]) -> list[Money]:
    """ "between £10m and £20m" is one range, reported like "£10-20m"."""
    joined: list[Money] = []
    for money in sums:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.currency == money.currency
            and _BETWEEN.search(text[max(0, prev.start - 12) : prev.start])
            and re.fullmatch(r"\s+and\s+", text[prev.end : money.start])
        ):
            joined[-1] = Money(money.amount, money.currency, "up_to", prev.start, money.end, prev.amount)
            continue
        joined.append(money)
    return joined
