"""Funding pledges: sums of money a government or public body commits.

Every sum in every sentence is a candidate (see :mod:`tracker.extract.money`);
the cue patterns in :mod:`tracker.extract.funding_rules` throw out the sums
that SCHEMA.md says are not pledges, reading only the words near each sum so
that one sentence can hold a pledge and a statistic side by side. What is left
gets a recipient (:mod:`tracker.extract.recipient`), scope and period
(:mod:`tracker.extract.funding_context`), and restatements are merged
(:mod:`tracker.extract.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from tracker.extract import funding_rules as rules
from tracker.extract import lexicon as lex
from tracker.extract.currency import SHARED_SYMBOLS, dollar_currency, shared_symbol_currency
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.funding_context import (
    BACKGROUND,
    OTHERS,
    PER_UNIT,
    SumContext,
    confidence,
    contexts,
    gating_words,
    period_of,
    rejection,
    scope_of,
)
from tracker.extract.merge import Candidate, merge_restatements
from tracker.extract.money import Money, find_money
from tracker.extract.numbers_words import parse_count
from tracker.extract.parties import (
    LEGAL_FORM,
    RIVAL_WORDS,
    continues_rival,
    governing_parties,
    party_key,
    private_names,
    private_subject,
    recommended,
    rival_voice,
)
from tracker.extract.people import people_in
from tracker.extract.recipient import (
    find_recipient,
    gapped_giver,
    label_before,
    named_programme_before,
    pronoun_antecedent,
    recipient_after,
    recipient_itself,
)
from tracker.extract.references import (
    BACKING,
    BODY_WITH,
    OWN_WORK,
    WITH_ASIDE,
    Referents,
    backed,
    expand_acronym,
    resolve,
    trim_time,
)
from tracker.extract.regex import compile_pattern, lazy
from tracker.extract.registry import IGNORE, Rejections, decision, rule
from tracker.extract.sentences import Sentence, attribution, quote_opener
from tracker.extract.similarity import word_set
from tracker.extract.tables import is_row_cell, past_cells, row_label, table_sums
from tracker.extract.types import ArticleText, PledgeMention, evolve
from tracker.extract.unit_names import HEAD_WORDS, head_of

PLEDGE = decision(
    "funding.pledge",
    "funding",
    "accept",
    "a sum no rejection applies to is money committed by the announcement",
    examples=("The Transport Secretary announced £40 million for the Coastal Ferries Fund.",),
    counter=("Last year the department spent £400m on agency staff.",),
)
OPPOSITION = decision(
    "funding.opposition",
    "funding",
    "reject",
    "every sum in a sentence voiced by critics or the opposition is theirs, not the government's; "
    "so is a sum a party promises, unless the article names that party as the government",
    examples=(
        "Labour said the cuts would cost £2bn.",
        "Critics claimed the scheme had wasted £90m.",
        "The Labor Government will spend $40m on ports. The Greens promised $90 million for parks.",
        "Its finance spokesman said the party would spend £3bn more on schools.",
    ),
    counter=(
        "The minister said the fund would provide £2bn.",
        "The Labor Government will spend $40m on ports. Labor promised $90 million for parks.",
    ),
    uses=(rules.OPPOSITION.name, rules.PARTY_PROMISE.name, "parties.cue.rival-voice"),
)
CONVERSION = decision(
    "funding.conversion",
    "funding",
    "reject",
    "the same money restated in another currency right after the first figure",
    examples=("The bloc pledged €30 million (£26m) for flood defences.",),
    counter=("The bloc pledged €30 million for dams and £26m for levees.",),
    uses=(rules.CONVERSION_BEFORE.name, rules.EQUIVALENT_BEFORE.name, rules.WORTH_RESTATED.name),
)
TOO_SMALL = decision(
    "funding.too-small",
    "funding",
    "reject",
    "a sum under 1,000 is a rate per person, never a programme",
    examples=("Households will get £400 off their energy bills.",),
    counter=("Households will share £400,000 for insulation.",),
)
LIST_CONTINUES = decision(
    "funding.list-continues",
    "funding",
    "reject",
    "a list continues the reading of its first item ('bursaries of £X in A, £Y in B')",
    examples=("Bursaries of £28,000 are offered in physics, £20,000 in biology and £10,000 in history.",),
    counter=("The ministry gives £28,000 to physics clubs and £20,000 to choirs.",),
)
BACKGROUND_LIST = decision(
    "funding.background-list",
    "funding",
    "reject",
    "items of a list introduced as past awards are background",
    examples=("Earlier awards included:\n- £120,000 to a youth club\n- £80,000 to a food bank",),
    counter=("The £10m package includes:\n- £6m for rural buses\n- £4m for station lifts",),
)
QUESTION = decision(
    "funding.question",
    "funding",
    "reject",
    "a sum in a question is asked about, not committed",
    examples=("Madam Speaker, what about the $250 million the nurses' association says is owed?",),
    counter=("The ministry will provide $250 million for nurses' pay.",),
)
YEARLY_RATE = decision(
    "funding.yearly-rate",
    "funding",
    "reject",
    "a yearly figure that spreads a larger multi-year pledge of the article is that pledge (SCHEMA rule 3)",
    examples=("Ports will share £20m over five years, which is £4m a year.",),
    counter=("The harbour authority will receive £4m a year for dredging.",),
    uses=(rules.ANNUAL_AFTER.name, rules.ONGOING.name),
)
RESTATED = decision(
    "funding.restatement",
    "funding",
    "reject",
    "the same commitment stated again (headline, lead, quote) is one pledge",
    examples=(
        "£50 million for coastal towns\n\nThe government today announced £50 million for coastal towns.",
    ),
    counter=(
        "The package includes:\n- £5 million for the Lake Rescue Service\n- £5 million for mountain huts",
    ),
)

# How much larger than a turned-down sum a later one may be and still continue its list.
_LIST_SPREAD = 20
# A payment to each household or person is smaller than this in any currency written here (a
# programme for households is larger).
_LARGEST_PER_HEAD = 1_000_000
_RANGE_SPREAD = 100
_LIST_JOIN = lazy(
    r"[^;£$€.]{0,90}?(?:,|\band|\bor)(?:\s+(?:and|or))?"
    # (a contrast opens a clause of its own, no item of a list: "grants of up to $25m, while $420m")
    r"(?:\s+(?!(?:for|to|in|on|into|from|of|with|by|at|a|an|the|its|their|our|this|that|while|whereas)\b)"
    r"[\w-]+){0,2}\s*",
    re.IGNORECASE,
)
# "grants of up to £70,000, rising to £84,000 where ...": the top of the same rate.
_RISING_TO = lazy(
    r"[^;£$€.]{0,90}?\b(?:rising|increasing|going\s+up|climbing|or\s+up)\s+to\s+(?:as\s+much\s+as\s+)?",
    re.IGNORECASE,
)
# "range from $150,000 to $4.5 million", "between £2m and £5m": the top of a range read so.
# (and a rate's old level: "will rise to Rs14,500 from Rs13,500")
_RANGE_TOP = lazy(r"\s*(?:to|and|-|–|from)\s*", re.IGNORECASE)
# A past change from one level ("The budget grew from ¥2bn in its first year to ¥5bn last year"): the
# level it reached, after "to", is as past as the one it started from.
_PAST_CHANGE_FROM = lazy(
    r"\b(?:rose|fell|grew|increased|decreased|climbed|jumped|dropped|declined|went\s+up|went\s+down)\s+from\s*$",
    re.IGNORECASE,
)
_TO_LEVEL = lazy(r"[^;£$€.]{0,60}?\bto\s*(?:(?:about|around|almost|nearly|more\s+than|over|some)\s+)?")
# What opens a range before its first sum: "grants range from", "vary in size between".
_RANGE_OPENS = lazy(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:in\s+(?:size|value)\s+)?(?:from|between)\s*$"
)
# What makes a sum the base of a comparison: "up from", "compared with".
_COMPARISON_BASE = lazy(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased|risen|fallen|increase|rise)\s+from"
    r"|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)
_FOR_AFTER = lazy(r"^\s+(?:as\s+[^.;]{0,60}?\s+)?(?:for|towards)\s", re.IGNORECASE)
_INCREASE_FROM = lazy(r"\ban?\s+(?:increase|rise|decrease|drop|reduction)\s+from\s*$", re.IGNORECASE)
_SMALLEST_PLEDGE = 1000.0
# "£400m of the £1.5bn would go towards ...", "£5m on top of the £20m for X": the recipient is
# read past the second sum.
_OF_NEXT_SUM = lazy(r"\s*(?:of|out\s+of|from|on\s+top\s+of)\s+(?:the|its|this|that|a|an)?\s*", re.IGNORECASE)
_CONVERSION_NEXT = lazy(r"\s*\(\s*(?:about|around|approximately|roughly|some|c\.|~)?\s*")
_PERIOD_FIRST = lazy(r"\s*(?:over|in\s+(?:its|the|each)|a\s+year|per|each|annually|,)", re.IGNORECASE)
_ITEM_MARKS = frozenset("-*•–0123456789(abcdefghijklmnopqrstuvwxyz")
# "- ", "2. ", "3) ", "(iv) ", "(b) ", "c) ": the mark of a list's item
_BULLET = lazy(r"^(?:[-*•–]|\d{1,2}[.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})\))\s+")
_DEFINITE = lazy(r"\b(?:the|this|that|our|its|their|these)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A lead-in line ("Earlier awards included:") whose list items are background.
_PAST_LEAD_IN = lazy(
    r"\b(?:earlier|previous(?:ly)?|past|so far|to date|last year|already|in (?:19|20)\d\d)\b", re.IGNORECASE
)


def _evidence_span(sentence: Sentence) -> tuple[str, int]:
    """The sentence without a leading list marker, and its start offset."""
    marker = _BULLET.match(sentence.text) if sentence.text[:1] in _ITEM_MARKS else None
    cut = marker.end() if marker else 0
    return sentence.text[cut:], sentence.start + cut


@dataclass(frozen=True)
class _Document:
    """What every sentence of one article shares."""

    published_year: int | None
    title: str
    text: str = ""
    publisher: str = ""
    referents: Referents = field(default_factory=lambda: Referents("", ()))  # bodies and programmes named
    first_currency: str = ""  # of the article's first sum: its own money's currency

    @cached_property
    def past_cells(self) -> list[tuple[int, int]]:
        """Cells of a table's columns of past spending (read when a sentence holds a "|")."""
        return past_cells(self.text)

    @cached_property
    def governing(self) -> frozenset[str]:
        """Parties the article names as the government: read only when a money sentence
        names a party (most articles with money never ask)."""
        return governing_parties(self.text)

    @cached_property
    def gathers_pledges(self) -> bool:
        """Whether the article reports donors' pledges to a fund or an appeal (a pledging
        conference, a replenishment), where each country's pledge is one to report."""
        return _PLEDGING.search(self.text) is not None or self.text.count("pledged") >= 2

    @cached_property
    def companies(self) -> frozenset[str]:
        """Names the article gives companies: read only when a sum passes the rejections."""
        return private_names(self.text)


def _is_yearly(ctx: SumContext) -> bool:
    """ "£700m a year" (but not "$21m a year after that", money of its own)."""
    return ctx.yearly and not rules.ONGOING.search(ctx.clause_after)


def _mark_rates(candidates: list[Candidate]) -> list[Candidate]:
    """A yearly sum beside a larger pledge of the article is that pledge spread over years (rule 3).

    Only sums read as pledges count as the larger one (a critic's figure or a
    statistic does not turn a yearly pledge into a rate), and only up to ten
    times the yearly sum: "a €1bn fund" and "an agency with €45m a year" are
    two commitments.
    """
    totals = [(c.mention.currency, c.mention.amount) for c in candidates if not c.rate and c.mention.amount]
    return [evolve(c, rate=_spreads_a_total(c.mention, totals)) if c.rate else c for c in candidates]


def _spreads_a_total(yearly: PledgeMention, totals: list[tuple[str | None, float]]) -> bool:
    """A yearly sum restates a larger pledge of up to ten times it; when the text says over
    how many years ("£10m in each of the next two years"), the total must be that multiple."""
    amount = yearly.amount or 0.0
    years = _YEARS_OF.search(yearly.period or "") if yearly.period else None
    if years is not None and (count := parse_count(years.group(1))) is not None:
        return any(
            currency == yearly.currency and abs(total - amount * count) <= 0.01 * total
            for currency, total in totals
        )
    return any(
        currency == yearly.currency and amount * 1.001 < total <= amount * 10 for currency, total in totals
    )


_YEARS_OF = lazy(r"\beach of the (?:next|coming|following) (\w+) (?:financial )?years\b", re.IGNORECASE)


def _is_conversion(ctx: SumContext, money: Money, previous: Money | None, first_currency: str) -> bool:
    """The same money restated in another currency right after the first figure, or said to be
    "equivalent to" a sum however far that sum is ("The plan, equivalent to about $200 million,"), or a
    package the article reported restated in another currency ("The package is worth about US$56m")."""
    return (
        (
            previous is not None
            and previous.currency != money.currency
            and rules.CONVERSION_BEFORE.search(ctx.before) is not None
        )
        or rules.EQUIVALENT_BEFORE.search(ctx.before) is not None
        or (money.currency != first_currency and rules.WORTH_RESTATED.search(ctx.before) is not None)
    )


def _quoted_rival(sentences: list[Sentence], index: int, doc: _Document) -> bool:
    """Whether the sentence goes on in a quotation that a critic, a rival or the opposition opened
    ('The shadow chancellor said: "It is a gimmick. We would put £2bn into buses."')."""
    opener = quote_opener(sentences, index)
    if opener is None:
        return False
    said = attribution(opener)
    words = word_set(said)
    return bool(
        (not RIVAL_WORDS.isdisjoint(words) and rival_voice(said, doc.governing))
        or (rules.may_be_opposition(said, words) and rules.OPPOSITION.pattern.search(said))
    )


def _candidates(
    sentence: Sentence,
    sums: list[Money],
    index: int,
    paragraph: int,
    doc: _Document,
    rejections: Rejections,
    approved_list: bool = False,
    rival_before: bool = False,
) -> list[Candidate]:
    """Pledge candidates among ``sums`` (offsets relative to the sentence's evidence span);
    ``approved_list``: the sentence is an item of a list of schemes approved; ``rival_before``: it
    speaks on in the rival voice of the sentence before."""
    text, start = _evidence_span(sentence)
    words = word_set(text)
    rival = (
        rival_before
        or (not RIVAL_WORDS.isdisjoint(words) and rival_voice(text, doc.governing))
        or recommended(text, words)
    )
    # The gate passes few money sentences; those it passes are read by the pattern alone.
    voiced = rules.may_be_opposition(text, words) and rules.OPPOSITION.pattern.search(_voiced(text, sums))
    if rival or voiced:
        for money in sums:  # critics' and opposition figures are not the government's
            _reject(rejections, OPPOSITION, text, start, money)
        return []
    party = rules.PARTY_PROMISE.search(text) if not rules.PROMISE_VERBS.isdisjoint(words) else None
    if party is not None and party_key(party.group("party")) in doc.governing:
        party = None  # "Labor promised" in an article about the Labor Government
    found = []
    # (one test per sentence, for each of its sums; three finds cost less than a character class scan)
    quoted = '"' in text or "“" in text or "”" in text
    rejected_before, rejected_amount = False, 0.0
    range_opened = False  # the sum rejected before opens a range ("range from")
    past_change = False  # the sum rejected before opens a past change ("grew from X to Y last year")
    others_seen = False  # a sum of the sentence is others' money
    previous: Money | None = None
    yearly = _yearly_cells(text, sums)
    windows = contexts(text, sums, gating_words(text, words))
    if approved_list:
        for window in windows:
            window.approved_list = True
    past = doc.past_cells if "|" in text else []
    for money, ctx in zip(sums, windows, strict=True):
        if past and any(s <= start + money.start < e for s, e in past):
            _reject(rejections, BACKGROUND, text, start, money)  # "Item | $1.6bn (2022-25 actual) | ..."
            continue
        if money.start in yearly:
            _reject(rejections, PER_UNIT, text, start, money)  # a year's cell of a row with its total
            continue
        if party is not None and money.start >= party.start():
            _reject(rejections, OPPOSITION, text, start, money)
            continue
        if _is_conversion(ctx, money, previous, doc.first_currency):
            _reject(rejections, CONVERSION, text, start, money)
            continue
        if money.amount < _SMALLEST_PLEDGE:
            _reject(rejections, TOO_SMALL, text, start, money)
            rejected_before, rejected_amount = True, money.amount
            continue  # "£400 off energy bills", "£2.50 a ticket": a rate per person, never a programme
        previous = money
        if _given_abroad(ctx, doc):
            _reject(rejections, OTHERS, text, start, money)
            # ("Australia has announced A$6m, New Zealand NZ$3m": the list goes on with givers)
            rejected_before, rejected_amount = True, money.amount
            continue
        # "bursaries of £30,000 in A, £15,000 in B and £10,000 in C": a list
        # continues the reading of its first item; so does the top of a rate
        # ("a payment of £300, rising to £800 for ...").
        # Items of one list are of one size: "a £2 fare cap, and £38m for depots" is no list of fares.
        # (the top of a range or a rise goes further from its start than the next item of a list:
        # "range from $150,000 to $4.5m", but "$83,000 per practice, and $8m to expand X")
        listed = rejected_before and (
            (money.amount < _LIST_SPREAD * rejected_amount and _LIST_JOIN.fullmatch(ctx.before) is not None)
            or (
                # ("Individual grants range from $100,000 to $10 million": a range said to be one is
                # one, however wide)
                (range_opened or money.amount < _RANGE_SPREAD * rejected_amount)
                and (
                    _RISING_TO.fullmatch(ctx.before) is not None
                    or _RANGE_TOP.fullmatch(ctx.before) is not None
                )
            )
        )
        if past_change and _TO_LEVEL.fullmatch(ctx.before):
            reason: str | None = BACKGROUND  # the level a past change reached
        else:
            reason = LIST_CONTINUES if listed else rejection(ctx, doc.published_year)
        if reason == OTHERS and doc.publisher and (own := _as_announcer(ctx, doc.publisher)) is not None:
            # "The Canada Foundation for Innovation today announced": a foundation (or any giver) that
            # publishes the article gives its own money
            reason = rejection(own, doc.published_year)
        if reason == OTHERS and (titled := _without_portfolios(ctx)) is not None:
            # "The Minister of State for Employment Affairs and Retail Businesses has announced": a
            # portfolio's words name no business that gives
            reason = rejection(titled, doc.published_year)
        if reason == OTHERS and (public := _public_share(ctx, doc.publisher)) is not None:
            # "the council will put in $18.3 million of its own" in the council's release: its own pledge
            reason = rejection(public, doc.published_year)
        if reason is None and " from" in ctx.near_before[-20:] and _INCREASE_FROM.search(ctx.near_before):
            reason = BACKGROUND  # "€9m for 2025, an increase from €7.2m last year": the base compared with
        if reason is None and doc.companies and private_subject(ctx.before, doc.companies):
            reason = OTHERS  # "Hanseo Energy will invest $4bn": a company the article named
        if reason is None and (
            (others_seen and _PROJECT_VALUE.search(ctx.near_before))
            or ("contributions" in ctx.sentence and _WITH_THEIR_SHARE.search(ctx.sentence))
        ):
            # "Project teams will contribute $410m in private cost share, bringing the total value
            # of the demonstrations to $760m": a project's value with others' money in it
            reason = OTHERS
        if (
            reason is None
            and money.amount < _LARGEST_PER_HEAD
            and (
                rules.PEOPLE_RECEIVE.search(ctx.before[-120:])
                or rules.TO_PEOPLE.match(ctx.after)
                # "midwives who join will be offered a £2,000 payment": an incentive per person
                or (_OFFERED_A.search(ctx.before[-30:]) and _INCENTIVE_AFTER.match(ctx.after))
            )
        ):
            reason = PER_UNIT  # "Households whose homes were destroyed will receive $7,000"
        others_seen = others_seen or reason == OTHERS
        # (a comparison's base, "up from €1.9 million this year, and €850,000 for X", is part of the
        # item before it, and opens no list of rejected sums)
        rejected_before = reason is not None and _COMPARISON_BASE.search(ctx.near_before) is None
        rejected_amount = money.amount
        range_opened = reason is not None and _RANGE_OPENS.search(ctx.near_before) is not None
        past_change = reason == BACKGROUND and _PAST_CHANGE_FROM.search(ctx.near_before) is not None
        if reason is not None:
            _reject(rejections, reason, text, start, money)
            continue
        rate = _is_yearly(ctx)
        # A yearly rate is not a pledge, but what it is for names the total it
        # restates ("$95m a year to secure wells ..., or $285m in total").
        recipient, sureness = _recipient(ctx, text, sums, money, start, doc)
        # (a sum that opens a table's cell after several text cells: "Nebraska | Tallgrass Telephone
        # Cooperative | $31.4 million" or "Port of Alder, Oregon / shore power / $27m", where the words
        # before it read as the first cell alone)
        if (
            text[money.start : money.start + 1].isdigit()
            or recipient is None
            or is_row_cell(text[: money.start])
        ) and (item := row_label(text[: money.start])):
            # a figure of a table's row (bare, its unit in the header, or one of several sums
            # the row has no words for): the row's item is the recipient
            recipient, sureness = item, 2
        if recipient is None and yearly and (row := label_before(text[: sums[0].start])) is not None:
            # "Cardigan flood defence works | £1.1m | £0.9m | £2.0m": the row's item names its total
            recipient, sureness = row[0], 2
        currency = money.currency
        mention = PledgeMention(
            kind="funding",
            evidence=text,
            start=start,
            end=start + len(text),
            fingerprint="",
            confidence=confidence(ctx, recipient),
            amount=money.amount,
            currency=currency,
            recipient=recipient,
            qualifier=money.qualifier,
            scope=scope_of(ctx),
            period=period_of(ctx),
            extra={"rule": PLEDGE},
        )
        definite = bool(_DEFINITE.search(ctx.before[-25:]))
        if _is_headline(sentence, index, doc.title):
            # Headlines compress the commitment; the body names the recipient better.
            sureness = max(0, sureness - 1)
        written = text[money.start : money.end]
        found.append(
            Candidate(
                mention, index, paragraph, definite, sureness, start + money.start, rate, written, quoted
            )
        )
    return _share_recipients(_respectively(text, found, start))


# "A and B will receive £4m and £2m respectively", "£4m and £2m go to A and B respectively".
_ITEM_WORD = r"(?!(?:in|to|for|on|at|with|by|from|into|who|which|that|will|would|are|is)\b)[\w'’&-]+"
_RESPECTIVE_BEFORE = rule(
    "funding.cue.respective-before",
    "a list of recipients before the sums that 'respectively' shares out",
    # Items are names: words and "of", no other preposition ("pressures in the Departments
    # of Roads and Water" lists departments, not pressures).
    rf"(?:^|[,;:]\s*|\b(?:in|to|for|between|and|that|with)\s+)(?P<list>(?:the\s+)?{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,8}}?"
    rf"(?:\s*,\s*{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,8}}?)*\s*,?\s+and\s+{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,8}}?)"
    r",?\s+(?:(?:who|which|that)\s+)?(?:(?:will|would|are\s+to|are\s+set\s+to|each)\s+)?"
    r"(?:receive|get|be\s+given|be\s+allocated|are\s+allocated|are\s+given|were\s+given|were\s+allocated|gain)"
    r"\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    flags=re.IGNORECASE,
    window="before",
    examples=(
        "The Harbour Trust and the Canal Board will receive |",
        "pressures in the Departments of Roads and Water who receive |",
    ),
    counter=("The Harbour Trust will receive |",),
)
_RESPECTIVE_AFTER = lazy(
    r"\s*(?:(?:of|in)\s+[^,;.]{1,40}?\s+)?(?:will\s+|would\s+)?(?:(?:go|goes|be\s+given|be\s+allocated|is\s+allocated"
    r"|are\s+allocated|has\s+been\s+allocated|have\s+been\s+allocated)\s+)?(?:to|for)\s+"
    r"(?P<list>[^;.]+?)\s*,?\s+respectively\b",
    re.IGNORECASE,
)
_PLURAL_OF = lazy(r"^(?:the\s+)?(?P<head>[A-Z][a-z]+s)\s+(?P<prep>of|for)\s+(?P<rest>.+)$")
_LIST_SPLIT = lazy(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respectively(text: str, found: list[Candidate], start: int) -> list[Candidate]:
    """Sums that "respectively" shares out among a list of recipients, in order."""
    if len(found) < 2 or "respectively" not in text:
        return found
    first = found[0].position - start
    last = found[-1]
    items: list[str] = []
    before = _RESPECTIVE_BEFORE.search(text, max(0, first - 200), first)
    after = _RESPECTIVE_AFTER.match(text, last.position - start + len(last.written))
    phrase = before.group("list") if before else after.group("list") if after else ""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
    plural = _PLURAL_OF.match(phrase)
    if plural:  # "the Departments of Roads and Water": one department each
        head = plural.group("head")[:-1]
        items = [f"{head} {plural.group('prep')} {item}" for item in _LIST_SPLIT.split(plural.group("rest"))]
    elif phrase:
        items = [
            re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.IGNORECASE) for item in _LIST_SPLIT.split(phrase)
        ]
    if len(items) != len(found) or not all(items):
        return found
    return [
        evolve(cand, mention=evolve(cand.mention, recipient=item), sureness=2)
        for cand, item in zip(found, items, strict=True)
    ]


def _recipient(
    ctx: SumContext, text: str, sums: list[Money], money: Money, start: int, doc: _Document
) -> tuple[str | None, int]:
    """Who or what the sum goes to, as a reader names it, and how surely (0-2).

    The words around the sum are read first (:func:`find_recipient`); "£400m of
    the £1.5bn would go towards X" reads on past the second sum. A reference
    ("the command", "it", "X, backed by £2m") becomes the name of the body the
    text creates or names; a trailing time is cut; a person is never a recipient.
    """
    after = ctx.after
    if _CONVERSION_NEXT.fullmatch(after):
        # "1.4 trillion pesos (about $340 million) to the program": read on after the brackets
        following = next((s for s in sums if s.start >= money.end + len(after)), None)
        if following is not None:
            after = text[following.end : following.end + 150].lstrip().removeprefix(")")
    elif _OF_NEXT_SUM.fullmatch(after):
        following = next((s for s in sums if s.start >= money.end + len(after)), None)
        if following is not None:
            rest = text[following.end : following.end + 150]
            # "£4m on top of the £15m pledged in May for X": what both are for follows the second
            after = rest if "top" in after else after + text[following.start : following.end] + rest
    if budget := rules.own_budget_name(_last_words(ctx.before, 120), after):
        return budget, 2  # "approved an $84.3bn state budget": the budget itself
    position = start + money.start
    # "X, backed by £2m, will help ...", "a new agency with £40m to spend": the sum backs X.
    if (
        BACKING.search(ctx.before[-60:])
        or (" with" in ctx.before[-25:] and BODY_WITH.search(ctx.before[-100:]))
        # "a new Office of X, with $50m over two years, to help ...": the aside's sum is the body's
        or (WITH_ASIDE.search(ctx.before[-70:]) and _PERIOD_FIRST.match(ctx.after))
    ):
        held = backed(_last_words(ctx.before, 200), position, doc.referents)
        if held:
            return trim_time(held), 2
    # "€1m has been allocated for its work": the body the text is about.
    if OWN_WORK.match(ctx.after):
        own = doc.referents.body(None, position)
        if own:
            return own, 2
    if "counterpart" in ctx.near_before or "counterpart" in ctx.after[:40]:
        # "Government will provide K25m in counterpart funding": the government's share of the
        # donor's project named before (unless the sentence names what it is for: "as counterpart
        # funding for the third phase of the X Project")
        written = find_recipient(_last_words(ctx.before, 120), after)
        project = doc.referents.project(position)
        if project and not (written[0] and written[1] == 2 and _FOR_AFTER.match(after)):
            return project, 2
    window = _last_words(ctx.before, 120)
    if _PREVIOUS_PREDICATE.fullmatch(window):
        window = ""  # "£2.1m will pay for staff and |£1.3m will fund X": the words before are the last item's
    if (share := _OF_ITS_OWN.match(after)) is not None:
        after = after[share.end() :]  # "£3.2m of its own capital in a new car park": what it is for follows
    if _NEXT_GIVERS_CELL.fullmatch(window):
        # "X upgrade: federal $36.4m; provincial |": the second government's cell reads the line's item
        window = _last_words(text[: money.start], 200)
    recipient, sureness = find_recipient(window, after)
    if recipient is None and " cost" in window and (costing := _COSTING_SUBJECT.match(window)) is not None:
        # "The new positions will cost $7.1 million", "The team will cost $1.4 million": what costs it
        # (a reference, resolved below to the body the article names)
        recipient, sureness = costing.group("subject"), 1
    if (
        recipient is None
        and window.lstrip().startswith("Total")
        and "\n" in doc.text[max(0, start - 100) : start]
    ):
        # "HOME OFFICE\nTotal departmental expenditure limit: £58.4 billion": the heading above the
        # table's total line names whose total it is
        heading = label_before(doc.text[max(0, start - 100) : position])
        if heading is not None:
            recipient, sureness = heading[0], 2
    if recipient and (total := _TOTAL_PARTICIPLE.match(recipient)) is not None:
        # "bringing the scheme's total budget to", "bringing the fund to": what the total is of (a
        # reference, resolved below)
        recipient = recipient[total.end() :]
    if recipient and _is_person(recipient):
        recipient, sureness = None, 0
    elif (
        recipient
        and ("Minister" in ctx.before or "Secretary" in ctx.before)
        and recipient[-1:].isalpha()
        and _ends_with_minister(recipient, ctx.before)
    ):
        # "Minister for Housing, Local Government and Heritage Declan Moriarty has secured €60m for
        # homeless services": a minister's portfolio and name read as the subject; the words after
        # the sum say what it is for
        recipient, sureness = recipient_after(after)
    if recipient and gapped_giver(text[: money.start]):
        # a second giver, its verb left out ("and the Queensland Government $120m"): the shared work
        return doc.referents.work(start + money.start), 1
    recipient = trim_time(recipient)
    if (
        recipient
        and recipient.split()[0] in _PURPOSE_VERBS
        and (programme := _PROGRAMME_AFTER.search(ctx.after))
    ):
        # "$276 million to bring internet to rural towns through the department's Rural Connect program":
        # the named programme that carries the money, not the work it does
        return programme.group("programme").strip(), 2
    if recipient and "budget" in recipient and (owner := _budget_owner(recipient, position, doc.referents)):
        return owner, 2  # "bringing the Force's budget to", "its total budget": whose budget it is
    if recipient and (kept := recipient_itself(recipient)) != recipient:
        if kept is None:
            # "given the go-ahead after the Government approved £14.7m for the project": the reading
            # named only money (or where it comes from); the words after the sum may name the recipient
            read_after = recipient_after(after)
            kept = recipient_itself(read_after[0]) if read_after[0] != recipient else None
            sureness = read_after[1] if kept else 0
        recipient = kept
    if recipient and recipient.islower() and (apposed := _apposed_name(recipient, after)):
        return apposed, 2  # "to a new coordination hub, the Coastal Resilience Office": its name
    named = resolve(recipient, position, doc.referents) or expand_acronym(recipient, doc.referents)
    if (
        not named
        and recipient
        and _PROJECT_REFERENCE.match(recipient)
        and _NEW_FACILITY.search(text[: money.start])
    ):
        # "A new health centre ... has been given the go-ahead after £14.7m was approved for the
        # project. The Rhondda Health Centre, to be built in Porth, ...": named after the sum
        named = doc.referents.facility_after(position)
    # "the agency" named earlier, or "a fund" named later: the full name is the recipient.
    named = named or (_antecedent(recipient, doc.text, position) if recipient else None)
    if not named:
        unnamed = _UNNAMED_HEAD.match(ctx.after)  # "a €2bn fund to ...": read by both tests
        named = _body_after(unnamed, position, doc.referents) or _named_later(
            unnamed, doc.text, start + money.end
        )
    if named:
        return named, 2
    if recipient and (tail := _ENDS_WITH_REFERENCE.match(recipient)) is not None:
        # "the fit-out and staffing of the hub": the work, and the body it refers back to by name
        body = resolve(tail.group("ref"), position, doc.referents)
        if body:
            return f"{tail.group('work')}the {body}", sureness
    if recipient is None or sureness < 2:
        held = backed(_last_words(ctx.before, 200), position, doc.referents)
        if held:
            return held, 2
    if (recipient is None or sureness < 2 or recipient.split()[0].lower() in _OBJECT_PRONOUNS) and (
        antecedent := pronoun_antecedent(text[: money.start], ctx.after, recipient)
    ):
        return trim_time(antecedent), 2  # "with R35bn set aside for it": the sentence's subject
    if recipient and recipient.lower() in ("it", "they", "them", "this"):
        return None, 0  # a pronoun the article gives no body for
    if recipient is None and (named_programme := named_programme_before(text[: money.start])) is not None:
        # "launched the X programme, which will hire 5,000 doctors, with an investment of": the words
        # around the sum name nothing; the programme the sentence is about receives it
        return named_programme, 1
    return trim_time(recipient), sureness


# "the project": a reference to the work the sentence describes.
_PROJECT_REFERENCE = lazy(r"^(?:the\s+)?(?:project|scheme|development)$", re.IGNORECASE)
# A facility the sentence describes as new before its sum ("A new health and wellbeing centre in X").
_NEW_FACILITY = lazy(
    r"\b(?:a|the)\s+new\s+(?:[\w'’-]+\s+){0,5}?(?:centre|center|hub|academy|institute|campus)\b",
    re.IGNORECASE,
)
# The verbs a purpose opens with ("to bring", "to rebuild"): work, which a named programme carries.
# The subject of "will cost" when it is posts or a body the article creates (see funding_context._STAFF_COST).
_COSTING_SUBJECT = lazy(
    r"\W*(?P<subject>(?:the|its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:positions|posts|hires|staff|officers"
    r"|deputies|teachers|team|squad))\s+(?:will|would)\s+cost\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_PURPOSE_VERBS = frozenset(
    "build rebuild expand bring restore harden improve upgrade repair replace support help create hire train "
    "deliver provide protect reduce extend connect install modernise modernize renovate construct develop "
    "strengthen boost speed cut tackle".split()
)
# The programme a sum goes through, named after it: "through the department's Rural Connect program",
# "under the Regional Terminal Renewal Program".
_PROGRAMME_AFTER = lazy(
    r"\b(?:through|under|via|as\s+part\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+['’]s\s+)?"
    r"(?P<programme>(?-i:(?:[A-Z][\w'’-]*\s+){1,5})(?:(?-i:Program|Programme|Initiative|Fund|Scheme|Grants?)\b"
    r"|program\b|programme\b|initiative\b))",
    re.IGNORECASE,
)
# A budget named as the recipient: "the Force's budget", "its total budget", "the total project budget",
# "an initial operating budget". Whose budget it is is the recipient.
_BUDGET_OF = lazy(
    r"^(?:(?P<owner>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s?\s+|(?:its|their|the)\s+)?"
    r"(?:(?:total|overall|annual|operating|initial|revenue|capital|start-up|set-up|setup|establishment|approved|administrative|core"
    r"|(?:19|20)\d\d(?:[-/]\d{2,4})?)\s+)*(?P<what>project\s+|programme\s+|program\s+|scheme\s+)?budget$",
    re.IGNORECASE,
)


def _budget_owner(recipient: str, position: int, referents: Referents) -> str | None:
    """The body, programme or project whose budget ``recipient`` names, if the article gives it."""
    m = _BUDGET_OF.match(recipient)
    if m is None:
        return None
    if m.group("owner"):
        owner = m.group("owner")
        named = resolve(owner if owner.lower().startswith("the ") else f"the {owner}", position, referents)
        return named or (owner if " " in owner.strip() and not owner.lower().startswith("the ") else None)
    what = (m.group("what") or "").strip().lower()
    if what == "project":
        return referents.project(position)
    if what in ("programme", "program", "scheme"):
        return referents.programme(position)
    low = recipient.lower()
    if low.startswith(("its ", "their ")) or (
        # a body's running money ("an initial operating budget"), not a council's own ("a capital budget")
        any(
            w in low
            for w in (
                "initial",
                "start-up",
                "set-up",
                "setup",
                "establishment",
                "operating",
                "administrative",
            )
        )
        and "capital" not in low
    ):
        return referents.body(None, position)
    return None


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "fund", "pay", "run", "support", "cover"})
# A recipient whose last words refer back to a body: "running costs of the Directorate".
_ENDS_WITH_REFERENCE = lazy(r"^(?P<work>.{3,80}?\s(?:of|to|for|at|under)\s+)(?P<ref>the\s+[\w-]+)$")
# ", the X Office": a proper name in apposition after a description.
_APPOSED = lazy(
    r",\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*(?-i:[A-Z])[\w'’&-]*)+)"
)

# A post in an apposition names a person: ", Finance Minister Damion Whitter".
_SPEAKER_TITLE = lazy(
    r"\b(?:Minister|Secretary|Chancellor|Treasurer|Premier|Mayor|President|Governor|Senator"
    r"|Councillor|Director|Chair|Commissioner|Spokes\w+)\b"
)
_SAYS_AFTER = lazy(r"[^.;:]{0,60}?\b(?:said|says|told|announced|confirmed|stated|added)\b")


def _apposed_name(description: str, after: str) -> str | None:
    """The name a description read after the sum is given in apposition, when it is a body's."""
    at = after.find(description)
    if at < 0:
        return None
    m = _APPOSED.match(after, at + len(description))
    # (a name in another language has no head of ours: "a new fund, the Fonds Souveraineté Spatiale"; the
    # description's head says what it is)
    described = description.split()[-1].lower() in HEAD_WORDS or description.endswith("vehicle")
    if (
        m is None
        or (
            head_of(m.group("name")).lower() not in HEAD_WORDS
            and (not described or _SPEAKER_TITLE.search(m.group("name")) is not None)
        )
        or _SAYS_AFTER.match(after, m.end())
    ):
        return None  # (", the Ministry of X said": who speaks, not the description's name)
    return m.group("name")


_PROJECT_VALUE = re.compile(r"\btotal\s+(?:value|cost)\s+of\b", re.IGNORECASE)
# "Including those contributions, the projects represent a total investment of": a sum that
# counts the others' money just reported.
_WITH_THEIR_SHARE = lazy(
    r"\b(?:including|with|counting|plus)\s+(?:those|these|their|the\s+partners['’]?|partner)\s+"
    r"contributions\b",
    re.IGNORECASE,
)


def _last_words(before: str, size: int) -> str:
    """The last ``size`` characters of ``before``, without a word cut at the front ("he proposed
    agency" from "the proposed agency")."""
    if len(before) <= size:
        return before
    window = before[-size:]
    if before[-size - 1].isalnum() and window[:1].isalnum():
        space = window.find(" ")
        return window[space + 1 :] if space >= 0 else window
    return window


def _is_person(phrase: str) -> bool:
    """A recipient that is only a person's name, titled ("Minister Jo Armitage", "Dr Ann Lee")."""
    if phrase == phrase.lower():
        return False  # every name token and honorific starts with a capital, which lowering changes
    people = people_in(phrase)
    return (
        len(people) == 1 and people[0].titled and people[0].end - people[0].start >= len(phrase.strip()) - 12
    )


def _ends_with_minister(phrase: str, before: str) -> bool:
    """A recipient that ends with the name of a minister or secretary the words before the sum
    write with the post ("Minister for Housing, Local Government and Heritage Declan Moriarty")."""
    for person in people_in(before):
        name = before[person.start : person.end]
        if " " in name and phrase.endswith(name) and _PORTFOLIO_BEFORE.search(before, 0, person.start):
            return True
    return False


# The post right before a name: "Minister for Housing, Local Government and Heritage " (its words
# capitalised but for the links).
_PORTFOLIO_BEFORE = lazy(
    r"\b(?:Minister|Secretary)\s+(?:of\s+State\s+)?(?:for|of)\s+"
    r"(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)(?:,\s+|\s+))+$"
)


def _reject(rejections: Rejections, reason: str, text: str, start: int, money: Money) -> None:
    rejections.add("funding", reason, text[money.start : money.end], start + money.start, start + money.end)


# "to establish the agency", "flows through the fund": a body named earlier by its full name.
_DEFINITE_HEAD = lazy(
    r"^(?:(?:establish|create|set up|launch|run|stand up|build|open|expand|support|staff)\s+)?(?:the\s+)?"
    r"(?:new\s+)?(?P<head>fund|agency|office|centre|center|unit|programme|program|scheme|taskforce|hub|board"
    r"|initiative|facility|institute|academy|service|commission|body)$",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][\w'’&-]*|of|for|and|the|on|in)"


@lru_cache(maxsize=64)
def _naming(head: str) -> re.Pattern[str]:
    """A proper name ending with ``head`` ("the Coastal Resilience Fund")."""
    return compile_pattern(rf"\b[A-Z][\w'’&-]*(?:\s+{_NAME_WORD}){{0,6}}?\s+{head}\b")


def _antecedent(recipient: str, text: str, position: int) -> str | None:
    """The full name of the body a bare "the fund" / "the agency" refers back to."""
    m = _DEFINITE_HEAD.match(recipient)
    if m is None:
        return None
    named = _naming(m.group("head").capitalize())
    last = None
    for m in named.finditer(text, max(0, position - 3000), position):
        name = re.sub(r"^(?:The|A|An|This|That|Its|Our|Their)\s+", "", m.group(0))
        if " " in name:
            last = name  # the nearest naming before the sum ("The Office" itself names nothing)
    return last


# "a €2bn fund to ..." and, a sentence later, "the new European Grid Fund": the
# unnamed body right after a sum is named further on.
_UNNAMED_HEAD = lazy(
    r"^\s*(?:[a-z-]+\s+){0,2}?(?P<head>fund|agency|office|centre|center|unit|taskforce|hub|board|institute"
    r"|academy|commission|facility)\b"
)


def _body_after(m: re.Match[str] | None, position: int, referents: Referents) -> str | None:
    """ "a $2bn fund to help towns": the sum is the size of a body the article creates
    (``m``: :data:`_UNNAMED_HEAD` matched right after the sum)."""
    if m is None:
        return None
    named = referents.body(m.group("head"), position, new_only=True)
    # "a £200m youth endowment fund": a body named elsewhere is this one only if it has its words.
    words = set(m.group(0).lower().split()[:-1])
    return named if named and words <= set(named.lower().split()) else None


def _named_later(m: re.Match[str] | None, text: str, position: int) -> str | None:
    """ "a €2bn fund ..." and later "the new European Grid Fund": the name given further on."""
    if m is None:
        return None
    head = m.group("head").capitalize()
    later = re.search(
        rf"\b(?i:the new|called the|called|named the|named|known as the|known as)\s+(?P<name>[A-Z][\w'’&-]*"
        rf"(?:\s+{_NAME_WORD}){{0,6}}?\s+{head})\b",
        text[position : position + 600],
    )
    return later.group("name") if later else None


def _donate_rate_recipients(candidates: list[Candidate], rejections: Rejections) -> list[Candidate]:
    """Drop yearly rates, giving what each is for to the multi-year total it restates."""
    rates = [c for c in candidates if c.rate and c.mention.recipient]
    kept = []
    for cand in candidates:
        if cand.rate:
            _reject_candidate(rejections, YEARLY_RATE, cand)
            continue
        mention = cand.mention
        if mention.recipient is None and mention.amount:
            for rate in rates:
                r = rate.mention
                if r.currency == mention.currency and r.amount and _is_multiple(mention.amount, r.amount):
                    cand = evolve(cand, mention=evolve(mention, recipient=r.recipient), sureness=1)
                    break
        kept.append(cand)
    return kept


def _reject_candidate(rejections: Rejections, reason: str, cand: Candidate) -> None:
    """A candidate dropped after reading: its sum, located by the offset it was found at."""
    rejections.add("funding", reason, cand.written, cand.position, cand.position + len(cand.written))


def _is_multiple(total: float, rate: float) -> bool:
    years = total / rate
    return 2 <= round(years) <= 10 and abs(years - round(years)) <= 0.01 * years


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
            cand = evolve(cand, mention=evolve(cand.mention, recipient=donor.mention.recipient), sureness=1)
        shared.append(cand)
    return shared


_KEY_WORD = lazy(r"[a-z0-9]+")


def _fingerprinted(mentions: list[PledgeMention]) -> list[PledgeMention]:
    """Key each pledge on amount, currency and recipient words (or scope).

    The recipient is reduced to its first four content words, sorted, so small
    wording changes in the extractor keep the key; a repeat of the same key in
    one document gets an ordinal.
    """
    seen: dict[tuple[object, ...], int] = {}
    keyed = []
    for mention in mentions:
        words = sorted(_KEY_WORD.findall((mention.recipient or "").lower()))[:4]
        key = (mention.amount, mention.currency, " ".join(words) or mention.scope)
        ordinal = seen.get(key, 0)
        seen[key] = ordinal + 1
        parts = (*key, ordinal) if ordinal else key
        keyed.append(_with_fingerprint(mention, make_fingerprint("funding", *parts)))
    return keyed


def _with_fingerprint(mention: PledgeMention, fingerprint: str) -> PledgeMention:
    return evolve(mention, fingerprint=fingerprint)


def _sums_inside(sums: list[Money], first: int, sentence: Sentence) -> tuple[list[Money], int]:
    """The sums within the sentence's evidence span, re-based to it, and the next unused index
    (``first``: an index of ``sums``)."""
    if sums[first].start >= sentence.end:
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


_PLEDGING = lazy(
    r"\b(?:pledging\s+(?:conference|event|session|summit)|replenishment|donors?\s+(?:have\s+)?pledged"
    r"|pledges(?!\s+to\b))\b",
    re.I,
)
# A country the article names this often is the one it is about (or the announcer's own).
_HOME_MENTIONS = 3
# The dollar of each dollar country written as an adjective in lex.DONOR_ADJECTIVES.
_ADJECTIVE_DOLLARS = {"Australian": "AUD", "Canadian": "CAD", "American": "USD"}


def _given_abroad(ctx: SumContext, doc: _Document) -> bool:
    """Whether another country's government or aid agency gives the sum (rules.FOREIGN_GIVER):
    a country that is not the publisher's and that the article names only in passing."""
    if "overnment of" not in ctx.before and not _GIVER_NAMED.search(ctx.before):
        return False
    m = rules.FOREIGN_GIVER.search(ctx.before)
    if m is None:
        return False
    if doc.gathers_pledges and not _NATIONAL_PUBLISHER.search(doc.publisher):
        # a pledging conference reports each donor's pledge (but one donor's own release reports
        # the others' beside its own: "the United Kingdom pledged £50 million and the European
        # Union €105 million", in the United States' release)
        return False
    agency = m.group("agency") or m.group("agency2")
    if agency:
        return not _published_by(agency, doc.publisher)
    if (adjective := m.group("country2")) is not None:
        # "the Australian Government" is at home in an article whose dollar is Australia's
        dollar = _ADJECTIVE_DOLLARS.get(adjective)
        if dollar is not None and dollar == dollar_currency(f"{doc.title}\n{doc.text}", doc.publisher):
            return False
    country = m.group("of") or m.group("country") or m.group("country2") or m.group("country3") or ""
    return not _published_by(country, doc.publisher) and doc.text.count(country) < _HOME_MENTIONS


# A minister's or a department's portfolio: "Minister of State for Employment Affairs and Retail
# Businesses", "Department of Agriculture, Food and the Marine".
_PORTFOLIO = lazy(
    r"\b(?:Minister|Secretary|Department|Ministry|Commissioner)\s+(?:of\s+State\s+)?(?:for|of)\s+"
    r"(?:(?:the\s+|and\s+|&\s+)?[A-Z][\w'’-]*(?:,\s+|\s+))+"
)


def _without_portfolios(ctx: SumContext) -> SumContext | None:
    """The sum's words with the portfolios of ministers and departments written as "the minister",
    when the words before the sum name one; None otherwise."""
    if "Minist" not in ctx.before and "Secretar" not in ctx.before and "Depart" not in ctx.before:
        return None
    blanked = _PORTFOLIO.sub("the minister ", ctx.before)
    return None if blanked == ctx.before else replace(ctx, before=blanked)


# A per-person incentive: "will be offered a |£2,000 payment", "are given a |£1,500 bonus".
_OFFERED_A = lazy(r"\b(?:offered|given|paid)\s+an?\s+$")
_INCENTIVE_AFTER = lazy(
    r"\s*(?:one-off\s+|retention\s+|welcome\s+|relocation\s+|joining\s+|signing\s+)?(?:payments?|bonus(?:es)?"
    r"|allowances?|incentives?|golden\s+hellos?)\b",
    re.IGNORECASE,
)
_PUBLIC_NOUNS = tuple(w for w in lex.PUBLIC_SPEAKER_WORDS if w not in ("he", "she", "it", "we"))
# A share "of its own" after the sum, and the announcing body giving it as the clause's subject: "the
# council" in a council's release or a newspaper's report (in a federal agency's, "the city is
# contributing $4.1 million of its own" is a partner's share beside the announcer's, as is a body
# named: "the three Baltic states").
_OF_ITS_OWN = lazy(
    r"\s*of\s+(?:its|their)\s+own\b(?:\s+(?:money|funds|budget|resources|capital|reserves|cash))?"
)
_PUBLIC_GIVER = lazy(
    # (and "the trust", as a report on an NHS trust names it)
    rf"\bthe\s+({lex.alternation([*_PUBLIC_NOUNS, 'trust'])})"
    r"\s+(?:(?:will|would|has|have|had|is|are|was|agreed\s+to|plans\s+to|intends\s+to)\s+)?(?:also\s+)?"
    r"(?:put|contribut|add|provid|invest|commit|spend|chip|find|fund)\w*\b[^.;:]{0,30}$",
    re.IGNORECASE,
)


_PUBLIC_PUBLISHER = lazy(
    rf"\b(?:{lex.alternation(_PUBLIC_NOUNS)})\b",
    re.IGNORECASE,
)


def _public_share(ctx: SumContext, publisher: str) -> SumContext | None:
    """The sum's words without "of its own" after it, when the publishing body is the one putting the
    sum in ("the council will put in $18.3 million of its own"); None otherwise."""
    own = _OF_ITS_OWN.match(ctx.after)
    if own is None or (giver := _PUBLIC_GIVER.search(ctx.near_before)) is None:
        return None
    if giver.group(1).lower() not in publisher.lower() and _PUBLIC_PUBLISHER.search(publisher):
        return (
            None  # another public body's release: the share is a partner's (a newspaper reports the giver's)
        )
    return replace(ctx, after=ctx.after[own.end() :])


def _as_announcer(ctx: SumContext, publisher: str) -> SumContext | None:
    """The sum's words with the publisher's own name written as the announcer ("it"), when the
    words before the sum name the publisher; None otherwise."""
    name = publisher.removeprefix("The ").strip()
    if len(name) < 4 or name not in ctx.before:
        return None
    return replace(ctx, before=ctx.before.replace(name, "it"))


# A national government's ministry or aid agency, not an international body that gathers pledges.
_NATIONAL_PUBLISHER = lazy(
    r"^(?!.*\b(?:United Nations|UN|World|Global Fund|Gavi|Commission|Union|Bank|OCHA|UNICEF|WHO)\b)"
    r".*\b(?:Ministry|Department|Office|Government|Agency for International Development|Global Affairs|Aid)\b"
)


def _published_by(giver: str, publisher: str) -> bool:
    """Whether the giver publishes the article ("European Union" in the European Commission's)."""
    return any(name in f"{publisher} " for name in lex.DONOR_PUBLISHERS.get(giver, (giver,)))


_GIVER_NAMED = lazy(
    rf"\b(?:{lex.alternation(lex.DONOR_COUNTRIES)}|{lex.alternation(lex.DEVELOPMENT_AGENCIES)}"
    rf"|{lex.alternation(lex.DONOR_ADJECTIVES)})\b"
)


def _yearly_cells(text: str, sums: list[Money]) -> set[int]:
    """Where the year-by-year cells of a table row start, when the row's last cell is their total
    ("Bulk water infrastructure | R2.1bn | R2.8bn | R3.4bn | R8.3bn"): the total is the pledge."""
    if len(sums) < 3 or "|" not in text:
        return set()
    *cells, total = sums
    added = sum(m.amount for m in cells)
    if any(m.currency != total.currency for m in cells) or abs(added - total.amount) > 0.02 * total.amount:
        return set()
    return {m.start for m in cells}


# A clause after the last sum that tells another event: "adopted a R48.6bn budget, after
# opposition councillors walked out": the critics there do not state the sum.
_LATER_CLAUSE = lazy(
    r",?\s+(?:after|as|while|despite|although|though|amid|before|when)\s+"
    # ", in a budget that unions warned would ...": a relative clause on something else
    r"|,\s+(?:in|under|with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+"
)


def _voiced(text: str, sums: list[Money]) -> str:
    """The sentence up to a clause after its last sum that tells another event (see _LATER_CLAUSE)."""
    later = _LATER_CLAUSE.search(text, sums[-1].end) if sums else None
    return text[: later.start()] if later else text


def _is_headline(sentence: Sentence, index: int, title: str) -> bool:
    """The title repeated at the top of the text, or a first line without a full stop."""
    text = sentence.text.strip()
    return text == title.strip() or (index == 0 and not text.endswith((".", "!", "?", '"', "”")))


def _with_table_sums(sums: list[Money], text: str) -> list[Money]:
    """The sums written with their currency, and the bare figures of tables whose header or
    caption names it (:mod:`tracker.extract.tables`), in text order."""
    bare = [m for m in table_sums(text) if not any(s.start < m.end and m.start < s.end for s in sums)]
    return sorted([*sums, *bare], key=lambda m: m.start) if bare else sums


def _in_local_currencies(sums: list[Money], article: ArticleText) -> list[Money]:
    """Sums written with a symbol several countries write ("$", "Rs", "K") in the currency the
    article's country gives it; a "K" where no country of the kwacha or kina is named is no sum."""
    shared = {money.currency for money in sums if money.currency in SHARED_SYMBOLS}
    if not shared:
        return sums
    context = f"{article.title}\n{article.text}"
    local = {symbol: shared_symbol_currency(symbol, context, article.publisher) for symbol in shared}
    resolved = []
    for money in sums:
        if money.currency not in local:
            resolved.append(money)
        elif (code := local[money.currency]) is not None:
            resolved.append(Money(money.amount, code, money.qualifier, money.start, money.end, money.low))
    return resolved


def find_funding(
    article: ArticleText,
    sentences: list[Sentence],
    rejections: Rejections = IGNORE,
    units: Sequence[PledgeMention] = (),
) -> list[PledgeMention]:
    """Funding pledges stated in ``article.text``, each commitment once.

    Sums turned down are reported to ``rejections`` with the decision's name;
    ``units`` (the new bodies the article creates) name the bodies recipients refer to.
    """
    # One scan of the whole text for sums, shared out to sentences by offset:
    # most sentences hold no money, and per-sentence scans cost more.
    sums = _in_local_currencies(_with_table_sums(find_money(article.text), article.text), article)
    if not sums:
        return []
    doc = _Document(
        published_year=article.published.year if article.published else None,
        title=article.title,
        text=article.text,
        publisher=article.publisher,
        referents=Referents(article.text, units),
        first_currency=sums[0].currency,
    )
    candidates: list[Candidate] = []
    background_list = approved_list = False
    paragraph, previous_end, next_sum = 0, 0, 0
    for index, sentence in enumerate(sentences):
        if next_sum == len(sums):
            break  # every sum read: what follows cannot hold a candidate
        # Two line breaks between sentences: a blank line, so a new paragraph.
        new_paragraph = article.text.count("\n", previous_end, sentence.start) >= 2
        paragraph += new_paragraph
        previous_end = sentence.end
        inside, next_sum = _sums_inside(sums, next_sum, sentence)
        is_item = sentence.text[:1] in _ITEM_MARKS and _BULLET.match(sentence.text) is not None
        # A list of approvals runs over its items, or over paragraphs that each open with a
        # scheme's cost ("The X Project, at a cost of Tk 1,540 crore, ...").
        if approved_list and new_paragraph and not is_item and "cost of" not in sentence.text:
            approved_list = False
        if inside and sentence.is_question:
            text, start = _evidence_span(sentence)
            for money in inside:
                _reject(rejections, QUESTION, text, start, money)
        elif inside and is_item and background_list:
            text, start = _evidence_span(sentence)
            for money in inside:
                _reject(rejections, BACKGROUND_LIST, text, start, money)
        elif inside:
            # "He proposed a smaller $60 million measure", after a sentence in a rival's voice
            rival_before = (
                index > 0
                and sentence.text.startswith(("He ", "She ", "They "))
                and continues_rival(sentence.text, sentences[index - 1].text, doc.governing)
            ) or _quoted_rival(sentences, index, doc)
            candidates.extend(
                _candidates(sentence, inside, index, paragraph, doc, rejections, approved_list, rival_before)
            )
        if sentence.text.endswith(":"):
            background_list = bool(_PAST_LEAD_IN.search(sentence.text))
            approved_list = rules.APPROVED_LEAD_IN.search(sentence.text) is not None
        elif not is_item:
            background_list = False
    kept = _donate_rate_recipients(_mark_rates(candidates), rejections)
    absorbed: list[Candidate] = []
    merged = merge_restatements(kept, absorbed)
    for cand in absorbed:
        _reject_candidate(rejections, RESTATED, cand)
    resolved = _with_references_resolved(_with_sum_referred_to(merged), doc.text)
    return _fingerprinted(_with_article_subject(resolved, doc))


# A share of a sum just stated, named by what it is of: "only $58m of that is new money" (the sum
# before); "The remaining $145m was set aside in 2024" (the remainder of the larger sum before it).
_OF_THAT = lazy(r"\bof\s+(?:that|it|this|which)\b", re.IGNORECASE)
_THE_REST = lazy(r"\bthe\s+(?:remaining|rest|balance)\b", re.IGNORECASE)
# A partner's share of a project a sum before pays for: "will contribute", "will put up a local match",
# "The county's share", "from its own capital budget". (Read only for sums with no recipient.)
_CONTRIBUTES = rule(
    "funding.cue.contributes-share",
    "a partner's contribution or share with no recipient of its own: what the sum before pays for",
    r"\b(?:will|would|is\s+to|are\s+to|has|have)\s+(?:also\s+)?(?:contribute[sd]?|put\s+up|chip\s+in|match)\b"
    r"|\blocal\s+match\b|['’]s\s+share\b|\bfrom\s+(?:its|their)\s+own\b",
    flags=re.IGNORECASE,
    examples=("The city will put up a $5.5 million local match", "The county's share, about $2.9 million"),
    counter=("The city received $5.5 million",),
)
# How far after the sum before a contribution may be written (a paragraph or two).
_CONTRIBUTION_REACH = 600


def _with_sum_referred_to(mentions: list[PledgeMention]) -> list[PledgeMention]:
    """A sum with no recipient whose sentence refers back to a sum before it goes to that sum's
    recipient: "of that" to the sum just before, "the remaining" to the larger one it is left of."""
    out: list[PledgeMention] = []
    for mention in mentions:
        referred: PledgeMention | None = None
        if mention.recipient is None and out:
            if _THE_REST.search(mention.evidence):
                larger = [
                    m
                    for m in out
                    if (m.amount or 0) > (mention.amount or 0) and m.currency == mention.currency
                ]
                referred = larger[-1] if larger else None
            elif _OF_THAT.search(mention.evidence):
                referred = out[-1]
            elif _CONTRIBUTES.search(mention.evidence) and mention.start - out[-1].end < _CONTRIBUTION_REACH:
                # "The city will put up a $5.5m local match from its capital fund", "the trust will
                # contribute £1.1m from its own budget": a partner's share of what the sum before pays for
                referred = out[-1]
        if referred is not None and referred.recipient:
            mention = evolve(mention, recipient=referred.recipient)
        out.append(mention)
    return out


# A recipient that only refers back to what the sentence or the article has named: "bringing total
# investment in the project to €58m", "£2.5m of equity for the company", "adds $18m to that effort".
_BARE_REFERENCE = lazy(
    r"^(?:(?:the|this|that|its|their)\s+)?(?:(?:whole|overall|same|new)\s+)?"
    r"(?P<head>project|programme|program|scheme|initiative|plan|effort|work|force|facility|company)$",
    re.IGNORECASE,
)


def _with_references_resolved(mentions: list[PledgeMention], text: str) -> list[PledgeMention]:
    """A sum whose recipient is a bare reference ("the project") goes to what it refers back to:
    the recipient of the nearest sum before it in the same sentence ("€18m on the expansion of X's
    emergency department, bringing total investment in the project to €58m"); "the company" to the
    nearest company named before it by its legal form. Read after the restatements are merged: it
    decides no merge."""
    out: list[PledgeMention] = []
    for mention in mentions:
        if mention.recipient is None and (shared := _shared_work(out, mention)) is not None:
            # "committing $186 million to the road: Canada will contribute $124 million, and Manitoba
            # will provide $62 million": each giver's share goes to what the whole goes to
            mention = evolve(mention, recipient=shared)
        m = _BARE_REFERENCE.match(mention.recipient or "")
        if m is not None:
            named = (
                _company_before(text, mention.start)
                if m.group("head").lower() == "company"
                else _referred_recipient(out, mention)
            )
            if named:
                mention = evolve(mention, recipient=named)
        out.append(mention)
    return out


# ("committed when the centre was first announced": the time clause refers back to the centre)
_TOTAL_PARTICIPLE = lazy(
    r"(?:bringing|taking|raising|lifting|pushing|boosting|when)\s+(?=(?:the|its|their)\s)", re.IGNORECASE
)
# The predicate of the sum before, then a join: " will pay for staff and ", " to hire nurses, while ".
_PREVIOUS_PREDICATE = lazy(
    r"\s*(?:will|would|is\s+to|are\s+to|goes|go|went)\s+[^.;:£$€]{1,80}?(?:,|\s+and|\s+while|\s+with)\s*",
    re.IGNORECASE,
)
# The next government's cell of a table line, all the window before a sum holds: "; provincial ".
_NEXT_GIVERS_CELL = lazy(
    r"\s*[;,]\s*(?:federal|provincial|state|territorial|municipal|local|commonwealth)\s*", re.IGNORECASE
)
# A giver's share: "Canada will contribute", "Saskatchewan will contribute", "Manitoba will provide",
# "the Government of Saskatchewan": a government named as the one that gives, right before its sum.
_GIVERS_SHARE = lazy(
    r"(?:\b(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,3}|\b(?:the\s+)?(?:federal|provincial|state"
    r"|territorial|national|local)\s+government)\s+(?:will\s+|would\s+|is\s+|are\s+)?(?:also\s+)?"
    r"(?:contribut\w*|provid\w*|put\w*\s+in|invest\w*|add\w*|cover\w*)\s+(?:(?:about|around|some|up\s+to|a\s+further"
    r"|another)\s+)?$",
    re.IGNORECASE,
)


def _shared_work(before: list[PledgeMention], mention: PledgeMention) -> str | None:
    """What the sum before ``mention`` in its sentence goes to, when ``mention``'s sum is a giver's
    share of it ("Canada will contribute |$124 million"), else None."""
    earlier = [m for m in before if m.start == mention.start and m.recipient]
    if not earlier:
        return None
    sums = [s for s in find_money(mention.evidence) if abs(s.amount - (mention.amount or 0)) < 0.5]
    if not sums or _GIVERS_SHARE.search(mention.evidence, max(0, sums[0].start - 80), sums[0].start) is None:
        return None
    return earlier[-1].recipient


def _referred_recipient(before: list[PledgeMention], mention: PledgeMention) -> str | None:
    """The recipient of the nearest sum stated before ``mention`` in its sentence that names one of its
    own rather than referring back. (A sum in another sentence is as often a part of the programme the
    reference names as the programme itself: left alone.)"""
    for m in reversed([m for m in before if m.start == mention.start]):
        if m.recipient and _BARE_REFERENCE.match(m.recipient) is None:
            return m.recipient
    return None


def _company_before(text: str, position: int) -> str | None:
    """The nearest name before ``position`` written with a company's legal form ("Fenwold Homes Ltd")."""
    last = None
    for m in LEGAL_FORM.finditer(text, max(0, position - 3000), position):
        if " " in m.group(0).strip():
            last = m.group(0).strip(" ,.")
    return last


def _with_article_subject(mentions: list[PledgeMention], doc: _Document) -> list[PledgeMention]:
    """A sum whose words name no recipient goes to the programme or fund the article is about
    ("Canada announced CAD 25 million" in a release on pledges to one fund). Read after the
    restatements are merged: it decides no merge."""
    if all(m.recipient for m in mentions):
        return mentions
    subject = doc.referents.subject(doc.title)
    if subject is None:
        return mentions
    return [m if m.recipient else evolve(m, recipient=subject) for m in mentions]
