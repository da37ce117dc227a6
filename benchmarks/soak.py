"""Soak: N `tracker schedule` workers against M loopback feeds, some of them faulty, for T seconds.

The run issue 12 asks for (30 minutes, 4 workers, 1,000 feeds, PostgreSQL):

    psql -h 127.0.0.1 -U postgres -d test -c 'CREATE DATABASE soak'
    .venv/bin/python benchmarks/soak.py --workers 4 --sources 1000 --seconds 1800 \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/soak --reset
    .venv/bin/python benchmarks/soak.py --workers 1 --sources 300 --seconds 900   # SQLite

It ends with a table of issue 12's targets on stderr (duplicates, injected
failures recorded, worker memory growth after warm-up, review decision wait at
p99, each with its result and "met" or "MISSED"), the load average, and then
one JSON line with everything.

A loopback server (tests/support/fault_farm.py) serves M generated feeds of
--entries entries; each gains a new entry every --new-every seconds and
answers after --latency seconds. About 1% of feeds are slow (5 s), and --fault-share of them (spread
evenly) fail in one way each: HTTP 500, a hostile body (entity bomb, cut-off
XML, HTML page), a gzip bomb past the body cap, a server that never answers,
values too long for their columns, or an entry the database refuses (a
trigger on SQLite, a CHECK constraint on PostgreSQL). Every source is due every
--interval-minutes; backoff is capped at the interval so failing sources keep
failing at that pace. A reviewer thread confirms or rejects a random pledge
every second and times each decision (RELIABILITY 42).

The last line printed is one JSON object:

* ``fetches``: requests the server answered; ``duplicate_fetches``: requests
  for a source less than its interval after the previous one; ``duplicate_rows``:
  articles stored twice for one entry plus pledges stored twice for one article;
* ``polls``: fetch-log rows; ``errors_by_kind``: failed polls by error kind;
  ``unrecorded_fetches``: requests with no fetch-log row for their source
  (should be 0: every fetch, failed or not, is recorded);
* ``faults``: per kind, the feeds, the requests they got, the failed polls
  recorded for them and ``sources_unmarked`` (sources whose row does not show the
  expected error, or for ``oversized`` the warning, among those polled);
* ``worker_rss_mb``: each worker's resident memory at start, after warm-up
  (every reachable source polled once, plus a minute; else half-way) and at the end, and
  ``rss_growth_after_warmup_pct`` (the largest over workers); the parser
  processes are reported apart (``parser_rss_mb``);
* ``review_wait_ms``: p50 / p99 / max wall time of a review decision made while
  the workers ran (call to commit); ``queued`` the same for the part of it spent
  queueing for the writers' lock (PostgreSQL);
* ``load_average``: the machine's 1-minute load at the start, and the 1-, 5- and
  15-minute load at the end (other jobs sharing the CPUs slow everything);
* ``targets``: issue 12's targets, each with its value and whether it was met;
* ``worker_log_problems``: lines in the workers' logs with a traceback or a
  crashed ingest (should be 0).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, func, text  # noqa: E402
from sqlmodel import Session, col, select  # noqa: E402

import tracker.store.writes as writes  # noqa: E402
from tests.support.fault_farm import FAULT_KINDS, POISON, FaultFarm  # noqa: E402
from tests.support.workers import (  # noqa: E402
    WorkerProcess,
    add_sources,
    count,
    duplicate_rows,
    start_worker,
    wait_until,
    worker_env,
)
from tracker.core.errors import TrackerError  # noqa: E402
from tracker.runtime.services import review_pledge  # noqa: E402
from tracker.schema.db import is_sqlite, make_engine, normalise_url  # noqa: E402
from tracker.schema.migrate import upgrade  # noqa: E402
from tracker.schema.models import FetchLog, Pledge, Source, Worker, metadata  # noqa: E402

# What each injected fault must leave on its source.
EXPECTED_KINDS = {
    "failing": {"HTTPStatusError"},
    "hostile": {"ParseError", "NotAFeedError"},
    "bomb": {"TooLargeError"},
    "hang": {"FetchTimeoutError"},
    "poison": {"IntegrityError", "CheckViolation"},
    "oversized": {"Warning"},
}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--database-url", default="", help="default: a new SQLite file in a temp dir")
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--interval-minutes", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds before each answer")
    parser.add_argument("--entries", type=int, default=10, help="entries each feed shows")
    parser.add_argument("--new-every", type=float, default=300.0, help="seconds between new entries per feed")
    parser.add_argument(
        "--fault-share", type=float, default=0.06, help="share of feeds with an injected fault"
    )
    parser.add_argument("--sample-every", type=float, default=10.0, help="seconds between memory samples")
    parser.add_argument("--reset", action="store_true", help="empty every table of the database first")
    parser.add_argument("--log-dir", type=Path, help="keep the workers' logs here")
    return parser.parse_args(argv)


def _prepare_database(url: str, reset: bool) -> Engine:
    upgrade(url)
    engine = make_engine(url)
    with Session(engine) as session:
        existing = session.exec(select(func.count()).select_from(Source)).one()
    if existing and not reset:
        raise SystemExit(f"{url} already has {existing} sources: pass --reset to empty it first")
    with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            connection.execute(table.delete())
        # A real database error on one title (RELIABILITY 39), as the fault tests do.
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER IF EXISTS soak_poison"))
            connection.execute(
                text(
                    f"CREATE TRIGGER soak_poison BEFORE INSERT ON article WHEN NEW.title = '{POISON}' "
                    "BEGIN SELECT RAISE(ABORT, 'poisoned entry refused'); END"
                )
            )
        else:
            connection.execute(text("ALTER TABLE article DROP CONSTRAINT IF EXISTS soak_poison"))
            connection.execute(
                text(f"ALTER TABLE article ADD CONSTRAINT soak_poison CHECK (title <> '{POISON}')")
            )
    return engine


def _drop_poison(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER IF EXISTS soak_poison"))
        else:
            connection.execute(text("ALTER TABLE article DROP CONSTRAINT IF EXISTS soak_poison"))


def _farm(args: argparse.Namespace) -> FaultFarm:
    """Faults spread evenly over the feeds, one kind each in turn; 1% slow besides."""
    kinds = ("failing", *FAULT_KINDS)
    faulty = max(int(args.sources * args.fault_share), len(kinds))
    step = args.sources / faulty
    chosen = sorted({int(i * step + step / 2) for i in range(faulty)})
    faults = {feed: kinds[i % len(kinds)] for i, feed in enumerate(chosen)}
    failing = {feed for feed, kind in faults.items() if kind == "failing"}
    faults = {feed: kind for feed, kind in faults.items() if kind != "failing"}
    slow_step = 100 if args.sources >= 200 else max(args.sources // 2, 1)
    slow = {i: 5.0 for i in range(1, args.sources, slow_step) if i not in faults and i not in failing}
    return FaultFarm(
        feeds=args.sources,
        entries=args.entries,
        new_every_s=args.new_every,
        latency_s=args.latency,
        slow=slow,
        failing=failing,
        faults=faults,
    )


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Child processes of ``pid`` started by any of its threads (the parser starts from the tick's)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


class Sampler(threading.Thread):
    """Every few seconds: each worker's RSS and its parser processes' RSS."""

    def __init__(self, workers: list[WorkerProcess], every_s: float) -> None:
        super().__init__(daemon=True)
        self.workers, self.every_s = workers, every_s
        self.samples: list[tuple[float, list[int], list[int]]] = []
        self.stop = threading.Event()

    def sample(self) -> None:
        own = [_rss_kb(w.pid) for w in self.workers]
        parsers = [sum(_rss_kb(c) for c in _children(w.pid)) for w in self.workers]
        self.samples.append((time.monotonic(), own, parsers))

    def run(self) -> None:
        while not self.stop.wait(self.every_s):
            self.sample()

    def at(self, moment: float) -> tuple[list[int], list[int]]:
        after = [s for s in self.samples if s[0] >= moment] or self.samples[-1:]
        return after[0][1], after[0][2]


_real_serialise = writes.serialise_shared_writes


class Reviewer(threading.Thread):
    """Confirms or rejects a random pledge every second, timing each decision and the
    part of it spent queueing for the writers' lock."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.engine = make_engine(url)
        self.waits_ms: list[float] = []
        self.queued_ms: list[float] = []
        self.failures: Counter[str] = Counter()
        self.stop = threading.Event()

    def _timed_serialise(self, session: Session) -> None:
        started = time.perf_counter()
        _real_serialise(session)
        if threading.current_thread() is self:
            self.queued_ms.append(1000 * (time.perf_counter() - started))

    def run(self) -> None:
        writes.serialise_shared_writes = self._timed_serialise  # type: ignore[method-assign]
        rng = random.Random(12)
        ids: list[int] = []
        for turn in itertools.count():
            if self.stop.wait(1.0):
                return
            if turn % 30 == 0 or not ids:  # the newest pledges, refreshed every 30 s
                with Session(self.engine) as session:
                    ids = [
                        int(i)
                        for i in session.exec(select(Pledge.id).order_by(col(Pledge.id).desc()).limit(5000))
                    ]
            if not ids:
                continue
            pledge_id = rng.choice(ids)
            status = rng.choice(("confirmed", "rejected"))
            started = time.perf_counter()
            try:
                review_pledge(self.engine, pledge_id, status=status, reviewer="soak")
            except TrackerError as exc:  # a pledge replaced by re-extraction meanwhile
                self.failures[type(exc).__name__] += 1
                continue
            except Exception as exc:
                self.failures[type(exc).__name__] += 1
                continue
            self.waits_ms.append(1000 * (time.perf_counter() - started))


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def _spread(values: list[float]) -> dict[str, float | None]:
    return {
        "p50": round(statistics.median(values), 1) if values else None,
        "p99": round(_percentile(values, 0.99), 1),
        "max": round(max(values, default=0.0), 1),
    }


def _targets(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Issue 12's "done when" for the soak: each measure, its target, and whether it was met."""
    faults = result["faults"]
    unrecorded = sum(f["sources_unmarked"] for f in faults.values()) + result["unrecorded_fetches"]
    failing = {k: f for k, f in faults.items() if k != "oversized"}
    growth = result["rss_growth_after_warmup_pct"]
    review = result["review_wait_ms"]
    p99 = review["p99"]
    return {
        "duplicate fetches / rows": {
            "value": f"{result['duplicate_fetches']} / {result['duplicate_rows']}",
            "target": "0 / 0",
            "met": result["duplicate_fetches"] == 0 and result["duplicate_rows"] == 0,
        },
        "injected failures recorded on their source": {
            "value": f"{sum(f['failed_polls_recorded'] for f in failing.values())} failed polls recorded for "
            f"{sum(f['requests'] for f in failing.values())} requests to faulty feeds; "
            f"{unrecorded} fetches or sources unrecorded",
            "target": "every one (0 unrecorded)",
            "met": unrecorded == 0,
        },
        "worker memory growth after warm-up": {
            "value": f"{growth} %",
            "target": "under 10 %",
            "met": growth is not None and growth < 10.0,
        },
        "review decision wait p99": {
            "value": f"{p99} ms (p50 {review['p50']}, max {review['max']}; {review['count']} decisions)",
            "target": "under 1000 ms",
            "met": bool(review["count"]) and p99 < 1000.0,
        },
    }


def _fault_report(engine: Engine, farm: FaultFarm, ids: dict[int, int]) -> dict[str, Any]:
    kinds = {**{feed: "failing" for feed in farm.failing}, **farm.faults}
    report: dict[str, Any] = {}
    with Session(engine) as session:
        sources = {s.id: s for s in session.exec(select(Source))}
        failed_polls = dict(
            session.exec(
                select(FetchLog.source_id, func.count())
                .where(FetchLog.outcome == "error")
                .group_by(col(FetchLog.source_id))
            ).all()
        )
    for kind in EXPECTED_KINDS:
        feeds = sorted(feed for feed, k in kinds.items() if k == kind)
        polled = [feed for feed in feeds if sources[ids[feed]].last_checked_at is not None]
        unmarked = [
            feed
            for feed in polled
            if sources[ids[feed]].last_error_kind not in EXPECTED_KINDS[kind]
            or (kind != "oversized" and sources[ids[feed]].consecutive_failures == 0)
        ]
        report[kind] = {
            "feeds": len(feeds),
            "feeds_polled": len(polled),
            "requests": sum(len(farm.hits.get(feed, [])) for feed in feeds),
            "failed_polls_recorded": sum(failed_polls.get(ids[feed], 0) for feed in feeds),
            "sources_unmarked": len(unmarked),
        }
    return report


def _unrecorded_fetches(engine: Engine, farm: FaultFarm, ids: dict[int, int]) -> int:
    with Session(engine) as session:
        logged = dict(
            session.exec(select(FetchLog.source_id, func.count()).group_by(col(FetchLog.source_id))).all()
        )
    return sum(
        max(0, len(farm.hits.get(feed, [])) - logged.get(source_id, 0)) for feed, source_id in ids.items()
    )


def _warmed_up_at(engine: Engine, farm: FaultFarm, ids: dict[int, int]) -> float | None:
    """When every source that answers had one poll recorded, plus a minute (monotonic time)."""
    reachable = [ids[feed] for feed in range(farm.feeds) if farm.faults.get(feed) != "hang"]
    with Session(engine) as session:
        polled = session.exec(select(func.count(func.distinct(FetchLog.source_id)))).one()
    return time.monotonic() + 60.0 if polled >= len(reachable) else None


def _series(sampler: Sampler, started: float) -> list[tuple[int, float]]:
    """(minute, largest worker RSS in MB) once a minute: a plateau or a climb."""
    by_minute: dict[int, float] = {}
    for moment, own, _parsers in sampler.samples:
        by_minute[int((moment - started) // 60)] = round(max(own) / 1024, 1)
    return sorted(by_minute.items())


def _stop_all(workers: list[WorkerProcess]) -> list[int]:
    for worker in workers:
        worker.process.send_signal(signal.SIGTERM)
    return [worker.process.wait(400) for worker in workers]


def run_soak(args: argparse.Namespace, url: str, data_dir: Path) -> dict[str, Any]:
    engine = _prepare_database(url, args.reset)
    farm = _farm(args)
    source_ids = add_sources(
        engine, [farm.feed_url(i) for i in range(args.sources)], interval_minutes=args.interval_minutes
    )
    ids = dict(enumerate(source_ids))
    env = worker_env(
        url,
        data_dir,
        tick_seconds=1,
        max_body_bytes=1024 * 1024,
        max_backoff_minutes=args.interval_minutes,
    )
    log_dir = args.log_dir or data_dir
    log_dir.mkdir(parents=True, exist_ok=True)
    # A long grace: a worker stopped at the end finishes and records the source in hand
    # even when it queues behind other workers' writes.
    workers = [
        start_worker(env, log_dir / f"soak-worker{i}.log", "--grace", "300") for i in range(args.workers)
    ]
    wait_until(
        lambda: count(engine, Worker) == args.workers, timeout=120, what="workers to start", logs=workers
    )
    started = time.monotonic()
    load_at_start = round(os.getloadavg()[0], 2)
    sampler, reviewer = Sampler(workers, args.sample_every), Reviewer(url)
    sampler.sample()
    sampler.start()
    reviewer.start()
    warm: float | None = None
    deadline = started + args.seconds
    while time.monotonic() < deadline:
        time.sleep(min(5.0, max(deadline - time.monotonic(), 0)))
        if warm is None:
            warm = _warmed_up_at(engine, farm, ids)
        dead = [w for w in workers if w.process.poll() is not None]
        if dead:
            raise SystemExit(f"worker {dead[0].pid} died: {dead[0].output()[-2000:]}")
    reviewer.stop.set()
    reviewer.join(30)
    sampler.sample()
    sampler.stop.set()
    codes = _stop_all(workers)
    elapsed = time.monotonic() - started
    farm.close()
    start_rss, start_parsers = sampler.samples[0][1], sampler.samples[0][2]
    # Warm-up: every reachable source polled once plus a minute, or (when the workers
    # never got round every source) the first half of the run.
    warm_rss, warm_parsers = sampler.at(warm if warm is not None else started + args.seconds / 2)
    end_rss, end_parsers = sampler.samples[-1][1], sampler.samples[-1][2]
    with Session(engine) as session:
        errors = dict(
            session.exec(
                select(FetchLog.error_kind, func.count())
                .where(FetchLog.outcome == "error")
                .group_by(col(FetchLog.error_kind))
            ).all()
        )
        warnings = session.exec(
            select(func.count()).select_from(FetchLog).where(FetchLog.error_kind == "Warning")
        ).one()
    logs = "".join(w.output() for w in workers)
    growth = [100.0 * (end - w) / w for w, end in zip(warm_rss, end_rss, strict=True) if w]
    result = {
        "database": "sqlite" if is_sqlite(url) else "postgresql",
        "workers": args.workers,
        "sources": args.sources,
        "interval_minutes": args.interval_minutes,
        "seconds": round(elapsed, 1),
        "fetches": farm.fetches(),
        "duplicate_fetches": farm.duplicate_fetches(args.interval_minutes * 60.0),
        "duplicate_rows": duplicate_rows(engine),
        "polls": count(engine, FetchLog),
        "poll_errors": sum(errors.values()),
        "errors_by_kind": dict(sorted(errors.items(), key=lambda kv: str(kv[0]))),
        "polls_with_warnings": warnings,
        "unrecorded_fetches": _unrecorded_fetches(engine, farm, ids),
        "faults": _fault_report(engine, farm, ids),
        "worker_rss_mb": {
            "start": [round(kb / 1024, 1) for kb in start_rss],
            "after_warmup": [round(kb / 1024, 1) for kb in warm_rss],
            "end": [round(kb / 1024, 1) for kb in end_rss],
        },
        "parser_rss_mb": {
            "start": [round(kb / 1024, 1) for kb in start_parsers],
            "after_warmup": [round(kb / 1024, 1) for kb in warm_parsers],
            "end": [round(kb / 1024, 1) for kb in end_parsers],
        },
        "worker_rss_series_mb": _series(sampler, started),
        "warmed_up_after_s": round(warm - 60.0 - started, 1) if warm is not None else None,
        "rss_growth_after_warmup_pct": round(max(growth), 1) if growth else None,
        "review_wait_ms": {
            "count": len(reviewer.waits_ms),
            **_spread(reviewer.waits_ms),
            "queued": _spread(reviewer.queued_ms),
            "failed": dict(reviewer.failures),
        },
        "load_average": {
            "start_1min": load_at_start,
            "end_1_5_15min": [round(v, 2) for v in os.getloadavg()],
        },
        "worker_log_problems": sum(
            1 for line in logs.splitlines() if "Traceback" in line or "ingest crashed" in line
        ),
        "worker_exit_codes": codes,
    }
    result["targets"] = _targets(result)
    _drop_poison(engine)
    reviewer.engine.dispose()
    engine.dispose()
    return result


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-soak-") as folder:
        data_dir = Path(folder)
        url = normalise_url(args.database_url) if args.database_url else f"sqlite:///{data_dir / 'soak.db'}"
        result = run_soak(args, url, data_dir)
    for key in ("fetches", "duplicate_fetches", "duplicate_rows", "unrecorded_fetches", "poll_errors"):
        print(f"{key:>24}: {result[key]}", file=sys.stderr)
    load = result["load_average"]
    print(
        f"\n{result['workers']} workers, {result['sources']} feeds, {result['database']}, "
        f"{result['seconds']} s; load average {load['start_1min']} at the start, "
        f"{' / '.join(map(str, load['end_1_5_15min']))} (1 / 5 / 15 min) at the end",
        file=sys.stderr,
    )
    queued = result["review_wait_ms"]["queued"]
    if result["database"] == "postgresql":
        print(
            f"of the review decision wait, queueing for the writers' lock: p50 {queued['p50']} ms, "
            f"p99 {queued['p99']} ms, max {queued['max']} ms",
            file=sys.stderr,
        )
    print("\n| issue 12 target | result | target | |\n|---|---|---|---|", file=sys.stderr)
    for name, target in result["targets"].items():
        verdict = "met" if target["met"] else "MISSED"
        print(f"| {name} | {target['value']} | {target['target']} | {verdict} |", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
