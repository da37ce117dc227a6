"""text index on commitment names for the Commitments page's name search; covering
indexes for its period and publisher filters

The page's search ("contains", case ignored, in the name or any other name)
read every commitment's names (333,000 commitments: 0.41 s on SQLite, 0.50 s
on PostgreSQL). Both stores now index three-character pieces of the names, as
migration 0004_search_index does for pledges:

- SQLite: an external-content FTS5 table ``commitment_search`` with the trigram
  tokenizer over ``commitment``'s label and aliases (rowid = commitment id),
  kept in step by triggers on insert, delete and update of those columns. A
  batch migration that copies ``commitment`` drops the triggers with the old
  table: such a revision must create them again (``SQLITE_SEARCH``).
- PostgreSQL: a GIN ``gin_trgm_ops`` index on ``lower(label)`` and one on
  ``lower(aliases)``, the expressions the search compares (``lower(..) LIKE``).

The result is still decided by the same ``LIKE`` as before; the index only finds
the candidates.

On PostgreSQL the explorer's evidence index also gets the pledge's kind in front
(``btree_gin``): ``ix_pledge_search_kind_evidence`` on ``(kind, evidence
gin_trgm_ops)`` replaces ``ix_pledge_search_evidence``. A common word and a kind
that never has it ("programme" in units) then meet inside one index, which finds
no pledge without reading one; with the text alone the planner expected matches
early and read every pledge (2.4 s), with the kind's rows it read 150,000 pledges
(0.35 s). A text-only search uses the same index as before (GIN serves any of its
columns).

The period and publisher filters ("a mention in the period", "a mention from
the publisher") read the pledge table's rows for each commitment and each of a
publisher's pledges (333,000 commitments, one publisher over 12 months: 0.43 s
on PostgreSQL). ``ix_pledge_commitment_id_announced_on`` (commitment_id,
announced_on, review_status) and ``ix_pledge_source_id_commitment_id``
(source_id, review_status, commitment_id) answer both from the index alone and
replace the single-column ``ix_pledge_commitment_id`` and ``ix_pledge_source_id``
(each is their prefix). Plain CREATE/DROP INDEX: a batch copy of ``pledge``
would drop the text index's triggers.

Revision ID: 0007_commitment_search
Revises: 0006_commitment_order
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_commitment_search"
down_revision: str | None = "0006_commitment_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = ("label", "aliases")
EVIDENCE = "ix_pledge_search_evidence"
KIND_EVIDENCE = "ix_pledge_search_kind_evidence"
_COLUMNS = ", ".join(SEARCHED)
_NEW = ", ".join(f"new.{c}" for c in SEARCHED)
_OLD = ", ".join(f"old.{c}" for c in SEARCHED)
SQLITE_SEARCH = (
    f"CREATE VIRTUAL TABLE commitment_search USING fts5({_COLUMNS}, content='commitment', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER commitment_search_insert AFTER INSERT ON commitment BEGIN "
    f"INSERT INTO commitment_search(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER commitment_search_delete AFTER DELETE ON commitment BEGIN "
    f"INSERT INTO commitment_search(commitment_search, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, {_OLD}); END",
    # Linking updates commitments all the time; only a change of a name re-indexes.
    f"CREATE TRIGGER commitment_search_update AFTER UPDATE OF {_COLUMNS} ON commitment BEGIN "
    f"INSERT INTO commitment_search(commitment_search, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, {_OLD}); "
    f"INSERT INTO commitment_search(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    "INSERT INTO commitment_search(commitment_search) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS commitment_search_update",
    "DROP TRIGGER IF EXISTS commitment_search_delete",
    "DROP TRIGGER IF EXISTS commitment_search_insert",
    "DROP TABLE IF EXISTS commitment_search",
)


# (name, columns) of the covering indexes, and the single-column ones they replace.
COVERING = (
    ("ix_pledge_commitment_id_announced_on", ["commitment_id", "announced_on", "review_status"]),
    ("ix_pledge_source_id_commitment_id", ["source_id", "review_status", "commitment_id"]),
)
REPLACED = (("ix_pledge_commitment_id", ["commitment_id"]), ("ix_pledge_source_id", ["source_id"]))


def upgrade() -> None:
    for name, columns in COVERING:
        op.create_index(name, "pledge", columns, unique=False)
    for name, _columns in REPLACED:
        op.drop_index(name, table_name="pledge")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    op.execute(f"CREATE INDEX {KIND_EVIDENCE} ON pledge USING gin (kind, evidence gin_trgm_ops)")
    op.execute(f"DROP INDEX IF EXISTS {EVIDENCE}")
    for column in SEARCHED:
        index = f"ix_commitment_search_{column}"
        op.execute(f"CREATE INDEX {index} ON commitment USING gin (lower({column}) gin_trgm_ops)")


def downgrade() -> None:
    for name, columns in REPLACED:
        op.create_index(name, "pledge", columns, unique=False)
    for name, _columns in COVERING:
        op.drop_index(name, table_name="pledge")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
        return
    for column in SEARCHED:
        op.execute(f"DROP INDEX IF EXISTS ix_commitment_search_{column}")
    op.execute(f"CREATE INDEX {EVIDENCE} ON pledge USING gin (evidence gin_trgm_ops)")
    op.execute(f"DROP INDEX IF EXISTS {KIND_EVIDENCE}")
    # btree_gin and pg_trgm stay: other schemas of the same database may use them.
