"""Benchmark: CPU per entry of a first ingest, the tracker beside lemon24/reader and feedparser alone.

    .venv/bin/pip install -e ".[bench]"      # reader, for the side-by-side
    .venv/bin/python benchmarks/ingest.py [--feeds 40] [--entries 50] [--words 300]

A feed server in its own process on 127.0.0.1 serves generated RSS feeds
(tests/support/feed_farm.py: invented announcements padded with background
prose to about --words words, one or two pledges each, ETag and 304). Then, on
the same URLs:

* tracker: a first ingest of every feed into a fresh SQLite database
  (``ingest_due``: fetch, parse in the parser process, extract, store, link
  commitments, refresh the monthly summary), then a second pass where every
  feed answers 304 Not Modified;
* reader: ``update_feeds`` into a fresh reader database, then again (304s);
* feedparser: ``feedparser.parse`` of the same feed bytes, nothing else.

How CPU is counted: user + system time of this process over the pass
(``time.process_time``), plus, for the tracker, the CPU its parser process used
over the pass (read from /proc/PID/stat; Linux). The feed server runs in
another process and is not counted; reader and feedparser parse in this
process. Imports, the parser process start, schema creation and adding the
sources happen before the clock starts, for every contender: each first ingests
one more feed, outside the measured set, into the same database, so that the
statement caches of the database engine are warm, as in a long-running
``tracker run`` (an engine compiles each statement once in its life). Per entry means divided by the
entries the first pass stored (feeds x entries).

The tracker's breakdown comes from timers around the pipeline's phases during
the measured first pass: fetch, parse (this process's side plus the parser
process), extract, store (articles), pledges (each article's pledge rows; a feed's
new pledges are inserted by linking, already linked), link (commitments), summary
(monthly totals); "other" is the rest:
transactions, source health, the fetch log. ``--cprofile FILE`` also
writes a cProfile of a separate first pass, for digging deeper.

The all-304 pass is also run as a user runs it, ``tracker ingest --source ...``
in a new process, start-up included (``cli_304``).

The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.feed_farm import FeedFarm  # noqa: E402

PHASES = ("fetch", "parse", "extract", "store", "pledges", "link", "summary")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--entries", type=int, default=50, help="entries per feed")
    parser.add_argument("--words", type=int, default=300, help="words per entry body")
    parser.add_argument("--no-reader", action="store_true", help="skip reader (not installed)")
    parser.add_argument("--no-cli", action="store_true", help="skip the `tracker ingest` 304 pass")
    parser.add_argument("--cprofile", type=Path, help="write a cProfile of a first ingest here")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- the feed server, in its own process ---------------------------------------------------------


def _serve(args: argparse.Namespace) -> None:
    farm = FeedFarm(feeds=args.feeds, entries=args.entries, words=args.words)
    print(farm.base_url, flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    farm.close()


@contextlib.contextmanager
def feed_server(args: argparse.Namespace) -> Iterator[str]:
    # One feed more than measured: the warm-up feed (the last).
    command = [sys.executable, __file__, "--serve", "--feeds", str(args.feeds + 1)]
    command += ["--entries", str(args.entries), "--words", str(args.words)]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield server.stdout.readline().strip()
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)


# --- CPU accounting ------------------------------------------------------------------------------


def _cpu_s(pid: int | None) -> float:
    """CPU seconds a running process has used so far (Linux /proc)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _parser_pid() -> int | None:
    from tracker.ingest.parser_process import shared_worker

    return shared_worker().pid


def measure(run: Callable[[], Any], *, with_parser: bool = False) -> tuple[float, float, float]:
    """(CPU seconds in this process, CPU seconds of the parser process, wall seconds) of ``run()``."""
    parser_before = _cpu_s(_parser_pid()) if with_parser else 0.0
    cpu_before, wall_before = time.process_time(), time.perf_counter()
    run()
    cpu, wall = time.process_time() - cpu_before, time.perf_counter() - wall_before
    parser = _cpu_s(_parser_pid()) - parser_before if with_parser else 0.0
    return cpu, parser, wall


class PhaseTimers:
    """CPU seconds spent inside the pipeline's phase functions, by phase.

    A phase called inside another (pledges inside storing entries) is taken out
    of the outer one.
    """

    def __init__(self) -> None:
        self.spent = dict.fromkeys(PHASES, 0.0)
        self._inner: list[float] = []
        self.extract: Callable[..., Any] | None = None

    def wrap(self, phase: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                inner = self._inner.pop()
                self.spent[phase] += elapsed - inner
                if self._inner:
                    self._inner[-1] += elapsed

        return timed

    @contextlib.contextmanager
    def installed(self) -> Iterator[PhaseTimers]:
        from tracker.runtime import pipeline
        from tracker.store import articles, polls, settle

        targets = [
            (pipeline, "fetch", "fetch"),
            (pipeline, "parse_feed", "parse"),
            (pipeline, "known_entries", "store"),
            (polls, "store_entries", "store"),
            (articles, "replace_pledges_of", "pledges"),
            (articles, "hold_pledges_of", "pledges"),  # new articles' pledges, inserted by linking
            (polls, "link_new_pledges", "link"),
            (polls, "settle", "link"),  # a feed's few new articles link in the store's transaction
            (polls, "refresh_months", "summary"),
            (settle, "refresh_months", "summary"),
        ]
        # The extractor comes in through the pipeline's seams (see Tracker.ingest).
        self.extract = self.wrap("extract", pipeline.extract)
        originals = [(module, name, getattr(module, name)) for module, name, _ in targets]
        for module, name, phase in targets:
            setattr(module, name, self.wrap(phase, getattr(module, name)))
        try:
            yield self
        finally:
            for module, name, original in originals:
                setattr(module, name, original)


# --- the contenders ------------------------------------------------------------------------------


class Tracker:
    def __init__(self, folder: Path, name: str) -> None:
        from tracker.core.config import load_settings
        from tracker.schema.db import make_engine
        from tracker.schema.migrate import upgrade

        self.url = f"sqlite:///{folder / f'{name}.db'}"
        upgrade(self.url)
        self.engine = make_engine(self.url)
        self.settings = load_settings(
            database_url=self.url, allow_private_networks=True, seed_default_sources=False
        )
        self.ids: list[int] = []

    def add(self, urls: list[str]) -> list[int]:
        from tracker.core.clock import utcnow
        from tracker.schema.db import session_scope
        from tracker.store.sources import add_source

        with session_scope(self.engine) as session:
            return [add_source(session, url, now=utcnow()).id or 0 for url in urls]

    def ingest(self, extract: Any = None, source_ids: list[int] | None = None) -> list[Any]:
        from tracker.runtime.pipeline import REAL, Seams, ingest_due

        seams = Seams(extract=extract) if extract else REAL
        ids = self.ids if source_ids is None else source_ids
        reports = ingest_due(self.engine, self.settings, source_ids=ids, seams=seams)
        failed = [r for r in reports if r.outcome == "error"]
        assert not failed, failed[0].error
        return reports


class Reader:
    def __init__(self, folder: Path, name: str) -> None:
        from reader import make_reader

        self.reader = make_reader(str(folder / f"{name}.reader.sqlite"))

    def add(self, urls: list[str]) -> None:
        for url in urls:
            self.reader.add_feed(url)

    def warm_up(self, url: str) -> None:
        """Ingest one feed outside the measured set, then leave it out of later updates."""
        self.add([url])
        self.reader.update_feed(url)
        self.reader.disable_feed_updates(url)

    def ingest(self) -> None:
        self.reader.update_feeds(scheduled=False)

    def entries(self) -> int:
        return self.reader.get_entry_counts().total or 0


def _bodies(urls: list[str]) -> list[bytes]:
    bodies = []
    for url in urls:
        with urllib.request.urlopen(url, timeout=30) as answer:
            bodies.append(answer.read())
    return bodies


def _per_entry_ms(seconds: float, entries: int) -> float:
    return round(1000 * seconds / entries, 3)


def run_tracker(folder: Path, urls: list[str], warm_url: str, entries: int) -> dict[str, Any]:
    tracker = Tracker(folder, "tracker")
    # Imports, the parser process, the extractor's patterns and this engine's statement cache.
    tracker.ingest(source_ids=tracker.add([warm_url]))
    warm_entries = _count(tracker.url, "article")
    tracker.ids = tracker.add(urls)
    timers = PhaseTimers()
    with timers.installed():
        cpu, parser, wall = measure(lambda: tracker.ingest(timers.extract), with_parser=True)
    reports: list[Any] = []
    cpu304, parser304, wall304 = measure(lambda: reports.extend(tracker.ingest()), with_parser=True)
    assert {r.outcome for r in reports} == {"not_modified"}, {r.outcome for r in reports}
    stored = _count(tracker.url, "article") - warm_entries
    assert stored == entries, f"tracker stored {stored} of {entries} entries"
    spent = timers.spent
    spent["parse"] += parser
    total = cpu + parser
    breakdown = {phase: _per_entry_ms(spent[phase], entries) for phase in PHASES}
    breakdown["other"] = _per_entry_ms(total - sum(spent.values()), entries)
    whole = sum(breakdown.values()) or 1.0
    return {
        "cpu_ms_per_entry": _per_entry_ms(total, entries),
        "parser_process_ms_per_entry": _per_entry_ms(parser, entries),
        "wall_s": round(wall, 2),
        "breakdown_ms_per_entry": breakdown,
        "breakdown_share": {phase: round(ms / whole, 3) for phase, ms in breakdown.items()},
        "pass_304_cpu_ms_per_feed": round(1000 * (cpu304 + parser304) / len(urls), 2),
        "pass_304_wall_s": round(wall304, 2),
        "pledges": _count(tracker.url, "pledge"),
        "database_url": tracker.url,
        "source_ids": tracker.ids,
    }


def _count(url: str, table: str) -> int:
    import sqlite3

    with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def run_reader(folder: Path, urls: list[str], warm_url: str, entries: int) -> dict[str, Any]:
    reader = Reader(folder, "reader")
    reader.warm_up(warm_url)
    warm_entries = reader.entries()
    reader.add(urls)
    cpu, _, wall = measure(reader.ingest)
    cpu304, _, wall304 = measure(reader.ingest)
    stored = reader.entries() - warm_entries
    assert stored == entries, f"reader stored {stored} of {entries} entries"
    return {
        "cpu_ms_per_entry": _per_entry_ms(cpu, entries),
        "wall_s": round(wall, 2),
        "pass_304_cpu_ms_per_feed": round(1000 * cpu304 / len(urls), 2),
        "pass_304_wall_s": round(wall304, 2),
    }


def run_feedparser(bodies: list[bytes], entries: int) -> dict[str, Any]:
    import feedparser

    feedparser.parse(bodies[0])  # warm up
    parsed: list[int] = []
    cpu, _, wall = measure(lambda: parsed.extend(len(feedparser.parse(body).entries) for body in bodies))
    assert sum(parsed) == entries, f"feedparser read {sum(parsed)} of {entries} entries"
    return {"cpu_ms_per_entry": _per_entry_ms(cpu, entries), "wall_s": round(wall, 2)}


def run_cli_304(database_url: str, source_ids: list[int]) -> dict[str, Any]:
    """`tracker ingest --source ...` on feeds that all answer 304: start-up, schema check, the pass."""
    env = {
        **os.environ,
        "TRACKER_DATABASE_URL": database_url,
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
    }
    command = [sys.executable, "-m", "tracker", "ingest"]
    command += [arg for source_id in source_ids for arg in ("--source", str(source_id))]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    assert os.waitstatus_to_exitcode(status) == 0, process.stderr.read() if process.stderr else ""
    return {"wall_s": round(wall, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2)}


def write_cprofile(folder: Path, urls: list[str], warm_url: str, target: Path) -> None:
    tracker = Tracker(folder, "profiled")
    tracker.ingest(source_ids=tracker.add([warm_url]))
    tracker.ids = tracker.add(urls)
    profile = cProfile.Profile()
    profile.runcall(tracker.ingest)
    profile.dump_stats(target)


def _ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    if args.serve:
        _serve(args)
        return
    entries = args.feeds * args.entries
    result: dict[str, Any] = {"feeds": args.feeds, "entries": entries, "words": args.words}
    with tempfile.TemporaryDirectory(prefix="tracker-ingest-bench-") as folder, feed_server(args) as base:
        urls = [f"{base}/feed/{i}.xml" for i in range(args.feeds)]
        bodies = _bodies(urls)
        result["feed_kib"] = round(sum(map(len, bodies)) / 1024 / len(bodies), 1)
        warm_url = f"{base}/feed/{args.feeds}.xml"
        tracker = run_tracker(Path(folder), urls, warm_url, entries)
        result["tracker"] = {k: v for k, v in tracker.items() if k not in ("database_url", "source_ids")}
        if not args.no_reader:
            result["reader"] = run_reader(Path(folder), urls, warm_url, entries)
        result["feedparser"] = run_feedparser(bodies, entries)
        if not args.no_cli:
            result["cli_304"] = run_cli_304(tracker["database_url"], tracker["source_ids"])
        if args.cprofile:
            write_cprofile(Path(folder), urls, warm_url, args.cprofile)
    per_entry = result["tracker"]["cpu_ms_per_entry"]
    if "reader" in result:
        result["tracker_over_reader"] = _ratio(per_entry, result["reader"]["cpu_ms_per_entry"])
    result["tracker_over_feedparser"] = _ratio(per_entry, result["feedparser"]["cpu_ms_per_entry"])
    _print(result)
    print(json.dumps(result))


def _print(result: dict[str, Any]) -> None:
    print(
        f"{result['feeds']} feeds x {result['entries'] // result['feeds']} entries "
        f"(~{result['words']} words, {result['feed_kib']} KiB a feed), first ingest, CPU per entry:"
    )
    for name in ("tracker", "reader", "feedparser"):
        if name in result:
            figures = result[name]
            print(f"  {name:<11} {figures['cpu_ms_per_entry']:8.3f} ms   (wall {figures['wall_s']} s)")
    if "tracker_over_reader" in result:
        print(f"  tracker/reader     {result['tracker_over_reader']}x")
    print(f"  tracker/feedparser {result['tracker_over_feedparser']}x")
    print("tracker breakdown, ms per entry:")
    for phase, ms in result["tracker"]["breakdown_ms_per_entry"].items():
        share = result["tracker"]["breakdown_share"][phase]
        print(f"  {phase:<8} {ms:8.3f}  {100 * share:5.1f}%")
    print("all-304 second pass, CPU per feed:")
    for name in ("tracker", "reader"):
        if name in result:
            print(f"  {name:<8} {result[name]['pass_304_cpu_ms_per_feed']:8.2f} ms")
    if "cli_304" in result:
        cli = result["cli_304"]
        print(f"  `tracker ingest` process, start-up included: {cli['cpu_s']} s CPU, {cli['wall_s']} s wall")


if __name__ == "__main__":
    main()
