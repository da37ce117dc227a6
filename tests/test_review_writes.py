"""Review decisions as writers: a person's write goes before the workers' background writes
on PostgreSQL; a decision that changes nothing linking reads keeps the pledge's place; and
decisions made while four workers ingest are all kept, with commitments and totals right."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, text
from sqlmodel import Session, select

from tests.support.feed_farm import FeedFarm
from tests.support.workers import (
    add_sources,
    assert_commitments_match_members,
    polled_sources,
    start_worker,
    summary_rows,
    wait_until,
    worker_env,
)
from tracker.core.config import Settings
from tracker.extract.fingerprint import make_fingerprint
from tracker.extract.types import PledgeMention
from tracker.runtime import services
from tracker.runtime.ingest_worker import IngestWorker, new_identity
from tracker.runtime.pipeline import SourceReport
from tracker.schema.db import session_scope
from tracker.schema.models import Commitment, Pledge, PledgeTotal, Review
from tracker.store import writes
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.polls import link_new_pledges
from tracker.store.review import review_pledge
from tracker.store.sources import add_source
from tracker.store.summary_bulk import rebuild_summary


def test_a_tick_writes_in_the_background_and_nothing_else_does(
    engine: Engine, settings: Settings, tmp_path: Path
) -> None:
    seen: list[bool] = []

    def ingest(*_args: object, **_kwargs: object) -> SourceReport:
        seen.append(writes.in_background())
        worker.request_stop()  # the source stays due: one is enough
        return SourceReport(1, "http://127.0.0.1/feed", "not_modified")

    add_sources(engine, ["http://127.0.0.1:9/feed.xml"])
    worker = IngestWorker(engine, settings, new_identity(), tick_deadline_s=60, ingest=ingest)
    worker.register()
    assert worker.tick().done == 1
    assert seen == [True]
    assert not writes.in_background()


NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("command", [["ingest"], ["reprocess"]])
def test_the_batch_commands_write_in_the_background(
    command: list[str], database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tracker ingest` and `tracker reprocess` are batch work nobody waits on, like a
    worker's tick: their writes let a reviewer's go first. The real functions run; the
    wrappers only note whether they were called in the background."""
    from typer.testing import CliRunner

    import tracker.runtime.pipeline as pipeline
    import tracker.runtime.reprocess as reprocess
    from tracker.cli.app import app

    seen: list[bool] = []

    def noting(real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            seen.append(writes.in_background())
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(pipeline, "ingest_due", noting(pipeline.ingest_due))
    monkeypatch.setattr(reprocess, "relink_pending", noting(reprocess.relink_pending))
    env = {
        "TRACKER_DATABASE_URL": database_url,
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
        "TRACKER_DATA_DIR": str(tmp_path),
    }
    if command == ["ingest"]:
        added = CliRunner().invoke(app, ["sources", "add", "http://127.0.0.1:9/feed.xml"], env=env)
        assert added.exit_code == 0, added.output
    result = CliRunner().invoke(app, command, env=env)
    assert result.exit_code in (0, 4), result.output  # 4: the one source is unreachable
    assert seen == [True]
    assert not writes.in_background()


def _roads(day: int) -> EntryRecord:
    evidence = "We will give money."
    mention = PledgeMention(
        kind="funding",
        evidence=evidence,
        start=0,
        end=len(evidence),
        fingerprint=make_fingerprint("funding", 5e6, "GBP", "Roads"),
        amount=5e6,
        currency="GBP",
        recipient="Roads",
        qualifier="exact",
        scope="new",
    )
    return EntryRecord(
        key=f"roads-{day}",
        url=f"https://gov.example/roads-{day}",
        title=f"Roads {day}",
        author=None,
        published_at=datetime(2026, 2, day, tzinfo=UTC),
        date_flag=None,
        summary="",
        body=f"Roads {day}",
        body_origin="feed",
        content_hash=f"hash-{day}",
        pledges=(mention,),
    )


def _links(engine: Engine) -> list[tuple[object, ...]]:
    with Session(engine) as session:
        pledges = session.exec(select(Pledge).order_by(Pledge.id)).all()
        commitments = session.exec(select(Commitment)).all()
    return [(p.commitment_id, p.link_role, p.new_money) for p in pledges] + [
        (c.id, c.mentions, c.new_money) for c in commitments
    ]


def _decide(engine: Engine, pledge_id: int, status: str) -> None:
    with writes.write_transaction(engine) as session:
        review_pledge(session, pledge_id, status=status, reviewer="Ana", now=NOW)


def test_a_decision_that_changes_nothing_linking_reads_keeps_the_pledge_in_place(engine: Engine) -> None:
    with session_scope(engine) as session:
        source_id = add_source(session, "https://gov.example/feed.xml", now=NOW).id or 0
    with session_scope(engine) as session:
        counts = store_entries(
            session, source_id, [_roads(3), _roads(10)], now=NOW, extractor_version="t1", max_updates=5
        )
    link_new_pledges(engine, counts.extracted_article_ids, counts.stale_commitments)
    linked, summary = _links(engine), summary_rows(engine)
    with Session(engine) as session:
        first, again = (p.id or 0 for p in session.exec(select(Pledge).order_by(Pledge.id)))
    assert [row[1] for row in linked[:2]] == ["first", "reannounced"], linked

    _decide(engine, again, "confirmed")
    _decide(engine, first, "confirmed")
    assert (_links(engine), summary_rows(engine)) == (linked, summary), "confirmed in place"

    _decide(engine, again, "rejected")
    _decide(engine, again, "rejected")
    rejected = _links(engine)
    assert rejected[1] == (None, None, None) and rejected[2][1] == 1, "rejected: out of its commitment"

    _decide(engine, again, "confirmed")
    assert (_links(engine), summary_rows(engine)) == (linked, summary), "brought back where it was"
    with Session(engine) as session:
        assert {r.status for r in session.exec(select(Review))} == {"confirmed"}
    with writes.write_transaction(engine) as session:
        rebuild_summary(session)
    assert summary_rows(engine) == summary, "the monthly totals equal a recount"


def _waiting_locks(engine: Engine) -> int:
    with engine.connect() as connection:
        query = text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        )
        return int(connection.execute(query).scalar_one())


def _writer(engine: Engine, name: str, order: list[str], background: bool) -> threading.Thread:
    def run() -> None:
        if background:
            with writes.background_writes(), writes.write_transaction(engine):
                order.append(name)
        else:
            with writes.write_transaction(engine):
                order.append(name)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_review_queued_after_a_worker_goes_before_it(pg_engine: Engine) -> None:
    order: list[str] = []
    holding, release = threading.Event(), threading.Event()

    def first_worker() -> None:
        with writes.background_writes(), writes.write_transaction(pg_engine):
            holding.set()
            release.wait(60)
            order.append("worker in hand")

    in_hand = threading.Thread(target=first_worker)
    in_hand.start()
    assert holding.wait(60)
    queued_worker = _writer(pg_engine, "queued worker", order, background=True)
    wait_until(lambda: _waiting_locks(pg_engine) == 1, what="the second worker to queue")
    review = _writer(pg_engine, "review", order, background=False)
    wait_until(lambda: _waiting_locks(pg_engine) == 2, what="the review to queue")
    release.set()
    for thread in (in_hand, queued_worker, review):
        thread.join(60)
    assert order == ["worker in hand", "review", "queued worker"]


def test_ordinary_writers_still_queue_first_come_first_served(pg_engine: Engine) -> None:
    order: list[str] = []
    holding, release = threading.Event(), threading.Event()

    def first() -> None:
        with writes.write_transaction(pg_engine):
            holding.set()
            release.wait(60)
            order.append("first")

    in_hand = threading.Thread(target=first)
    in_hand.start()
    assert holding.wait(60)
    second = _writer(pg_engine, "second", order, background=False)
    wait_until(lambda: _waiting_locks(pg_engine) == 1, what="the second writer to queue")
    third = _writer(pg_engine, "third", order, background=False)
    wait_until(lambda: _waiting_locks(pg_engine) == 2, what="the third writer to queue")
    release.set()
    for thread in (in_hand, second, third):
        thread.join(60)
    assert order == ["first", "second", "third"]


def _totals(engine: Engine) -> dict[tuple[object, ...], tuple[float, ...]]:
    with Session(engine) as session:
        rows = session.exec(select(PledgeTotal)).all()
    return {
        (t.source_id, t.kind, t.currency, t.topic): (t.pledges, round(t.new_money, 2), t.staff)
        for t in rows
        if t.pledges or t.new_money or t.staff
    }


def _totals_from_summary(engine: Engine) -> dict[tuple[object, ...], tuple[float, ...]]:
    found: dict[tuple[object, ...], list[float]] = {}
    for _month, source, kind, currency, topic, pledges, new_money, _restated, staff in summary_rows(engine):
        into = found.setdefault((source, kind, currency, topic), [0, 0.0, 0])
        into[0] += pledges  # type: ignore[operator]
        into[1] += new_money  # type: ignore[operator]
        into[2] += staff  # type: ignore[operator]
    return {key: (p, round(m, 2), s) for key, (p, m, s) in found.items() if p or m or s}


class _Reviewer:
    """Decides random pledges while the workers run, remembering the last decision on each."""

    def __init__(self, engine: Engine) -> None:
        self.engine, self.rng = engine, random.Random(7)
        self.decided: dict[tuple[int, str], str] = {}
        self.errors: list[BaseException] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                with Session(self.engine) as session:
                    pledges = session.exec(select(Pledge).order_by(func.random()).limit(5)).all()
                for pledge in pledges:
                    status = self.rng.choice(["confirmed", "rejected"])
                    services.review_pledge(self.engine, pledge.id or 0, status=status, reviewer="Priority")
                    self.decided[(pledge.article_id, pledge.fingerprint)] = status
            except BaseException as exc:
                self.errors.append(exc)
                return
            self.stop.wait(0.02)


def _while_workers_ingest(engine: Engine, tmp_path: Path, feeds: int, start: Callable[[], None]) -> None:
    """Four `tracker schedule` workers ingest ``feeds`` feeds; ``start`` runs once they have begun."""
    farm = FeedFarm(feeds=feeds)
    url = engine.url.render_as_string(hide_password=False)
    add_sources(engine, [farm.feed_url(i) for i in range(feeds)])
    procs = [start_worker(worker_env(url, tmp_path), tmp_path / f"worker{i}.log") for i in range(4)]
    try:
        wait_until(lambda: polled_sources(engine) >= 2, what="first sources polled", logs=procs, timeout=120)
        start()
        wait_until(
            lambda: polled_sources(engine) == feeds, what="every source polled", logs=procs, timeout=300
        )
    finally:
        codes = [p.stop() for p in procs]
        farm.close()
    assert codes == [0] * 4, [p.output()[-2000:] for p in procs]
    assert not [p.output() for p in procs if "ingest crashed" in p.output()]


@pytest.mark.slow
def test_decisions_made_while_four_workers_ingest_are_all_kept_and_totals_right(
    pg_engine: Engine, tmp_path: Path
) -> None:
    reviewer = _Reviewer(pg_engine)
    thread = threading.Thread(target=reviewer.run)
    try:
        _while_workers_ingest(pg_engine, tmp_path, 16, thread.start)
    finally:
        reviewer.stop.set()
        if thread.ident is not None:
            thread.join(120)
    assert reviewer.errors == [], reviewer.errors
    assert len(reviewer.decided) >= 20, "the reviewer decided while the workers ingested"
    with Session(pg_engine) as session:
        reviews = {(r.article_id, r.fingerprint): r.status for r in session.exec(select(Review))}
    assert reviews == reviewer.decided, "every decision kept, the last one on each pledge, none twice"
    pledges = assert_commitments_match_members(pg_engine)
    by_key = {(p.article_id, p.fingerprint): p for p in pledges}
    assert {key: by_key[key].review_status for key in reviewer.decided} == reviewer.decided
    recorded = summary_rows(pg_engine)
    assert _totals(pg_engine) == _totals_from_summary(pg_engine), "all-time totals add up the months"
    with writes.write_transaction(pg_engine) as session:
        rebuild_summary(session)
    assert summary_rows(pg_engine) == recorded, "the monthly totals equal a recount"
