"""intake summary: the optional AI-drafted summary of a referral, each sentence with what it rests on

Revision ID: 0020_intake_summary
Revises: 0019_plans
Create Date: 2026-12-08 15:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0020_intake_summary"
down_revision = "0019_plans"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "intake_summaries",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("triage_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("provider", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("prompt_id", sa.String(length=80), nullable=True),
        sa.Column("prompt_version", sa.Integer(), nullable=True),
        sa.Column("grounding", sa.String(length=20), nullable=True),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("content_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("intake_summaries", "practice_id", "practices"),
        _fk("intake_summaries", "referral_id", "intake_referrals", "CASCADE"),
        _fk("intake_summaries", "triage_id", "intake_triages", "SET NULL"),
        _fk("intake_summaries", "created_by", "users"),
        _fk("intake_summaries", "reviewed_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_summaries")),
    )
    with op.batch_alter_table("intake_summaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_summaries_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_intake_summaries_referral_id"), ["referral_id"], unique=False)


def downgrade() -> None:
    op.drop_table("intake_summaries")
