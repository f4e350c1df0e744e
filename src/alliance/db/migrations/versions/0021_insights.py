"""insights: plain score totals for outcome aggregates, practice-defined client groups

The new `measure_administrations.score_total` (the total in plain form), `score_seq` (the place in the
client's series on that instrument), `score_latest` and `score_first` (the series' first total) are filled when a
questionnaire is scored. Rows scored before this migration are filled by `alliance insights backfill`, which
`alliance db upgrade` runs after the migrations: it needs the keyring to decrypt each result, which a migration
does not load.

Revision ID: 0021_insights
Revises: 0020_intake_summary
Create Date: 2026-12-07 07:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0021_insights"
down_revision = "0020_intake_summary"
branch_labels = None
# Insights read every domain: measure_administrations (measures branch); AI quality (0022) alters safety, notes and
# llm tables, so those branches come first too.
depends_on = ("0002_measures", "0002_safety", "0004_notes", "0005_llm")


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"),
                                   ondelete=ondelete)


SCORED = "score_total IS NOT NULL AND deleted_at IS NULL"
LATEST = "score_total IS NOT NULL AND deleted_at IS NULL AND score_latest"


def upgrade() -> None:
    with op.batch_alter_table("measure_administrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("score_total", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("score_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("score_latest", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("score_first", sa.Integer(), nullable=True))
    # Partial and covering: the outcome aggregates read the indexes alone (alliance.insights.outcomes).
    op.create_index("ix_measure_administrations_outcomes", "measure_administrations",
                    ["practice_id", "instrument", "client_id", "score_seq", "score_total", "completed_at"],
                    unique=False, sqlite_where=sa.text(SCORED), postgresql_where=sa.text(SCORED))
    op.create_index("ix_measure_administrations_latest", "measure_administrations",
                    ["practice_id", "client_id", "instrument", "score_first", "score_total", "score_seq",
                     "completed_at"], unique=False, sqlite_where=sa.text(LATEST), postgresql_where=sa.text(LATEST))
    op.create_table(
        "practice_groups",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("practice_groups", "practice_id", "practices"),
        _fk("practice_groups", "created_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_groups")),
        sa.UniqueConstraint("practice_id", "name", name="practice_group_name"),
    )
    with op.batch_alter_table("practice_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_groups_practice_id"), ["practice_id"], unique=False)
    op.create_table(
        "client_group_members",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("client_group_members", "practice_id", "practices"),
        _fk("client_group_members", "client_id", "clients", "CASCADE"),
        _fk("client_group_members", "group_id", "practice_groups", "CASCADE"),
        _fk("client_group_members", "created_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_group_members")),
        sa.UniqueConstraint("client_id", "group_id", name="client_group_member"),
    )
    with op.batch_alter_table("client_group_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_group_members_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_group_members_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_group_members_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    op.drop_table("client_group_members")
    op.drop_table("practice_groups")
    op.drop_index("ix_measure_administrations_latest", table_name="measure_administrations")
    op.drop_index("ix_measure_administrations_outcomes", table_name="measure_administrations")
    with op.batch_alter_table("measure_administrations", schema=None) as batch_op:
        batch_op.drop_column("score_first")
        batch_op.drop_column("score_latest")
        batch_op.drop_column("score_seq")
        batch_op.drop_column("score_total")
