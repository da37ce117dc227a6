"""Delivery status of commitments (store, service, CLI) and the commitments queries behind
the dashboard's list and story, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session, col

from tests.dashboard_seed import seed
from tracker.core.errors import InputError, NotFoundError
from tracker.domain.periods import Period
from tracker.queries import commitments as queries
from tracker.queries.commitments import CommitmentFilter
from tracker.queries.export import iter_export_rows
from tracker.runtime.services import set_commitment_status
from tracker.schema.models import Commitment, CommitmentStatusChange, Pledge
from tracker.store.delivery import check_evidence_link


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    seed(engine)
    return engine


def first_commitment(engine: Engine) -> int:
    return queries.list_commitments(engine, limit=1)[0].id


def changes(engine: Engine) -> list[CommitmentStatusChange]:
    with Session(engine) as session:
        query = select(CommitmentStatusChange).order_by(col(CommitmentStatusChange.id))
        return list(session.scalars(query))


def test_a_status_change_is_kept_with_its_history(seeded: Engine) -> None:
    cid = first_commitment(seeded)
    set_commitment_status(
        seeded,
        cid,
        status="in_progress",
        reviewer=" Ada  Lovelace ",
        note="Contracts signed.",
        evidence_url="https://example.gov/contracts",
    )
    set_commitment_status(seeded, cid, status="delivered", reviewer="Bo", note=None, evidence_url=" ")
    row = queries.get_commitment(seeded, cid)
    assert row is not None and row.status == "delivered"
    with Session(seeded) as session:
        stored = session.get(Commitment, cid)
        assert stored is not None and stored.status_changed_at is not None
    history = queries.status_history(seeded, cid)
    assert [(h["previous_status"], h["status"], h["reviewer"]) for h in history] == [
        ("in_progress", "delivered", "Bo"),
        ("announced", "in_progress", "Ada Lovelace"),
    ]
    assert history[1]["note"] == "Contracts signed."
    assert history[1]["evidence_url"] == "https://example.gov/contracts"
    assert history[0]["note"] is None and history[0]["evidence_url"] is None
    # Shown in the list's filter and in the export.
    found = queries.find_commitments(seeded, CommitmentFilter(statuses=("delivered",)))
    assert [r.id for r in found] == [cid]
    exported = {r["delivery_status"] for r in iter_export_rows(seeded) if r["commitment_id"] == cid}
    assert exported == {"delivered"}


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"status": "done"}, "delivery status must be one of announced, in_progress"),
        ({"evidence_url": "javascript:alert(1)"}, "evidence link 'javascript:alert(1)' is not an http(s)"),
        ({"evidence_url": "example.gov/report"}, "evidence link"),
        ({"evidence_url": "https://x.gov/" + "a" * 2000}, "evidence link is 2,014 characters long"),
        ({"reviewer": "   "}, "needs the reviewer's name"),
        ({"reviewer": "x" * 201}, "reviewer's name is 201 characters long"),
    ],
)
def test_bad_input_is_refused_by_name_and_nothing_saved(
    seeded: Engine, fields: dict[str, str], named: str
) -> None:
    cid = first_commitment(seeded)
    values = {"status": "broken", "reviewer": "Ada", "evidence_url": None, **fields}
    with pytest.raises(InputError, match=named.replace("(", r"\(").replace(")", r"\)")):
        set_commitment_status(seeded, cid, **values)  # type: ignore[arg-type]
    assert changes(seeded) == []
    row = queries.get_commitment(seeded, cid)
    assert row is not None and row.status == "announced"


def test_an_unknown_commitment_is_named(engine: Engine) -> None:
    with pytest.raises(NotFoundError, match="no commitment with id 999"):
        set_commitment_status(engine, 999, status="broken", reviewer="Ada")


def test_the_evidence_link_check() -> None:
    assert check_evidence_link("  https://Example.gov/a?b=1 ") == "https://Example.gov/a?b=1"
    assert check_evidence_link("HTTP://example.gov") == "HTTP://example.gov"
    assert check_evidence_link("") is None and check_evidence_link(None) is None
    for bad in ("ftp://example.gov/a", "data:text/html,x", "//example.gov", "https://"):
        with pytest.raises(InputError, match="evidence link"):
            check_evidence_link(bad)


def test_filters_of_the_list(seeded: Engine) -> None:
    everything = queries.find_commitments(seeded, CommitmentFilter())
    assert queries.count_commitments(seeded, CommitmentFilter()) == len(everything)
    named = queries.find_commitments(seeded, CommitmentFilter(text="ROGRAMME 2"))
    assert {r.label for r in named} == {"Programme 2"}
    literal = queries.find_commitments(seeded, CommitmentFilter(text="%"))
    assert literal == []
    euro = queries.find_commitments(seeded, CommitmentFilter(currency="eur"))
    assert euro and {r.currency for r in euro} == {"EUR"}
    units = queries.find_commitments(seeded, CommitmentFilter(kind="unit"))
    assert units and {r.kind for r in units} == {"unit"}
    assert queries.find_commitments(seeded, CommitmentFilter(topics=("health",))) == []
    assert len(queries.find_commitments(seeded, CommitmentFilter(topics=("other",)))) == len(everything)
    # Publisher: commitments with a mention from that publisher.
    transport = queries.find_commitments(seeded, CommitmentFilter(publisher="Transport", kind="unit"))
    facts = queries.mention_facts(seeded, [r.id for r in transport])
    assert transport and all(facts[r.id]["publishers"] == "Transport" for r in transport)
    # Period: commitments with a mention inside it.
    period = Period(date(2024, 7, 1), date(2024, 7, 31))
    july = queries.find_commitments(seeded, CommitmentFilter(period=period))
    assert july and len(july) < len(everything)
    with Session(seeded) as session:
        for row in july:
            query = select(col(Pledge.announced_on)).where(col(Pledge.commitment_id) == row.id)
            days = session.scalars(query)
            assert any(period.start <= day <= period.end for day in days)  # type: ignore[operator]
    # Publisher and period together (the period then probed per commitment): both hold.
    by_transport = {r.id for r in queries.find_commitments(seeded, CommitmentFilter(publisher="Transport"))}
    both = queries.find_commitments(seeded, CommitmentFilter(publisher="Transport", period=period))
    assert {r.id for r in both} == by_transport & {r.id for r in july}
    assert queries.count_commitments(seeded, CommitmentFilter(publisher="Transport", period=period)) == len(
        both
    )
    # Paging.
    page = queries.find_commitments(seeded, CommitmentFilter(), limit=5, offset=5)
    assert [r.id for r in page] == [r.id for r in everything[5:10]]


def test_new_money_by_topic_keeps_currencies_apart(seeded: Engine) -> None:
    rows = queries.new_money_by_topic(seeded, CommitmentFilter())
    assert {(r["topic"], r["currency"]) for r in rows} == {("other", "GBP"), ("other", "EUR")}
    gbp = next(r for r in rows if r["currency"] == "GBP")
    # Over all time, the summary's new money is each commitment's new money counted once.
    listed = queries.find_commitments(seeded, CommitmentFilter(currency="GBP", kind="funding"))
    assert gbp["new_money"] == pytest.approx(sum(r.new_money for r in listed))
    july = CommitmentFilter(period=Period(date(2024, 7, 1), date(2024, 7, 31)), currency="GBP")
    in_july = queries.new_money_by_topic(seeded, july)
    assert [r["currency"] for r in in_july] == ["GBP"] and 0 < in_july[0]["new_money"] < gbp["new_money"]
    one = queries.new_money_by_topic(seeded, CommitmentFilter(publisher="Transport"))
    assert 0 < next(r["new_money"] for r in one if r["currency"] == "GBP") < gbp["new_money"]
    assert queries.new_money_by_topic(seeded, CommitmentFilter(topics=("health",))) == []
    assert queries.commitment_currencies(seeded) == ["GBP", "EUR"]


def test_the_story_and_the_facts(seeded: Engine) -> None:
    row = queries.list_commitments(seeded, kind="funding", limit=1)[0]
    story = queries.commitment_story(seeded, row.id)
    assert len(story) == row.mentions
    assert story[0]["link_role"] == "first"
    assert [m["announced_on"] for m in story] == sorted(m["announced_on"] for m in story)
    assert sum(m["new_money"] or 0 for m in story) == pytest.approx(row.new_money)
    assert all(m["url"].startswith("https://example.gov/") and m["source"] for m in story)
    facts = queries.mention_facts(seeded, [row.id])[row.id]
    assert facts["recipient"] == row.label
    assert "Treasury" in facts["publishers"]
    assert queries.mention_facts(seeded, []) == {}
    assert "Transport" in queries.publishers(seeded)


def test_the_command_line_sets_a_status(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    from tracker.schema.db import make_engine
    from tracker.schema.migrate import upgrade

    upgrade(url)
    engine = make_engine(url)
    seed(engine)
    cid = first_commitment(engine)
    env = {**os.environ, "TRACKER_DATABASE_URL": url, "TRACKER_SEED_DEFAULT_SOURCES": "0", "COLUMNS": "200"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "tracker", "commitments", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)

    done = run(
        "status", str(cid), "delivered", "--by", "Ada", "--note", "Opened.", "--link", "https://x.gov/a"
    )
    assert done.returncode == 0, done.stderr
    assert f"commitment {cid}: Announced -> Delivered (by Ada)" in done.stdout
    refused = run("status", str(cid), "broken", "--by", "Ada", "--link", "javascript:x")
    assert refused.returncode == 1 and "evidence link" in refused.stderr
    usage = run("status", str(cid), "finished", "--by", "Ada")
    assert usage.returncode == 2 and "finished" in usage.stderr
    missing = run("status", "99999", "broken", "--by", "Ada")
    assert missing.returncode == 1 and "no commitment with id 99999" in missing.stderr
    listed = [json.loads(line) for line in run("--json").stdout.splitlines()]
    assert next(r for r in listed if r["id"] == cid)["status"] == "delivered"
    table = run("--limit", "3")
    assert table.returncode == 0 and "Delivered" in table.stdout and "3 commitments" in table.stdout
    assert [(c.status, c.reviewer, c.note) for c in changes(engine)] == [("delivered", "Ada", "Opened.")]
    engine.dispose()
