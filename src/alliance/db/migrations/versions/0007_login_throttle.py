"""accounts: log-in attempts also carry the HMAC of the e-mail typed, for per-account throttling

Revision ID: 0007_login_throttle
Revises: 0003_mfa_replay
Create Date: 2026-11-24 00:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0007_login_throttle"
down_revision = "0003_mfa_replay"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("login_attempts") as batch:
        batch.add_column(sa.Column("account_bidx", sa.String(length=64), nullable=True))
        batch.create_index(batch.f("ix_login_attempts_account_bidx"), ["account_bidx"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_attempts") as batch:
        batch.drop_index(batch.f("ix_login_attempts_account_bidx"))
        batch.drop_column("account_bidx")
