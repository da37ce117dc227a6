"""What a commitment is called: canonical keys, the terms that index it, acronyms.

People name the same recipient many ways: "the Border Security Command", "the
new border command", "the UK's Border Security Command", "the World Health
Organization to deliver vaccines to ...", "the WHO". Linking compares the
*terms* of two names: content words (articles, "new", country prefixes and
generic words such as "fund" dropped; trailing clauses cut), reduced to a
short stem so "Tasmania" meets "Tasmanian", plus the acronym a capitalised
name spells ("acr:who").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Words that say nothing about who receives the money or what the body is.
GENERIC_WORDS = frozenset(
    """
    a an the of for to and in on at by with from into its their our this that these those
    new additional extra further more another fresh
    fund funds funding programme programmes program programs scheme schemes package plan plans
    project projects initiative initiatives money million billion bn m grant grants
    national government governments federal
    """.split()
)
# Country and government prefixes that people add or drop ("the UK's ...").
COUNTRY_PREFIXES = (
    "uk",
    "the uk",
    "britain",
    "great britain",
    "england",
    "scotland",
    "wales",
    "northern ireland",
    "ireland",
    "canada",
    "australia",
    "new zealand",
    "the us",
    "us",
    "america",
    "the government",
    "government",
    "the state",
    "state",
)
# A trailing clause starts here: what follows says what the money does, not who gets it.
CLAUSE_STARTERS = re.compile(
    r"\s+(?:to\s+(?-i:(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b)|(?-i:which|that|who)\b|so that\b|"
    r"in order to\b|as part of\b|"
    r"over the\b|over \w+ years\b|from \d{4}\b|by \d{4}\b|until\b)"
    r"|[,;:(]\s*(?![A-Z]{2,}\))",
    re.IGNORECASE,
)
ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")
ALL_CAPS = re.compile(r"\b[A-Z][A-Z0-9&]{1,9}\b")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&-]*")
_INITIAL_SKIP = frozenset("and of for the in on at to de du la le".split())
STEM_LENGTH = 6
_LEADING_WORDS = re.compile(r"^(?:(?:the|a|an|new|its|their)\s+)+", re.IGNORECASE)
_LEADING_ARTICLES = re.compile(r"^(?:(?:the|a|an|new)\s+)+", re.IGNORECASE)


def stem(word: str) -> str:
    """A word cut to its first letters: "Tasmanian" and "Tasmania" meet, plurals too."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LENGTH]


# Longest prefix first, each as "X's ", "X’s " and "X ".
_PREFIX_FORMS = tuple(
    form
    for prefix in sorted(COUNTRY_PREFIXES, key=len, reverse=True)
    for form in (f"{prefix}'s ", f"{prefix}’s ", f"{prefix} ")
)


def _strip_prefixes(text: str) -> str:
    lowered = text.lower()
    if not lowered.startswith(_PREFIX_FORMS):  # most names: one test
        return text
    for form in _PREFIX_FORMS:
        if lowered.startswith(form) and len(text) > len(form) + 3:
            return text[len(form) :]
    return text


@lru_cache(maxsize=8192)
def head_of(label: str) -> str:
    """The name itself, without a leading article, "new", a country prefix or a trailing clause."""
    text = label.strip().strip(".,;:")
    match = CLAUSE_STARTERS.search(text)
    if match and match.start() >= 3:
        text = text[: match.start()]
    text = _LEADING_WORDS.sub("", text)
    text = _strip_prefixes(text)
    text = _LEADING_ARTICLES.sub("", text)
    return text.strip()


def canonical_key(label: str | None) -> str:
    """A comparable form of a name: lower case, content words only, in order."""
    if not label:
        return ""
    words = [w.lower() for w in _WORD.findall(head_of(label))]
    return " ".join(w for w in words if w not in GENERIC_WORDS)


def acronyms(label: str | None) -> set[str]:
    """Acronyms a name states ("(NFSI)", "WHO") or spells with its capitalised words."""
    if not label:
        return set()
    head = head_of(label)
    return _acronyms_of(label, head, _WORD.findall(head))


def _acronyms_of(label: str, head: str, words: list[str]) -> set[str]:
    """:func:`acronyms`, given the name's head and its words."""
    found = {m.lower() for m in ACRONYM_IN_BRACKETS.findall(label)}
    found |= {m.lower() for m in ALL_CAPS.findall(head) if not m.isdigit()}
    for run in _capitalised_runs(words):
        if len(run) >= 3:  # two capitalised words are a place ("South West"), not an acronym
            found.add("".join(w[0] for w in run).lower())
    return found


def _capitalised_runs(words: list[str]) -> list[list[str]]:
    """Runs of capitalised words ("World Health Organization"), small joining words allowed inside."""
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper() and not ALL_CAPS.fullmatch(word):
            runs[-1].append(word)
        elif word.lower() in _INITIAL_SKIP and runs[-1]:
            continue
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


_NO_TERMS: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=4096)
def _term_sets(label: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(all terms, the acronyms, the words) of a name, worked out together."""
    if not label:
        return _NO_TERMS
    # canonical_key's words and acronyms', from one reading of the name's head.
    head = head_of(label)
    read = _WORD.findall(head)
    lowered = (w.lower() for w in read)
    words = frozenset(stem(w) for w in lowered if w not in GENERIC_WORDS and (len(w) > 1 or w.isdigit()))
    found = frozenset(f"acr:{a}" for a in _acronyms_of(label, head, read))
    return words | found, found, words


def terms(label: str | None) -> frozenset[str]:
    """The terms that name a label: stems of its content words and ``acr:`` acronyms."""
    return _term_sets(label)[0]


def acronym_terms(label: str | None) -> frozenset[str]:
    """The ``acr:`` terms of a name (a shared acronym ties two names whatever else differs)."""
    return _term_sets(label)[1]


def word_terms(label: str | None) -> frozenset[str]:
    """The terms of a name's words, without its acronyms (no stem has a colon)."""
    return _term_sets(label)[2]


@lru_cache(maxsize=8192)
def completeness(label: str) -> tuple[int, int]:
    """How complete a name is: content words of its head, then shorter wins among equals."""
    return (len(canonical_key(label).split()), -len(label))


@lru_cache(maxsize=4096)
def leading_proper(label: str | None) -> str | None:
    """The stem of a name's first content word when it is a proper word (a place, a body):
    "Harrowdale" in "Harrowdale County Council rural roads fund"."""
    if not label:
        return None
    for word in _WORD.findall(head_of(label)):
        if word.lower() in GENERIC_WORDS:
            continue
        proper = word[:1].isupper() and not ALL_CAPS.fullmatch(word)
        return stem(word) if proper else None
    return None


def names_conflict(a: str | None, b: str | None) -> bool:
    """Two names led by different proper words ("Harrowdale Rural Roads Fund" /
    "Kestondale Rural Roads Fund", "Leeds City Council" / "Bristol City Council"), or
    the same thing in different places ("roads in Derby Old Town" / "roads in Ashford
    Old Town"), name two things, unless an acronym ties them."""
    return readings_conflict(reading(a), reading(b))


def readings_conflict(a: NameReading, b: NameReading) -> bool:
    """:func:`names_conflict` of two names already read."""
    if not a.acronyms.isdisjoint(b.acronyms):
        return False
    lead_a, lead_b = a.leading_proper, b.leading_proper
    if lead_a and lead_b and lead_a not in b.terms and lead_b not in a.terms:
        return True
    return bool(a.place - b.terms and b.place - a.terms)


# Where a described thing is: "roads in Derby", "schools across the Scottish Borders",
# "ferries to Tyne and Wear": a run of capitalised words after the preposition.
_PLACE = re.compile(
    r"\b(?:in|at|across|throughout|around|near)\s+(?:the\s+)?"
    r"([A-Z][A-Za-z0-9'’-]*(?:\s+(?:and\s+|of\s+|upon\s+)?[A-Z][A-Za-z0-9'’-]*)*)"
)


@lru_cache(maxsize=4096)
def place_of(label: str | None) -> frozenset[str]:
    """Stems of the proper words naming where a described thing is, if the name says."""
    match = _PLACE.search(head_of(label or ""))
    if not match:
        return frozenset()
    return frozenset(
        stem(word)
        for word in _WORD.findall(match.group(1))
        if word[:1].isupper() and not ALL_CAPS.fullmatch(word) and word.lower() not in GENERIC_WORDS
    )


@lru_cache(maxsize=4096)
def proper_terms(label: str | None) -> frozenset[str]:
    """Stems of the capitalised content words of a name's head (places, bodies)."""
    if not label:
        return frozenset()
    return frozenset(
        stem(w)
        for w in _WORD.findall(head_of(label))
        if w[:1].isupper() and not ALL_CAPS.fullmatch(w) and w.lower() not in GENERIC_WORDS
    )


def proper_words_differ(a: str | None, b: str | None) -> bool:
    """Each name has a proper word the other lacks ("stations in Carlisle Riverside" /
    "depots in Barnsley Riverside"): weak evidence cannot make them one."""
    return bool(proper_terms(a) - terms(b)) and bool(proper_terms(b) - terms(a))


@lru_cache(maxsize=8192)
def _lead(label: str | None) -> str | None:
    for word in _WORD.findall(head_of(label or "")):
        if word.lower() not in GENERIC_WORDS:
            return stem(word)
    return None


def leads_differ(a: str | None, b: str | None) -> bool:
    """The names start from different things ("hospitals in Ashford South" / "parks in
    Ashford South"): what they share is only where, not what."""
    return readings_lead_differ(reading(a), reading(b))


def readings_lead_differ(a: NameReading, b: NameReading) -> bool:
    """:func:`leads_differ` of two names already read."""
    if not a.acronyms.isdisjoint(b.acronyms):
        return False
    return bool(a.lead and b.lead and a.lead not in b.terms and b.lead not in a.terms)


@dataclass(frozen=True, slots=True)
class NameReading:
    """What comparing two names reads of each, worked out once per name: linking compares
    a mention's name with a dozen candidates' names, nearly every pair a new one, and
    asking each cached function in turn cost more than the comparisons."""

    terms: frozenset[str]
    acronyms: frozenset[str]  # the acr: terms
    words: frozenset[str]  # the terms of its words, no acronyms
    leading_proper: str | None
    lead: str | None
    place: frozenset[str]


@lru_cache(maxsize=8192)
def reading(label: str | None) -> NameReading:
    """A name as :func:`names_conflict`, :func:`leads_differ` and linking's overlap read it."""
    all_terms, acronyms_found, words = _term_sets(label)
    return NameReading(all_terms, acronyms_found, words, leading_proper(label), _lead(label), place_of(label))
