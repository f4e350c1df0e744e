"""staff gender: a clinician's gender as they wish it shown to clients, for matching referrals' preferences

Revision ID: 0023_staff_gender
Revises: 0022_ai_quality
Create Date: 2026-12-07 09:45:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0023_staff_gender"
down_revision = "0022_ai_quality"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing staff have none (NULL): not stated, so they match no gender preference but are still suggested.
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gender", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("gender")
