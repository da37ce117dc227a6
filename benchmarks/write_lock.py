"""How long a feed's ingest holds the write lock, and how long a reviewer waits meanwhile.

    .venv/bin/python benchmarks/write_lock.py [--entries 300] [--database-url URL]

A loopback feed of N new entries (each with pledges) is ingested through
``ingest_source`` while another process (as the dashboard is) records a review
decision every 20 ms (``services.review_pledge``). Every write transaction of
the ingest is timed from BEGIN to COMMIT (on SQLite that is how long the write
lock is held); every review is timed from the call to its commit. Prints the
longest and p99 lock hold, and the p50, p99 and longest review wait.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

import tracker.store.writes as writes  # noqa: E402
from tests.support.feed_farm import FeedFarm  # noqa: E402
from tests.support.workers import add_sources  # noqa: E402
from tracker.core.config import load_settings  # noqa: E402
from tracker.runtime import services  # noqa: E402
from tracker.runtime.pipeline import ingest_source  # noqa: E402
from tracker.schema.db import make_engine  # noqa: E402
from tracker.schema.migrate import upgrade  # noqa: E402
from tracker.schema.models import Pledge  # noqa: E402

holds: list[float] = []
recording = multiprocessing.Event()
_real = writes.write_transaction


@contextmanager
def _timed(engine: Engine, *, shared: bool = True) -> Iterator[object]:
    started = time.perf_counter()
    with _real(engine, shared=shared) as session:
        yield session
    if recording.is_set():
        holds.append(time.perf_counter() - started)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _reviewer(url: str, pledge_ids: list[int], stop: Any, results: Any) -> None:
    engine = make_engine(url)
    waits: list[float] = []
    index = 0
    while not stop.is_set():
        started = time.perf_counter()
        services.review_pledge(
            engine, pledge_ids[index % len(pledge_ids)], status="confirmed", reviewer="Bench"
        )
        waits.append(time.perf_counter() - started)
        index += 1
        stop.wait(0.02)
    results.put(waits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/lock.db"
    upgrade(url)
    engine = make_engine(url)
    settings = load_settings(database_url=url, allow_private_networks=True)
    farm = FeedFarm(feeds=2, entries=args.entries)
    warm, big = add_sources(engine, [farm.feed_url(0), farm.feed_url(1)])
    ingest_source(engine, settings, warm)  # pledges for the reviewer to decide on
    with Session(engine) as session:
        pledge_ids = [int(i or 0) for i in session.exec(select(Pledge.id))]
    # Every module that opened write transactions by name now goes through the timer.
    for module in list(sys.modules.values()):
        if getattr(module, "write_transaction", None) is _real:
            module.write_transaction = _timed  # type: ignore[attr-defined]
    stop = multiprocessing.Event()
    results: Any = multiprocessing.Queue()
    process = multiprocessing.Process(target=_reviewer, args=(url, pledge_ids, stop, results))
    process.start()
    time.sleep(1.0)  # the reviewer is connected and deciding before the ingest starts
    recording.set()
    started = time.perf_counter()
    report = ingest_source(engine, settings, big)
    elapsed = time.perf_counter() - started
    stop.set()
    waits = results.get(timeout=60)
    process.join()
    farm.close()
    store = engine.dialect.name
    print(f"## Write lock during one ingest ({store}, {report.new} new entries, {report.pledges} pledges)\n")
    each = ", ".join(f"{1000 * h:.0f}" for h in holds)
    print(f"ingest {elapsed:.2f} s in {len(holds)} write transactions ({each} ms)\n")
    print("| measure | ms |")
    print("|---|---|")
    print(f"| longest write transaction of the ingest | {1000 * max(holds):.0f} |")
    print(f"| p99 write transaction of the ingest | {1000 * _percentile(holds, 0.99):.0f} |")
    print(f"| review write, median ({len(waits)} reviews) | {1000 * statistics.median(waits):.0f} |")
    print(f"| review write, p99 | {1000 * _percentile(waits, 0.99):.0f} |")
    print(f"| review write, longest | {1000 * max(waits):.0f} |")


if __name__ == "__main__":
    main()
