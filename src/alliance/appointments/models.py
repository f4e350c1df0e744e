"""An appointment (session) between a clinician and a client."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import AuthoredMixin, Base, IdMixin
from alliance.security.crypto import Encrypted


class Appointment(IdMixin, AuthoredMixin, Base):
    """A session: when, with whom, how, and whether it happened."""

    __tablename__ = "appointments"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    clinician_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(default=50)
    kind: Mapped[str] = mapped_column(String(20), default="therapy")  # intake | therapy | review | group
    modality: Mapped[str] = mapped_column(String(20), default="in_person")  # in_person | video | phone
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # scheduled | completed | cancelled | no_show
    reason_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    reason = Encrypted("reason_ct")
