"""notes: session notes, amendments, psychotherapy (process) notes, practice note formats

Revision ID: 0004_notes
Revises: 0001_foundation
Create Date: 2026-11-23 00:30:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0004_notes"
down_revision = "0001_foundation"
branch_labels = ("notes",)
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


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("session_date", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.String(length=300), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("progress_stage", sa.String(length=60), nullable=False),
        sa.Column("use_ai", sa.Boolean(), nullable=False),
        sa.Column("format", sa.String(length=40), nullable=False),
        sa.Column("format_json", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("speech_model", sa.String(length=20), nullable=True),
        sa.Column("audio_file", sa.String(length=300), nullable=True),
        sa.Column("audio_keep_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("audio_deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("transcript_ct", sa.LargeBinary(), nullable=True),
        sa.Column("draft_ct", sa.LargeBinary(), nullable=True),
        sa.Column("sections_ct", sa.LargeBinary(), nullable=True),
        sa.Column("risk_ct", sa.LargeBinary(), nullable=True),
        sa.Column("risk_level", sa.String(length=12), nullable=True),
        sa.Column("alert_id", sa.Uuid(), nullable=True),
        sa.Column("draft_origin", sa.String(length=40), nullable=True),
        sa.Column("draft_model", sa.String(length=80), nullable=True),
        sa.Column("signed_by", sa.Uuid(), nullable=True),
        sa.Column("signed_name", sa.String(length=200), nullable=True),
        sa.Column("signed_credentials", sa.String(length=200), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("edit_distance_json", sa.Text(), nullable=True),
        sa.Column("edit_distance_mean", sa.Float(), nullable=True),
        *_authored(),
        _fk("notes", "practice_id", "practices"),
        _fk("notes", "client_id", "clients", "CASCADE"),
        _fk("notes", "appointment_id", "appointments", "SET NULL"),
        _fk("notes", "author_id", "users"),
        _fk("notes", "signed_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    _indexes("notes", "practice_id", "client_id", "appointment_id", "status", "audio_keep_until")

    op.create_table(
        "note_amendments",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("note_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=True),
        sa.Column("author_credentials", sa.String(length=200), nullable=True),
        sa.Column("reason_ct", sa.LargeBinary(), nullable=True),
        sa.Column("sections_ct", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("note_amendments", "practice_id", "practices"),
        _fk("note_amendments", "client_id", "clients", "CASCADE"),
        _fk("note_amendments", "note_id", "notes", "CASCADE"),
        _fk("note_amendments", "author_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_amendments")),
    )
    _indexes("note_amendments", "practice_id", "client_id", "note_id")

    op.create_table(
        "process_notes",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("appointment_id", sa.Uuid(), nullable=True),
        sa.Column("body_ct", sa.LargeBinary(), nullable=True),
        *_authored(),
        _fk("process_notes", "practice_id", "practices"),
        _fk("process_notes", "client_id", "clients", "CASCADE"),
        _fk("process_notes", "author_id", "users"),
        _fk("process_notes", "appointment_id", "appointments", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_process_notes")),
    )
    _indexes("process_notes", "practice_id", "client_id", "author_id")

    op.create_table(
        "note_formats",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("sections_json", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_authored(),
        _fk("note_formats", "practice_id", "practices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_formats")),
        sa.UniqueConstraint("practice_id", "name", name="note_format_name"),
    )
    _indexes("note_formats", "practice_id")


def downgrade() -> None:
    for table in ("note_formats", "process_notes", "note_amendments", "notes"):
        op.drop_table(table)
