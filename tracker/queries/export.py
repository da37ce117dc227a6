"""Every stored pledge with its provenance, as JSON Lines or CSV, streamed."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tracker.domain.kinds import PLEDGE_FIELDS
from tracker.schema.models import Article, Commitment, Pledge, Source

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


def iter_export_rows(engine: Engine, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    """Pledges in id order with their article and source, fetched in batches."""
    last_id = 0
    with Session(engine) as session:
        while True:
            rows = session.exec(
                select(Pledge, Article, Source, Commitment)
                .join(Article, col(Article.id) == Pledge.article_id)
                .join(Source, col(Source.id) == Pledge.source_id)
                .outerjoin(Commitment, col(Commitment.id) == Pledge.commitment_id)
                .where(col(Pledge.id) > last_id)
                .order_by(col(Pledge.id))
                .limit(batch_size)
            ).all()
            if not rows:
                return
            for pledge, article, source, commitment in rows:
                yield _row(pledge, article, source, commitment)
            last_id = rows[-1][0].id or last_id


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


def write_export(engine: Engine, out: TextIO, fmt: str) -> int:
    """Write every pledge to ``out`` as ``jsonl`` or ``csv``; returns the row count."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(EXPORT_FIELDS))
        writer.writeheader()
        for row in iter_export_rows(engine):
            writer.writerow(row)
            count += 1
        return count
    for row in iter_export_rows(engine):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
