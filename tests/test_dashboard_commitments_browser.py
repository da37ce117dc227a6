"""The Commitments page served by `streamlit run` in headless Chromium at 1400x900: the list,
a row selected with the mouse opens its story (every mention with its role and link), and
a reviewer sets a delivery status. Screenshots go to test-artifacts/dashboard/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect, sync_playwright
from sqlalchemy import func, select
from sqlmodel import col

from tests.dashboard_seed import seed_url
from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, served_dashboard
from tests.test_dashboard_browser import (  # noqa: F401  (pytestmark: the same marks and skip)
    ARTIFACTS,
    _settle,
    pytestmark,
)
from tracker.schema.db import make_engine
from tracker.schema.migrate import upgrade
from tracker.schema.models import Pledge

PLAIN_HEADERS = {
    "ID",
    "Commitment",
    "Recipient or body",
    "Topic",
    "Kind",
    "First announced",
    "Latest mention",
    "Mentions",
    "New money",
    "Restated money",
    "Delivery status",
    "Announced by",
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(dashboard address, database URL): `streamlit run` from the project root as a user
    starts it, so the project's .streamlit/config.toml applies."""
    folder = tmp_path_factory.mktemp("commitments-browser")
    url = f"sqlite:///{folder / 'dash.db'}"
    upgrade(url)
    seed_url(url)
    with served_dashboard(url, folder / "streamlit.log") as base:
        yield base, url


@pytest.fixture(scope="module")
def server(served: tuple[str, str]) -> str:
    return served[0]


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[tuple[Page, list[str]]]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        tab.set_default_timeout(30_000)
        tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        yield tab, dialogs
        browser.close()


def _visible_text(page: Page) -> str:
    return str(page.locator('[data-testid="stMain"]').inner_text())


def _mentions(database_url: str, commitment_id: int) -> int:
    engine = make_engine(database_url, writer=False)
    try:
        with engine.connect() as connection:
            query = select(func.count()).where(col(Pledge.commitment_id) == commitment_id)
            return int(connection.execute(query).scalar_one())
    finally:
        engine.dispose()


def _story_rows(page: Page) -> list[str]:
    table = page.locator('[data-testid="stMarkdown"] table').filter(has_text="Evidence")
    return [str(text) for text in table.locator("tbody tr").all_inner_texts()]


def test_the_list_has_plain_headers_and_no_none(server: str, page: tuple[Page, list[str]]) -> None:
    tab, dialogs = page
    tab.goto(f"{server}/commitments")
    tab.get_by_text("Select a row to open its story").wait_for()
    _settle(tab)
    grid = tab.locator('[data-testid="stDataFrame"]').first
    # The grid draws on a canvas; its accessible table beneath holds the text of the
    # columns in view, once the grid is on screen.
    grid.scroll_into_view_if_needed()
    grid.locator("td").first.wait_for(state="attached")
    headers = [h for h in grid.locator("th").all_text_contents() if h]
    cells = grid.locator("td").all_text_contents()
    assert "None" not in cells
    assert {"ID", "Commitment", "First announced"} <= set(headers), headers
    assert set(headers) <= PLAIN_HEADERS, headers
    text = _visible_text(tab)
    assert "None" not in text
    assert tab.get_by_test_id("stException").count() == 0
    assert tab.get_by_text("Deploy", exact=True).count() == 0  # viewer toolbar
    tab.screenshot(path=str(ARTIFACTS / "commitments.png"), full_page=True)
    assert not dialogs


def test_selecting_a_row_opens_its_story(served: tuple[str, str], page: tuple[Page, list[str]]) -> None:
    server, database = served
    tab, dialogs = page
    tab.goto(f"{server}/commitments")
    tab.get_by_text("Select a row to open its story").wait_for()
    _settle(tab)
    story_of = tab.get_by_role("combobox", name="Story of")
    before = story_of.input_value()
    grid = tab.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    grid.locator("td").first.wait_for(state="attached")  # the grid is drawn
    # The third row's selection box: the first column, below the header row (35 px rows).
    grid.click(position={"x": 18, "y": 35 * 3 + 17})
    # The story follows the row selected with the mouse (after the rerun it causes).
    expect(story_of).not_to_have_value(before)
    _settle(tab)
    chosen = story_of.input_value()
    commitment_id = int(chosen.split("#", 1)[1].split()[0])
    rows = _story_rows(tab)
    assert len(rows) == _mentions(database, commitment_id)
    assert rows and "First announced" in rows[0]
    assert any("Top-up" in row or "Restated" in row or "Re-announced" in row for row in rows)
    links = tab.locator('[data-testid="stMarkdown"] table a[href^="https://example.gov/"]')
    assert links.count() == len(rows)
    assert tab.locator(".js-plotly-plot").count() >= 2  # topic chart and the mention timeline
    # The app scrolls inside its own container: bring the story into the 1400x900 view.
    tab.get_by_text("Every mention, by date and role").first.scroll_into_view_if_needed()
    tab.screenshot(path=str(ARTIFACTS / "commitment-story.png"))
    assert not dialogs


def test_a_reviewer_sets_the_delivery_status(server: str, page: tuple[Page, list[str]]) -> None:
    tab, dialogs = page
    tab.goto(f"{server}/commitments")
    tab.get_by_text("Select a row to open its story").wait_for()
    _settle(tab)
    status = tab.get_by_role("combobox", name="New status")
    status.click()
    status.fill("Delivered")
    status.press("Enter")
    assert status.input_value() == "Delivered"
    tab.get_by_label("Your name").fill("Ada")
    tab.get_by_label("Note: what the evidence shows").fill("Opened in May.")
    tab.get_by_label("Evidence link (https://...)").fill("https://example.gov/opened")
    tab.get_by_role("button", name="Save status").click()
    tab.get_by_text("Saved: Delivered (by Ada).").wait_for()
    _settle(tab)
    tab.get_by_text("Status history").wait_for()
    assert "Announced → Delivered" in _visible_text(tab) or tab.get_by_text("Status history").is_visible()
    tab.get_by_text("Status history").scroll_into_view_if_needed()
    tab.screenshot(path=str(ARTIFACTS / "commitment-status.png"))
    # A reload reads it back from the database.
    tab.reload()
    tab.get_by_text("Select a row to open its story").wait_for()
    _settle(tab)
    assert "Delivered" in tab.locator('[data-testid="stCaptionContainer"]').all_inner_texts().__str__()
    assert not dialogs
