"""The explorer's CSV and JSON downloads (pure: rows in, bytes out).

Rows come from tracker.queries.export, the module `tracker export` uses, so a
download has the CLI's columns and CSV cells (formula-looking text guarded).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import orjson

from tracker.queries.export import EXPORT_FIELDS, write_csv


def to_csv(rows: Sequence[dict[str, Any]], fields: Sequence[str] = EXPORT_FIELDS) -> bytes:
    buffer = io.StringIO()
    write_csv(rows, buffer, fields)
    return buffer.getvalue().encode("utf-8")


def to_json(rows: Sequence[dict[str, Any]]) -> bytes:
    """A JSON array; dates and datetimes as ISO 8601 (orjson does that natively)."""
    return orjson.dumps(list(rows), option=orjson.OPT_INDENT_2)
