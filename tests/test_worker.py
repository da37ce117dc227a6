"""The tick in-process, against a real HTTP server, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from tests.support.feed_farm import FeedFarm
from tests.support.workers import add_sources, count, duplicate_rows
from tracker.core.clock import utcnow
from tracker.core.config import Settings
from tracker.core.errors import WorkerConflictError
from tracker.domain.workers import Identity, next_step, worker_state
from tracker.queries.status import worker_statuses
from tracker.runtime.ingest_worker import IngestWorker, new_identity
from tracker.runtime.pipeline import SourceReport
from tracker.schema.db import session_scope
from tracker.schema.models import Article, FetchLog, Pledge
from tracker.store.leases import held_by
from tracker.store.workers import beat, mark_stopped, register_worker


@pytest.fixture
def farm() -> Iterator[FeedFarm]:
    server = FeedFarm(feeds=6)
    yield server
    server.close()


def _worker(engine: Engine, settings: Settings, deadline_s: float = 60, **kwargs: object) -> IngestWorker:
    worker = IngestWorker(engine, settings, new_identity(), tick_deadline_s=deadline_s, **kwargs)  # type: ignore[arg-type]
    worker.register()
    return worker


def test_next_step_is_a_pure_decision() -> None:
    assert next_step(False, now=1.0, deadline=2.0) == "go"
    assert next_step(False, now=2.0, deadline=2.0) == "overrun"
    assert next_step(True, now=1.0, deadline=2.0) == "stop"


def test_tick_ingests_every_due_source_once_and_releases_leases(
    engine: Engine, settings: Settings, farm: FeedFarm
) -> None:
    add_sources(engine, [farm.feed_url(i) for i in range(6)])
    worker = _worker(engine, settings)
    first = worker.tick()
    second = worker.tick()
    assert (first.ended, first.done) == ("idle", 6)
    assert all(r.outcome == "ok" and r.new == 20 for r in first.reports)
    assert second.done == 0  # nothing is due again before its interval
    assert farm.fetches() == 6
    assert count(engine, Article) == 120
    assert count(engine, Pledge) > 0
    assert duplicate_rows(engine) == 0
    with Session(engine) as session:
        assert held_by(session, worker.id) == []
    assert count(engine, FetchLog, FetchLog.worker == worker.id) == 6
    worker.close()


def test_overrunning_tick_stops_taking_sources_and_the_next_tick_goes_on(
    engine: Engine, settings: Settings, farm: FeedFarm
) -> None:
    farm.slow[0] = 0.5
    add_sources(engine, [farm.feed_url(i) for i in range(6)])
    worker = _worker(engine, settings, deadline_s=0.2)
    first = worker.tick()
    assert first.ended == "overrun"
    assert first.done < 6
    with Session(engine) as session:
        assert held_by(session, worker.id) == []  # what it did not start is free for anyone
    rest = []
    while (tick := worker.tick()).done:
        rest.extend(tick.reports)
    assert first.done + len(rest) == 6
    assert farm.fetches() == 6


def test_stop_request_ends_the_tick_before_the_next_source(
    engine: Engine, settings: Settings, farm: FeedFarm
) -> None:
    add_sources(engine, [farm.feed_url(i) for i in range(3)])
    worker: IngestWorker

    def ingest_then_stop(*args: object, **kwargs: object) -> SourceReport:
        worker.request_stop()  # as SIGTERM would, while the first source is in hand
        from tracker.runtime.pipeline import ingest_source

        return ingest_source(*args, **kwargs)  # type: ignore[arg-type]

    worker = _worker(engine, settings, ingest=ingest_then_stop)
    report = worker.tick()
    assert (report.ended, report.done) == ("stop", 1)
    assert count(engine, FetchLog) == 1
    worker.close()
    with Session(engine) as session:
        assert held_by(session, worker.id) == []


def test_a_crashing_ingest_keeps_its_lease_so_it_is_not_retried_in_a_loop(
    engine: Engine, settings: Settings
) -> None:
    (source_id,) = add_sources(engine, ["http://feeds.example.org/a.xml"])
    calls: list[int] = []

    def crash(_engine: Engine, _settings: Settings, sid: int, **_: object) -> SourceReport:
        calls.append(sid)
        raise RuntimeError("database went away")

    worker = _worker(engine, settings, ingest=crash)
    report = worker.tick()
    assert report.crashed == [source_id] and calls == [source_id]
    with Session(engine) as session:
        assert held_by(session, worker.id) == [source_id]


def test_heartbeat_counts_sources_and_status_shows_state(engine: Engine, settings: Settings) -> None:
    me = new_identity()
    now = utcnow()
    with session_scope(engine) as session:
        register_worker(session, me, now, timedelta(seconds=60), exclusive=False)
        beat(session, me.id, now, sources_done=3)
    with Session(engine) as session:
        (status,) = worker_statuses(session, now + timedelta(seconds=30), timedelta(seconds=60))
        assert (status.state, status.sources_done) == ("alive", 3)
        (later,) = worker_statuses(session, now + timedelta(seconds=90), timedelta(seconds=60))
        assert later.state == "stale"


def test_worker_state_decision() -> None:
    now = utcnow()
    stale = timedelta(seconds=60)
    assert worker_state(now - timedelta(seconds=10), None, now, stale) == "alive"
    assert worker_state(now - timedelta(seconds=61), None, now, stale) == "stale"
    assert worker_state(now, now, now, stale) == "stopped"


def _register(engine: Engine, identity: Identity) -> None:
    with session_scope(engine) as session:
        register_worker(session, identity, utcnow(), timedelta(seconds=60), exclusive=True)


def test_exclusive_registration_refuses_a_live_rival_and_accepts_after_it_is_gone(
    engine: Engine,
) -> None:
    me = new_identity()
    _register(engine, me)  # this process: alive
    second = Identity("second", me.host, me.pid, me.version)
    with pytest.raises(WorkerConflictError, match="already serves this SQLite database"):
        _register(engine, second)
    # A rival on this host whose process is gone (SIGKILL) does not block a restart,
    # nor does one that stopped cleanly.
    with session_scope(engine) as session:
        mark_stopped(session, me.id, utcnow())
        dead = Identity("dead", me.host, 2**22 + 12345, me.version)
        register_worker(session, dead, utcnow(), timedelta(seconds=60), exclusive=False)
    _register(engine, second)
