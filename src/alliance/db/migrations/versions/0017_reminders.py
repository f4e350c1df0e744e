"""reminders: the client's reminder preferences (time zone, quiet hours), private calendar feed tokens, sent reminders

Revision ID: 0017_reminders
Revises: 0016_intake
Create Date: 2026-12-07 12:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0017_reminders"
down_revision = "0016_intake"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "reminder_preferences",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("quiet_start", sa.String(length=5), nullable=False),
        sa.Column("quiet_end", sa.String(length=5), nullable=False),
        sa.Column("remind_at", sa.String(length=5), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        _fk("reminder_preferences", "client_id", "clients", "CASCADE"),
        _fk("reminder_preferences", "practice_id", "practices"),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_reminder_preferences")),
    )
    _indexes("reminder_preferences", "practice_id")
    op.create_table(
        "reminder_feeds",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        _fk("reminder_feeds", "practice_id", "practices"),
        _fk("reminder_feeds", "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_feeds")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_reminder_feeds_token_hash")),
    )
    _indexes("reminder_feeds", "practice_id", "client_id")
    op.create_table(
        "reminders_sent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        _fk("reminders_sent", "practice_id", "practices"),
        _fk("reminders_sent", "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders_sent")),
        sa.UniqueConstraint("client_id", "day", "channel", name="reminders_sent_once_a_day"),
    )
    _indexes("reminders_sent", "practice_id", "client_id")


def downgrade() -> None:
    for table in ("reminders_sent", "reminder_feeds", "reminder_preferences"):
        op.drop_table(table)
