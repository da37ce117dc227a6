"""Is this pledge the same real-world commitment as that one? Pure decisions.

A commitment is what a government keeps re-announcing: the same money for the
same recipient, the same unit, the same person's appointment, the same staff
pledge. Linking mentions across articles lets the tracker count new money once
and show every re-announcement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Words that say nothing about who gets the money.
_STOPWORDS = frozenset(
    "a an the of for to and in on at by with new additional extra further more its their our "
    "fund funding programme program scheme package plan million billion national".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")
SAME_AMOUNT_TOLERANCE = 0.005  # the scorer's own tolerance: 0.5%
# Above a half, so "Leeds City Council" and "Bristol City Council" stay apart.
MIN_LABEL_OVERLAP = 0.6


@dataclass(frozen=True)
class MentionKey:
    """What linking looks at in a pledge."""

    kind: str
    label: str | None
    announced_on: date
    currency: str | None = None
    amount: float | None = None
    scope: str | None = None
    count: int | None = None


def label_of(kind: str, **fields: object) -> str | None:
    """The field that names what the commitment is about, per kind."""
    name = {"funding": "recipient", "unit": "name", "appointment": "person", "headcount": "role"}[kind]
    value = fields.get(name)
    return str(value) if value else None


def label_tokens(label: str | None) -> frozenset[str]:
    if not label:
        return frozenset()
    return frozenset(t for t in _TOKEN.findall(label.lower()) if t not in _STOPWORDS)


def labels_match(a: str | None, b: str | None) -> bool:
    """Most content words shared, or a label of two or more words inside the other
    ("Border Intelligence Command" in "the new Border Intelligence Command's team")."""
    left, right = label_tokens(a), label_tokens(b)
    if not left or not right:
        return False
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return True
    return len(left & right) / len(left | right) >= MIN_LABEL_OVERLAP


def same_amount(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= SAME_AMOUNT_TOLERANCE * max(a, b)


def same_commitment(mention: MentionKey, other: MentionKey) -> bool:
    """Two mentions of one commitment: same kind, and a matching label (plus the
    same currency for money, the same number for staff)."""
    if mention.kind != other.kind or not labels_match(mention.label, other.label):
        return False
    if mention.kind == "funding":
        return mention.currency == other.currency
    if mention.kind == "headcount":
        return mention.count == other.count
    return True


def link_role(mention: MentionKey, earlier: list[MentionKey], siblings: list[MentionKey]) -> str:
    """How a mention relates to the earlier mentions of its commitment.

    ``first``: nothing earlier. ``reannounced``: new-scope money (or a unit,
    appointment, staff pledge) already announced with the same figure.
    ``top_up``: new money with a figure not announced before. ``restated``:
    a total or an existing sum, which never counts as new money. ``siblings``
    are the commitment's other mentions in the same article: new money stated
    beside a total ("an extra £75m, doubling it to £150m") is a top-up even
    when it repeats an earlier figure.
    """
    if not earlier:
        return "first"
    if mention.kind != "funding":
        return "reannounced"
    if mention.scope in ("total", "existing"):
        return "restated"
    beside_total = any(s.scope == "total" for s in siblings)
    if not beside_total and any(same_amount(mention.amount, e.amount) for e in earlier):
        return "reannounced"
    return "top_up"
