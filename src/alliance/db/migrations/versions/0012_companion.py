"""companion: the clinician's plan per client (versioned), practice companion settings, exercise records

Revision ID: 0012_companion
Revises: 0001_foundation
Create Date: 2026-12-06 23:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0012_companion"
down_revision = "0001_foundation"
branch_labels = ("companion",)
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
        "companion_settings",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("no_chat_regions", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("companion_settings", "practice_id", "practices"),
        _fk("companion_settings", "updated_by", "users"),
        sa.PrimaryKeyConstraint("practice_id", name=op.f("pk_companion_settings")),
    )
    op.create_table(
        "companion_plans",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("modules", sa.JSON(), nullable=False),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("address", sa.String(length=10), nullable=False),
        sa.Column("focus_ct", sa.LargeBinary(), nullable=True),
        sa.Column("steer_topics_ct", sa.LargeBinary(), nullable=True),
        sa.Column("cultural_notes_ct", sa.LargeBinary(), nullable=True),
        sa.Column("review_note_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("companion_plans", "practice_id", "practices"),
        _fk("companion_plans", "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_plans")),
        sa.UniqueConstraint("client_id", "version", name="companion_plan_version"),
    )
    _indexes("companion_plans", "practice_id", "client_id")
    op.create_table(
        "companion_exercises",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
        sa.Column("data_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("companion_exercises", "practice_id", "practices"),
        _fk("companion_exercises", "client_id", "clients", "CASCADE"),
        _fk("companion_exercises", "created_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_exercises")),
    )
    _indexes("companion_exercises", "practice_id", "client_id")


def downgrade() -> None:
    op.drop_table("companion_exercises")
    op.drop_table("companion_plans")
    op.drop_table("companion_settings")
