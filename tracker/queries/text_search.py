"""Free-text search through the text index: "contains", case ignored, the same on both stores.

A search matches a pledge whose searched column contains the text as typed
(leading and trailing spaces dropped), anywhere, also inside a word: "bus"
finds "Rural Bus Fund" and "business", "Programme 4" finds "Programme 42".
That is what the explorer's LIKE search always did, and the result is still
decided by each store's LIKE; the index (``tracker.schema.search``) only finds
the candidates fast:

- SQLite: an FTS5 phrase query on the trigram table, then ``LIKE`` (case
  ignored for ASCII letters, as SQLite's LIKE does).
- PostgreSQL: ``ILIKE '%text%'``, answered from the trigram GIN indexes (case
  ignored in every alphabet).

The one change: text must have at least three characters (the length of a
trigram); shorter text is not searched (``too_short``; the explorer says so),
because without a trigram every store would read every pledge. ``%`` and ``_``
match only themselves on both stores.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, TableClause, and_, func, or_, select
from sqlmodel import col

from tracker.queries.common import LIKE_ESCAPE, like_pattern
from tracker.schema.models import Commitment, Pledge
from tracker.schema.search import (
    COMMITMENT_SEARCHED_COLUMNS,
    MIN_INDEXED_LENGTH,
    SEARCH_TABLE,
    SEARCHED_COLUMNS,
    commitment_search,
    pledge_search,
)

# More matches than this and a search is "common" (see contains); probes are kept a
# minute per database and text, as only the plan depends on them, never the result.
PROBE_CAP = 20_000
PROBE_TTL_SECONDS = 60.0
_PROBES: dict[tuple[str, str, tuple[str, ...], str], tuple[float, bool]] = {}


def fts_query(columns: Sequence[str], text: str) -> str:
    """An FTS5 query for ``text`` as one phrase in ``columns`` (quotes doubled, nothing else special)."""
    phrase = '"' + text.replace('"', '""') + '"'
    return "{" + " ".join(columns) + "} : " + phrase


def too_short(text: str) -> bool:
    """Text with characters but fewer than the index needs: not searched (see the module)."""
    needle = text.strip()
    return 0 < len(needle) < MIN_INDEXED_LENGTH


def _check_columns(columns: Sequence[str]) -> None:
    unknown = [name for name in columns if name not in SEARCHED_COLUMNS]
    if unknown:
        raise ValueError(f"not a searched column: {', '.join(unknown)}")


def _like(dialect: str, columns: Sequence[str], needle: str) -> ColumnElement[bool]:
    """LIKE on every column, as each store's LIKE ignores case (SQLite: ASCII letters)."""
    pattern = like_pattern(needle)
    conditions = []
    for name in columns:
        column: Any = col(getattr(Pledge, name))
        if dialect == "sqlite":
            conditions.append(column.like(pattern, escape=LIKE_ESCAPE))
        else:
            conditions.append(column.ilike(pattern, escape=LIKE_ESCAPE))
    return or_(*conditions)


def _indexed(dialect: str, columns: Sequence[str], needle: str) -> ColumnElement[bool]:
    like = _like(dialect, columns, needle)
    if dialect != "sqlite":
        return like
    matching = select(pledge_search.c.rowid).where(
        pledge_search.c[SEARCH_TABLE].match(fts_query(columns, needle))
    )
    # FTS5 folds case in every alphabet, LIKE in ASCII only: the index finds candidates
    # and LIKE decides, so results are LIKE's whichever way the query runs.
    return and_(col(Pledge.id).in_(matching), like)


def _probe(connection: Connection, index: TableClause, columns: Sequence[str], needle: str) -> int:
    """How many rows the FTS5 ``index`` finds, counted up to PROBE_CAP + 1 straight from the
    index, which streams its matches (an IN list would collect them all first)."""
    inner = (
        select(index.c.rowid)
        .where(index.c[index.name].match(fts_query(columns, needle)))
        .limit(PROBE_CAP + 1)
        .subquery()
    )
    return int(connection.execute(select(func.count()).select_from(inner)).scalar_one())


def _is_common(
    connection: Connection, columns: Sequence[str], needle: str, index: TableClause = pledge_search
) -> bool:
    key = (str(connection.engine.url), index.name, tuple(columns), needle)
    now = time.monotonic()
    found = _PROBES.get(key)
    if found is None or now - found[0] > PROBE_TTL_SECONDS:
        if len(_PROBES) > 1000:
            _PROBES.clear()
        found = (now, _probe(connection, index, columns, needle) > PROBE_CAP)
        _PROBES[key] = found
    return found[1]


def forget_probes() -> None:
    """Drop the cached probes (benchmarks time a search with its probe)."""
    _PROBES.clear()


def contains(connection: Connection, columns: Sequence[str], text: str) -> ColumnElement[bool] | None:
    """Pledges with ``text`` in any of ``columns``; None for text too short to search.

    On SQLite, text the index finds in more than PROBE_CAP pledges is common: the
    query then tests each row met along the other filters' order (a few hundred rows
    to fill a page), instead of fetching every match from the index and sorting them.
    PostgreSQL decides that from its statistics.
    """
    _check_columns(columns)
    needle = text.strip()
    if len(needle) < MIN_INDEXED_LENGTH:
        return None
    dialect = connection.dialect.name
    if dialect != "sqlite":
        # PostgreSQL's statistics on the columns estimate how common the text is, and
        # its planner picks the trigram index or another filter's order by itself.
        return _indexed(dialect, columns, needle)
    if _is_common(connection, columns, needle):
        return _like(dialect, columns, needle)
    return _indexed(dialect, columns, needle)


def names_contain(connection: Connection, text: str) -> ColumnElement[bool] | None:
    """Commitments with ``text`` in their name or any other name, case ignored; None for no text.

    The same "contains" as before the index (``lower(name) LIKE lower(text)`` on
    ``label`` and the JSON list ``aliases``), so results do not change; the index
    (migration 0007_commitment_search) finds the candidates. PostgreSQL answers these
    LIKEs from GIN indexes on exactly these expressions. SQLite reads the FTS5 table
    first unless the text is common (then, or for text under three characters, every
    commitment's names are tested, as before).
    """
    needle = text.strip()
    if not needle:
        return None
    pattern = like_pattern(needle.lower())
    like = or_(
        *(
            func.lower(col(getattr(Commitment, name))).like(pattern, escape=LIKE_ESCAPE)
            for name in COMMITMENT_SEARCHED_COLUMNS
        )
    )
    if connection.dialect.name != "sqlite" or len(needle) < MIN_INDEXED_LENGTH:
        return like
    if _is_common(connection, COMMITMENT_SEARCHED_COLUMNS, needle, commitment_search):
        return like
    matching = select(commitment_search.c.rowid).where(
        commitment_search.c[commitment_search.name].match(fts_query(COMMITMENT_SEARCHED_COLUMNS, needle))
    )
    return and_(col(Commitment.id).in_(matching), like)
