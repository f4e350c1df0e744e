"""audit: per-row hash algorithm (keyed chain) and per-practice numbering

Existing rows keep their unkeyed SHA-256 hashes and are marked `hash_alg = 'sha256'`; new rows are keyed
(HMAC-SHA256, see security/audit.py). `practice_seq` numbers each practice's entries for display and is
filled in for existing rows. The append-only triggers are lifted only around that one backfill.

Revision ID: 0006_audit_keyed
Revises: 0001_foundation
Create Date: 2026-12-02 00:00:00
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0006_audit_keyed"
down_revision = "0001_foundation"
branch_labels = ("audit",)
depends_on = None


def _drop_guards(dialect: str) -> None:
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")


def _create_guards(dialect: str) -> None:
    # The same triggers as 0001_foundation: the database refuses UPDATE and DELETE on the log.
    if dialect == "postgresql":
        op.execute("""CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                      FOR EACH ROW EXECUTE FUNCTION alliance_audit_append_only()""")
    else:
        op.execute("""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""")
        op.execute("""CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END""")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ADD COLUMN (not a batch table copy), so SQLite keeps the table and its triggers.
    op.add_column("audit_events", sa.Column("hash_alg", sa.String(length=16), server_default="sha256",
                                            nullable=False))
    op.add_column("audit_events", sa.Column("practice_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                                            nullable=True))
    _drop_guards(dialect)
    op.execute("""
        UPDATE audit_events SET practice_seq = numbered.n
        FROM (SELECT seq, row_number() OVER (PARTITION BY practice_id ORDER BY seq) AS n
              FROM audit_events WHERE practice_id IS NOT NULL) AS numbered
        WHERE audit_events.seq = numbered.seq""")
    _create_guards(dialect)
    op.create_index("ix_audit_events_practice_seq", "audit_events", ["practice_id", "practice_seq"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_audit_events_practice_seq", table_name="audit_events")
    # Keyed rows cannot be checked by the older code; downgrading keeps them but it will report them as changed.
    op.drop_column("audit_events", "practice_seq")
    op.drop_column("audit_events", "hash_alg")
