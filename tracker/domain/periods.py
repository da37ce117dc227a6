"""Periods and months: the calendar arithmetic every page and summary shares."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


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


def month_of(day: date) -> date:
    """The first day of ``day``'s month: the key of the monthly summary."""
    return day.replace(day=1)
