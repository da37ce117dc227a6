"""What a journalist sees in real headless Chromium (issue 11): every page at 1400x900
without "None", exceptions or field names, one period across pages, review beside its
source, and sample data marked and removed with one click.

Full-page screenshots of every page go to the directory named by TRACKER_SCREENSHOTS
(default: a temporary directory), so CI can keep them for a reviewer.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.dashboard_seed import seed_url
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, served_dashboard
from tests.test_dashboard_browser import _settle
from tests.test_dashboard_trust_apptest import SAMPLE_PUBLISHER, add_sample
from tracker.schema.migrate import upgrade

SHOTS = Path(os.environ.get("TRACKER_SCREENSHOTS") or tempfile.mkdtemp(prefix="tracker-screenshots-"))
PAGES = {
    "Overview": "",
    "Pledges explorer": "explorer",
    "Timeline": "timeline",
    "Sources": "sources",
    "Review": "review",
}
# Column names of the database that must never reach a reader.
FIELD_NAMES = re.compile(
    r"\b(review_status|last_error_at|last_success_at|failing_since|next_check_at|disabled_reason|"
    r"announced_on|link_role|new_money|span_start|extractor_version|consecutive_failures)\b"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("trust-browser")
    url = f"sqlite:///{folder / 'dash.db'}"
    upgrade(url)
    seed_url(url)
    add_sample(url)
    with served_dashboard(url, folder / "streamlit.log") as base:
        yield base


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Page]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        tab.set_default_timeout(30_000)
        yield tab
        browser.close()


def _visible_text(page: Page) -> str:
    """The page's text, chart labels included. Tables draw their cells on a canvas, so
    tests/test_dashboard_trust_apptest.py checks what every table is given instead."""
    return page.locator('[data-testid="stMain"]').inner_text()


def _legend(page: Page) -> list[str]:
    texts: list[str] = page.eval_on_selector_all(
        ".js-plotly-plot .legendtext", "nodes => nodes.map(node => node.textContent)"
    )
    return texts


def _shoot(page: Page, name: str) -> None:
    """A full-page screenshot 1400 wide: Streamlit scrolls inside its main container, so the
    window is made as tall as the content for the picture, then set back to 1400x900."""
    height = page.evaluate(
        '() => Math.max(...[...document.querySelectorAll(\'[data-testid="stMain"], '
        '[data-testid="stAppViewContainer"], [data-testid="stMainBlockContainer"]\')]'
        ".map(e => e.scrollHeight), 900)"
    )
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 40, 12_000)})
    page.wait_for_timeout(700)  # charts re-lay themselves out
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 900})


def _open(page: Page, label: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_text(label, exact=True).click()
    if PAGES[label]:
        page.wait_for_url(f"**/{PAGES[label]}")
    _settle(page)


def _period_words(page: Page) -> str:
    """The period as the sidebar states it on every page."""
    return page.get_by_test_id("stSidebar").get_by_text(re.compile(r"^Showing: ")).inner_text()


def test_every_page_reads_cleanly_and_keeps_the_period(server: str, page: Page) -> None:
    page.goto(server)
    page.wait_for_selector(".js-plotly-plot")
    _settle(page)
    assert _period_words(page) == "Showing: All time"
    page.get_by_text("Period: All time").first.wait_for()  # the page says it too
    period = page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox")
    period.click()
    page.get_by_role("option", name="Last 5 years").click()
    _settle(page)
    words = _period_words(page)
    assert "–" in words and "All time" not in words
    for label in PAGES:
        _open(page, label)
        _shoot(page, PAGES[label] or "overview")
        assert page.get_by_test_id("stException").count() == 0, label
        text = _visible_text(page)
        assert not re.search(r"\bNone\b", text), (label, text[:2000])
        assert not FIELD_NAMES.search(text), (label, FIELD_NAMES.search(text))
        assert _period_words(page) == words, label
        if label in ("Overview", "Pledges explorer", "Timeline"):
            page.get_by_text(words.replace("Showing: ", "Period: ")).first.wait_for()


def test_review_beside_its_source(server: str, page: Page) -> None:
    page.goto(f"{server}/review")
    _settle(page)
    heading = page.get_by_role("heading", name=re.compile(r"^Pledge \d+:")).first
    before = heading.inner_text()
    grid = page.get_by_test_id("stDataFrame").first
    box = grid.bounding_box()
    assert box is not None
    # The third row's selection box (header and rows 35 px): that pledge is then in hand.
    page.mouse.click(box["x"] + 14, box["y"] + 35 * 3 + 17)
    _settle(page)
    after = page.get_by_role("heading", name=re.compile(r"^Pledge \d+:")).first.inner_text()
    assert after != before
    assert page.get_by_text("Source", exact=True).first.is_visible()
    assert page.get_by_text(re.compile(r"^Announcement \d+$")).first.is_visible()  # the article's title
    assert page.get_by_text(re.compile(r"announced \d+ \w+ \d{4} · published")).first.is_visible()
    assert page.get_by_role("link", name="Open the article").first.is_visible()
    radios = page.get_by_test_id("stRadio").first.locator("input[type=radio]")
    assert radios.count() == 3
    assert all(not radios.nth(i).is_checked() for i in range(3)), "a decision is preselected"
    page.get_by_role("button", name="Next ▶").click()
    _settle(page)
    assert page.get_by_role("heading", name=re.compile(r"^Pledge \d+:")).first.inner_text() != after
    _shoot(page, "review-with-source")


def test_sample_data_is_marked_and_removed_with_one_click(server: str, page: Page) -> None:
    page.goto(server)
    page.wait_for_selector(".js-plotly-plot")
    _settle(page)
    banner = page.get_by_text(re.compile(r"Sample data\. 1 of the 5 sources is a bundled sample"))
    assert banner.is_visible()
    assert SAMPLE_PUBLISHER in _legend(page)  # the sample's money, named as a sample
    _shoot(page, "sample-banner")
    page.get_by_role("button", name="Remove all sample data").click()
    page.get_by_text(re.compile(r"Removed 1 sample source with 1 article")).wait_for()
    _settle(page)
    assert page.get_by_text(re.compile(r"Sample data\. ")).count() == 0
    # The charts redraw after the rerun that follows the removal; wait for them, not a fixed time.
    page.wait_for_function(
        """name => {
            const nodes = document.querySelectorAll('.js-plotly-plot .legendtext');
            const names = [...nodes].map(n => n.textContent);
            return names.length > 0 && !names.includes(name);
        }""",
        arg=SAMPLE_PUBLISHER,
        timeout=30_000,
    )
    _open(page, "Sources")
    assert page.get_by_text(re.compile(r"Sample data\. ")).count() == 0
    _shoot(page, "samples-removed")
