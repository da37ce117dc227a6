"""Real `tracker schedule` processes against a real HTTP server on 127.0.0.1.

Several workers need PostgreSQL (TRACKER_TEST_DATABASE_URL); crash and stop
behaviour runs on both stores. Assertions are about what was fetched and
stored, never about how fast.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from tests.support.databases import (
    POSTGRES_SKIP_REASON,
    drop_postgres_database,
    new_postgres_database,
    new_sqlite_database,
)
from tests.support.feed_farm import FeedFarm
from tests.support.workers import (
    add_sources,
    count,
    duplicate_rows,
    polled_sources,
    run_command,
    start_worker,
    wait_until,
    worker_env,
)
from tracker.schema.db import make_engine
from tracker.schema.models import Article, FetchLog, Pledge, Source, Worker

pytestmark = pytest.mark.slow


@pytest.fixture
def farm() -> Iterator[FeedFarm]:
    server = FeedFarm(feeds=40)
    yield server
    server.close()


@pytest.fixture
def pg_url(postgres_template: str | None) -> Iterator[str]:
    if not postgres_template:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = new_postgres_database(postgres_template)
    yield url
    drop_postgres_database(postgres_template, url)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database: a fresh SQLite file, or a PostgreSQL database ("pg")."""
    if request.param == "pg":
        url = request.getfixturevalue("pg_url")
    else:
        (tmp_path / "db").mkdir()
        url = new_sqlite_database(tmp_path / "db")
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _reference_pledges(tmp_path: Path, farm: FeedFarm, feeds: list[int], database_url: str) -> int:
    """Pledges one clean, uninterrupted ingest of the same feeds stores."""
    from tracker.core.config import load_settings
    from tracker.runtime.pipeline import ingest_due

    folder = tmp_path / "reference"
    folder.mkdir()
    url = new_sqlite_database(folder)
    engine = make_engine(url)
    ids = add_sources(engine, [farm.feed_url(i) for i in feeds])
    ingest_due(engine, load_settings(database_url=url, allow_private_networks=True), source_ids=ids)
    pledges = count(engine, Pledge)
    engine.dispose()
    return pledges


@pytest.mark.parametrize("workers", [2, 4])
def test_many_workers_on_postgresql_fetch_and_store_each_source_once(
    pg_url: str, farm: FeedFarm, tmp_path: Path, workers: int
) -> None:
    engine = make_engine(pg_url)
    farm.slow.update({0: 1.0, 1: 1.0})
    add_sources(engine, [farm.feed_url(i) for i in range(40)], interval_minutes=60)
    env = worker_env(pg_url, tmp_path)
    procs = [start_worker(env, tmp_path / f"worker{i}.log") for i in range(workers)]
    try:
        wait_until(lambda: polled_sources(engine) == 40, what="every source polled", logs=procs)
    finally:
        codes = [p.stop() for p in procs]
    assert codes == [0] * workers, [p.output()[-2000:] for p in procs]
    assert not [p.output() for p in procs if "ingest crashed" in p.output()]  # no deadlock, no lost source
    assert farm.duplicate_fetches(interval_s=3600) == 0
    assert farm.fetches() == 40
    assert count(engine, Article) == 40 * 20
    assert duplicate_rows(engine) == 0
    assert count(engine, FetchLog) == 40
    with Session(engine) as session:
        done = session.exec(select(Worker.sources_done)).all()
    assert sum(done) == 40 and len(done) == workers
    engine.dispose()


@pytest.mark.parametrize("db", ["sqlite", "pg"], indirect=True)
def test_sigkill_mid_source_then_restart_loses_and_duplicates_nothing(
    db: Engine, farm: FeedFarm, tmp_path: Path
) -> None:
    url = _url(db)
    feeds = list(range(8))
    held = farm.held.setdefault(3, threading.Event())
    ids = add_sources(db, [farm.feed_url(i) for i in feeds])
    env = worker_env(url, tmp_path, lease_seconds=2)
    first = start_worker(env, tmp_path / "first.log")
    wait_until(farm.arrived[3].is_set, what="the worker to reach the held source", logs=[first])
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(30)
    held.set()
    assert count(db, FetchLog, FetchLog.source_id == ids[3]) == 0  # killed mid-source: nothing of it stored

    second = start_worker(env, tmp_path / "second.log")
    try:
        wait_until(
            lambda: polled_sources(db) == len(feeds),
            what="every source polled after the restart",
            logs=[second],
        )
    finally:
        assert second.stop() == 0, second.output()
    assert count(db, Article) == len(feeds) * 20  # every entry, exactly once
    assert duplicate_rows(db) == 0
    assert count(db, Article, Article.extractor_version.is_(None)) == 0  # type: ignore[union-attr]
    assert count(db, Pledge) == _reference_pledges(tmp_path, farm, feeds, url)
    assert count(db, Source, Source.lease_owner.is_not(None)) == 0  # type: ignore[union-attr]


@pytest.mark.parametrize("db", ["sqlite", "pg"], indirect=True)
def test_sigterm_finishes_the_source_in_hand_and_stops(db: Engine, farm: FeedFarm, tmp_path: Path) -> None:
    farm.slow[0] = 2.0
    (slow, *_rest) = add_sources(db, [farm.feed_url(i) for i in range(5)])
    worker = start_worker(_env := worker_env(_url(db), tmp_path), tmp_path / "worker.log", "--grace", "30")
    wait_until(farm.arrived[0].is_set, what="the worker to start on the slow source")
    worker.process.send_signal(signal.SIGTERM)
    assert worker.process.wait(60) == 0, worker.output()
    # The source in hand was stored whole; no other source was started.
    assert count(db, FetchLog) == 1
    assert count(db, Article, Article.source_id == slow) == 20
    assert count(db, Source, Source.lease_owner.is_not(None)) == 0  # type: ignore[union-attr]
    with Session(db) as session:
        (row,) = session.exec(select(Worker)).all()
    assert row.stopped_at is not None and row.sources_done == 1
    assert "SIGTERM" in worker.output()


def test_sigterm_past_the_grace_period_exits_and_rolls_the_source_back(
    database_url: str, farm: FeedFarm, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    held = farm.held.setdefault(0, threading.Event())
    add_sources(engine, [farm.feed_url(0)])
    worker = start_worker(
        worker_env(database_url, tmp_path, lease_seconds=2), tmp_path / "w.log", "--grace", "1"
    )
    wait_until(farm.arrived[0].is_set, what="the worker to reach the held source")
    worker.process.send_signal(signal.SIGTERM)
    assert worker.process.wait(60) != 0
    assert "grace period" in worker.output()
    held.set()
    assert count(engine, FetchLog) == 0 and count(engine, Article) == 0  # nothing half-stored
    # The next run completes it.
    again = start_worker(worker_env(database_url, tmp_path, lease_seconds=2), tmp_path / "again.log")
    try:
        wait_until(lambda: count(engine, Article) == 20, what="the next run to store the source")
    finally:
        assert again.stop() == 0
    engine.dispose()


def test_second_worker_on_sqlite_is_refused_clearly(tmp_path: Path, farm: FeedFarm) -> None:

    url = new_sqlite_database(tmp_path)
    engine = make_engine(url)
    add_sources(engine, [farm.feed_url(i) for i in range(10)])
    env = worker_env(url, tmp_path)
    first = start_worker(env, tmp_path / "first.log")
    try:
        wait_until(lambda: polled_sources(engine) >= 1, what="the first worker to start")
        second = start_worker(env, tmp_path / "second.log")
        assert second.process.wait(60) == 1
        assert "already serves this SQLite database" in second.output()
        assert "Traceback" not in second.output()
        wait_until(lambda: polled_sources(engine) == 10, what="the first worker to finish")
    finally:
        assert first.stop() == 0
    assert farm.fetches() == 10 and duplicate_rows(engine) == 0
    status = run_command(env, "status", "--json")
    figures = json.loads(status.stdout)
    assert [w["state"] for w in figures["workers"]] == ["stopped"]
    assert figures["workers"][0]["sources_done"] == 10
    engine.dispose()


def test_status_shows_failing_sources_and_last_errors(tmp_path: Path, farm: FeedFarm) -> None:

    url = new_sqlite_database(tmp_path)
    engine = make_engine(url)
    farm.failing.add(1)
    add_sources(engine, [farm.feed_url(0), farm.feed_url(1)])
    env = worker_env(url, tmp_path)
    assert run_command(env, "schedule", "--once").returncode == 0
    figures = json.loads(run_command(env, "status", "--json").stdout)
    (failing,) = figures["failing_sources"]
    assert failing["url"] == farm.feed_url(1) and failing["failing_since"]
    assert figures["recent_errors"][0]["kind"] == "HTTPStatusError"
    table = run_command(env, "status")
    assert table.returncode == 0 and "failing since" in table.stdout
    engine.dispose()
