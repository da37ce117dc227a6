"""The text indexes behind the explorer's search (migration 0004_search_index) and the
Commitments page's name search (migration 0007_commitment_search).

Both stores index three-character substrings (trigrams) of a pledge's evidence,
recipient, name and person: SQLite in the external-content FTS5 table
``pledge_search`` (trigram tokenizer, rowid = pledge id, kept in step by
triggers), PostgreSQL in GIN ``gin_trgm_ops`` indexes ``ix_pledge_search_*``.
Commitment names (label and aliases) are indexed alike: SQLite in the FTS5
table ``commitment_search`` (rowid = commitment id), PostgreSQL in GIN indexes
``ix_commitment_search_*`` on ``lower(label)`` and ``lower(aliases)``.
Neither is described by the models, so schema comparison leaves them out, as it
does ``ix_pledge_amount_id`` (amount then id; on PostgreSQL with empty amounts
first, so that sorting by amount reads it in either direction with empty amounts
where SQLite puts them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, table

SEARCH_TABLE = "pledge_search"
SEARCHED_COLUMNS = ("evidence", "recipient", "name", "person")
# FTS5 needs at least one trigram; shorter text is matched without the index.
MIN_INDEXED_LENGTH = 3

# The FTS5 table as queries see it: its rowid and the hidden column named after the
# table, the left side of MATCH.
pledge_search = table(SEARCH_TABLE, column("rowid"), column(SEARCH_TABLE))

COMMITMENT_SEARCH_TABLE = "commitment_search"
COMMITMENT_SEARCHED_COLUMNS = ("label", "aliases")
commitment_search = table(COMMITMENT_SEARCH_TABLE, column("rowid"), column(COMMITMENT_SEARCH_TABLE))
_SEARCH_TABLES = (SEARCH_TABLE, COMMITMENT_SEARCH_TABLE)


# Indexes made by hand per store (their column order differs), not by the models.
HAND_MADE_INDEXES = frozenset({"ix_pledge_amount_id", "ix_commitment_new_money_order"})


def outside_models(name: str | None, type_: str, _parent_names: Any = None) -> bool:
    """False for the search index's tables and indexes (Alembic ``include_name``)."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(_SEARCH_TABLES)
    if type_ == "index":
        made_by_hand = name.startswith(tuple(f"ix_{t}_" for t in _SEARCH_TABLES))
        return not made_by_hand and name not in HAND_MADE_INDEXES
    return True
