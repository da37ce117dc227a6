"""The explorer's CSV and JSON downloads (pure: rows in, bytes out)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import orjson

# A cell starting with one of these is run as a formula by spreadsheet programs;
# feed text is untrusted, so such cells get a leading apostrophe (OWASP advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: Sequence[dict[str, Any]]) -> bytes:
    if not rows:
        return b""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _csv_cell(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8")


def to_json(rows: Sequence[dict[str, Any]]) -> bytes:
    """A JSON array; dates and datetimes as ISO 8601 (orjson does that natively)."""
    return orjson.dumps(list(rows), option=orjson.OPT_INDENT_2)
