"""notes: a supervisor co-signs a trainee's notes (supervisions.cosign_notes; notes.cosign_by and the co-signature)

Revision ID: 0011_cosign
Revises: 0004_notes
Create Date: 2026-12-06 00:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa

revision = "0011_cosign"
down_revision = "0004_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("supervisions") as batch:
        batch.add_column(sa.Column("cosign_notes", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("notes") as batch:
        batch.add_column(sa.Column("cosign_by", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("cosigned_name", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("cosigned_credentials", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("cosigned_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index(batch.f("ix_notes_cosign_by"), ["cosign_by"], unique=False)
        batch.create_foreign_key("fk_notes_cosign_by_users", "users", ["cosign_by"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch:
        batch.drop_constraint("fk_notes_cosign_by_users", type_="foreignkey")
        batch.drop_index(batch.f("ix_notes_cosign_by"))
        batch.drop_column("cosigned_at")
        batch.drop_column("cosigned_credentials")
        batch.drop_column("cosigned_name")
        batch.drop_column("cosign_by")
    with op.batch_alter_table("supervisions") as batch:
        batch.drop_column("cosign_notes")
