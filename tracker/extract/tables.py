"""Sums written as bare figures in a table whose header or caption gives their unit.

Budget annexes and estimates print their figures without a currency sign, once the
table says what they are in: a column headed "Allocation (₦ billion)" or "FY2026 amount
(USD)", or a caption "Table 1: Additional appropriation sought, 2024-25 ($'000)". Each
figure of such a column, in each row that names an item, is a sum like one written with
its sign; the finder then reads it in its row as in any other sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from tracker.extract.currency import currency_of
from tracker.extract.money import Money
from tracker.extract.regex import lazy

# A unit in brackets: "($'000)", "(₦ billion)", "(USD)", "(US$ m)", "(Rs crore)", "(£m)".
_UNIT = lazy(
    r"\(\s*(?P<sym>US\$|A\$|NZ\$|C\$|S\$|HK\$|[$£€₦₹¥₱]|Rs\.?|KSh|GH¢|R|N|K)?\s*"
    r"(?P<scale>'000s?|000s?|thousands?|m|mn|million|millions|bn|billion|billions|crores?|lakhs?)?\s*"
    r"(?P<code>[A-Z]{3})?\s*\)"
)
_SCALES = {
    "'000": 1e3, "'000s": 1e3, "000": 1e3, "000s": 1e3, "thousand": 1e3, "thousands": 1e3,
    "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9, "billion": 1e9, "billions": 1e9,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip
# A cell that is a figure alone: "62 750", "2,450,000", "120.0".
_FIGURE = lazy(r"\d{1,3}(?:[, \u00a0\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SEPARATOR = lazy(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
# Caption lines above a table ("Table 1: ...") are read for a unit; so is the header row.
_CAPTION_LINES = 2


class _Unit(NamedTuple):
    currency: str
    scale: float
    column: int | None  # the header cell that holds the unit; None when the caption gives it


class _Cell(NamedTuple):
    text: str
    start: int  # offset of the cell's stripped text in the article


def table_sums(text: str) -> list[Money]:
    """Every figure of a table whose header or caption names its currency, as a sum."""
    if "|" not in text:
        return []
    found: list[Money] = []
    for caption, rows in _tables(text):
        unit = _unit(caption, rows[0])
        if unit is None:
            continue
        for row in rows[1:]:
            found.extend(_row_sums(row, unit))
    return found


# A column header that says its figures were spent before: "2022-2025 actual", "Spent to date".
_PAST_HEADER = lazy(r"\b(?:actuals?|spent|outturn|previous|prior|last\s+year|to\s+date)\b", re.IGNORECASE)


def past_cells(text: str) -> list[tuple[int, int]]:
    """Where the cells of a table's past columns lie in ``text`` (start, end): a column whose
    header says its figures are actual spending or a previous cycle's, beside the new plan."""
    if "|" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for _, rows in _tables(text):
        header = rows[0]
        past = [i for i, cell in enumerate(header) if _PAST_HEADER.search(cell.text)]
        if not past or len(past) == len(header):
            continue
        for row in rows[1:]:
            spans.extend((row[i].start, row[i].start + len(row[i].text)) for i in past if i < len(row))
    return spans


def _tables(text: str) -> Iterator[tuple[str, list[list[_Cell]]]]:
    """Each run of two or more lines with cells split by "|", with the lines just above it."""
    lines = list(_lines(text))
    i = 0
    while i < len(lines):
        if "|" not in lines[i][0]:
            i += 1
            continue
        j = i
        rows = []
        while j < len(lines) and "|" in lines[j][0]:
            if not _SEPARATOR.match(lines[j][0]):
                rows.append(_cells(*lines[j]))
            j += 1
        above = [line for line, _ in lines[max(0, i - _CAPTION_LINES) : i]]
        if len(rows) >= 2:
            yield "\n".join(above), rows
        i = j


def _lines(text: str) -> Iterator[tuple[str, int]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield line, start
        start += len(line) + 1


def _cells(line: str, offset: int) -> list[_Cell]:
    """The line's cells, empty ones kept (columns stay aligned); a leading or closing "|"
    opens or closes the row, no cell."""
    parts = line.split("|")
    at = 0
    cells = []
    for i, part in enumerate(parts):
        stripped = part.strip()
        if stripped or 0 < i < len(parts) - 1:
            cells.append(_Cell(stripped, offset + at + (part.index(stripped) if stripped else 0)))
        at += len(part) + 1
    return cells


def _unit(caption: str, header: list[_Cell]) -> _Unit | None:
    for index, cell in enumerate(header):
        if (unit := _parse_unit(cell.text)) is not None:
            return _Unit(unit[0], unit[1], index)
    if (unit := _parse_unit(caption)) is not None:
        return _Unit(unit[0], unit[1], None)
    return None


def _parse_unit(text: str) -> tuple[str, float] | None:
    """The currency and scale a bracket names; None without a currency."""
    for m in _UNIT.finditer(text):
        symbol, code = m.group("sym"), m.group("code")
        if not (symbol or code):
            continue
        currency = currency_of(symbol, None) if symbol else currency_of(code, None)
        if currency is None:
            continue
        scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
        return currency, scale
    return None


def _row_sums(row: list[_Cell], unit: _Unit) -> list[Money]:
    """The row's figure in the unit's column (or its last figure, under a caption's unit),
    when the row names an item."""
    if not any(cell.text and _FIGURE.fullmatch(cell.text) is None for cell in row):
        return []  # figures only: no item named
    if unit.column is not None:
        in_column = unit.column < len(row) and _FIGURE.fullmatch(row[unit.column].text)
        figures = [row[unit.column]] if in_column else []
    else:
        figures = [cell for cell in row if _FIGURE.fullmatch(cell.text)][-1:]
    sums = []
    for cell in figures:
        value = float(re.sub(r"[,\s]", "", cell.text))
        if value > 0:
            end = cell.start + len(cell.text)
            sums.append(Money(round(value * unit.scale, 2), unit.currency, "exact", cell.start, end))
    return sums


def row_label(before: str) -> str | None:
    """The item a table row names before its figure: its text cells, in order ("Department
    for Education | Enrolment growth in government schools | 62 750" -> "Department for
    Education – Enrolment growth in government schools"); None outside a table row."""
    line = before[before.rfind("\n") + 1 :]
    separator = _row_separator(line)
    if separator is None:
        return None
    cells = [c.strip() for c in line.split(separator)]
    words = [c for c in cells if c and c not in _NO_ITEM and not _mostly_figure(c)]
    return " – ".join(words) or None


def _row_separator(line: str) -> str | None:
    """How a row's cells are divided: pipes, or (as list lines are often written) spaced
    slashes, at least two before the figure ("Port of Alder, Oregon / shore power / $27m")."""
    if "|" in line:
        return "|"
    return " / " if line.count(" / ") >= 2 else None


def is_row_cell(before: str) -> bool:
    """Whether a sum opens a row's cell after at least two others ("A | B | $31.4 million")."""
    line = before[before.rfind("\n") + 1 :].rstrip()
    return (line.endswith("|") and line.count("|") >= 2) or (line.endswith(" /") and line.count(" / ") >= 2)


def _mostly_figure(cell: str) -> bool:
    """A cell that is a figure, bare or with its sign and scale ("62 750", "R4.2bn", "£1.1m")."""
    # ("$1.62 billion": a sign and a scale word written out)
    return len(_SCALE_WORDS.sub("", re.sub(r"[\d.,\s]", "", cell))) <= 4 and any(c.isdigit() for c in cell)


_SCALE_WORDS = lazy(r"(?i:billion|million|trillion|thousand|crore|lakh)s?")


# Cells that hold no item: a missing figure written as dots or dashes.
_NO_ITEM = frozenset(("..", "…", "-", "–", "—", "n/a", "nil"))
