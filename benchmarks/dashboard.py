"""Dashboard speed: a database of 1,000,000 pledges over 10 years, every loader of
tracker/queries the pages call (overview, explorer with each filter and text
search, timeline, sources, review, commitments list and story) and a full
AppTest run of each page, timed against the 300 ms target.

    .venv/bin/python benchmarks/dashboard.py                      # SQLite, cached in $TMPDIR
    .venv/bin/python benchmarks/dashboard.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench_dash

The database is built at migration 0003, loaded in bulk (multi-row INSERTs of
500 rows in one transaction on SQLite, COPY on PostgreSQL), then upgraded to
head, so migration 0004 builds the text index and the recipient summaries from
a million stored pledges as it would for a user; the monthly summary is rebuilt
in one statement, as ingest would have kept it. A database already holding the
asked-for number of pledges at head is reused (SQLite: a file in the temporary
directory named after the size; PostgreSQL: the named database); ``--fresh``
builds it again. Funding pledges are linked into commitments (one per
recipient, currency and year: first mention new money, later ones restated).
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.domain.kinds import (  # noqa: E402
    DeliveryStatus,
    LinkRole,
    PledgeKind,
    Qualifier,
    ReviewStatus,
    Scope,
)
from tracker.domain.periods import Period, add_months, month_end  # noqa: E402
from tracker.domain.topics import Topic  # noqa: E402
from tracker.queries import (  # noqa: E402
    commitments,
    explorer,
    health,
    overview,
    review,
    text_search,
    timeline,
)
from tracker.queries.commitments import CommitmentFilter  # noqa: E402
from tracker.queries.explorer import PledgeFilter  # noqa: E402
from tracker.schema.db import is_sqlite, make_engine, normalise_url, session_scope  # noqa: E402
from tracker.schema.migrate import current_revisions, head_revisions_from_files, upgrade  # noqa: E402
from tracker.schema.models import Pledge  # noqa: E402
from tracker.store.summary_bulk import rebuild_summary  # noqa: E402

KINDS = (
    (PledgeKind.FUNDING.value, 0.45),
    (PledgeKind.UNIT.value, 0.15),
    (PledgeKind.APPOINTMENT.value, 0.15),
    (PledgeKind.HEADCOUNT.value, 0.25),
)
CURRENCIES = (("GBP", 0.85), ("EUR", 0.10), ("USD", 0.05))
SCOPES = ((Scope.NEW.value, 0.6), (Scope.TOTAL.value, 0.25), (Scope.EXISTING.value, 0.15))
STATUSES = (
    (ReviewStatus.UNREVIEWED.value, 0.9),
    (ReviewStatus.CONFIRMED.value, 0.07),
    (ReviewStatus.REJECTED.value, 0.03),
)
TOPICS = tuple(topic.value for topic in Topic)
TARGET_SECONDS = 0.3
COMMITMENTS_PAGE = 200
BATCH_ROWS = 500
# The schema the bulk load writes into; upgrading from it builds the text index.
LOAD_REVISION = "0003"
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
    """Fast bulk insert: multi-row INSERTs in one transaction on SQLite, COPY on PostgreSQL."""
    count = 0
    with engine.begin() as connection:
        raw: Any = connection.connection.driver_connection
        names = ", ".join(columns)
        if engine.dialect.name == "sqlite":
            one = "(" + ", ".join("?" for _ in columns) + ")"
            cursor = raw.cursor()
            batch: list[Any] = []
            for row in rows:
                batch.extend(row)
                count += 1
                if len(batch) == BATCH_ROWS * len(columns):
                    cursor.execute(
                        f"INSERT INTO {table} ({names}) VALUES {', '.join([one] * BATCH_ROWS)}", batch
                    )
                    batch = []
            if batch:
                n = len(batch) // len(columns)
                cursor.execute(f"INSERT INTO {table} ({names}) VALUES {', '.join([one] * n)}", batch)
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
    "topic",
    "commitment_id",
    "link_role",
    "new_money",
)
COMMITMENT_COLUMNS = (
    "id",
    "kind",
    "origin",
    "label",
    "aliases",
    "figures",
    "currency",
    "amount",
    "new_money",
    "restated_money",
    "first_announced_on",
    "last_announced_on",
    "mentions",
    "topic",
    "status",
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
    if kind == PledgeKind.FUNDING:
        amount = float(rng.choice((1, 2, 5, 10, 25, 50, 100, 250)) * 10 ** rng.choice((5, 6, 6, 7)))
        recipient = f"Programme {i % 500}"
        evidence = f"The government will provide {currency} {amount:,.0f} for {recipient}."
        return (
            amount,
            currency,
            recipient,
            Qualifier.EXACT.value,
            scope,
            None,
            None,
            None,
            None,
            None,
            None,
            evidence,
        )
    if kind == PledgeKind.UNIT:
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
    if kind == PledgeKind.APPOINTMENT:
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


class Commitments:
    """Funding pledges linked as the tracker would: one commitment per recipient, currency
    and year; its first mention adds new money, later ones restate it."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, int], list[Any]] = {}

    def link(
        self, recipient: str, currency: str, day: date, amount: float, topic: str
    ) -> tuple[int, str, float]:
        key = (recipient, currency, day.year)
        row = self.rows.get(key)
        if row is None:
            row = [len(self.rows) + 1, amount, amount, 0.0, day, day, 0, topic]
            self.rows[key] = row
            row[6] = 1
            return row[0], LinkRole.FIRST.value, amount
        row[2] = amount  # the latest stated figure
        row[5] = day
        row[3] += amount
        row[6] += 1
        return row[0], LinkRole.REANNOUNCED.value, 0.0

    def table_rows(self, sqlite: bool) -> Iterator[tuple[Any, ...]]:
        for (recipient, currency, year), (
            cid,
            new,
            latest,
            restated,
            first,
            last,
            n,
            topic,
        ) in self.rows.items():
            yield (
                cid,
                PledgeKind.FUNDING.value,
                f"bench:{recipient}:{currency}:{year}",
                recipient,
                "[]",
                "[]",
                currency,
                latest,
                new,
                restated,
                _day(first, sqlite),
                _day(last, sqlite),
                n,
                topic,
                DeliveryStatus.ANNOUNCED.value,
            )


def _pledges(
    n: int, days: list[date], n_sources: int, now: datetime, sqlite: bool, seed: int, links: Commitments
) -> Iterator[tuple[Any, ...]]:
    rng = random.Random(seed)
    kinds = _weighted(rng, KINDS, n)
    currencies = _weighted(rng, CURRENCIES, n)
    scopes = _weighted(rng, SCOPES, n)
    statuses = _weighted(rng, STATUSES, n)
    topics = rng.choices(TOPICS, k=n)
    extracted = _stamp(now, sqlite)
    for i in range(n):
        article = i // PLEDGES_PER_ARTICLE + 1
        day = days[article - 1]
        fields = _pledge_fields(kinds[i], i, rng, currencies[i], scopes[i])
        evidence = fields[-1]
        link: tuple[Any, Any, Any] = (None, None, None)
        if kinds[i] == PledgeKind.FUNDING:
            link = links.link(fields[2], currencies[i], day, fields[0], topics[i])
        yield (
            article,
            article % n_sources + 1,
            kinds[i],
            _day(day, sqlite),
            *fields[:-1],
            evidence,
            0,
            len(evidence),
            0.7,
            f"{i:032x}",
            "bench",
            extracted,
            statuses[i],
            topics[i],
            *link,
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
    upgrade(url, LOAD_REVISION)
    engine = make_engine(url)
    sqlite = is_sqlite(url)
    now = datetime.now(UTC).replace(microsecond=0)
    days = 365 * years
    first = now.date() - timedelta(days=days - 1)
    rng = random.Random(11)
    n_articles = -(-n_pledges // PLEDGES_PER_ARTICLE)
    article_days = _article_days(n_articles, first, days, rng)
    links = Commitments()
    # A first pass over the same seeded pledges finds the commitments, which the
    # pledges' foreign keys need loaded first.
    for _ in _pledges(n_pledges, article_days, n_sources, now, sqlite, 5, links):
        pass
    steps: list[tuple[str, Callable[[], int]]] = [
        ("source", lambda: _load(engine, "source", SOURCE_COLUMNS, _sources(n_sources, now, sqlite))),
        (
            "article",
            lambda: _load(
                engine, "article", ARTICLE_COLUMNS, _articles(article_days, n_sources, now, sqlite)
            ),
        ),
        ("commitment", lambda: _load(engine, "commitment", COMMITMENT_COLUMNS, links.table_rows(sqlite))),
        (
            "pledge",
            lambda: _load(
                engine,
                "pledge",
                PLEDGE_COLUMNS,
                _pledges(n_pledges, article_days, n_sources, now, sqlite, 5, Commitments()),
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
    engine.dispose()
    started = time.perf_counter()
    upgrade(url)
    print(f"  upgraded to head (text index, recipient summaries) in {time.perf_counter() - started:6.1f} s")
    engine = make_engine(url)
    started = time.perf_counter()
    with session_scope(engine) as session:
        rows = rebuild_summary(session)
    print(f"  built  {rows:>9,} summary rows in {time.perf_counter() - started:6.1f} s", flush=True)
    # Statistics for the planners; on PostgreSQL VACUUM also sets the visibility map, so
    # covering indexes answer alone, as autovacuum would have done on a live database.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE" if sqlite else "VACUUM ANALYZE"))
    engine.dispose()


# ---------------------------------------------------------------- timing

Calls = list[tuple[str, Callable[[], Any]]]


def _overview_calls(engine: Engine, period: Period) -> Calls:
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


def _commitments_calls(engine: Engine, flt: CommitmentFilter) -> Calls:
    """What the Commitments page loads (dashboard/app_pages/commitments.py: 200 rows a page)."""
    shown = tuple(row.id for row in commitments.find_commitments(engine, flt, limit=COMMITMENTS_PAGE))
    return [
        ("commitment_currencies", lambda: commitments.commitment_currencies(engine)),
        ("publishers", lambda: commitments.publishers(engine)),
        ("count_commitments", lambda: commitments.count_commitments(engine, flt)),
        ("find_commitments", lambda: commitments.find_commitments(engine, flt, limit=COMMITMENTS_PAGE)),
        ("mention_facts", lambda: commitments.mention_facts(engine, shown)),
        ("new_money_by_topic", lambda: commitments.new_money_by_topic(engine, flt)),
    ]


def _periods(engine: Engine) -> tuple[Period, Period]:
    span = overview.summary_span(engine)
    assert span is not None, "the benchmark database is empty"
    return Period(add_months(span[1], -11), month_end(span[1])), Period(span[0], month_end(span[1]))


def page_loaders(engine: Engine) -> dict[str, Calls]:
    """What each page loads on its first run (mirrors dashboard/app_pages), for the last 12
    months and for all time."""
    last12, everything = _periods(engine)
    default = PledgeFilter(period=everything)
    first_id = explorer.search_pledges(engine, default, limit=1)[0]["id"]
    queued = review.review_queue(engine, 1, 0)
    biggest = commitments.list_commitments(engine, limit=1)
    story_id = biggest[0].id if biggest else 0
    return {
        "overview (last 12 months)": _overview_calls(engine, last12),
        "overview (all time)": _overview_calls(engine, everything),
        "explorer (all time)": [
            ("summary_span", lambda: overview.summary_span(engine)),
            ("source_choices", lambda: explorer.sources_for_filter(engine)),
            ("currencies", lambda: overview.currencies(engine)),
            ("count_pledges", lambda: explorer.count_pledges(engine, default)),
            ("search_pledges", lambda: explorer.search_pledges(engine, default, limit=50)),
            ("pledge_detail", lambda: explorer.pledge_detail(engine, first_id)),
        ],
        "timeline (last 12 months)": [
            ("summary_span", lambda: overview.summary_span(engine)),
            ("source_choices", lambda: explorer.sources_for_filter(engine)),
            ("timeline_events", lambda: timeline.timeline_events(engine, last12)),
            ("failing_spans", lambda: health.failing_spans(engine, last12)),
        ],
        "timeline (all time)": [
            ("timeline_events", lambda: timeline.timeline_events(engine, everything)),
            ("failing_spans", lambda: health.failing_spans(engine, everything)),
        ],
        "sources": [("sources_health", lambda: health.sources_health(engine, 3))],
        "review": [
            ("queue_size", lambda: review.queue_size(engine)),
            ("review_queue", lambda: review.review_queue(engine, 50, 0)),
            ("recent_reviews", lambda: review.recent_reviews(engine)),
            ("pledge_for_review", lambda: review.pledge_for_review(engine, int(queued[0]["id"]))),
        ],
        "commitments page (default)": _commitments_calls(engine, CommitmentFilter()),
        "commitments page (GBP, last 12 months)": _commitments_calls(
            engine, CommitmentFilter(currency="GBP", period=last12)
        ),
        "commitments list, all rows at once": [
            ("list_commitments", lambda: commitments.list_commitments(engine))
        ],
        "commitment story": [
            ("get_commitment", lambda: commitments.get_commitment(engine, story_id)),
            ("commitment_story", lambda: commitments.commitment_story(engine, story_id)),
            ("status_history", lambda: commitments.status_history(engine, story_id)),
        ],
    }


def explorer_filters(engine: Engine) -> dict[str, PledgeFilter]:
    """Explorer filters, each timed as count + first page (what a filter change costs)."""
    last12, everything = _periods(engine)
    funding = (PledgeKind.FUNDING.value,)
    return {
        "last 12 months": PledgeFilter(period=last12),
        "kind = unit": PledgeFilter(period=everything, kinds=(PledgeKind.UNIT.value,)),
        "one source": PledgeFilter(period=everything, source_ids=(7,)),
        "EUR, amount >= 10m": PledgeFilter(period=everything, currencies=("EUR",), amount_min=1e7),
        "rejected only": PledgeFilter(period=everything, review_statuses=(ReviewStatus.REJECTED.value,)),
        "evidence 'programme' (word in 45%)": PledgeFilter(period=everything, evidence_text="programme"),
        "evidence 'Programme 42' (phrase, 1%)": PledgeFilter(period=everything, evidence_text="Programme 42"),
        "evidence 'rogramm' (part of a word)": PledgeFilter(period=everything, evidence_text="rogramm"),
        "evidence 'Person99999' (rare)": PledgeFilter(period=everything, evidence_text="Person99999"),
        "evidence 'no such words' (none)": PledgeFilter(period=everything, evidence_text="no such words"),
        "evidence 'zq' (2 letters, no index)": PledgeFilter(period=everything, evidence_text="zq"),
        "recipient 'Programme 7'": PledgeFilter(period=everything, recipient_text="Programme 7"),
        "person or unit 'Person9999'": PledgeFilter(period=everything, person_or_unit_text="Person9999"),
        "person or unit 'Taskforce 12345'": PledgeFilter(
            period=everything, person_or_unit_text="Taskforce 12345"
        ),
        "funding + 'programme' + last 12 months": PledgeFilter(
            period=last12, kinds=funding, evidence_text="programme"
        ),
        "unit + 'programme' (no match)": PledgeFilter(
            period=everything, kinds=(PledgeKind.UNIT.value,), evidence_text="programme"
        ),
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
            # Each timing pays for planning its text search (the probe is cached a minute).
            text_search.forget_probes()
            # As the page: the matches (listed when few), then the first page (none when 0).
            found = explorer.match_pledges(engine, flt)
            if found.count:
                explorer.search_pledges(engine, flt, limit=50, among=found.ids)

        def by_amount(flt: PledgeFilter = flt) -> None:
            text_search.forget_probes()
            explorer.search_pledges(engine, flt, sort="amount", limit=50)

        results[f"explorer: {label}"] = (_best_of(change, repeat), "count + first page")
        if flt.evidence_text == "programme" and not flt.kinds:
            results[f"explorer: {label}, by amount"] = (_best_of(by_amount, repeat), "first page")
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
    pages = sorted(path.stem for path in (ENTRY.parent / "app_pages").glob("*.py"))
    for page in pages:
        app.switch_page(f"app_pages/{page}.py")
        cold = [_run(app, page, clear=True) for _ in range(repeat)]
        warm = [_run(app, page, clear=False) for _ in range(repeat)]
        results[f"page {page} (full run)"] = (min(cold), min(warm))
    return results


def report(url: str, loaders: dict[str, tuple[float, str]], runs: dict[str, tuple[float, float]]) -> None:
    name = make_engine(url).dialect.name
    target = f"{TARGET_SECONDS * 1000:.0f} ms"
    print(f"\n{name}: {url}")
    print(f"| {'page / action':48} | loaders (ms) | under {target} | note")
    print(f"|{'-' * 50}|--------------|--------------|-----")
    for page, (seconds, note) in loaders.items():
        ok = "yes" if seconds < TARGET_SECONDS else "NO"
        print(f"| {page:48} | {seconds * 1000:12.1f} | {ok:12} | {note}")
    if runs:
        print(f"\n| {'page':48} | full run, cold (ms) | full run, cached (ms)")
        print(f"|{'-' * 50}|---------------------|----------------------")
        for page, (cold, warm) in runs.items():
            print(f"| {page:48} | {cold * 1000:19.1f} | {warm * 1000:20.1f}")


def pledge_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Pledge)).scalar_one())


def _reusable(url: str, n_pledges: int) -> bool:
    """Whether ``url`` already holds ``n_pledges`` pledges at the head revision."""
    if is_sqlite(url) and not Path(url.removeprefix("sqlite:///")).exists():
        return False
    engine = make_engine(url, writer=False)
    try:
        if current_revisions(engine) != head_revisions_from_files():
            return False
        return pledge_count(engine) == n_pledges
    except SQLAlchemyError:  # no database, or no tables: build it
        return False
    finally:
        engine.dispose()


def _start_empty(url: str) -> None:
    if is_sqlite(url):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", help="default: SQLite in the temporary directory")
    parser.add_argument("--pledges", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--sources", type=int, default=40)
    parser.add_argument("--fresh", action="store_true", help="build the database again even if it is there")
    parser.add_argument("--repeat", type=int, default=3, help="loader timings: best of N")
    parser.add_argument("--no-apptest", action="store_true", help="time the loaders only")
    parser.add_argument("--generate-only", action="store_true", help="build the database, time nothing")
    args = parser.parse_args(argv)
    # Cached loaders called outside a running app log a warning per call.
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    cached = Path(tempfile.gettempdir()) / "tracker-bench" / f"dashboard-{args.pledges}.db"
    url = normalise_url(args.database_url or f"sqlite:///{cached}")
    if args.fresh or not _reusable(url, args.pledges):
        _start_empty(url)
        print(f"generating {args.pledges:,} pledges over {args.years} years ...", flush=True)
        started = time.perf_counter()
        generate(url, args.pledges, args.years, args.sources)
        print(f"  database ready in {time.perf_counter() - started:6.1f} s", flush=True)
    if args.generate_only:
        return
    engine = make_engine(url, writer=False)
    print(f"{pledge_count(engine):,} pledges")
    loaders = time_loaders(engine, args.repeat)
    engine.dispose()
    runs = {} if args.no_apptest else time_app_runs(url, args.repeat)
    report(url, loaders, runs)


if __name__ == "__main__":
    main()
