"""The driver path (tracker.store.driver) writes exactly what the Core statement writes,
and reads exactly what it reads."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, Table, bindparam, delete, func, insert, literal, select, union_all, update
from sqlalchemy.dialects import postgresql, sqlite

from tracker.schema.models import metadata
from tracker.store import summary
from tracker.store.driver import _query, execute_many, fetch_all
from tracker.store.sql import fitted

COMMITMENT: Table = metadata.tables["commitment"]
C = COMMITMENT.c


def _commitment(i: int, **changes: Any) -> dict[str, Any]:
    row = {
        "id": i,
        "kind": "funding",
        "origin": f"origin-{i}",
        "label": f"Label {i}",
        "aliases": '["Label"]',
        "figures": "[[1000000.0, 2026]]",
        "currency": "GBP",
        "amount": 1e6 + i / 3,  # a float that does not round-trip as a short decimal
        "staff": None,
        "new_money": 0.1 + 0.2,
        "restated_money": 0.0,
        "first_announced_on": date(2026, 1, i % 28 + 1),
        "last_announced_on": date(2026, 12, 31),
        "mentions": i,
        "topic": "health",
        "status": "announced",
        "status_changed_at": datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC) if i % 2 else None,
    }
    row.update(changes)
    return row


ROWS = [
    _commitment(1),
    _commitment(2, currency=None, amount=None, staff=40),
    # Longer than the column (100): cut as fitted() cuts it.
    _commitment(3, origin="x" * 150 + " end"),
]


def _stored(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(COMMITMENT).order_by(C.id))]


def _write_both_ways(
    engine: Engine, statement: Any, rows: list[dict[str, Any]], clip_to: Table | None = None
) -> list[list[tuple[Any, ...]]]:
    """What the table holds after ``statement`` through Core (rows fitted first with
    ``clip_to``, as tracker.store.sql did) and through the driver."""
    results = []
    for through_driver in (False, True):
        with engine.begin() as connection:
            connection.execute(delete(COMMITMENT))
            connection.execute(insert(COMMITMENT), fitted(COMMITMENT, ROWS))
            if through_driver:
                execute_many(connection, statement, rows, clip_to=clip_to)
            else:
                connection.execute(statement, fitted(clip_to, rows) if clip_to is not None else rows)
        results.append(_stored(engine))
    return results


def test_an_insert_through_the_driver_stores_what_core_stores(engine: Engine) -> None:
    rows = [_commitment(i) for i in range(10, 14)] + [_commitment(14, origin="y" * 300)]
    core, driver = _write_both_ways(engine, insert(COMMITMENT), rows, clip_to=COMMITMENT)
    assert core == driver
    assert len(core) == len(ROWS) + len(rows)
    assert any(len(row[2]) == 100 for row in core)  # the long origin was cut


def test_an_update_through_the_driver_stores_what_core_stores(engine: Engine) -> None:
    statement = (
        update(COMMITMENT)
        .where(C.id == bindparam("b_id"))
        .values(
            amount=bindparam("b_amount"),
            last_announced_on=bindparam("b_last"),
            status_changed_at=bindparam("b_at"),
            label=bindparam("b_label"),
        )
    )
    rows = [
        {"b_id": 1, "b_amount": 2.5e9 / 7, "b_last": date(2027, 2, 28), "b_at": None, "b_label": "New"},
        {
            "b_id": 3,
            "b_amount": None,
            "b_last": date(2026, 6, 1),
            "b_at": datetime(2027, 1, 1, 0, 0, 1, tzinfo=UTC),
            "b_label": "Ünïcode ✓",
        },
    ]
    core, driver = _write_both_ways(engine, statement, rows)
    assert core == driver
    assert core != _write_both_ways(engine, statement, rows[:1])[0]


def test_a_statement_that_needs_sqlalchemys_per_row_work_is_refused(engine: Engine) -> None:
    without_defaults = {k: v for k, v in _commitment(20).items() if k not in ("new_money", "mentions")}
    with engine.begin() as connection:
        with pytest.raises(ValueError, match="default"):
            execute_many(connection, insert(COMMITMENT), [without_defaults])
        with pytest.raises(ValueError, match="RETURNING"):
            execute_many(connection, insert(COMMITMENT).returning(C.id), [_commitment(21)])
        with pytest.raises(ValueError, match="no value"):
            execute_many(connection, update(COMMITMENT).where(C.id == bindparam("b_id")), [{"x": 1}])


def _read_both_ways(engine: Engine, statement: Any, params: dict[str, Any]) -> list[list[tuple[Any, ...]]]:
    with engine.connect() as connection:
        core = [tuple(row) for row in connection.execute(statement, params).all()]
        return [core, fetch_all(connection, statement, params)]


def test_a_read_through_the_driver_gives_what_core_gives(engine: Engine) -> None:
    """Rows as tuples with SQLAlchemy's result processing (dates, datetimes, floats), binds
    of the statement's own (literals, LIMIT) and the caller's (processed: a date)."""
    with engine.begin() as connection:
        connection.execute(insert(COMMITMENT), fitted(COMMITMENT, ROWS))
    parts = [
        select(COMMITMENT, literal(i).label("slot"))
        .where(C.id == bindparam(f"i{i}"), C.first_announced_on <= bindparam(f"day{i}"))
        .order_by(C.id.desc())
        .limit(5)
        .subquery()
        for i in range(2)
    ]
    lookup = union_all(*(select(part) for part in parts))
    params = {"i0": 1, "day0": date(2026, 12, 1), "i1": 2, "day1": date(2026, 12, 1)}
    core, driver = _read_both_ways(engine, lookup, params)
    assert len(core) == 2
    assert core == driver
    assert [[type(v) for v in row] for row in core] == [[type(v) for v in row] for row in driver]
    sums = select(func.count(), func.min(C.first_announced_on), func.sum(C.amount)).where(
        C.mentions > bindparam("m")
    )
    assert _read_both_ways(engine, sums, {"m": 0})[0] == _read_both_ways(engine, sums, {"m": 0})[1]


def test_a_read_that_needs_sqlalchemys_per_call_work_is_refused(engine: Engine) -> None:
    with engine.connect() as connection:
        with pytest.raises(ValueError, match="expanding"):
            fetch_all(connection, select(C.id).where(C.id.in_([1, 2])), {})
        with pytest.raises(ValueError, match="no value"):
            fetch_all(connection, select(C.id).where(C.id == bindparam("i")), {"j": 1})


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_the_summary_refresh_reads_go_through_the_driver(dialect: Any) -> None:
    """Every read of a summary refresh is one the driver takes (no expanding bind: the
    money and staff kinds are the statement's own binds), at every size it is built for."""
    for size in (1, 2, 512):
        for statement in (
            summary._month_rows(size),
            summary._month_recipients(size),
            summary._totals_of_sources(size),
            summary._stored_summaries(size, 2),
            summary._stored_recipients(2, size),
        ):
            assert _query(dialect, statement).sql
