"""Every command in the README, given a bad setting or bad input, answers in one line with
a non-zero exit and leaves no partial output (issue 12). Each test runs the real `tracker`
command in its own process."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.databases import POSTGRES_SKIP_REASON, postgres_server_url
from tests.support.http_server import LocalHTTPServer, Route, http_server_fixture  # noqa: F401

Run = Callable[..., subprocess.CompletedProcess[str]]

# Every command of the README that opens the database, with arguments that are otherwise fine.
DATABASE_COMMANDS = [
    ["status"],
    ["sources", "add", "https://gov.example/feed.xml"],
    ["sources", "list"],
    ["sources", "remove", "1"],
    ["sources", "enable", "1"],
    ["sources", "disable", "1"],
    ["sources", "check", "1"],
    ["ingest"],
    ["stats"],
    ["export"],
    ["reprocess"],
    ["db", "upgrade"],
    ["backup", "copy.db"],
    ["schedule", "--once"],
]


def base_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env.update(
        TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 'cli.db'}",
        TRACKER_DATA_DIR=str(tmp_path / "data"),
        TRACKER_ALLOW_PRIVATE_NETWORKS="1",
        TRACKER_SEED_DEFAULT_SOURCES="0",
        TRACKER_TOTAL_TIMEOUT_S="10",
        TRACKER_CONNECT_TIMEOUT_S="2",
        COLUMNS="200",
    )
    env.update(settings)
    return env


@pytest.fixture
def run(tmp_path: Path) -> Run:
    def _run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120):
        return subprocess.run(
            [sys.executable, "-m", "tracker", *args],
            env=env or base_env(tmp_path),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
            check=False,
        )

    return _run


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str, code: int = 1) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=" ".join)
def test_a_url_that_is_not_a_database_url_is_one_line_naming_the_setting(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In-process through typer's CliRunner (the same app), to keep the sweep quick."""
    from typer.testing import CliRunner

    from tracker.cli.app import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, command, env=base_env(tmp_path, TRACKER_DATABASE_URL="notadb"))
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "TRACKER_DATABASE_URL" in lines[0] and "notadb" in lines[0], result.stderr
    assert result.stdout == "" and not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize("command", [["stats"], ["db", "upgrade"], ["ingest"], ["status"]], ids=" ".join)
def test_a_missing_postgresql_database_is_one_line_naming_the_setting(
    run: Run, tmp_path: Path, command: list[str]
) -> None:
    server = postgres_server_url()
    if not server:
        pytest.skip(POSTGRES_SKIP_REASON)
    from sqlalchemy.engine import make_url

    missing = make_url(server).set(database="tracker_no_such_database").render_as_string(hide_password=False)
    result = run(*command, env=base_env(tmp_path, TRACKER_DATABASE_URL=missing))
    assert_one_line_error(result, "TRACKER_DATABASE_URL", "does not exist")


def test_an_unreachable_postgresql_server_is_one_line(run: Run, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/tracker"
    result = run("stats", env=base_env(tmp_path, TRACKER_DATABASE_URL=url))
    assert_one_line_error(result, "TRACKER_DATABASE_URL", "connection")


@pytest.mark.parametrize("command", [["stats"], ["db", "upgrade"], ["sources", "list"]], ids=" ".join)
def test_an_sqlite_path_in_a_missing_directory_is_refused_and_nothing_created(
    run: Run, tmp_path: Path, command: list[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'mistyped' / 'tracker.db'}"
    result = run(*command, env=base_env(tmp_path, TRACKER_DATABASE_URL=url))
    assert_one_line_error(result, "TRACKER_DATABASE_URL", "does not exist")
    assert not (tmp_path / "mistyped").exists()


def test_the_default_data_directory_is_created(run: Run, tmp_path: Path) -> None:
    env = base_env(tmp_path)
    del env["TRACKER_DATABASE_URL"]
    result = run("stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "tracker.db").is_file()


def test_a_file_that_is_not_a_database_is_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not a database\n" * 100)
    result = run("stats", env=base_env(tmp_path, TRACKER_DATABASE_URL=f"sqlite:///{tmp_path / 'notes.db'}"))
    assert_one_line_error(result, "not a database", "TRACKER_DATABASE_URL")


@pytest.mark.parametrize(
    ("setting", "value", "named"),
    [
        ("TRACKER_TICK_SECONDS", "soon", "TRACKER_TICK_SECONDS"),
        ("TRACKER_MAX_BODY_BYTES", "-x", "TRACKER_MAX_BODY_BYTES"),
        ("TRACKER_CONFIG", "/nonexistent/tracker.toml", "/nonexistent/tracker.toml"),
    ],
)
def test_a_bad_setting_is_one_line_naming_it(
    run: Run, tmp_path: Path, setting: str, value: str, named: str
) -> None:
    result = run("stats", env=base_env(tmp_path, **{setting: value}))
    assert_one_line_error(result, named)


@pytest.mark.parametrize(
    "args",
    [
        ["sources", "add"],
        ["sources", "add", "https://gov.example/f", "--interval", "0"],
        ["ingest", "--bogus"],
        ["nosuch"],
        ["run", "--port", "99999"],
    ],
    ids=" ".join,
)
def test_usage_errors_are_one_line_with_status_2(run: Run, args: list[str]) -> None:
    assert_one_line_error(run(*args), "--help", code=2)


def test_sources_add_refuses_values_longer_than_a_source_keeps(run: Run) -> None:
    long_url = "https://gov.example/" + "a" * 2100
    assert_one_line_error(run("sources", "add", long_url), "2,000")
    assert_one_line_error(
        run("sources", "add", "https://gov.example/f", "--title", "t" * 600), "--title", "500"
    )
    assert json.loads(run("stats", "--json").stdout)["sources"] == 0


def test_refusing_a_loopback_source_names_the_setting(run: Run, tmp_path: Path) -> None:
    env = base_env(tmp_path, TRACKER_ALLOW_PRIVATE_NETWORKS="0")
    assert_one_line_error(
        run("sources", "add", "http://[64:ff9b::7f00:1]/", env=env), "TRACKER_ALLOW_PRIVATE_NETWORKS"
    )
    assert_one_line_error(
        run("sources", "add", "http://127.0.0.1:9/", env=env), "TRACKER_ALLOW_PRIVATE_NETWORKS"
    )


# --- tracker ingest ---------------------------------------------------------------------------

GOOD_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Examples</title>'
    b"<item><guid>a1</guid><title>Ferries</title><description>A new Ferry Unit will be set up."
    b"</description></item></channel></rss>"
)


def test_ingest_exits_4_when_a_source_failed(run: Run, http_server: LocalHTTPServer) -> None:
    http_server.route("/good", Route(body=GOOD_FEED))
    http_server.route("/broken", Route(status=500))
    for path in ("/good", "/broken"):
        assert run("sources", "add", http_server.url(path)).returncode == 0
    result = run("ingest")
    assert result.returncode == 4, result.stderr
    assert "2 sources" in result.stdout and "1 failed" in result.stdout
    assert "HTTP 500" in result.stdout


def test_case9_ingest_source_refuses_a_disabled_source_unless_forced(
    run: Run, http_server: LocalHTTPServer, tmp_path: Path, database_url: str
) -> None:
    """Issue 12: `tracker ingest --source ID` fetched a source disabled by 410 Gone. Both stores."""
    env = base_env(tmp_path, TRACKER_DATABASE_URL=database_url)
    http_server.route("/gone", Route(status=410))
    assert run("sources", "add", http_server.url("/gone"), env=env).returncode == 0
    assert run("ingest", env=env).returncode == 4  # 410: disabled
    assert len(http_server.requests_for("/gone")) == 1
    refused = assert_one_line_error(run("ingest", "--source", "1", env=env), "disabled", "--force")
    assert "410" in refused
    assert len(http_server.requests_for("/gone")) == 1  # not fetched
    http_server.route("/gone", Route(body=GOOD_FEED))
    forced = run("ingest", "--source", "1", "--force", env=env)
    assert forced.returncode == 0, forced.stderr
    assert len(http_server.requests_for("/gone")) == 2
    assert json.loads(run("stats", "--json", env=env).stdout)["articles"] == 1


def test_case38_ingest_of_a_hostile_feed_goes_on_to_the_next_source(
    run: Run, http_server: LocalHTTPServer, tmp_path: Path, database_url: str
) -> None:
    """Issue 12: on PostgreSQL a guid over 2,000 characters crashed `tracker ingest` and the
    sources after it were never fetched. Now both stores store it fitted and go on."""
    from tests.test_faults import serve_hostile

    env = base_env(tmp_path, TRACKER_DATABASE_URL=database_url)
    http_server.route("/good", Route(body=GOOD_FEED))
    for url in (serve_hostile(http_server), http_server.url("/good")):
        assert run("sources", "add", url, env=env).returncode == 0
    result = run("ingest", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "warning: 2 entry ids over 2,000" in result.stdout
    stats = json.loads(run("stats", "--json", env=env).stdout)
    assert (stats["articles"], stats["failing_sources"]) == (5, 0)


# --- tracker extract --------------------------------------------------------------------------

GOOD_LINE = json.dumps({"id": "a", "text": "The council will get £5 million for roads."})
BAD_LINE = '{"id": "b", "text": "an unterminated string}'
LATE_LINE = json.dumps({"id": "c", "text": "A new Road Safety Unit will be set up within the department."})


def test_extract_stops_at_a_bad_line_and_leaves_no_output(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([GOOD_LINE, BAD_LINE, LATE_LINE]) + "\n")
    target = tmp_path / "out.jsonl"
    target.write_text("previous output\n")
    message = assert_one_line_error(run("extract", str(source), "-o", str(target)), "line 2", "column")
    assert "at at" not in message and "nothing written" in message
    assert target.read_text() == "previous output\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []
    to_stdout = run("extract", str(source))
    assert to_stdout.returncode == 1 and to_stdout.stdout == ""


def test_extract_skip_bad_lines_reports_them_and_keeps_the_good_ones(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        ("\n".join([GOOD_LINE, BAD_LINE, LATE_LINE]) + "\n").encode() + b"\xff\xfe bad bytes\n"
    )
    target = tmp_path / "out.jsonl"
    result = run("extract", str(source), "-o", str(target), "--skip-bad-lines")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in target.read_text().splitlines()] == ["a", "c"]
    errors = result.stderr.splitlines()
    assert any("line 2" in e for e in errors) and any("line 4" in e and "UTF-8" in e for e in errors)
    assert "2 documents extracted, 2 bad lines skipped" in result.stderr


def test_extract_to_a_missing_directory_is_one_line(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(GOOD_LINE + "\n")
    assert_one_line_error(
        run("extract", str(source), "-o", str(tmp_path / "no" / "out.jsonl")), "does not exist"
    )
    assert_one_line_error(run("extract", str(tmp_path / "missing.jsonl")), "missing.jsonl")


# --- tracker export and backup ------------------------------------------------------------------


def test_export_and_backup_write_nothing_on_bad_input(run: Run, tmp_path: Path) -> None:
    assert run("db", "upgrade").returncode == 0
    assert_one_line_error(run("export", "--format", "xml", "-o", "out.csv"), "xml", code=2)  # a usage error
    assert_one_line_error(run("export", "-o", str(tmp_path / "no" / "out.jsonl")), "does not exist")
    assert_one_line_error(run("backup", str(tmp_path / "no" / "copy.db")), "does not exist")
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "no").exists()
    assert_one_line_error(run("db", "upgrade", "nope"), "nope")
    postgres = base_env(tmp_path, TRACKER_DATABASE_URL="postgresql+psycopg://u@127.0.0.1:1/x")
    assert_one_line_error(run("backup", "copy.db", env=postgres), "pg_dump")
    assert run("backup", "copy.db").returncode == 0
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("select count(*) from source").fetchone() == (0,)


# --- tracker run ------------------------------------------------------------------------------


def test_run_refuses_a_taken_port_before_saying_started(run: Run) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("run", "--port", str(port), "--address", "127.0.0.1", timeout=60)
    assert_one_line_error(result, "--port", str(port))
    assert "started" not in result.stdout
