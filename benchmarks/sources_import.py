"""Benchmark: adding 240 sources from one OPML file, as a user runs it.

    .venv/bin/python benchmarks/sources_import.py [--sources 240] [--one-by-one]

Writes an OPML file the way feed readers export one (folders of feeds, two
levels deep, title/text/htmlUrl/xmlUrl), then times, in a fresh SQLite
database each:

* ``cli``: ``tracker sources import FILE`` in a new process (start-up, reading
  the file, the checks of `sources add`, the writes), wall and CPU seconds;
  private addresses allowed, as this machine may have no DNS (the host check
  then has nothing to look up);
* ``with_lookups``: the same import in this process with every host looked
  up, each lookup made to take --lookup-ms (a real resolver's uncached
  answer) and to give a public address: what the SSRF guard adds, with one
  lookup per host and several in flight;
* ``one_by_one`` (with --one-by-one): ``tracker sources add URL`` once per
  source, as before `sources import` existed.

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = ("Departments", "Agencies", "Councils", "Parliament", "Devolved", "Regulators")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=240)
    parser.add_argument("--lookup-ms", type=float, default=30.0, help="time one host lookup takes")
    parser.add_argument("--one-by-one", action="store_true", help="also time `sources add` per source")
    return parser.parse_args(argv)


def feed_url(i: int) -> str:
    return f"https://news{i}.{FOLDERS[i % len(FOLDERS)].lower()}.example/feeds/press-releases.atom"


def opml(sources: int) -> str:
    """A feed reader's export: folders, a sub-folder in each, the feeds spread among them."""
    folders: dict[tuple[str, str], list[str]] = {}
    for i in range(sources):
        folder = FOLDERS[i % len(FOLDERS)]
        sub = f"{folder} {'AM'[i // len(FOLDERS) % 2]}-Z"
        title = f"Press releases {i} ({folder.lower()})"
        site = feed_url(i).split("/feeds/")[0] + "/"
        folders.setdefault((folder, sub), []).append(
            f'<outline type="rss" text={quoteattr(title)} title={quoteattr(title)} '
            f"xmlUrl={quoteattr(feed_url(i))} htmlUrl={quoteattr(site)}/>"
        )
    body = []
    for folder in FOLDERS:
        subs = [
            f'<outline text="{sub}" title="{sub}">{"".join(feeds)}</outline>'
            for (f, sub), feeds in folders.items()
            if f == folder
        ]
        body.append(f'<outline text="{folder}" title="{folder}">{"".join(subs)}</outline>')
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    head = "<head><title>Subscriptions</title></head>"
    return f'{declaration}<opml version="1.0">{head}<body>{"".join(body)}</body></opml>\n'


def _env(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "TRACKER_DATABASE_URL": f"sqlite:///{database}",
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
    }


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, CPU s with children, stdout) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read() if process.stderr else ''}")
    return wall, usage.ru_utime + usage.ru_stime, out


def run_cli(folder: Path, listing: Path) -> dict[str, Any]:
    tracker = [sys.executable, "-m", "tracker"]
    env = _env(folder / "cli.db")
    subprocess.run([*tracker, "db", "upgrade"], env=env, check=True, capture_output=True)
    wall, cpu, out = _timed([*tracker, "sources", "import", str(listing)], env)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "summary": out.strip().splitlines()[-1]}


def run_with_lookups(folder: Path, listing: Path, lookup_ms: float) -> dict[str, Any]:
    from tracker.core.config import load_settings
    from tracker.ingest import safety
    from tracker.ingest.source_list import read_source_list
    from tracker.runtime.services import import_sources
    from tracker.schema.db import make_engine
    from tracker.schema.migrate import upgrade

    url = f"sqlite:///{folder / 'lookups.db'}"
    upgrade(url)
    engine = make_engine(url)
    looked_up: list[str] = []

    def slow_public_resolve(host: str, _port: int) -> list[safety.IPAddress]:
        looked_up.append(host)
        time.sleep(lookup_ms / 1000)
        return [ipaddress.ip_address("93.184.216.34")]

    safety.resolve = slow_public_resolve  # type: ignore[assignment]
    settings = load_settings(database_url=url, allow_private_networks=False, seed_default_sources=False)
    started, cpu = time.perf_counter(), time.process_time()
    report = import_sources(engine, settings, read_source_list(listing.read_bytes()))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(report.added) == len(looked_up), (len(report.added), len(looked_up), report.refused[:3])
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "lookups": len(looked_up),
        "added": len(report.added),
    }


def run_one_by_one(folder: Path, sources: int) -> dict[str, Any]:
    tracker = [sys.executable, "-m", "tracker"]
    env = _env(folder / "one.db")
    subprocess.run([*tracker, "db", "upgrade"], env=env, check=True, capture_output=True)
    wall = cpu = 0.0
    for i in range(sources):
        spent_wall, spent_cpu, _ = _timed([*tracker, "sources", "add", feed_url(i)], env)
        wall, cpu = wall + spent_wall, cpu + spent_cpu
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    result: dict[str, Any] = {"sources": args.sources}
    with tempfile.TemporaryDirectory(prefix="tracker-import-bench-") as name:
        folder = Path(name)
        listing = folder / "subscriptions.opml"
        listing.write_text(opml(args.sources), encoding="utf-8")
        result["opml_kib"] = round(listing.stat().st_size / 1024, 1)
        result["cli"] = run_cli(folder, listing)
        result["with_lookups"] = {
            "lookup_ms": args.lookup_ms,
            **run_with_lookups(folder, listing, args.lookup_ms),
        }
        if args.one_by_one:
            result["one_by_one"] = run_one_by_one(folder, args.sources)
    print(f"{args.sources} sources from one OPML file ({result['opml_kib']} KiB):")
    print(f"  tracker sources import: {result['cli']['wall_s']} s wall, {result['cli']['cpu_s']} s CPU")
    print(f"    {result['cli']['summary']}")
    lookups = result["with_lookups"]
    print(
        f"  in-process, {lookups['lookups']} host lookups of {args.lookup_ms:g} ms each: "
        f"{lookups['wall_s']} s wall, {lookups['cpu_s']} s CPU"
    )
    if "one_by_one" in result:
        print(f"  tracker sources add, one at a time: {result['one_by_one']['wall_s']} s wall")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
