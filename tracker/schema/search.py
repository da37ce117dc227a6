"""The text index behind the explorer's search (created by migration 0004_search_index).

Both stores index three-character substrings (trigrams) of a pledge's evidence,
recipient, name and person: SQLite in the external-content FTS5 table
``pledge_search`` (trigram tokenizer, rowid = pledge id, kept in step by
triggers), PostgreSQL in GIN ``gin_trgm_ops`` indexes ``ix_pledge_search_*``.
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


# Indexes made by hand per store (their column order differs), not by the models.
HAND_MADE_INDEXES = frozenset({"ix_pledge_amount_id", "ix_commitment_new_money_order"})


def outside_models(name: str | None, type_: str, _parent_names: Any = None) -> bool:
    """False for the search index's tables and indexes (Alembic ``include_name``)."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(SEARCH_TABLE)
    if type_ == "index":
        return not name.startswith(f"ix_{SEARCH_TABLE}_") and name not in HAND_MADE_INDEXES
    return True
