"""Headcount pledges: staff to be hired, trained, recruited or deployed.

A headcount is a number (or a vague quantity such as "hundreds of") in front of
a staff noun ("officers", "specialist investigators", "teaching assistants"),
or a target for a workforce ("warden numbers ... to double to 900", "a team
of 2,500 people"). Figures that describe the present or the past (existing
posts, people already recruited, statistics), jobs in the wider economy and
beneficiaries or trainees of a programme are not pledges; the rules for those
live in :mod:`tracker.extract.headcount_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.extract import lexicon as lex
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.headcount_patterns import (
    COUNTED,
    COUNTED_DIGITS,
    DEPLOYED_TEAM,
    DISTRIBUTION,
    GRADE_BEFORE,
    HIRED,
    HIRED_AND,
    INCLUDING,
    PART_FIGURE,
    PARTITION,
    POSTS_IN_TOTAL,
    QUAL_BEFORE,
    STAFF_OF,
    STRONG,
    TARGET,
    TARGET_TO,
    TEAM_OF,
    TOTAL_TO,
    TRANCHE,
    TRANCHE_ALLOCATED,
    TRANCHE_BARE,
    VAGUE,
)
from tracker.extract.headcount_rules import (
    BACKGROUND,
    BASELINE,
    HIRE_PEOPLE,
    NAMED_APPOINTEES,
    PLEDGE_CONTEXT,
    PRIVATE,
    PUBLIC_EMPLOYER,
    THIRD_PARTY,
    VAGUE_COMMIT,
    has_staff_word_in,
    jobs_are_public,
    rejected_by_context,
    sentence_is_background,
)
from tracker.extract.numbers_words import has_number_word, parse_count, vague_range
from tracker.extract.parties import governing_parties, private_names, private_subject
from tracker.extract.regex import lazy
from tracker.extract.registry import IGNORE, Rejections, decision
from tracker.extract.sentences import Sentence, attribution, quote_opener
from tracker.extract.similarity import norm, word_set
from tracker.extract.types import ArticleText, PledgeMention

# What the words that attribute a quotation may make it: a critic's, a rival's or an opposition
# spokesperson's ("The shadow home secretary said:").
_RIVAL_REASONS = frozenset({THIRD_PARTY, BACKGROUND})
_VAGUE_WORDS = frozenset(
    {"hundreds", "thousands", "dozens", "scores", "more", "extra", "additional", "several", "few"}
)
# Literal words one of which an allocated share needs ("will go to", "posted", "deployed").
_ALLOCATION_WORDS = (
    *(" go ", " work ", "posted", "deployed", "based", "assigned", "placed", "sent ", "allocated"),
    "stationed",
)
_POSTS = lazy(r"^(?:posts|roles|jobs|vacancies|positions|hires)$", re.IGNORECASE)
_FOR_LIST = lazy(r"^\s+for\s+((?:[\w'’-]+(?:,\s+|\s+and\s+|\s+))+?)(?=are\b|is\b|at\b|in\b|across\b|[,.;]|$)")
_QUANTITY_WORDS = lazy(r"^(?:(?:more|extra|additional|further|new)\s+)+", re.IGNORECASE)
_YEAR = lazy(r"(?:19|20)\d\d")
# ("after the 2007 police reform": a year naming an event)
_YEAR_LEAD = lazy(r"\b(?i:in|by|since|from|until|to|of|during|before|after)\s+(?:the\s+)?$")
_PAST_CHANGE = lazy(r"\b(?:fell|fallen|dropped|declined|decreased|shrank|shrunk|rose|risen|grew|grown)\b")
_MAX_COUNT = 999_999  # larger figures are populations, not hires
_TRAINING_POSTS = lazy(
    r"\b(?:training|trainee|student|undergraduate|placement|apprenticeship|course|internship"
    r"|residency|intern)\b",
    re.IGNORECASE,
)
# Words that make people students of a programme, whatever the noun ("undergraduate researchers",
# "PhD fellows"); postdoctoral researchers are staff.
# A company the article says a public body owns, and a sentence whose only company is "the company".
_PUBLIC_COMPANY = lazy(rf"\b(?:{lex.alternation(lex.PUBLIC_OWNERS)})[- ]owned\b", re.IGNORECASE)
_THE_COMPANY = lazy(r"^(?:[^.;]*?\s)?[Tt]he\s+company\b(?![^.;]*\b(?:Ltd|plc|PLC|Inc|LLC|GmbH)\b)")
_STUDENT_MODIFIER = lazy(r"\b(?:undergraduate|postgraduate|doctoral)\b", re.IGNORECASE)
_PEOPLE_HIRING = frozenset(lex.PEOPLE_HIRING_VERBS)
_ASSIGN = lazy(r"(?:assign|redeploy)", re.IGNORECASE)
_AGENT_NOUN = lazy(r"(?:er|or|ist|ian|ant|ent|ic)s$|^(?:staff|personnel|police)$", re.IGNORECASE)
_TRANCHE_WORDS = frozenset("first further another remaining next other which whom them being total".split())


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds an ASCII digit. Ten substring tests run in C's memchr at a
    fraction of the cost of a regex scan, which tests each character against a class."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


def _has_hiring_word(lower: str) -> bool:
    """Whether the lower-cased sentence holds the start of a verb :data:`HIRED` reads
    ("hir", "recruit", "take on", "put"...): substring tests, cheaper than a regex scan."""
    return (
        "hir" in lower
        or "recruit" in lower
        or "employ" in lower
        or "take on" in lower
        or "taking on" in lower
        or "deploy" in lower
        or "station" in lower
        or "second" in lower
        or "staffed" in lower
        or "bring in" in lower
        or "put" in lower
        or "assign" in lower
    )


QUESTION = decision(
    "headcount.question",
    "headcount",
    "reject",
    "a staff figure in a question is asked about, not pledged",
    examples=("Is the minister aware that last year the ministry promised 6,000 workers?",),
    counter=("The ministry will recruit 6,000 health workers.",),
)
PLEDGED = decision(
    "headcount.pledged",
    "headcount",
    "accept",
    "a number of staff to be hired, trained into post, deployed or added by the public side",
    examples=("The force will recruit 400 more officers by March.",),
    counter=("The force has 4,000 officers.",),
)
PEOPLE = decision(
    "headcount.people-not-staff",
    "headcount",
    "reject",
    "'N people' are staff only when a public body hires them",
    examples=("The scheme will support 300 people into work.",),
    counter=("The council will employ 30 people in the new team.",),
)
ECONOMY_JOBS = decision(
    "headcount.economy-jobs",
    "headcount",
    "reject",
    "jobs created in the economy are not staff hired by the public side (SCHEMA rule 7)",
    examples=("The programme will create 2,000 jobs in the region.",),
    counter=("The department will create 40 new policy posts.",),
)
NOT_COMMITTED = decision(
    "headcount.not-committed",
    "headcount",
    "reject",
    "a bare 'more teachers' is a pledge only as the object of hiring or deploying",
    examples=("Schools with more teachers in classrooms do better.",),
    counter=("The department will recruit more teachers for rural schools.",),
)
PAST_CHANGE = decision(
    "headcount.past-change",
    "headcount",
    "reject",
    "a workforce that fell or rose is a statistic",
    examples=("The number of wardens fell from 900 to 700.",),
    counter=("The number of wardens will rise from 700 to 900.",),
)
TRAINEE_POSTS = decision(
    "headcount.trainee-posts",
    "headcount",
    "reject",
    "training posts, student places and placements are for trainees of a programme (SCHEMA rule 7)",
    examples=(
        "The package funds an additional 41 specialty training posts this year.",
        "The centres will support 120 graduate students and 45 undergraduate researchers a year.",
    ),
    counter=(
        "The package funds an additional 41 specialist nursing posts this year.",
        "The hubs will recruit 70 postdoctoral researchers.",
    ),
)
RESTATED = decision(
    "headcount.restatement",
    "headcount",
    "reject",
    "a vague quantity that restates a counted one ('thousands of teachers' after '6,000 teachers')",
    examples=("We will recruit 6,000 teachers. Thousands of new teachers will join next year.",),
    counter=("We will recruit thousands of new teachers.",),
)


@dataclass(frozen=True)
class _Hit:
    count: int | None
    role: str
    head: str
    vague: str
    confidence: float


def find_headcount(
    article: ArticleText, sentences: list[Sentence], rejections: Rejections = IGNORE
) -> list[PledgeMention]:
    """Headcount pledges in the article, one per count (or per vague role).

    Figures turned down are reported to ``rejections`` with the decision's name.
    """
    year = article.published.year if article.published else None
    # The article's companies and governing parties are looked up (both cached per text)
    # only for a sentence that passes the word gates: most articles have none or few.
    found: list[tuple[_Hit, Sentence]] = []
    last_role = ""  # the role of the latest counted headcount: a bare tranche takes it
    divided = ""  # the role of a headcount counted in the sentence just read: the next may divide it
    counted: set[int] = set()  # the headcounts counted so far
    spreading = ""  # the role a lead-in ending in a colon shares out over the lines after it
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if '"' in text or "“" in text:
            # 'will deploy 150 specialist "green work coaches"': a staff noun in scare quotes is read
            # without them (the offsets stay those of the sentence)
            text = _SCARE_QUOTES.sub(lambda m: " " + m.group(1) + " ", text)
        if spreading:
            # "...shared across five districts:" then "X District: 310 nurses and midwives"
            parts = _parts(text, 0, spreading, _Report(rejections, sentence)) if len(text) < 160 else []
            if parts:
                found.extend((hit, sentence) for hit in parts)
                continue
            spreading = ""
        if last_role and text.rstrip().endswith(":") and _SPREAD_LEAD.search(text):
            spreading = last_role
        # (only a headcount counted before can be divided: most sentences skip the call)
        division = _division(text, divided, last_role, counted) if last_role else None
        divided = ""
        if division is not None:
            parts = _parts(text, *division, _Report(rejections, sentence))
            found.extend((hit, sentence) for hit in parts)
            if parts:
                continue
        words = sentence.words
        if "team" in words or "teams" in words:
            found.extend((hit, sentence) for hit in _deployed_teams(text))
        # ("the employment of 700 doctors": hiring, written as a noun; not "the Employment Service")
        hiring = not words.isdisjoint(PLEDGE_CONTEXT) or ("employment" in words and "employment of" in text)
        staffed = hiring and (not _PEOPLE_HIRING.isdisjoint(words) or has_staff_word_in(text, words))
        if not staffed and not last_role:
            continue  # (the cheap half of the test below, before the digit scan)
        numbered = _has_digit(text) or has_number_word(words)
        if not staffed and not numbered:
            continue
        if not numbered and words.isdisjoint(_VAGUE_WORDS):
            continue
        if not staffed and _TRANCHE_WORDS.isdisjoint(words) and rejections is IGNORE:
            # Without a staff word only a bare tranche could be read, and it needs a tranche
            # word: nothing can come of this sentence but the reasons explain() reports.
            continue
        report = _Report(rejections, sentence)
        if sentence.is_question:
            rejections.add("headcount", QUESTION, text, sentence.start, sentence.end)
            continue
        governing = governing_parties(article.text)
        background = sentence_is_background(text, year, words, governing)
        # 'The shadow secretary said: "... We would hire 13,000 officers."': a quotation goes on in
        # the voice that opened it
        if (
            background is None
            and (opener := quote_opener(sentences, index)) is not None
            and sentence_is_background(attribution(opener), year, None, governing) in _RIVAL_REASONS
        ):
            background = THIRD_PARTY
        companies = private_names(article.text) if background is None else frozenset()
        if companies and private_subject(text, companies):
            background = PRIVATE  # "Hanseo said it would hire 1,200 workers": a company's jobs
        elif background == PRIVATE and _THE_COMPANY.search(text) and _PUBLIC_COMPANY.search(article.text):
            # "The company will recruit 30 care workers" after "The new company ... will be wholly
            # owned by the council": the company is the council's own
            background = None
        if background is not None:
            # "a further 300 officers, on top of the 950 recruited since 2021": only the
            # figures after the addition are background.
            head = _before_addition(text, year, governing)
            future = None if head is not None else _future_clause(text, year, governing)
            tail = None if head is not None or future is not None else _background_tail(text, year, governing)
            if head is not None:
                report(background, len(head), len(text))
                text = head
            elif tail is not None:
                report(background, tail, len(text))
                text = text[:tail]
            elif future is not None:
                # "hired 300 caseworkers last year and will hire 200 more caseworkers": the past
                # clause is blanked out (offsets stay those of the sentence).
                report(background, 0, future)
                text = " " * future + text[future:]
            else:
                report(background, 0, len(text))
                continue
        hits = _hits(text, text.lower(), numbered, report) if staffed else []
        role = next((h.role for h in reversed(hits) if h.count is not None), last_role)
        if role and numbered and not _TRANCHE_WORDS.isdisjoint(words):
            same = any(h.count is not None for h in hits)
            hits += _bare_tranches(text, role, hits, report, same)
        found.extend((hit, sentence) for hit in hits)
        divided = next((h.role for h in reversed(hits) if h.count is not None), "")
        last_role = divided or last_role
        counted.update(h.count for h in hits if h.count is not None)
    return [_mention(hit, sentence) for hit, sentence in _merge(found, rejections)]


# A few words in quotation marks inside a sentence, not a quotation: 'specialist "green work coaches"'.
_SCARE_QUOTES = lazy(r"[\"“]((?:[\w'’-]+\s){0,3}[\w'’-]+)[\"”]")
# A lead-in that shares a headcount out over the lines after its colon.
_SPREAD_LEAD = lazy(
    r"\b(?:shared|split|spread|distributed|allocated|deployed|posted)\s+(?:across|among|between)\b"
    r"|\b(?:breakdown|distribution)\b|\bas\s+follows\b"
    # "The additional posts are:", "The new staff will be:": the lines list the posts
    r"|\b(?:posts|positions|roles|staff|recruits|hires|jobs|workforce)\b[^:.;]{0,80}?\b(?:are|will\s+be"
    r"|(?:will\s+)?(?:include|comprise)s?)\s*:\s*$"
    # "These include:", "They are made up of:" right after the headcount: its parts follow
    r"|^(?:these|they|this|those)\s+(?:will\s+)?(?:include|includes|comprise|comprises|cover|covers|are"
    r"|are\s+made\s+up\s+of|break\s+down\s+as)\s*:\s*$",
    re.IGNORECASE,
)


_OF_WHOM_NEW = lazy(
    r",\s+of\s+whom\s+(?:about\s+|around\s+|some\s+)?(?P<num>\d[\d,]*)\s+(?:will\s+be\s+|are\s+to\s+be\s+)?"
    r"(?:newly\s+)?(?:hired|recruited|appointed|new)\b",
    re.IGNORECASE,
)


def _division(text: str, just_before: str, earlier: str, counted: set[int]) -> tuple[int, str] | None:
    """Where the parts start and the role of the headcount ``text`` divides, if it opens by
    dividing one: "Of these" divides the one counted in the sentence just before; "Of the
    20,000 teacher posts" one counted earlier with that figure, "Of the new positions" the
    latest one."""
    if earlier and ":" in text and (spread := DISTRIBUTION.search(text)) is not None:
        return spread.end(), earlier  # "posted across the districts: 95 to X, 80 to Y"
    if not earlier or not text.lstrip().startswith(("Of ", "Among ")):
        return None
    opening = PARTITION.match(text)
    if opening is None:
        return None
    if opening.group("back"):
        return (opening.end(), just_before) if just_before else None
    named = opening.group("named")
    figures = {parse_count(m.group("num")) for m in PART_FIGURE.finditer(named)}
    if figures & counted or (not figures and "new" in named.split()):
        return opening.end(), earlier
    return None


def _parts(text: str, start: int, role: str, report: _Report) -> list[_Hit]:
    """The parts of a divided headcount ("Of these, 2,100 will be nurses and 900 ..."): each
    figure from ``start`` on, unless its context turns it down (already in post, a baseline)."""
    figures = PART_FIGURE.finditer(text, start)
    hits = (_share(text, m.group("num"), m.start(), m.end(), role, report) for m in figures)
    return [hit for hit in hits if hit is not None]


def _share(
    text: str,
    raw: str,
    start: int,
    end: int,
    role: str,
    report: _Report,
    taken: frozenset[int | None] = frozenset(),
) -> _Hit | None:
    """A figure written without its noun that takes the role of the headcount it is a share
    of, unless it is no headcount (a year, one person, a population, a count ``taken``
    already) or its context turns it down."""
    count = parse_count(raw)
    if count is None or count in taken or count < 2 or count > _MAX_COUNT or _YEAR.fullmatch(raw):
        return None
    if raw.isalpha() and _DEFINITE_BEFORE.search(text, max(0, start - 6), start):
        return None  # "in the six health regions": things counted in words, not a share
    reason = rejected_by_context(text, start, end)
    if reason is not None:
        report(reason, start, end)
        return None
    return _Hit(count, role, _head(role), "", 0.6)


_DEFINITE_BEFORE = lazy(r"\b(?:the|its|their|these|those)\s+$", re.IGNORECASE)


# What joins new staff to those already there: the figures after it may be background.
_ADDITION = lazy(
    r"\b(?:on\s+top\s+of|in\s+addition\s+to|adding\s+to|as\s+well\s+as)\s+(?:the|those|its|their)\b"
)


def _before_addition(text: str, year: int | None, governing: frozenset[str]) -> str | None:
    """The words before "on top of the ..." when only the words after it are background."""
    m = _ADDITION.search(text)
    if m is None or m.start() == 0:
        return None
    head = text[: m.start()]
    return head if sentence_is_background(head, year, governing=governing) is None else None


# A clause of intent after a clause of fact: "..., and will hire another 200".
_FUTURE_CLAUSE = lazy(
    r"(?:,\s*|\s+)(?:and|but|while)\s+(?:(?:it|they|the\s+\w+)\s+)?(?:now\s+|also\s+)?(?:will|is\s+to|are\s+to"
    r"|plans?\s+to|aims?\s+to|intends?\s+to)\b"
)


def _future_clause(text: str, year: int | None, governing: frozenset[str]) -> int | None:
    """Where a clause of intent starts, when only the clause of fact before it is background."""
    m = _FUTURE_CLAUSE.search(text)
    if m is None or m.start() == 0:
        return None
    tail = text[m.start() :]
    return m.start() if sentence_is_background(tail, year, governing=governing) is None else None


# Where a later clause may open: a comma, a semicolon, or a phrase that hangs a past event or a
# comment on the pledge before it ("as part of a plan approved in 2023", "after claims were
# uncovered last year", "though critics said").
_TAIL_BREAK = lazy(
    r",\s+|;\s+|\s+(?:as\s+part\s+of|after|following|though|although|whereas|when)\s+", re.IGNORECASE
)
# A pledge's own verb: staff to come.
_PLEDGE_VERB = lazy(
    r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|to\s+(?:recruit|hire|employ|deploy|add|take\s+on)"
    r"|(?:approved|confirmed|announced|funding\s+for|funds?|supports?)\s+the\s+(?:recruitment|hiring"
    r"|employment|deployment)"
    # ("authorized hiring 15 firefighters to staff it, the first new station since 2012")
    r"|(?:authori[sz]ed|authori[sz]es|approved|approves)\s+(?:the\s+)?(?:hiring|recruiting|recruitment|employment)"
    r"|\badds\b)\b",
    re.IGNORECASE,
)


def _background_tail(text: str, year: int | None, governing: frozenset[str]) -> int | None:
    """Where a later clause starts, when only it makes the sentence background and the clauses
    before it pledge staff ("will recruit 10,000 constables this year as part of a plan approved
    in 2023": the plan's year is the later clause's)."""
    for m in _TAIL_BREAK.finditer(text):
        head = text[: m.start()]
        if not _PLEDGE_VERB.search(head) or not _has_digit(head):
            continue
        if sentence_is_background(head, year, governing=governing) is None:
            return m.start()
        return None  # the clause that pledges is background itself
    return None


class _Report:
    """Reports a figure turned down in one sentence (offsets relative to the sentence)."""

    __slots__ = ("rejections", "sentence")

    def __init__(self, rejections: Rejections, sentence: Sentence) -> None:
        self.rejections = rejections
        self.sentence = sentence

    def __call__(self, reason: str, start: int, end: int) -> None:
        text = self.sentence.text[start:end]
        at = self.sentence.start
        self.rejections.add("headcount", reason, text, at + start, at + end)


def _bare_tranches(
    text: str, role: str, hits: list[_Hit], report: _Report, same_sentence: bool
) -> list[_Hit]:
    """Tranches written without their noun ("the first 3,000 will be in post by March"):
    they take the role of the headcount stated before them."""
    counts = frozenset(h.count for h in hits)
    found = []
    for m in TRANCHE_BARE.finditer(text):
        if m.group("num2") and not same_sentence:
            continue  # "five of which are ...": only right after the headcount it divides
        raw = m.group("num") or m.group("num2") or m.group("num3") or ""
        hit = _share(text, raw, m.start(), m.end(), role, report, counts)
        if hit is not None:
            found.append(hit)
    return found


def _hired_all(text: str, report: _Report) -> list[tuple[_Span, _Hit]]:
    """Staff named by the structure "hire / employ / deploy N <noun>", whatever the noun."""
    found = []
    for m in _with_second_objects(text, HIRED.finditer(text)):
        noun = m.group("noun")
        if noun.lower() in lex.NOT_STAFF_NOUNS:
            continue
        if _ASSIGN.match(m.group(0)) and not _AGENT_NOUN.search(noun):
            continue  # "assign 20 parking spaces": only people (agent nouns) are assigned as staff
        count = parse_count(m.group("num"))
        if count is None or count < 2 or count > _MAX_COUNT or _YEAR.fullmatch(m.group("num")):
            continue
        reason = rejected_by_context(text, m.start("num"), m.end())
        if reason is not None:
            report(reason, m.start("num"), m.end())
            continue
        role = _role(m.group("mods"), noun, None)
        found.append(((m.start("num"), m.end()), _Hit(count, role, _head(role), "", 0.7)))
    return found


def _with_second_objects(text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Each match of HIRED, then the object joined to it by "and" ("hire nine inspectors and four
    plan reviewers"), read with the same groups."""
    for m in matches:
        yield m
        second = HIRED_AND.match(text, m.end())
        if second is not None:
            yield second


def _deployed_teams(text: str) -> list[_Hit]:
    """A named team sent out ("An Emergency Medical Team is on its way"): staff deployed, count unstated."""
    return [_Hit(None, m.group("team"), "team", "deployed", 0.5) for m in DEPLOYED_TEAM.finditer(text)]


_Span = tuple[int, int]


_SECTION_NUMBER = lazy(r"\d{1,2}(?:\.\d{1,2})+\s")


def _hits(text: str, lower: str, numbered: bool, report: _Report) -> list[_Hit]:
    """Every staff figure in the sentence; a figure already read by an earlier
    (more specific) pattern is not read again by a later one."""
    candidates = [
        *_targets(text, lower, numbered, report),
        *(_counted_all(text, report, has_number_word(word_set(text))) if numbered else ()),
        *(_hired_all(text, report) if numbered and _has_hiring_word(lower) else ()),
        *(_vague_all(text, report) if any(w in lower for w in _VAGUE_WORDS) else ()),
    ]
    if text[:1].isdigit() and (section := _SECTION_NUMBER.match(text)) is not None:
        # "4.1 Members asked officers ...": a report's paragraph number, no count
        candidates = [(span, hit) for span, hit in candidates if span[0] >= section.end()]
    hits: list[_Hit] = []
    taken: list[_Span] = []
    for span, hit in candidates:
        if not any(s < span[1] and span[0] < e for s, e in taken):
            taken.append(span)
            hits.append(hit)
    return hits


# A whole body's staff and the verbs of leading it: what a new head takes over is no hire.
_WHOLE_BODIES = frozenset({"workforce", "force", "service"})
_LEADS = lazy(
    r"\b(?:lead|leads|leading|run|runs|running|manage|manages|managing|oversee|oversees|overseeing)\s+"
    r"(?:an?|the|its|their)\s+$",
    re.IGNORECASE,
)


def _targets(text: str, lower: str, numbered: bool, report: _Report) -> list[tuple[_Span, _Hit]]:
    """Teams and workforce targets; cheap literal checks decide which patterns run."""
    gated = (
        (TEAM_OF, numbered and " of " in lower),
        (STAFF_OF, numbered and ("staff of" in lower or "workforce of" in lower or "complement of" in lower)),
        (STRONG, "-strong" in lower or "-person" in lower),
        (TARGET, numbered and "number" in lower),
        (TARGET_TO, numbered and "number" in lower),
        (TOTAL_TO, numbered and ("tak" in lower or "bring" in lower or "lift" in lower or "grow" in lower)),
        (TRANCHE, numbered and " of the " in lower),
        (TRANCHE_ALLOCATED, numbered and " of the " in lower and any(w in lower for w in _ALLOCATION_WORDS)),
        (POSTS_IN_TOTAL, numbered and (" in total" in lower or " in all" in lower)),
    )
    found = []
    for pattern, wanted in gated:
        for m in pattern.finditer(text) if wanted else ():
            count = parse_count(m.group("num") or m.groupdict().get("num2") or "")
            if count is None or count > _MAX_COUNT:
                continue
            reason = rejected_by_context(text, m.start(), m.end())
            if (
                reason is None
                and pattern is TEAM_OF
                and m.group("team").split()[-1].lower() in _WHOLE_BODIES
                and _LEADS.search(text, max(0, m.start() - 40), m.start())
            ):
                reason = BASELINE  # "who would lead a workforce of more than 15,000 people": its size now
            if reason is None and pattern is TARGET and _PAST_CHANGE.search(m.group(0)):
                reason = PAST_CHANGE  # "the number of wardens fell from 900 to 700": a statistic
            if reason is not None:
                report(reason, m.start(), m.end())
                continue
            role = _role_of(m)
            found.append((m.span(), _Hit(count, role, _head(role), "", 0.7)))
    return found


def _counted_all(text: str, report: _Report, worded: bool) -> list[tuple[_Span, _Hit]]:
    found = []
    turned_down: tuple[str, int] | None = None  # the reason and end of the figure turned down last
    for m in (COUNTED if worded else COUNTED_DIGITS).finditer(text):
        hit = _counted(text, m)
        if not isinstance(hit, str) and turned_down and _JOINED.fullmatch(text, turned_down[1], m.start()):
            # "currently has 500 doctors and 4,600 nurses": a figure joined to a baseline is one too
            hit = turned_down[0]
        if isinstance(hit, str):
            report(hit, m.start(), m.end())
            turned_down = (hit, m.end())
        elif hit is not None:
            found.append((m.span(), hit))
            included = _included(text, m, hit)
            if included is not None:
                found.append(included)
    return found


# What joins two figures of one list: "500 doctors and 4,600 nurses", "300 nurses, 40 midwives".
_JOINED = lazy(
    r"\s*(?:,\s*(?:and\s+|including\s+)?|and\s+|including\s+)"
    r"(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?"
)


def _vague_all(text: str, report: _Report) -> list[tuple[_Span, _Hit]]:
    found = []
    for m in VAGUE.finditer(text):
        hit = _vague(text, m)
        if isinstance(hit, str):
            report(hit, m.start(), m.end())
        elif hit is not None:
            found.append((m.span(), hit))
    return found


def _is_year(text: str, m: re.Match[str]) -> bool:
    """ "By 2030 officers will ...": a year, not a count."""
    if not _YEAR.fullmatch(m.group("num")):
        return False
    return _YEAR_LEAD.search(text, max(0, m.start() - 16), m.start()) is not None or m.start() == 0


def _holds_grade(text: str, end: int) -> bool:
    """Whether a pay grade's word may stand in the words right before ``end`` (GRADE_BEFORE's gate)."""
    window = text[max(0, end - 16) : end].lower()
    return "band" in window or "grade" in window or "level" in window or "tier" in window


def _counted(text: str, m: re.Match[str]) -> _Hit | str | None:
    """The hit of a counted figure, or the reason it is not one (None: not a count at all)."""
    count = parse_count(m.group("num"))
    noun = m.group("noun")
    if count is None or count < 2 or count > _MAX_COUNT:
        return None
    if _holds_grade(text, m.start()) and GRADE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "Band 5 nurses": the grade of the staff counted before it
    if (
        noun.lower() == "people"
        and not m.group("strong")
        and not (
            HIRE_PEOPLE.search(text, max(0, m.start() - 40), m.start())
            and PUBLIC_EMPLOYER.search(text, 0, m.start())
        )
    ):
        return PEOPLE
    reason = rejected_by_context(text, m.start(), m.end())
    if reason is not None:
        return reason
    if _is_year(text, m):
        return None
    role = _role(m.group("mods"), noun, m.group("tail"))
    if (_POSTS.match(noun) and _TRAINING_POSTS.search(m.group("mods"))) or _STUDENT_MODIFIER.search(
        m.group("mods")
    ):
        # "41 training posts", "45 undergraduate researchers": places for trainees and students of
        # a programme (SCHEMA rule 7)
        return TRAINEE_POSTS
    if _POSTS.match(noun):
        listed = _FOR_LIST.match(text[m.end() :])
        if not jobs_are_public(text, m.group("mods"), noun):
            return ECONOMY_JOBS
        if listed:
            role = listed.group(1).strip(" ,")
    qualified = QUAL_BEFORE.search(text, max(0, m.start() - 25), m.start()) is not None
    confidence = 0.8 if qualified or m.group("mods") else 0.7
    # "around 40 scientists ... when fully operational, of whom 25 will be newly hired": the hires
    new_ones = _OF_WHOM_NEW.search(text, m.end(), min(len(text), m.end() + 90))
    if (
        new_ones is not None
        and (hired := parse_count(new_ones.group("num"))) is not None
        and 2 <= hired < count
    ):
        count = hired
    return _Hit(count, role, _head(role), "", confidence)


def _included(text: str, m: re.Match[str], hit: _Hit) -> tuple[_Span, _Hit] | None:
    """A sub-tranche written without its noun inherits the role before it."""
    window_end = text.find(".", m.end())
    tail = text[m.end() : window_end if window_end != -1 else len(text)]
    sub = INCLUDING.search(tail)
    if sub is None:
        return None
    count = parse_count(sub.group("num"))
    if count is None or count == hit.count:
        return None
    return (m.end() + sub.start(), m.end() + sub.end()), _Hit(count, hit.role, hit.head, "", 0.6)


def _vague(text: str, m: re.Match[str]) -> _Hit | str | None:
    """The hit of a vague quantity, or the reason it is not one (None: not read as one)."""
    noun = m.group("noun")
    if noun.lower() == "people":
        return None
    reason = rejected_by_context(text, m.start(), m.end(), vague=True)
    if reason is not None:
        return reason
    before = text[max(0, m.start() - 12) : m.start()].lower()
    # "300 more officers" is counted elsewhere; "the extra officers" is anaphora.
    if re.search(r"(?:\d|\bthe|\bmany|\bno|\bany|\bfar|\bmuch)\s*$", before):
        return None
    if _POSTS.match(noun) and not jobs_are_public(text, m.group("mods"), noun):
        return ECONOMY_JOBS
    # A bare "more teachers" is a pledge only as the object of hiring or deploying.
    if vague_range(m.group("vague")) is None and not VAGUE_COMMIT.search(
        text[max(0, m.start() - 50) : m.start()]
    ):
        return NOT_COMMITTED
    role = _role(m.group("mods"), noun, m.group("tail"))
    return _Hit(None, role, _head(role), m.group("vague").strip().lower(), 0.4)


def _role(mods: str, noun: str, tail: str | None) -> str:
    role = f"{mods}{noun}{tail or ''}".strip()
    return _QUANTITY_WORDS.sub("", role).strip()


def _role_of(m: re.Match[str]) -> str:
    groups = m.groupdict()
    if groups.get("team"):
        return f"{groups['team']} of {groups['noun']}".strip() if groups.get("noun") else groups["team"]
    if groups.get("role1"):
        return _plural(groups["role1"].strip())
    if groups.get("role2"):
        return groups["role2"].strip()
    return _role("", groups.get("noun") or "", None)


def _plural(role: str) -> str:
    if role.lower().endswith(("police", "staff", "personnel", "people")):
        return role
    return role if role.endswith("s") else f"{role}es" if role.endswith(("ch", "sh")) else f"{role}s"


def _head(role: str) -> str:
    words = norm(role).split()
    return words[-1].rstrip("s") if words else ""


def _merge(found: list[tuple[_Hit, Sentence]], rejections: Rejections) -> list[tuple[_Hit, Sentence]]:
    """One pledge per count; vague mentions only when they add something.

    A vague mention restates a counted one when its order of magnitude fits the
    count ("thousands of new teachers" after "4,000 new teachers"); "more
    officers" is taken only when the document gives no count at all.
    """
    counted: dict[int, tuple[_Hit, Sentence]] = {}
    vague: dict[str, tuple[_Hit, Sentence]] = {}
    for hit, sentence in found:
        if hit.count is not None:
            counted.setdefault(hit.count, (hit, sentence))
        else:
            vague.setdefault(hit.head, (hit, sentence))
    kept = list(counted.values())
    for hit, sentence in vague.values():
        if hit.vague == "deployed":
            kept.append((hit, sentence))  # a named team sent out is its own pledge
            continue
        span = vague_range(hit.vague)
        if (span is None and counted) or (span is not None and any(span[0] <= c <= span[1] for c in counted)):
            rejections.add("headcount", RESTATED, hit.role, sentence.start, sentence.end)
            continue
        kept.append((hit, sentence))
    return sorted(kept, key=lambda pair: pair[1].start)


def _mention(hit: _Hit, sentence: Sentence) -> PledgeMention:
    return PledgeMention(
        kind="headcount",
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        fingerprint=make_fingerprint("headcount", hit.count, norm(hit.role)),
        confidence=hit.confidence,
        role=" ".join(hit.role.split()),  # (a scare quote read as a space leaves two)
        count=hit.count,
        extra={"rule": PLEDGED},
    )


def without_named_appointees(
    headcount: list[PledgeMention], appointments: list[PledgeMention], rejections: Rejections = IGNORE
) -> list[PledgeMention]:
    """The headcount pledges that are not the article's own appointments counted again: "four new
    sheriffs" where four people are appointed sheriff is no pledge to hire (``NAMED_APPOINTEES``)."""
    if not headcount or not appointments:
        return headcount
    kept = []
    for pledge in headcount:
        post = _post_noun(pledge.role or "")
        holders = sum(1 for a in appointments if post and post in (a.role or "").lower())
        if pledge.count is not None and pledge.count == holders:
            rejections.add("headcount", NAMED_APPOINTEES, pledge.evidence, pledge.start, pledge.end)
            continue
        kept.append(pledge)
    return kept


def _post_noun(role: str) -> str:
    """The post a headcount's role counts, singular and lower case ("new sheriffs" -> "sheriff")."""
    last = role.lower().split()[-1] if role.strip() else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last
