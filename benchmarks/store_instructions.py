"""Instructions to store and link the ingest benchmark's feeds, counted by callgrind.

    .venv/bin/python benchmarks/store_instructions.py [--feeds 40] [--batch 50]

CPU seconds on a shared machine wander by 10-20%; callgrind's instruction counts do
not. The benchmark's feeds (``tests/support/feed_farm.py``, one more than measured as a
warm-up) are fetched, parsed and extracted once, outside valgrind, and pickled; then
``save_fetched`` (entries, pledges, linking at a fixed batch of ``--batch`` articles,
the monthly summary, source health and the fetch log) stores them into a fresh SQLite
database under ``valgrind --tool=callgrind``, twice: the warm-up feed alone, and the
warm-up feed then the measured ones. The difference is what storing the measured
feeds costs, start-up, imports and the warm-up's first compilations left out.
Times are fixed, so two runs store the same rows (with the same PYTHONHASHSEED).
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import subprocess
import sys
import tempfile
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

START = datetime(2026, 12, 1, tzinfo=UTC)


def prepare(path: Path, feeds: int) -> None:
    """Fetch, parse and extract ``feeds`` + 1 feeds (the last is the warm-up) into ``path``."""
    from tests.support.feed_farm import FeedFarm
    from tracker.core.config import load_settings
    from tracker.ingest.feedread import parse_bytes
    from tracker.runtime.pipeline import prepare_records
    from tracker.store.polls import SourceView

    farm = FeedFarm(feeds=feeds + 1, entries=50, words=300)
    settings = load_settings(
        database_url="sqlite://", allow_private_networks=True, seed_default_sources=False
    )
    prepared = []
    try:
        for i in range(feeds + 1):
            url = farm.feed_url(i)
            body = urllib.request.urlopen(url).read()
            feed = parse_bytes(body, url, now=START)
            view = SourceView(i + 1, url, None, None, 60, False, 0, None)
            records = prepare_records(feed.entries, {e.key for e in feed.entries}, view, settings)
            prepared.append((url, len(body), feed.title, records))
    finally:
        farm.close()
    path.write_bytes(pickle.dumps(prepared))


def store(prepared_path: Path, database: Path, feeds: int, batch: int) -> None:
    """Store the warm-up feed, then the first ``feeds`` prepared feeds (run under valgrind)."""
    from tracker.extract import EXTRACTOR_VERSION
    from tracker.schema.db import make_engine, session_scope
    from tracker.schema.migrate import upgrade
    from tracker.store import polls
    from tracker.store.sources import add_source

    prepared = pickle.loads(prepared_path.read_bytes())
    url = f"sqlite:///{database}"
    upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        ids = [add_source(session, feed_url, now=START).id or 0 for feed_url, *_ in prepared]
    polls._PACE.size = batch
    polls.next_link_batch = lambda current, _took: current  # type: ignore[assignment]
    for n, i in enumerate([len(prepared) - 1, *range(feeds)]):
        feed_url, size, title, records = prepared[i]
        view = polls.SourceView(ids[i], feed_url, None, None, 60, False, 0, None)
        now = START + timedelta(minutes=n)
        done = polls.Reached(
            next_check_at=now + timedelta(hours=1), etag='"x"', last_modified=None, title=title
        )
        polls.save_fetched(
            engine,
            view,
            records,
            done,
            polls.PollTimes(now, now, None),
            http_status=200,
            bytes_received=size,
            extractor_version=EXTRACTOR_VERSION,
            max_updates=3,
        )


def instructions(prepared: Path, folder: Path, feeds: int, batch: int) -> int:
    out = folder / f"callgrind.{feeds}.out"
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__]
    command += ["--store", str(prepared), str(folder / f"store{feeds}.db"), str(feeds), str(batch)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found, done.stderr[-2000:]
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--batch", type=int, default=50, help="articles per linking transaction")
    parser.add_argument("--store", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store:
        prepared, database, feeds, batch = args.store
        store(Path(prepared), Path(database), int(feeds), int(batch))
        return
    with tempfile.TemporaryDirectory(prefix="store-instructions-") as name:
        folder = Path(name)
        prepare(folder / "feeds.pickle", args.feeds)
        base = instructions(folder / "feeds.pickle", folder, 0, args.batch)
        full = instructions(folder / "feeds.pickle", folder, args.feeds, args.batch)
    entries = args.feeds * 50
    print(f"storing and linking {args.feeds} feeds x 50 entries at a fixed batch of {args.batch}:")
    print(f"  {full - base:,} instructions ({(full - base) / entries / 1e6:.2f} M an entry)")
    print(f"  (warm-up alone {base:,}; warm-up and the feeds {full:,})")


if __name__ == "__main__":
    main()
