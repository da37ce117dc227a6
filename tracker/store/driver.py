"""Many rows through one Core statement, handed to the driver as they are; and the
hot reads, whose statements are too large for SQLAlchemy's per-call work.

Executing a Core statement with a list of rows makes SQLAlchemy look the
statement up in its compiled cache and build every row's parameters through
``construct_params`` and the dialect's bind processors: on ingest's hot writes
(links and roles of pledges, changed commitments, index terms, summary rows) that
per-row work costs more than the database's own. Here a statement is compiled
once per dialect and shape (:func:`_plan`), and each row becomes the driver's
parameters with the very bind processors SQLAlchemy would apply (dates as text on
SQLite, floats...), in the driver's parameter style (``?`` positions on SQLite,
``%(name)s`` on psycopg); the rows go through ``exec_driver_sql``, so errors,
events and the transaction are SQLAlchemy's as before.

Only statements whose parameters all come from the rows qualify: no Python-side
column defaults, no expanding or literal binds, no RETURNING (a multi-row INSERT
with RETURNING is rewritten by SQLAlchemy into one VALUES list, see
``tracker.store.commitments``). :func:`_plan` refuses anything else, so a
statement that would need SQLAlchemy's per-row work fails at its first use,
not silently differently.

Reads (:func:`fetch_all`): each execution of a Core statement also makes SQLAlchemy
compute the statement's cache key (a walk of the whole statement) and a dict of
every parameter, and turn each result row into a ``Row``. Linking's lookups are
unions of up to 40 parts with 120 parameters, read twice a feed: that work cost more
than SQLite's. Here the statement is compiled once per dialect (:func:`_query`), the
parameters go to the driver as above, and the rows come back as tuples with
SQLAlchemy's own result processors applied (dates from SQLite's text...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement

from tracker.domain.limits import clip
from tracker.store.fit import sized_columns

Converter = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    """A statement compiled for one dialect and one set of row keys, and how a row
    becomes the driver's parameters."""

    sql: str
    names: tuple[str, ...]  # bind names, in the order of the statement's placeholders
    positional: bool  # the driver takes a tuple (SQLite's ?), else a dict (psycopg)
    converters: tuple[tuple[int, Converter], ...]  # (position in names, conversion)

    def parameters(self, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        get = _getter(self.names)
        if self.converters:
            tuples: list[tuple[Any, ...]] = []
            for row in rows:
                values = list(get(row))
                for at, convert in self.converters:
                    values[at] = convert(values[at])
                tuples.append(tuple(values))
        else:
            tuples = [get(row) for row in rows]
        if self.positional:
            return tuples
        names = self.names
        return [dict(zip(names, values, strict=True)) for values in tuples]


def _getter(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A row's values for ``names``, as a tuple (itemgetter of one name gives the bare value)."""
    if len(names) == 1:
        (name,) = names
        return lambda row: (row[name],)
    getter: Callable[[Mapping[str, Any]], tuple[Any, ...]] = itemgetter(*names)
    return getter


def _clipper(size: int, then: Converter | None) -> Converter:
    """Text longer than ``size`` cut as :func:`tracker.store.fit.clip_row` cuts it, then
    the bind processor (if any)."""

    def convert(value: Any) -> Any:
        if isinstance(value, str) and len(value) > size:
            value = clip(value, size)
        return value if then is None else then(value)

    return convert


@lru_cache(maxsize=128)
def _plan(dialect: Dialect, statement: ClauseElement, keys: tuple[str, ...], clip_to: Table | None) -> _Plan:
    # As SQLAlchemy compiles for a list of rows (no implicit RETURNING of new ids).
    compiled: Any = statement.compile(dialect=dialect, column_keys=list(keys), for_executemany=True)
    if compiled.insert_prefetch or compiled.update_prefetch:
        raise ValueError("a column with a Python-side default needs SQLAlchemy's per-row work")
    if compiled.post_compile_params or compiled.literal_execute_params or compiled.escaped_bind_names:
        raise ValueError("expanding, literal or escaped binds need SQLAlchemy's per-row work")
    if getattr(compiled, "effective_returning", None):
        raise ValueError("RETURNING needs SQLAlchemy's multi-row VALUES rewrite")
    names = tuple(compiled.positiontup if compiled.positional else compiled.bind_names.values())
    missing = [name for name in names if name not in keys]
    if missing:
        raise ValueError(f"the rows give no value for {missing}")
    processors = compiled._bind_processors
    sizes = sized_columns(clip_to) if clip_to is not None else {}
    converters = []
    for at, name in enumerate(names):
        processor = processors.get(name)
        if name in sizes:
            converters.append((at, _clipper(sizes[name], processor)))
        elif processor is not None:
            converters.append((at, processor))
    return _Plan(compiled.string, names, bool(compiled.positional), tuple(converters))


def execute_many(
    connection: Connection,
    statement: ClauseElement,
    rows: Sequence[Mapping[str, Any]],
    *,
    clip_to: Table | None = None,
) -> None:
    """Execute ``statement`` once per row (the driver's executemany); with ``clip_to``,
    text longer than its column of that table is cut first (RELIABILITY 38), as
    :func:`tracker.store.sql.fitted` would. Every row has the keys of the first."""
    if not rows:
        return
    plan = _plan(connection.dialect, statement, tuple(rows[0]), clip_to)
    connection.exec_driver_sql(plan.sql, plan.parameters(rows))


@dataclass(frozen=True)
class _Query:
    """A select compiled for one dialect: its SQL, its binds in placeholder order (a
    value of the statement's own, such as a literal or a LIMIT, kept processed), and
    the types of its result columns."""

    sql: str
    names: tuple[str, ...]
    positional: bool
    fixed: tuple[tuple[int, Any], ...]  # (position in names, processed value)
    converters: tuple[tuple[int, Converter], ...]  # (position in names, bind processor)
    required: frozenset[str]  # the binds the caller gives
    types: tuple[Any, ...]  # of the result columns, in order

    def parameters(self, params: Mapping[str, Any]) -> Any:
        if not self.required <= params.keys():
            raise ValueError(f"no value for the binds {sorted(self.required - params.keys())}")
        values = [params.get(name) for name in self.names]
        for at, convert in self.converters:
            values[at] = convert(values[at])
        for at, value in self.fixed:
            values[at] = value
        return tuple(values) if self.positional else dict(zip(self.names, values, strict=True))


@lru_cache(maxsize=64)
def _query(dialect: Dialect, statement: ClauseElement) -> _Query:
    compiled: Any = statement.compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params or compiled.escaped_bind_names:
        raise ValueError("expanding, literal or escaped binds need SQLAlchemy's per-call work")
    names = tuple(compiled.positiontup if compiled.positional else compiled.bind_names.values())
    processors = compiled._bind_processors
    fixed, converters = [], []
    for at, name in enumerate(names):
        bind = compiled.binds[name]
        processor = processors.get(name)
        if bind.callable is not None:
            raise ValueError("a bind computed at execution needs SQLAlchemy's per-call work")
        if not bind.required:  # the statement's own value
            fixed.append((at, bind.value if processor is None else processor(bind.value)))
        elif processor is not None:
            converters.append((at, processor))
    required = frozenset(name for name in names if compiled.binds[name].required)
    types = tuple(column[3] for column in compiled._result_columns)
    return _Query(
        compiled.string, names, bool(compiled.positional), tuple(fixed), tuple(converters), required, types
    )


def fetch_all(
    connection: Connection, statement: ClauseElement, params: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """Every row of a select as tuples, as ``connection.execute(statement, params).all()``
    would give them, without SQLAlchemy's per-call work (see the module's docstring).
    Every bind the statement does not give a value itself must be in ``params``."""
    dialect = connection.dialect
    query = _query(dialect, statement)
    result = connection.exec_driver_sql(query.sql, query.parameters(params))
    cursor = result.cursor
    try:
        described = cursor.description
        rows: list[tuple[Any, ...]] = list(cursor.fetchall())
    finally:
        result.close()
    processors = [
        (at, processor)
        for at, (kind, column) in enumerate(zip(query.types, described, strict=True))
        if (processor := kind._cached_result_processor(dialect, column[1])) is not None
    ]
    if not processors:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for at, processor in processors:
            values[at] = processor(values[at])
        converted.append(tuple(values))
    return converted
