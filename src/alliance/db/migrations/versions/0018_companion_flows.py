"""companion flows: guided exercises in the chat (state, answers, the record made), communication-practice scenarios,
and each turn's flow

Revision ID: 0018_companion_flows
Revises: 0017_reminders
Create Date: 2026-12-07 14:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0018_companion_flows"
down_revision = "0017_reminders"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _owned(table: str) -> list:
    return [
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk(table, "practice_id", "practices"),
        _fk(table, "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "companion_flows",
        *_owned("companion_flows"),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("stop_reason", sa.String(length=10), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("assignment_id", sa.Uuid(), nullable=True),
        sa.Column("scenario_id", sa.Uuid(), nullable=True),
        sa.Column("exercise_id", sa.Uuid(), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
        sa.Column("state_ct", sa.LargeBinary(), nullable=True),
        _fk("companion_flows", "created_by", "users"),
    )
    _indexes("companion_flows", "practice_id", "client_id")
    op.create_table(
        "companion_scenarios",
        *_owned("companion_scenarios"),
        sa.Column("other_person_ct", sa.LargeBinary(), nullable=True),
        sa.Column("goal_ct", sa.LargeBinary(), nullable=True),
        sa.Column("lines_ct", sa.LargeBinary(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    )
    _indexes("companion_scenarios", "practice_id", "client_id")
    with op.batch_alter_table("companion_turns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flow_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_companion_turns_flow_id"), ["flow_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("companion_turns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_companion_turns_flow_id"))
        batch_op.drop_column("flow_id")
    op.drop_table("companion_scenarios")
    op.drop_table("companion_flows")
