"""Unit pledges: new bodies, agencies, teams, taskforces, hubs and named funds.

A unit name (see :mod:`tracker.extract.unit_names`) is a pledge when the words
around it say it is being created: "a new X", "set up / launch / create X",
"known as X", "X will be set up", "X, a new body to ...", "36 new X". Each
mention gets a strength; restatements are merged by name similarity and a unit
is kept when its strongest mention is a creation. Existing bodies ("our new
Border Security Command", "the newly formed X"), unnamed funds and generic
descriptions ("the new team") never make a unit on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.headcount_rules import PRIVATE_SECTOR
from tracker.extract.sentences import Sentence
from tracker.extract.similarity import norm_name, token_set_ratio, word_set
from tracker.extract.types import ArticleText, PledgeMention
from tracker.extract.unit_names import UnitName, has_head_word, head_indexes, head_of, name_at, tokenize

_AMOUNT = (
    r"(?:[£$€][\d.,]+\s*(?:m|bn|k|million|billion)?"
    r"|[\d.,]+\s*(?:million|billion|m|bn)\s+(?:euros?|dollars?|pounds?))"
)
_CREATE_VERB = (
    r"(?:set(?:s|ting)?\s+up|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?|launch(?:es|ed|ing)?"
    r"|form(?:s|ed|ing)?|unveil(?:s|ed|ing)?|build(?:s|ing)?|introduc(?:e|es|ed|ing)|open(?:s|ed|ing)?"
    r"|stand(?:s|ing)?\s+up|stood\s+up|inaugurat(?:e|es|ed|ing))"
)
# Cue just before the name, checked on the text that precedes it.
_BEFORE_STRONG = re.compile(
    rf"(?:\b(?<!newly\s)(?<!newly-)(?<!recently\s){_CREATE_VERB}\s+(?:(?:a|an|the|its|their|our|his|her)\s+)?(?:new\s+)?(?:{_AMOUNT}\s+)?(?:[a-z][\w-]*\s+)?"
    # "a new independent statutory body, the Australian Centre for Disease Control"
    r"|\bnew\s+(?:[\w-]+\s+){0,3}(?:body|agency|authority|organisation|organization|entity|unit),?\s+"
    r"(?:(?:to\s+be\s+)?(?:called|named|known\s+as)\s+)?(?:the\s+)?"
    rf"|\b(?:creation|establishment|launch|formation|setting\s+up)\s+of\s+(?:(?:a|an|the)\s+)?(?:new\s+)?"
    rf"|\b(?:a|an)\s+new\s+(?:{_AMOUNT}\s+)?(?:[a-z][\w-]*\s+)?"
    rf"|\b\d[\d,]*\s+new\s+|\b(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_BEFORE_THE_NEW = re.compile(r"\bthe\s+new\s+$", re.IGNORECASE)
_BEFORE_ARTICLE = re.compile(rf"\b(?i:a|an)\s+(?:(?:{_AMOUNT})\s+)?(?:[a-z][\w-]*\s+)?$")
# After an article-only mention the head must end the noun phrase: "a
# Diplomatic Service post" is a post, not a service.
_PHRASE_END = re.compile(
    r"^(?:\s*[,.;:(]|\s+(?:will|would|is|are|was|were|has|have|to|which|that|for|run|with|and|of|in|at|on|from|by)\b)"
)
_BEFORE_AMOUNT = re.compile(rf"\b(?:a|an)\s+{_AMOUNT}\s+$")
# "the NCA's new X" may be the creation; "our new X" refers to a body the
# reader already knows.
_BEFORE_POSSESSIVE = re.compile(r"['’]s\s+new\s+$")
_BEFORE_WEAK = re.compile(
    r"(?:\b(?:our|its|their|his|her|my|your)\s+new\s+"
    r"|\b(?:newly|recently)[- ](?:formed|created|established|launched)\s+"
    r"|\b(?:existing|former|previous|old|current)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
_AFTER_STRONG = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:which|that)?\s*(?:(?:is|are|will|has|have|was|were|would)\s+)?(?:also\s+)?"
    r"(?:be(?:ing|en)?\s+)?(?:set\s+up|created|established|launched|formed|opens?\s+(?:for\s+business|(?:its|their)\s+doors))"
    r"|^\s*(?:\([^)]*\)\s*)?,\s+(?:a|an)\s+new\s+(?:[\w-]+\s+){0,2}?(?:body|agency|unit|team|organisation|organization)\b",
    re.IGNORECASE,
)
_AFTER_PAST = re.compile(
    r"^[^.;]{0,40}?\b(?:set\s+up|formed|created|established|founded|launched|introduced|opened)\s+"
    r"(?:in|after|following|since|last|earlier|previously|\w+\s+years?\s+ago|by\s+the\s+(?:previous|last|former))\b"
)
# "An Emergency Medical Team is on its way": a deployment (headcount), not a new unit.
_AFTER_DEPLOYED = re.compile(
    r"^\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:also\s+|now\s+)?(?:on\s+(?:its|their)\s+way"
    r"|being\s+(?:sent|deployed|flown)|sent|deployed|dispatched|heading|travelling|en\s+route)",
    re.IGNORECASE,
)
# "the new Border Security Command leader": the name modifies another noun.
_MODIFIES_NOUN = re.compile(
    r"^\s+(?:leader|leadership|chief|head|director|chair\w*|members?|staff|officers?|officials?|budget|funding"
    r"|spokes\w+|boss|post|role|website|headquarters|report|meeting|chief\s+executive|programme|scheme|model)\b",
    re.IGNORECASE,
)
_FACILITY_HEADS = frozenset({"centre", "center", "hub", "campus", "academy", "institute"})
_PLACE_HEADS = _FACILITY_HEADS | {"office"}
# "made the announcement at a detention centre", "visited an operations centre":
# a place where something happens, not a body created.
_LOCATIVE = re.compile(
    r"\b(?:at|from|outside|near|inside|during|before|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|treated\s+in|based\s+in)\s+"
    r"(?:a|an|the|one)\s+(?P<new>new\s+)?$",
    re.IGNORECASE,
)
_CONSTRUCTION = re.compile(
    r"\b(?:build|builds|built|building|construct\w*|refurbish\w*|beds|premises|facilit(?:y|ies)|hospitals?"
    r"|sites?|wards?|operating\s+theatres?)\b",
    re.IGNORECASE,
)
# Cheap word gates for the two sentence-level exclusions below.
_REBRAND_WORDS = frozenset(
    "rebrand rebrands rebranded rebranding formerly known called become becomes".split()
)
_PRIVATE_WORDS = frozenset(
    "ltd plc inc llc gmbh factory gigafactory company firm manufacturer retailer".split()
)
_REBRAND = re.compile(
    r"\b(?:renam\w*|rebrand\w*|formerly\s+known|(?:now|henceforth)\s+be\s+(?:known\s+as|called)"
    r"|(?:will\s+)?becomes?\s+the\s+(?=[A-Z]))",
    re.IGNORECASE,
)
# Bodies without a head noun, recognised only by a clear creation predicate.
_HEADLESS = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]+(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’-]+){1,5})\s*(?:\([A-Z]{2,8}\))?"
    r",?\s+which\s+(?:opens|will\s+open|opened)\s+for\s+business"
)
_BODY_NOUN = r"(?:body|agency|authority|organisation|organization|entity|regulator|public\s+company)"
_PROPER_RUN = r"[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]+){0,4}"
# "Skills England, a new body that ...", "a new arm's-length body, Great British Energy":
# a name with no head noun, said to be a new body.
_HEADLESS_BODY = re.compile(
    rf"(?P<name>\b{_PROPER_RUN}),\s+(?:a|an)\s+new\s+(?:[\w'’-]+\s+){{0,3}}?{_BODY_NOUN}\b"
    rf"|\bnew\s+(?:[\w'’-]+\s+){{0,3}}?{_BODY_NOUN},?\s+(?:(?:to\s+be\s+)?(?:called|named|known\s+as)\s+)?"
    rf"(?:the\s+)?(?P<name2>{_PROPER_RUN})"
)
_BODY_WORDS = frozenset("body agency authority organisation organization entity regulator company".split())
_PARENT = re.compile(
    r"\b(?:run|led|hosted|overseen|managed|operated)\s+by\s+(?:the\s+)?(?P<a>[A-Z][\w'’&.-]*(?:\s+(?:and\s+the\s+|and\s+|of\s+|for\s+)?[A-Z][\w'’&-]*)*)"
    r"|\b(?:within|inside|part\s+of)\s+(?:the\s+)?(?P<b>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&-]*)*)"
)
_AT_PARENT = re.compile(
    r"\s+(?:at|in|inside)\s+the\s+(?P<p>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*)*)"
)
_NOT_A_NAME = frozenset("The This It A An In On At By For From With Under Its Their Our".split())
_MIN_STRENGTH = 0.5


@dataclass(frozen=True)
class _Mention:
    name: UnitName
    strength: float
    parent: str | None
    sentence: Sentence


def find_units(article: ArticleText, sentences: list[Sentence]) -> list[PledgeMention]:
    """New units created by the article, one per unit, in text order."""
    mentions: list[_Mention] = []
    for sentence in sentences:
        heads = has_head_word(sentence.text)
        words = word_set(sentence.text)
        headless = "for business" in sentence.text or ("new" in words and not _BODY_WORDS.isdisjoint(words))
        if not (heads or headless):
            continue
        if (not _REBRAND_WORDS.isdisjoint(words) or "renam" in sentence.text) and _REBRAND.search(
            sentence.text
        ):
            continue
        if not _PRIVATE_WORDS.isdisjoint(words) and PRIVATE_SECTOR.search(sentence.text):
            continue
        if heads:
            mentions.extend(_mentions_in(sentence))
        if headless:
            mentions.extend(_headless_in(sentence))
    return [_pledge(cluster) for cluster in _clusters(mentions)]


def _mentions_in(sentence: Sentence) -> list[_Mention]:
    text = sentence.text
    tokens = tokenize(text)
    found: list[_Mention] = []
    for first, last in head_indexes(tokens):
        name = name_at(text, tokens, first, last)
        if name is None or (found and found[-1].name.end >= name.end):
            continue
        strength = _strength(text, name)
        if strength > 0:
            found.append(_Mention(name, strength, _parent(text, name), sentence))
    return found


def _strength(text: str, name: UnitName) -> float:
    """How clearly the words around ``name`` say it is created here (0 to 1)."""
    before = text[max(0, name.start - 60) : name.start]
    strength = _cue_strength(text, name, before)
    # Only a clear creation cue outweighs a place ("at a", "during a").
    if strength > 0 and (not name.proper or strength <= 0.5):
        place = _LOCATIVE.search(before)
        if place is not None and (not place.group("new") or head_of(name.name) in _PLACE_HEADS):
            return 0.0
    return strength


def _cue_strength(text: str, name: UnitName, before: str) -> float:
    after = text[name.end : name.end + 80]
    if _MODIFIES_NOUN.match(after) or _is_facility(text, name):
        return 0.0
    if _AFTER_PAST.search(after) or _AFTER_DEPLOYED.match(after):
        return 0.2
    strong = _BEFORE_STRONG.search(before)
    if (strong and (name.proper or not strong.group(0)[:1].isdigit())) or _AFTER_STRONG.search(after):
        return 0.8
    if _BEFORE_WEAK.search(before):
        return 0.2
    if _BEFORE_POSSESSIVE.search(before):
        return 0.5 if name.proper else 0.2
    if name.led_by_new or (not name.proper and re.search(r"\bnew\s+$", before, re.IGNORECASE)):
        return 0.7
    if _BEFORE_THE_NEW.search(before):
        return 0.7 if name.proper else 0.3
    if _BEFORE_AMOUNT.search(before):
        return 0.6
    if _BEFORE_ARTICLE.search(before) and _PHRASE_END.match(after):
        return 0.5
    return 0.0


def _is_facility(text: str, name: UnitName) -> bool:
    """A centre, hub or campus that is being built is a building, not a body."""
    if head_of(name.name) not in _FACILITY_HEADS:
        return False
    return _CONSTRUCTION.search(text) is not None


def _parent(text: str, name: UnitName) -> str | None:
    """The body the unit sits in: "within the Home Office", "run by X", "at the NCA"."""
    right_after = _AT_PARENT.match(text, name.end)
    if right_after is not None:
        return right_after.group("p").rstrip(".")
    match = _PARENT.search(text, name.end, min(len(text), name.end + 100))
    if match is None:
        return None
    return (match.group("a") or match.group("b") or "").strip().rstrip(".") or None


def _headless_in(sentence: Sentence) -> list[_Mention]:
    found = []
    matches = [
        (m, "name") for m in (_HEADLESS.finditer(sentence.text) if "for business" in sentence.text else ())
    ]
    for m in _HEADLESS_BODY.finditer(sentence.text):
        matches.append((m, "name" if m.group("name") else "name2"))
    for m, group in matches:
        if m.group(group).split()[0] in _NOT_A_NAME:
            continue
        name = UnitName(m.group(group), m.start(group), m.end(group), True, False, False, False)
        found.append(_Mention(name, 0.8, _parent(sentence.text, name), sentence))
    return found


def _is_fund(name: UnitName) -> bool:
    return head_of(name.name) == "fund"


def _clusters(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Group restatements of one unit; keep groups with a creation mention."""
    clusters: list[list[_Mention]] = []
    keys: list[set[str]] = []  # the words of each cluster's names
    names: list[list[str]] = []  # each cluster's name keys, computed once
    for mention in mentions:
        key = _key(mention.name.name)
        words = set(key.split())
        for index, cluster in enumerate(clusters):
            # Names that share no word cannot be restatements; skip the fuzzy match.
            if words.isdisjoint(keys[index]):
                continue
            if key in names[index] or any(token_set_ratio(key, other) >= 85 for other in names[index]):
                cluster.append(mention)
                keys[index] |= words
                names[index].append(key)
                break
        else:
            clusters.append([mention])
            keys.append(words)
            names.append([key])
    kept = [c for c in clusters if _keepable(c)]
    proper = [_best(c).name for c in kept if _best(c).name.proper]
    proper_heads = {head_of(n.name) for n in proper}
    has_proper = bool(proper)
    result = []
    for cluster in kept:
        best = _best(cluster)
        if not best.name.proper:
            # A description restates a named unit of the same kind ("new
            # executive team" next to "NHS Transformation Executive Team").
            if best.name.described and head_of(best.name.name) in proper_heads:
                continue
            if has_proper and (best.name.paraphrase or max(m.strength for m in cluster) < 0.7):
                continue
        result.append(cluster)
    return result


def _keepable(cluster: list[_Mention]) -> bool:
    best = _best(cluster)
    if best.strength < _MIN_STRENGTH or best.name.generic:
        return False
    # An unnamed fund ("a new £40 million fund") is money, not a unit.
    return not (_is_fund(best.name) and not best.name.proper and best.name.name.lower().strip() == "fund")


def _best(cluster: list[_Mention]) -> _Mention:
    return max(cluster, key=lambda m: (not m.name.generic, m.strength, m.name.proper, len(m.name.name)))


def _key(name: str) -> str:
    return " ".join(w.rstrip("s") if len(w) > 3 else w for w in norm_name(name).split())


def _pledge(cluster: list[_Mention]) -> PledgeMention:
    best = _best(cluster)
    first = min(cluster, key=lambda m: m.sentence.start)
    evidence = best.sentence
    parent = next((m.parent for m in cluster if m.parent), None)
    return PledgeMention(
        kind="unit",
        evidence=evidence.text,
        start=evidence.start,
        end=evidence.end,
        fingerprint=make_fingerprint("unit", _key(best.name.name)),
        confidence=best.strength,
        name=best.name.name,
        parent=parent,
        extra={"first_mention": str(first.sentence.start)},
    )
