"""Benchmark: N `tracker schedule` workers polling S generated feeds for T seconds.

    .venv/bin/python benchmarks/workers.py --workers 4 \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench --reset

A local HTTP server on 127.0.0.1 serves S feeds of 20 entries; each feed gains a
new entry every --new-every seconds, answers after --latency seconds (a few
sources take 5 s, a few answer 500) and honours If-None-Match. Every source is
due every minute (``interval_minutes=1``, the smallest the model allows).

The last line printed is one JSON object:

* ``fetches``: requests the server answered; ``duplicate_fetches``: requests for
  a source less than its interval after the previous one (server side);
* ``mean_refetch_gap_s``: mean time between two fetches of one source (due
  every 60 s plus up to 10% jitter: about 63 s when the workers keep up);
* ``duplicate_rows``: articles stored twice for one entry plus pledges stored
  twice for one article;
* ``entries_per_s``: articles stored per second of the run;
* ``cpu_ms_per_poll``: the workers' CPU time after start-up (with their parser
  processes) divided by the polls they stored;
* ``cpu_ms_poll_20_new`` / ``cpu_ms_poll_1_new`` / ``cpu_ms_poll_304``: CPU per
  poll of one typical 20-entry feed, measured in this process: all entries new,
  one new and 19 known, and not modified (--no-cpu-poll skips it).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, func  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from tests.support.feed_farm import FeedFarm  # noqa: E402
from tests.support.workers import (  # noqa: E402
    WorkerProcess,
    add_sources,
    count,
    duplicate_rows,
    start_worker,
    wait_until,
    worker_env,
)
from tracker.core.config import load_settings  # noqa: E402
from tracker.schema.db import is_sqlite, make_engine, normalise_url  # noqa: E402
from tracker.schema.migrate import upgrade  # noqa: E402
from tracker.schema.models import Article, FetchLog, Pledge, Source, Worker, metadata  # noqa: E402

INTERVAL_S = 60.0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default="", help="default: a new SQLite file in a temp dir")
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=150.0)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds before each answer")
    parser.add_argument("--new-every", type=float, default=20.0, help="seconds between new entries per feed")
    parser.add_argument("--tick-seconds", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="empty every table of the database first")
    parser.add_argument("--log-dir", type=Path, help="keep the workers' logs here")
    parser.add_argument("--no-cpu-poll", action="store_true", help="skip the per-poll CPU measurement")
    return parser.parse_args(argv)


def _prepare_database(url: str, reset: bool) -> Engine:
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        existing = session.exec(select(func.count()).select_from(Source)).one()
    if existing and not reset:
        raise SystemExit(f"{url} already has {existing} sources: pass --reset to empty it first")
    if existing:
        with engine.begin() as connection:
            for table in reversed(metadata.sorted_tables):
                connection.execute(table.delete())
    return engine


def _farm(sources: int, latency: float, new_every: float) -> FeedFarm:
    """1% of sources take 5 s to answer and 1% answer HTTP 500 (at least one of each)."""
    step = min(100, max(sources // 2, 1))
    slow = {i: 5.0 for i in range(1, sources, step)}
    failing = set(range(step // 2 + 2, sources, step)) - set(slow)
    return FeedFarm(feeds=sources, new_every_s=new_every, latency_s=latency, slow=slow, failing=failing)


def _stop_all(workers: list[WorkerProcess]) -> float:
    """SIGTERM every worker, reap each with its rusage; returns their CPU seconds."""
    for worker in workers:
        worker.process.send_signal(signal.SIGTERM)
    cpu = 0.0
    for worker in workers:
        _pid, status, usage = os.wait4(worker.pid, 0)
        worker.process.returncode = os.waitstatus_to_exitcode(status)
        cpu += usage.ru_utime + usage.ru_stime  # includes its reaped parser process
    return cpu


def run_workers(args: argparse.Namespace, url: str, data_dir: Path) -> dict[str, Any]:
    engine = _prepare_database(url, args.reset)
    farm = _farm(args.sources, args.latency, args.new_every)
    add_sources(engine, [farm.feed_url(i) for i in range(args.sources)], interval_minutes=1)
    env = worker_env(url, data_dir, tick_seconds=args.tick_seconds)
    log_dir = args.log_dir or data_dir
    log_dir.mkdir(parents=True, exist_ok=True)
    workers = [start_worker(env, log_dir / f"worker{i}.log", "--quiet") for i in range(args.workers)]
    # The clock starts once every worker has registered: start-up (imports,
    # schema check) is neither throughput nor per-poll CPU.
    wait_until(lambda: count(engine, Worker) == args.workers, timeout=120, what="workers to start")
    started, startup_cpu_s = time.monotonic(), sum(_cpu_s(w.pid) for w in workers)
    time.sleep(args.seconds)
    cpu_s = _stop_all(workers) - startup_cpu_s
    elapsed = time.monotonic() - started
    farm.close()
    entries = count(engine, Article)
    polls = count(engine, FetchLog)
    result = {
        "workers": args.workers,
        "database": "sqlite" if is_sqlite(url) else "postgresql",
        "sources": args.sources,
        "seconds": round(elapsed, 1),
        "fetches": farm.fetches(),
        "duplicate_fetches": farm.duplicate_fetches(INTERVAL_S),
        "duplicate_rows": duplicate_rows(engine),
        "mean_refetch_gap_s": round(farm.mean_gap_s() or 0.0, 1),
        "entries": entries,
        "pledges": count(engine, Pledge),
        "polls": polls,
        "poll_errors": count(engine, FetchLog, FetchLog.outcome == "error"),
        "entries_per_s": round(entries / elapsed, 1),
        "cpu_ms_per_poll": round(1000 * cpu_s / max(polls, 1), 1),
        "worker_exit_codes": [w.process.returncode for w in workers],
    }
    engine.dispose()
    return result


def _cpu_s(pid: int | None) -> float:
    """CPU seconds a running process has used so far (Linux /proc)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_per_poll(data_dir: Path, polls: int = 30) -> dict[str, float]:
    """CPU per poll of one 20-entry feed, in this process plus the parser process."""
    from tracker.ingest.parser_process import shared_worker
    from tracker.runtime.pipeline import ingest_source

    url = f"sqlite:///{data_dir / 'cpu.db'}"
    upgrade(url)
    engine = make_engine(url)
    settings = load_settings(database_url=url, allow_private_networks=True)
    farm = FeedFarm(feeds=polls * 2 + 1)
    ids = add_sources(engine, [farm.feed_url(i) for i in range(polls * 2 + 1)])
    ingest_source(engine, settings, ids[-1])  # warm up: imports, parser process, connections

    def measure(run: Any) -> float:
        parser_before, before = _cpu_s(shared_worker().pid), time.process_time()
        for i in range(polls):
            run(i)
        spent = time.process_time() - before + _cpu_s(shared_worker().pid) - parser_before
        return round(1000 * spent / polls, 1)

    figures = {"cpu_ms_poll_20_new": measure(lambda i: ingest_source(engine, settings, ids[i]))}
    farm.published = 1  # one more entry on every feed: 1 new, 19 known
    figures["cpu_ms_poll_1_new"] = measure(lambda i: ingest_source(engine, settings, ids[i]))
    figures["cpu_ms_poll_304"] = measure(lambda i: ingest_source(engine, settings, ids[i]))
    farm.close()
    engine.dispose()
    return figures


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        data_dir = Path(folder)
        url = normalise_url(args.database_url) if args.database_url else f"sqlite:///{data_dir / 'bench.db'}"
        result = run_workers(args, url, data_dir)
        if not args.no_cpu_poll:
            result.update(cpu_per_poll(data_dir))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
