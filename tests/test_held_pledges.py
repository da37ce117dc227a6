"""New articles' pledges held back and inserted already linked (store.held): the same rows,
ids included, as inserting them unlinked and linking them after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, insert, text
from sqlmodel import Session

from tests.support.databases import (
    drop_postgres_database,
    new_postgres_database,
    new_sqlite_database,
    postgres_server_url,
)
from tests.test_store import NOW, _save, _source, funding, record
from tracker.domain.commitments import Mention
from tracker.extract.types import PledgeMention
from tracker.schema.db import make_engine, session_scope
from tracker.store.articles import EntryRecord, store_entries
from tracker.store.commitments import _UNLINKED_OF, _held_member, _member
from tracker.store.held import PLEDGE, HeldPledges, number_held
from tracker.store.settle import settle

TABLES = {
    "pledge": "SELECT * FROM pledge ORDER BY id",
    "commitment": "SELECT * FROM commitment ORDER BY id",
    "commitmentterm": "SELECT * FROM commitmentterm ORDER BY commitment_id, term",
    "pledgesummary": "SELECT source_id, month, kind, currency, topic, pledges, new_money, restated_money, "
    "staff FROM pledgesummary ORDER BY source_id, month, kind, currency, topic",
}


@contextmanager
def _twin(database_url: str, folder: Path) -> Iterator[Engine]:
    """A second fresh database on the same store as ``database_url``."""
    if database_url.startswith("sqlite"):
        folder.mkdir()
        engine = make_engine(new_sqlite_database(folder))
        yield engine
        engine.dispose()
        return
    server = postgres_server_url()
    assert server
    url = new_postgres_database(server)
    engine = make_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
        drop_postgres_database(server, url)


def _dated(entry: EntryRecord, day: int) -> EntryRecord:
    return replace(entry, published_at=datetime(2026, 2, day, tzinfo=UTC))


def _twice(mention: PledgeMention) -> tuple[PledgeMention, PledgeMention]:
    """The mention and a second one with its fingerprint (the insert keeps the first)."""
    return mention, replace(mention, evidence="Said again.", end=11, amount=(mention.amount or 0) + 1)


# Feeds as a poll sees them, newest entry first: re-announcements, a figure given as an
# int, a fingerprint twice in one article, and an article read after a later one (a
# late member: its commitment is replayed, so some held pledges are updated after all).
FEEDS = [
    [
        _dated(record("a2", "roads again", funding(5_000_000, "Roads fund"), funding(2e6, "Rail")), 12),
        _dated(record("a1", "roads", funding(5e6, "Roads fund"), *_twice(funding(3e6, "Harbour"))), 10),
    ],
    [
        _dated(record("b2", "more", funding(2e6, "Rail"), funding(7e6, "Roads fund")), 20),
        _dated(record("b1", "early", funding(5e6, "Roads fund")), 8),
        _dated(record("b0", "nothing"), 9),
    ],
]


def _poll(engine: Engine, source_id: int, records: list[EntryRecord], *, hold: bool) -> None:
    with session_scope(engine) as session:
        counts = store_entries(
            session, source_id, records, now=NOW, extractor_version="t1", max_updates=5, hold_new_pledges=hold
        )
        assert (counts.held is not None) == hold
        settle(
            session,
            linked_articles=counts.extracted_article_ids,
            months={(source_id, m) for m in counts.months},
            held=counts.held,
        )


def _tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(text(query))] for name, query in TABLES.items()
        }


def test_held_pledges_are_stored_as_linking_them_after_a_plain_insert_would(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    with _twin(database_url, tmp_path / "twin") as plain:
        for target, hold in ((engine, True), (plain, False)):
            source_id = _source(target)
            for records in FEEDS:
                _poll(target, source_id, records, hold=hold)
        held, expected = _tables(engine), _tables(plain)
    assert held == expected
    # The fingerprint twice in one article is stored once; on PostgreSQL the skipped row
    # took an id from the sequence, as the plain insert's did.
    assert len(held["pledge"]) == 7


def test_held_members_are_what_reading_the_pledges_back_gives(engine: Engine) -> None:
    """Linking takes a held pledge as a member without reading it: every value the same,
    type included (an int figure comes back as a float)."""
    source_id = _source(engine)
    with session_scope(engine) as session:
        counts = store_entries(
            session,
            source_id,
            FEEDS[0],
            now=NOW,
            extractor_version="t1",
            max_updates=5,
            hold_new_pledges=True,
        )
        assert counts.held is not None and counts.pledges == 4
        connection = session.connection()
        numbered = number_held(connection, counts.held)
        connection.execute(insert(PLEDGE), numbered)
        held = [_held_member(row) for row in numbered]
        read = [
            _member(row)
            for row in connection.execute(_UNLINKED_OF, {"articles": counts.extracted_article_ids})
        ]
    assert [m.mention.ref for m in held] == sorted(m.mention.ref for m in read)
    by_ref = {m.mention.ref: m for m in read}
    for member in held:
        stored = by_ref[member.mention.ref]
        assert member == stored
        assert _types(member.mention) == _types(stored.mention)


def _types(mention: Mention) -> list[type]:
    return [type(getattr(mention, f.name)) for f in fields(mention)]


def test_a_fingerprint_twice_in_an_article_is_held_once() -> None:
    rows = [{"article_id": 1, "fingerprint": "f"}, {"article_id": 2, "fingerprint": "f"}]
    held = HeldPledges.of(
        [*rows, {"article_id": 1, "fingerprint": "f"}, {"article_id": 1, "fingerprint": "g"}]
    )
    assert (held.kept, held.count) == ([0, 1, 3], 3)


def test_a_feed_with_a_changed_article_is_not_held(engine: Engine) -> None:
    """A changed article's pledges replace its old ones now; the new articles' pledges go in
    with them, numbered in the feed's order."""
    source_id = _source(engine)
    _poll(engine, source_id, [record("a", "one", funding(5e6, "Roads fund"))], hold=True)
    with session_scope(engine) as session:
        records = [
            record("b", "two", funding(2e6, "Rail")),
            record("a", "changed", funding(6e6, "Roads fund")),
        ]
        counts = store_entries(
            session, source_id, records, now=NOW, extractor_version="t1", max_updates=5, hold_new_pledges=True
        )
    assert (counts.held, counts.new, counts.updated, counts.pledges) == (None, 1, 1, 2)


def test_a_poll_inserts_its_new_pledges_linked_without_reading_them_back(engine: Engine) -> None:
    """One multi-row insert of linked pledges: no pledge updated, no pledge read before it."""
    source_id = _source(engine)
    sent: list[str] = []

    def log(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", log)
    try:
        _save(engine, source_id, FEEDS[0])
    finally:
        event.remove(engine, "before_cursor_execute", log)
    inserts = [at for at, s in enumerate(sent) if s.startswith("INSERT INTO pledge ")]
    assert len(inserts) == 1
    assert not [s for s in sent if s.startswith("UPDATE pledge ")]
    # Before it, no pledge is read (its highest id on SQLite is all: the numbering).
    assert not [s for s in sent[: inserts[0]] if s.startswith("SELECT") and "pledge.fingerprint" in s]
    with Session(engine) as session:
        links = session.connection().execute(text("SELECT count(*) FROM pledge WHERE commitment_id IS NULL"))
        assert links.scalar() == 0
