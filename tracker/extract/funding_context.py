"""The words around one sum, and what they say about it.

Each sum is read in windows of its own sentence (never past a neighbouring
sum): ``before``/``after`` for cues that may sit a little way off, and tight
``near_*`` windows for words that only matter right next to the sum. The
cues are in :mod:`tracker.extract.funding_rules`; this module holds the named
decisions built from them (whether a sum is a pledge at all, and if not, why)
and reads its scope, period and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from tracker.extract import funding_rules as rules
from tracker.extract import lexicon as lex
from tracker.extract.money import Money
from tracker.extract.regex import LazyPattern, folds_oddly, lazy, literal_gate
from tracker.extract.registry import decision
from tracker.extract.similarity import cuts_word, leading_piece, trailing_piece_backwards, words_of
from tracker.extract.types import Scope

_BEFORE = 200  # characters of context read before a sum, never past a neighbouring sum
_AFTER = 150  # ...and after it
_BACKGROUND_BEFORE = 140  # past-spending cues reach further back than the others
_OTHERS_BEFORE = 110  # others' money is named a little further back than the near words
# A part of the year that has passed, and a verb of money handed out before it.
_PAST_PERIOD = lazy(
    r"\b(?:in|during|over)\s+the\s+(?:first|past|last|previous)\s+(?:half|quarter|six\s+months|three\s+months"
    r"|nine\s+months)\b",
    re.IGNORECASE,
)
_DELIVERED_BEFORE = lazy(
    r"\b(?:disbursed|distributed|paid\s+out|handed\s+out|spent|channelled|channeled|lent)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A line's label that names a rate, with no sum of its own inside: "Average teacher salary in
# FY2025:", "program cost per student unit value:" (not "Wage improvement for care workers:").
_RATE_LABEL = lazy(
    # ("Support per startup: up to", "Maximum grant per hub:": a fact sheet's figure per unit or cap)
    # ("Salaries and training for new firefighters:" is money for pay; a salary is one post's)
    # ("Typical cost of a household connection:", "Cost to train one dog team:": a unit's cost)
    r"\b(?:average|typical|per\s+(?:pupil|head|capita|person|student|patient|child|household|[a-z][\w-]+)|salary"
    r"|stipends?|fee\s+caps?|maximum\s+(?:award|grant|amount|payment|contribution|allocation|sum)s?"
    r"|cost\s+(?:to\s+\w+\s+|of\s+)(?:one|a|an|each)\b)\b"
    r"[^:£$€¥₹\n]{0,60}:\s*(?:up\s+to\s+|as\s+much\s+as\s+|no\s+more\s+than\s+|at\s+most\s+|about\s+)?$",
    re.IGNORECASE,
)
# "Support per startup: up to": a cap written right after a label's colon
_CAP_AFTER_LABEL = lazy(r":\s*(?:up\s+to|as\s+much\s+as|no\s+more\s+than|at\s+most|about)\s*$", re.IGNORECASE)
_NEW_MONEY_AFTER = lazy(
    # (not money received over a period that is past: "which received A$640m in extra capital grants over
    # the past four years")
    r"^\s+(?:in|of)\s+(?:new|additional|extra|fresh)\s+(?:funding|money|investment|grants?)\b"
    r"(?![^.;]{0,80}?\b(?:past|last|previous|since)\b)",
    re.IGNORECASE,
)
_ALREADY_SET = lazy(
    r"^[^.;]{0,80}?\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+already\s+"
    r"(?:set\s+aside|allocated|committed|earmarked|budgeted|announced|pledged)\b"
    # a participle: "the $212 million programme of works over ten years already set out in the Long Term
    # Plan", "the €40m already committed under the scheme"
    r"|^[^.;]{0,80}?\balready\s+(?:set\s+out|set\s+aside|allocated|committed|earmarked|budgeted|announced"
    r"|pledged|agreed|approved)\s+(?:in|under|through|by|for|to)\b",
    re.IGNORECASE,
)
_RISE_ON = lazy(
    r"\b(?:increase|rise|up|down|cut|decrease|reduction|drop)\s+(?:of\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent"
    r"|percent)\s+(?:on|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NEAR_BEFORE = 60  # tighter windows for words that only matter next to the sum
_NEAR_AFTER = 35
# New money added to an earlier decision's: "on top of CZK 6.5 billion that the cabinet approved in
# 2024", "in addition to the EUR 22 million granted in 2024 for": that money is committed, restated
# (scope existing), where "follows a grant that the agency approved in 2021" reports a past award.
# A year written as the name of a round or budget before its verb: "A 2022 round of grants distributed".
_YEAR_OF_ROUND = lazy(
    r"\b((?:19|20)\d\d)\s+(?:round|budget|package|programme|program|allocation|appeal|call|intake|tranche"
    r"|edition)\b"
)
_ADDED_TO = lazy(r"\b(?:on\s+top\s+of|in\s+addition\s+to|adds?\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# "adding $390 million to the $1.21 billion approved in 2023": a new sum added to one approved before
# (read on the sentence: the sum added stands between, and each sum's window starts after the last)
_ADDED_TO_APPROVED = lazy(
    r"\badd(?:s|ed|ing)?\s+\S+\s+(?:(?:million|billion|crore|lakh)\s+)?to\s+the\s+\S+\s+"
    r"(?:(?:million|billion|crore|lakh)\s+)?(?:approved|granted|awarded)\s+(?:in|last|earlier)\b",
    re.IGNORECASE,
)
_APPROVED_EARLIER = lazy(
    r"^\s*(?:(?:that|which)\s+(?:[\w-]+\s+){0,3}?)?(?:approved|granted|awarded)\s+(?:in|last|earlier)\b",
    re.IGNORECASE,
)
_COMMITTED = lazy(
    r"\b(?:committed|pledged|announced|promised|allocated|earmarked|set\s+aside|set\s+out|agreed|appropriated"
    r"|budgeted|already\s+(?:been\s+)?approved"
    # "the K120m Police Housing Programme approved by NEC in 2023": approved then, restated now
    r"|approved\s+by\s+(?:the\s+)?[A-Z][\w-]*"
    # "Budget 2025 provided $18.4m over three years": a budget's commitment, restated
    r"|Budget\s+(?:19|20)\d\d\s+(?:provided|allocated|included|committed))\b",
    re.IGNORECASE,
)
_PAYS_SALARIES = lazy(
    r"^\s*(?:will|would|is\s+to|are\s+to|goes|go)\s+(?:be\s+used\s+to\s+|towards?\s+)?(?:fund|pay(?:\s+for)?|cover"
    r"|meet)?\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:salar(?:y|ies)|wages|pay)\b",
    re.IGNORECASE,
)
_PART_OF = lazy(r"\bpart\s+of\s+(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_YEAR_RANGE = lazy(r"\b(?:in|during|for)\s+(?:the\s+)?(?:19|20)\d\d[-–/](\d\d)\b")
_PURPOSE = lazy(
    r"\s(?:to\s+(?!(?:the|a|an|its|their|our|this|that)\b)[a-z]+|for|towards|toward|in\s+respect\s+of)\s"
)


_T = TypeVar("_T")


class _cached(Generic[_T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every
    read before the value is stored): computed on first read, then read from the
    instance's ``__dict__``, which a non-data descriptor does not shadow."""

    def __init__(self, func: Callable[[SumContext], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: SumContext | None, owner: type | None = None) -> _T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


# The tail of a list item right before the next sum: "for X, " or "to X, and " after a sum.
_LIST_ITEM_BEFORE = lazy(
    r"^\s*(?:(?:is|are|goes|will\s+go)\s+)?(?:for|to|on|towards|in)\s[^,;]{1,120},\s+(?:and\s+)?"
)


# Not frozen, though nothing assigns to it once made: a frozen dataclass's __init__ sets each
# field through object.__setattr__, three times the cost of the plain one (one per sum).
@dataclass
class SumContext:
    """The words around one sum inside its sentence."""

    before: str  # since the previous sum, at most _BEFORE characters
    after: str  # up to the next sum, at most _AFTER characters
    sentence: str
    follows_sum: bool = False  # ``before`` runs from the end of the previous sum
    # The sentence's lower-case a-z words (similarity.word_set) when they may gate the cues
    # read in the windows (see :func:`_may_hold`); None reads every cue.
    words: frozenset[str] | None = None
    # The sentence is an item of a list of schemes approved (rules.APPROVED_LEAD_IN): a sum
    # written as a scheme's cost there is the money approved for it.
    approved_list: bool = False

    @_cached
    def near_before(self) -> str:
        """The last few words before the sum, within its clause."""
        window = self.before[-_NEAR_BEFORE:]
        # (every clause break holds a comma, a semicolon, a colon or a dash: a window with none,
        # which is most, is not scanned)
        if "," in window or ";" in window or ":" in window or "–" in window or "—" in window:
            breaks = list(rules.CLAUSE_BREAK.finditer(window))
            window = window[breaks[-1].end() :] if breaks else window
        # "£36m for ranger salaries, £22m for ...": after a comma, the words before are the
        # previous item's, not this sum's ("salaries" does not make £22m a wage).
        item = _LIST_ITEM_BEFORE.search(window) if self.follows_sum and window == self.before else None
        return window[item.end() :] if item else window

    @_cached
    def clause_after(self) -> str:
        """The words after the sum up to the end of its clause."""
        end = rules.after_clause_end(self.after)
        return self.after[: end.start()] if end else self.after

    @_cached
    def yearly(self) -> bool:
        """Whether the words after the sum make it a yearly rate ("£700m a year"): read by a
        rejection and again by the finder, once."""
        return rules.ANNUAL_AFTER.search(self.after) is not None

    @property
    def near_after(self) -> str:
        """The first words after the sum, up to a comma that opens another phrase or
        the purpose the money serves ("£120m over two years to improve forecasts")."""
        window = self.after[:_NEAR_AFTER]
        cut = window.find(", ", 1)
        window = window[:cut] if cut > 0 else window
        purpose = _PURPOSE.search(window)
        return window[: purpose.start()] if purpose else window


def contexts(text: str, sums: list[Money], words: frozenset[str] | None = None) -> list[SumContext]:
    """The context of each sum in ``text`` (offsets of ``sums`` are into ``text``).

    ``words``: the sentence's lower-case a-z words (similarity.word_set), given when no
    character of the sentence folds to an a-z letter under IGNORECASE without lowering to
    one (see :func:`gating_words`); a sum whose windows end inside an a-z word is not gated.
    """
    contexts = []
    for i, money in enumerate(sums):
        lo = max(sums[i - 1].end if i else 0, money.start - _BEFORE)
        limit = sums[i + 1].start if i + 1 < len(sums) else len(text)
        hi = min(limit, money.end + _AFTER)
        cell_end = text.find("|", money.end, hi)
        if cell_end != -1:
            hi = cell_end  # a table's cell ends what is said of its figure ("| 2,450,000 | Local revenue |")
        while hi < limit and text[hi - 1].isalnum() and text[hi].isalnum():
            hi += 1  # never cut a word in two ("the 1950s" is not "the 1950")
        follows = bool(i) and lo == sums[i - 1].end
        gate = words if words is not None and not _ragged(text, lo, money, hi) else None
        contexts.append(SumContext(text[lo : money.start], text[money.end : hi], text, follows, gate))
    return contexts


def gating_words(text: str, words: frozenset[str]) -> frozenset[str] | None:
    """``words`` (the sentence's a-z words), or None when a character of ``text`` matches an
    a-z letter under IGNORECASE but is not one in the word set (a word gate could miss it)."""
    if folds_oddly(text):
        return None
    return words


def _ragged(text: str, lo: int, money: Money, hi: int) -> bool:
    """Whether a window of the sum starts or ends inside an a-z word of the sentence: its
    piece of the word is not in the sentence's word set. The windows end at the sum and at
    the next sum, which start a word or follow a symbol (but "NZ$" after a letter does not);
    ``lo`` is a sum's end, the sentence's start or far enough back that no gated window reaches it."""
    return cuts_word(text, money.start) or cuts_word(text, hi) or (lo < money.start and cuts_word(text, lo))


def _may_hold(ctx: SumContext, gate: frozenset[str], before_from: int = 0, after_to: int = 0) -> bool:
    """Whether a cue every match of which holds a whole word of ``gate`` may match in the
    windows of ``ctx``: the sentence holds such a word, or a window cut out of ``before``
    ``before_from`` characters from its end (or out of ``after`` at ``after_to``) starts (ends)
    with a piece of a word that is one. Only ever False when the cue cannot match; the cue's
    windows must be slices of ``before``/``after`` at those points or at word boundaries."""
    words = ctx.words
    if words is None or not gate.isdisjoint(words):
        return True
    before = ctx.before
    if before_from and len(before) > before_from and leading_piece(before, len(before) - before_from) in gate:
        return True
    return bool(after_to) and trailing_piece_backwards(ctx.after, after_to) in gate


def _may_hold_at(
    ctx: SumContext, gate: frozenset[str], before_cuts: tuple[int, ...] = (), after_cuts: tuple[int, ...] = ()
) -> bool:
    """:func:`_may_hold` for cues read in windows cut at several points: out of ``before`` at each
    of ``before_cuts`` characters from its end, out of ``after`` at each of ``after_cuts``."""
    words = ctx.words
    if words is None or not gate.isdisjoint(words):
        return True
    before = ctx.before
    for cut in before_cuts:
        if len(before) > cut and leading_piece(before, len(before) - cut) in gate:
            return True
    return any(trailing_piece_backwards(ctx.after, cut) in gate for cut in after_cuts)


def _giver_opens_sentence(ctx: SumContext) -> bool:
    """Whether the sentence opens with a company or charity whose verb gives the sum: read only
    when ``before`` runs from the sentence's start (the sum is its first)."""
    if ctx.follows_sum or not _may_hold(ctx, rules.PRIVATE_SUBJECT_WORDS):
        return False
    return ctx.sentence.startswith(ctx.before) and rules.PRIVATE_SUBJECT.match(ctx.before) is not None


# Bonds sold to pay for a work are its funding, not borrowing reported for itself: "authorized the
# sale of 48 million dollars in bonds to build the district's third middle school".
_BONDS_FOR_A_WORK = lazy(
    r"\s*in\s+(?:[\w-]+\s+){0,2}?bonds\s+to\s+(?:build|construct|rebuild|renovate|replace|repair|upgrade"
    r"|expand|fund|finance|pay\s+for)\b",
    re.IGNORECASE,
)


def _third_party_says(ctx: SumContext) -> bool:
    """Whether the sentence opens with a speaker that is no public body saying it will give the sum."""
    if ctx.follows_sum or not (
        " said " in ctx.before or " says " in ctx.before or " announced " in ctx.before
    ):
        return False
    return ctx.sentence.startswith(ctx.before) and rules.third_party_gives(ctx.before)


def _others_before_may_match(ctx: SumContext) -> bool:
    """Whether OTHERS_BEFORE may match ``ctx.before[-_OTHERS_BEFORE:]``: one of its words is in the
    sentence or starts the window (see _may_hold), or a word of the sentence, or the piece of one
    the window starts with, starts with one of its stems; and then, the same of the window's own
    words (the sentence test is a cheap first pass, but most money sentences hold one of the words
    somewhere, seldom within the window)."""
    if _may_hold(ctx, rules.OTHERS_BEFORE_WORDS, before_from=_OTHERS_BEFORE):
        if ctx.words is None:
            return True  # (a sentence that cannot be gated: nor can its windows)
    else:
        assert ctx.words is not None  # (_may_hold holds for a sentence it cannot gate)
        if not rules.others_stem_in(ctx.words):
            before = ctx.before
            cut = len(before) - _OTHERS_BEFORE
            if not (cut > 0 and leading_piece(before, cut).startswith(rules.OTHERS_BEFORE_STEMS)):
                return False
    # The window's a-z words: its whole words as the sentence has them, and the piece of a word
    # it may start with (the same words the tests above read, as the pattern sees the window).
    window = words_of(ctx.before[-_OTHERS_BEFORE:])
    return not rules.OTHERS_BEFORE_WORDS.isdisjoint(window) or any(
        word.startswith(rules.OTHERS_BEFORE_STEMS) for word in window
    )


# Each decision reads the window it needs; the first that fires names the reason.
# Some cues are read through ``.pattern``, past their needles: on these short windows most
# needle scans find a needle and cost more than the pattern they were to spare (in scope_of the
# EXISTING and TOTAL cues; a needle only says where a cue cannot match). PER_UNIT_BEFORE is read
# past its needles too, which miss some of its alternatives, behind its required literals instead
# (see _per_unit_before).
PER_UNIT = decision(
    "funding.per-unit",
    "funding",
    "reject",
    "a rate, a per-head figure, a cap or a threshold is not a pledge (SCHEMA rule 3)",
    examples=("Each school will receive £25,000 each.", "Clubs can apply for grants of up to £20,000."),
    counter=("The council will invest £4m in school libraries.",),
    uses=(
        rules.PER_UNIT_AFTER.name,
        rules.PER_UNIT_BEFORE.name,
        rules.RANGE_BEFORE.name,
        rules.EACH_RECEIVES.name,
        rules.TO_NAMED_RECIPIENT.name,
        rules.SPLIT_BY_KIND.name,
        rules.FIRST_SLICE.name,
    ),
)
BACKGROUND = decision(
    "funding.background",
    "funding",
    "reject",
    "money spent or paid before the announcement is background (SCHEMA rule 1)",
    examples=(
        "Last year the department spent £400m on agency staff.",
        "Since 2016 more than £3 billion has already gone into sea walls.",
    ),
    counter=("The department will spend £400m on new ferries.",),
    uses=(rules.BACKGROUND.name,),
)
NOT_FUNDING = decision(
    "funding.not-funding",
    "funding",
    "reject",
    "savings, taxes, losses, prices and figures of the economy are other targets (SCHEMA rule 8)",
    examples=("The reforms aim at saving £3 billion over four years.", "Hospitals face a £700m shortfall."),
    counter=("The minister announced £20m for parks.",),
    uses=(rules.NOT_FUNDING.name,),
)
COST = decision(
    "funding.cost",
    "funding",
    "reject",
    "the price of something, or the size of a cut, is not money given",
    examples=(
        "The new bridge is costing £80 million.",
        "The council cut the parks budget by almost £9 million.",
        "The governor used her line-item veto to strike a $27 million appropriation for a stadium.",
    ),
    counter=("The council will add £9 million to the parks budget.",),
    uses=(
        rules.COST_BEFORE.name,
        rules.CUT_BEFORE.name,
        rules.APPROVED_AT_COST.name,
        rules.APPROVED_LEAD_IN.name,
        rules.AT_COST.name,
        rules.AVERAGE_COST.name,
        rules.PLEDGED_COST.name,
    ),
)
BUDGET = decision(
    "funding.budget",
    "funding",
    "reject",
    "the size of a budget, a gap or a loss is not a pledge",
    examples=(
        "That is 2% of the authority's £4.2bn education budget.",
        "The hospital trust has a £90m budget this year.",
        "She chaired a credit union with $300 million in assets.",
        "The chair will receive £30,000 per annum for a time commitment of around eight days a month.",
    ),
    counter=("The grant is part of a $1.5 billion budget package for rural roads.",),
    uses=(
        rules.BUDGET_AFTER.name,
        rules.LOSS_AFTER.name,
        rules.BUDGET_IS.name,
        rules.SIZE_BEFORE.name,
        rules.SIZE_AFTER.name,
        rules.PAY_AFTER.name,
    ),
)
OTHERS = decision(
    "funding.others",
    "funding",
    "reject",
    "money from companies, banks, developers, charities, donors or recipients is not the government's "
    "(SCHEMA rule 10)",
    examples=(
        "The plan will attract £500 million of private investment.",
        "Investors poured £4bn into the sector.",
    ),
    counter=("The ministry will invest £500 million in ports.",),
    uses=(
        rules.OTHERS_BEFORE.name,
        rules.OTHERS_AFTER.name,
        rules.PRIVATE_SUBJECT.name,
        rules.THIRD_PARTY_SAYS.name,
    ),
)
DEMAND = decision(
    "funding.demand",
    "funding",
    "reject",
    "a sum asked for, applied for or said to be needed is not committed",
    examples=("The charity called for £500m of extra funding.", "A further $40 million is still needed."),
    counter=("The bill seeks $800 million for rural hospitals.",),
    uses=(rules.DEMAND.name, rules.NEEDED_AFTER.name),
)
DEFEATED = decision(
    "funding.defeated",
    "funding",
    "reject",
    "a sum in a motion or amendment that was voted down is nobody's commitment",
    examples=("He proposed moving $2 million to shelters, a motion that failed 1-4.",),
    counter=("She proposed moving $2 million to shelters, a motion that passed 4-1.",),
    uses=(rules.DEFEATED_AFTER.name,),
)
SOURCE = decision(
    "funding.source",
    "funding",
    "reject",
    "the pot money is drawn from ('funding from the department's £20m fund') is not money committed here",
    examples=(
        "Projects will be considered for support with funding from the department's £20m Greenway Fund.",
    ),
    counter=("The department will add £20m to the Greenway Fund.",),
    uses=(rules.SOURCE_BEFORE.name, rules.POT_AFTER.name),
)
BASELINE = decision(
    "funding.baseline",
    "funding",
    "reject",
    "a body's present yearly funding ('provides it with £140m a year') or money held back is no commitment",
    examples=(
        "The Welsh Government provides the agency with around £140 million a year.",
        "A further £49 million is held to meet pressures later in the year.",
    ),
    counter=("The Welsh Government will provide the agency with an extra £14 million a year.",),
    uses=(rules.BASELINE_BEFORE.name, rules.HELD_AFTER.name, rules.BALANCE_BEFORE.name),
)
DELIVERED = decision(
    "funding.delivered-in-the-past",
    "funding",
    "reject",
    "money delivered in a year before publication, or in a past period, is background",
    examples=("In 2019 the department gave £12m to the canal scheme.",),
    counter=("The state will spend $4 million on pilots between 2026 and 2028.",),
    uses=(rules.PAST_VERB_BEFORE.name, rules.PAST_TIME.name, rules.YEAR_MENTION.name, rules.YEAR_SPAN.name),
)

# Money that pays off what is owed: "$3.8bn in arrears owed to", "is allocated in these estimates
# for the settlement of verified pending bills", "to clear arrears".
_SETTLES_DEBTS = lazy(
    r"\s*(?:in\s+(?:salary\s+|pension\s+|increment\s+)?arrears\s+(?:owed|due)\b"
    r"|[^.;]{0,40}?\b(?:for|towards)\s+the\s+(?:settlement|payment|clearance|clearing)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:pending\s+bills|arrears|debts|liabilities)"
    r"|[^.;]{0,20}?\bto\s+(?:settle|clear|pay\s+off|pay)\s+(?:[\w-]+\s+){0,3}?(?:pending\s+bills|arrears|debts))",
    re.IGNORECASE,
)


# "an extra £500 million compared with last year's allocation": an increase on the year before is
# new money, though the year before is named.
_EXTRA_BEFORE = lazy(r"\b(?:an?\s+)?(?:extra|additional|further|increase\s+of|rise\s+of)\s+$", re.IGNORECASE)
_COMPARED_AFTER = lazy(
    r"^\s*(?:more\s+than\s+|compared\s+(?:with|to)\s+|on\s+|over\s+)(?:the\s+)?(?:last|previous)\s+"
    r"(?:year|financial\s+year|fiscal\s+year)['’]?s?\b",
    re.IGNORECASE,
)


# Works a body has delivered, which it paid for before: "Last financial year the Shire delivered $24.7
# million of capital works" (not "will be delivered": works to come).
_DELIVERED_WORKS_BEFORE = lazy(
    r"(?<!will\s)(?<!be\s)(?<!been\s)(?<!to\s)\bdelivered\s+(?:(?:about|around|some|over|more\s+than|nearly"
    r"|almost|a\s+record)\s+)?$",
    re.IGNORECASE,
)
_WORKS_AFTER = lazy(
    r"\s*(?:worth\s+)?of\s+(?:[\w-]+\s+){0,2}?(?:works|projects|upgrades|repairs|improvements|infrastructure)\b",
    re.IGNORECASE,
)
# A figure of the economy named by a fact line's label: "Exports to Germany: |" (a label that names a
# purpose, "Asylum casework backlog: |", is what the money is for).
_ECONOMY_LABEL = lazy(
    r"\b(?:exports?|imports?|sales|revenues?|turnover|profits?|GDP|output|remittances|receipts|earnings|losses"
    r"|damage|deficit|surplus|debt|shortfall|overspend"
    r"|trade\s+(?:balance|surplus|deficit|volume|flows?)|two-way\s+trade|visitor\s+spending)\b",
    re.IGNORECASE,
)
# Others' money named by a fact line's label: "Developer contributions towards new bus lanes: |",
# "National Lottery Community Fund award to partner charity X: |".
_OTHERS_LABEL = lazy(
    r"\b(?:developer|private|industry|business|charit(?:y|able)|philanthropic|donor|sponsor|employer)s?['’]?\s+"
    r"(?:contributions?|funding|money|investment|donations?|gifts?|match(?:ing)?\s+funding)\b"
    r"|\bSection\s+106\b|\bLottery\b",
    re.IGNORECASE,
)
# A fact line's label before its sum: "Exports to Germany: |".
_LABEL_LINE = lazy(
    r"[^:;.!?\n]{1,80}:\s*(?:(?:over|about|around|almost|nearly|some|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _line_label(ctx: SumContext) -> str:
    """The label of a fact line the sum is the value of ("Exports to Germany: $1.9 billion"), or "":
    the colon ends the sum's clause, so its near words hold none of the label's."""
    if ctx.follows_sum or ":" not in ctx.before[-16:] or not ctx.sentence.startswith(ctx.before):
        return ""
    # (the line may follow its box's heading, "By the numbers\n", and its figure a qualifier, ": over")
    line = ctx.before[ctx.before.rfind("\n") + 1 :]
    return line if _LABEL_LINE.fullmatch(line) else ""


_REJECTIONS: tuple[tuple[str, Callable[[SumContext], object]], ...] = (
    (
        PER_UNIT,
        lambda c: (
            rules.PER_UNIT_AFTER.search(c.after)
            # "about $48 per $100,000 of assessed value": the base a rate is given for
            or c.before.endswith((" per ", " for every ", " for each "))
            or ("rang" in c.near_before and rules.RANGE_BEFORE.search(c.near_before))
            or (
                (c.before.lstrip().startswith("Each ") or "with each " in c.before)
                and rules.EACH_RECEIVES.search(c.before)
            )
            or (
                _per_unit_before(c.near_before)
                and not rules.TO_NAMED_RECIPIENT.match(c.after)
                and not _SETTLES_DEBTS.match(c.after)
                and not rules.NAMED_BEFORE_AWARD.search(c.before[-160:])
            )
            # a line's label and a colon ("Average teacher salary in FY2025: $66,400"), which ends
            # the near words
            or (
                (c.before.rstrip()[-1:] == ":" or _CAP_AFTER_LABEL.search(c.before[-20:]) is not None)
                and not c.follows_sum  # (the label is the line's own, no earlier sum's words)
                and _RATE_LABEL.search(c.before[-100:]) is not None
            )
            or (rules.SPLIT_BY_KIND.match(c.after) and rules.SPLIT_LEAD.search(c.before))
            or (
                (
                    "with" in c.near_before
                    or "including" in c.near_before
                    or " from" in c.near_before
                    or " to" in c.near_before
                )
                and rules.FIRST_SLICE.search(c.near_before)
            )
            or (
                c.follows_sum and "including" in c.near_before[-15:] and rules.FIRST_YEAR_AFTER.match(c.after)
            )
        ),
    ),
    (
        BACKGROUND,
        # (background_in tests the words of each window; most sentences hold none of them)
        lambda c: (
            (
                _may_hold(c, rules.BACKGROUND_WORDS, before_from=_BACKGROUND_BEFORE)
                and (
                    rules.background_in(_reported_now(c.before), max(0, len(c.before) - _BACKGROUND_BEFORE))
                    or rules.background_in(_before_where(c.clause_after), _decided_now(c), after=True)
                )
                # "$1.36bn ... that was already set aside in previous Budgets": committed earlier and
                # restated, an existing pledge (SCHEMA rule 1), not money given before
                and not ("already" in c.clause_after and _ALREADY_SET.search(c.clause_after))
                and not (_EXTRA_BEFORE.search(c.near_before) and _COMPARED_AFTER.match(c.clause_after))
                # "it has received £14 million in new funding from the Department": new money received
                and not ("receiv" in c.near_before and _NEW_MONEY_AFTER.match(c.clause_after))
            )
            # "disbursed RM310m in financing ... in the first half of the year": a period's figure
            or (
                _names_part_of_year(c)
                and _PAST_PERIOD.search(c.clause_after) is not None
                and _DELIVERED_BEFORE.search(c.near_before) is not None
            )
            # "an increase of 13% on the €12.9m allocated last year": the base a rise is measured on
            or (
                ("%" in c.near_before or "cent" in c.near_before)
                and _RISE_ON.search(c.near_before) is not None
            )
        ),
    ),
    (
        NOT_FUNDING,
        lambda c: (
            _may_hold(c, rules.NOT_FUNDING_WORDS, before_from=_NEAR_BEFORE, after_to=_NEAR_AFTER)
            and (
                rules.NOT_FUNDING.search(_own_phrase(c.near_before))
                or (rules.NOT_FUNDING.search(c.near_after) and not _BONDS_FOR_A_WORK.match(c.after))
                or _ECONOMY_LABEL.search(_line_label(c))
            )
            and not rules.own_budget(c.near_before, c.after)
            # "will pay $3.8bn in arrears owed to workers", "for the settlement of pending bills":
            # money that pays off what is owed is funding
            and not _SETTLES_DEBTS.match(c.after)
            # "NZ$52m will fund the officers' salaries": money that pays staff is funding
            and not _PAYS_SALARIES.match(c.near_after)
            # "taking the total value of the scheme to": a total that holds the new money
            and not _total_before(c)
            # "approved six projects involving an estimated cost of": the estimate is what is approved
            and not _approved_at_cost(c)
        ),
    ),
    (
        COST,
        lambda c: (
            _may_hold(c, rules.COST_WORDS, before_from=_NEAR_BEFORE)
            # ("operating costs and K155m will fund X": the cost is the list's previous item)
            and (
                rules.COST_BEFORE.search(_own_phrase(c.near_before))
                or rules.CUT_BEFORE.search(_own_phrase(c.near_before))
            )
            and not _approved_at_cost(c)
            and not rules.own_budget(c.near_before, c.after)
            and not _STAFF_COST.search(c.near_before)
        ),
    ),
    (COST, lambda c: "cost" in c.before and rules.AVERAGE_COST.search(c.before) is not None),
    (
        BUDGET,
        lambda c: (
            _may_hold(c, rules.BUDGET_WORDS, before_from=_NEAR_BEFORE)
            and (
                rules.BUDGET_AFTER.search(c.after)
                or rules.LOSS_AFTER.search(c.after)
                or rules.BUDGET_IS.search(c.near_before)
                # an organisation's size, and a post's pay for its time
                or rules.SIZE_BEFORE.search(c.near_before)
                or rules.SIZE_AFTER.search(c.after)
                or rules.PAY_AFTER.search(c.after)
            )
            and not rules.own_budget(c.near_before, c.after)
        ),
    ),
    (
        OTHERS,
        lambda c: (
            (_others_before_may_match(c) and rules.OTHERS_BEFORE.search(c.before[-_OTHERS_BEFORE:]))
            or rules.others_after(c.after, c.words)
            or _giver_opens_sentence(c)
            or _third_party_says(c)
            or _OTHERS_LABEL.search(_line_label(c))
        ),
    ),
    (
        DEMAND,
        lambda c: (
            _may_hold(c, rules.DEMAND_WORDS, before_from=_NEAR_BEFORE)
            and (rules.DEMAND.search(c.near_before) or rules.NEEDED_AFTER.search(c.after))
            # "In its budget request for fiscal 2026, the agency is seeking 5.3 billion yen": the
            # budget proposes the money (SCHEMA rule 9)
            and "budget request" not in c.before
        ),
    ),
    (
        BACKGROUND,
        lambda c: (
            "delivered" in c.near_before
            and _DELIVERED_WORKS_BEFORE.search(c.near_before) is not None
            and _WORKS_AFTER.match(c.after) is not None
        ),
    ),
    (
        DEFEATED,
        lambda c: (
            ("fail" in c.after or "defeated" in c.after or "voted down" in c.after or "rejected" in c.after)
            and rules.DEFEATED_AFTER.match(c.after) is not None
        ),
    ),
    (SOURCE, lambda c: rules.SOURCE_BEFORE.search(c.near_before[-45:]) and rules.POT_AFTER.match(c.after)),
    (
        BASELINE,
        lambda c: (
            rules.HELD_AFTER.match(c.after)
            or (c.yearly and rules.BASELINE_BEFORE.search(c.near_before))
            or rules.BALANCE_BEFORE.search(c.near_before)
        ),
    ),
)


# PER_UNIT_BEFORE is about sixty alternatives, tried at every position of the window; every match
# holds one of the strings regex.required_literals reads out of the pattern, and on the benchmark's
# documents only about one window in three holds one, so one scan for them comes first. (The rule's
# own needles are not used: they were written by hand and miss alternatives added since.)
_PER_UNIT_BEFORE_GATE: list[Callable[[str], bool]] = []


# "The new positions will cost about", "The team will cost": what the posts a body creates cost it
# is the money it commits to them (not the price of a thing bought: "The new bridge is costing").
_STAFF_COST: LazyPattern = lazy(
    r"\b(?:positions|posts|hires|staff|officers|deputies|teachers|team|squad)\s+(?:will|would)\s+cost\s+"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost)\s+)?$"
)


def _per_unit_before(window: str) -> bool:
    """Whether PER_UNIT_BEFORE matches ``window`` (the pattern read only where it may)."""
    if not _PER_UNIT_BEFORE_GATE:
        rule = rules.PER_UNIT_BEFORE
        _PER_UNIT_BEFORE_GATE.append(literal_gate(rule.source or "", rule.flags) or (lambda _: True))
    return _PER_UNIT_BEFORE_GATE[0](window) and rules.PER_UNIT_BEFORE.pattern.search(window) is not None


def _names_part_of_year(c: SumContext) -> bool:
    """Whether the clause after the sum names a half, quarter or months (what _PAST_PERIOD needs).
    ``after`` is read first: the clause is a prefix of it, and most windows name none, so the
    clause's end is not searched for them."""
    after = c.after
    if "half" not in after and "quarter" not in after and "months" not in after:
        return False
    clause = c.clause_after
    return "half" in clause or "quarter" in clause or "months" in clause


def _approved_at_cost(c: SumContext) -> bool:
    """Whether the sum is the cost of a scheme approved or pledged here: in the sentence that
    approves or pledges it, or as an item of a list of approvals."""
    if rules.APPROVED_AT_COST.search(c.before) or rules.PLEDGED_COST.search(c.before):
        return True
    return c.approved_list and rules.AT_COST.search(c.near_before) is not None


def rejection(ctx: SumContext, published_year: int | None = None) -> str | None:
    """Why the sum in ``ctx`` is not a pledge (a decision name), or None when it may be one."""
    for name, fires in _REJECTIONS:
        # "bringing total funding since 2021 to €310m": the total's own words are not background.
        if fires(ctx) and (name != BACKGROUND or not _total_before(ctx)):
            return name
    if _delivered_in_the_past(ctx, published_year) and not _total_before(ctx):
        return DELIVERED
    if _label_dated_in_the_past(ctx, published_year):
        return BACKGROUND
    return None


# A fact line's label that dates its figure: "Agency spend on nursing in 2024: ", "Losses to fraud
# last year: ".
_LABEL_DATE = lazy(
    # ("Estimated cyclone damage in the region, 2023:", "Cost of eradicating the 2024 incursion:";
    # a financial year by its end, "spending in 2024-25:"; not a year that opens the label, "2023
    # approved budget:", which dates a decision, not a figure)
    r"(?:\b(?:in|during|for)\s+(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?|,\s*|\bthe\s+)"
    r"(?P<year>(?:19|20)\d\d)(?:[-–/](?P<end>\d\d))?\b(?![-–/]\d)"
    r"|\b(?:last|previous|past)\s+(?:year|financial\s+year|fiscal\s+year)\b|\bto\s+date\b|\bso\s+far\b",
    re.IGNORECASE,
)


_YEAR_ONLY_LABEL = lazy(r"\s*(?:[-•*–]\s*)?(?P<year>(?:19|20)\d\d)\s*:\s*")


def _label_dated_in_the_past(ctx: SumContext, published_year: int | None) -> bool:
    """Whether the sum is the value of a fact line whose label dates it before the article's year
    ("Cost of the credit in 2024: €7.8 million" in a 2025 release): a figure of the past."""
    label = _line_label(ctx)
    if label and (year_only := _YEAR_ONLY_LABEL.fullmatch(label)) is not None:
        # "2022: $455,000 to 38 groups": a line of a year-by-year record
        return published_year is not None and int(year_only.group("year")) < published_year
    if not label or (dated := _LABEL_DATE.search(label)) is None:
        return False
    year = dated.group("year")
    if year is not None and dated.group("end"):
        year = year[:2] + dated.group("end")  # a financial year is past once it has ended
    return year is None or (published_year is not None and int(year) < published_year)


# A list's joint right before a sum: "a 4.99% rise in council tax and £3.2m for X".
# ("establishment costs and a further |": the next item, however it is introduced)
_LIST_JOINT = re.compile(
    r"(?:,|;|\s(?:and|plus|as\s+well\s+as|followed\s+by))\s*(?:with\s+|including\s+)?"
    r"(?:an?\s+(?:further|additional|extra|separate)\s+|another\s+)?$"
)


# "A further £3.5m was allocated to ...": a passive after "a further" reports the decision
# announced, not money given before (the words after the verb may still date it).
_FURTHER_BEFORE = lazy(r"\b(?:further|additional|extra)\s+$", re.IGNORECASE)
_PAST_TIME = lazy(rf"\b(?:{lex.PAST_TIME}|{lex.AGO}|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_DECIDED_PASSIVE = lazy(r"\s*(?:was|were)\s+(?:allocated|approved|agreed|committed|earmarked)\b")


# "X said it had awarded a": reported speech moves the news into the past perfect.
_REPORTED_HAD = lazy(
    # (the subject may be the body that decides: "said the Treasury had set aside", "said Treasury had
    # approved")
    # ("said the National Treasury had approved": the body's name may run to a few words)
    # (not "the Australian Government" in another country's news: a government by its country's name
    # may be another's)
    r"\b(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they|we|(?:the\s+)?(?:Government|Cabinet"
    r"|government|cabinet|(?:[A-Z][\w'’-]*\s+){0,3}?(?:Treasury|Ministry|Department|Council|Board|Authority"
    r"|Commission|Agency|ministry|department|council|board)))\s+"
    r"(?P<had>had)\s+(?:\w+ly\s+)?(?:awarded|approved|allocated|signed|agreed|committed|secured|released"
    r"|set\s+aside|granted)\b"
)


def _reported_now(before: str) -> str:
    """The words before a sum with a reported "had awarded" read as the news it reports
    ("has awarded"), which the background cues then do not take for an earlier decision."""
    if " had " not in before:
        return before
    m = _REPORTED_HAD.search(before)
    return before if m is None else before[: m.start("had")] + "has" + before[m.end("had") :]


def _before_where(clause: str) -> str:
    """The clause without a relative clause on a place or on the things the money goes to ("to
    replace pipes in X, where households have gone without water", "to the Cape Flats line, both of
    which have been closed since 2020"): what happened there is not what happened to the money."""
    if ", " not in clause:
        return clause
    m = _OTHER_THINGS_CLAUSE.search(clause)
    return clause if m is None else clause[: m.start()]


# (not "most of which has been spent": the money itself)
# (nor what the money replaces: "to rebuild X Hospital, replacing a building that has served the shore
# since 1961")
_OTHER_THINGS_CLAUSE = lazy(
    r",\s+(?:where|(?:both|each|neither)\s+of\s+(?:which|whom)|replacing|which\s+replaces|to\s+replace)\s"
)


def _decided_now(c: SumContext) -> int:
    """Where the background cues after the sum are read from: past a passive that reports the
    announced decision of a further sum, else from the sum."""
    if "were " not in c.clause_after[:12] and "was " not in c.clause_after[:12]:
        return 0
    passive = _DECIDED_PASSIVE.match(c.clause_after)
    if passive is None or not _FURTHER_BEFORE.search(c.near_before) or _PAST_TIME.search(c.clause_after):
        return 0
    return passive.end()


def _own_phrase(near_before: str) -> str:
    """The words before a sum that belong to its own phrase: none after a list's joint ("council
    tax and |": the tax is the list's previous item), and none of a topic that opens the
    sentence ("On rice prices, the President approved the release of |")."""
    if _LIST_JOINT.search(near_before):
        return ""
    if "On " in near_before and (topic := _TOPIC_OPENING.search(near_before)) is not None:
        return near_before[topic.end() :]
    return near_before


# A sentence's topic before its clause: "On rice prices, ", "On the economy, ".
_TOPIC_OPENING = lazy(r"(?:^|[.!?]\s+)On\s+(?:the\s+)?[\w'’ -]{2,40}?,\s+")


def _total_before(ctx: SumContext) -> bool:
    """Whether the words before the sum make it a total (read only when a past cue fires)."""
    return rules.TOTAL_BEFORE.pattern.search(ctx.before[-160:]) is not None


# ("reopening three youth clubs that closed in 2019", "pipes in X, where households have gone without
# water": a clause about another noun or a place)
_OTHER_NOUNS_CLAUSE = lazy(
    r"(?<=[a-z])\s+(?:that|who)\s+(?:were|was|had|have|has|[a-z]+ed)\b|,\s+(?:where|(?:both|each|neither)\s+of"
    r"\s+(?:which|whom))\s"
)


def _delivered_in_the_past(ctx: SumContext, published_year: int | None) -> bool:
    """Money of the past: a year before publication stated in the sum's clause.

    So is a span of years that ended before publication ("between 2021 and
    2023"), and money delivered in the simple past "last year" or in the year
    of publication ("contributed €1bn last year", "In 2025 the EU provided €2bn").
    """
    # Cheap tests first: without a past delivery verb or a year written, nothing below can
    # say the money is past (most sums).
    may_be_past = _may_hold(ctx, rules.PAST_VERB_WORDS, before_from=_NEAR_BEFORE)
    if not may_be_past and (published_year is None or not _year_written(ctx)):
        return False
    if _COMMITTED.search(ctx.near_before[-40:]) or _COMMITTED.search(ctx.clause_after[:60]):
        return (
            False  # "committed in 2021", "set out in 2022": an earlier commitment restated (scope existing)
        )
    if _APPROVED_EARLIER.search(ctx.clause_after[:60]) and (
        _ADDED_TO.search(ctx.near_before[-40:])
        or (ctx.follows_sum and "add" in ctx.sentence and _ADDED_TO_APPROVED.search(ctx.sentence))
    ):
        return False
    delivered = may_be_past and rules.PAST_VERB_BEFORE.search(ctx.near_before) is not None
    if (
        delivered
        and published_year is not None
        and (dated := _YEAR_OF_ROUND.search(ctx.near_before)) is not None
        and int(dated.group(1)) < published_year
    ):
        return True  # "A 2022 round of grants distributed $21 million": a round of a past year
    if not delivered and _PART_OF.search(ctx.near_before[-30:]):
        return False  # "part of the $2bn programme set up in 2021": the envelope's year, not the money's
    # "will go to youth services, reopening sessions at four centres that were cut back in 2023":
    # a relative clause on another noun dates that noun, not the money
    after = ctx.clause_after
    if " that " in after or " who " in after or ", " in after:
        after = _OTHER_NOUNS_CLAUSE.split(after, 1)[0]
    if delivered and rules.PAST_TIME.search(after):
        return True
    if published_year is None:
        return False
    for window in (ctx.near_before, after):
        if "19" not in window and "20" not in window:
            continue  # no year written: nothing to read (a cheap test before two scans)
        for m in rules.YEAR_MENTION.finditer(window):
            year = int(m.group(1))
            if rules.FIRST_SINCE.search(window, max(0, m.start() - 80), m.end()):
                continue  # "the first increase to that line since 2008": a comparison, not a date
            if year < published_year or (delivered and year == published_year):
                return True
        for m in rules.YEAR_SPAN.finditer(window):
            if int(m.group(1)) < published_year:
                return True
        if delivered:
            for m in _YEAR_RANGE.finditer(window):  # "received £21m in 2022-23"
                if 2000 + int(m.group(1)) <= published_year:
                    return True
            # "contributed $7.4 million to stage the 2022 championship": an event of a past year
            for m in _EVENT_YEAR.finditer(window):
                if int(m.group(1)) < published_year:
                    return True
    return False


_EVENT_YEAR = lazy(r"\bthe\s+((?:19|20)\d\d)\s+(?-i:[a-zA-Z])")


def _year_written(ctx: SumContext, after_to: int | None = None) -> bool:
    """Whether "19" or "20" is written in the windows the year cues read (``near_before`` and
    ``clause_after``, or with ``after_to`` the first ``after_to`` characters of ``after``)."""
    after = ctx.clause_after if after_to is None else ctx.after[:after_to]
    return any("19" in window or "20" in window for window in (ctx.near_before, after))


def scope_of(ctx: SumContext) -> Scope:
    """new / total / existing, from the words next to the sum (SCHEMA rule 2)."""
    # End-anchored patterns start their scan near the end of the window: faster, same result.
    tail = ctx.before[-90:]
    # (each cue is read only where its words are: see _may_hold_at)
    existing = _may_hold_at(ctx, rules.EXISTING_CUE_WORDS, (40, _NEAR_BEFORE), (50,))
    if (
        _may_hold_at(ctx, rules.EXISTING_BEFORE_WORDS, (90,)) and rules.EXISTING_BEFORE.pattern.search(tail)
    ) or (existing and rules.EXISTING_CUE.pattern.search(ctx.near_before[-40:])):
        return "existing"
    if existing and rules.EXISTING_CUE.pattern.search(ctx.after[:50]):
        return "existing"
    if "already" in ctx.after and _ALREADY_SET.search(ctx.after):
        return "existing"  # "$1.1bn for X that was already committed under the 2021 law"
    total = _may_hold_at(ctx, rules.TOTAL_CUE_WORDS, (40, _NEAR_BEFORE), (40,))
    if rules.TOTAL_BEFORE.pattern.search(tail) or (total and rules.TOTAL_CUE.search(ctx.near_before[-40:])):
        return "total"
    if rules.NEW_BEFORE.search(ctx.near_before[-30:]):
        return "new"
    if total and (cue := rules.TOTAL_CUE.search(ctx.after[:40])):
        following = _NEXT_SUMS_TOTAL.search(ctx.after)
        if following is None or following.start() > cue.start():
            return "total"
    return "new"


# "€10m, bringing its total allocation to €150m": the total cue after a sum leads to the next sum,
# which is the total; the sum before it is the new money.
_NEXT_SUMS_TOTAL = lazy(
    r"\b(?:bringing|brings?|taking|takes?|lift\w*|doubl\w*|rais\w*)\b[^£$€;.]{0,60}?\bto"
    r"(?:\s+(?:about|around|almost|nearly|more\s+than|over|some|a\s+total\s+of|a\s+record|just\s+over))?\s*$",
    re.IGNORECASE,
)


def period_of(ctx: SumContext) -> str | None:
    """The time span of the money ("over the next two years"), if stated next to it."""
    if not _may_hold_at(ctx, rules.PERIOD_WORDS, (_NEAR_BEFORE,), (90,)) and not _year_written(ctx, 90):
        return None  # no word of a span, and no year: PERIOD cannot match either window
    m = rules.PERIOD.search(ctx.after, 0, 90) or rules.PERIOD.search(ctx.near_before)
    return m.group(0) if m else None


def confidence(ctx: SumContext, recipient: str | None) -> float:
    """Higher when words of giving sit next to the sum and a recipient was read."""
    score = 0.55
    if rules.GIVING_CUE.search(ctx.near_before) or rules.GIVING_CUE.search(ctx.after, 0, 40):
        score += 0.2
    if recipient:
        score += 0.15
    return round(min(score, 0.95), 2)
