"""Loader time of the dashboard's Commitments page at 1M pledges (SQLite or PostgreSQL).

Builds the database of benchmarks/dashboard.py (1M pledges over 10 years, 40
sources, the monthly summary), then adds one commitment per three pledges
(topics, currencies and delivery statuses spread over them) and links each
pledge to one, with every commitment's first and latest mention taken from its
pledges. Then times, best of N, what the page loads for each view: the count,
the first page of 200 rows, new money by topic, the recipients and publishers
of the listed rows, one commitment's story and history, and the filter choices.

    .venv/bin/python benchmarks/commitments_page.py                     # SQLite, data/bench/commitments.db
    .venv/bin/python benchmarks/commitments_page.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_commitments
    .venv/bin/python benchmarks/commitments_page.py --reuse             # time an existing database again
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import dashboard as pledges_bench  # noqa: E402
from tracker.domain.kinds import DeliveryStatus, values_of  # noqa: E402
from tracker.domain.periods import Period, add_months, month_end  # noqa: E402
from tracker.domain.topics import Topic  # noqa: E402
from tracker.queries import commitments as queries  # noqa: E402
from tracker.queries.commitments import CommitmentFilter  # noqa: E402
from tracker.queries.overview import summary_span  # noqa: E402
from tracker.schema.db import is_sqlite, make_engine, normalise_url  # noqa: E402

PAGE_SIZE = 200  # as dashboard/app_pages/commitments.py
PLEDGES_PER_COMMITMENT = 3
COLUMNS = pledges_bench.COMMITMENT_COLUMNS


def _commitments(count: int, sqlite: bool) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(3)
    topics = values_of(Topic)
    statuses = [DeliveryStatus.ANNOUNCED.value] * 8 + list(values_of(DeliveryStatus)[1:])
    day = "2000-01-01" if sqlite else date(2000, 1, 1)  # set from the pledges afterwards
    for i in range(1, count + 1):
        yield (
            i,
            "funding",
            f"bench-{i}",
            f"Programme {i} for schools",
            f'["Programme {i} for schools"]',
            "[]",
            rng.choice(["GBP"] * 8 + ["EUR", "USD"]),
            rng.random() * 1e8,
            rng.random() * 1e8,
            0.0,
            day,
            day,
            PLEDGES_PER_COMMITMENT,
            rng.choice(topics),
            rng.choice(statuses),
        )


def add_commitments(url: str, pledges: int) -> int:
    """One commitment per three pledges; each pledge linked to one; dates from the pledges."""
    engine = make_engine(url)
    count = max(1, pledges // PLEDGES_PER_COMMITMENT)
    with engine.begin() as connection:  # the dashboard database links funding already: start over
        connection.execute(text("UPDATE pledge SET commitment_id = NULL WHERE commitment_id IS NOT NULL"))
        connection.execute(text("DELETE FROM commitment"))
    pledges_bench._load(engine, "commitment", COLUMNS, _commitments(count, is_sqlite(url)))
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE pledge SET commitment_id = (id % :n) + 1, link_role = 'reannounced'"), {"n": count}
        )
        connection.execute(
            text(
                "UPDATE commitment SET"
                " first_announced_on = (SELECT min(announced_on) FROM pledge"
                " WHERE commitment_id = commitment.id),"
                " last_announced_on = (SELECT max(announced_on) FROM pledge"
                " WHERE commitment_id = commitment.id)"
            )
        )
        if not is_sqlite(url):
            connection.execute(text("SELECT setval('commitment_id_seq', :n)"), {"n": count})
            connection.execute(text("ANALYZE"))
    engine.dispose()
    return count


def views(engine: Engine) -> dict[str, CommitmentFilter]:
    span = summary_span(engine)
    assert span is not None, "the benchmark database is empty"
    last12 = Period(add_months(span[1], -11), month_end(span[1]))
    return {
        "default (last 12 months)": CommitmentFilter(period=last12),
        "all time (no period filter)": CommitmentFilter(),
        "topic health": CommitmentFilter(topics=("health",)),
        "status delivered": CommitmentFilter(statuses=("delivered",)),
        "one publisher": CommitmentFilter(publisher="Department 7"),
        "one publisher, 12 months": CommitmentFilter(publisher="Department 7", period=last12),
        "EUR, 12 months": CommitmentFilter(currency="EUR", period=last12),
        "name search": CommitmentFilter(text="programme 12345"),
    }


def _best(call: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def time_view(engine: Engine, flt: CommitmentFilter, repeat: int) -> dict[str, float]:
    rows = queries.find_commitments(engine, flt, limit=PAGE_SIZE)
    ids = [row.id for row in rows]
    first = ids[0] if ids else 1
    return {
        "count": _best(lambda: queries.count_commitments(engine, flt), repeat),
        "page": _best(lambda: queries.find_commitments(engine, flt, limit=PAGE_SIZE), repeat),
        "topics": _best(lambda: queries.new_money_by_topic(engine, flt), repeat),
        "facts": _best(lambda: queries.mention_facts(engine, ids), repeat),
        "story": _best(
            lambda: (
                queries.get_commitment(engine, first),
                queries.commitment_story(engine, first),
                queries.status_history(engine, first),
            ),
            repeat,
        ),
        "choices": _best(lambda: (queries.publishers(engine), queries.commitment_currencies(engine)), repeat),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="default: SQLite at data/bench/commitments.db")
    parser.add_argument("--pledges", type=int, default=1_000_000)
    parser.add_argument("--reuse", action="store_true", help="time an existing database, do not generate")
    parser.add_argument("--repeat", type=int, default=3, help="best of N")
    args = parser.parse_args(argv)
    url = normalise_url(args.database_url or f"sqlite:///{ROOT / 'data' / 'bench' / 'commitments.db'}")
    if not args.reuse:
        pledges_bench._start_empty(url)  # a fresh file or database
        pledges_bench.generate(url, args.pledges, 10, 40)
        print(f"  added {add_commitments(url, args.pledges):,} commitments", flush=True)
    engine = make_engine(url, writer=False)
    print(f"| view | loaders | count | page | topics | facts | story | choices |\n|{'---|' * 8}")
    for name, flt in views(engine).items():
        parts = time_view(engine, flt, args.repeat)
        cells = " | ".join(f"{value:.3f}" for value in parts.values())
        print(f"| {name} | {sum(parts.values()):.3f} s | {cells} |", flush=True)
    engine.dispose()


if __name__ == "__main__":
    main()
