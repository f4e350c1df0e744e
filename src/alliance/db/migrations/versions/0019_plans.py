"""plans: treatment plans, their signed versions (amendments, reviews), AI drafts, practice plan templates

Revision ID: 0019_plans
Revises: 0018_companion_flows
Create Date: 2026-12-08 12:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0019_plans"
down_revision = "0018_companion_flows"
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


def _authored() -> list:
    return [
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "treatment_plans",
        *_owned("treatment_plans"),
        *_authored(),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("template", sa.String(length=80), nullable=True),
        sa.Column("draft_id", sa.Uuid(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("signed_by", sa.Uuid(), nullable=True),
        sa.Column("signed_name", sa.String(length=200), nullable=True),
        sa.Column("signed_credentials", sa.String(length=200), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_version", sa.Integer(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("content_ct", sa.LargeBinary(), nullable=True),
        _fk("treatment_plans", "author_id", "users"),
        _fk("treatment_plans", "signed_by", "users"),
    )
    _indexes("treatment_plans", "practice_id", "client_id", "status", "review_on")
    op.create_table(
        "treatment_plan_revisions",
        *_owned("treatment_plan_revisions"),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=True),
        sa.Column("author_credentials", sa.String(length=200), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason_ct", sa.LargeBinary(), nullable=True),
        sa.Column("content_ct", sa.LargeBinary(), nullable=True),
        _fk("treatment_plan_revisions", "plan_id", "treatment_plans", "CASCADE"),
        _fk("treatment_plan_revisions", "author_id", "users"),
        sa.UniqueConstraint("plan_id", "version", name="treatment_plan_revision_version"),
    )
    _indexes("treatment_plan_revisions", "practice_id", "client_id", "plan_id")
    op.create_table(
        "plan_drafts",
        *_owned("plan_drafts"),
        *_authored(),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("status_reason", sa.String(length=300), nullable=True),
        sa.Column("progress_stage", sa.String(length=80), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("model", sa.String(length=120), nullable=True),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("draft_ct", sa.LargeBinary(), nullable=True),
    )
    _indexes("plan_drafts", "practice_id", "client_id", "status")
    op.create_table(
        "plan_templates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        *_authored(),
        _fk("plan_templates", "practice_id", "practices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_templates")),
        sa.UniqueConstraint("practice_id", "key", name="plan_template_key"),
    )
    _indexes("plan_templates", "practice_id")


def downgrade() -> None:
    op.drop_table("plan_templates")
    op.drop_table("plan_drafts")
    op.drop_table("treatment_plan_revisions")
    op.drop_table("treatment_plans")
