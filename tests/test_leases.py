"""Leases on due sources, on SQLite and PostgreSQL (RELIABILITY.md 28)."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import Engine, update
from sqlmodel import Session

from tests.support.workers import add_sources
from tracker.core.clock import utcnow
from tracker.schema.db import make_engine, session_scope
from tracker.schema.models import Source
from tracker.store.leases import held_by, lease_due_sources, release_all, release_lease


def _lease(
    engine: Engine, owner: str, limit: int = 10, lease_seconds: float = 60, shift_s: float = 0
) -> list[int]:
    with session_scope(engine) as session:
        return lease_due_sources(session, owner, utcnow() + timedelta(seconds=shift_s), lease_seconds, limit)


def _urls(n: int) -> list[str]:
    return [f"http://feeds.example.org/{i}.xml" for i in range(n)]


def test_due_sources_are_claimed_once(engine: Engine) -> None:
    ids = add_sources(engine, _urls(5))
    first = _lease(engine, "a", limit=3)
    second = _lease(engine, "b", limit=10)
    assert len(first) == 3
    assert sorted(first + second) == sorted(ids)
    assert _lease(engine, "c") == []


def test_sources_not_due_or_disabled_are_left_alone(engine: Engine) -> None:
    later, disabled, due = add_sources(engine, _urls(3))
    with session_scope(engine) as session:
        session.execute(
            update(Source).where(Source.id == later).values(next_check_at=utcnow() + timedelta(hours=1))
        )
        session.execute(update(Source).where(Source.id == disabled).values(enabled=False))
    assert _lease(engine, "a") == [due]


def test_released_lease_frees_the_source_only_for_its_owner(engine: Engine) -> None:
    (source_id,) = add_sources(engine, _urls(1))
    assert _lease(engine, "a") == [source_id]
    with session_scope(engine) as session:
        assert release_lease(session, "b", source_id) is False  # not b's to give back
    assert _lease(engine, "b") == []
    with session_scope(engine) as session:
        assert release_lease(session, "a", source_id) is True
    assert _lease(engine, "b") == [source_id]


def test_expired_lease_of_a_dead_worker_comes_back(engine: Engine) -> None:
    (source_id,) = add_sources(engine, _urls(1))
    assert _lease(engine, "crashed", lease_seconds=30) == [source_id]
    assert _lease(engine, "other") == []
    # 31 seconds on, the crashed worker's lease has run out.
    assert _lease(engine, "other", shift_s=31) == [source_id]
    with Session(engine) as session:
        assert held_by(session, "other") == [source_id]
        assert held_by(session, "crashed") == []


def test_release_all_frees_every_lease_of_a_stopping_worker(engine: Engine) -> None:
    add_sources(engine, _urls(4))
    mine = _lease(engine, "a", limit=3)
    with session_scope(engine) as session:
        assert release_all(session, "a") == len(mine)
    assert len(_lease(engine, "b")) == 4


def test_concurrent_claimers_never_share_a_source(database_url: str) -> None:
    """Eight threads with their own connections race for 60 sources: each is claimed once."""
    setup = make_engine(database_url)
    ids = add_sources(setup, _urls(60))
    setup.dispose()
    claimed: dict[str, list[int]] = {}
    barrier = threading.Barrier(8)

    def claim(owner: str) -> None:
        engine = make_engine(database_url)
        barrier.wait()
        got: list[int] = []
        while batch := _lease(engine, owner, limit=2):
            got.extend(batch)
        claimed[owner] = got
        engine.dispose()

    threads = [threading.Thread(target=claim, args=(f"w{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    everything = [source_id for got in claimed.values() for source_id in got]
    assert sorted(everything) == sorted(ids)
    assert len(claimed) == 8
