"""accounts: remember the last accepted TOTP time step so a code cannot be replayed

Revision ID: 0003_mfa_replay
Revises: 0001_foundation
Create Date: 2026-11-23 00:05:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0003_mfa_replay"
down_revision = "0001_foundation"
branch_labels = ("accounts",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("mfa_last_step", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("mfa_last_step")
