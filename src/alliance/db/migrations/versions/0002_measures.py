"""measures: assignments and administrations

Revision ID: 0002_measures
Revises: 0001_foundation
Create Date: 2026-11-22 23:50:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0002_measures"
down_revision = "0001_foundation"
branch_labels = ("measures",)
depends_on = None

_AUTHORED = (
    ("id", sa.Uuid(), False),
    ("created_by", sa.Uuid(), True),
    ("updated_by", sa.Uuid(), True),
    ("deleted_at", sa.DateTime(timezone=True), True),
    ("created_at", sa.DateTime(timezone=True), False),
    ("updated_at", sa.DateTime(timezone=True), False),
)


def _authored() -> list[sa.Column]:
    return [sa.Column(name, kind, nullable=nullable) for name, kind, nullable in _AUTHORED]


def upgrade() -> None:
    op.create_table(
        "measure_assignments",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("instrument", sa.String(length=40), nullable=False),
        sa.Column("schedule", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("assigned_by", sa.Uuid(), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        *_authored(),
        sa.ForeignKeyConstraint(["assigned_by"], ["users.id"],
                                name=op.f("fk_measure_assignments_assigned_by_users")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_measure_assignments_client_id_clients"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["practice_id"], ["practices.id"],
                                name=op.f("fk_measure_assignments_practice_id_practices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_assignments")),
    )
    with op.batch_alter_table("measure_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_assignments_active"), ["active"], unique=False)
        batch_op.create_index(batch_op.f("ix_measure_assignments_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_measure_assignments_practice_id"), ["practice_id"], unique=False)

    op.create_table(
        "measure_administrations",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("assignment_id", sa.Uuid(), nullable=True),
        sa.Column("instrument", sa.String(length=40), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answers_ct", sa.LargeBinary(), nullable=True),
        sa.Column("result_ct", sa.LargeBinary(), nullable=True),
        *_authored(),
        sa.ForeignKeyConstraint(["assignment_id"], ["measure_assignments.id"],
                                name=op.f("fk_measure_administrations_assignment_id_measure_assignments"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"],
                                name=op.f("fk_measure_administrations_client_id_clients"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["practice_id"], ["practices.id"],
                                name=op.f("fk_measure_administrations_practice_id_practices")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_administrations")),
        sa.UniqueConstraint("assignment_id", "due_on", name="measure_administration_due"),
    )
    with op.batch_alter_table("measure_administrations", schema=None) as batch_op:
        for column in ("assignment_id", "client_id", "completed_at", "due_at", "instrument", "practice_id",
                       "status"):
            batch_op.create_index(batch_op.f(f"ix_measure_administrations_{column}"), [column], unique=False)


def downgrade() -> None:
    op.drop_table("measure_administrations")
    op.drop_table("measure_assignments")
