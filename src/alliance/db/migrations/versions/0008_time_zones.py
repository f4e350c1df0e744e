"""clients and users: a time zone of their own; clients choose whether reminders come by e-mail

Revision ID: 0008_time_zones
Revises: 0007_login_throttle
Create Date: 2026-12-06 00:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0008_time_zones"
down_revision = "0007_login_throttle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("timezone", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("reminders_by_email", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("reminders_by_email")
        batch.drop_column("timezone")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("timezone")
