"""The scheduler: one non-overlapping tick job, catch-up after downtime, overrunning ticks."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from tests.support.databases import new_sqlite_database
from tests.support.feed_farm import FeedFarm
from tests.support.workers import (
    add_sources,
    count,
    duplicate_rows,
    polled_sources,
    start_worker,
    wait_until,
    worker_env,
)
from tracker.core.clock import utcnow
from tracker.runtime.schedule import build_scheduler
from tracker.schema.db import make_engine, session_scope
from tracker.schema.models import FetchLog, Source, Worker


@pytest.fixture
def farm() -> Iterator[FeedFarm]:
    server = FeedFarm(feeds=10)
    yield server
    server.close()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    (tmp_path / "db").mkdir()
    engine = make_engine(new_sqlite_database(tmp_path / "db"))
    yield engine
    engine.dispose()


def test_one_tick_job_that_never_overlaps_and_coalesces() -> None:
    scheduler = build_scheduler(lambda: None, tick_seconds=30)
    (job,) = scheduler.get_jobs()
    assert (job.id, job.max_instances, job.coalesce) == ("tick", 1, True)
    assert job.misfire_grace_time == 30


def test_a_tick_longer_than_the_interval_never_runs_twice_at_once_and_the_next_one_runs() -> None:
    running, peak, runs = [0], [0], []
    lock = threading.Lock()

    def tick() -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
            runs.append(time.monotonic())
        if len(runs) == 1:
            time.sleep(1.0)  # overruns five intervals
        with lock:
            running[0] -= 1

    scheduler = build_scheduler(tick, tick_seconds=0.2)
    scheduler.start()
    try:
        wait_until(lambda: len(runs) >= 3, timeout=30, what="ticks after the long one")
    finally:
        scheduler.shutdown(wait=True)
    assert peak[0] == 1


def _last_beat(engine: Engine) -> datetime | None:
    with Session(engine) as session:
        return session.exec(select(Worker.last_tick_at).where(col(Worker.stopped_at).is_(None))).first()


def _wait_ticks(engine: Engine, n: int) -> None:
    """Wait for ``n`` more heartbeats (each tick beats at least once)."""
    for _ in range(n):
        seen = _last_beat(engine)
        wait_until(lambda seen=seen: _last_beat(engine) != seen, what="the next tick")  # type: ignore[misc]


@pytest.mark.slow
def test_after_downtime_each_source_catches_up_once(
    sqlite_engine: Engine, farm: FeedFarm, tmp_path: Path
) -> None:
    """Down for five intervals: on restart each source is polled once, not five times (RELIABILITY 29)."""
    ids = add_sources(sqlite_engine, [farm.feed_url(i) for i in range(10)], interval_minutes=1)
    env = worker_env(str(sqlite_engine.url), tmp_path)
    first = start_worker(env, tmp_path / "first.log")
    wait_until(lambda: polled_sources(sqlite_engine) == 10, what="the first round")
    assert first.stop() == 0
    with session_scope(sqlite_engine) as session:  # five intervals pass while no worker runs
        session.execute(update(Source).values(next_check_at=utcnow() - timedelta(minutes=5)))
    second = start_worker(env, tmp_path / "second.log")
    try:
        wait_until(lambda: count(sqlite_engine, FetchLog) == 20, what="the catch-up round")
        _wait_ticks(sqlite_engine, 3)
    finally:
        assert second.stop() == 0
    assert count(sqlite_engine, FetchLog) == 20
    for source_id in ids:
        assert count(sqlite_engine, FetchLog, FetchLog.source_id == source_id) == 2
    assert farm.duplicate_fetches(interval_s=0.5) == 0


@pytest.mark.slow
def test_an_overrunning_tick_is_stopped_and_the_next_tick_does_the_rest(
    sqlite_engine: Engine, farm: FeedFarm, tmp_path: Path
) -> None:
    farm.slow.update({0: 1.0, 1: 1.0})
    add_sources(sqlite_engine, [farm.feed_url(i) for i in range(10)])
    env = worker_env(str(sqlite_engine.url), tmp_path)
    worker = start_worker(env, tmp_path / "worker.log", "--tick-deadline", "0.5")
    try:
        wait_until(lambda: polled_sources(sqlite_engine) == 10, what="every source polled")
    finally:
        assert worker.stop() == 0
    assert "passed its 0.5 s deadline" in worker.output()
    assert farm.fetches() == 10
    assert duplicate_rows(sqlite_engine) == 0
