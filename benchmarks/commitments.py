"""Cost of linking one new pledge, as the database grows and as one commitment grows.

    .venv/bin/python benchmarks/commitments.py [--database-url URL] [--sizes 1000,100000,1000000]
        [--mentions 1,1000,3000] [--trials 30] [--cpu]

For each size N, the database holds N funding commitments (names drawn from a
5,000-word vocabulary, indexed in ``commitmentterm`` as ingest indexes them);
then one article at a time arrives with one pledge, half of them re-announcing
an existing commitment and half naming a new one, and ``link_article`` places
it inside a write transaction that is rolled back (so every trial sees the same
database). For each mention count K, one commitment holds K mentions and a new,
later article re-announces it. Prints the median milliseconds per pledge and
the ratio to the smallest case. Default database: a fresh SQLite file in a
temporary folder (pass a PostgreSQL URL to measure the shared store; its
database is emptied first). Times are wall time, or with ``--cpu`` this
process's CPU time (steadier on a busy machine; PostgreSQL's server not counted).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine, delete, func, insert, select, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from tracker.domain.commitments import figure_term  # noqa: E402
from tracker.domain.labels import terms  # noqa: E402
from tracker.schema.db import make_engine  # noqa: E402
from tracker.schema.migrate import upgrade  # noqa: E402
from tracker.schema.models import Article, Commitment, CommitmentTerm, Pledge, Source  # noqa: E402
from tracker.store.commitments import link_article  # noqa: E402
from tracker.store.writes import write_transaction  # noqa: E402

NOW = datetime(2026, 1, 1, tzinfo=UTC)
# Wall time by default; --cpu counts this process's CPU time instead, steadier on a
# shared machine (on SQLite that is all the work; PostgreSQL's server is not counted).
CLOCK = time.perf_counter
DAY0 = date(2020, 1, 1)
CHUNK = 20_000
rng = random.Random(7)
WORDS = [
    "".join(rng.choice("bcdfghjklmnprstvw") + rng.choice("aeiou") for _ in range(4)).capitalize()
    for _ in range(5000)
]


def _name(i: int) -> str:
    r = random.Random(i)
    return f"{r.choice(WORDS)} {r.choice(WORDS)} {r.choice(WORDS)} Fund"


def _amount(i: int) -> float:
    return float((i % 997 + 3) * 1_000_000)


def _fresh(url: str) -> Engine:
    upgrade(url)
    engine = make_engine(url)
    with write_transaction(engine) as session:
        for table in (CommitmentTerm, Pledge, Commitment, Article, Source):
            session.execute(delete(table))
        session.add(Source(id=1, url="https://bench.example/feed", created_at=NOW, next_check_at=NOW))
    return engine


def _fill_commitments(engine: Engine, size: int) -> None:
    """Commitments 1..size with their terms, written in bulk (as many ingests would have)."""
    with engine.begin() as connection:
        have = connection.execute(select(func.count()).select_from(Commitment)).scalar_one()
    for start in range(have + 1, size + 1, CHUNK):
        ids = range(start, min(size, start + CHUNK - 1) + 1)
        rows, term_rows = [], []
        for i in ids:
            name, amount = _name(i), _amount(i)
            day = DAY0 + timedelta(days=i % 1500)
            rows.append(
                {
                    "id": i,
                    "kind": "funding",
                    "origin": f"bench:{i}",
                    "label": name,
                    "aliases": json.dumps([name]),
                    "figures": json.dumps([[amount, None]]),
                    "currency": "GBP",
                    "amount": amount,
                    "new_money": amount,
                    "restated_money": 0.0,
                    "first_announced_on": day,
                    "last_announced_on": day,
                    "mentions": 1,
                    "topic": "other",
                    "status": "announced",
                }
            )
            for term in terms(name) | {figure_term(amount)}:
                term_rows.append({"commitment_id": i, "term": term, "kind": "funding", "currency": "GBP"})
        with engine.begin() as connection:
            connection.execute(insert(Commitment), rows)
            connection.execute(insert(CommitmentTerm), term_rows)
        print(f"  {ids[-1]:,} commitments", file=sys.stderr, end="\r")
    if engine.dialect.name == "postgresql":  # ids were given: move the sequence past them
        with engine.begin() as connection:
            last = "(SELECT max(id) FROM commitment)"
            connection.execute(text(f"SELECT setval(pg_get_serial_sequence('commitment', 'id'), {last})"))


def _article(session: Session, key: str, day: date) -> int:
    article = Article(
        source_id=1,
        entry_key=key,
        title=key,
        first_seen_at=NOW,
        updated_at=NOW,
        published_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
        content_hash=key,
    )
    session.add(article)
    session.flush()
    return article.id or 0


def _pledge(session: Session, article_id: int, day: date, name: str, amount: float) -> None:
    session.add(
        Pledge(
            article_id=article_id,
            source_id=1,
            kind="funding",
            announced_on=day,
            amount=amount,
            currency="GBP",
            recipient=name,
            scope="new",
            qualifier="exact",
            evidence=f"£{amount:,.0f} for {name}",
            span_start=0,
            span_end=10,
            fingerprint=f"fp-{article_id}",
            extractor_version="bench",
            extracted_at=NOW,
        )
    )
    session.flush()


def _time_link(engine: Engine, name: str, amount: float, day: date, key: str) -> float:
    with write_transaction(engine) as session:
        article_id = _article(session, key, day)
        _pledge(session, article_id, day, name, amount)
        started = CLOCK()
        link_article(session, article_id)
        elapsed = CLOCK() - started
        session.rollback()
    return elapsed * 1000


def measure_size(engine: Engine, size: int, trials: int) -> float:
    _fill_commitments(engine, size)
    times = []
    for t in range(trials):
        if t % 2 == 0:  # a re-announcement of an existing commitment
            i = rng.randint(1, size)
            name, amount = _name(i), _amount(i)
        else:  # a new commitment sharing words with existing ones
            name, amount = f"{rng.choice(WORDS)} {rng.choice(WORDS)} Renewal Programme", 1_234_567.0
        times.append(_time_link(engine, name, amount, DAY0 + timedelta(days=1600), f"size-{size}-{t}"))
    return statistics.median(times)


def measure_mentions(engine: Engine, mentions: int, trials: int) -> float:
    """One commitment with ``mentions`` members; a later article re-announces it."""
    name, amount = "Zuvo Kelari Harbour Wall Fund", 42_000_000.0
    with write_transaction(engine) as session:
        commitment_id = session.scalars(select(Commitment.id).where(Commitment.label == name)).first()
        if commitment_id is None:
            day = DAY0
            article_id = _article(session, "wall-0", day)
            _pledge(session, article_id, day, name, amount)
            link_article(session, article_id)
            commitment_id = session.scalars(select(Commitment.id).where(Commitment.label == name)).one()
        have = session.get(Commitment, commitment_id).mentions  # type: ignore[union-attr]
    for k in range(have, mentions):
        with write_transaction(engine) as session:
            day = DAY0 + timedelta(days=1 + k // 10)
            article_id = _article(session, f"wall-{k + 1}", day)
            _pledge(session, article_id, day, name, amount)
            link_article(session, article_id)
        if k % 200 == 0:
            print(f"  {k:,} mentions", file=sys.stderr, end="\r")
    late_day = DAY0 + timedelta(days=2 + mentions // 10)
    return statistics.median(
        _time_link(engine, name, amount, late_day, f"wall-new-{mentions}-{t}") for t in range(trials)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--mentions", default="1,1000,3000")
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--cpu", action="store_true", help="time with this process's CPU time")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    url = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    engine = _fresh(url)
    store = engine.dialect.name
    print(f"## Linking one new pledge ({store}, {'CPU' if args.cpu else 'wall'} time)\n")
    rows: list[tuple[str, float]] = []
    for mentions in (int(m) for m in args.mentions.split(",")):
        rows.append(
            (f"one commitment with {mentions:,} mentions", measure_mentions(engine, mentions, args.trials))
        )
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append((f"{size:,} commitments", measure_size(engine, size, args.trials)))
    _print(rows)


def _print(rows: list[tuple[str, float]]) -> None:
    print("| database | ms per pledge (median) | ratio to the first of its kind |")
    print("|---|---|---|")
    firsts: dict[str, float] = {}
    for label, ms in rows:
        group = "mentions" if "mentions" in label else "size"
        base = firsts.setdefault(group, ms)
        print(f"| {label} | {ms:.2f} | {ms / base:.2f}x |")


if __name__ == "__main__":
    main()
