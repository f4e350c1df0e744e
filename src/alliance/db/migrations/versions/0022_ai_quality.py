"""ai quality: the clinician's judgement on acknowledging a risk alert, and stored model fairness runs

Revision ID: 0022_ai_quality
Revises: 0021_insights
Create Date: 2026-12-07 07:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0022_ai_quality"
down_revision = "0021_insights"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Old acknowledgements have no judgement (NULL): they are left out of the screen's precision.
    with op.batch_alter_table("risk_alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("judgement", sa.String(length=20), nullable=True))
    op.create_table(
        "fairness_runs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("practice_id", sa.Uuid(), nullable=True),
        sa.Column("provider", sa.String(length=64), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("purposes", sa.JSON(), nullable=False),
        sa.Column("dataset", sa.String(length=80), nullable=False),
        sa.Column("vignettes", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("unparsed", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("stigmatising", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Float(), nullable=True),
        sa.Column("ci_low", sa.Float(), nullable=True),
        sa.Column("ci_high", sa.Float(), nullable=True),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["practice_id"], ["practices.id"], name=op.f("fk_fairness_runs_practice_id_practices")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_fairness_runs_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fairness_runs")),
    )
    with op.batch_alter_table("fairness_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fairness_runs_started_at"), ["started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_fairness_runs_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_fairness_runs_provider"), ["provider"], unique=False)


def downgrade() -> None:
    op.drop_table("fairness_runs")
    with op.batch_alter_table("risk_alerts", schema=None) as batch_op:
        batch_op.drop_column("judgement")
