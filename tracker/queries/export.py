"""The one export of pledges, for the CLI (`tracker export`) and the dashboard's downloads:
the same columns (EXPORT_FIELDS) with their provenance, commitment, role, new money,
topic and delivery status; numbers as plain numbers; streamed in batches.

The dashboard exports what its explorer filter matches (a PledgeFilter, at most
``cap`` rows); the CLI exports every pledge. CSV cells that a spreadsheet would
run as a formula get a leading apostrophe on both (feed text is untrusted).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tracker.domain.kinds import PLEDGE_FIELDS
from tracker.queries.explorer import PledgeFilter, conditions
from tracker.schema.models import Article, Commitment, Pledge, Source

# The dashboard's downloads stop here (the CLI exports everything).
EXPORT_CAP = 100_000

EXPORT_FIELDS = (
    "pledge_id",
    "kind",
    *PLEDGE_FIELDS,
    "evidence",
    "span_start",
    "span_end",
    "confidence",
    "fingerprint",
    "extractor_version",
    "review_status",
    "announced_on",
    "commitment_id",
    "commitment",
    "link_role",
    "new_money",
    "topic",
    "delivery_status",
    "check_note",
    "article_guid",
    "article_url",
    "article_title",
    "published",
    "source_url",
    "publisher",
)


def _plain(value: Any) -> Any:
    """Dates as ISO text, whole numbers without a trailing ".0" (75000000, not 75000000.0)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def iter_export_rows(
    engine: Engine,
    flt: PledgeFilter | None = None,
    *,
    cap: int | None = None,
    batch_size: int = 1000,
) -> Iterator[dict[str, Any]]:
    """Pledges in id order with their article, source and commitment, fetched in batches;
    only those ``flt`` matches when given, at most ``cap``."""
    last_id = 0
    left = cap
    with Session(engine) as session:
        where = conditions(flt, session.connection()) if flt is not None else []
        while left is None or left > 0:
            size = batch_size if left is None else min(batch_size, left)
            rows = session.exec(
                select(Pledge, Article, Source, Commitment)
                .join(Article, col(Article.id) == Pledge.article_id)
                .join(Source, col(Source.id) == Pledge.source_id)
                .outerjoin(Commitment, col(Commitment.id) == Pledge.commitment_id)
                .where(col(Pledge.id) > last_id, *where)
                .order_by(col(Pledge.id))
                .limit(size)
            ).all()
            if not rows:
                return
            for pledge, article, source, commitment in rows:
                yield _row(pledge, article, source, commitment)
            last_id = rows[-1][0].id or last_id
            left = None if left is None else left - len(rows)


def _row(pledge: Pledge, article: Article, source: Source, commitment: Commitment | None) -> dict[str, Any]:
    row = {
        "commitment": commitment.label if commitment else None,
        "delivery_status": commitment.status if commitment else None,
        "pledge_id": pledge.id,
        **{f: getattr(pledge, f) for f in EXPORT_FIELDS if hasattr(Pledge, f) and f != "id"},
        "article_guid": article.entry_key,
        "article_url": article.url,
        "article_title": article.title,
        "published": article.published_at,
        "source_url": source.url,
        "publisher": source.publisher,
    }
    return {field: _plain(row.get(field)) for field in EXPORT_FIELDS}


# A cell starting with one of these is run as a formula by spreadsheet programs;
# such text cells get a leading apostrophe (OWASP advice).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO, fields: Sequence[str] = EXPORT_FIELDS) -> int:
    """Rows as CSV with a header of ``fields`` (the pledge export's unless told; written
    even for no rows); returns the count."""
    writer = csv.DictWriter(out, fieldnames=list(fields))
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: _csv_cell(value) for key, value in row.items()})
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Rows as JSON Lines; returns the count."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_export(engine: Engine, out: TextIO, fmt: str) -> int:
    """Write every pledge to ``out`` as ``jsonl`` or ``csv``; returns the row count."""
    rows = iter_export_rows(engine)
    return write_csv(rows, out) if fmt == "csv" else write_jsonl(rows, out)
