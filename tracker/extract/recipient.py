"""Who or what a sum of money goes to, read from the words around the sum.

Announcements name the recipient in a handful of shapes, tried in order:

1. after the sum, a preposition: "£75m for the Border Security Command",
   "£6m to the Ethiopia Humanitarian Fund", "£70m into advanced data
   analytics", possibly after "of new funding" or "more";
2. after the sum, a named thing: "a new £22m Early Intervention Youth Fund";
3. before the sum, the subject of a receiving verb: "Counter-Terrorism
   Policing ... will get an additional £140m", "The Green Action Trust
   receives £200,000";
4. after the sum, a generic noun with a purpose: "a £1.2m pot will help
   councils".

The phrase is cut at the first clause boundary and at ten words, so it names
the recipient rather than retelling the sentence.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_MAX_WORDS = 10
# Words that start a new clause or a modifier the recipient does not need.
_STOP = re.compile(
    r"[,;:()\[\]–—\"“”]|\s-\s|\.(?:\s|$)|\s(?:which|that|who|whose|where|while|so that|in order|as part|as well"
    r"|and (?:will|is|are|has|to)|will|would|is|are|was|were|has|have|had|from (?:the )?(?:government|home office|"
    r"department|treasury)|announced|said|says|following|after|over the|by (?:the end|19|20|may|march|april)"
    r"|in (?:19|20)\d\d|this year|next year|a year|until|including|among|with)\b",
    _I,
)
_FUNDING_NOUN = (
    r"(?:new |extra |additional |further |government |UK |capital |public |emergency |humanitarian |targeted )*"
    r"(?:funding|money|investment|support|aid|cash|grants?|spending|backing)"
)
_AFTER_LEAD = re.compile(
    rf"^\s*(?:\((?:[^)]*)\)\s*)?(?:(?:more|extra|additional|further|a year|in total|of it|this year|next year|"
    rf"of {_FUNDING_NOUN}|in {_FUNDING_NOUN}|worth of {_FUNDING_NOUN}|{_FUNDING_NOUN})\s+)*",
    _I,
)
_PREPOSITION = re.compile(r"^(?:for|to|into|towards|toward|on|in)\s+(?!help\b|be\b|the government\b)(?P<r>.+)", _I)
_GOES_TO = re.compile(
    r"^(?:will |is to |is set to |has been |have been |are |is |was )?(?:go(?:es|ing)?|be (?:allocated|given|"
    r"provided|awarded|invested)|(?:allocated|awarded|given|provided|invested|earmarked|set aside|targeted|"
    r"reserved)(?: directly)?)\s+(?:to|for|in|into|at)\s+(?P<r>.+)",
    _I,
)
_NAMED = re.compile(r"^(?P<r>(?:[A-Z][\w'’&-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&))*)")
_GENERIC_HEAD = re.compile(
    r"^(?P<r>(?:[a-z][\w'’-]*\s+){0,4}?(?:fund|pot|package|programme|program|scheme|grant|investment|initiative|"
    r"tranche|round|boost|injection|plan|deal|drive|network|hub|centre|project|reserve|costs))\b(?P<rest>.*)",
    _I,
)
_SUBJECT = re.compile(
    r"(?:^|[.;:,]\s+|\s-\s|^-\s)(?P<r>[A-Z][^,;:.]{2,90}?)\s+(?:will|is to|are to|is set to|are set to|is due to|"
    r"are due to|should|can|has|have)?\s*(?:also\s+)?(?:get|gets|receive|receives|be given|is given|are given|"
    r"be awarded|secure[sd]?|win|wins)\s+(?:a further|an extra|an additional|another|a|an)?\s*(?:extra|additional|further|new)?\s*"
    r"(?:(?:up to|more than|over|around|about|almost|nearly|some|at least)\s+)?$",
)
_LEADING = re.compile(r"^(?:the|a|an|its|their|our|this|that|these|those)\s+", _I)


def _trim(phrase: str) -> str | None:
    cut = _STOP.search(phrase)
    if cut:
        phrase = phrase[: cut.start()]
    words = phrase.split()[:_MAX_WORDS]
    text = _LEADING.sub("", " ".join(words)).strip(" .'’-")
    text = re.sub(r"\s+(?:and|or|of|for|to|the|in|on|with|by)$", "", text)
    return text if len(text) >= 3 else None


def recipient_after(after: str) -> str | None:
    """The recipient named in the words following a sum, if any."""
    rest = after[_AFTER_LEAD.match(after).end() :]  # type: ignore[union-attr]
    for pattern in (_PREPOSITION, _GOES_TO):
        m = pattern.match(rest)
        if m:
            return _trim(m.group("r"))
    named = _NAMED.match(rest)
    if named and re.search(r"[A-Z]", named.group("r")):
        return _trim(named.group("r"))
    generic = _GENERIC_HEAD.match(rest)
    if generic:
        tail = generic.group("rest").lstrip()
        for pattern in (_PREPOSITION, _GOES_TO):
            m = pattern.match(tail)
            if m:
                return _trim(m.group("r"))
        return _trim(generic.group("r"))
    return None


def recipient_before(before: str) -> str | None:
    """The subject of a receiving verb just before a sum ("X will get £5m")."""
    m = _SUBJECT.search(before)
    return _trim(m.group("r")) if m else None


def find_recipient(before: str, after: str) -> str | None:
    """Best recipient for the sum between ``before`` and ``after``."""
    return recipient_before(before) or recipient_after(after)
