"""The dashboard under Streamlit's AppTest: a migrated SQLite database the app reads
(``db_url``, ``seeded``: fixtures, registered in tests/conftest.py) and a page opened
through the entry file, as a browser would reach it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard_seed import seed_url
from tracker.schema.migrate import upgrade

ENTRY = str(Path(__file__).resolve().parents[2] / "dashboard" / "streamlit_app.py")
TIMEOUT = 60


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'dash.db'}"
    upgrade(url)
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_ALLOW_PRIVATE_NETWORKS", "false")
    return url


@pytest.fixture
def seeded(db_url: str) -> Iterator[str]:
    seed_url(db_url)
    yield db_url


def open_page(page: str) -> AppTest:
    """The app run once (Overview), then ``page`` opened through the navigation."""
    app = AppTest.from_file(ENTRY, default_timeout=TIMEOUT)
    app.run()
    if page != "overview":
        app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, [e.value for e in app.exception]
    return app
