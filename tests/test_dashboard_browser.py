"""The dashboard served by `streamlit run` and driven in headless Chromium.

Skips when /usr/bin/chromium (Debian's package; Playwright cannot download
browsers here) is missing. Screenshots go to $TRACKER_SCREENSHOTS/seeded/, else
test-artifacts/dashboard/.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page, sync_playwright

from tests.dashboard_seed import XSS_TITLE, seed_url
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, ROOT, served_dashboard
from tracker.schema.migrate import upgrade

ARTIFACTS = ROOT / "test-artifacts" / "dashboard"
NAV = {
    "Commitments": "commitments",
    "Pledges explorer": "explorer",
    "Timeline": "timeline",
    "Sources": "sources",
    "Review": "review",
    "Method": "method",
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'dash.db'}"
    upgrade(url)
    seed_url(url)
    with served_dashboard(url, folder / "streamlit.log") as base:
        yield base


@pytest.fixture(scope="module")
def browser_page(server: str) -> Iterator[tuple[Page, list[str]]]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 2400})
        page.set_default_timeout(30_000)

        def on_dialog(dialog: Dialog) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        yield page, dialogs
        browser.close()


def _settle(page: Page) -> None:
    """Wait until Streamlit has finished running the script. The app's script state is
    "initial" until the first run ends: without it, a page just opened counted as settled
    before its script had started (no status widget yet), under load."""
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_function(
        """() => document.querySelector('[data-testid="stApp"]')
                   .getAttribute('data-test-script-state') === 'notRunning'
              && !document.querySelector('[data-testid="stStatusWidget"]')""",
        timeout=30_000,
    )
    page.wait_for_timeout(500)


def test_overview_draws_its_plotly_charts(server: str, browser_page: tuple[Page, list[str]]) -> None:
    page, dialogs = browser_page
    page.goto(server)
    page.wait_for_selector(".js-plotly-plot")
    _settle(page)
    assert page.locator(".js-plotly-plot").count() >= 2
    assert page.get_by_text("New money pledged").is_visible()
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    assert not dialogs


def test_navigation_reaches_every_page(server: str, browser_page: tuple[Page, list[str]]) -> None:
    page, dialogs = browser_page
    page.goto(server)
    _settle(page)
    for label, name in NAV.items():
        page.get_by_test_id("stSidebarNav").get_by_text(label, exact=True).click()
        page.wait_for_url(f"**/{name}")
        _settle(page)
        heading = {"explorer": "Pledges explorer"}.get(name, label)
        assert page.get_by_role("heading", name=heading).first.is_visible()
        errors = page.get_by_test_id("stException")
        assert errors.count() == 0, errors.all_inner_texts()
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert not dialogs


def test_a_filter_changes_the_table(server: str, browser_page: tuple[Page, list[str]]) -> None:
    page, _ = browser_page
    page.goto(f"{server}/explorer")
    _settle(page)
    assert page.get_by_text("255 matching pledges").is_visible()
    box = page.get_by_label("Person or unit contains")
    box.fill("Unit 105")
    box.press("Enter")
    page.get_by_text("1 matching pledges").wait_for()
    _settle(page)
    page.screenshot(path=str(ARTIFACTS / "explorer-filtered.png"), full_page=True)


def test_an_xss_title_is_shown_as_text(server: str, browser_page: tuple[Page, list[str]]) -> None:
    page, dialogs = browser_page
    page.goto(f"{server}/explorer")
    _settle(page)
    box = page.get_by_label("Recipient contains")
    box.fill("alert(2)")
    box.press("Enter")
    page.get_by_text("1 matching pledges").wait_for()
    _settle(page)
    title = page.get_by_text(XSS_TITLE, exact=True)
    title.wait_for()
    assert title.is_visible()
    assert page.locator("img[src='x']").count() == 0
    page.screenshot(path=str(ARTIFACTS / "explorer-xss.png"), full_page=True)
    assert not dialogs


def test_every_page_asks_for_plotly_code_with_its_html(
    server: str, browser_page: tuple[Page, list[str]]
) -> None:
    """The served page's HTML names Plotly's chunk for preloading (dashboard/preloading.py),
    and the browser fetches it once, with the page, before any chart has arrived."""
    page, _ = browser_page
    for name in ("", *NAV.values()):
        with urllib.request.urlopen(f"{server}/{name}", timeout=10) as response:
            link = response.headers["Link"]
        assert link is not None and link.endswith("; rel=modulepreload"), name
    chunk = link.split(">")[0].removeprefix("<./")
    assert chunk.startswith("static/js/PlotlyChart.")
    with urllib.request.urlopen(f"{server}/{chunk}", timeout=10) as response:
        assert response.status == 200
        assert "javascript" in response.headers["Content-Type"]
    fetched: list[str] = []
    context = page.context.browser.new_context() if page.context.browser else None
    assert context is not None
    fresh = context.new_page()  # an empty cache: the first visit's requests
    fresh.on("request", lambda request: fetched.append(request.url))
    fresh.goto(f"{server}/method")  # a page without charts: only the preload fetches it
    _settle(fresh)
    context.close()
    assert fetched.count(f"{server}/{chunk}") == 1
