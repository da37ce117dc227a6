"""`tracker run`: worker and dashboard start together and stop together."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.databases import new_sqlite_database
from tests.support.feed_farm import FeedFarm
from tests.support.workers import add_sources, polled_sources, wait_until, worker_env
from tracker.schema.db import make_engine

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dashboard_up(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _children(pid: int) -> list[int]:
    out = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True, check=False
    )
    return [int(line) for line in out.stdout.split()]


def _running(pid: int) -> bool:
    out = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True, check=False)
    return bool(out.stdout.strip()) and not out.stdout.strip().startswith("Z")


def test_run_starts_worker_and_dashboard_and_sigint_stops_both(tmp_path: Path) -> None:
    farm = FeedFarm(feeds=3)
    url = new_sqlite_database(tmp_path)
    engine = make_engine(url)
    add_sources(engine, [farm.feed_url(i) for i in range(3)])
    port = _free_port()
    log = (tmp_path / "run.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker", "run", "--port", str(port), "--address", "127.0.0.1"],
        env=worker_env(url, tmp_path),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(lambda: polled_sources(engine) == 3, what="the worker to poll the sources")
        wait_until(lambda: _dashboard_up(port), what="the dashboard to answer")
        children = _children(process.pid)
        assert len(children) == 2
        process.send_signal(signal.SIGINT)  # Ctrl-C
        assert process.wait(90) == 0, (tmp_path / "run.log").read_text()
    finally:
        if process.poll() is None:
            process.kill()
        log.close()
        farm.close()
        engine.dispose()
    assert not any(_running(child) for child in children)
    assert not _dashboard_up(port)
