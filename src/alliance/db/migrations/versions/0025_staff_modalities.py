"""staff modalities: the ways a clinician sees people (in person, video, phone), for matching referrals' preferences

Revision ID: 0025_staff_modalities
Revises: 0024_plan_cosign
Create Date: 2026-12-07 10:10:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0025_staff_modalities"
down_revision = "0024_plan_cosign"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing staff have none (NULL): not stated, so they match no modality preference but are still suggested.
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("modalities", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("modalities")
