"""Appointment pledges: a named person put into a role by the announcement.

Three shapes cover announcements: the appointer names the person ("X has
named Jane Smith as its new chair"), the person is the subject ("Jane Smith is
to chair X", "Jane Smith, who runs Y, becomes Z", "Jane Smith's appointment as
Z"), or a body is put under someone ("the new Command will be led by Jane
Smith"). The role must contain a title word, which keeps out "named Kogan as
the favoured candidate"; biographies, people staying in post and hedged
reports are skipped. Mentions of one person are merged by surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from tracker.extract.appointment_cues import (
    APPOINTMENT_OF,
    APPOSITION,
    HELM,
    INVERTED,
    INVERTED_WILL,
    LED_BY,
    LIST_CUE,
    OBJECT_CUE,
    OBJECT_LINK,
    PAST_BIO,
    POSSESSIVE_CUE,
    ROLE_VERB,
    ROLE_WORDS,
    SKIP,
    STRONG_CUES,
    SUBJECT_CUE,
    WEAK_CUES,
)
from tracker.extract.appointment_roles import (
    clean_role,
    has_title,
    is_body,
    organisation_of,
    subject_organisation,
)
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.names import full_names, leading_person, resolve, surname, trailing_person
from tracker.extract.registry import IGNORE, Rejections, decision
from tracker.extract.sentences import Sentence
from tracker.extract.similarity import norm, word_set
from tracker.extract.types import ArticleText, PledgeMention

_AUX_TAIL = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|will|would|been|being|also|formally|newly|yesterday|today|now"
    r"|officially|just)\s+)+$"
)
_ACTIVE = re.compile(r"^(?:has|have|had)\s+(?!.*\bbeen\b)")
_LAST_NOUN_PHRASE = re.compile(r"\b(?i:the|a|an|its|this)\s+[^,;:]*$")
_LIST_LINK = re.compile(r"(?:,\s*and|,|\s+and)\s+$")
# "Kate Morgan has agreed to chair": the subject sits before the agreement.
_AGREED_TAIL = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:agreed|accepted\s+an\s+invitation|been\s+(?:asked|invited|chosen|selected"
    r"|appointed|named|picked|tapped))\s*$"
)
_APPOSITION_VERB = re.compile(
    r",\s+(?:will\s+(?:start|join|take|begin|lead|head|be\s+responsible)|starts|joins|begins|takes\s+(?:up|over|office)"
    r"|is\s+due\s+to|who\s+(?:starts|joins|will\s+(?:start|join|take)))\b"
)
_FIRST_TO_BE = re.compile(
    r"\s+(?:is|becomes|will\s+be|will\s+become)\s+the\s+first\s+(?:[\w-]+\s+){1,2}to\s+be\s+$"
)
_APPOSED = re.compile(r",\s*[^,;:()]{1,80}?,\s*(?=(?:as|to\s+(?:be|serve|lead|head|run|chair))\b)")
_MADE_PERMANENT = re.compile(r"\s+(?:on\s+a\s+permanent\s+basis|permanently|substantively)\b")
_PAST_AFTER = re.compile(
    r"[^,;.]{0,60}?\b(?:last\s+(?:year|month|week|spring|summer|autumn|winter)|(?:\w+\s+)?(?:years?|months?|weeks?)"
    r"\s+ago|previously|earlier\s+this\s+year)\b"
)
_ROLE_BEFORE = re.compile(r"(?:^|[.;:]\s+)(?i:an?|the)\s+(?P<role>[^,.;]{3,60}),\s+$")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|;\s*|\.$")
_LIST_ROLE = re.compile(r"^(?:the\s+)?(?:following\s+)?")
_ASIDE = re.compile(r"\s*\([^()]{0,40}\)$")
_PRONOUN = re.compile(r"^(?:he|she|they|him|her|it|we|i)$", re.IGNORECASE)


APPOINTED = decision(
    "appointment.appointed",
    "appointment",
    "accept",
    "a named person put into a post with a title by the announcement",
    examples=("The department has appointed Jane Holloway as its new chief executive.",),
    counter=("Jane Holloway said the plan was ambitious.",),
)
HEDGED = decision(
    "appointment.hedged",
    "appointment",
    "reject",
    "someone tipped or expected, a post unchanged, or an opposition post is not appointed here "
    "(SCHEMA rule 6)",
    examples=("Sources say the council will name Jane Holloway as chief executive; she is the favourite.",),
    counter=("Jane Holloway has been appointed the next chief executive.",),
    uses=("appointment.cue.hedged",),
)
BIOGRAPHY = decision(
    "appointment.biography",
    "appointment",
    "reject",
    "a post taken in a year before publication is a past role (SCHEMA rule 6)",
    examples=("Sam Orr was appointed Harbour Minister in 2019.",),
    counter=("Sam Orr has been appointed Harbour Minister.",),
    uses=("appointment.cue.biography",),
)
PAST = decision(
    "appointment.past",
    "appointment",
    "reject",
    "a post taken 'last month' or 'years ago' is before the announcement",
    examples=("Ann Lee, who was named chief executive last month, spoke.",),
    counter=("Ann Lee has been named chief executive.",),
)
NO_TITLE = decision(
    "appointment.no-title",
    "appointment",
    "reject",
    "what follows the cue is not a post with a title ('named as the favourite', 'chosen to provide')",
    examples=("Ann Lee was chosen to provide the answers.",),
    counter=("Ann Lee was chosen as chair of the panel.",),
)


@dataclass(frozen=True)
class _Found:
    person: str
    start: int  # offset of the person in the sentence
    role: str
    organisation: str | None
    priority: int  # 2: role written out ("as X"), 1: from a verb ("to chair X"), 0: from "led by"


def find_appointments(
    article: ArticleText, sentences: list[Sentence], rejections: Rejections = IGNORE
) -> list[PledgeMention]:
    """People appointed by the article, one per person, in text order.

    Candidates turned down are reported to ``rejections`` with the decision's name.
    """
    found: list[tuple[_Found, Sentence]] = []
    for sentence in sentences:
        if not _may_appoint(word_set(sentence.text)):
            continue
        reason = HEDGED if SKIP.search(sentence.text) else None
        if reason is None and _is_biography(sentence.text, article):
            reason = BIOGRAPHY
        if reason is not None:
            for raw in _raw_in_sentence(sentence.text):
                rejections.add(
                    "appointment",
                    reason,
                    raw.person,
                    sentence.start + raw.person_start,
                    sentence.start + raw.person_start + len(raw.person),
                )
            continue
        found.extend((f, sentence) for f in _in_sentence(sentence, rejections))
    if not found:
        return []
    index = full_names(article.text, frozenset(surname(item.person) for item, _ in found))
    merged: dict[str, tuple[_Found, Sentence]] = {}
    for item, sentence in found:
        person = resolve(item.person, index)
        key = surname(person)
        current = merged.get(key)
        if current is None or item.priority > current[0].priority:
            merged[key] = (_Found(person, item.start, item.role, item.organisation, item.priority), sentence)
    ordered = sorted(merged.values(), key=lambda pair: (pair[1].start, pair[0].start))
    return [_mention(item, sentence) for item, sentence in ordered]


def _may_appoint(words: frozenset[str]) -> bool:
    if not STRONG_CUES.isdisjoint(words):
        return True
    return not WEAK_CUES.isdisjoint(words) and not ROLE_WORDS.isdisjoint(words)


def _is_biography(text: str, article: ArticleText) -> bool:
    match = PAST_BIO.search(text)
    year = article.published.year if article.published else None
    return match is not None and year is not None and int(match.group(1)) < year


class _Raw(NamedTuple):
    """A cue match before its role is cut: who, where, and how the role is written."""

    person: str
    person_start: int
    role_start: int
    kind: str  # "as", a verb ("chair"), "fixed:<role>" or "head:<clause>"
    priority: int


def _in_sentence(sentence: Sentence, rejections: Rejections) -> list[_Found]:
    return _roles(sentence, _raw_in_sentence(sentence.text), rejections)


def _raw_in_sentence(text: str) -> list[_Raw]:
    return [
        *_object_cues(text),
        *_inverted(text),
        *(_listed(text) if ":" in text else ()),
        *(_apposition(text) if ", " in text else ()),
        *_subject_cues(text),
        *_verb_cues(text),
        *_led_by(text),
    ]


def _object_cues(text: str) -> list[_Raw]:
    """ "X has named Jane Smith as ...", "the appointment of Jane Smith as ..."."""
    found = []
    patterns = (OBJECT_CUE, APPOINTMENT_OF) if "ppointment" in text else (OBJECT_CUE,)
    for pattern in patterns:
        for m in pattern.finditer(text):
            person = leading_person(text[m.end() :])
            if person is None:
                continue
            after_name = m.end() + _name_end(text[m.end() :], person)
            # "appointed Jane Smith, a former prosecutor, as ...": skip the apposition.
            aside = _APPOSED.match(text, after_name)
            link_at = aside.end() if aside else after_name
            link = OBJECT_LINK.match(text[link_at:])
            if link:
                found.append(_Raw(person[0], m.end() + person[1], link_at + link.end(), "as", 2))
            elif person[1] > 0 and _MADE_PERMANENT.match(text, after_name):
                # "appointed interim chief executive Jane Smith on a permanent basis"
                role = text[m.end() : m.end() + person[1]]
                found.append(_Raw(person[0], m.end() + person[1], m.end(), f"fixed:{role}", 2))
    return found


def _inverted(text: str) -> list[_Raw]:
    """ "The new chief executive will be Jane Smith"."""
    found = []
    matches = [*INVERTED.finditer(text), *(INVERTED_WILL.finditer(text) if "will be" in text else ())]
    for m in matches:
        person = leading_person(text[m.end() :])
        if person is not None and person[1] == 0:
            if person[0].endswith(("'s", "’s")):
                continue  # "will be Jane Holt's main contact"
            found.append(_Raw(person[0], m.end(), m.start("role"), f"fixed:{m.group('role')}", 2))
    return found


def _subject_cues(text: str) -> list[_Raw]:
    """ "Jane Smith has been appointed ...", "Jane Smith, who runs X, becomes ..."."""
    found = []
    for m in SUBJECT_CUE.finditer(text):
        before = text[: m.start()]
        aux = _AUX_TAIL.search(before, max(0, len(before) - 60))
        if aux is not None:
            # "HS2 Ltd has named X": the subject appoints, X is the object.
            if m.group("participle") and _ACTIVE.search(aux.group(0)):
                continue
            before = before[: aux.start()]
        first = _FIRST_TO_BE.search(before, max(0, len(before) - 60))
        if first is not None:
            before = before[: first.start()]  # "Jane Smith is the first woman to be appointed ..."
        subject = _subject(before)
        while subject:
            found.append(_Raw(subject[0], subject[1], m.end(), "as", 2))
            subject = _co_subject(before, subject[1])
    for m in POSSESSIVE_CUE.finditer(text) if "ppointment" in text else ():
        subject = _subject(text[: m.start()])
        if subject:
            found.append(_Raw(subject[0], subject[1], m.end(), "as", 2))
    return found


def _verb_cues(text: str) -> list[_Raw]:
    """ "Jane Smith is to chair the review", "will head the new agency", "takes the helm at X"."""
    found = []
    for m in ROLE_VERB.finditer(text):
        subject = _subject(_AGREED_TAIL.sub("", text[: m.start()]))
        if subject and is_body(m.group("obj"), m.group("verb")):
            found.append(_Raw(subject[0], subject[1], m.start("verb"), m.group("verb"), 1))
    if "helm" in text or "charge" in text or "command" in text:
        for m in HELM.finditer(text):
            before = text[: m.start()]
            aux = _AUX_TAIL.search(before, max(0, len(before) - 60))
            subject = _subject(before[: aux.start()] if aux else before)
            if subject and is_body(m.group("obj"), "head"):
                found.append(_Raw(subject[0], subject[1], m.start("obj"), "head", 1))
    return found


def _listed(text: str) -> list[_Raw]:
    """ "appointed three new board members: Ann Bell, Raj Singh and Tom Hughes"."""
    found = []
    for m in LIST_CUE.finditer(text):
        role = _LIST_ROLE.sub("", m.group("role").strip())
        to_body = re.match(r"^to\s+(?:the\s+)?(?P<body>.+)$", role)
        role = f"member of the {to_body.group('body')}" if to_body else re.sub(r"s$", "", role)
        item_start = m.end()
        for sep in [*_LIST_SPLIT.finditer(text, m.end()), None]:
            item_end = sep.start() if sep is not None else len(text)
            person = leading_person(text[item_start:item_end])
            if person is not None and person[1] <= 4:
                found.append(_Raw(person[0], item_start + person[1], m.start("role"), f"fixed:{role}", 2))
            if sep is None:
                break
            item_start = sep.end()
    return found


def _apposition(text: str) -> list[_Raw]:
    """ "The new director, Dr Jo Bell, starts in March"."""
    found = []
    for m in APPOSITION.finditer(text):
        person = leading_person(text[m.end() :])
        if person is not None and person[1] == 0:
            end = m.end() + _name_end(text[m.end() :], person)
            if _APPOSITION_VERB.match(text, end):
                found.append(_Raw(person[0], m.end(), m.start("role"), f"fixed:{m.group('role')}", 2))
    return found


def _led_by(text: str) -> list[_Raw]:
    """ "The new Command will be led by Jane Smith (as ...)"."""
    found = []
    for m in LED_BY.finditer(text) if " by " in text else ():
        person = leading_person(text[m.end() :])
        if not person:
            continue
        start = m.end() + person[1]
        after = text[start + len(person[0]) :]
        as_role = re.match(r"^[^,;.]{0,12}?\s+as\s+", after)
        if as_role:
            found.append(_Raw(person[0], start, start + len(person[0]) + as_role.end(), "as", 2))
        else:
            clause = text[max(0, m.start() - 80) : m.start()].split(". ")[-1]
            # "Moore said the new office would be led by": the body is the last noun phrase.
            phrase = _LAST_NOUN_PHRASE.search(clause)
            clause = phrase.group(0) if phrase else clause
            found.append(_Raw(person[0], start, m.start(), f"head:{clause}", 0))
    return found


def _name_end(text: str, person: tuple[str, int]) -> int:
    """Offset just past the person's name (and any post-nominals) in ``text``."""
    last = person[0].split()[-1]
    pos = text.find(last, person[1]) + len(last)
    post = re.match(r"(?:\s+[A-Z]{2,5}\b)*", text[pos:])
    return pos + (post.end() if post else 0)


def _subject(before: str) -> tuple[str, int] | None:
    """The person a clause is about: the name just before the verb, or the name
    before an apposition (", who runs X," / ", currently Y," / ", newly")."""
    # "Jane Holt (52) will", "Jane Holt, who": the name sits before the aside.
    stripped = re.sub(r",\s*(?:who|which)$", ",", _ASIDE.sub("", before.rstrip()))
    if not stripped.endswith(","):
        direct = trailing_person(stripped)
        return None if direct is None or _PRONOUN.match(direct[0]) else direct
    chunks = list(re.finditer(r"[^,]+", stripped[:-1]))
    for chunk in reversed(chunks[-3:]):
        words = chunk.group(0).split()
        # An apposition describes the person ("currently governor of HMP
        # Leeds"); the person is named before it.
        if words and (words[0][:1].islower() or words[0] in ("The", "A", "An")) and chunk is not chunks[0]:
            continue
        found = trailing_person(chunk.group(0).rstrip())
        if found:
            return found[0], chunk.start() + found[1]
    return None


def _co_subject(before: str, start: int) -> tuple[str, int] | None:
    """The person listed before another subject: "Ann Lee and Raj Patel have been appointed"."""
    link = _LIST_LINK.search(before, max(0, start - 8), start)
    return trailing_person(before[: link.start()]) if link else None


def _roles(sentence: Sentence, raw: list[_Raw], rejections: Rejections) -> list[_Found]:
    """Cut each role at the next person's name and keep those with a title."""
    text = sentence.text
    starts = sorted(r.person_start for r in raw)
    found: dict[str, _Found] = {}
    for person, p_start, r_start, kind, priority in raw:
        limit = min((s for s in starts if s > p_start and s >= r_start), default=len(text))
        if kind == "as" and _PAST_AFTER.match(text, r_start):
            # "who was named chief executive last month": before this announcement
            _reject(rejections, PAST, sentence, person, p_start)
            continue
        if kind.startswith("fixed:"):
            role = clean_role(kind[6:])
            org = organisation_of(role)
        elif kind.startswith("head:"):
            role = f"head of {clean_role(kind[5:].strip())}"
            org = subject_organisation(kind[5:])
        else:
            role = clean_role(text[r_start:limit], verb=kind)
            before = _ROLE_BEFORE.search(text, max(0, p_start - 70), p_start) if not role else None
            if before is not None:
                # "An interim president for the agency, Jo Bell, has been named while ..."
                role = clean_role(before.group("role"))
            org = organisation_of(role) or subject_organisation(text[:p_start])
        if not role or (priority and not has_title(role)):
            _reject(rejections, NO_TITLE, sentence, person, p_start)
            continue
        key = surname(person)
        if key not in found or priority > found[key].priority:
            found[key] = _Found(person, p_start, role, org, priority)
    return list(found.values())


def _reject(rejections: Rejections, reason: str, sentence: Sentence, person: str, start: int) -> None:
    at = sentence.start + start
    rejections.add("appointment", reason, person, at, at + len(person))


def _mention(item: _Found, sentence: Sentence) -> PledgeMention:
    return PledgeMention(
        kind="appointment",
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        fingerprint=make_fingerprint("appointment", norm(item.person)),
        confidence=(0.6, 0.7, 0.8)[item.priority],
        person=item.person,
        role=item.role,
        organisation=item.organisation,
        extra={"rule": APPOINTED},
    )
