"""appointments: recurring series, cancellation codes, reminders; calendar feeds; scheduling settings

Revision ID: 0009_scheduling
Revises: 0001_foundation
Create Date: 2026-12-06 22:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0009_scheduling"
down_revision = "0001_foundation"
branch_labels = ("appointments",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_by", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_appointments_series_id"), ["series_id"], unique=False)

    op.create_table(
        "calendar_feeds",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("show_initials", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["practice_id"], ["practices.id"], name=op.f("fk_calendar_feeds_practice_id_practices")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_calendar_feeds_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_feeds")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_calendar_feeds_token_hash")),
    )
    with op.batch_alter_table("calendar_feeds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calendar_feeds_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_calendar_feeds_user_id"), ["user_id"], unique=False)

    op.create_table(
        "scheduling_settings",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("reminder_hours", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["practice_id"], ["practices.id"],
                                name=op.f("fk_scheduling_settings_practice_id_practices")),
        sa.PrimaryKeyConstraint("practice_id", name=op.f("pk_scheduling_settings")),
    )


def downgrade() -> None:
    op.drop_table("scheduling_settings")
    op.drop_table("calendar_feeds")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_series_id"))
        batch_op.drop_column("reminded_at")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("cancelled_by")
        batch_op.drop_column("series_id")
