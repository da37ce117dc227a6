"""Fuzzy name comparison used to merge restatements within one document.

The same body or person is often written several ways in one announcement
("the new Cyber and Electromagnetic Command", "new flood command"); a
token-set ratio treats a name whose words are a subset of another's as the
same name, which is what restatements look like.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from tracker.extract.regex import lazy

_NON_WORD = lazy(r"[^\w\s]")
_LEADING = lazy(r"^(?:(?:a|an|the|new)\s+)+")


# Every byte but a-z to a space: see ascii_words.
_NOT_A_TO_Z = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))


def ascii_words(lowered: str) -> list[str]:
    """The runs of a-z in ``lowered``, in order: what ``re.findall("[a-z]+", lowered)``
    returns, in about a third of its time (each other character, ASCII or not, becomes
    a space, and the text is split on spaces)."""
    return lowered.encode("ascii", "replace").translate(_NOT_A_TO_Z).decode("ascii").split()


# A-Z to a-z, a-z kept, every other byte to a space: ascii_words of an ASCII text's lower
# case in one translation (for ASCII text, lower() changes A-Z only).
_A_TO_Z_LOWERED = bytes(
    byte + 0x20 if 0x41 <= byte <= 0x5A else byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256)
)


def cuts_word(text: str, i: int) -> bool:
    """Whether offset ``i`` falls between two a-z letters of ``text``: a window of the text
    cut there starts or ends with a piece of a word, which is none of its words (word_set)."""
    # (two characters are both a-z letters when their pair is ASCII and alphabetic)
    return 0 < i < len(text) and (pair := text[i - 1 : i + 1]).isascii() and pair.isalpha()


_AZ_RUN = lazy(r"[A-Za-z]+")
_AZ_RUN_AT_END = lazy(r"[A-Za-z]+$")


def leading_piece(text: str, start: int) -> str:
    """The lower-case piece of an a-z word that ``text[start:]`` starts with when ``start``
    cuts the word in two (a word gate must let it through: a cue reading the window sees
    the piece as a word), else ""."""
    if cuts_word(text, start):
        return _AZ_RUN.match(text, start).group(0).lower()  # type: ignore[union-attr]
    return ""


def trailing_piece(text: str, end: int) -> str:
    """The lower-case piece of an a-z word that ``text[:end]`` ends with when ``end`` cuts it, else ""."""
    if cuts_word(text, end):
        return _AZ_RUN_AT_END.search(text, 0, end).group(0).lower()  # type: ignore[union-attr]
    return ""


@lru_cache(maxsize=512)
def word_set(text: str) -> frozenset[str]:
    """The lower-case words of a sentence; each finder gates on it, so it is computed once."""
    return words_of(text)


def words_of(text: str) -> frozenset[str]:
    """:func:`word_set` without its cache: for the short windows around one sum, read once
    each (caching them would only push the sentences out of word_set's cache)."""
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_A_TO_Z_LOWERED).decode("ascii").split())
    if _LOWERS_TO_A_TO_Z[0] in text or _LOWERS_TO_A_TO_Z[1] in text:
        return frozenset(ascii_words(text.lower()))
    # Every other character outside ASCII lowers to characters outside ASCII, which split
    # words as the "?" it is encoded to does: the ASCII letters are lowered by the table, and
    # the text is not lowered first (str.lower() of a long text is half of this function).
    return frozenset(text.encode("ascii", "replace").translate(_A_TO_Z_LOWERED).decode("ascii").split())


# The only characters outside ASCII whose lower case holds an a-z letter: "İ" ("i" and a
# combining dot) and the Kelvin sign ("k").
_LOWERS_TO_A_TO_Z = ("\u0130", "\u212a")


def norm(text: str) -> str:
    """Lower-case, punctuation to spaces, single-spaced."""
    return " ".join(_NON_WORD.sub(" ", text.lower().replace("’", "'")).split())


def norm_name(text: str) -> str:
    """A unit name without a leading article or "new"."""
    return _LEADING.sub("", norm(text))


def ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 100.0 * SequenceMatcher(None, a, b).ratio()


def _plain_ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio()


def token_set_ratio(a: str, b: str) -> float:
    """fuzzywuzzy-style token-set ratio of two already normalised strings."""
    ta, tb = set(a.split()), set(b.split())
    if not ta or not tb or ta.isdisjoint(tb):
        return 0.0 if not ta or not tb else 100.0 * _plain_ratio(a, b)
    if ta <= tb or tb <= ta:
        return 100.0  # one name's words are all in the other's
    common = " ".join(sorted(ta & tb))
    left = f"{common} {' '.join(sorted(ta - tb))}".strip()
    right = f"{common} {' '.join(sorted(tb - ta))}".strip()
    scores = [ratio(left, right)]
    if common:
        scores += [ratio(common, left), ratio(common, right)]
    return max(scores)


def token_set_ratio_at_least(a: str, b: str, threshold: float) -> bool:
    """``token_set_ratio(a, b) >= threshold``, without the costly matching when the
    lengths alone show it cannot reach the threshold (a ratio is at most
    2 * shorter / (sum of lengths) of the strings it compares)."""
    ta, tb = set(a.split()), set(b.split())
    if not ta or not tb:
        return False
    if ta <= tb or tb <= ta:
        return True
    common = " ".join(sorted(ta & tb))
    left = len(common) + sum(len(w) + 1 for w in ta - tb)
    right = len(common) + sum(len(w) + 1 for w in tb - ta)
    bound = 2 * min(left, right) / (left + right)
    if common:
        c = len(common)
        bound = max(bound, 2 * c / (c + left), 2 * c / (c + right))
    if 100.0 * bound < threshold:
        return False
    # token_set_ratio(a, b) >= threshold, each ratio first bounded from above by
    # difflib's cheap quick ratios (ratio <= quick_ratio <= real_quick_ratio).
    if ta.isdisjoint(tb):
        return _ratio_at_least(" ".join(sorted(a.split())), " ".join(sorted(b.split())), threshold)
    left_text = f"{common} {' '.join(sorted(ta - tb))}".strip()
    right_text = f"{common} {' '.join(sorted(tb - ta))}".strip()
    if _ratio_at_least(left_text, right_text, threshold):
        return True
    return bool(common) and (
        _ratio_at_least(common, left_text, threshold) or _ratio_at_least(common, right_text, threshold)
    )


def _ratio_at_least(a: str, b: str, threshold: float) -> bool:
    """``ratio(a, b) >= threshold``, trying difflib's upper bounds before the full matching."""
    if not a or not b:
        return threshold <= 0.0
    # difflib's real_quick_ratio, worked out before the matcher is built (building it
    # indexes ``b``; most pairs fail on their lengths alone).
    if 100.0 * (2.0 * min(len(a), len(b)) / (len(a) + len(b))) < threshold:
        return False
    matcher = SequenceMatcher(None, a, b)
    if 100.0 * matcher.quick_ratio() < threshold:
        return False
    return 100.0 * matcher.ratio() >= threshold


def trailing_piece_backwards(text: str, end: int) -> str:
    """What :func:`trailing_piece` returns, read backwards: the run of a-z letters is matched at
    the start of ``text[:end]`` reversed (the engine tries one position) rather than searched for
    as a run that ends at ``end`` (tried at every position of the text before it)."""
    if cuts_word(text, end):
        return _AZ_RUN.match(text[end - 1 :: -1]).group(0)[::-1].lower()  # type: ignore[union-attr]
    return ""
