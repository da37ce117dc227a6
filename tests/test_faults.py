"""Faults found by an independent run (RELIABILITY 38-40), on SQLite and PostgreSQL.

38: values longer than their column; 39: any error inside one source's ingest,
database errors included; 40: a fault of the whole store (a full SQLite
database, a PostgreSQL database dropped mid-run). Feeds come from a real HTTP
server on 127.0.0.1; database errors come from the databases themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, text
from sqlmodel import Session, col, select

from tests.support.databases import (
    POSTGRES_SKIP_REASON,
    drop_postgres_database,
    new_postgres_database,
    new_sqlite_database,
)
from tests.support.http_server import LocalHTTPServer, RecordedRequest, Route, http_server_fixture  # noqa: F401
from tracker.core.clock import utcnow
from tracker.core.config import Settings, load_settings
from tracker.core.errors import RunStoppedError
from tracker.domain.limits import KEY_CHARS, URL_CHARS, fit_key
from tracker.runtime.pipeline import ingest_due, ingest_source
from tracker.runtime.store_faults import last_store_fault
from tracker.schema.db import make_engine, session_scope
from tracker.schema.models import Article, FetchLog, Pledge, Source
from tracker.store.sources import WARNING_KIND, add_source, find_source

PUBLISHED = "Wed, 04 Mar 2026 09:00:00 GMT"
LONG_GUID = "https://gov.example/news/" + "g" * 2500
LONG_LINK = "https://gov.example/articles/" + "l" * 2500
LONG_ETAG = '"' + "e" * 1500 + '"'
LONG_LAST_MODIFIED = "Wed, 04 Mar 2026 09:00:00 GMT" + " " * 10 + "x" * 300


def item(title: str, text: str, guid: str | None = None, link: str | None = None) -> str:
    parts = [
        f"<title>{title}</title>",
        f"<pubDate>{PUBLISHED}</pubDate>",
        f"<description>{text}</description>",
    ]
    if guid is not None:
        parts.append(f"<guid>{guid}</guid>")
    if link is not None:
        parts.append(f"<link>{link}</link>")
    return "<item>" + "".join(parts) + "</item>"


def rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Department of Examples</title>{''.join(items)}</channel></rss>"
    ).encode()


HOSTILE_FEED = rss(
    item(
        "Harbour towns get flood money",
        "The Department of Examples will provide £45 million for the Harbour Flood Defence Programme.",
        guid="n1",
        link="https://gov.example/n1",
    ),
    item("An id too long", "A new Coastal Resilience Unit will be set up.", guid=LONG_GUID),
    item("A link too long", "The Minister opened a bridge.", guid="n3", link=LONG_LINK),
    item("No id, a link too long", "The Minister opened a school.", link=LONG_LINK + "/other"),
)


def _add(engine: Engine, url: str) -> int:
    with session_scope(engine) as session:
        return add_source(session, url, now=utcnow()).id or 0


def _source(engine: Engine, source_id: int) -> Source:
    with Session(engine) as session:
        return find_source(session, source_id)


def _count(engine: Engine, model: type, *where: Any) -> int:
    with Session(engine) as session:
        return int(session.exec(select(func.count()).select_from(model).where(*where)).one())


def _settings_for(url: str, data_dir: Path) -> Settings:
    return load_settings(
        database_url=url,
        data_dir=data_dir,
        allow_private_networks=True,
        seed_default_sources=False,
        connect_timeout_s=2,
        read_timeout_s=2,
        total_timeout_s=5,
        parse_timeout_s=5,
    )


def serve_hostile(http_server: LocalHTTPServer) -> str:
    """A feed with every oversized value of case 38, reached through a 301 to a 2,100-character URL."""

    def feed(request: RecordedRequest) -> Route:
        return Route(
            body=HOSTILE_FEED,
            headers={
                "ETag": LONG_ETAG,
                "Last-Modified": LONG_LAST_MODIFIED,
                "Content-Type": "application/xml",
            },
        )

    http_server.route("/feed", feed)
    http_server.redirect("/moved", "/feed?" + "q" * 2100, status=301)
    return http_server.url("/moved")


def stored_result(engine: Engine, source_id: int) -> dict[str, Any]:
    """What a poll left in the database, in store-independent terms."""
    with Session(engine) as session:
        source = find_source(session, source_id)
        articles = sorted(
            (a.entry_key, a.url, a.title)
            for a in session.exec(select(Article).where(Article.source_id == source_id))
        )
        logs = [
            (row.outcome, row.error_kind, row.error, row.entries_new, row.entries_unchanged)
            for row in session.exec(select(FetchLog).order_by(col(FetchLog.id)))
        ]
        pledges = session.exec(select(func.count()).select_from(Pledge)).one()
    return {
        "source": (
            source.url,
            source.etag,
            source.last_modified,
            source.consecutive_failures,
            source.last_error_kind,
            source.last_error,
            source.enabled,
        ),
        "articles": articles,
        "pledges": pledges,
        "fetch_log": logs,
    }


def poll_hostile_twice(url: str, data_dir: Path, http_server: LocalHTTPServer) -> dict[str, Any]:
    engine = make_engine(url)
    try:
        source_id = _add(engine, serve_hostile(http_server))
        good_id = _add(engine, http_server.url("/good"))
        reports = ingest_due(engine, _settings_for(url, data_dir), source_ids=[source_id, good_id])
        assert [r.outcome for r in reports] == ["ok", "ok"], reports
        again = ingest_source(engine, _settings_for(url, data_dir), source_id)
        assert (again.outcome, again.new, again.unchanged) == ("ok", 0, 4)
        return stored_result(engine, source_id)
    finally:
        engine.dispose()


def test_case38_hostile_feed_stores_the_same_on_sqlite_and_postgresql(
    http_server: LocalHTTPServer, tmp_path: Path, postgres_template: str | None
) -> None:
    if not postgres_template:
        pytest.skip(POSTGRES_SKIP_REASON)
    http_server.route("/good", Route(body=rss(item("Fine", "A fine entry.", guid="g1"))))
    sqlite_url = new_sqlite_database(tmp_path)
    postgres_url = new_postgres_database(postgres_template)
    try:
        on_sqlite = poll_hostile_twice(sqlite_url, tmp_path, http_server)
        on_postgres = poll_hostile_twice(postgres_url, tmp_path, http_server)
    finally:
        drop_postgres_database(postgres_template, postgres_url)
    assert on_sqlite == on_postgres
    keys = [key for key, _url, _title in on_sqlite["articles"]]
    assert sorted(keys) == sorted(["n1", "n3", fit_key(LONG_GUID), fit_key(LONG_LINK + "/other")])
    assert all(len(key) <= KEY_CHARS for key in keys)


def test_case38_oversized_values_are_fitted_and_recorded_as_a_warning(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    moved = serve_hostile(http_server)
    source_id = _add(engine, moved)
    report = ingest_source(engine, settings, source_id)
    assert (report.outcome, report.new) == ("ok", 4)
    source = _source(engine, source_id)
    # Validators too long for their columns are not stored; the source keeps its URL.
    assert (source.etag, source.last_modified, source.url) == (None, None, moved)
    assert source.consecutive_failures == 0 and source.last_error_kind == WARNING_KIND
    warning = source.last_error or ""
    for part in ("2 entry ids over 2,000", "3 entry links over 2,000", "ETag of 1,502", "Last-Modified of"):
        assert part in warning
    assert "permanent redirect to a URL of" in warning
    with Session(engine) as session:
        by_key = {a.entry_key: a for a in session.exec(select(Article))}
        log = session.exec(select(FetchLog)).one()
    assert by_key["n1"].url == "https://gov.example/n1" and by_key["n3"].url is None
    hashed = by_key[fit_key(LONG_GUID)]
    assert hashed.entry_key.startswith("https://gov.example/news/ggg") and len(hashed.entry_key) == KEY_CHARS
    assert by_key[fit_key(LONG_LINK + "/other")].url is None
    assert (log.outcome, log.error_kind) == ("ok", WARNING_KIND) and log.error == warning
    # Not stored, so never sent back: the next poll is unconditional.
    ingest_source(engine, settings, source_id)
    last = http_server.requests_for("/feed?" + "q" * 2100)[-1]
    assert last.header("If-None-Match") is None and last.header("If-Modified-Since") is None


def test_case38_a_clean_poll_clears_the_warning(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/feed", Route(body=rss(item("Long", "Text.", guid=LONG_GUID))))
    source_id = _add(engine, http_server.url("/feed"))
    ingest_source(engine, settings, source_id)
    assert _source(engine, source_id).last_error_kind == WARNING_KIND
    http_server.route("/feed", Route(body=rss(item("Short", "Text.", guid="s1"))))
    ingest_source(engine, settings, source_id)
    source = _source(engine, source_id)
    assert (source.last_error_kind, source.last_error) == (None, None)


def test_case38_sized_text_columns_are_cut_at_their_size(engine: Engine) -> None:
    """The last guard: any other sized text column is cut, never refused by PostgreSQL."""
    with session_scope(engine) as session:
        source = add_source(session, "https://gov.example/feed", now=utcnow(), title="t" * 900)
        source.publisher = "p" * 900
        session.add(source)
    with Session(engine) as session:
        stored = session.exec(select(Source)).one()
    assert len(stored.title or "") == 500 and (stored.title or "").endswith("…")
    assert len(stored.publisher or "") == 200


def test_case38_domain_limits_match_the_columns() -> None:
    from tracker.domain import limits

    columns = {
        "KEY_CHARS": Article.__table__.c.entry_key,  # type: ignore[attr-defined]
        "URL_CHARS": Source.__table__.c.url,  # type: ignore[attr-defined]
        "ETAG_CHARS": Source.__table__.c.etag,  # type: ignore[attr-defined]
        "LAST_MODIFIED_CHARS": Source.__table__.c.last_modified,  # type: ignore[attr-defined]
        "TITLE_CHARS": Source.__table__.c.title,  # type: ignore[attr-defined]
        "PUBLISHER_CHARS": Source.__table__.c.publisher,  # type: ignore[attr-defined]
    }
    assert Article.__table__.c.url.type.length == URL_CHARS  # type: ignore[attr-defined]
    for name, column in columns.items():
        assert getattr(limits, name) == column.type.length, name


# --- 39: any error inside one source's ingest is that source's --------------------------------

POISON = "Poisoned entry"


def install_poison(engine: Engine) -> None:
    """A real database error on one title: a trigger (SQLite) or a CHECK constraint (PostgreSQL)."""
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER poison BEFORE INSERT ON article WHEN NEW.title = :t "
                    "BEGIN SELECT RAISE(ABORT, 'poisoned entry refused'); END".replace(":t", f"'{POISON}'")
                )
            )
        else:
            connection.execute(text(f"ALTER TABLE article ADD CONSTRAINT poison CHECK (title <> '{POISON}')"))


def remove_poison(engine: Engine) -> None:
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER poison"))
        else:
            connection.execute(text("ALTER TABLE article DROP CONSTRAINT poison"))


FIVE_ENTRIES = rss(
    *(
        item(
            POISON if n == 3 else f"Announcement {n}",
            f"The Department of Examples will provide £{n}0 million for the Harbour Programme {n}.",
            guid=f"e{n}",
        )
        for n in range(1, 6)
    )
)


def test_case34_case39_a_database_error_after_k_of_n_entries_is_recorded_and_the_run_goes_on(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/poisoned", Route(body=FIVE_ENTRIES))
    http_server.route("/good", Route(body=rss(item("Fine", "A new Coastal Unit will be set up.", guid="g1"))))
    poisoned, good = _add(engine, http_server.url("/poisoned")), _add(engine, http_server.url("/good"))
    install_poison(engine)
    reports = ingest_due(engine, settings, source_ids=[poisoned, good])
    assert [r.outcome for r in reports] == ["error", "ok"]
    # Rolled back whole: not even the two entries before the poisoned one.
    assert _count(engine, Article, Article.source_id == poisoned) == 0
    assert _count(engine, Pledge, Pledge.source_id == poisoned) == 0
    assert _count(engine, Article, Article.source_id == good) == 1
    source = _source(engine, poisoned)
    assert source.consecutive_failures == 1 and source.failing_since is not None
    assert source.last_error_kind in ("IntegrityError", "CheckViolation")
    assert (source.last_error or "").startswith("database error:")
    with Session(engine) as session:
        log = session.exec(select(FetchLog).where(FetchLog.source_id == poisoned)).one()
    assert (log.outcome, log.error_kind) == ("error", source.last_error_kind)
    # Backed off, not retried in a loop; once the cause is gone the next run stores all five.
    assert source.next_check_at > utcnow()
    remove_poison(engine)
    again = ingest_source(engine, settings, poisoned)
    assert (again.outcome, again.new) == ("ok", 5)
    assert _source(engine, poisoned).last_error is None


def test_case39_a_bug_inside_one_source_is_recorded_on_it(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only database errors: anything raised inside one source's ingest is that source's."""
    import tracker.runtime.pipeline as pipeline

    real = pipeline.prepare_records

    def broken(entries: Any, to_extract: Any, source: Any, settings: Any, *rest: Any) -> Any:
        if "broken" in source.url:
            raise KeyError("no such field")
        return real(entries, to_extract, source, settings, *rest)

    monkeypatch.setattr(pipeline, "prepare_records", broken)
    http_server.route("/broken", Route(body=FIVE_ENTRIES))
    http_server.route("/good", Route(body=FIVE_ENTRIES))
    broken_id, good = _add(engine, http_server.url("/broken")), _add(engine, http_server.url("/good"))
    reports = ingest_due(engine, settings, source_ids=[broken_id, good])
    assert [r.outcome for r in reports] == ["error", "ok"]
    source = _source(engine, broken_id)
    assert source.last_error_kind == "KeyError" and "no such field" in (source.last_error or "")


def test_case39_a_source_removed_before_its_turn_does_not_stop_the_run(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/good", Route(body=rss(item("Fine", "Text.", guid="g1"))))
    good = _add(engine, http_server.url("/good"))
    reports = ingest_due(engine, settings, source_ids=[good + 1000, good])
    assert [(r.source_id, r.outcome) for r in reports] == [(good, "ok")]


# --- 40: a fault of the whole store stops the run, says so, and the next run completes ---------


def big_feed(n: int) -> bytes:
    filler = "The programme continues with further work on the harbour walls. " * 300
    return rss(*(item(f"Entry {n}-{i}", f"{filler} Number {i}.", guid=f"s{n}-e{i}") for i in range(8)))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return new_sqlite_database(tmp_path)


def limit_pages(engine: Engine, extra_pages: int) -> None:
    """Simulate a full disk: no connection of this engine may grow the file past ``extra_pages`` more."""
    with engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


@pytest.fixture
def full_sqlite(sqlite_url: str, http_server: LocalHTTPServer) -> Iterator[tuple[str, list[int]]]:
    """Ten sources of about 150 KB each; the database may grow by about 400 KB."""
    engine = make_engine(sqlite_url)
    ids = []
    for n in range(10):
        http_server.route(f"/feed{n}", Route(body=big_feed(n)))
        ids.append(_add(engine, http_server.url(f"/feed{n}")))
    engine.dispose()
    yield sqlite_url, ids


def test_case40_a_full_sqlite_disk_stops_the_run_and_the_next_run_completes(
    full_sqlite: tuple[str, list[int]], tmp_path: Path
) -> None:
    url, ids = full_sqlite
    settings = _settings_for(url, tmp_path)
    engine = make_engine(url)
    limit_pages(engine, 100)
    done: list[Any] = []
    with pytest.raises(RunStoppedError) as stopped:
        ingest_due(engine, settings, source_ids=ids, on_done=done.append)
    error = stopped.value
    assert "database or disk is full" in str(error)
    assert error.total == 10 and error.not_attempted == 10 - len(done) - 1 > 0
    assert f"{error.not_attempted} of 10 sources not attempted" in str(error)
    assert all(r.outcome == "ok" for r in done)
    engine.dispose()
    # Integrity: the sources done are whole, the one that hit the fault has nothing.
    engine = make_engine(url)
    stuck = ids[len(done)]
    assert _count(engine, Article, Article.source_id == stuck) == 0
    assert _count(engine, FetchLog, FetchLog.source_id == stuck) == 0
    assert _count(engine, Article) == 8 * len(done)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    # The next run, with room again, completes the rest.
    reports = ingest_due(engine, settings)
    assert [r.outcome for r in reports] == ["ok"] * (10 - len(done))
    assert _count(engine, Article) == 80
    engine.dispose()


def test_case40_a_postgresql_database_gone_mid_run_stops_the_run(
    http_server: LocalHTTPServer, tmp_path: Path, postgres_template: str | None
) -> None:
    if not postgres_template:
        pytest.skip(POSTGRES_SKIP_REASON)
    url = new_postgres_database(postgres_template)
    engine = make_engine(url)
    try:
        ids = []
        for n in range(6):
            http_server.route(f"/feed{n}", Route(body=rss(item(f"E{n}", "Text.", guid=f"e{n}"))))
            ids.append(_add(engine, http_server.url(f"/feed{n}")))

        def drop_then_answer(_request: RecordedRequest) -> Route:
            drop_postgres_database(postgres_template, url)  # the database goes away mid-run
            return Route(body=rss(item("Late", "Text.", guid="late")))

        http_server.route("/feed2", drop_then_answer)
        with pytest.raises(RunStoppedError) as stopped:
            ingest_due(engine, _settings_for(url, tmp_path), source_ids=ids)
        assert "does not exist" in str(stopped.value) or "connection" in str(stopped.value)
        assert stopped.value.not_attempted == 3 and "3 of 6 sources not attempted" in str(stopped.value)
    finally:
        engine.dispose()
        drop_postgres_database(postgres_template, url)


def test_case40_the_fault_is_recorded_for_status_and_cleared_by_the_next_good_run(
    full_sqlite: tuple[str, list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    import tracker.schema.db as db
    from tracker.cli.app import app

    url, _ids = full_sqlite
    real_make_engine = db.make_engine
    full = {"on": True}

    def make_full_engine(database_url: str, **kwargs: Any) -> Engine:
        engine = real_make_engine(database_url, **kwargs)
        if full["on"]:
            limit_pages(engine, 100)
        return engine

    env = {
        "TRACKER_DATABASE_URL": url,
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
        "TRACKER_DATA_DIR": str(tmp_path),
    }
    runner = CliRunner()
    monkeypatch.setattr(db, "make_engine", make_full_engine)  # commands import it when they run
    result = runner.invoke(app, ["ingest"], env=env)
    assert result.exit_code == 5, result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "database or disk is full" in errors[0]
    assert "sources not attempted" in errors[0]
    settings = _settings_for(url, tmp_path)
    fault = last_store_fault(settings)
    assert fault is not None and fault.not_attempted and fault.by == "tracker ingest"
    shown = runner.invoke(app, ["status"], env=env)
    assert "The database failed" in shown.stdout and "sources not attempted" in shown.stdout
    full["on"] = False
    again = runner.invoke(app, ["ingest"], env=env)
    assert again.exit_code == 0, again.output
    assert last_store_fault(settings) is None
    assert "The database failed" not in runner.invoke(app, ["status"], env=env).stdout


# --- the worker does the same ------------------------------------------------------------------


def _worker(engine: Engine, settings: Settings) -> Any:
    from tracker.runtime.ingest_worker import IngestWorker, new_identity

    worker = IngestWorker(engine, settings, new_identity(), tick_deadline_s=60)
    worker.register()
    return worker


def test_case39_the_worker_records_a_database_error_and_goes_on(
    engine: Engine, settings: Settings, http_server: LocalHTTPServer
) -> None:
    http_server.route("/poisoned", Route(body=FIVE_ENTRIES))
    http_server.route("/good", Route(body=rss(item("Fine", "A new Coastal Unit will be set up.", guid="g1"))))
    poisoned, good = _add(engine, http_server.url("/poisoned")), _add(engine, http_server.url("/good"))
    install_poison(engine)
    report = _worker(engine, settings).tick()
    assert report.ended == "idle" and report.crashed == []
    assert sorted((r.source_id, r.outcome) for r in report.reports) == [(poisoned, "error"), (good, "ok")]
    source = _source(engine, poisoned)
    assert source.last_error_kind in ("IntegrityError", "CheckViolation")
    assert source.lease_owner is None  # released: the backoff, not the lease, decides the retry
    assert source.next_check_at > utcnow()


def test_case40_a_worker_tick_stops_at_a_full_disk_and_the_next_tick_completes(
    full_sqlite: tuple[str, list[int]], tmp_path: Path
) -> None:
    url, ids = full_sqlite
    settings = _settings_for(url, tmp_path)
    engine = make_engine(url)
    worker = _worker(engine, settings)
    limit_pages(engine, 100)
    stopped = worker.tick()
    assert stopped.ended == "store_fault" and "database or disk is full" in (stopped.store_fault or "")
    assert 0 < stopped.done < len(ids)
    fault = last_store_fault(settings)
    assert fault is not None and fault.by == worker.id
    engine.dispose()
    roomy = make_engine(url)
    worker.engine = roomy
    with session_scope(roomy) as session:  # the lease of the source that hit the fault expires
        session.execute(text("UPDATE source SET lease_expires_at = NULL, lease_owner = NULL"))
    report = worker.tick()
    assert report.ended == "idle" and report.done == len(ids) - stopped.done
    assert _count(roomy, Article) == 80 and last_store_fault(settings) is None
    roomy.dispose()
