"""How long ingests hold the write lock, and how long a reviewer waits meanwhile.

    .venv/bin/python benchmarks/write_lock.py [--entries 300] [--database-url URL]
    .venv/bin/python benchmarks/write_lock.py --ingesters 4 --entries 100 \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/NAME [--one-queue]

N loopback feeds of --entries new entries (each with pledges) are ingested at
once through ``ingest_source``, one process each, as background writers (as
the workers' ticks are: ``writes.background_writes``), while another process
(as the dashboard is) records a review decision every 20 ms
(``services.review_pledge``). Every write transaction of the ingests is timed
from BEGIN to COMMIT (on SQLite that is how long the write lock is held); every
review is timed from the call to its commit, and on PostgreSQL the part of it
spent queueing for the writers' lock apart. ``--one-queue`` makes the ingests
ordinary writers, so the reviewer queues behind every one of them in turn (how
all writers queued before background writers had their own lock), for a
comparison within one run. Prints the longest and p99 lock hold, and the p50,
p99 and longest review wait.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
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

_real_transaction = writes.write_transaction
_real_serialise = writes.serialise_shared_writes


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _ingester(url: str, source_id: int, background: bool, go: Any, results: Any) -> None:
    """One feed's ingest in its own process, every write transaction timed."""
    holds: list[float] = []  # BEGIN to COMMIT, queueing included
    locked: list[float] = []  # PostgreSQL: the writers' lock taken to COMMIT
    acquired: list[float] = []

    def timed_serialise(session: Session) -> None:
        _real_serialise(session)
        acquired.append(time.perf_counter())

    @contextmanager
    def timed(engine: Engine, *, shared: bool = True) -> Iterator[object]:
        started = time.perf_counter()
        acquired.clear()
        with _real_transaction(engine, shared=shared) as session:
            yield session
        holds.append(time.perf_counter() - started)
        if acquired and engine.dialect.name == "postgresql":
            locked.append(time.perf_counter() - acquired[0])

    writes.serialise_shared_writes = timed_serialise  # type: ignore[assignment]

    # Every module that opened write transactions by name now goes through the timer.
    for module in list(sys.modules.values()):
        if getattr(module, "write_transaction", None) is _real_transaction:
            module.write_transaction = timed  # type: ignore[attr-defined]
    engine = make_engine(url)
    settings = load_settings(database_url=url, allow_private_networks=True)
    go.wait()
    started = time.perf_counter()
    with writes.background_writes() if background else nullcontext():
        report = ingest_source(engine, settings, source_id)
    results.put((time.perf_counter() - started, report.new, report.pledges, holds, locked))
    engine.dispose()


def _reviewer(url: str, pledge_ids: list[int], stop: Any, results: Any) -> None:
    engine = make_engine(url)
    waits: list[float] = []
    queued: list[float] = []

    def timed_serialise(session: Session) -> None:
        started = time.perf_counter()
        _real_serialise(session)
        queued.append(time.perf_counter() - started)

    writes.serialise_shared_writes = timed_serialise  # type: ignore[assignment]
    index = 0
    while not stop.is_set():
        started = time.perf_counter()
        services.review_pledge(
            engine, pledge_ids[index % len(pledge_ids)], status="confirmed", reviewer="Bench"
        )
        waits.append(time.perf_counter() - started)
        index += 1
        stop.wait(0.02)
    results.put((waits, queued))


def _row(name: str, values: list[float]) -> str:
    return (
        f"| {name} | {1000 * statistics.median(values):.0f} | {1000 * _percentile(values, 0.99):.0f} "
        f"| {1000 * max(values):.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--ingesters", type=int, default=1, help="feeds ingested at once, a process each")
    parser.add_argument(
        "--one-queue", action="store_true", help="ingests queue with the reviewer (no background lock)"
    )
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/lock.db"
    upgrade(url)
    engine = make_engine(url)
    settings = load_settings(database_url=url, allow_private_networks=True)
    farm = FeedFarm(feeds=args.ingesters + 1, entries=args.entries)
    warm, *big = add_sources(engine, [farm.feed_url(i) for i in range(args.ingesters + 1)])
    ingest_source(engine, settings, warm)  # pledges for the reviewer to decide on
    with Session(engine) as session:
        pledge_ids = [int(i or 0) for i in session.exec(select(Pledge.id))]
    engine.dispose()
    stop, go = multiprocessing.Event(), multiprocessing.Event()
    results: Any = multiprocessing.Queue()
    reviews: Any = multiprocessing.Queue()
    ingesters = [
        multiprocessing.Process(target=_ingester, args=(url, source_id, not args.one_queue, go, results))
        for source_id in big
    ]
    reviewer = multiprocessing.Process(target=_reviewer, args=(url, pledge_ids, stop, reviews))
    for process in (*ingesters, reviewer):
        process.start()
    time.sleep(2.0)  # every process connected, the reviewer deciding, before the ingests start
    go.set()
    done = [results.get(timeout=3600) for _ in ingesters]
    stop.set()
    waits, queued = reviews.get(timeout=120)
    for process in (*ingesters, reviewer):
        process.join()
    farm.close()
    holds = [h for *_, each, _locked in done for h in each]
    locked = [h for *_, each in done for h in each]
    store = engine.dialect.name
    queue = "one queue" if args.one_queue else "background writers queue apart"
    new, pledges = sum(d[1] for d in done), sum(d[2] for d in done)
    print(
        f"## Write lock during {args.ingesters} ingest(s) at once ({store}, {queue}; "
        f"{new} new entries, {pledges} pledges)\n"
    )
    for elapsed, *_, each, _locked in done:
        print(f"ingest {elapsed:.2f} s in {len(each)} write transactions")
    print("\n| measure | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|")
    print(_row("write transaction of an ingest (BEGIN to COMMIT)", holds))
    if locked:
        print(_row("of which holding the writers' lock (taken to COMMIT)", locked))
    print(_row(f"review decision, call to commit ({len(waits)} reviews)", waits))
    if store == "postgresql":
        print(_row("of which queueing for the writers' lock", queued))


if __name__ == "__main__":
    main()
