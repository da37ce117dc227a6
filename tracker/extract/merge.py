"""Within-document merging of funding mentions.

A press release states its headline sum several times (summary bullet, lead
paragraph, minister's quote); SCHEMA.md counts that as one pledge. Two
different commitments can still carry the same sum ("£5m for the World Food
Programme - up to £5m for Mozambique"), and a new sum can equal the sum it
tops up ("a further £75m on top of the £75m already committed"). The rules:

* same currency and amount (within 0.5%), otherwise never the same;
* an ``existing`` mention and a new/total one stay apart (the "a further
  £75m on top of the £75m already committed" shape);
* two mentions naming recipients with no word in common stay apart when they
  sit in the same paragraph (a breakdown list), unless the later one is a
  definite restatement ("the £12 million announced today"); across
  paragraphs such mentions are the headline, lead and quote retelling one
  commitment in different words (so "£5m for Wales" and, paragraphs later,
  "£5m for Scotland" are wrongly merged: a known trade-off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.types import PledgeMention, evolve

_STOPWORDS = frozenset(
    "the a an of for to and in on at by with from its their our new extra additional further uk "
    "government funding money support fund programme services".split()
)


# Not frozen, though never changed (evolve makes a new one): a frozen dataclass's __init__ sets
# each field through object.__setattr__, three times the cost of the plain one.
@dataclass
class Candidate:
    """A funding mention before merging, with where it sits in the document."""

    mention: PledgeMention
    sentence: int
    paragraph: int
    definite: bool  # "the/this/our £X": refers back to a sum already stated
    sureness: int = 0  # how clearly the recipient was read (0 none, 1 generic, 2 specific)
    position: int = 0  # offset of the sum in the text
    rate: bool = False  # a yearly rate restating a larger sum: never reported, may name its total
    written: str = ""  # the sum as written
    quoted: bool = False  # said in a quotation


@dataclass
class _Group:
    best: Candidate
    paragraphs: set[int]
    scopes: set[str]


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _STOPWORDS}


def _same_sum(a: PledgeMention, b: PledgeMention, definite: bool = False) -> bool:
    """Whether ``b`` (stated later; ``definite`` when written "the £X") restates ``a``'s sum."""
    if a.currency != b.currency or a.amount is None or b.amount is None:
        return False
    if a.amount == b.amount:
        return True
    if abs(a.amount - b.amount) <= 0.005 * max(a.amount, b.amount, 1.0):
        # "£75m" after "£75.2m" is the sum rounded; "$42.2m" after "$42.3m", written as
        # precisely, is another sum (two lines of a table)
        return _significant_digits(a.amount) != _significant_digits(b.amount)
    # "just over £50m" after "£50.3m", "the $3.5bn" after "$3.48bn": a rounded
    # restatement, hedged or pointing back, of a precise sum.
    return _rounds(a, b, False) or _rounds(b, a, definite, later=True)


def _significant_digits(amount: float) -> int:
    return len(f"{amount:.6g}".split("e")[0].replace(".", "").strip("0"))


def _rounds(rough: PledgeMention, precise: PledgeMention, definite: bool, later: bool = False) -> bool:
    """Whether ``rough`` is ``precise`` written with two significant digits, as its qualifier allows
    (``later``: ``rough`` is stated after ``precise``)."""
    if rough.amount is None or precise.amount is None:
        return False
    if rough.qualifier not in ("about", "at_least", "up_to") and not definite:
        return False
    amount = rough.amount
    unit: float = 10.0 ** (len(str(int(amount))) - 2)  # the last of two significant digits
    if amount % unit != 0 or amount == precise.amount:
        return False
    over = precise.amount - amount
    # ("just over €50 million" after €52 million, "more than $200 million" after $210 million: a sum
    # with one significant digit, hedged, restating a precise one within a tenth of it; not "up to
    # £20m" after "£18.5m", a cap of its own)
    # (hedged only: "the €300 million" after "€310 million", "the remaining £2 million" after "£1.9 million",
    # written as exact, are sums of their own)
    near = (
        0.1 * amount
        if later and rough.qualifier in ("about", "at_least") and amount % (unit * 10) == 0
        else 0.0
    )
    if rough.qualifier == "at_least":  # "just over £1.2bn" for £1.25bn
        return 0 < over < max(unit, near)
    if rough.qualifier == "up_to":  # "just under £1.3bn" for £1.25bn
        return 0 < -over < unit
    return abs(over) < max(unit / 2, near)  # ("the near-$100m commitment" after "up to $95 million")


def _belongs(group: _Group, cand: Candidate) -> bool:
    mention = cand.mention
    if not _same_sum(group.best.mention, mention, cand.definite):
        return False
    if (mention.scope == "existing") != ("existing" in group.scopes) and not (
        cand.definite
        and mention.scope == "existing"
        and cand.paragraph not in group.paragraphs
        and _words(mention.recipient)
        and _words(mention.recipient) <= _recipient_words(group)
    ):
        # (but "The £300m for diagnostic centres was first announced in the spring": the sum
        # pointed back to, with the recipient it was given, is an earlier commitment restated)
        return False
    mine, theirs = _words(mention.recipient), _words(group.best.mention.recipient)
    if not mine or not theirs or mine & theirs or cand.definite:
        return True
    # Disjoint recipients in one paragraph: a breakdown list. Across
    # paragraphs, the headline, lead and quotes retell one sum in other words;
    # two body statements that each name their recipient surely are two sums.
    if cand.paragraph in group.paragraphs:
        return False
    retold = min(group.paragraphs) <= 1 or cand.paragraph <= 1 or cand.quoted or group.best.quoted
    return retold or cand.sureness < 2 or group.best.sureness < 2


def _recipient_words(group: _Group) -> set[str]:
    return _words(group.best.mention.recipient)


def _prefer(current: Candidate, new: Candidate) -> Candidate:
    """Keep the earliest statement, completed from restatements (or the precise statement of a
    sum first given rounded).

    A later statement may name the recipient more surely, or say the period
    or the qualifier that a headline left out ("£1bn-plus", "next year").
    """
    kept, later = current.mention, new.mention
    if _rounds(kept, later, False):
        # "almost $1.5bn" first and "A$1.48bn" later: the precise statement is the sum's own
        recipient = later.recipient if new.sureness >= current.sureness else kept.recipient
        mention = evolve(later, recipient=recipient, period=later.period or kept.period)
        return evolve(new, mention=mention, sureness=max(current.sureness, new.sureness))
    recipient = later.recipient if new.sureness > current.sureness else kept.recipient
    period = kept.period if kept.period is not None else later.period
    # A rounded restatement's hedge ("just over") is about its rounding, not the sum.
    hedge = later.qualifier if later.amount == kept.amount else None
    qualifier = hedge if kept.qualifier == "exact" and hedge else kept.qualifier
    # the restatement that says the sum was committed before makes it an earlier commitment
    scope = "existing" if new.definite and later.scope == "existing" else kept.scope
    if (recipient, period, qualifier, scope) == (kept.recipient, kept.period, kept.qualifier, kept.scope):
        return current
    mention = evolve(kept, recipient=recipient, period=period, qualifier=qualifier, scope=scope)
    return evolve(current, mention=mention, sureness=max(current.sureness, new.sureness))


def merge_restatements(
    candidates: list[Candidate], absorbed: list[Candidate] | None = None
) -> list[PledgeMention]:
    """One mention per commitment, in order of first statement.

    Candidates merged into an earlier statement are appended to ``absorbed``.
    """
    groups: list[_Group] = []
    for cand in candidates:
        for group in groups:
            if _belongs(group, cand):
                if absorbed is not None:
                    absorbed.append(cand)
                group.best = _prefer(group.best, cand)
                group.paragraphs.add(cand.paragraph)
                group.scopes.add(cand.mention.scope or "new")
                break
        else:
            groups.append(_Group(cand, {cand.paragraph}, {cand.mention.scope or "new"}))
    return [g.best.mention for g in groups]
