"""The vocabulary of the tracker, once: pledge kinds and their fields, review
states, commitment roles, scopes, qualifiers and delivery statuses.

Every other layer reads a kind's fields, how it is shown, what it counts and
what names its commitment from :data:`KINDS`, so adding or changing a kind is
one edit here (plus the extractor that finds it). The database holds the same
values under check constraints (``tracker.schema.models``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class PledgeKind(StrEnum):
    FUNDING = "funding"
    UNIT = "unit"
    APPOINTMENT = "appointment"
    HEADCOUNT = "headcount"


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CORRECTED = "corrected"


class Scope(StrEnum):
    """What a sum is, as the announcement states it (SCHEMA.md rule 2)."""

    NEW = "new"
    TOTAL = "total"
    EXISTING = "existing"


class Qualifier(StrEnum):
    EXACT = "exact"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    ABOUT = "about"


class LinkRole(StrEnum):
    """How a mention relates to the earlier mentions of its commitment.

    Only ``first`` and ``top_up`` add new money; every other role restates
    money already counted (see ``tracker.domain.commitments``).
    """

    FIRST = "first"
    REANNOUNCED = "reannounced"
    TOP_UP = "top_up"
    RESTATED = "restated"
    PER_YEAR = "per_year"
    ROUNDED = "rounded"
    EXISTING = "existing"


class DeliveryStatus(StrEnum):
    """Where a commitment stands, as a reviewer judged it."""

    ANNOUNCED = "announced"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    BROKEN = "broken"
    UNCLEAR = "unclear"


# How people read each role and status (dashboard, CLI tables, exports).
ROLE_TITLES: dict[str, str] = {
    LinkRole.FIRST: "First announced",
    LinkRole.REANNOUNCED: "Re-announced",
    LinkRole.TOP_UP: "Top-up",
    LinkRole.RESTATED: "Restated",
    LinkRole.PER_YEAR: "Restated per year",
    LinkRole.ROUNDED: "Re-announced, rounded",
    LinkRole.EXISTING: "Existing money",
}

DELIVERY_TITLES: dict[str, str] = {
    DeliveryStatus.ANNOUNCED: "Announced",
    DeliveryStatus.IN_PROGRESS: "In progress",
    DeliveryStatus.DELIVERED: "Delivered",
    DeliveryStatus.BROKEN: "Broken",
    DeliveryStatus.UNCLEAR: "Unclear",
}

Measure = Literal["money", "staff"]


@dataclass(frozen=True)
class KindSpec:
    """One pledge kind: its fields (SCHEMA.md), how people read it, how it counts and links."""

    kind: PledgeKind
    title: str
    # Fields a pledge of this kind carries beyond kind and evidence, in SCHEMA.md order.
    fields: tuple[str, ...]
    # The field that says what the pledge is about: it names the commitment.
    label_field: str
    # The number it counts (money or staff), if any.
    figure_field: str | None
    measure: Measure | None
    # Table columns: (field, plain-language header), the most telling first.
    columns: tuple[tuple[str, str], ...]
    # What a pledge is about, in words, from its fields: "{a}" is field a; a
    # bracketed part is dropped, brackets and all, when any field in it is empty.
    about: str = "{recipient}"

    @property
    def counts_money(self) -> bool:
        """Its figure is money: linked within one currency, summed as new and restated money."""
        return self.measure == "money"

    @property
    def counts_staff(self) -> bool:
        """Its figure is people: one commitment per number of staff, counted once."""
        return self.measure == "staff"

    def label_of(self, values: Mapping[str, object]) -> str | None:
        value = values.get(self.label_field)
        return str(value) if value else None

    def about_of(self, values: Mapping[str, object]) -> str:
        """What the pledge is about ("Jo Bell as Chair, Arts Council"), blank parts left out."""
        return _fill(self.about, values)

    def figure_of(self, values: Mapping[str, object]) -> float | None:
        value = values.get(self.figure_field) if self.figure_field else None
        return float(value) if isinstance(value, int | float) else None


KINDS: dict[PledgeKind, KindSpec] = {
    PledgeKind.FUNDING: KindSpec(
        kind=PledgeKind.FUNDING,
        title="Funding",
        fields=("amount", "currency", "recipient", "qualifier", "scope", "period"),
        label_field="recipient",
        figure_field="amount",
        measure="money",
        columns=(
            ("amount", "Amount"),
            ("recipient", "Recipient"),
            ("scope", "Scope"),
            ("qualifier", "Qualifier"),
            ("period", "Period"),
        ),
    ),
    PledgeKind.UNIT: KindSpec(
        kind=PledgeKind.UNIT,
        title="New unit or body",
        fields=("name", "parent"),
        label_field="name",
        figure_field=None,
        measure=None,
        columns=(("name", "Name"), ("parent", "Part of")),
        about="{name}[ (part of {parent})]",
    ),
    PledgeKind.APPOINTMENT: KindSpec(
        kind=PledgeKind.APPOINTMENT,
        title="Appointment",
        fields=("person", "role", "organisation"),
        label_field="person",
        figure_field=None,
        measure=None,
        columns=(("person", "Person"), ("role", "Role"), ("organisation", "Organisation")),
        about="{person}[ as {role}][, {organisation}]",
    ),
    PledgeKind.HEADCOUNT: KindSpec(
        kind=PledgeKind.HEADCOUNT,
        title="Staff pledge",
        fields=("count", "role"),
        label_field="role",
        figure_field="count",
        measure="staff",
        columns=(("count", "Staff"), ("role", "Role")),
        about="{role}",
    ),
}

# Every kind-specific field, each once, in the order of the kinds above; a
# reviewer may correct any of them.
PLEDGE_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(f for spec in KINDS.values() for f in spec.fields))


_OPTIONAL = re.compile(r"\[([^\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")


def _fill(template: str, values: Mapping[str, object]) -> str:
    def value(name: str) -> str:
        found = values.get(name)
        return "" if found is None else str(found)

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        names = _FIELD.findall(part)
        return "" if any(not value(n) for n in names) else _FIELD.sub(lambda m: value(m.group(1)), part)

    return _FIELD.sub(lambda m: value(m.group(1)), _OPTIONAL.sub(optional, template)).strip()


def spec_of(kind: str) -> KindSpec:
    """The spec of ``kind``; ValueError names an unknown kind."""
    # By the plain value first: building the enum member costs more than the lookup,
    # and linking asks for a spec several times per candidate.
    found = _SPECS_BY_VALUE.get(kind)
    return found if found is not None else KINDS[PledgeKind(kind)]


_SPECS_BY_VALUE: dict[str, KindSpec] = {kind.value: spec for kind, spec in KINDS.items()}


def kinds_measuring(measure: Measure | None) -> tuple[str, ...]:
    """The kinds whose figure is ``measure`` (for SQL: ``kind IN (...)``); ``None``
    gives the events, the kinds that count nothing (new bodies, appointments)."""
    return tuple(spec.kind.value for spec in KINDS.values() if spec.measure == measure)


def kinds_with_fields(*fields: str) -> tuple[str, ...]:
    """The kinds that carry any of ``fields`` (for SQL: ``kind IN (...)``)."""
    return tuple(spec.kind.value for spec in KINDS.values() if set(fields) & set(spec.fields))


def values_of(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)
