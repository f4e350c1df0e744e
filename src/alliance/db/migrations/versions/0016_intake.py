"""intake: self-referrals, triage with its reasons and rule version, the waitlist, tier changes

Revision ID: 0016_intake
Revises: 0015_companion_summary
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0016_intake"
down_revision = "0015_companion_summary"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def _ct(*names: str) -> list:
    return [sa.Column(f"{name}_ct", sa.LargeBinary(), nullable=True) for name in names]


def upgrade() -> None:
    op.create_table(
        "intake_referrals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("tier", sa.String(length=12), nullable=True),
        sa.Column("tier_rank", sa.Integer(), nullable=False),
        sa.Column("tier_set_by", sa.String(length=10), nullable=False),
        sa.Column("tier_confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("preferences", sa.JSON(), nullable=False),
        sa.Column("consents", sa.JSON(), nullable=False),
        sa.Column("consent_processing_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("instruments", sa.JSON(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("close_reason", sa.String(length=30), nullable=True),
        sa.Column("converted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("converted_by", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        *_ct(
            "given_name",
            "family_name",
            "date_of_birth",
            "email",
            "phone",
            "contact_times",
            "text",
            "accessibility",
            "answers",
            "risk",
            "referrer",
            "close_note",
        ),
        _fk("intake_referrals", "practice_id", "practices"),
        _fk("intake_referrals", "created_by", "users"),
        _fk("intake_referrals", "converted_by", "users"),
        _fk("intake_referrals", "client_id", "clients", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_referrals")),
    )
    _indexes("intake_referrals", "practice_id", "client_id")
    with op.batch_alter_table("intake_referrals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_intake_referrals_waitlist",
            ["practice_id", "status", "tier_rank", "waiting_since"],
            unique=False,
        )
    op.create_table(
        "intake_triages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("tier", sa.String(length=12), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("rules_version", sa.String(length=80), nullable=False),
        sa.Column("screen_level", sa.String(length=10), nullable=True),
        sa.Column("screen_version", sa.String(length=80), nullable=True),
        sa.Column("screen_categories", sa.JSON(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("by", sa.String(length=10), nullable=False),
        sa.Column("trigger", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        *_ct("reasons"),
        _fk("intake_triages", "practice_id", "practices"),
        _fk("intake_triages", "referral_id", "intake_referrals", "CASCADE"),
        _fk("intake_triages", "created_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_triages")),
    )
    _indexes("intake_triages", "practice_id", "referral_id")
    op.create_table(
        "intake_tier_changes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("triage_id", sa.Uuid(), nullable=True),
        sa.Column("from_tier", sa.String(length=12), nullable=True),
        sa.Column("to_tier", sa.String(length=12), nullable=False),
        sa.Column("reason_code", sa.String(length=30), nullable=False),
        sa.Column("changed_by", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        *_ct("note"),
        _fk("intake_tier_changes", "practice_id", "practices"),
        _fk("intake_tier_changes", "referral_id", "intake_referrals", "CASCADE"),
        _fk("intake_tier_changes", "triage_id", "intake_triages", "SET NULL"),
        _fk("intake_tier_changes", "changed_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_tier_changes")),
    )
    _indexes("intake_tier_changes", "practice_id", "referral_id", "reason_code", "created_at")
    op.create_table(
        "intake_alerts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("referral_id", sa.Uuid(), nullable=False),
        sa.Column("triage_id", sa.Uuid(), nullable=True),
        sa.Column("assigned_to", sa.Uuid(), nullable=True),
        sa.Column("on_call", sa.Boolean(), nullable=False),
        sa.Column("tier", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("emailed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.Uuid(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        *_ct("note"),
        _fk("intake_alerts", "practice_id", "practices"),
        _fk("intake_alerts", "referral_id", "intake_referrals", "CASCADE"),
        _fk("intake_alerts", "triage_id", "intake_triages", "SET NULL"),
        _fk("intake_alerts", "assigned_to", "users"),
        _fk("intake_alerts", "acknowledged_by", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_alerts")),
    )
    _indexes("intake_alerts", "practice_id", "referral_id", "assigned_to", "status")
    op.create_table(
        "intake_settings",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("rules_version", sa.String(length=80), nullable=False),
        sa.Column("override_yaml", sa.Text(), nullable=True),
        sa.Column("override_version", sa.String(length=80), nullable=True),
        sa.Column("override_approved_by", sa.Uuid(), nullable=True),
        sa.Column("override_approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("intake_settings", "practice_id", "practices"),
        _fk("intake_settings", "override_approved_by", "users"),
        sa.PrimaryKeyConstraint("practice_id", name=op.f("pk_intake_settings")),
    )
    op.create_table(
        "intake_clinician_profiles",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("specialisms", sa.JSON(), nullable=False),
        sa.Column("accepting", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("intake_clinician_profiles", "user_id", "users", "CASCADE"),
        _fk("intake_clinician_profiles", "practice_id", "practices"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_intake_clinician_profiles")),
    )
    _indexes("intake_clinician_profiles", "practice_id")


def downgrade() -> None:
    for table in (
        "intake_clinician_profiles",
        "intake_settings",
        "intake_alerts",
        "intake_tier_changes",
        "intake_triages",
        "intake_referrals",
    ):
        op.drop_table(table)
