"""Noun phrases that name an organisational unit, found around a head noun.

Two shapes occur in announcements. A proper name is a run of capitalised
words containing the head ("Coastal Smuggling Intelligence Unit",
"Office for Rural Affairs", "Trade, Industry & Skills Office").
A description is lower-case modifiers before the head plus an optional purpose
or size ("county social media hub", "unit to improve the sharing of
intelligence", "team of 300 people"). Whether the phrase is a *new* unit is
decided by :mod:`tracker.extract.units` from the words around it.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import compress, count
from typing import NamedTuple

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy
from tracker.extract.similarity import word_set

HEADS = lex.alternation(lex.BODY_HEAD_FORMS)
# Single words of the heads ("task" of "task force" stands for it).
_HEAD_WORDS = frozenset(w for w in lex.BODY_HEAD_FORMS if " " not in w) | {"task"}
HEAD_WORDS = _HEAD_WORDS  # a sentence with none of these has no head noun
# The words of _DESCRIPTIVE_HEADS below: only these name a unit in lower case.
_DESCRIPTIVE_WORDS = frozenset(w for w in lex.DESCRIPTIVE_HEAD_FORMS if " " not in w) | {"task"}
# Lower-case heads that only say a body is created ("a new standards office"), never name one.
_EVENT_WORDS = frozenset(lex.EVENT_HEAD_FORMS)
_FUND_WORDS = frozenset(lex.FUND_HEAD_FORMS)
_SCALES = frozenset("million billion bn m k thousand".split())


def has_head_word(text: str) -> bool:
    """Cheap pre-check: does the sentence contain any unit head noun?"""
    return has_head_word_in(text, word_set(text))


def has_head_word_in(text: str, words: frozenset[str]) -> bool:
    """:func:`has_head_word` for a sentence whose word set is at hand."""
    hits = _HEAD_WORDS.intersection(words)
    if not hits or not _DESCRIPTIVE_WORDS.isdisjoint(hits):
        return bool(hits)
    if "new" in words and not _EVENT_WORDS.isdisjoint(hits):
        return True  # "a new standards office", "New body to protect tenants"
    if ("group" in hits or "groups" in hits) and not _GROUP_KINDS.isdisjoint(words):
        return True  # "a new interagency working group"
    # Other heads ("office", "board", "group") name a unit only when capitalised
    # ("Extreme Heat Working Group"); in lower case they are ordinary words.
    return any(word.capitalize() in text for word in hits)


_TOKEN = lazy(r"[£$€]?[\w'’.–-]*\w[\w'’–-]*|&|,|\S")
# Punctuation that ends a word ("Taskforce," "2030."): a token of its own after the word.
# (None of them is a word character or one of the characters _TOKEN keeps inside a word
# at its end: a word is matched up to its last word character, then this is one \S token.)
_CLOSING = frozenset(',.;:!?)]}"”')
_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "Of", "For", "And", "On"})
# A day or a month after "on" or "for" is a date, not more of the name ("the X Authority on Thursday").
_DATE_WORDS = frozenset((*lex.WEEKDAYS, *lex.MONTHS))
# Words of a name that a field follows with "in" ("Centre of Excellence in Quantum Biology").
_FIELD_BEFORE_IN = frozenset(lex.NAME_WORDS_BEFORE_FIELD) | frozenset(lex.MISSION_HEADS)
_MISSION_HEADS = frozenset(lex.MISSION_HEADS)
# Capitalised words that start a sentence or a headline but are not part of a name.
_LEADING_NOISE = frozenset(
    "the a an new this our their its his her known called launching creating plans plan government "
    "today minister secretary".split()
)
# First words after "New" in a place name ("New Zealand", "New South Wales").
_NEW_PLACE_FIRST = frozenset(w.split()[0] for w in lex.NEW_PLACE_WORDS)
# Offices of people: a unit name does not start with one ("Chair and Board of X").
_OFFICE_WORDS = frozenset(w for w in lex.ROLE_TITLES if " " not in w) - frozenset(lex.BODY_HEAD_FORMS)
# Capitalised words that end a name on the left in title-case headlines, and
# say the named body is new.
_HEADLINE_CUES = frozenset(
    "New Launches Launch Launched Creates Create Created Unveils Unveiled Establishes Established Sets "
    "Opens Forms Formed Announces Announced".split()
)
# Lower-case words that may modify a head noun inside a description.
_STOP_MODIFIERS = frozenset(
    "a an the new newly its their our his her this that these those and or of for to in on at by with from "
    "is are was were be been will would has have had which who as than also further more dedicated "
    "existing former current same million billion bn m k pound euro dollar multi-million-pound better "
    "different other".split()
)
# Lower-case heads that describe a unit; "the board", "a body", "a service"
# are too common as ordinary words to name anything, and "a new academy" or
# "campus" is a school or a building.
# (a head is read as its lower-cased tokens joined by one space)
_DESCRIPTIVE_HEADS = frozenset(
    (
        *lex.DESCRIPTIVE_HEAD_FORMS,
        *(f"{kind} {group}" for kind in lex.GROUP_KINDS for group in ("group", "groups")),
    )
)
# "working group", "advisory group": the kinds of group that are bodies.
_GROUP_KINDS = frozenset(lex.GROUP_KINDS)
# Modifiers that describe any unit; a phrase made only of these names nothing.
GENERIC_MODIFIERS = frozenset(
    "specialist joint multi-agency cross-sector cross-government independent national special central "
    "single small expert permanent dedicated new first expert-led ministerial government state federal "
    "provincial statutory standing temporary interim".split()
)
_PURPOSE_END = lazy(
    r"[,;:.(]|\s(?:which|who|that|and\s+will|as\s+part|with|while|after|before|will|would|is|are|has|was)\s"
)
_SIZE = lazy(
    r"^\s+of\s+(?:around\s+|about\s+|some\s+|up\s+to\s+)?(?:[\d,]+|[a-z]+(?:\s+hundred|\s+thousand)?)\s+"
    rf"(?:people|{'|'.join(w for w in lex.STAFF_NOUNS if w.islower() and ' ' not in w)})\b"
)
_NUMBER_LIKE = lazy(r"[\d£$€]")
_PLAIN_WORD = lazy(r"^[\w'’–-]+$")
_PURPOSE = lazy(r"^\s+(?:to|on)\s+(?!be\s)[a-z]+\b")  # ("a unit to be set up in X": no purpose)
_SIZE_OR_PURPOSE = frozenset(("of", "to", "on"))  # the first word of each


class UnitName(NamedTuple):
    """A unit name in a sentence. (A named tuple: made for every head noun read, and a
    frozen dataclass costs several times as much to build.)"""

    name: str
    start: int  # offsets into the sentence
    end: int
    proper: bool
    generic: bool  # a description with nothing but generic modifiers
    paraphrase: bool  # generic modifiers plus a purpose or size: describes, does not name
    led_by_new: bool  # a headline "New X Hubs" had its leading "New" stripped
    described: bool = False  # has a purpose ("to improve ...") or a size ("of 2,500 people")
    event_only: bool = False  # a lower-case office, authority or body: a creation, never a name


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() and token[-1:].isalpha() and token.upper() == token)


class Tokens:
    """Words, commas and ampersands of a sentence with their offsets.

    The tokens are _TOKEN's matches. No match holds white space, so the matches of a
    sentence are those of its white-space separated chunks, and every character of a
    chunk is in one of them: a chunk of letters and digits is one token, a word followed
    by a closing punctuation mark two, and only other chunks are scanned by the pattern
    (most sentences hold a few). Offsets are worked out only for the tokens that bound a
    name.
    """

    __slots__ = ("_found", "_glued", "_regular", "lower", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words, self._glued = _split_tokens(text)
        self.lower = list(map(str.lower, self.words))
        self._regular: bool | None = None  # one white-space character between chunks
        self._found: list[int] | None = None  # every offset, when the spacing is irregular

    def __len__(self) -> int:
        return len(self.words)

    def start(self, i: int) -> int:
        """Where token ``i`` starts. With one white-space character between chunks, that is
        the length of the tokens before it plus one for each of them that ends a chunk;
        otherwise each token is found from the end of the one before."""
        # (the tokens joined by one space are as long as the tokens plus one less space than
        # there are tokens: a join counts the lengths for less than a sum of them does)
        if self._regular is None:
            self._regular = len(self.text) == len(" ".join(self.words)) - len(self._glued)
        if self._regular:
            return (len(" ".join(self.words[:i])) + 1 if i else 0) - bisect_right(self._glued, i)
        if self._found is None:
            self._found = _found_starts(self.text, self.words)
        return self._found[i]

    def end(self, i: int) -> int:
        return self.start(i) + len(self.words[i])


def _split_tokens(text: str) -> tuple[list[str], list[int]]:
    """_TOKEN's matches in ``text``, in order (see :class:`Tokens`), and the indexes of
    those that continue a chunk (no white space before them)."""
    words: list[str] = []
    glued: list[int] = []
    for chunk in text.split():
        if chunk.isalnum():  # what \w matches but "_": the chunk is one match
            words.append(chunk)
            continue
        if chunk[-1] in _CLOSING and chunk[:-1].isalnum():
            parts = [chunk[:-1], chunk[-1]]
        else:
            parts = _TOKEN.findall(chunk)
        glued += range(len(words) + 1, len(words) + len(parts))
        words += parts
    return words, glued


def _found_starts(text: str, words: list[str]) -> list[int]:
    """Where each token starts: only white space lies between a token and the next, and a
    token holds none, so the next one starts where ``find`` first sees it."""
    found = []
    end = 0
    for word in words:
        end = text.find(word, end)
        found.append(end)
        end += len(word)
    return found


def tokenize(text: str) -> Tokens:
    """Words, commas and ampersands of a sentence with their offsets."""
    return Tokens(text)


def head_indexes(tokens: Tokens) -> list[tuple[int, int]]:
    """(first, last) token indexes of each head noun; "task force" is two tokens."""
    lower = tokens.lower
    found = []
    # (the indexes of the head words picked out without a Python-level loop over every token)
    for i in compress(count(), map(_HEAD_WORDS.__contains__, lower)):
        if lower[i] == "task":
            if i + 1 < len(lower) and lower[i + 1] in ("force", "forces"):
                found.append((i, i + 1))
        elif lower[i] in ("group", "groups") and i > 0 and lower[i - 1] in _GROUP_KINDS:
            found.append((i - 1, i))
        else:
            found.append((i, i))
    return found


def name_at(text: str, tokens: Tokens, first: int, last: int) -> UnitName | None:
    """The unit name whose head noun spans tokens ``first``..``last``, if it is one."""
    if tokens.words[first][:1].isupper():
        return _proper(text, tokens, first, last)
    return _description(text, tokens, first, last)


_LIST_WORDS = frozenset(("&", "and"))


# Lower-case words after which a capitalised "New" is a name's own word, in running text:
# "chairman of the New Urban Communities Authority" (a title-case headline capitalises them all).
_BEFORE_NAMED_NEW = frozenset("the of for to at by from with".split())


def _names_new(words: list[str], at: int) -> bool:
    return words[at] == "New" and at > 0 and words[at - 1] in _BEFORE_NAMED_NEW


def _proper(text: str, tokens: Tokens, first: int, last: int) -> UnitName | None:
    words = tokens.words
    if words[last] == "Branch" and last + 1 < len(words) and _is_cap(words[last + 1]):
        return (
            None  # "the new Yarrabee Branch Library": a branch of something else, which the next word names
        )
    j = first
    led_by_new = False
    while j > 0:
        prev = words[j - 1]
        if (
            prev in _HEADLINE_CUES
            and not (prev == "New" and words[j] in _NEW_PLACE_FIRST)
            and not _names_new(words, j - 1)
        ):
            # Title-case headline: "Government Launches New Child Poverty Taskforce".
            led_by_new = True
            break
        # (the tests in order of cost: most names are left by a capitalised word, and
        # _is_cap's first test, written out, spares them a call)
        if (
            prev[:1].isupper()
            or _is_cap(prev)
            or (prev in _CONNECTORS and j >= 2 and _is_cap(words[j - 2]))
            # "Trade, Industry & Skills Office": a comma inside a listed name.
            or (
                prev == ","
                and j >= 2
                and _is_cap(words[j - 2])
                and _is_cap(words[j])
                and not _LIST_WORDS.isdisjoint(words[: last + 1])
            )
        ):
            j -= 1
        else:
            break
    k = last
    if words[k] == "Consulate" and k + 1 < len(words) and words[k + 1] == "General":
        k += 1  # "Consulate General of Ireland": one head, written in two words
    while k + 2 < len(words) and (
        words[k + 1] in _CONNECTORS
        or (words[k + 1] == "in" and (words[k] in _FIELD_BEFORE_IN or words[last] in _MISSION_HEADS))
    ):
        step = 2 if words[k + 2] not in ("the", "The") else 3
        if k + step < len(words) and _is_cap(words[k + step]) and words[k + step] not in _DATE_WORDS:
            k += step
            while k + 1 < len(words) and _is_cap(words[k + 1]) and words[k + 1] not in ("I",):
                k += 1
        else:
            break
    lower = tokens.lower
    while (
        j < first
        and not (words[j] == "New" and words[j + 1] in _NEW_PLACE_FIRST)
        and not _names_new(words, j)
        and (
            lower[j] in _LEADING_NOISE
            or lower[j] in _OFFICE_WORDS
            or words[j] in _CONNECTORS
            or words[j] == ","
        )
    ):
        led_by_new = led_by_new or lower[j] == "new"
        j += 1
    start, end = tokens.start(j), tokens.end(k)
    name = text[start:end]
    if j == first and k == last:
        # A lone capitalised head ("the new Command") names nothing by itself.
        return UnitName(name, start, end, False, True, False, led_by_new)
    return UnitName(name, start, end, True, False, False, led_by_new)


def _description(text: str, tokens: Tokens, first: int, last: int) -> UnitName | None:
    words = tokens.words
    lower = tokens.lower
    head = lower[first] if first == last else " ".join(lower[first : last + 1])
    event_only = head in _EVENT_WORDS
    if not event_only and head not in _DESCRIPTIVE_HEADS:
        return None
    j = first
    while j > 0 and first - j < 4:
        prev = words[j - 1]
        if lower[j - 1] in _STOP_MODIFIERS:
            break
        # (a word of letters only is a plain word without a digit, a currency sign or "'s")
        if not prev.isalpha() and (
            _NUMBER_LIKE.search(prev) or not _PLAIN_WORD.match(prev) or prev.endswith(("'s", "’s"))
        ):
            break
        j -= 1
    modifiers = lower[j:first]
    # "a £200m youth endowment fund" is named by its sum and words; "a new hardship fund" is not
    sized = j > 0 and (lower[j - 1] in _SCALES or _NUMBER_LIKE.search(words[j - 1]) is not None)
    event_only = event_only or (head in _FUND_WORDS and not sized)
    start, end = tokens.start(j), tokens.end(last)
    # (a size or a purpose starts with the token after the head: "of", "to" or "on")
    after = words[last + 1] if last + 1 < len(words) else ""
    rest = text[end:] if after in _SIZE_OR_PURPOSE else ""
    size = _SIZE.match(rest) if after == "of" else None
    purpose = _PURPOSE.match(rest) if after != "of" else None
    if size:
        end += size.end()
    elif purpose:
        stop = _PURPOSE_END.search(rest, purpose.end())
        end += stop.start() if stop else len(rest)
    # "new urgent care centres in every county": a lower-case plural is a set of places or teams, not one
    # body; it is kept only as a creation the text may name ("the Teaching School Hubs")
    plural = head != (_HEAD_SINGULARS.get(head) or _singular(head)) and head.islower()
    plain = plural or GENERIC_MODIFIERS.issuperset(modifiers)
    described = bool(size or purpose)
    return UnitName(
        text[start:end].strip(),
        start,
        end,
        False,
        plain and not described and not event_only,
        plain and described,
        False,
        described,
        event_only,
    )


def _singular(word: str) -> str:
    if word in ("campus", "corps") or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("uses", "xes", "eaux")):
        return word[:-2] if not word.endswith("eaux") else word[:-1]
    return word[:-1] if word.endswith("s") else word


# Each one-word head form and its singular, worked out once.
_HEAD_SINGULARS = {w: _singular(w) for w in (w.lower() for w in lex.BODY_HEAD_FORMS if " " not in w)}


@lru_cache(maxsize=64)
def head_of(name: str) -> str:
    """The singular head noun of a unit name, for comparing names. (Cached: a text's names
    are compared several times; a few dozen names are read in one text.)"""
    words = name.lower().split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        head = _HEAD_SINGULARS.get(word)
        if head is not None:
            return head
        if word in ("force", "forces") and i and words[i - 1] == "task":
            return _singular(f"task {word}")
    return ""
