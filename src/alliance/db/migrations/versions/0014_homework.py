"""homework: assignments and completions, mood check-ins, exposure hierarchy and steps, sleep diary, activity log

Revision ID: 0014_homework
Revises: 0013_companion_chat
Create Date: 2026-12-07 10:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0014_homework"
down_revision = "0013_companion_chat"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _owned(table: str) -> list:
    """The columns and keys every client-owned table here has: practice, client, id, timestamps."""
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


def _screened() -> list:
    return [
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "homework_assignments",
        *_owned("homework_assignments"),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("schedule", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note_ct", sa.LargeBinary(), nullable=True),
        sa.Column("prompts_ct", sa.LargeBinary(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    )
    _indexes("homework_assignments", "practice_id", "client_id")
    op.create_table(
        "homework_entries",
        *_owned("homework_entries"),
        *_screened(),
        sa.Column("assignment_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=True),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("data_ct", sa.LargeBinary(), nullable=True),
        _fk("homework_entries", "assignment_id", "homework_assignments", "CASCADE"),
    )
    _indexes("homework_entries", "practice_id", "client_id", "assignment_id")
    op.create_table(
        "mood_checkins",
        *_owned("mood_checkins"),
        *_screened(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("emotions", sa.JSON(), nullable=False),
        sa.Column("note_ct", sa.LargeBinary(), nullable=True),
    )
    _indexes("mood_checkins", "practice_id", "client_id", "day")
    op.create_table(
        "exposure_situations",
        *_owned("exposure_situations"),
        *_screened(),
        sa.Column("suds", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("situation_ct", sa.LargeBinary(), nullable=True),
    )
    _indexes("exposure_situations", "practice_id", "client_id")
    op.create_table(
        "exposure_steps",
        *_owned("exposure_steps"),
        *_screened(),
        sa.Column("situation_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("suds_before", sa.Integer(), nullable=False),
        sa.Column("suds_peak", sa.Integer(), nullable=True),
        sa.Column("suds_after", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("note_ct", sa.LargeBinary(), nullable=True),
        _fk("exposure_steps", "situation_id", "exposure_situations", "CASCADE"),
    )
    _indexes("exposure_steps", "practice_id", "client_id", "situation_id")
    op.create_table(
        "sleep_diary",
        *_owned("sleep_diary"),
        *_screened(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("bed_time", sa.String(length=5), nullable=False),
        sa.Column("try_sleep_time", sa.String(length=5), nullable=False),
        sa.Column("sleep_latency", sa.Integer(), nullable=False),
        sa.Column("awakenings", sa.Integer(), nullable=False),
        sa.Column("wake_minutes", sa.Integer(), nullable=False),
        sa.Column("final_wake_time", sa.String(length=5), nullable=False),
        sa.Column("out_of_bed_time", sa.String(length=5), nullable=False),
        sa.Column("quality", sa.Integer(), nullable=False),
        sa.Column("time_in_bed", sa.Integer(), nullable=False),
        sa.Column("total_sleep", sa.Integer(), nullable=False),
        sa.Column("efficiency", sa.Float(), nullable=False),
        sa.Column("comments_ct", sa.LargeBinary(), nullable=True),
        sa.UniqueConstraint("client_id", "day", name="sleep_diary_one_night"),
    )
    _indexes("sleep_diary", "practice_id", "client_id")
    op.create_table(
        "activity_log",
        *_owned("activity_log"),
        *_screened(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at_time", sa.String(length=5), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=False),
        sa.Column("pleasure", sa.Integer(), nullable=True),
        sa.Column("mastery", sa.Integer(), nullable=True),
        sa.Column("activity_ct", sa.LargeBinary(), nullable=True),
        sa.Column("note_ct", sa.LargeBinary(), nullable=True),
    )
    _indexes("activity_log", "practice_id", "client_id")


def downgrade() -> None:
    for table in ("activity_log", "sleep_diary", "exposure_steps", "exposure_situations", "mood_checkins",
                  "homework_entries", "homework_assignments"):
        op.drop_table(table)
