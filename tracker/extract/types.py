"""Types at the seam between the extractor and the rest of the tracker.

The extractor is a pure function: an :class:`ArticleText` in, a list of
:class:`PledgeMention` out. Nothing here touches the network or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeVar

PledgeKind = Literal["funding", "unit", "appointment", "headcount"]
Qualifier = Literal["exact", "up_to", "at_least", "about"]
Scope = Literal["new", "total", "existing"]

PLEDGE_KINDS: tuple[PledgeKind, ...] = ("funding", "unit", "appointment", "headcount")


@dataclass(frozen=True)
class ArticleText:
    """What the extractor reads: the article's title, plain text and date."""

    title: str
    text: str
    published: date | None = None
    # Who published it (a department, an outlet); a hint for which "$" is meant.
    publisher: str = ""


@dataclass(frozen=True)
class PledgeMention:
    """One pledge found in one article, with its evidence.

    ``start``/``end`` are character offsets into ``ArticleText.text`` such that
    ``text[start:end] == evidence``. ``fingerprint`` is stable for the same
    article and the same pledge across runs and extractor tweaks that do not
    change the pledge's key fields, so human review decisions stay attached.
    Fields that do not apply to the kind stay ``None``.
    """

    kind: PledgeKind
    evidence: str
    start: int
    end: int
    fingerprint: str
    confidence: float = 0.5
    # funding
    amount: float | None = None
    currency: str | None = None
    recipient: str | None = None
    qualifier: Qualifier | None = None
    scope: Scope | None = None
    period: str | None = None
    # unit
    name: str | None = None
    parent: str | None = None
    # appointment
    person: str | None = None
    role: str | None = None
    organisation: str | None = None
    # headcount
    count: int | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def to_prediction(self) -> dict[str, object]:
        """The SCHEMA.md prediction dict for this pledge (kind-specific fields only)."""
        common: dict[str, object] = {"kind": self.kind, "evidence": self.evidence}
        if self.kind == "funding":
            specific: dict[str, object] = {
                "amount": self.amount,
                "currency": self.currency,
                "recipient": self.recipient,
                "qualifier": self.qualifier,
                "scope": self.scope,
                "period": self.period,
            }
        elif self.kind == "unit":
            specific = {"name": self.name, "parent": self.parent}
        elif self.kind == "appointment":
            specific = {"person": self.person, "role": self.role, "organisation": self.organisation}
        else:
            specific = {"count": self.count, "role": self.role}
        return {**common, **specific}


_T = TypeVar("_T")


def evolve(obj: _T, **changes: object) -> _T:
    """``dataclasses.replace`` for the extractor's dataclasses (every field an init
    field, no ``__post_init__``), at a fraction of its cost."""
    return obj.__class__(**{**obj.__dict__, **changes})
