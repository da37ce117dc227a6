"""Shared pieces of the read-only queries: periods, labels, LIKE escaping."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import col

from tracker.models import Pledge, Source

# Funding scopes: "new" money is committed by the announcement itself; "total"
# and "existing" restate money (partly) committed before. A pledge whose scope
# the extractor could not tell counts as new, the labelling rules' default.
NEW_SCOPES = ("new", "")
# "restated" is new-scope money re-announced from an earlier article (see
# tracker.commitments), kept apart in the summary so new money counts once.
RESTATED_SCOPES = ("total", "existing", "restated")
LIKE_ESCAPE = "\\"


@dataclass(frozen=True)
class Period:
    """An inclusive date range; None on either side means unbounded."""

    start: date | None = None
    end: date | None = None

    def month_bounds(self) -> tuple[date | None, date | None]:
        """First days of the first and last months touched by the period."""
        first = self.start.replace(day=1) if self.start else None
        last = self.end.replace(day=1) if self.end else None
        return first, last


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def add_months(month: date, months: int) -> date:
    index = month.year * 12 + month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def publisher_label() -> ColumnElement[Any]:
    """What a source is called on charts: its publisher, else its title, else its URL."""
    return func.coalesce(col(Source.publisher), col(Source.title), col(Source.url))


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


ROW_FIELDS = ("kind", "amount", "currency", "scope", "recipient", "name", "person", "role", "count")
