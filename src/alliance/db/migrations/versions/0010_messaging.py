"""messaging: a care-team thread per client, messages, read receipts, the practice's reply time

Revision ID: 0010_messaging
Revises: 0001_foundation
Create Date: 2026-12-06 22:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0010_messaging"
down_revision = "0001_foundation"
branch_labels = ("messaging",)
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
        "messaging_settings",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("response_days", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("messaging_settings", "practice_id", "practices"),
        _fk("messaging_settings", "updated_by", "users"),
        sa.PrimaryKeyConstraint("practice_id", name=op.f("pk_messaging_settings")),
    )
    op.create_table(
        "message_threads",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("last_message_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("subject_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("message_threads", "practice_id", "practices"),
        _fk("message_threads", "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_threads")),
        sa.UniqueConstraint("client_id", name=op.f("uq_message_threads_client_id")),
    )
    _indexes("message_threads", "practice_id")
    op.create_table(
        "messages",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("sender_id", sa.Uuid(), nullable=False),
        sa.Column("sender_role", sa.String(length=20), nullable=False),
        sa.Column("body_ct", sa.LargeBinary(), nullable=True),
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("messages", "practice_id", "practices"),
        _fk("messages", "thread_id", "message_threads", "CASCADE"),
        _fk("messages", "client_id", "clients", "CASCADE"),
        _fk("messages", "sender_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    _indexes("messages", "practice_id", "thread_id", "client_id", "sender_id")
    op.create_table(
        "message_reads",
        sa.Column("message_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("reader_id", sa.Uuid(), nullable=False),
        sa.Column("reader_role", sa.String(length=20), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        _fk("message_reads", "message_id", "messages", "CASCADE"),
        _fk("message_reads", "client_id", "clients", "CASCADE"),
        _fk("message_reads", "reader_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_reads")),
        sa.UniqueConstraint("message_id", "reader_id", name="message_read_once"),
    )
    _indexes("message_reads", "message_id", "client_id", "reader_id")


def downgrade() -> None:
    op.drop_table("message_reads")
    op.drop_table("messages")
    op.drop_table("message_threads")
    op.drop_table("messaging_settings")
