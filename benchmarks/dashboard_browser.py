"""Dashboard pages in headless Chromium at 1M pledges: cold and warm render times.

    .venv/bin/python benchmarks/dashboard_browser.py                      # SQLite
    .venv/bin/python benchmarks/dashboard_browser.py \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_dash

The database is the one `benchmarks/dashboard.py` builds (1,000,000 pledges over
10 years; built first when it is missing, reused when it is there). The
dashboard is served as `tracker run` serves it (dashboard/serve.py: `streamlit
run` with the app's imports, engines and the Overview's queries done before the
first visit) and driven by Debian's Chromium through Playwright at 1400x900.

A page counts as rendered when Streamlit has finished running its script (no
status widget), every Plotly chart on it has drawn, and the page has not
changed for a quiet interval; the interval is subtracted from the figure.
"Cold" is the first visit of each page after the server starts (nothing in the
browser's cache; on the server only what dashboard/serve.py prepares); "warm" is the best of --repeat
later visits (a navigation within the app, as a user moves between pages).
Targets from issue 13: under 3 s cold and 1 s warm.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, served_dashboard  # noqa: E402

# (label in the sidebar, URL path)
PAGES = (
    ("Overview", ""),
    ("Commitments", "commitments"),
    ("Pledges explorer", "explorer"),
    ("Timeline", "timeline"),
    ("Sources", "sources"),
    ("Review", "review"),
    ("Method", "method"),
)
QUIET_MS = 300
COLD_TARGET_S, WARM_TARGET_S = 3.0, 1.0

# True once Streamlit has finished running the page's script (the app says so in
# data-test-script-state), the page's own title is shown (after a sidebar click the
# previous page stays on screen until the rerun replaces it), no element waits for
# its code (a lazy element shows a stSkeleton until its chunk, Plotly's among
# them, has loaded) or is stale, every chart has drawn, and the DOM size has
# stayed the same for QUIET_MS (nothing still arriving). Without the first three,
# a page counted as rendered while its script was still running on the server or
# before its charts existed, whenever the screen happened to be still for QUIET_MS.
_RENDERED = """([quietMs, title]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const busy = document.querySelector(
    '[data-testid="stStatusWidget"], [data-testid="stSkeleton"], [data-stale="true"]');
  const heading = document.querySelector('[data-testid="stMain"] h1');
  const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
  const done = app && app.getAttribute('data-test-script-state') === 'notRunning';
  const shown = heading && heading.textContent.trim() === title;
  if (!done || !shown || busy || charts.some(c => !c.querySelector('.main-svg'))) {
    window.__quietSince = null;
    window.__lastSize = null;
    return false;
  }
  const size = document.body.innerHTML.length;
  if (window.__lastSize !== size) {
    window.__lastSize = size;
    window.__quietSince = performance.now();
    return false;
  }
  return performance.now() - window.__quietSince >= quietMs;
}"""


def _ensure_database(url: str | None, pledges: int) -> str:
    """Build (or reuse) the benchmark database with benchmarks/dashboard.py; returns its URL."""
    command = [sys.executable, str(ROOT / "benchmarks" / "dashboard.py"), "--generate-only"]
    command += ["--pledges", str(pledges)]
    if url:
        command += ["--database-url", url]
    subprocess.run(command, check=True, cwd=ROOT)
    if url:
        return url
    return f"sqlite:///{Path(tempfile.gettempdir()) / 'tracker-bench' / f'dashboard-{pledges}.db'}"


def _rendered_after(page: Page, action: str, target: str, title: str) -> float:
    """Seconds from ``action`` (goto or a sidebar click) until the page titled ``title``
    has rendered."""
    page.evaluate("() => { window.__lastSize = null; window.__quietSince = null; }")
    started = time.perf_counter()
    if action == "goto":
        page.goto(target)
    else:
        page.get_by_test_id("stSidebarNav").get_by_text(target, exact=True).click()
    page.wait_for_function(_RENDERED, arg=[QUIET_MS, title], timeout=120_000, polling=50)
    if page.get_by_test_id("stException").count():
        raise RuntimeError(f"{target}: the page raised an exception")
    return time.perf_counter() - started - QUIET_MS / 1000


def measure(base: str, repeat: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto("about:blank")
        for label, path in PAGES:
            cold = _rendered_after(page, "goto", f"{base}/{path}", label)
            results[label] = {"cold_s": round(cold, 3)}
        for _ in range(repeat):
            for label, _path in PAGES:
                warm = _rendered_after(page, "click", label, label)
                best = results[label].get("warm_s", float("inf"))
                results[label]["warm_s"] = round(min(best, warm), 3)
        browser.close()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="default: the SQLite file benchmarks/dashboard.py builds")
    parser.add_argument("--pledges", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="warm visits per page: best of N")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.exit(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set TRACKER_BROWSER)")
    url = _ensure_database(args.database_url, args.pledges)
    with tempfile.TemporaryDirectory() as folder, served_dashboard(url, Path(folder) / "log", 90) as base:
        results = measure(base, args.repeat)
    store = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    print(f"\n{store}, {args.pledges:,} pledges, Chromium 1400x900 (targets: cold < 3 s, warm < 1 s)")
    print(f"{'page':<18} {'cold':>8} {'warm':>8}")
    for label, figures in results.items():
        cold, warm = figures["cold_s"], figures["warm_s"]
        flag = "" if cold < COLD_TARGET_S and warm < WARM_TARGET_S else "  over target"
        print(f"{label:<18} {cold:7.2f}s {warm:7.2f}s{flag}")
    print(json.dumps({"store": store, "pledges": args.pledges, "pages": results}))


if __name__ == "__main__":
    main()
