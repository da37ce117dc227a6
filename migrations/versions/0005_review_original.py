"""a review keeps the machine's values of the fields it corrected

``review.original``: JSON object, field -> the value the extractor found, so the
dashboard can say "machine said X, corrected to Y" and a decision other than
"corrected" can put the machine's reading back. Existing corrections get "{}"
(their machine values are filled in when their article is next re-extracted).

Revision ID: 0005_review_original
Revises: 0004_search_index
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005_review_original'
down_revision: str | None = '0004_search_index'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('original', sa.Text(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('original')
