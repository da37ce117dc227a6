"""Appointments written as a table: a column of names beside a column of posts.

Board announcements and diplomatic postings print their appointments as tables
("Name | Designation | Appointment", "Mission | Head of Mission"): each row names a
person and the post, or the body whose post the header names. The header says which
column is which; the heading line above the table names the body a board list is for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extract.regex import lazy

# Header cells of the column of people, and of the column of posts or bodies.
_NAME_HEADER = lazy(r"(?i:names?|appointees?|members?|nominees?|persons?|officers?|office[- ]holders?)")
_POST_HEADER = lazy(
    r"(?i:designations?|posts?|positions?|roles?|titles?|offices?|portfolios?|appointed\s+as)"
)
_BODY_HEADER = lazy(
    r"(?i:missions?|bod(?:y|ies)|boards?|organi[sz]ations?|ministr(?:y|ies)|departments?|agenc(?:y|ies))"
)
# A header that is itself the post every row's person takes ("Head of Mission", "Chairperson").
_TITLE_HEADER = lazy(r"(?i:(?:head|chief|chair|chairperson|chairman|director|ambassador|commissioner)\b.*)")
_SEPARATOR = lazy(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
# A heading line over a table: a few capitalised words without a full stop ("Enterprise Singapore").
_HEADING = lazy(r"[A-Z][\w&'’().-]*(?:\s+(?:[A-Z][\w&'’().-]*|of|for|and|the|&)){0,7}")


class TableRow(NamedTuple):
    """One row of a table of appointments: offsets into the article."""

    start: int  # the row's first character
    name_start: int  # the cell that holds the person
    name_end: int
    role: str
    organisation: str | None


def appointment_rows(text: str) -> dict[int, TableRow]:
    """The rows of every table of appointments in ``text``, by the offset of the row."""
    if "|" not in text:
        return {}
    rows: dict[int, TableRow] = {}
    heading: str | None = None
    header: list[str] | None = None
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if "|" not in stripped:
            header = None
            if stripped:
                heading = stripped if _HEADING.fullmatch(stripped) else None
        elif header is None:
            header = _cells(stripped)
        elif not _SEPARATOR.match(stripped):
            row = _row(line, offset, header, heading)
            if row is not None:
                rows[offset + len(line) - len(line.lstrip())] = row
        offset += len(line) + 1
    return rows


def _cells(line: str) -> list[str]:
    parts = [part.strip() for part in line.split("|")]
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    return parts


def _row(line: str, offset: int, header: list[str], heading: str | None) -> TableRow | None:
    names = [i for i, cell in enumerate(header) if _NAME_HEADER.fullmatch(cell)]
    posts = [i for i, cell in enumerate(header) if _POST_HEADER.fullmatch(cell)]
    bodies = [i for i, cell in enumerate(header) if _BODY_HEADER.fullmatch(cell)]
    titled = [i for i, cell in enumerate(header) if _TITLE_HEADER.fullmatch(cell)]
    cells = _cells(line)
    if len(cells) != len(header):
        return None
    if names and posts:
        who, role, organisation = names[0], cells[posts[0]], heading
    elif titled and bodies:
        # "Mission | Head of Mission": the header is the post, the row's other cell its body
        who, role, organisation = (
            titled[0],
            header[titled[0]],
            re.sub(r"\s*\([^()]*\)$", "", cells[bodies[0]]),
        )
    else:
        return None
    if not cells[who] or not role:
        return None
    start = offset + _cell_start(line, who)
    return TableRow(offset, start, start + len(cells[who]), role, organisation)


def _cell_start(line: str, index: int) -> int:
    """Where the ``index``-th cell's text starts in ``line``."""
    parts = line.split("|")
    skip = 1 if not parts[0].strip() else 0
    at = sum(len(part) + 1 for part in parts[: index + skip])
    part = parts[index + skip]
    return at + len(part) - len(part.lstrip())
