"""companion chat: the conversation's turns (encrypted text, screen, output check, model call, rating, annotation)

Revision ID: 0013_companion_chat
Revises: 0012_companion
Create Date: 2026-12-07 01:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0013_companion_chat"
down_revision = "0012_companion"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "companion_turns",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("reply_to", sa.Uuid(), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("blocked_category", sa.String(length=20), nullable=True),
        sa.Column("fallback", sa.String(length=20), nullable=True),
        sa.Column("provider", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("prompt_id", sa.String(length=80), nullable=True),
        sa.Column("prompt_version", sa.Integer(), nullable=True),
        sa.Column("call_id", sa.String(length=64), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=True),
        sa.Column("first_sentence_ms", sa.Integer(), nullable=True),
        sa.Column("rating", sa.String(length=12), nullable=True),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("annotation", sa.String(length=10), nullable=True),
        sa.Column("annotated_by", sa.Uuid(), nullable=True),
        sa.Column("annotated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("text_ct", sa.LargeBinary(), nullable=True),
        sa.Column("blocked_text_ct", sa.LargeBinary(), nullable=True),
        sa.Column("report_ct", sa.LargeBinary(), nullable=True),
        sa.Column("annotation_note_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("companion_turns", "practice_id", "practices"),
        _fk("companion_turns", "client_id", "clients", "CASCADE"),
        _fk("companion_turns", "created_by", "users"),
        _fk("companion_turns", "annotated_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_turns")),
        sa.UniqueConstraint("client_id", "seq", name="companion_turn_seq"),
    )
    with op.batch_alter_table("companion_turns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_companion_turns_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_companion_turns_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    op.drop_table("companion_turns")
