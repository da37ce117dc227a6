"""Funding pledges: sums of money a government or public body commits.

Every sum in every sentence is a candidate (see :mod:`tracker.extract.money`);
the cue patterns in :mod:`tracker.extract.funding_rules` throw out the sums
that SCHEMA.md says are not pledges, reading only the words near each sum so
that one sentence can hold a pledge and a statistic side by side. What is left
gets a recipient, scope and period, and restatements are merged
(:mod:`tracker.extract.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from tracker.extract import funding_rules as rules
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.merge import Candidate, merge_restatements
from tracker.extract.money import Money, dollar_currency, find_money
from tracker.extract.recipient import find_recipient
from tracker.extract.sentences import Sentence
from tracker.extract.types import ArticleText, PledgeMention, Scope

_BEFORE = 200  # characters of context read before a sum, never past a neighbouring sum
_AFTER = 150  # ...and after it
_BACKGROUND_BEFORE = 140  # past-spending cues reach further back than the others
_NEAR_BEFORE = 60  # tighter windows for words that only matter next to the sum
_NEAR_AFTER = 35
_LIST_JOIN = re.compile(r"[^;£$€.]{0,90}?(?:,|\band|\bor)(?:\s+(?:and|or))?\s*", re.IGNORECASE)
_ITEM_MARKS = frozenset("-*•–0123456789")
_BULLET = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+")
_DEFINITE = re.compile(r"\b(?:the|this|that|our|its|their|these)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A lead-in line ("Earlier grants included:") whose list items are background.
_PAST_LEAD_IN = re.compile(
    r"\b(?:earlier|previous(?:ly)?|past|so far|to date|last year|already|in (?:19|20)\d\d)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Context:
    """The words around one sum inside its sentence."""

    before: str  # since the previous sum, at most _BEFORE characters
    after: str  # up to the next sum, at most _AFTER characters
    sentence: str

    @cached_property
    def near_before(self) -> str:
        """The last few words before the sum, within its clause."""
        window = self.before[-_NEAR_BEFORE:]
        breaks = list(rules.CLAUSE_BREAK.finditer(window))
        return window[breaks[-1].end() :] if breaks else window

    @cached_property
    def clause_after(self) -> str:
        """The words after the sum up to the end of its clause."""
        end = rules.AFTER_CLAUSE_END.search(self.after)
        return self.after[: end.start()] if end else self.after

    @property
    def near_after(self) -> str:
        return self.after[:_NEAR_AFTER]


def _contexts(text: str, sums: list[Money]) -> list[_Context]:
    contexts = []
    for i, money in enumerate(sums):
        lo = max(sums[i - 1].end if i else 0, money.start - _BEFORE)
        hi = min(sums[i + 1].start if i + 1 < len(sums) else len(text), money.end + _AFTER)
        contexts.append(_Context(text[lo : money.start], text[money.end : hi], text))
    return contexts


# Each rule reads the window it needs; the first that fires names the reason.
_REJECTIONS: tuple[tuple[str, Callable[[_Context], object]], ...] = (
    (
        "per-unit",
        lambda c: rules.PER_UNIT_AFTER.search(c.after) or rules.PER_UNIT_BEFORE.search(c.near_before),
    ),
    (
        "background",
        lambda c: (
            rules.BACKGROUND.search(c.before, max(0, len(c.before) - _BACKGROUND_BEFORE))
            or rules.BACKGROUND.search(c.clause_after)
        ),
    ),
    (
        "not-funding",
        lambda c: rules.NOT_FUNDING.search(c.near_before) or rules.NOT_FUNDING.search(c.near_after),
    ),
    ("cost", lambda c: rules.COST_BEFORE.search(c.near_before)),
    ("budget", lambda c: rules.BUDGET_AFTER.search(c.after) or rules.LOSS_AFTER.search(c.after)),
    ("others", lambda c: rules.OTHERS_BEFORE.search(c.near_before) or rules.OTHERS_AFTER.search(c.after)),
    ("demand", lambda c: rules.DEMAND.search(c.near_before)),
)


def rejection(ctx: _Context, published_year: int | None = None) -> str | None:
    """Why the sum in ``ctx`` is not a pledge, or None when it may be one."""
    reason = next((name for name, rule in _REJECTIONS if rule(ctx)), None)
    if reason is None and published_year is not None and _names_past_year(ctx, published_year):
        return "background"
    return reason


def _names_past_year(ctx: _Context, published_year: int) -> bool:
    """A year before publication stated in the sum's clause: money of the past."""
    for window in (ctx.near_before, ctx.clause_after):
        for m in rules.YEAR_MENTION.finditer(window):
            if int(m.group(1)) < published_year:
                return True
    return False


def scope_of(ctx: _Context) -> Scope:
    """new / total / existing, from the words next to the sum (SCHEMA rule 2)."""
    # End-anchored patterns start their scan near the end of the window: faster, same result.
    tail = ctx.before[-120:]
    if rules.EXISTING_BEFORE.search(tail) or rules.EXISTING_CUE.search(ctx.near_before[-40:]):
        return "existing"
    if rules.EXISTING_CUE.search(ctx.after[:50]):
        return "existing"
    if rules.TOTAL_BEFORE.search(tail) or rules.TOTAL_CUE.search(ctx.near_before[-40:]):
        return "total"
    if rules.NEW_BEFORE.search(ctx.near_before[-30:]):
        return "new"
    if rules.TOTAL_CUE.search(ctx.after[:40]):
        return "total"
    return "new"


def period_of(ctx: _Context) -> str | None:
    """The time span of the money ("over the next two years"), if stated next to it."""
    m = rules.PERIOD.search(ctx.after, 0, 90) or rules.PERIOD.search(ctx.near_before)
    return m.group(0) if m else None


def _confidence(ctx: _Context, recipient: str | None) -> float:
    score = 0.55
    if rules.GIVING_CUE.search(ctx.near_before) or rules.GIVING_CUE.search(ctx.after, 0, 60):
        score += 0.2
    if recipient:
        score += 0.15
    return round(min(score, 0.95), 2)


def _evidence_span(sentence: Sentence) -> tuple[str, int]:
    """The sentence without a leading list marker, and its start offset."""
    marker = _BULLET.match(sentence.text)
    cut = marker.end() if marker else 0
    return sentence.text[cut:], sentence.start + cut


@dataclass(frozen=True)
class _Document:
    """What every sentence of one article shares."""

    dollar: str
    published_year: int | None
    title: str
    largest: dict[str, float]  # the largest sum in each written currency


def _restates_larger_sum(ctx: _Context, money: Money, doc: _Document) -> bool:
    """A yearly rate beside a larger sum in the article is that sum spread over years (rule 3)."""
    if not rules.ANNUAL_AFTER.search(ctx.after) or rules.ONGOING.search(ctx.clause_after):
        return False
    return doc.largest.get(money.currency, 0.0) > money.amount * 1.001


def _is_conversion(ctx: _Context, money: Money, previous: Money | None) -> bool:
    """The same money restated in another currency right after the first figure."""
    return (
        previous is not None
        and previous.currency != money.currency
        and rules.CONVERSION_BEFORE.search(ctx.before) is not None
    )


def _candidates(
    sentence: Sentence, sums: list[Money], index: int, paragraph: int, doc: _Document
) -> list[Candidate]:
    """Pledge candidates among ``sums`` (offsets relative to the sentence's evidence span)."""
    text, start = _evidence_span(sentence)
    if rules.OPPOSITION.search(text):
        return []  # critics' and opposition figures are not the government's
    found = []
    rejected_before = False
    previous: Money | None = None
    for money, ctx in zip(sums, _contexts(text, sums), strict=True):
        if _is_conversion(ctx, money, previous):
            continue
        previous = money
        # "bursaries of £31,000 ..., £15,000 for X and £10,000 for Y": a list
        # continues the reading of its first item.
        listed = rejected_before and _LIST_JOIN.fullmatch(ctx.before) is not None
        rejected_before = listed or rejection(ctx, doc.published_year) is not None
        if rejected_before:
            continue
        if _restates_larger_sum(ctx, money, doc):
            continue  # a yearly rate; a sum after it ("or £150m over five years") is read afresh
        recipient, sureness = find_recipient(ctx.before[-120:], ctx.after)
        currency = doc.dollar if money.currency == "$" else money.currency
        mention = PledgeMention(
            kind="funding",
            evidence=text,
            start=start,
            end=start + len(text),
            fingerprint="",
            confidence=_confidence(ctx, recipient),
            amount=money.amount,
            currency=currency,
            recipient=recipient,
            qualifier=money.qualifier,
            scope=scope_of(ctx),
            period=period_of(ctx),
        )
        definite = bool(_DEFINITE.search(ctx.before[-25:]))
        if _is_headline(sentence, index, doc.title):
            # Headlines compress the commitment; the body names the recipient better.
            sureness = max(0, sureness - 1)
        found.append(Candidate(mention, index, paragraph, definite, sureness, start + money.start))
    return _share_recipients(found)


def _share_recipients(found: list[Candidate]) -> list[Candidate]:
    """A total or earlier sum stated beside a new one goes to the same recipient
    ("a further £75m for the command, doubling the total to £150m")."""
    named = [c for c in found if c.mention.recipient]
    if not named:
        return found
    shared = []
    for cand in found:
        if cand.mention.recipient is None and cand.mention.scope in ("total", "existing"):
            donor = min(named, key=lambda c: abs(c.position - cand.position))
            cand = replace(cand, mention=replace(cand.mention, recipient=donor.mention.recipient), sureness=1)
        shared.append(cand)
    return shared


def _fingerprinted(mentions: list[PledgeMention]) -> list[PledgeMention]:
    """Key each pledge on amount, currency and recipient words (or scope).

    The recipient is reduced to its first four content words, sorted, so small
    wording changes in the extractor keep the key; a repeat of the same key in
    one document gets an ordinal.
    """
    seen: dict[tuple[object, ...], int] = {}
    keyed = []
    for mention in mentions:
        words = sorted(re.findall(r"[a-z0-9]+", (mention.recipient or "").lower()))[:4]
        key = (mention.amount, mention.currency, " ".join(words) or mention.scope)
        ordinal = seen.get(key, 0)
        seen[key] = ordinal + 1
        parts = (*key, ordinal) if ordinal else key
        keyed.append(_with_fingerprint(mention, make_fingerprint("funding", *parts)))
    return keyed


def _with_fingerprint(mention: PledgeMention, fingerprint: str) -> PledgeMention:
    return replace(mention, fingerprint=fingerprint)


def _largest(sums: list[Money]) -> dict[str, float]:
    largest: dict[str, float] = {}
    for money in sums:
        largest[money.currency] = max(largest.get(money.currency, 0.0), money.amount)
    return largest


def _sums_inside(sums: list[Money], first: int, sentence: Sentence) -> tuple[list[Money], int]:
    """The sums within the sentence's evidence span, re-based to it, and the next unused index."""
    if first >= len(sums) or sums[first].start >= sentence.end:
        return [], first
    _, start = _evidence_span(sentence)
    inside = []
    i = first
    while i < len(sums) and sums[i].start < sentence.end:
        money = sums[i]
        if money.start >= start and money.end <= sentence.end:
            inside.append(
                Money(
                    money.amount,
                    money.currency,
                    money.qualifier,
                    money.start - start,
                    money.end - start,
                    money.low,
                )
            )
        i += 1
    return inside, i


def _is_headline(sentence: Sentence, index: int, title: str) -> bool:
    """The title repeated at the top of the text, or a first line without a full stop."""
    text = sentence.text.strip()
    return text == title.strip() or (index == 0 and not text.endswith((".", "!", "?", '"', "”")))


def find_funding(article: ArticleText, sentences: list[Sentence]) -> list[PledgeMention]:
    """Funding pledges stated in ``article.text``, each commitment once."""
    # One scan of the whole text for sums, shared out to sentences by offset:
    # most sentences hold no money, and per-sentence scans cost more.
    sums = find_money(article.text)
    if not sums:
        return []
    doc = _Document(
        dollar=dollar_currency(f"{article.title}\n{article.text}") if "$" in article.text else "USD",
        published_year=article.published.year if article.published else None,
        title=article.title,
        largest=_largest(sums),
    )
    candidates: list[Candidate] = []
    background_list = False
    paragraph, previous_end, next_sum = 0, 0, 0
    for index, sentence in enumerate(sentences):
        # Two line breaks between sentences: a blank line, so a new paragraph.
        if article.text.count("\n", previous_end, sentence.start) >= 2:
            paragraph += 1
        previous_end = sentence.end
        inside, next_sum = _sums_inside(sums, next_sum, sentence)
        is_item = sentence.text[:1] in _ITEM_MARKS and _BULLET.match(sentence.text) is not None
        if inside and not (is_item and background_list):
            candidates.extend(_candidates(sentence, inside, index, paragraph, doc))
        if sentence.text.endswith(":"):
            background_list = bool(_PAST_LEAD_IN.search(sentence.text))
        elif not is_item:
            background_list = False
    return _fingerprinted(merge_restatements(candidates))
