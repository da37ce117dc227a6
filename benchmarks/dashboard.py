"""Dashboard speed: a database of 1,000,000 pledges over 10 years, each page's loaders
and a full AppTest run of each page, timed.

    .venv/bin/python benchmarks/dashboard.py                      # SQLite in ./data/bench/
    .venv/bin/python benchmarks/dashboard.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_dash

Targets (issue 5, SQLite, one core): every page's loaders < 0.3 s, every page's
full run < 1 s. The data are loaded in bulk (executemany on SQLite, COPY on
PostgreSQL), then the monthly summary is rebuilt in one statement, as
ingest would have kept it. ``--reuse`` times an existing database again.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.domain.periods import Period, add_months, month_end  # noqa: E402
from tracker.queries import explorer, health, overview, review, timeline  # noqa: E402
from tracker.queries.explorer import PledgeFilter  # noqa: E402
from tracker.schema.db import is_sqlite, make_engine, normalise_url, session_scope  # noqa: E402
from tracker.schema.migrate import upgrade  # noqa: E402
from tracker.schema.models import Pledge  # noqa: E402
from tracker.store.summary_bulk import rebuild_summary  # noqa: E402

KINDS = (("funding", 0.45), ("unit", 0.15), ("appointment", 0.15), ("headcount", 0.25))
CURRENCIES = (("GBP", 0.85), ("EUR", 0.10), ("USD", 0.05))
SCOPES = (("new", 0.6), ("total", 0.25), ("existing", 0.15))
STATUSES = (("unreviewed", 0.9), ("confirmed", 0.07), ("rejected", 0.03))
PLEDGES_PER_ARTICLE = 4
FAILING_SOURCES = 3
ENTRY = ROOT / "dashboard" / "streamlit_app.py"


# ---------------------------------------------------------------- generation


def _weighted(rng: random.Random, table: Sequence[tuple[str, float]], n: int) -> list[str]:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table], k=n)


def _stamp(moment: datetime, sqlite: bool) -> Any:
    # SQLModel stores aware UTC datetimes in SQLite as naive text with microseconds.
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else moment


def _day(value: date, sqlite: bool) -> Any:
    return value.isoformat() if sqlite else value


def _load(engine: Engine, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Fast bulk insert: executemany in one transaction on SQLite, COPY on PostgreSQL."""
    count = 0
    with engine.begin() as connection:
        raw: Any = connection.connection.driver_connection
        names = ", ".join(columns)
        if engine.dialect.name == "sqlite":
            marks = ", ".join("?" for _ in columns)
            cursor = raw.cursor()
            batch: list[Sequence[Any]] = []
            for row in rows:
                batch.append(row)
                if len(batch) == 50_000:
                    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", batch)
                    count += len(batch)
                    batch = []
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", batch)
            count += len(batch)
        else:
            with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
    return count


def _sources(n: int, now: datetime, sqlite: bool) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        failing = i <= FAILING_SOURCES
        yield (
            i,
            f"https://dept{i}.example.gov/feed.xml",
            f"Department {i} news",
            f"Department {i}",
            60,
            False,
            True,
            _stamp(now - timedelta(days=3700), sqlite),
            _stamp(now + timedelta(minutes=30), sqlite),
            _stamp(now - timedelta(hours=1), sqlite),
            5 if failing else 0,
            _stamp(now - timedelta(days=2), sqlite) if failing else None,
            "FetchError" if failing else None,
            "HTTP 503" if failing else None,
        )


SOURCE_COLUMNS = (
    "id",
    "url",
    "title",
    "publisher",
    "interval_minutes",
    "full_text",
    "enabled",
    "created_at",
    "next_check_at",
    "last_success_at",
    "consecutive_failures",
    "failing_since",
    "last_error_kind",
    "last_error",
)
ARTICLE_COLUMNS = (
    "id",
    "source_id",
    "entry_key",
    "url",
    "title",
    "published_at",
    "first_seen_at",
    "updated_at",
    "summary",
    "body",
    "body_origin",
    "content_hash",
    "update_count",
    "extractor_version",
)
FETCHLOG_COLUMNS = (
    "source_id",
    "started_at",
    "finished_at",
    "outcome",
    "error_kind",
    "error",
    "entries_new",
    "entries_updated",
    "entries_unchanged",
    "pledges_new",
    "bytes_received",
)
PLEDGE_COLUMNS = (
    "article_id",
    "source_id",
    "kind",
    "announced_on",
    "amount",
    "currency",
    "recipient",
    "qualifier",
    "scope",
    "name",
    "parent",
    "person",
    "role",
    "organisation",
    "count",
    "evidence",
    "span_start",
    "span_end",
    "confidence",
    "fingerprint",
    "extractor_version",
    "extracted_at",
    "review_status",
)


def _article_days(n_articles: int, first: date, days: int, rng: random.Random) -> list[date]:
    return sorted(first + timedelta(days=rng.randrange(days)) for _ in range(n_articles))


def _articles(days: list[date], n_sources: int, now: datetime, sqlite: bool) -> Iterator[tuple[Any, ...]]:
    for i, day in enumerate(days, start=1):
        published = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
        body = f"Announcement {i}. The department will fund programme {i % 500} and create a unit. " * 3
        yield (
            i,
            i % n_sources + 1,
            f"entry-{i}",
            f"https://example.gov/news/{i}",
            f"Press release {i}",
            _stamp(published, sqlite),
            _stamp(published, sqlite),
            _stamp(now, sqlite),
            "",
            body,
            "feed",
            f"{i:064x}",
            0,
            "bench",
        )


def _pledge_fields(kind: str, i: int, rng: random.Random, currency: str, scope: str) -> tuple[Any, ...]:
    """Kind-specific columns, in PLEDGE_COLUMNS order from amount to count, then the evidence."""
    if kind == "funding":
        amount = float(rng.choice((1, 2, 5, 10, 25, 50, 100, 250)) * 10 ** rng.choice((5, 6, 6, 7)))
        recipient = f"Programme {i % 500}"
        evidence = f"The government will provide {currency} {amount:,.0f} for {recipient}."
        return amount, currency, recipient, "exact", scope, None, None, None, None, None, None, evidence
    if kind == "unit":
        name = f"Taskforce {i}"
        return (
            None,
            None,
            None,
            None,
            None,
            name,
            f"Department {i % 40}",
            None,
            None,
            None,
            None,
            f"A new {name} will be set up.",
        )
    if kind == "appointment":
        person = f"Alex Person{i}"
        return (
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            person,
            "Director",
            f"Taskforce {i}",
            None,
            f"{person} has been appointed Director.",
        )
    count = rng.choice((10, 50, 100, 500, 1000))
    return (
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "officers",
        None,
        count,
        f"We will recruit {count} more officers.",
    )


def _pledges(
    n: int, days: list[date], n_sources: int, now: datetime, sqlite: bool, seed: int
) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(seed)
    kinds = _weighted(rng, KINDS, n)
    currencies = _weighted(rng, CURRENCIES, n)
    scopes = _weighted(rng, SCOPES, n)
    statuses = _weighted(rng, STATUSES, n)
    extracted = _stamp(now, sqlite)
    for i in range(n):
        article = i // PLEDGES_PER_ARTICLE + 1
        fields = _pledge_fields(kinds[i], i, rng, currencies[i], scopes[i])
        evidence = fields[-1]
        yield (
            article,
            article % n_sources + 1,
            kinds[i],
            _day(days[article - 1], sqlite),
            *fields[:-1],
            evidence,
            0,
            len(evidence),
            0.7,
            f"{i:032x}",
            "bench",
            extracted,
            statuses[i],
        )


def _fetch_logs(n_sources: int, first: date, days: int, sqlite: bool) -> Iterator[tuple[Any, ...]]:
    """One poll a day per source; each source fails for a week twice a year, the failing ones lately."""
    for source in range(1, n_sources + 1):
        for d in range(days):
            started = datetime(first.year, first.month, first.day, 6, tzinfo=UTC) + timedelta(days=d)
            error = (d + source * 11) % 182 < 7 or (source <= FAILING_SOURCES and d >= days - 2)
            yield (
                source,
                _stamp(started, sqlite),
                _stamp(started + timedelta(seconds=3), sqlite),
                "error" if error else "ok",
                "FetchError" if error else None,
                "HTTP 503" if error else None,
                0,
                0,
                0,
                0,
                0,
            )


def generate(url: str, n_pledges: int, years: int, n_sources: int) -> None:
    upgrade(url)
    engine = make_engine(url)
    sqlite = is_sqlite(url)
    now = datetime.now(UTC).replace(microsecond=0)
    days = 365 * years
    first = now.date() - timedelta(days=days - 1)
    rng = random.Random(11)
    n_articles = -(-n_pledges // PLEDGES_PER_ARTICLE)
    article_days = _article_days(n_articles, first, days, rng)
    steps: list[tuple[str, Callable[[], int]]] = [
        ("source", lambda: _load(engine, "source", SOURCE_COLUMNS, _sources(n_sources, now, sqlite))),
        (
            "article",
            lambda: _load(
                engine, "article", ARTICLE_COLUMNS, _articles(article_days, n_sources, now, sqlite)
            ),
        ),
        (
            "pledge",
            lambda: _load(
                engine, "pledge", PLEDGE_COLUMNS, _pledges(n_pledges, article_days, n_sources, now, sqlite, 5)
            ),
        ),
        (
            "fetchlog",
            lambda: _load(
                engine,
                "fetchlog",
                FETCHLOG_COLUMNS,
                _fetch_logs(n_sources, first, days, sqlite),
            ),
        ),
    ]
    for name, step in steps:
        started = time.perf_counter()
        rows = step()
        print(f"  loaded {rows:>9,} {name} rows in {time.perf_counter() - started:6.1f} s", flush=True)
    started = time.perf_counter()
    with session_scope(engine) as session:
        rows = rebuild_summary(session)
    print(f"  built  {rows:>9,} summary rows in {time.perf_counter() - started:6.1f} s", flush=True)
    if not sqlite:
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    engine.dispose()


# ---------------------------------------------------------------- timing


def _overview_calls(engine: Engine, period: Period) -> list[tuple[str, Callable[[], Any]]]:
    return [
        ("summary_span", lambda: overview.summary_span(engine)),
        ("sources_health", lambda: health.sources_health(engine, 3)),
        ("currencies", lambda: overview.currencies(engine)),
        ("headline", lambda: overview.headline(engine, period, "GBP")),
        ("failing_spans", lambda: health.failing_spans(engine, period)),
        ("money_by_month", lambda: overview.money_by_month(engine, period, "GBP")),
        ("top_recipients", lambda: overview.top_recipients(engine, period, "GBP")),
        ("latest_pledges", lambda: overview.latest_pledges(engine, period)),
    ]


def page_loaders(engine: Engine) -> dict[str, list[tuple[str, Callable[[], Any]]]]:
    """What each page loads on its first run with default widgets (mirrors dashboard/app_pages)."""
    span = overview.summary_span(engine)
    assert span is not None, "the benchmark database is empty"
    last12 = Period(add_months(span[1], -11), month_end(span[1]))
    everything = Period(span[0], month_end(span[1]))
    default = PledgeFilter(period=everything)
    first_id = explorer.search_pledges(engine, default, limit=1)[0]["id"]
    explorer_calls = [
        ("summary_span", lambda: overview.summary_span(engine)),
        ("source_choices", lambda: explorer.sources_for_filter(engine)),
        ("currencies", lambda: overview.currencies(engine)),
        ("count_pledges", lambda: explorer.count_pledges(engine, default)),
        ("search_pledges", lambda: explorer.search_pledges(engine, default, limit=50)),
        ("pledge_detail", lambda: explorer.pledge_detail(engine, first_id)),
    ]
    return {
        "overview": _overview_calls(engine, last12),
        "overview (all time)": _overview_calls(engine, everything),
        "explorer": explorer_calls,
        "timeline": [
            ("summary_span", lambda: overview.summary_span(engine)),
            ("source_choices", lambda: explorer.sources_for_filter(engine)),
            ("timeline_events", lambda: timeline.timeline_events(engine, last12)),
            ("failing_spans", lambda: health.failing_spans(engine, last12)),
        ],
        "sources": [("sources_health", lambda: health.sources_health(engine, 3))],
        "review": [
            ("queue_size", lambda: review.queue_size(engine)),
            ("review_queue", lambda: review.review_queue(engine, 50, 0)),
            ("recent_reviews", lambda: review.recent_reviews(engine)),
        ],
    }


def explorer_filters(engine: Engine) -> dict[str, PledgeFilter]:
    """Typical explorer filters, each timed as count + first page (what a filter change costs)."""
    span = overview.summary_span(engine)
    assert span is not None
    everything = Period(span[0], month_end(span[1]))
    return {
        "kind = unit": PledgeFilter(period=everything, kinds=("unit",)),
        "one source": PledgeFilter(period=everything, source_ids=(7,)),
        "EUR, amount >= 10m": PledgeFilter(period=everything, currencies=("EUR",), amount_min=1e7),
        "evidence contains 'Programme 42'": PledgeFilter(period=everything, evidence_text="Programme 42"),
        "rare text (full scan)": PledgeFilter(period=everything, evidence_text="no such words"),
        "person contains 'Person9999'": PledgeFilter(period=everything, person_or_unit_text="Person9999"),
        "rejected only": PledgeFilter(period=everything, review_statuses=("rejected",)),
    }


def _best_of(call: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times) if repeat > 2 else statistics.mean(times)


def time_loaders(engine: Engine, repeat: int) -> dict[str, tuple[float, str]]:
    results: dict[str, tuple[float, str]] = {}
    for page, calls in page_loaders(engine).items():
        parts = [(name, _best_of(call, repeat)) for name, call in calls]
        slowest = sorted(parts, key=lambda part: part[1], reverse=True)[:2]
        note = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in slowest)
        results[page] = (sum(t for _, t in parts), note)
    for label, flt in explorer_filters(engine).items():

        def change(flt: PledgeFilter = flt) -> None:
            explorer.count_pledges(engine, flt)
            explorer.search_pledges(engine, flt, limit=50)

        results[f"explorer: {label}"] = (_best_of(change, repeat), "count + first page")
    return results


def _run(app: Any, page: str, *, clear: bool) -> float:
    import streamlit as st

    if clear:
        st.cache_data.clear()
    started = time.perf_counter()
    app.run()
    elapsed = time.perf_counter() - started
    if app.exception:
        raise RuntimeError(f"{page}: {app.exception[0].value}")
    return elapsed


def time_app_runs(url: str, repeat: int) -> dict[str, tuple[float, float]]:
    """Full AppTest run of each page: cold (query cache cleared) and warm (cached)."""
    from streamlit.testing.v1 import AppTest

    os.environ["TRACKER_DATABASE_URL"] = url
    app = AppTest.from_file(str(ENTRY), default_timeout=120)
    app.run()  # imports, engine, schema check: once per process, not per page
    results: dict[str, tuple[float, float]] = {}
    for page in ("overview", "explorer", "timeline", "sources", "review"):
        if page != "overview":
            app.switch_page(f"app_pages/{page}.py")
        cold = [_run(app, page, clear=True) for _ in range(repeat)]
        warm = [_run(app, page, clear=False) for _ in range(repeat)]
        results[page] = (min(cold), min(warm))
    return results


def report(url: str, loaders: dict[str, tuple[float, str]], runs: dict[str, tuple[float, float]]) -> None:
    print(f"\n{make_engine(url).dialect.name}: {url}")
    print(f"| {'page / action':40} | loaders (s) | full run, cold (s) | full run, cached (s) | note")
    print(f"|{'-' * 42}|-------------|--------------------|----------------------|-----")
    for page, (seconds, note) in loaders.items():
        cold, warm = runs.get(page, (None, None))
        cold_text = f"{cold:18.3f}" if cold is not None else " " * 18
        warm_text = f"{warm:20.3f}" if warm is not None else " " * 20
        print(f"| {page:40} | {seconds:11.3f} | {cold_text} | {warm_text} | {note}")


def pledge_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Pledge)).scalar_one())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="default: SQLite at data/bench/dashboard.db")
    parser.add_argument("--pledges", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sources", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="time an existing database, do not generate")
    parser.add_argument("--repeat", type=int, default=3, help="loader timings: best of N")
    parser.add_argument("--no-apptest", action="store_true", help="time the loaders only")
    args = parser.parse_args(argv)
    # Cached loaders called outside a running app log a warning per call.
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    url = normalise_url(args.database_url or f"sqlite:///{ROOT / 'data' / 'bench' / 'dashboard.db'}")
    if not args.reuse:
        if is_sqlite(url):
            path = Path(url.removeprefix("sqlite:///"))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"generating {args.pledges:,} pledges over {args.years} years ...", flush=True)
        generate(url, args.pledges, args.years, args.sources)
    engine = make_engine(url, writer=False)
    print(f"{pledge_count(engine):,} pledges")
    loaders = time_loaders(engine, args.repeat)
    engine.dispose()
    runs = {} if args.no_apptest else time_app_runs(url, args.repeat)
    report(url, loaders, runs)


if __name__ == "__main__":
    main()
