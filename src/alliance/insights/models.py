"""Practice-defined client groups (e.g. "Student counselling") and which clients staff tagged with them.

A group's name is the practice's own label, not PHI about a client; membership links a client to it. Both feed the
group breakdowns of the insights pages (alliance.insights.groups).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin


class PracticeGroup(IdMixin, TimestampMixin, Base):
    """A group of clients the practice wants its figures broken down by."""

    __tablename__ = "practice_groups"
    __table_args__ = (UniqueConstraint("practice_id", "name", name="practice_group_name"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
    archived_at: Mapped[datetime | None] = mapped_column(default=None)


class ClientGroupMember(IdMixin, TimestampMixin, Base):
    """A client tagged with one of the practice's groups."""

    __tablename__ = "client_group_members"
    __table_args__ = (UniqueConstraint("client_id", "group_id", name="client_group_member"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practice_groups.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), default=None)
