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

from tracker.extract.appointment_roles import (
    clean_role,
    has_title,
    is_body,
    organisation_of,
    subject_organisation,
)
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.names import full_names, leading_person, resolve, surname, trailing_person
from tracker.extract.sentences import Sentence
from tracker.extract.similarity import norm
from tracker.extract.types import ArticleText, PledgeMention

_ADV = r"(?:(?:also|formally|newly|yesterday|today|now|officially|been|being)\s+)*"
# The appointer names the person: "has named", "has chosen", "appoints".
_OBJECT_CUE = re.compile(
    r"\b(?:appoint(?:s|ed)?|re-?appoint(?:s|ed)?|name[sd]?|chose|chosen|choos(?:es|ing)|select(?:s|ed)"
    r"|nominat(?:es|ed)|confirm(?:s|ed)|install(?:s|ed)|unveil(?:s|ed)|announc(?:es|ed)|tap(?:s|ped)|pick(?:s|ed)"
    r"|swore\s+in|swears\s+in)\s+(?=[A-Z])"
)
_OBJECT_LINK = re.compile(
    r"^[^,;:]{0,8}?\s*(?:,\s*)?(?:as|to\s+be|to\s+serve\s+as|to\s+(?:a|the)\s+(?:new\s+)?(?:post|role|position)\s+(?:of|as)"
    r"|to\s+(?:the\s+)?(?=[A-Z])|(?=to\s+(?:lead|head|run|chair)\b)"
    # "appointed Sam Lee chief executive": the role follows the name directly.
    r"|(?=(?:(?:the|its|their|his|her|new|interim|acting)\s+)*(?:chief|chair\w*|director|head|president"
    r"|secretary|commissioner|executive|deputy|interim|acting|[A-Z]\w+\s+(?:Director|Secretary|Officer|Chair)\b)))\s*"
)
# The person is the subject; the role follows the cue.
# The pattern starts at the verb; auxiliaries before it ("has been", "was
# yesterday") are peeled off the subject text by _AUX_TAIL.
_SUBJECT_CUE = re.compile(
    r"\b(?:(?P<participle>appointed|re-?appointed|named|chosen|selected|installed|revealed|unveiled|nominated"
    r"|confirmed|promoted)(?:\s+as)?"
    r"|(?:is\s+to\s+be|will\s+be|is\s+set\s+to\s+be|to\s+be)(?=\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?:new|next|first|interim|acting)\s+)*(?:[A-Z]|(?:chief|chair|head|director|executive|minister|secretary"
    r"|commissioner|president|leader|deputy|interim|acting)\b))"
    r"|(?:becomes|will\s+become|is\s+to\s+become|to\s+become|moves\s+to\s+become|(?:is\s+)?(?:moving|leaving)"
    r"(?:\s+up)?\s+to\s+become|leaves\s+to\s+become)"
    r"|(?:takes|will\s+take|is\s+to\s+take)\s+over\s+as|steps\s+up\s+as|(?:will|is\s+to|to)\s+serve\s+as|serves\s+as"
    r"|(?:takes|will\s+take|is\s+to\s+take|has\s+taken|steps)\s+(?:up|on|into)?\s*(?:(?:the|his|her|their)\s+)?"
    r"(?:new\s+)?(?:post|role|job|position)\s+(?:of|as)|is\s+the\s+new(?=\s+[A-Za-z])"
    r"|fills\s+the\s+(?:role|post|position)\s+of"
    r"|(?:joins|will\s+join|has\s+joined|starts|will\s+start|returns|will\s+return)\s+(?:[\w'’-]+\s+){0,5}?as"
    r"|will\s+also\s+serve\s+as|sworn\s+in\s+as|(?:will|is\s+to|to)\s+act\s+as|acts\s+as"
    r"|(?:given|handed|offered)\s+the\s+(?:new\s+)?(?:role|post|job|position)\s+of"
    r"|(?:succeeds|replaces|will\s+succeed|will\s+replace|is\s+to\s+succeed|is\s+to\s+replace)"
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,5}as)\s+"
)
# "The new chief executive is Jane Smith": role first, person after.
_INVERTED = re.compile(
    r"\b(?i:the)\s+(?:new|next|incoming|first)\s+(?P<role>[^,.;]{3,60}?)\s+(?:is|will\s+be)\s+(?=[A-Z])"
)
# "announced the appointment of Jane Smith as ..."
_APPOINTMENT_OF = re.compile(r"\b(?:re-?)?appointment\s+of\s+(?=[A-Z])")
# Verbs that carry the role themselves: "is to chair X", "will head the Agency".
_ROLE_VERB = re.compile(
    rf"\b(?:is\s+to|will|to|is\s+set\s+to){_ADV}\s*(?P<verb>chair|head|lead|join|run)\s+(?P<obj>(?:the\s+)?[^,;.]+)"
)
_POSSESSIVE_CUE = re.compile(r"['’]s\s+(?:re-?)?appointment\s+as\s+")
_LED_BY = re.compile(
    r"\b(?:will|would|is\s+to|is\s+going\s+to|shall)\s+be\s+(?:led|headed|chaired|run)\s+by\s+"
)
# Hedged, past or unchanged: no appointment made by this announcement.
_SKIP = re.compile(
    r"\b(?:tipped|expected\s+to\s+be|likely\s+to\s+be|frontrunner|front-runner|favourite|rumoured|in\s+line\s+to"
    r"|remains?\s+in\s+post|to\s+be\s+announced|could\s+be\s+(?:named|appointed))\b",
    re.IGNORECASE,
)
_PAST_BIO = re.compile(r"\b(?:was|had\s+been|became)\b[^.;]*\b(?:in|from|between|until)\s+((?:19|20)\d\d)\b")
# Words one of the cues needs; a set intersection is far cheaper than the cue
# patterns, which only run on sentences that pass it. Common verbs ("be",
# "take", "lead") only count next to a word that can be part of a role.
_STRONG_CUES = frozenset(
    "announce announces announced tap taps tapped pick picks picked swore swears appoint appoints "
    "appointed reappointed appointment name names named chose chosen chooses choosing select selects "
    "selected nominate nominates nominated confirm confirms confirmed install installs installed reveal "
    "revealed unveil unveils unveiled promoted sworn led headed chaired".split()
)
_WEAK_CUES = frozenset(
    "become becomes takes take taken serve serves fills steps chair head lead join joins run be succeeds "
    "succeed replaces replace starts returns act acts given handed offered new".split()
)
_ROLE_WORDS = frozenset(
    "chief executive director chair chairs chairman chairwoman chairperson minister secretary commissioner "
    "envoy ambassador adviser advisor head leader president governor officer member lead trustee judge "
    "deputy manager controller registrar inspector ombudsman representative coordinator tsar czar boss "
    "principal dean chancellor commander administrator superintendent constable general treasurer board "
    "council committee panel cabinet post role".split()
)
_WORDS = re.compile(r"[a-z]+")
_AUX_TAIL = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|will|would|been|being|also|formally|newly|yesterday|today|now"
    r"|officially|just)\s+)+$"
)
_ACTIVE = re.compile(r"^(?:has|have|had)\s+(?!.*\bbeen\b)")
_LIST_LINK = re.compile(r"(?:,\s*and|,|\s+and)\s+$")
_PRONOUN = re.compile(r"^(?:he|she|they|him|her|it|we|i)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    person: str
    start: int  # offset of the person in the sentence
    role: str
    organisation: str | None
    priority: int  # 2: role written out ("as X"), 1: from a verb ("to chair X"), 0: from "led by"


def find_appointments(article: ArticleText, sentences: list[Sentence]) -> list[PledgeMention]:
    """People appointed by the article, one per person, in text order."""
    found: list[tuple[_Found, Sentence]] = []
    for sentence in sentences:
        if not _may_appoint(set(_WORDS.findall(sentence.text.lower()))) or _SKIP.search(sentence.text):
            continue
        if _is_biography(sentence.text, article):
            continue
        found.extend((f, sentence) for f in _in_sentence(sentence.text))
    if not found:
        return []
    index = full_names(article.text)
    merged: dict[str, tuple[_Found, Sentence]] = {}
    for item, sentence in found:
        person = resolve(item.person, index)
        key = surname(person)
        current = merged.get(key)
        if current is None or item.priority > current[0].priority:
            merged[key] = (_Found(person, item.start, item.role, item.organisation, item.priority), sentence)
    ordered = sorted(merged.values(), key=lambda pair: (pair[1].start, pair[0].start))
    return [_mention(item, sentence) for item, sentence in ordered]


def _may_appoint(words: set[str]) -> bool:
    if not _STRONG_CUES.isdisjoint(words):
        return True
    return not _WEAK_CUES.isdisjoint(words) and not _ROLE_WORDS.isdisjoint(words)


def _is_biography(text: str, article: ArticleText) -> bool:
    match = _PAST_BIO.search(text)
    year = article.published.year if article.published else None
    return match is not None and year is not None and int(match.group(1)) < year


def _in_sentence(text: str) -> list[_Found]:
    raw: list[tuple[str, int, int, str, int]] = []  # person, person start, role start, role kind, priority
    for m in _OBJECT_CUE.finditer(text):
        person = leading_person(text[m.end() :])
        if person is None:
            continue
        after_name = m.end() + _name_end(text[m.end() :], person)
        link = _OBJECT_LINK.match(text[after_name:])
        if link:
            raw.append((person[0], m.end() + person[1], after_name + link.end(), "as", 2))
    for m in _APPOINTMENT_OF.finditer(text):
        person = leading_person(text[m.end() :])
        if person is not None:
            after_name = m.end() + _name_end(text[m.end() :], person)
            link = _OBJECT_LINK.match(text[after_name:])
            if link:
                raw.append((person[0], m.end() + person[1], after_name + link.end(), "as", 2))
    for m in _INVERTED.finditer(text):
        person = leading_person(text[m.end() :])
        if person is not None and person[1] == 0:
            raw.append((person[0], m.end(), m.start("role"), f"fixed:{m.group('role')}", 2))
    for m in _SUBJECT_CUE.finditer(text):
        before = text[: m.start()]
        aux = _AUX_TAIL.search(before, max(0, len(before) - 60))
        if aux is not None:
            # "HS2 Ltd has named X": the subject appoints, X is the object.
            if m.group("participle") and _ACTIVE.search(aux.group(0)):
                continue
            before = before[: aux.start()]
        subject = _subject(before)
        while subject:
            raw.append((subject[0], subject[1], m.end(), "as", 2))
            subject = _co_subject(before, subject[1])
    for m in _ROLE_VERB.finditer(text):
        subject = _subject(text[: m.start()])
        if subject and is_body(m.group("obj"), m.group("verb")):
            raw.append((subject[0], subject[1], m.start("verb"), m.group("verb"), 1))
    for m in _POSSESSIVE_CUE.finditer(text):
        subject = _subject(text[: m.start()])
        if subject:
            raw.append((subject[0], subject[1], m.end(), "as", 2))
    for m in _LED_BY.finditer(text):
        person = leading_person(text[m.end() :])
        if person:
            start = m.end() + person[1]
            after = text[start + len(person[0]) :]
            as_role = re.match(r"^[^,;.]{0,12}?\s+as\s+", after)
            if as_role:
                raw.append((person[0], start, start + len(person[0]) + as_role.end(), "as", 2))
            else:
                clause = text[max(0, m.start() - 80) : m.start()].split(". ")[-1]
                raw.append((person[0], start, m.start(), f"head:{clause}", 0))
    return _roles(text, raw)


def _name_end(text: str, person: tuple[str, int]) -> int:
    """Offset just past the person's name (and any post-nominals) in ``text``."""
    last = person[0].split()[-1]
    pos = text.find(last, person[1]) + len(last)
    post = re.match(r"(?:\s+[A-Z]{2,5}\b)*", text[pos:])
    return pos + (post.end() if post else 0)


def _subject(before: str) -> tuple[str, int] | None:
    """The person a clause is about: the name just before the verb, or the name
    before an apposition (", who runs X," / ", currently Y," / ", newly")."""
    stripped = re.sub(r",\s*(?:who|which)$", ",", before.rstrip())
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


def _roles(text: str, raw: list[tuple[str, int, int, str, int]]) -> list[_Found]:
    """Cut each role at the next person's name and keep those with a title."""
    starts = sorted(p[1] for p in raw)
    found: dict[str, _Found] = {}
    for person, p_start, r_start, kind, priority in raw:
        limit = min((s for s in starts if s > max(p_start, r_start)), default=len(text))
        if kind.startswith("fixed:"):
            role = clean_role(kind[6:])
            org = organisation_of(role)
        elif kind.startswith("head:"):
            role = f"head of {clean_role(kind[5:].strip())}"
            org = subject_organisation(kind[5:])
        else:
            role = clean_role(text[r_start:limit], verb=kind)
            org = organisation_of(role) or subject_organisation(text[:p_start])
        if not role or (priority and not has_title(role)):
            continue
        key = surname(person)
        if key not in found or priority > found[key].priority:
            found[key] = _Found(person, p_start, role, org, priority)
    return list(found.values())


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
    )
