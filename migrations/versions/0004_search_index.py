"""text index for the explorer's search; all-time totals and recipient summaries for the overview

Search keeps its meaning ("contains", case ignored), and both stores index the
same thing, three-character substrings (trigrams) of the searched columns:

- SQLite: an external-content FTS5 table ``pledge_search`` with the trigram
  tokenizer over ``pledge``'s evidence, recipient, name and person (rowid =
  pledge id), kept in step by triggers on insert, delete and update of those
  columns (cascaded deletes fire them too). A batch migration that copies
  ``pledge`` drops the triggers with the old table: such a revision must
  create them again (``_create_sqlite_search``).
- PostgreSQL: the ``pg_trgm`` extension and a GIN index with
  ``gin_trgm_ops`` on each of those columns, used by ``ILIKE '%...%'``.

Existing pledges are indexed by the upgrade (FTS5 'rebuild'; CREATE INDEX).
The recipient summaries are filled from the stored pledges (triggers keep
``recipienttotal`` the sum of ``recipientsummary`` from then on), the all-time
totals (``pledgetotal``) from the monthly summary. Two indexes on
the fetch log let gap shading read failed polls without a scan of every poll;
one on (amount, id) gives the explorer's first page by amount without a sort,
two covering indexes let the overview's period figures read the monthly
summary's index alone.

Revision ID: 0004_search_index
Revises: 0003
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004_search_index"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCHED = ("evidence", "recipient", "name", "person")
_COLUMNS = ", ".join(SEARCHED)
_NEW = ", ".join(f"new.{c}" for c in SEARCHED)
_OLD = ", ".join(f"old.{c}" for c in SEARCHED)
SQLITE_SEARCH = (
    f"CREATE VIRTUAL TABLE pledge_search USING fts5({_COLUMNS}, content='pledge', "
    "content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER pledge_search_insert AFTER INSERT ON pledge BEGIN "
    f"INSERT INTO pledge_search(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    f"CREATE TRIGGER pledge_search_delete AFTER DELETE ON pledge BEGIN "
    f"INSERT INTO pledge_search(pledge_search, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); END",
    # Linking updates pledges all the time; only a change of searched text re-indexes.
    f"CREATE TRIGGER pledge_search_update AFTER UPDATE OF {_COLUMNS} ON pledge BEGIN "
    f"INSERT INTO pledge_search(pledge_search, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD}); "
    f"INSERT INTO pledge_search(rowid, {_COLUMNS}) VALUES (new.id, {_NEW}); END",
    "INSERT INTO pledge_search(pledge_search) VALUES ('rebuild')",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS pledge_search_update",
    "DROP TRIGGER IF EXISTS pledge_search_delete",
    "DROP TRIGGER IF EXISTS pledge_search_insert",
    "DROP TABLE IF EXISTS pledge_search",
)

# New money per recipient: funding pledges with new money, not rejected (as store/summary.py).
_GIVES = (
    "kind = 'funding' AND review_status <> 'rejected' AND new_money > 0 "
    "AND recipient IS NOT NULL AND currency IS NOT NULL"
)


# recipienttotal is the sum of recipientsummary per currency and recipient, kept by
# triggers: every writer (refresh, rebuild, a source removed with its rows by cascade)
# moves it, whatever path it takes.
_ADD = (
    "INSERT INTO recipienttotal (currency, recipient, pledges, new_money) "
    "VALUES (new.currency, new.recipient, new.pledges, new.new_money) "
    "ON CONFLICT (currency, recipient) DO UPDATE SET pledges = recipienttotal.pledges + excluded.pledges, "
    "new_money = recipienttotal.new_money + excluded.new_money"
)
_TAKE = (
    "UPDATE recipienttotal SET pledges = pledges - old.pledges, new_money = new_money - old.new_money "
    "WHERE currency = old.currency AND recipient = old.recipient"
)
_DROP_EMPTY = (
    "DELETE FROM recipienttotal WHERE currency = old.currency AND recipient = old.recipient AND pledges <= 0"
)
SQLITE_TOTALS = (
    f"CREATE TRIGGER recipientsummary_insert AFTER INSERT ON recipientsummary BEGIN {_ADD}; END",
    f"CREATE TRIGGER recipientsummary_delete AFTER DELETE ON recipientsummary BEGIN {_TAKE}; {_DROP_EMPTY}; END",
    f"CREATE TRIGGER recipientsummary_update AFTER UPDATE ON recipientsummary BEGIN "
    f"{_TAKE}; {_DROP_EMPTY}; {_ADD}; END",
)
POSTGRES_TOTALS = (
    "CREATE FUNCTION recipientsummary_moves_total() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_TAKE}; {_DROP_EMPTY}; END IF; "
    f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {_ADD}; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER recipientsummary_moves_total AFTER INSERT OR UPDATE OR DELETE ON recipientsummary "
    "FOR EACH ROW EXECUTE FUNCTION recipientsummary_moves_total()",
)
TOTALS_DROP = (
    "DROP TRIGGER IF EXISTS recipientsummary_insert",
    "DROP TRIGGER IF EXISTS recipientsummary_delete",
    "DROP TRIGGER IF EXISTS recipientsummary_update",
)
POSTGRES_TOTALS_DROP = (
    "DROP TRIGGER IF EXISTS recipientsummary_moves_total ON recipientsummary",
    "DROP FUNCTION IF EXISTS recipientsummary_moves_total()",
)


def _create_sqlite_search() -> None:
    for statement in SQLITE_SEARCH:
        op.execute(statement)


def _create_postgres_search() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in SEARCHED:
        op.execute(f"CREATE INDEX ix_pledge_search_{column} ON pledge USING gin ({column} gin_trgm_ops)")


def _create_recipient_tables() -> None:
    op.create_table(
        "recipientsummary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("pledges", sa.Integer(), nullable=False),
        sa.Column("new_money", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_recipientsummary_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipientsummary")),
        sa.UniqueConstraint(
            "month",
            "source_id",
            "currency",
            "recipient",
            name=op.f("uq_recipientsummary_month_source_id_currency_recipient"),
        ),
    )
    with op.batch_alter_table("recipientsummary", schema=None) as batch_op:
        batch_op.create_index(
            "ix_recipientsummary_currency_recipient", ["currency", "recipient"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recipientsummary_month"), ["month"], unique=False)
        batch_op.create_index(batch_op.f("ix_recipientsummary_source_id"), ["source_id"], unique=False)
    op.create_table(
        "recipienttotal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("pledges", sa.Integer(), nullable=False),
        sa.Column("new_money", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipienttotal")),
        sa.UniqueConstraint("currency", "recipient", name=op.f("uq_recipienttotal_currency_recipient")),
    )
    with op.batch_alter_table("recipienttotal", schema=None) as batch_op:
        batch_op.create_index("ix_recipienttotal_currency_new_money", ["currency", "new_money"], unique=False)


def _create_totals() -> None:
    op.create_table(
        "pledgetotal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("pledges", sa.Integer(), nullable=False),
        sa.Column("new_money", sa.Float(), nullable=False),
        sa.Column("restated_money", sa.Float(), nullable=False),
        sa.Column("staff", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_pledgetotal_source_id_source"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledgetotal")),
        sa.UniqueConstraint(
            "source_id",
            "kind",
            "currency",
            "topic",
            name=op.f("uq_pledgetotal_source_id_kind_currency_topic"),
        ),
    )
    op.execute(
        "INSERT INTO pledgetotal (source_id, kind, currency, topic, pledges, new_money, restated_money, staff) "
        "SELECT source_id, kind, currency, topic, sum(pledges), sum(new_money), sum(restated_money), sum(staff) "
        "FROM pledgesummary GROUP BY source_id, kind, currency, topic"
    )


def _fill_recipient_tables(dialect: str) -> None:
    month = (
        "strftime('%Y-%m-01', announced_on)"
        if dialect == "sqlite"
        else "CAST(date_trunc('month', announced_on) AS DATE)"
    )
    key = "substr(recipient, 1, 300)"
    op.execute(
        "INSERT INTO recipientsummary (month, source_id, currency, recipient, pledges, new_money) "
        f"SELECT {month}, source_id, currency, {key}, count(*), sum(new_money) FROM pledge "
        f"WHERE {_GIVES} GROUP BY {month}, source_id, currency, {key}"
    )
    op.execute(
        "INSERT INTO recipienttotal (currency, recipient, pledges, new_money) "
        "SELECT currency, recipient, sum(pledges), sum(new_money) FROM recipientsummary "
        "GROUP BY currency, recipient"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("fetchlog", schema=None) as batch_op:
        batch_op.create_index("ix_fetchlog_outcome_started_at", ["outcome", "started_at"], unique=False)
        batch_op.create_index("ix_fetchlog_source_id_started_at", ["source_id", "started_at"], unique=False)
    # The explorer sorted by amount; PostgreSQL keeps empty amounts where SQLite sorts them.
    nulls = " NULLS FIRST" if dialect != "sqlite" else ""
    op.execute(f"CREATE INDEX ix_pledge_amount_id ON pledge (amount{nulls}, id)")
    with op.batch_alter_table("pledgesummary", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pledgesummary_month_figures",
            ["month", "kind", "currency", "pledges", "new_money", "restated_money", "staff"],
            unique=False,
        )
        batch_op.create_index(
            "ix_pledgesummary_kind_currency_month",
            ["kind", "currency", "month", "source_id", "new_money", "restated_money"],
            unique=False,
        )
    _create_totals()
    _create_recipient_tables()
    _fill_recipient_tables(dialect)
    for statement in SQLITE_TOTALS if dialect == "sqlite" else POSTGRES_TOTALS:
        op.execute(statement)
    if dialect == "sqlite":
        _create_sqlite_search()
    else:
        _create_postgres_search()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in TOTALS_DROP if dialect == "sqlite" else POSTGRES_TOTALS_DROP:
        op.execute(statement)
    if dialect == "sqlite":
        for statement in SQLITE_DROP:
            op.execute(statement)
    else:
        for column in SEARCHED:
            op.execute(f"DROP INDEX IF EXISTS ix_pledge_search_{column}")
        # pg_trgm stays: other schemas of the same database may use it.
    op.drop_table("recipienttotal")
    op.drop_table("recipientsummary")
    op.drop_table("pledgetotal")
    op.execute("DROP INDEX IF EXISTS ix_pledge_amount_id")
    with op.batch_alter_table("pledgesummary", schema=None) as batch_op:
        batch_op.drop_index("ix_pledgesummary_kind_currency_month")
        batch_op.drop_index("ix_pledgesummary_month_figures")
    with op.batch_alter_table("fetchlog", schema=None) as batch_op:
        batch_op.drop_index("ix_fetchlog_source_id_started_at")
        batch_op.drop_index("ix_fetchlog_outcome_started_at")
