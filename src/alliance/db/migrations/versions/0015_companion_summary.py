"""companion summary: between-session summaries of the companion conversation, each sentence with its evidence turns

Revision ID: 0015_companion_summary
Revises: 0014_homework
Create Date: 2026-12-07 12:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0015_companion_summary"
down_revision = "0014_homework"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "companion_summaries",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("since_session", sa.Boolean(), nullable=False),
        sa.Column("turn_count", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("prompt_id", sa.String(length=80), nullable=True),
        sa.Column("prompt_version", sa.Integer(), nullable=True),
        sa.Column("grounding", sa.String(length=20), nullable=True),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("content_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("companion_summaries", "practice_id", "practices"),
        _fk("companion_summaries", "client_id", "clients", "CASCADE"),
        _fk("companion_summaries", "created_by", "users"),
        _fk("companion_summaries", "reviewed_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_summaries")),
    )
    with op.batch_alter_table("companion_summaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_companion_summaries_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_companion_summaries_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_table("companion_summaries")
