"""Sources in bulk: OPML and URL lists read safely, each URL checked as `sources add` checks it."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from tracker.core.config import Settings, load_settings
from tracker.core.errors import InputError
from tracker.ingest import safety
from tracker.ingest.source_list import ListedSource, read_source_list
from tracker.runtime.services import IMPORT_BATCH, add_source, import_sources
from tracker.schema.models import Source

LISTS = Path(__file__).parent / "fixtures" / "source_lists"
GOV_UK = "https://www.gov.uk/government/organisations"


def _read(name: str) -> list[ListedSource]:
    return read_source_list((LISTS / name).read_bytes(), name)


def test_a_feed_reader_export_gives_every_feed_at_any_depth_with_its_title() -> None:
    listed = _read("feedly.opml")
    assert [(item.url, item.title) for item in listed] == [
        (f"{GOV_UK}/home-office.atom", "Home Office"),
        (f"{GOV_UK}/department-for-transport.atom", "Department for Transport"),
        ("https://news.leeds.example/feed/", "Leeds news & notices"),
        ("https://news.bristol.example/rss", "Bristol City Council press releases"),
        (f"{GOV_UK}/hm-treasury.atom", "Treasury"),
    ]


def test_outlines_without_a_feed_url_are_folders_or_links_and_are_left_out() -> None:
    listed = _read("netnewswire.opml")
    assert [item.url for item in listed] == [
        "https://ministry.example/news.rss",
        "https://committees.example/reports.xml",
        "https://ministry.example/news.rss",
    ]
    assert listed[1].where == "outline 'Committee reports'"


def test_a_url_list_ignores_blanks_and_comments() -> None:
    listed = _read("feeds.txt")
    assert [(item.url, item.where) for item in listed] == [
        ("https://ministry.example/news.rss", "line 3"),
        ("https://committees.example/reports.xml", "line 4"),
        ("https://ministry.example/news.rss", "line 6"),
        ("ftp://files.example/feed.xml", "line 7"),
        ("https://agency.example/updates.atom", "line 8"),
    ]


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + ']><opml version="2.0"><body><outline text="&i;" xmlUrl="https://x.example/f"/></body></opml>'
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    '<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/f"/></body></opml>'
)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BOMB, "declares XML entities"),
        (XXE, "declares XML entities"),
        ('<?xml version="1.0"?><opml><body><outline xmlUrl="x"></body>', "not well-formed"),
        ('<rss version="2.0"><channel/></rss>', "not an OPML file"),
        (b"https://x.example/caf\xe9/feed\n", "not UTF-8"),
    ],
)
def test_unsafe_or_unreadable_lists_are_refused_whole(data: str | bytes, message: str) -> None:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(InputError, match=message):
        read_source_list(raw, "list.opml")


def _stored(engine: Engine) -> dict[str, tuple[str | None, str | None]]:
    with Session(engine) as session:
        return {s.url: (s.title, s.publisher) for s in session.exec(select(Source))}


def test_import_adds_new_feeds_and_skips_those_present(engine: Engine, settings: Settings) -> None:
    add_source(engine, settings, f"{GOV_UK}/hm-treasury.atom")
    report = import_sources(engine, settings, _read("feedly.opml"), publisher="UK government")
    assert len(report.added) == 4 and report.skipped == [f"{GOV_UK}/hm-treasury.atom"]
    assert report.refused == []
    stored = _stored(engine)
    assert stored["https://news.leeds.example/feed/"] == ("Leeds news & notices", "UK government")
    again = import_sources(engine, settings, _read("feedly.opml"))
    assert (again.added, len(again.skipped)) == ([], 5)


def _resolver(host: str, _port: int) -> list[safety.IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        return [ipaddress.ip_address("10.1.2.3" if host == "intranet.example" else "93.184.216.34")]


def test_import_refuses_what_sources_add_refuses_with_the_reason_and_saves_nothing_for_it(
    engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safety, "resolve", _resolver)
    guarded = load_settings(database_url=database_url, allow_private_networks=False)
    report = import_sources(engine, guarded, _read("thunderbird-refused.opml"))
    assert report.added == ["https://agency.example/updates.atom"]
    reasons = {(r.where, r.url): r.reason for r in report.refused}
    assert list(reasons) == [
        ("outline 'Local file'", "file:///etc/passwd"),
        ("outline 'Router admin'", "http://192.168.1.1/feed"),
        ("outline 'Intranet'", "https://intranet.example/news.xml"),
        ("outline 'Empty'", ""),
    ]
    assert "only http:// and https://" in reasons[("outline 'Local file'", "file:///etc/passwd")]
    assert "192.168.1.1" in reasons[("outline 'Router admin'", "http://192.168.1.1/feed")]
    assert "10.1.2.3" in reasons[("outline 'Intranet'", "https://intranet.example/news.xml")]
    assert list(_stored(engine)) == ["https://agency.example/updates.atom"]


def test_a_repeat_inside_one_list_is_skipped(engine: Engine, settings: Settings) -> None:
    report = import_sources(engine, settings, _read("feeds.txt"))
    assert report.added == [
        "https://ministry.example/news.rss",
        "https://committees.example/reports.xml",
        "https://agency.example/updates.atom",
    ]
    assert report.skipped == ["https://ministry.example/news.rss"]
    assert [(r.where, r.url) for r in report.refused] == [("line 7", "ftp://files.example/feed.xml")]


def test_more_sources_than_one_batch(engine: Engine, settings: Settings) -> None:
    listed = [ListedSource(f"https://feeds{i % 7}.example/{i}.xml") for i in range(IMPORT_BATCH + 40)]
    report = import_sources(engine, settings, listed, interval_minutes=15, full_text=True)
    assert len(report.added) == IMPORT_BATCH + 40
    with Session(engine) as session:
        sources = session.exec(select(Source)).all()
    assert {(s.interval_minutes, s.full_text, s.enabled) for s in sources} == {(15, True, True)}


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "TRACKER_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "TRACKER_ALLOW_PRIVATE_NETWORKS": "1",
        "TRACKER_SEED_DEFAULT_SOURCES": "0",
        "COLUMNS": "200",
    }
    return subprocess.run(
        [sys.executable, "-m", "tracker", "sources", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_import_prints_one_summary_and_export_round_trips(tmp_path: Path) -> None:
    first = _cli(tmp_path / "a", "import", str(LISTS / "feedly.opml"), "--publisher", "UK government")
    assert first.returncode == 0, first.stderr
    assert "5 URLs: 5 added, 0 skipped (already present), 0 refused" in first.stdout
    refused = _cli(tmp_path / "a", "import", str(LISTS / "feeds.txt"))
    assert refused.returncode == 1
    assert "8 URLs" not in refused.stdout and "5 URLs: 3 added, 1 skipped" in refused.stdout
    assert "ftp" in refused.stdout and "line 7" in refused.stdout
    exported = tmp_path / "sources.opml"
    result = _cli(tmp_path / "a", "export", "--opml", "-o", str(exported))
    assert result.returncode == 0 and "8 sources written" in result.stdout
    again = _cli(tmp_path / "b", "import", str(exported))
    assert again.returncode == 0 and "8 added" in again.stdout
    text = _cli(tmp_path / "b", "export", "--text")
    expected = [item.url for item in _read("feedly.opml") + _read("feeds.txt") if "ftp" not in item.url]
    assert sorted(text.stdout.splitlines()) == sorted(set(expected))
    back = read_source_list(exported.read_bytes())
    assert {(item.url, item.title, item.publisher) for item in back} >= {
        ("https://news.leeds.example/feed/", "Leeds news & notices", "UK government")
    }


def test_cli_import_of_an_entity_bomb_is_one_line_and_adds_nothing(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.opml"
    bomb.write_text(BOMB)
    result = _cli(tmp_path, "import", str(bomb))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "entities" in result.stderr
