"""The role and organisation of an appointment, cut out of the words after the cue.

A role runs from the cue to the first clause boundary: a comma followed by a
lower-case word, a dash, a bracket, "which"/"who", a date ("in June"), or a
purpose ("to lead ..."). Leading determiners and ordinals ("the UK's first")
are dropped; a role must contain a title word to count.
"""

from __future__ import annotations

import re

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy

_MONTHS = lex.MONTH
_BOUNDARY = lazy(
    r"⟨|,\s+(?=[a-z])|,\s+[A-Z][^,]{0,70}?\b(?:said|says|confirmed|announced|added"
    r"|has\s+confirmed)\b|\s+[–—-]\s+|\s*\(|;|:|\.(?:\s|$)|!|\?|[\"“”]"
    r"|\s+(?:was|were|is|are|has|have|had)\s|\s+that\s+(?:will|would|can|could|is|are|has|have)\s"
    r"|\s+(?:which|who|whose|once|until|when|from|after|before"
    r"|following|while|where|tasked|replacing|succeeding|in\s+place\s+of|in\s+succession\s+to"
    # a ceremony's place: "sworn in as Minister of Finance at Rideau Hall"
    rf"|at\s+(?:the\s+)?{lex.alternation(lex.CEREMONY_PLACES)}"
    r"|with\s+(?:effect|immediate|the\s+job|responsibility)|(?:for|during)\s+(?:a|an"
    r"|the)\s+(?:[\w-]+\s+){0,2}(?:terms?|period|years?|months?)"
    # ("appointed to the board for four-year terms", "for three years")
    r"|for\s+(?:(?:further|new|fresh|renewable|staggered|two|three|four|five|six|\d)[\w-]*\s+){1,2}"
    r"(?:terms|years|months)"
    r"|and\s+(?:will|is|has|keeps|brings|said|takes|was|would)"
    # a second act in the same breath: "as Minister of Education and handing the Police portfolio to"
    r"|and\s+[a-z]+ing\s+(?:the|a|an|his|her|their|its)\s"
    # a second decision of the same subject: "appointed X as Chief Secretary and set up a panel",
    # "and decided to form" (not the adjectives of a portfolio: "Health and Aged Care")
    r"|and\s+(?:set|made|took|gave|met|held|sent|began|chose|put"
    r"|(?!(?:aged|advanced|applied|integrated|related|associated|shared|protected|licensed|red)\b)[a-z]+ed)"
    r"|in\s+(?:" + _MONTHS + r"|\d{4}|the\s+(?:summer|spring"
    r"|autumn|winter|new\s+year))|on\s+(?:\d|" + lex.WEEKDAY + r")"
    r"|to\s+(?:help|lead|oversee|drive|deliver|support|steer|replace|succeed|ensure|take|work|tackle)"
    r"|this\s+(?:year|month|week)|next\s+(?:year|month|week)|later\s+this)\b"
)
_LEADING = lazy(
    r"^(?:(?i:the|a|an|its|his|her|their|our)\s+)?"
    # (a place of two or three words: "New Zealand's next Police Commissioner")
    r"(?:(?:[A-Z][\w.-]*\s+){0,2}[\w.-]+['’]s?\s+(?=(?i:new|next|first|second|third|fourth|inaugural|founding|\d+(?:st|nd|rd"
    r"|th))\b))?"
    r"(?:(?i:new|next|first|second|third|fourth|inaugural|founding|\d+(?:st|nd|rd|th))\s+)*",
)
_TITLE = lazy(rf"\b{lex.alternation(lex.ROLE_TITLES)}s?\b", re.IGNORECASE)
_ORG = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+|the\s+)*[A-Z][\w'’&.-]*)*"
# "of State" in "Minister of State for X" is part of the title, not a body.
_OF_ORG = lazy(rf"\b(?:of(?!\s+State\b)|at)\s+(?:the\s+)?(?P<org>{_ORG})")
_ORG_WORD = lazy(
    r"\b(?:Office|Department|Ministry|Ltd|Limited|plc|Agency|Board|Council|Government|Authority|Service|NHS"
    r"|Commission|Trust|Executive|Committee|Regulator|Bank|Command|Force|Police|Army|Navy|University"
    r"|Institute"
    r"|Foundation|Unit|Team|Administration|Parliament|Assembly|Court)\b"
)
_SUBJECT_ORG = lazy(rf"(?:^|[.;:]\s+|\bthe\s+|^The\s+)(?P<org>{_ORG})\s+(?:has|have|will|is|today)\b")
_DAYS = lex.WEEKDAY
_BEFORE_ROLE = lazy(
    rf"^(?:(?:by\s+(?:the\s+)?[A-Z][^,;.]{{0,40}}?|on\s+(?:{_DAYS}|\d{{1,2}}\s+[A-Z]\w+|[A-Z]\w+\s+\d{{1,2}})"
    r"|today|yesterday|this\s+week|formally|officially)\s+as\s+"
    r"|(?:to\s+)?(?:the\s+)?(?:new\s+)?(?:role|post|position|job)\s+(?:of|as)\s+"
    # "appointed to act as Permanent Secretary", "to serve as chair"
    r"|to\s+(?:act|serve)\s+as\s+)"
)
_NOT_A_POST = lazy(
    r"^(?:(?:in|on|by|at|after|among|from|with|over|during|amid)\b|(?:(?:a|an|the|his|her"
    # ("the trust's previous chair": a possessive before the past post)
    r"|their)\s+)?(?:[\w-]+['’]s\s+)?(?:former|ex-|previous|outgoing|departing)\b)",
    re.IGNORECASE,
)
# Firms appointed to a contract are suppliers, not people in a post.
_CONTRACT = lazy(
    r"\b(?:contractor|supplier|provider|partner|operator|developer|consultancy|firm|company|bank"
    r"|broker|vendor"
    r"|builder)s?$",
    re.IGNORECASE,
)
# A post in a body: a title, then "of" or "at" ("special officer of the new company").
_TITLE_OF = lazy(rf"\b{lex.alternation(lex.ROLE_TITLES)}\s+(?:of|at)\b", re.IGNORECASE)
_VERB_ROLE = {
    "chair": "Chair of",
    "head": "head of",
    "lead": "leader of",
    "run": "head of",
    "join": "member of",
    "command": "commander of",
    "oversee": "head of",
}
_MAX_WORDS = 14
_FILLS_SEAT = lazy(r"to\s+fill\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:seat|vacancy)\b")
# The patterns clean_role, _cut, is_body and subject_organisation apply to every role read,
# compiled once (a module-level re call looks its pattern up in re's cache on every call).
_AND_APPOINTED = lazy(r"^[^,;.]{1,40}?\s+and\s+(?:re-?)?appointed\s+(?:as\s+)?(?=\S)")
_TO_LEAD = lazy(r"^to\s+(lead|head|run|chair|oversee)\s+")
# who appointed, written before the post: "by committee members to chair it"
_BY_AGENT = lazy(r"^by\s+(?:[\w'’-]+\s+){1,5}?(?=to\s+(?:lead|head|run|chair|oversee)\s)")
_VERB_AT_START = {verb: lazy(rf"^{verb}\s+") for verb in _VERB_ROLE}
_PRONOUN_OBJECT = lazy(r"^(?:it|them|this|that)\b")
_TO_A_VERB = lazy(r"^to\s+[a-z]")
_TO_A_DETERMINER = lazy(r"^to\s+(?:the|a|an)\b")
_TO = lazy(r"^to\s+")
# ("has also been appointed to the board": the body the article is about, written in lower case)
_SEAT = lazy(
    r"^(?i:the\s+)?(?:(?:Board|Council|Panel|Committee|Commission|Court)\b|(?:board|council|panel|committee)$)"
)
_TRAILING_LINKS = lazy(r"(?:\s+(?:and|or|,))+$")
_JOINABLE = lazy(
    r"\b(?:Board|Council|Committee|Panel|Commission|Cabinet|Court|Bench|Tribunal|board|council|committee|panel"
    r"|bench)\b"
)
_CAPITALISED_START = lazy(r"^(?:the\s+)?[A-Z]")
_LEADING_THE = lazy(r"^(?:The|the)\s+")


def clean_role(text: str, verb: str = "as") -> str:
    """The role phrase at the start of ``text`` (after the cue)."""
    if text[:8] == "to fill " and _FILLS_SEAT.match(text):
        return "member"  # "appointed ⟨P⟩ to fill the District 3 seat": a seat on the body
    # "promoted to General and appointed Vice Chief of X": the post is the one appointed to
    if (then := _AND_APPOINTED.match(text)) is not None:
        text = text[then.end() :]
    if text[:3] == "by " and (agent := _BY_AGENT.match(text)) is not None:
        text = text[agent.end() :]
    lead = _TO_LEAD.match(text)
    if verb == "as" and lead:
        verb, text = lead.group(1), text[lead.end() :]
    if verb in _VERB_ROLE:
        text = _VERB_AT_START[verb].sub("", text)
        obj = _cut(text)
        if _PRONOUN_OBJECT.match(obj):
            return "Chair" if verb == "chair" else _VERB_ROLE[verb].split()[0]
        return f"{_VERB_ROLE[verb]} {_LEADING.sub('', obj) if obj[:4].lower() != 'the ' else obj}".strip()
    # "appointed by the Governor as X", "appointed on Monday as X", "seconded to the role of X".
    text = _BEFORE_ROLE.sub("", text, count=1)
    phrase = _cut(text)
    if _TO_A_VERB.match(phrase) and not _TO_A_DETERMINER.match(phrase):
        return ""  # "chosen to provide ...": a purpose, not a post
    if _NOT_A_POST.match(phrase) or (_CONTRACT.search(phrase) and not _TITLE_OF.search(phrase)):
        # "named in the report", "named as a former director", "as principal contractor" (but "chief
        # executive of the company" is a post in the company)
        return ""
    role = _LEADING.sub("", _TO.sub("", phrase)).strip()
    # "appointed to the Board of X": a seat, written as membership.
    if _SEAT.match(role):
        return f"member of {role}"
    return role


def _cut(text: str) -> str:
    # A leading space lets a role that starts with a boundary word ("while ...") cut to nothing.
    stop = _BOUNDARY.search(" " + text)
    phrase = text[: max(0, stop.start() - 1)] if stop else text
    words = phrase.split()
    return _TRAILING_LINKS.sub("", " ".join(words[:_MAX_WORDS])).strip(" ,")


# What one can chair, head, lead or join as a post: a body or an inquiry, not
# a meeting, a delegation or a campaign.
_BODY = lazy(
    r"\b(?:agency|authority|body|board|bureau|cabinet|centre|center|command|commission|committee|council"
    r"|department|directorate|executive|force|fund|group|inquiry|institute|investigation|ministry|office"
    r"|organisation|organization|panel|regulator|review|service|taskforce|task\s+force|team|trust|unit"
    r"|partnership|network|alliance|forum|consortium|coalition|collaborative|cell|wing|desk|squad|secretariat"
    r"|court|tribunal"
    rf"|{lex.alternation(lex.MAORI_BODY_NOUNS)})\b"
    r"|^(?:it|them)\b",
    re.IGNORECASE,
)
_EVENT = lazy(
    r"\b(?:meeting|summit|talks|delegation|visit|debate|discussion|conference"
    r"|negotiations|session|event|campaign|charge|fight|effort|response|push|drive|way|call|mission)\b",
    re.IGNORECASE,
)


_TASK = lazy(r"\b(?:review|inquiry|investigation|study|work|project|consultation)\b", re.IGNORECASE)


def is_body(obj: str, verb: str) -> bool:
    """Whether the object of "to chair/head/lead/join" is a body one holds a post in.

    Leading a review is a task; chairing or heading one is a post.
    """
    phrase = _cut(obj)
    if _EVENT.search(phrase) or (verb == "lead" and _TASK.search(phrase)):
        return False
    if verb == "join":
        return _JOINABLE.search(phrase) is not None
    return _BODY.search(phrase) is not None or _CAPITALISED_START.match(phrase) is not None


def has_title(role: str) -> bool:
    return _TITLE.search(role) is not None


def organisation_of(role: str) -> str | None:
    """The body named in the role ("Chair of Network Rail" -> "Network Rail")."""
    match = _OF_ORG.search(role)
    if (match and _ORG_WORD.search(match.group("org"))) or (match and len(match.group("org").split()) >= 2):
        return match.group("org").strip()
    return None


def subject_organisation(before: str) -> str | None:
    """The appointing body when it is the clause's subject ("HS2 Ltd has named")."""
    match = _SUBJECT_ORG.search(before.strip() + " has")
    if match is None:
        return None
    org = _LEADING_THE.sub("", match.group("org")).strip()
    return org if _ORG_WORD.search(org) else None
