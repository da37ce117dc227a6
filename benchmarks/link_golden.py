"""Golden output of linking during ingest: proof that a speed-up of the ingest path changes nothing.

    .venv/bin/python benchmarks/link_golden.py write /tmp/link.json [--database URL]
    .venv/bin/python benchmarks/link_golden.py check /tmp/link.json [--database URL]

Ingests the ingest benchmark's generated feeds (``tests/support/feed_farm.py``,
40 feeds x 50 entries by default, served on loopback) with ``ingest_due`` into a
fresh database (SQLite in a temporary folder, or the empty PostgreSQL database
``--database`` names, whose tables are dropped first), once per link batch size
of ``--batches`` (articles per linking transaction, held fixed: the pipeline's
own pace depends on the clock), and dumps what linking and the summary decide:
every commitment (by its origin, which is unique), its members with their roles
and new money, its index terms, the monthly and total summary rows, and the
commitment name search's answers for a few words. ``check`` compares a fresh dump
with a stored one and names the first sections that differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from golden_files import write_or_check  # noqa: E402

from tests.support.feed_farm import FeedFarm  # noqa: E402

SUMMARIES = ("pledgesummary", "pledgetotal", "recipientsummary", "recipienttotal")
SEARCHED = ("hospital", "nurses", "Derby", "Authority", "roads in", "xyz")


@contextmanager
def _fixed_batches(size: int) -> Iterator[None]:
    """Link ``size`` articles per transaction whatever the clock says."""
    from tracker.store import polls

    pace, grow = polls._PACE.size, polls.next_link_batch
    polls._PACE.size = size
    polls.next_link_batch = lambda current, _took: current  # type: ignore[assignment]
    try:
        yield
    finally:
        polls._PACE.size, polls.next_link_batch = pace, grow


def _fresh(url: str) -> None:
    from sqlalchemy import create_engine, text

    from tracker.schema.migrate import upgrade

    if url.startswith("postgresql"):
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    upgrade(url)


def ingest(url: str, farm: FeedFarm, feeds: int, batch: int) -> None:
    from tracker.core.clock import utcnow
    from tracker.core.config import load_settings
    from tracker.runtime.pipeline import ingest_due
    from tracker.schema.db import make_engine, session_scope
    from tracker.store.sources import add_source

    _fresh(url)
    engine = make_engine(url)
    settings = load_settings(database_url=url, allow_private_networks=True, seed_default_sources=False)
    with session_scope(engine) as session:
        ids = [add_source(session, farm.feed_url(i), now=utcnow()).id or 0 for i in range(feeds)]
    with _fixed_batches(batch):
        reports = ingest_due(engine, settings, source_ids=ids)
    failed = [r for r in reports if r.outcome == "error"]
    assert not failed, failed[0].error
    engine.dispose()


def _rows(connection: Any, query: str) -> list[list[Any]]:
    from sqlalchemy import text

    return [[_plain(v) for v in row] for row in connection.execute(text(query))]


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if value is None or isinstance(value, (int, str)):
        return value
    return str(value)


def _columns(connection: Any, table: str) -> list[str]:
    from sqlalchemy import text

    return list(connection.execute(text(f"SELECT * FROM {table} WHERE 1 = 0")).keys())


def dump_database(url: str) -> dict[str, Any]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    out: dict[str, Any] = {}
    with engine.connect() as connection:
        kept = [n for n in _columns(connection, "commitment") if n not in ("id", "status_changed_at")]
        origin_of = dict(connection.execute(text("SELECT id, origin FROM commitment")).all())
        out["commitments"] = _rows(connection, f"SELECT {', '.join(kept)} FROM commitment ORDER BY origin")
        members = _rows(
            connection,
            "SELECT p.commitment_id, a.url, p.fingerprint, p.kind, p.link_role, p.new_money, "
            "p.check_note, p.review_status FROM pledge p JOIN article a ON a.id = p.article_id "
            "ORDER BY a.url, p.fingerprint",
        )
        # The farm's port changes from run to run: an article is named by its path.
        out["members"] = [[origin_of.get(row[0]), urlsplit(row[1]).path, *row[2:]] for row in members]
        terms = _rows(connection, "SELECT commitment_id, kind, currency, term FROM commitmentterm")
        out["terms"] = sorted([origin_of[row[0]], *row[1:]] for row in terms)
        for table in SUMMARIES:
            listed = ", ".join(n for n in _columns(connection, table) if n != "id")
            out[table] = sorted(_rows(connection, f"SELECT {listed} FROM {table}"), key=json.dumps)
        out["search"] = _search(connection, origin_of)
    engine.dispose()
    return out


def _search(connection: Any, origin_of: dict[int, str]) -> dict[str, Any]:
    """The Commitments page's name search for a few words (through the text index on
    SQLite), and SQLite's own check that the index holds what the table does."""
    from sqlalchemy import select, text

    from tracker.queries.text_search import names_contain
    from tracker.schema.models import Commitment

    found: dict[str, Any] = {}
    for word in SEARCHED:
        ids = connection.execute(select(Commitment.id).where(names_contain(connection, word))).scalars()
        found[word] = sorted(origin_of[i] for i in ids)
    if connection.dialect.name == "sqlite":
        check = "INSERT INTO commitment_search(commitment_search, rank) VALUES ('integrity-check', 1)"
        connection.execute(text(check))  # raises when the index and the table disagree
        found["integrity-check"] = "ok"
    return found


def dump(database: str | None, feeds: int, entries: int, batches: list[int]) -> dict[str, Any]:
    out = {}
    farm = FeedFarm(feeds=feeds, entries=entries, words=300)
    try:
        with tempfile.TemporaryDirectory(prefix="link-golden-") as folder:
            for batch in batches:
                url = database or f"sqlite:///{Path(folder) / f'link{batch}.db'}"
                ingest(url, farm, feeds, batch)
                out[f"batch{batch}"] = dump_database(url)
    finally:
        farm.close()
    return out


def _differing(stored: dict[str, Any], data: dict[str, Any]) -> list[str]:
    return [
        f"{run}/{part}"
        for run in sorted(set(stored) | set(data))
        for part in sorted(set(stored.get(run, {})) | set(data.get(run, {})))
        if stored.get(run, {}).get(part) != data.get(run, {}).get(part)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--database", help="an empty PostgreSQL database's URL (default: SQLite)")
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--batches", type=int, nargs="+", default=[50, 7])
    args = parser.parse_args()
    data = dump(args.database, args.feeds, args.entries, args.batches)
    sizes = {run: len(found["commitments"]) for run, found in data.items()}
    summary = f"commitments per run {sizes}"
    write_or_check(args.action, args.path, data, indent=0, summary=summary, differing=_differing)


if __name__ == "__main__":
    main()
