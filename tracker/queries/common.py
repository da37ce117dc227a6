"""Shared pieces of the read-only queries: periods, labels, LIKE escaping."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, literal
from sqlmodel import col

from tracker.domain.kinds import PLEDGE_FIELDS
from tracker.domain.periods import Period
from tracker.domain.samples import SAMPLE_LABEL, SAMPLE_SCHEME
from tracker.schema.models import Pledge, Source

LIKE_ESCAPE = "\\"


def publisher_label() -> ColumnElement[Any]:
    """What a source is called on charts and tables: its publisher, else its title, else its
    URL; a bundled sample's name always starts "Sample: " (also in databases seeded before
    the samples were renamed), so sample figures never pass for a department's."""
    name = func.coalesce(col(Source.publisher), col(Source.title), col(Source.url))
    unmarked = col(Source.url).startswith(SAMPLE_SCHEME, autoescape=True) & ~name.startswith(
        SAMPLE_LABEL, autoescape=True
    )
    return case((unmarked, literal(SAMPLE_LABEL + " ") + name), else_=name)


def is_sample_source() -> ColumnElement[bool]:
    return col(Source.url).startswith(SAMPLE_SCHEME, autoescape=True)


def like_pattern(text: str) -> str:
    """A ``%text%`` pattern in which the user's own % and _ match only themselves."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
    escaped = escaped.replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def in_period(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """Conditions keeping ``column`` (a date) inside the period."""
    conditions: list[ColumnElement[bool]] = []
    if period.start:
        conditions.append(column >= period.start)
    if period.end:
        conditions.append(column <= period.end)
    return conditions


def pledge_row_columns() -> list[Any]:
    """The columns of a pledge as a table row lists it (explorer, review queue)."""
    return [
        col(Pledge.id),
        col(Pledge.announced_on).label("date"),
        *(col(getattr(Pledge, name)) for name in ROW_FIELDS),
    ]


# A pledge row: its kind and every kind's fields (the kinds table says which apply).
ROW_FIELDS = ("kind", *PLEDGE_FIELDS)
