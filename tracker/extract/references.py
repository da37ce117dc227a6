"""What a funding recipient refers to: the body or programme the text names.

Announcements name a new body once and then call it "the Office", "the new
command", "it"; money is then given "to establish the department", "to set
up and run the command", "to fund it". The recipient a reader takes from such
a sentence is the body's name. :func:`resolve` turns such references into the
name, from the new units the article creates (found by the unit finder) or,
failing that, from bodies and programmes named in the text (proper names with
a body or programme head: "Town Renewal Acceleration Scheme").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from tracker.extract import lexicon as lex
from tracker.extract.regex import lazy
from tracker.extract.registry import rule
from tracker.extract.types import PledgeMention

_HEADS = lex.alternation((*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS))
# "the new Office ...", "set up and run the command", "the Taskforce's intelligence capabilities", "it".
REFERENCE = rule(
    "funding.cue.reference",
    "a recipient that refers back to a body or programme: 'the command', 'the new Office', 'it'",
    r"^(?:(?:to\s+)?(?:help\s+)?(?:establish|create|set\s+up(?:\s+and\s+run)?|launch|run|stand\s+up"
    r"|build|open|expand"
    r"|support|staff|fund|operate|resource|deliver)\s+)?(?:(?P<det>(?:the|its|this|that|their"
    r"|our)\s+(?:new\s+)?)?"
    rf"(?P<head>{_HEADS})\b(?:['’]s?\b.*|\s+(?:in|for|over|during|from|to|and|through|until)\b.*)?"
    r"|(?P<pronoun>it|them|this)"
    # "to cover its work", "to meet their running costs": the body's own work
    r"|(?:cover|fund|support|pay\s+for|meet|finance)\s+(?P<own>its|their)\s+(?:work|running|operations?|costs"
    r"|set-up|establishment|first|start-up|secretariat)\b.*)\s*$",
    flags=re.IGNORECASE,
    examples=(
        "set up and run the command",
        "the new Office to install sensors",
        "establish it",
        "the Taskforce's work",
    ),
    counter=("rural bus routes", "the Harbour Renewal Fund"),
)
# "It will be backed by £18m", "They will receive £2m": a pronoun subject of receiving.
PRONOUN_SUBJECT = rule(
    "funding.cue.pronoun-subject",
    "a pronoun is the subject that receives the sum",
    r"\b(?:it|they)\s+(?:will|would|is|are|has|have|was|were|is\s+to"
    r"|are\s+to)?\s*(?:also\s+)?(?:be\s+|been\s+)?"
    r"(?:backed|funded|financed|supported|paid\s+for|given|allocated|awarded|receive[sd]?|get|gets|granted)\b"
    r"[^.;£$€]{0,40}$",
    flags=re.IGNORECASE,
    window="before",
    examples=("It will be backed by |", "It will be funded with |", "They will receive |"),
    counter=("The minister said |",),
)
# "a national centre to coordinate ..., backed by $290m": the thing a participle of funding follows.
BACKED_NP = rule(
    "funding.cue.backed-np",
    "the noun phrase a participle of funding follows: 'X, backed by £Nm'",
    r"(?:^|[\s(])(?P<np>(?:a|an|the|\d[\d,]*|[a-z]+\s+(?:hundred|thousand))\s+[^,;:]{3,140}?),?\s+"
    r"(?:(?:backed|funded|supported|financed|underpinned|resourced)\s+(?:by|with)\s+(?:an?\s+)?"
    r"(?:initial\s+|extra\s+|additional\s+)?"
    r"|with\s+(?:a|an)\s+(?:\w+\s+)?budget\s+of\s+(?:(?:about|around|some|up\s+to)\s+)?)$",
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "will establish a national centre to coordinate cyber response, backed by |",
        "The Office, with a budget of |",
    ),
    counter=("The centre will open in May. It has |",),
)
_TIME_TAIL = lazy(
    r"\s+(?:over|across|during|in|for|within)\s+(?:the\s+|its\s+|their\s+)?(?:next\s+|first\s+|coming\s+)?"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|financial\s+years?)\b.*$",
    re.IGNORECASE,
)
# The capitalised words (and connectors) right before a head: "Town Renewal Acceleration |Scheme".
_NAMED_BEFORE = lazy(r"\b(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|on|&|the)\s+)*){1,7}$")
_LEADING = lazy(r"^(?:The|A|An|This|That|Its|Our|Their|New)\s+")
_CAPITAL_HEADS = "|".join(
    h.capitalize() for h in (*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS) if " " not in h
)
_LOWER_WORDS = lazy(r"[a-z]+")
_HEAD_AT = lazy(rf"\b(?:{_CAPITAL_HEADS})\b")
_HEAD_WORDS = {w.lower(): w.lower() for w in (*lex.BODY_HEAD_FORMS, *lex.PROGRAMME_HEADS) if " " not in w}


def head_of(name: str, first: bool = False) -> str:
    """The singular body or programme head noun of a name: the last one (a name ends
    with its head), or the first one of a description ("centre to coordinate agencies")."""
    words = _LOWER_WORDS.findall(name.lower())
    for word in words if first else reversed(words[-3:]):
        if word in _HEAD_WORDS:
            if word.endswith("ies"):
                return word[:-3] + "y"
            return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word
    return ""


@dataclass(frozen=True)
class _Named:
    name: str
    head: str
    position: int
    new: bool  # a unit the article creates


class Referents:
    """The bodies and programmes one article names, for resolving references."""

    def __init__(self, text: str, units: Sequence[PledgeMention]) -> None:
        self.text = text
        self.units = units

    @cached_property
    def named(self) -> list[_Named]:
        found = [
            _Named(u.name or "", head_of(u.name or ""), int(u.extra.get("first_mention", u.start)), True)
            for u in self.units
            if u.name and any(w[:1].isupper() for w in u.name.split())
        ]
        # The heads are found first; the name is read back from each (a scan for
        # whole names from every capital is far slower).
        for head in _HEAD_AT.finditer(self.text):
            window_start = max(0, head.start() - 120)
            m = _NAMED_BEFORE.search(self.text[window_start : head.start()])
            if m is None:
                continue
            name = _LEADING.sub("", (m.group(0) + head.group(0)).strip())
            if " " in name:
                found.append(_Named(name, head_of(name), window_start + m.start(), False))
        return found

    def body(self, head: str | None, position: int, new_only: bool = False) -> str | None:
        """The body or programme of that head (any new unit for a pronoun) nearest before ``position``."""
        wanted = head_of(head) if head else None
        fits = [n for n in self.named if (n.head == wanted if wanted else n.new) and (n.new or not new_only)]
        if not fits:
            return None
        new = [n for n in fits if n.new] or fits
        before = [n for n in new if n.position <= position]
        return (max(before, key=lambda n: n.position) if before else min(new, key=lambda n: n.position)).name


def resolve(recipient: str | None, position: int, referents: Referents) -> str | None:
    """The name a recipient refers to ("the command" -> "National Rural Crime Command"), or None."""
    if not recipient:
        return None
    m = REFERENCE.match(recipient)
    if m is None:
        return None
    if m.group("own"):
        return referents.body(None, position)
    if m.group("head") and not m.group("det"):
        # "fund to help towns", "Taskforce's capabilities": only a body the article creates
        return referents.body(m.group("head"), position, new_only=True)
    return referents.body(m.group("head"), position)


def backed(before: str, position: int, referents: Referents) -> str | None:
    """The recipient of "X, backed by £N": X's name when it is a body the text names, else X."""
    if PRONOUN_SUBJECT.search(before):
        return referents.body(None, position)
    m = BACKED_NP.search(before)
    if m is None:
        return None
    phrase = _TIME_TAIL.sub("", m.group("np")).strip(" ,")
    head = head_of(phrase, first=True)
    if head:
        named = referents.body(head, position)
        if named:
            return named
    phrase = re.sub(r"^(?:a|an|the)\s+(?:new\s+)?", "", phrase, flags=re.IGNORECASE)
    return phrase if len(phrase) > 3 else None


def trim_time(recipient: str | None) -> str | None:
    """A recipient without a trailing time ("taskforce over two years" -> "taskforce")."""
    if not recipient:
        return recipient
    cut = _TIME_TAIL.sub("", recipient).strip()
    return cut or None
