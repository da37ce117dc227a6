"""Fast start-up: what a command imports, the cheap schema check, and the quick reads.

Behaviour, not timing: the figures are in README.md (Performance).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.test_store import funding, record
from tracker.cli.quick_reads import source_lines, stats_figures
from tracker.core.errors import FetchError
from tracker.queries.stats import collect_stats
from tracker.schema.db import session_scope
from tracker.schema.migrate import head_revision, head_revisions_from_files
from tracker.schema.quick import postgres_conninfo, read_connection, sqlite_file
from tracker.store.articles import store_entries
from tracker.store.sources import add_source, list_sources, record_failure, set_enabled

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "trafilatura", "httpx", "feedparser", "tracker.extract")
NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level names of the modules loaded after running ``code`` in a fresh interpreter."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    return {heavy for heavy in HEAVY for name in loaded if name == heavy or name.startswith(heavy + ".")}


def test_importing_the_cli_imports_no_database_extractor_or_fetch_library() -> None:
    assert _modules_after("import tracker.cli") == set()


def test_quick_commands_on_a_migrated_sqlite_file_never_import_sqlalchemy(tmp_path: Path) -> None:
    env = {"TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'quick.db'}", "TRACKER_SEED_DEFAULT_SOURCES": "0"}
    run = "from tracker.cli import app\napp({args}, standalone_mode=False)"
    # The first command creates and migrates the file (the long way) ...
    assert "alembic" in _modules_after(run.format(args=["stats", "--json"]), env)
    # ... after which the quick commands stay on the driver.
    for args in (["stats", "--json"], ["stats"], ["sources", "list"]):
        assert _modules_after(run.format(args=args), env) == set(), args


def test_the_schema_check_imports_alembic_only_when_a_migration_is_due(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'check.db'}"
    code = (
        "from tracker.schema.db import make_engine\nfrom tracker.schema.migrate import ensure_schema\n"
        f"ensure_schema(make_engine({url!r}), {url!r})"
    )
    assert "alembic" in _modules_after(code)
    assert "alembic" not in _modules_after(code)


def test_head_read_from_the_migration_files_is_alembics_head(database_url: str) -> None:
    assert head_revisions_from_files() == {head_revision(database_url)}


def test_head_of_a_branched_history_names_every_tip(tmp_path: Path) -> None:
    for name, revision, down in (
        ("a", "'r1'", "None"),
        ("b", "'r2'", "'r1'"),
        ("c", "'r3'", "'r1'"),
        ("d", "'r4'", "('r2', 'r3')"),
        ("e", "'r5'", "'r4'"),
        ("f", "'r6'", "'r4'"),
    ):
        (tmp_path / f"{name}.py").write_text(f"revision: str = {revision}\ndown_revision = {down}\n")
    assert head_revisions_from_files(tmp_path) == {"r5", "r6"}


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:///data/tracker.db", Path("data/tracker.db")),
        ("sqlite:////srv/data/tracker.db", Path("/srv/data/tracker.db")),
        ("sqlite+pysqlite:///a%20b.db", Path("a b.db")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("sqlite:///file:x.db?mode=ro&uri=true", None),
        ("postgresql+psycopg://u@h/db", None),
    ],
)
def test_sqlite_urls_the_quick_path_takes(url: str, path: Path | None) -> None:
    assert sqlite_file(url) == path


@pytest.mark.parametrize(
    ("url", "conninfo"),
    [
        ("postgresql+psycopg://u:p%40ss@h:5433/db", "postgresql://u:p%40ss@h:5433/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("postgresql+psycopg://u@h/db?sslmode=require", None),
        ("postgresql+asyncpg://u@h/db", None),
        ("sqlite:///x.db", None),
    ],
)
def test_postgres_urls_the_quick_path_takes(url: str, conninfo: str | None) -> None:
    assert postgres_conninfo(url) == conninfo


def _populate(engine: Engine) -> None:
    """Sources in every state, articles, pledges of several kinds."""
    with session_scope(engine) as session:
        ok = add_source(session, "https://gov.example/ok.xml", now=NOW, publisher="Ok")
        failing = add_source(session, "https://gov.example/failing.xml", now=NOW)
        once = add_source(session, "https://gov.example/once.xml", now=NOW)
        add_source(session, "https://gov.example/off.xml", now=NOW)
        for source, times in ((failing, 3), (once, 1)):
            for _ in range(times):
                error = FetchError(source.url, "HTTP 500")
                record_failure(session, source, error, now=NOW, next_check_at=NOW, failing_after=3)
        set_enabled(session, "https://gov.example/off.xml", False, now=NOW)
        records = [
            record("a", "one", funding(5e6, "Roads"), funding(1e6, "Rail")),
            record("b", "two", funding(2e6, "Rail")),
            record("c", "three"),
        ]
        store_entries(session, ok.id or 0, records, now=NOW, extractor_version="t1", max_updates=5)


def test_quick_reads_give_what_the_orm_queries_give(engine: Engine, database_url: str) -> None:
    _populate(engine)
    with read_connection(database_url) as connection:
        figures = stats_figures(connection, 3)
        lines = source_lines(connection)
    assert figures == collect_stats(engine, 3)
    assert (figures["failing_sources"], figures["marked_failing"], figures["disabled_sources"]) == (2, 1, 1)
    with session_scope(engine) as session:
        sources = list_sources(session)
        expected = [{name: getattr(s, name) for name in lines[0].__dataclass_fields__} for s in sources]
    assert [vars(line) for line in lines] == expected


def test_quick_reads_migrate_a_database_that_is_not_there_yet(tmp_path: Path) -> None:
    (tmp_path / "new").mkdir()
    url = f"sqlite:///{tmp_path / 'new' / 'fresh.db'}"
    with read_connection(url) as connection:
        assert stats_figures(connection, 3)["sources"] == 0
    with read_connection(url) as connection:  # now the quick way
        assert source_lines(connection) == []


def test_the_pipeline_imports_trafilatura_only_for_full_text() -> None:
    assert "trafilatura" not in _modules_after("import tracker.runtime.pipeline")


def test_sources_list_prints_one_aligned_line_per_source(
    engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli import app

    _populate(engine)
    monkeypatch.setenv("TRACKER_DATABASE_URL", database_url)
    app(["sources", "list"], standalone_mode=False)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "id",
        "publisher",
        "every",
        "health",
        "last",
        "success",
        "next",
        "check",
        "url",
        "last",
        "error",
    ]
    assert len(lines) == 2 + 4 and set(lines[1]) == {"-", " "}
    assert lines[2].index("https://gov.example/ok.xml") == lines[0].index("url")
    assert "failing since 2026-03-05 12:00 (3x)" in lines[3] and "FetchError: HTTP 500" in lines[3]
    assert "disabled (disabled by a user)" in lines[5]
