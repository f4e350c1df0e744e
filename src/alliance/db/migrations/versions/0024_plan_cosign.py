"""plans: a supervisor co-signs a trainee's signed treatment plan (treatment_plans.cosign_by and the co-signature)

Revision ID: 0024_plan_cosign
Revises: 0023_staff_gender
Create Date: 2026-12-07 10:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0024_plan_cosign"
down_revision = "0023_staff_gender"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plans signed before this need no co-signature (NULL cosign_by), as for notes signed before 0011.
    with op.batch_alter_table("treatment_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cosign_by", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("cosigned_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("cosigned_credentials", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("cosigned_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_treatment_plans_cosign_by"), ["cosign_by"], unique=False)
        batch_op.create_foreign_key("fk_treatment_plans_cosign_by_users", "users", ["cosign_by"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("treatment_plans", schema=None) as batch_op:
        batch_op.drop_constraint("fk_treatment_plans_cosign_by_users", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_treatment_plans_cosign_by"))
        batch_op.drop_column("cosigned_at")
        batch_op.drop_column("cosigned_credentials")
        batch_op.drop_column("cosigned_name")
        batch_op.drop_column("cosign_by")
