"""People in a sentence: names with their honorifics, styles and post-nominals.

A person mention is a run of capitalised name tokens (given names, surnames,
initials, particles such as "de", "van" or "Ní", hyphenated and Gaelic
names) optionally preceded by honorifics and styles ("Dr", "Ms", "Professor",
"the Hon.", "Sir", "Dame") and followed by post-nominals and suffixes ("MP",
"TD", "PSM", "OBE", "Jr."). Words of rank and office before the name
("Detective Chief Superintendent", "Deputy chair", "Commissioner") are not
part of the name; they stay in the text, where the appointment relations read
them as a title.

:func:`mask` replaces each mention by a placeholder ``⟨Pn⟩`` so that the
relations between people and posts (:mod:`tracker.extract.appointments`) are
patterns over a sentence in which every person is one token.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy

# (with the capitals of Central and Eastern Europe's Latin letters: "Łukasz", "Šimon", "Żaneta")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A capitalised word: "McAllan", "O'Dowd", "Reyes-Forbes", but not the "'s" of a possessive; a
# Luo name may end with an apostrophe after "ng" ("Ochieng'", "Achieng'").
_WORD_TAIL = r"\w*(?:['’](?!s\b)\w+)*(?:(?<=ng)['’](?!\w))?"
# A given name of two syllables joined by a hyphen, as Hong Kong releases write them ("Chi-wing").
_SYLLABLES = rf"[{_UPPER}][a-z]{{1,4}}-(?!(?:{lex.alternation(lex.COMPOUND_SUFFIXES)})\b)[a-z]{{2,5}}\b(?!-)"
_NAME_TOKEN = rf"(?:{_SYLLABLES}|[{_UPPER}]{_WORD_TAIL}(?:-[{_UPPER}]{_WORD_TAIL})*)"
_PARTICLES = frozenset(lex.NAME_PARTICLES)
_GIVEN_PARTICLES = frozenset(lex.GIVEN_NAME_PARTICLES)
_CHINESE_FAMILY = frozenset(lex.CHINESE_FAMILY_NAMES)
_PARTICLE = lex.alternation(lex.NAME_PARTICLES)
_HONORIFIC_DOT = lex.alternation(lex.TITLE_ABBREVIATIONS)
# One run: honorifics (with or without a full stop, "the Hon."), name tokens,
# initials and particles, then post-nominals. Runs are cut again into their parts.
_SP = r"[ \t\u00a0]+"  # a run never crosses a line
# Each token is tried once, left to right (no overlapping alternatives: the scan is linear).
_NAME_ABBREVIATION = lex.alternation(lex.GIVEN_NAME_ABBREVIATIONS)
_FIRST = (
    rf"(?:{_HONORIFIC_DOT}\.(?={_SP})|(?:{_NAME_ABBREVIATION})\.(?={_SP}[{_UPPER}])|[{_UPPER}]\.(?={_SP}[{_UPPER}])"
    rf"|{_NAME_TOKEN})"
)
_NEXT = (
    rf"(?:{_HONORIFIC_DOT}\.(?={_SP})|(?:Jr|Sr)\.|(?:{_NAME_ABBREVIATION})\.(?={_SP}[{_UPPER}])"
    rf"|[{_UPPER}]\.(?={_SP}[{_UPPER}])"
    # (particles may follow each other: "Pieter van der Walt", "María de la Cruz")
    rf"|{_PARTICLE}(?={_SP}(?:[{_UPPER}]|(?:{_PARTICLE}){_SP}[{_UPPER}]))|{_NAME_TOKEN})"
)
_RUN_BODY = (
    rf"{_FIRST}(?:{_SP}{_NEXT})*"
    rf"(?:,?{_SP}(?:Jr\.?|Sr\.?|II|III|IV)(?![\w]))?"
    # degrees after a comma, each with its own: "Ann Lee, M.D., M.P.H."
    rf"(?:,{_SP}{lex.DOTTED_DEGREE}(?![\w.]))*"
)
_RUN = lazy(rf"(?<![\w'’.-])(?:(?i:the){_SP}(?=Hon(?:\.|ourable\b)))?{_RUN_BODY}")
# _RUN for a text that does not hold "Hon": the optional "the" before "Hon." or "Honourable"
# cannot match there, so both find the same runs; without it a search no longer stops at
# every lower-case "t" of the text.
_RUN_WITHOUT_HON = lazy(rf"(?<![\w'’.-]){_RUN_BODY}")
_POSTNOMINAL = lazy(rf"^(?:{lex.POSTNOMINAL}|(?:Jr|Sr)\.?|II|III|IV)$")
_SUFFIXES = frozenset(("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"))
# Given names written short ("Ma. Cristina"): part of the name, not an honorific.
_GIVEN_SHORT = frozenset(f"{w}." for w in lex.GIVEN_NAME_ABBREVIATIONS)
# The post-nominals of a legislature's members, which the press also writes before a name with the
# member's seat ("Clare TD Gráinne Ní Bhriain").
_MEMBER_POSTNOMINALS = frozenset(lex.MEMBER_POSTNOMINALS)
_HONORIFICS = frozenset(lex.HONORIFICS) | frozenset(f"{w}." for w in lex.TITLE_ABBREVIATIONS)
_STYLES = frozenset(lex.STYLES)
# Words that end a name on the left: ranks, titles, offices and ordinary capitalised words.
# (and countries: "Immigration, Refugees and Citizenship Canada" names a department, not a person)
NOT_NAME = (
    frozenset(lex.NOT_NAME_WORDS)
    | frozenset(lex.RANKS)
    | frozenset(lex.MONTHS)
    | frozenset(lex.WEEKDAYS)
    | frozenset(w for w in lex.DONOR_COUNTRIES if " " not in w and len(w) > 3)
)


_RANKS = frozenset(lex.RANKS)
_TITLE_PARTS = frozenset(w.capitalize() for w in lex.ROLE_TITLES if " " not in w and "-" not in w)


def _hyphenated_rank(token: str) -> bool:
    """A rank or title written with a hyphen ("Vice-Admiral", "Lieutenant-Colonel", "Director-General",
    "Secretary-General"): every part a rank or a title."""
    return "-" in token and all(part in _RANKS or part in _TITLE_PARTS for part in token.split("-"))


# Offices a person is given (not bodies): a name may be followed by one ("Tom Walsh Minister for Housing").
_OFFICES = frozenset(w.capitalize() for w in lex.ROLE_TITLES if " " not in w) - frozenset(lex.SURNAME_TITLES)


@dataclass(frozen=True)
class Person:
    """One person mentioned in a sentence (offsets into the sentence)."""

    name: str  # given name(s) and surname as reported, with a kept style ("Sir Alan Brent")
    start: int  # where the mention starts (honorifics and styles included)
    end: int  # where it ends (post-nominals included)
    titled: bool  # an honorific, style, rank or office word came right before the name
    styled: str = ""  # "Sir", "Dame", "Lord" ... written before the name

    @property
    def surname(self) -> str:
        return surname(self.name)


def surname(name: str) -> str:
    parts = [p for p in name.split() if p not in _SUFFIXES]
    return parts[-1].lower() if parts else ""


def _core(tokens: list[str]) -> list[str]:
    """The name as written ("Peter Mwangi Kariuki", "Chloe Lau Mei Xin"), suffixes last."""
    suffix = [t for t in tokens if t in _SUFFIXES]
    names = [t for t in tokens if t not in _SUFFIXES]
    return [*names, *suffix]


def given_and_surname(name: str) -> str:
    """The short form a reader calls someone by: "Mary Anne Jones" -> "Mary Jones".
    Initials ("P. R. Lathika"), particles ("Ana de la Cruz") and three-part Chinese
    names ("Tan Wei Ming") are kept whole, as are styles ("Sir Alan Brent")."""
    tokens = name.split()
    suffix = [t for t in tokens if t in _SUFFIXES]
    names = [t for t in tokens if t not in _SUFFIXES]
    style = names[:1] if names and names[0] in _STYLES else []
    names = names[len(style) :]
    initials_only = all(_INITIAL.match(t) for t in names[:-1])
    chinese = len(names) == 3 and names[0] in _CHINESE_FAMILY and all(len(t) <= 5 for t in names[1:])
    if len(names) >= 3 and not initials_only and not chinese and not any(t in _PARTICLES for t in names):
        names = [names[0], names[-1]]
    return " ".join([*style, *names, *suffix])


_INITIAL = lazy(rf"^[{_UPPER}]\.$")
# Words before a title written in capitals ("the inaugural", "the mayor's"): what follows is no person.
_DETERMINER_BEFORE = lazy(
    r"\b(?:the|a|an|its|their|his|her|our|new|inaugural|first|founding|interim|acting|[\w-]+['’]s)\s+$"
)
# What follows a dateline's place in capitals: "PORT MORESBY — ", "APIA, Samoa - ", "SUVA (Reuters) -".
_DATELINE_AFTER = lazy(r"(?:,\s*[A-Z][\w .]{1,30})?\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?:—|–|-{1,2}|:)\s")
# "Centre for Student Wellbeing": a run right after "X of/for/and" continues an organisation's name.
_RETIRED_MARK = lazy(r"\s\((?:Ret|Retd|retd|ret|Retired|retired)\.?\)(?=[\s,])")
_INSIDE_ORG = lazy(r"[A-Z][\w'’]*\s+(?:of|for|&)\s+(?:the\s+)?$")


def blank_retired_mark(text: str) -> str:
    """``text`` with each retired officer's mark ("(Ret.)") written as spaces, offsets kept."""
    return _RETIRED_MARK.sub(lambda m: " " * len(m.group(0)), text)


def people_in(text: str, known: frozenset[str] = frozenset(), holding: str = "") -> list[Person]:
    """The people mentioned in ``text``; ``known`` holds lower-case surnames the
    document names in full, so that a bare "Albescu" later on counts too.

    With ``holding`` (lower case), only runs whose lower case holds it are read: the
    others cannot give a person whose name holds it, since a name is made of the
    run's words (the people found are those of the full reading that hold it)."""
    found = []
    if "(R" in text or "(r" in text:
        # "Major General Donovan Achterberg (Ret.) of Pine Hollow": a retired officer's mark after the
        # name, read as a space (offsets stay those of the text)
        text = blank_retired_mark(text)
    for match in (_RUN if "Hon" in text else _RUN_WITHOUT_HON).finditer(text):
        if holding and holding not in match.group(0).lower():
            continue
        person = _person(match, known)
        if person is None:
            continue
        if person.name.isupper() and _DATELINE_AFTER.match(text, person.end):
            continue  # "PORT MORESBY — The Council ...": a dateline's place
        if person.start == match.start() and _INSIDE_ORG.search(
            text, max(0, match.start() - 40), match.start()
        ):
            # "reappointed Secretary of Transportation Wallace Greer": the portfolio, then the name
            if (named := _after_portfolio(text, match)) is not None:
                found.append(named)
            continue
        if _PUBLICATION_BEFORE.search(text, max(0, person.start - 12), person.start):
            continue  # "published in the official gazette El Peruano": a paper, not a person
        if " " not in person.name and person.titled and _OFFICE_GOES_ON.match(text, person.end):
            continue  # "Chief Nursing and Midwifery Officer": the first half of an office's name
        if (
            " " not in person.name
            and person.titled
            and _BODY_OF_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "the Bureau of Justice Assistance": an office word inside a body's name
        found.append(person)
    return found


_OFFICE_OF_BEFORE = lazy(r"\b([A-Z][\w'’-]*)\s+(?:of|for)\s+(?:the\s+)?$")
_PORTFOLIO_WORDS = frozenset(lex.PORTFOLIO_WORDS)


def _after_portfolio(text: str, run: re.Match[str]) -> Person | None:
    """The person a run names after an office's portfolio ("Secretary of | Transportation Wallace
    Greer"), when the word before "of" is an office and the run opens with portfolio words."""
    office = _OFFICE_OF_BEFORE.search(text, max(0, run.start() - 40), run.start())
    if office is None or office.group(1) not in _OFFICES:
        return None
    words = list(re.finditer(r"\S+", run.group(0)))
    skipped = 0
    while skipped < len(words) - 2 and words[skipped].group(0).rstrip(",") in _PORTFOLIO_WORDS:
        skipped += 1
    if skipped == 0:
        return None
    rest = _RUN_WITHOUT_HON.match(text, run.start() + words[skipped].start())
    person = _person(rest, frozenset()) if rest is not None else None
    if person is None or " " not in person.name:
        return None
    return Person(person.name, person.start, person.end, True, person.styled)


_OFFICE_GOES_ON = lazy(
    r"\s+and\s+[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?(?:Officer|Inspector|Adviser|Advisor|Director|Manager"
    r"|Commissioner|Controller|Co-?ordinator|Lead|Secretary|Registrar|Examiner|Surveyor)\b"
)
# The capitalised head of a body's name and its "of": "Bureau of", "Office for the".
_BODY_OF_BEFORE = lazy(r"\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?$")
_PUBLICATION_BEFORE = lazy(r"\b(?:[Gg]azette|[Nn]ewspaper|[Dd]aily|[Jj]ournal)\s+$")
# A name that opens with a saint's title is a place or a church ("St Augustine", "Saint-Laurent");
# one that opens with "HM" is a Crown body ("HM Prison and Probation Service", "HM Treasury").
_NOT_PERSON_FIRST = frozenset(("St", "St.", "Saint", "Ste", "Ste.", "HM", "HMS"))


_KNOWN_POSTNOMINALS = frozenset(lex.KNOWN_POSTNOMINALS)


def _family_in_capitals(token: str, addressed: bool) -> bool:
    """A run of capitals after a name that is no known post-nominal is the family name written in
    capitals ("Abdoulaye Ndiaye FALL"): when it has four letters or more, or the name is addressed
    ("Mr Bertin Kouassi YAO")."""
    return (
        token.isalpha()
        and token.isupper()
        and token not in _KNOWN_POSTNOMINALS
        and (addressed or len(token) >= 4)
    )


def _post_acronym_first(name_tokens: list[str], before: list[str]) -> bool:
    """Whether a run opens with a post's acronym ("RPO Rawalpindi", "CEO Jane Smith"): three to five
    capitals before a word that is not in capitals, with no honorific before them (a family name
    in capitals comes after "Mr" or "Dr": "Mr RAKOTOMALALA Haja"; two capitals are initials, "JB
    Pritzker"; "LEE Ka-chiu" is a Chinese family name)."""
    if len(name_tokens) < 2 or (before and (before[-1] in _HONORIFICS or before[-1] in _STYLES)):
        return False
    head = name_tokens[0]
    return (
        3 <= len(head) <= 5
        and head.isalpha()
        and head.isupper()
        and not name_tokens[1].isupper()
        and head.capitalize() not in _CHINESE_FAMILY
    )


def _post_before(before: list[str]) -> bool:
    """Whether the title before a one-word name is a post's, not a person's: a rank in capitals
    ("SSP Karachi") or the last word of an office's name ("Regional Police Officer Rawalpindi").
    The word is then a place unless the document names the person in full ("DIG Niazi")."""
    if not before:
        return False
    title = before[-1]
    if title.isupper() and len(title) >= 2:
        return True
    return (
        len(before) >= 2
        and before[-2][:1].isupper()
        and before[-2] not in lex.RANKS
        and before[-2] not in _HONORIFICS
        and before[-2] not in _STYLES
    )


def _person(match: re.Match[str], known: frozenset[str]) -> Person | None:
    raw = match.group(0)
    if " " not in raw and "\t" not in raw and "\u00a0" not in raw:
        # One capitalised word: a person only as a surname the document names in full ("Albescu said").
        word = raw.rstrip(",")
        if word.lower() not in known or word in NOT_NAME:
            return None
        return Person(word, match.start(), match.start() + len(word), False)
    # The run's tokens: what "\S+" finds (str.split and the engine agree on white space).
    # Offsets are worked out for the two tokens the mention starts and ends with only.
    words = raw.split()
    tokens = [t.rstrip(",") for t in words]
    end_index = len(tokens)
    addressed = tokens[0] in _HONORIFICS
    while (
        end_index > 1
        and _POSTNOMINAL.match(tokens[end_index - 1])
        and tokens[end_index - 1] not in _SUFFIXES
        and not _family_in_capitals(tokens[end_index - 1], addressed)
    ):
        end_index -= 1
    last = len(tokens)  # the mention ends after the post-nominals...
    # ...unless a title follows the name ("named Tom Walsh Minister for Housing").
    while end_index > 2 and tokens[end_index - 1] in _OFFICES and tokens[end_index - 2] not in NOT_NAME:
        end_index -= 1
        last = end_index
    office_after = end_index < len(tokens) and tokens[end_index] in _OFFICES
    first = end_index
    while first > 0:
        token = tokens[first - 1]
        # "Sara Dean": an office word that is also a surname ends a name.
        surname_like = (
            first == end_index
            and token in lex.SURNAME_TITLES
            and first >= 2
            and tokens[first - 2] not in NOT_NAME
        )
        if (
            (token in NOT_NAME and not surname_like)
            or _hyphenated_rank(token)
            or token in _HONORIFICS
            or token in _STYLES
            or token.lower() in ("the", "hon.", "hon")
            # "Clare TD Gráinne Ní Bhriain", "Bristol MP Jo Lane": a member's seat and house before the name
            or (first < end_index and token in _MEMBER_POSTNOMINALS)
        ):
            break
        if token.endswith(".") and len(token) > 2 and token not in _SUFFIXES and token not in _GIVEN_SHORT:
            break  # "Dr." and other abbreviations end the name on the left
        first -= 1
    # "the inaugural National Flood Response Coordinator", "the mayor's Rural Skills Adviser":
    # capitalised words between a determiner or a title word and an office are the office's name.
    if office_after and (
        (first > 0 and tokens[first - 1] in lex.NOT_NAME_WORDS and tokens[first - 1] not in _HONORIFICS)
        or (first == 0 and _DETERMINER_BEFORE.search(match.string, max(0, match.start() - 30), match.start()))
    ):
        return None
    name_tokens = tokens[first:end_index]
    initials: list[str] = []
    while name_tokens and (
        (name_tokens[0] in _PARTICLES and not (name_tokens[0] in _GIVEN_PARTICLES and len(name_tokens) >= 3))
        or (name_tokens[0].endswith(".") and name_tokens[0] not in _GIVEN_SHORT)
    ):
        # (only the initials right before the names count: "Dr. J. Smith", not "Dr." itself)
        initials = [*initials, name_tokens[0]] if _INITIAL.match(name_tokens[0]) else []
        name_tokens = name_tokens[1:]
        first += 1
    if initials and name_tokens and name_tokens[0] not in _SUFFIXES:
        # "P. R. Lathika", "R. P. Nimal Gunasekara": initials before the names are part of the name
        first -= len(initials)
        name_tokens = [*initials, *name_tokens]
    if _post_acronym_first(name_tokens, tokens[:first]):
        # "appointed RPO Rawalpindi", "named CEO Jane Smith": a post's acronym, not a given name
        name_tokens = name_tokens[1:]
        first += 1
    if not name_tokens or all(t in _SUFFIXES for t in name_tokens):
        return None
    if name_tokens[0] in _NOT_PERSON_FIRST:
        # "the University of the West Indies, St Augustine": a place ("Oliver St John" starts earlier)
        return None
    before = tokens[:first]
    styled = before[-1] if before and before[-1] in _STYLES else ""
    titled = bool(before) and (
        before[-1] in _HONORIFICS
        or before[-1] in _STYLES
        or before[-1] in lex.RANKS
        or _hyphenated_rank(before[-1])
        or before[-1].lower().rstrip(".") in ("hon", "honourable")
        or before[-1] in lex.NOT_NAME_TITLES
    )
    core = _core(name_tokens)
    plain = [t for t in core if t not in _SUFFIXES]
    if len(plain) < 2 and plain[0].lower() not in known and (not titled or _post_before(before)):
        return None
    if len(plain) < 2 and styled:
        core = [styled, *core]  # "Lord Fennimore": the style is the name
    # The mention starts at the first honorific or style right before the name.
    lead = first
    while lead > 0 and (
        tokens[lead - 1] in _HONORIFICS
        or tokens[lead - 1] in _STYLES
        or tokens[lead - 1].lower().rstrip(".") in ("the", "hon", "honourable")
    ):
        lead -= 1
    if lead < len(tokens) and tokens[lead].lower() == "the" and lead == first:
        lead += 1
    start = match.start() + _token_start(raw, words, lead)
    end = match.start() + _token_start(raw, words, last - 1) + len(words[last - 1])
    if words[last - 1].endswith(","):
        end -= 1
    return Person(" ".join(core), start, end, titled, styled)


def _token_start(raw: str, words: list[str], index: int) -> int:
    """Where ``words[index]`` starts in ``raw``: only white space lies between two words,
    so each is found by ``str.find`` from the end of the one before."""
    at = 0
    for word in words[:index]:
        at = raw.find(word, at) + len(word)
    return raw.find(words[index], at)


def full_names(text: str, wanted: frozenset[str] | None = None) -> dict[str, str]:
    """For each surname, the fullest form the document uses (most frequent, then longest).

    With ``wanted`` (lower-case surnames), only the places those surnames are
    written are read, which is most of the cost saved.
    """
    forms: dict[str, Counter[str]] = {}
    for person in _people_named(text, wanted) if wanted is not None else people_in(text):
        parts = [p for p in person.name.split() if p not in _STYLES]
        if len(parts) >= 2:
            # A sentence that names someone by surname alone gets the short form, not every
            # middle name of a formal first mention ("General Sir Nicholas Patrick Carter").
            forms.setdefault(person.surname, Counter())[given_and_surname(person.name)] += 1
            if (family := _family_first(parts)) is not None:
                # "Mr Goh" after "Goh Boon Hock": the family name written first
                forms.setdefault(family, Counter())[person.name] += 1
    # The most used form, and of equally used ones the fullest ("Nicholas Hale" over "Nick Hale").
    return {key: max(c, key=lambda n: (c[n], len(n))) for key, c in forms.items()}


def _family_first(parts: list[str]) -> str | None:
    """The family name of a Chinese name written family name first ("Goh Boon Hock"), lower case."""
    if len(parts) == 3 and parts[0] in _CHINESE_FAMILY and all(len(t) <= 5 for t in parts[1:]):
        return parts[0].lower()
    return None


def _people_named(text: str, wanted: frozenset[str]) -> list[Person]:
    """The people written where one of the wanted surnames occurs."""
    low = text.lower()
    found: list[Person] = []
    for name in wanted:
        at = low.find(name)
        while at != -1:
            end = at + len(name)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                line_start = max(text.rfind("\n", 0, at) + 1, at - 80)
                window = text[line_start : min(len(text), end + 30)]
                found.extend(
                    p
                    for p in people_in(window, holding=name)
                    if p.surname == name or _family_first(p.name.split()) == name
                )
            at = low.find(name, end)
    return found


_STYLED = lazy(rf"\b({lex.alternation(lex.STYLES)})\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})+)")


def styled_forms(text: str) -> Counter[str]:
    """How often each "Sir/Dame/... Given Surname" form is written in the document."""
    counts: Counter[str] = Counter()
    if not any(style in text for style in lex.STYLES):
        return counts
    for m in _STYLED.finditer(text):
        names = m.group(2).split()
        counts[f"{m.group(1)} {names[0]} {names[-1]}"] += 1
    return counts


def resolve(name: str, index: dict[str, str]) -> str:
    """The document's full form of a possibly shortened name ("Ms McAndrew" -> "Eilidh McAndrew")."""
    full = index.get(surname(name))
    if full is None:
        return name
    parts = [p for p in name.split() if p not in _STYLES]
    if len(parts) >= 3 and given_and_surname(name) != name:
        return name  # given names and surname written out in the sentence: kept as written
    full_parts = [p for p in full.split() if p not in _STYLES]
    # A short form takes the document's usual full form ("Ms McAndrew", "Penny" for "Penelope");
    # another given name with the same surname is another person.
    if len(parts) < 2 or (len(full_parts) >= 2 and parts[0][:1] == full_parts[0][:1]):
        return full
    return name


def mask(text: str, people: list[Person]) -> str:
    """``text`` with each person replaced by ``⟨Pn⟩`` (n: index into ``people``)."""
    pieces = []
    at = 0
    for index, person in enumerate(people):
        pieces.append(text[at : person.start])
        pieces.append(f"⟨P{index}⟩")
        at = person.end
    pieces.append(text[at:])
    return "".join(pieces)
