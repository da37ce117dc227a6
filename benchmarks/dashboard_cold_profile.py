"""Where the Overview's cold visit goes: one first visit after the server starts, timed.

    .venv/bin/python benchmarks/dashboard_cold_profile.py                  # SQLite
    .venv/bin/python benchmarks/dashboard_cold_profile.py \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_dash
    .venv/bin/python benchmarks/dashboard_cold_profile.py --trace /tmp/cold.json  # + Chromium trace

The same server, browser and "rendered" rule as benchmarks/dashboard_browser.py
(the database is the one it uses). Prints, in seconds from the document's
request: the large downloads (Plotly's chunk among them), the WebSocket's
messages from the server (the first chart's is the first over 5 kB), when the
app, the title, the first metric and each chart appeared, the main thread's
long tasks (over 80 ms: Plotly's evaluation and drawing), and the CPU seconds
Chromium's processes and the server spent. A trace opens in Chromium's
performance panel or Perfetto.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dashboard_browser import _RENDERED, QUIET_MS, _ensure_database  # noqa: E402
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, served_dashboard  # noqa: E402

# DOM milestones and long tasks, stamped in the page (performance.now()).
MILESTONES = r"""(() => {
  window.__marks = [];
  const seen = new Set();
  const mark = name => {
    if (!seen.has(name)) { seen.add(name); window.__marks.push([name, performance.now(), 0]); }
  };
  new MutationObserver(() => {
    if (document.querySelector('[data-testid="stApp"]')) mark('app shown');
    if (document.querySelector('[data-testid="stMain"] h1')) mark('title');
    if (document.querySelector('[data-testid="stMetric"]')) mark('first metric');
    document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((c, i) => {
      mark('chart ' + i + ' element');
      if (c.querySelector('.main-svg')) mark('chart ' + i + ' drawn');
    });
  }).observe(document, {subtree: true, childList: true, attributes: true});
  new PerformanceObserver(list => list.getEntries().forEach(
    e => window.__marks.push(['long task', e.startTime, e.duration]))
  ).observe({type: 'longtask', buffered: true});
})();"""
TRACE_CATEGORIES = [
    "devtools.timeline", "v8", "blink", "loading", "toplevel",
    "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler",
]  # fmt: skip
LARGE_BYTES = 100_000


def cpu_seconds_of_children() -> dict[str, float]:
    """CPU seconds (user + system) of this process's descendants: Chromium's and the server's."""
    stats: dict[int, tuple[int, str, int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                raw = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = raw[raw.rindex(")") + 2 :].split()
            stats[int(entry)] = (
                int(fields[1]),
                raw[raw.index("(") + 1 : raw.rindex(")")],
                int(fields[11]) + int(fields[12]),
            )
    family, grown = {os.getpid()}, True
    while grown:
        grown = False
        for pid, (parent, _name, _ticks) in stats.items():
            if parent in family and pid not in family:
                family.add(pid)
                grown = True
    totals: dict[str, float] = {}
    for pid in family - {os.getpid()}:
        _parent, name, ticks = stats[pid]
        kind = "chromium" if "chrom" in name else "server" if "python" in name else "other"
        totals[kind] = totals.get(kind, 0.0) + ticks / os.sysconf("SC_CLK_TCK")
    return totals


def profile(base: str, trace: Path | None) -> None:
    network: dict[str, dict[str, Any]] = {}
    frames: list[tuple[float, int]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", lambda e: network.setdefault(e["requestId"], {}).update(
            url=e["request"]["url"], start=e["timestamp"], wall=e["wallTime"]))  # fmt: skip
        cdp.on("Network.loadingFinished", lambda e: network.setdefault(e["requestId"], {}).update(
            end=e["timestamp"], size=e["encodedDataLength"]))  # fmt: skip
        cdp.on("Network.webSocketFrameReceived", lambda e: frames.append(
            (e["timestamp"], len(e["response"]["payloadData"]))))  # fmt: skip
        page.add_init_script(MILESTONES)
        page.goto("about:blank")
        if trace:
            browser.start_tracing(page=page, path=str(trace), categories=TRACE_CATEGORIES)
        cpu_before = cpu_seconds_of_children()
        started = time.perf_counter()
        page.goto(f"{base}/")
        page.wait_for_function(_RENDERED, arg=[QUIET_MS, "Overview"], timeout=120_000, polling=50)
        total = time.perf_counter() - started - QUIET_MS / 1000
        cpu_after = cpu_seconds_of_children()
        marks: list[list[Any]] = page.evaluate("window.__marks")
        time_origin: float = page.evaluate("performance.timeOrigin") / 1000
        if trace:
            browser.stop_tracing()
        browser.close()
    requests = sorted(
        (r for r in network.values() if "start" in r and "127.0.0.1" in r["url"]), key=lambda r: r["start"]
    )
    origin = requests[0]["start"]
    print(f"Overview cold: {total:.2f} s rendered; {len(requests)} requests (seconds from the document's)")
    for request in requests:
        if request.get("size", 0) >= LARGE_BYTES:
            start, end = request["start"] - origin, request.get("end", origin) - origin
            print(
                f"  {start:6.3f} -> {end:6.3f}  {request['size']:>9,} B  {request['url'].rsplit('/', 1)[-1]}"
            )
    if frames:
        big = [stamp - origin for stamp, size in frames if size > 5_000]
        first_frame, last_frame = frames[0][0] - origin, frames[-1][0] - origin
        print(f"  WebSocket: {len(frames)} messages from {first_frame:.3f} to {last_frame:.3f}")
        if big:
            print(f"  {big[0]:6.3f}  first message over 5 kB (the first chart)")
    shift = requests[0]["wall"] - time_origin  # the page's clock starts at navigation, before the request
    for name, stamp, duration in sorted(marks, key=lambda mark: float(mark[1])):
        at = stamp / 1000 - shift
        if name != "long task":
            print(f"  {at:6.3f}  {name}")
        elif duration > 80:
            print(f"  {at:6.3f}  long task of {duration / 1000:.3f} s")
    spent = {kind: cpu_after.get(kind, 0.0) - cpu_before.get(kind, 0.0) for kind in cpu_after}
    print("  CPU seconds: " + ", ".join(f"{kind} {seconds:.2f}" for kind, seconds in sorted(spent.items())))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="default: the SQLite file benchmarks/dashboard.py builds")
    parser.add_argument("--pledges", type=int, default=1_000_000)
    parser.add_argument("--trace", type=Path, help="also write a Chromium trace (JSON) here")
    args = parser.parse_args(argv)
    url = _ensure_database(args.database_url, args.pledges)
    with tempfile.TemporaryDirectory() as folder, served_dashboard(url, Path(folder) / "log", 90) as base:
        profile(base, args.trace)


if __name__ == "__main__":
    main()
