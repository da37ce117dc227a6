"""commitments that hold up: aliases, figures, new money, terms index, delivery
status with history; pledge vocabularies under check constraints; topics;
a monthly summary by topic with new and restated money

Commitments and the monthly summary are derived data: this revision drops and
rebuilds both tables empty and unlinks every pledge. `tracker reprocess` (and
every worker at start) links the pledges again and rebuilds the summary.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOPICS = (
    "'health', 'education', 'housing', 'defence', 'policing_justice', 'borders_immigration', "
    "'transport', 'energy_climate', 'economy_business', 'science_technology', 'local_government', "
    "'welfare', 'culture', 'international_aid', 'other'"
)
KINDS = "'funding', 'unit', 'appointment', 'headcount'"
STATUSES = "'announced', 'in_progress', 'delivered', 'broken', 'unclear'"
PLEDGE_CHECKS = {
    'kind_valid': f"kind IN ({KINDS})",
    'review_status_valid': "review_status IN ('unreviewed', 'confirmed', 'rejected', 'corrected')",
    'link_role_valid': (
        "link_role IS NULL OR link_role IN "
        "('first', 'reannounced', 'top_up', 'restated', 'per_year', 'rounded', 'existing')"
    ),
    'scope_valid': "scope IS NULL OR scope IN ('new', 'total', 'existing')",
    'qualifier_valid': "qualifier IS NULL OR qualifier IN ('exact', 'up_to', 'at_least', 'about')",
    'topic_valid': f"topic IN ({TOPICS})",
}


def _create_summary(unique_on: str) -> None:
    columns = [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    ]
    if unique_on == 'topic':
        columns += [
            sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
            sa.Column('pledges', sa.Integer(), nullable=False),
            sa.Column('new_money', sa.Float(), nullable=False),
            sa.Column('restated_money', sa.Float(), nullable=False),
            sa.Column('staff', sa.Integer(), nullable=False),
        ]
    else:
        columns += [
            sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
            sa.Column('pledges', sa.Integer(), nullable=False),
            sa.Column('amount_total', sa.Float(), nullable=False),
            sa.Column('count_total', sa.Integer(), nullable=False),
        ]
    op.create_table(
        'pledgesummary',
        *columns,
        sa.ForeignKeyConstraint(
            ['source_id'], ['source.id'], name=op.f('fk_pledgesummary_source_id_source'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_pledgesummary')),
        sa.UniqueConstraint(
            'month', 'source_id', 'kind', 'currency', unique_on,
            name=op.f(f'uq_pledgesummary_month_source_id_kind_currency_{unique_on}'),
        ),
    )
    with op.batch_alter_table('pledgesummary', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pledgesummary_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_pledgesummary_source_id'), ['source_id'], unique=False)


def upgrade() -> None:
    op.execute("UPDATE pledge SET commitment_id = NULL, link_role = NULL")
    with op.batch_alter_table('pledge', schema=None) as batch_op:
        batch_op.drop_constraint('fk_pledge_commitment_id_commitment', type_='foreignkey')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_link_key'))
    op.drop_table('commitment')

    op.create_table(
        'commitment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.Column('aliases', sa.Text(), nullable=False),
        sa.Column('figures', sa.Text(), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column('amount', sa.Float(), nullable=True),
        sa.Column('staff', sa.Integer(), nullable=True),
        sa.Column('new_money', sa.Float(), nullable=False),
        sa.Column('restated_money', sa.Float(), nullable=False),
        sa.Column('first_announced_on', sa.Date(), nullable=False),
        sa.Column('last_announced_on', sa.Date(), nullable=False),
        sa.Column('mentions', sa.Integer(), nullable=False),
        sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('status_changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.CheckConstraint(f"kind IN ({KINDS})", name=op.f('ck_commitment_kind_valid')),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f('ck_commitment_status_valid')),
        sa.CheckConstraint(f"topic IN ({TOPICS})", name=op.f('ck_commitment_topic_valid')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment')),
        sa.UniqueConstraint('origin', name=op.f('uq_commitment_origin')),
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index('ix_commitment_kind_last_announced_on', ['kind', 'last_announced_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_topic'), ['topic'], unique=False)

    op.create_table(
        'commitmentterm',
        sa.Column('commitment_id', sa.Integer(), nullable=False),
        sa.Column('term', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ['commitment_id'], ['commitment.id'],
            name=op.f('fk_commitmentterm_commitment_id_commitment'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('commitment_id', 'term', name=op.f('pk_commitmentterm')),
    )
    with op.batch_alter_table('commitmentterm', schema=None) as batch_op:
        batch_op.create_index('ix_commitmentterm_lookup', ['kind', 'currency', 'term', 'commitment_id'], unique=False)

    op.create_table(
        'commitmentstatuschange',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('commitment_id', sa.Integer(), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('previous_status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('evidence_url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            f"previous_status IS NULL OR previous_status IN ({STATUSES})",
            name=op.f('ck_commitmentstatuschange_previous_status_valid'),
        ),
        sa.CheckConstraint(f"status IN ({STATUSES})", name=op.f('ck_commitmentstatuschange_status_valid')),
        sa.ForeignKeyConstraint(
            ['commitment_id'], ['commitment.id'],
            name=op.f('fk_commitmentstatuschange_commitment_id_commitment'), ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commitmentstatuschange')),
    )
    with op.batch_alter_table('commitmentstatuschange', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitmentstatuschange_commitment_id'), ['commitment_id'], unique=False)

    with op.batch_alter_table('pledge', schema=None) as batch_op:
        batch_op.add_column(sa.Column('new_money', sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False, server_default='other')
        )
        batch_op.add_column(sa.Column('check_note', sa.Text(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_pledge_commitment_id_commitment'), 'commitment', ['commitment_id'], ['id'],
            ondelete='SET NULL',
        )
        for name, condition in PLEDGE_CHECKS.items():
            batch_op.create_check_constraint(op.f(f'ck_pledge_{name}'), condition)

    with op.batch_alter_table('pledgesummary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pledgesummary_source_id'))
        batch_op.drop_index(batch_op.f('ix_pledgesummary_month'))
    op.drop_table('pledgesummary')
    _create_summary('topic')


def downgrade() -> None:
    with op.batch_alter_table('pledgesummary', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pledgesummary_source_id'))
        batch_op.drop_index(batch_op.f('ix_pledgesummary_month'))
    op.drop_table('pledgesummary')
    _create_summary('scope')

    op.execute("UPDATE pledge SET commitment_id = NULL, link_role = NULL")
    with op.batch_alter_table('pledge', schema=None) as batch_op:
        for name in PLEDGE_CHECKS:
            batch_op.drop_constraint(op.f(f'ck_pledge_{name}'), type_='check')
        batch_op.drop_constraint('fk_pledge_commitment_id_commitment', type_='foreignkey')
        batch_op.drop_column('check_note')
        batch_op.drop_column('topic')
        batch_op.drop_column('new_money')

    op.drop_table('commitmentstatuschange')
    op.drop_table('commitmentterm')
    op.drop_table('commitment')
    op.create_table(
        'commitment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('link_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('label', sa.Text(), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=True),
        sa.Column('amount', sa.Float(), nullable=True),
        sa.Column('first_announced_on', sa.Date(), nullable=False),
        sa.Column('last_announced_on', sa.Date(), nullable=False),
        sa.Column('mentions', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment')),
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_link_key'), ['link_key'], unique=False)
    with op.batch_alter_table('pledge', schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f('fk_pledge_commitment_id_commitment'), 'commitment', ['commitment_id'], ['id'],
            ondelete='SET NULL',
        )
