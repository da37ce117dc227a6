"""The `tracker` command as a user runs it: a real process, a real loopback server."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED
from tests.support.http_server import LocalHTTPServer, Route, http_server_fixture  # noqa: F401

REAL_FEEDS = SHARED / "feeds" / "real"
# Fixtures from feedparser's own tests that it reads no complete entry from.
UNREADABLE_BY_FEEDPARSER = (
    "aaa_illformed",
    "undeclared_namespace",
    "incomplete_cdata",
    "invalid-bytes-with-bom",
)
COMMANDS = [
    [],
    ["db"],
    ["db", "upgrade"],
    ["sources"],
    ["sources", "add"],
    ["sources", "list"],
    ["sources", "remove"],
    ["sources", "enable"],
    ["sources", "disable"],
    ["sources", "check"],
    ["ingest"],
    ["stats"],
    ["backup"],
    ["extract"],
    ["export"],
    ["reprocess"],
    ["commitments"],
    ["remove-samples"],
]


def entity_bomb() -> bytes:
    """Billion laughs: ten levels of ten references (RELIABILITY 20)."""
    lines = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [' + "".join(lines) + ']><rss version="2.0"><channel>'
        "<title>&lol9;</title><item><title>&lol9;</title><guid>x</guid></item></channel></rss>"
    ).encode()


def dead_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


@pytest.fixture
def run(tmp_path: Path):
    env = {
        **os.environ,
        "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
        "TRACKER_TOTAL_TIMEOUT_S": "10",
        "TRACKER_CONNECT_TIMEOUT_S": "2",
        "COLUMNS": "200",
    }

    def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tracker", *args],
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    return _run


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_every_command_has_help(run, command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "http"),
        ("/etc/passwd", "http"),
        ("javascript:alert(1)", "http"),
        ("ftp://gov.example/feed", "http"),
    ],
)
def test_refused_urls_are_one_clear_line_and_nothing_is_saved(run, url: str, message: str) -> None:
    result = run("sources", "add", url)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert json.loads(run("stats", "--json").stdout)["sources"] == 0


def test_private_addresses_are_refused_without_the_setting(run, tmp_path: Path) -> None:
    env_off = {"TRACKER_ALLOW_PRIVATE_NETWORKS": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "sources", "add", "http://127.0.0.1:9/feed"],
        env={**os.environ, **env_off, "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "127.0.0.1" in result.stderr


def test_unknown_source_is_named(run) -> None:
    result = run("sources", "remove", "42")
    assert result.returncode == 1 and "'42'" in result.stderr and "Traceback" not in result.stderr


def test_duplicate_source_is_refused(run, http_server: LocalHTTPServer) -> None:
    url = http_server.url("/feed")
    assert run("sources", "add", url).returncode == 0
    again = run("sources", "add", url)
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.skipif(
    not REAL_FEEDS.is_dir(), reason=f"{REAL_FEEDS} not present: real-feed test needs ../shared"
)
def test_real_feeds_bomb_and_dead_port_ingest_and_replay_is_stable(
    run, http_server: LocalHTTPServer, tmp_path: Path
) -> None:
    """Issue 2's acceptance run: every real feed stored, the bomb and dead port failing."""
    files = sorted(p for p in REAL_FEEDS.iterdir() if p.suffix != ".md" and not p.name.startswith("."))
    for path in files:
        http_server.route(f"/{path.name}", Route(body=path.read_bytes()))
    http_server.route("/bomb.xml", Route(body=entity_bomb()))
    bomb, dead = http_server.url("/bomb.xml"), dead_port_url()
    urls = [http_server.url(f"/{p.name}") for p in files] + [bomb, dead]
    for url in urls:
        added = run("sources", "add", url)
        assert added.returncode == 0, added.stderr
    first = run("ingest")
    assert first.returncode == 4, first.stderr  # some sources failed (recorded on them)
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["sources"] == len(urls) and stats["articles"] > 500
    with sqlite3.connect(tmp_path / "cli.db") as db:
        failed = {url for (url,) in db.execute("select url from source where consecutive_failures > 0")}
    # The bomb and the dead port fail; so do the feedparser fixtures it cannot read either.
    assert {bomb, dead} <= failed
    assert all(any(name in url for name in UNREADABLE_BY_FEEDPARSER) for url in failed - {bomb, dead})
    second = run("ingest", *[arg for u in urls for arg in ("--source", u)])
    assert second.returncode == 4, second.stderr
    again = json.loads(run("stats", "--json").stdout)
    keys = ("sources", "articles", "pledges", "pledges_by_kind")
    assert {k: again[k] for k in keys} == {k: stats[k] for k in keys}


def test_backup_makes_a_readable_copy(run, tmp_path: Path) -> None:
    assert run("db", "upgrade").returncode == 0
    target = tmp_path / "copy.db"
    result = run("backup", str(target))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as copy:
        tables = {row[0] for row in copy.execute("select name from sqlite_master where type='table'")}
    assert {"source", "article", "pledge"} <= tables
    assert run("backup", str(target)).returncode == 1


ANNOUNCEMENT_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Examples</title>
<item><guid>https://gov.example/news/ferries</guid><title>Island ferries get new money</title>
<link>https://gov.example/news/ferries</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<description>The Department of Examples will provide &#163;30 million for the Island Ferry Renewal Programme.
A new Ferry Safety Unit will be set up within the Maritime Agency.</description></item>
</channel></rss>"""


def test_export_gives_every_pledge_with_its_provenance(
    run, http_server: LocalHTTPServer, tmp_path: Path
) -> None:
    http_server.route("/feed", Route(body=ANNOUNCEMENT_FEED))
    assert run("sources", "add", http_server.url("/feed"), "--publisher", "Examples").returncode == 0
    assert run("ingest").returncode == 0
    pledges = json.loads(run("stats", "--json").stdout)["pledges"]
    exported = run("export")
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == pledges >= 2
    funding = next(r for r in rows if r["kind"] == "funding")
    assert (funding["amount"], funding["currency"]) == (30_000_000, "GBP")
    assert funding["article_guid"] == "https://gov.example/news/ferries"
    assert funding["source_url"] == http_server.url("/feed")
    assert funding["published"].startswith("2026-03-03") and funding["review_status"] == "unreviewed"
    target = tmp_path / "pledges.csv"
    assert run("export", "--format", "csv", "-o", str(target)).returncode == 0
    assert len(target.read_text().splitlines()) == pledges + 1
    bad = run("export", "--format", "xml")
    assert bad.returncode == 2 and "xml" in bad.stderr  # a usage error: the choices are checked by typer


def test_commitments_json_counts_each_promise_once(run, tmp_path: Path) -> None:
    from tests.support.linking import LINKING_SETS, ingest, load
    from tracker.schema.db import make_engine

    assert run("db", "upgrade").returncode == 0
    articles, chains = load(LINKING_SETS[0])
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    ingest(engine, articles, range(len(articles)))
    engine.dispose()
    result = run("commitments", "--json", "--kind", "funding")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(chains)
    gold = {}
    for chain in chains.values():
        gold[chain["currency"]] = gold.get(chain["currency"], 0) + chain["new_money"]
    found: dict[str, float] = {}
    for row in rows:
        found[row["currency"]] = found.get(row["currency"], 0) + row["new_money"]
    assert found == pytest.approx(gold)
    exported = [json.loads(line) for line in run("export").stdout.splitlines()]
    funding = [r for r in exported if r["kind"] == "funding"]
    assert sum(r["new_money"] for r in funding) == pytest.approx(sum(gold.values()))
    assert {r["link_role"] for r in funding} >= {"first", "reannounced", "top_up", "restated"}
    assert all(isinstance(r["amount"], int) for r in funding if float(r["amount"]).is_integer())
