"""Real `tracker schedule` processes for tests and benchmarks, and small waits on the database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from tracker.core.clock import utcnow
from tracker.schema.db import session_scope
from tracker.schema.models import Article, Commitment, FetchLog, Pledge, PledgeSummary, Source
from tracker.store.sources import add_source

ROOT = Path(__file__).resolve().parents[2]
# `python -m tracker`: the `tracker` command of this source tree.
WORKER_MODULE = "tracker"


def worker_env(database_url: str, data_dir: Path, **settings: object) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        TRACKER_DATABASE_URL=database_url,
        TRACKER_DATA_DIR=str(data_dir),
        TRACKER_ALLOW_PRIVATE_NETWORKS="1",
        TRACKER_SEED_DEFAULT_SOURCES="0",
        TRACKER_TICK_SECONDS="1",
        TRACKER_CONNECT_TIMEOUT_S="5",
        TRACKER_READ_TIMEOUT_S="10",
        TRACKER_TOTAL_TIMEOUT_S="20",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    env.update({f"TRACKER_{key.upper()}": str(value) for key, value in settings.items()})
    env.pop("TRACKER_CONFIG", None)
    return env


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout: float = 60) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        return self.process.wait(timeout)


def start_worker(env: dict[str, str], log_path: Path, *args: str) -> WorkerProcess:
    """`tracker schedule ARGS` in its own process, output to ``log_path``."""
    handle = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", WORKER_MODULE, "schedule", *args],
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        cwd=str(log_path.parent),
    )
    handle.close()
    return WorkerProcess(process, log_path)


def run_command(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", WORKER_MODULE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def wait_until(
    condition: Callable[[], bool],
    timeout: float = 60,
    what: str = "condition",
    logs: Sequence[WorkerProcess] = (),
) -> None:
    """Poll until ``condition()`` holds; a bound on waiting, not a speed assertion.

    On giving up, the tails of ``logs`` go into the message: a worker that died
    at start says why there.
    """
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    tails = "".join(f"\n--- worker {w.pid} (exit {w.process.poll()}):\n{w.output()[-3000:]}" for w in logs)
    raise AssertionError(f"gave up waiting for {what} after {timeout:g} s{tails}")


def add_sources(engine: Engine, urls: list[str], interval_minutes: int = 60) -> list[int]:
    with session_scope(engine) as session:
        return [
            add_source(session, url, now=utcnow(), interval_minutes=interval_minutes).id or 0 for url in urls
        ]


def count(engine: Engine, model: type, *conditions: object) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(model).where(*conditions)).one())  # type: ignore[arg-type]


def polled_sources(engine: Engine) -> int:
    """Sources with at least one stored poll."""
    with Session(engine) as session:
        return int(session.exec(select(func.count(func.distinct(FetchLog.source_id)))).one())


def duplicate_rows(engine: Engine) -> int:
    """Articles stored twice for one entry, plus pledges stored twice for one article."""
    with Session(engine) as session:
        articles = session.exec(
            select(func.count()).select_from(Article).group_by(Article.source_id, Article.entry_key)
        ).all()
        pledges = session.exec(
            select(func.count()).select_from(Pledge).group_by(Pledge.article_id, Pledge.fingerprint)
        ).all()
    return sum(n - 1 for n in articles) + sum(n - 1 for n in pledges)


def source_ids(engine: Engine) -> list[int]:
    with Session(engine) as session:
        return [int(i) for i in session.exec(select(Source.id)) if i is not None]


def summary_rows(engine: Engine) -> list[tuple[object, ...]]:
    """Every monthly summary row, sorted, money rounded to pence: two databases compare equal."""
    columns = (
        PledgeSummary.month,
        PledgeSummary.source_id,
        PledgeSummary.kind,
        PledgeSummary.currency,
        PledgeSummary.topic,
        PledgeSummary.pledges,
        PledgeSummary.new_money,
        PledgeSummary.restated_money,
        PledgeSummary.staff,
    )
    with Session(engine) as session:
        rows = session.exec(select(*columns)).all()  # type: ignore[call-overload]
    return sorted(tuple(round(v, 2) if isinstance(v, float) else v for v in row) for row in rows)


def assert_commitments_match_members(engine: Engine) -> list[Pledge]:
    """Rejected pledges are unlinked, every kept one is linked, no commitment is empty,
    and each commitment's mentions and new money are its members'. Returns the pledges."""
    with Session(engine) as session:
        pledges = list(session.exec(select(Pledge)).all())
        commitments = {c.id: c for c in session.exec(select(Commitment))}
    live = [p for p in pledges if p.review_status != "rejected"]
    assert live and all(p.commitment_id in commitments for p in live), "every kept pledge is linked"
    assert all(p.commitment_id is None for p in pledges if p.review_status == "rejected")
    members: dict[int, list[Pledge]] = {}
    for pledge in live:
        members.setdefault(pledge.commitment_id or 0, []).append(pledge)
    assert set(members) == set(commitments), "no empty commitment"
    for commitment_id, commitment in commitments.items():
        mine = members[commitment_id]
        assert commitment.mentions == len(mine), commitment
        assert commitment.new_money == pytest.approx(sum(p.new_money or 0 for p in mine)), commitment
        assert sum(p.link_role == "first" for p in mine) >= 1, commitment
    return pledges
