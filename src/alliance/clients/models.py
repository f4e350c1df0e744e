"""Client profiles (PHI encrypted with the client's data key), caseloads and supervision."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint, event, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alliance.db.base import AuthoredMixin, Base, IdMixin, TimestampMixin, utcnow
from alliance.security import crypto
from alliance.security.crypto import Encrypted


class ClientKey(Base):
    """A client's data key, wrapped by a key-encryption key; deleting it shreds the client's PHI."""

    __tablename__ = "client_keys"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    kek_id: Mapped[str] = mapped_column(String(40))
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


@event.listens_for(ClientKey, "load")
@event.listens_for(ClientKey, "refresh")
def _remember_key(target: ClientKey, *_: Any) -> None:
    crypto.remember_client_key(target.client_id, crypto.unwrap_data_key(target.client_id, target.wrapped))


class Client(IdMixin, AuthoredMixin, Base):
    """A client of the practice. Names, birth date and contact details are encrypted at rest."""

    __tablename__ = "clients"
    __data_key_owner__ = "id"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | discharged | erased
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    country: Mapped[str] = mapped_column(String(2), default="US")
    region: Mapped[str | None] = mapped_column(String(10), default=None)
    # IANA zone the client lives in (None: the practice's); times in the portal and reminders use it.
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)
    # The client's own choice: reminders (appointments, questionnaires, homework) by e-mail. PHI-free either way.
    reminders_by_email: Mapped[bool] = mapped_column(default=True, server_default=true())
    discharged_at: Mapped[datetime | None] = mapped_column(default=None)
    erased_at: Mapped[datetime | None] = mapped_column(default=None)
    # Exact look-up of a person by name and birth date without decrypting everyone.
    identity_bidx: Mapped[str | None] = mapped_column(String(64), index=True, default=None)

    given_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    family_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    date_of_birth_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    pronouns_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    email_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    phone_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    emergency_contact_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    emergency_contact_phone_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    emergency_contact_relationship_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    given_name = Encrypted("given_name_ct")
    family_name = Encrypted("family_name_ct")
    date_of_birth = Encrypted("date_of_birth_ct", kind=date)
    pronouns = Encrypted("pronouns_ct")
    email = Encrypted("email_ct")
    phone = Encrypted("phone_ct")
    emergency_contact_name = Encrypted("emergency_contact_name_ct")
    emergency_contact_phone = Encrypted("emergency_contact_phone_ct")
    emergency_contact_relationship = Encrypted("emergency_contact_relationship_ct")

    key: Mapped[ClientKey | None] = relationship(lazy="joined", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def full_name(self) -> str:
        """Given and family name."""
        return " ".join(p for p in (self.given_name, self.family_name) if p) or "(erased)"


class ClientDemographics(IdMixin, TimestampMixin, Base):
    """Optional demographics for fairness monitoring, kept only with the client's consent."""

    __tablename__ = "client_demographics"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), unique=True)
    gender_identity_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    ethnicity_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    sexual_orientation_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    gender_identity = Encrypted("gender_identity_ct")
    ethnicity = Encrypted("ethnicity_ct")
    sexual_orientation = Encrypted("sexual_orientation_ct")


class CareTeamMember(IdMixin, TimestampMixin, Base):
    """A clinician treating a client: the caseload is the set of open memberships."""

    __tablename__ = "care_team"
    __table_args__ = (UniqueConstraint("client_id", "clinician_id", name="care_team_client_clinician"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    clinician_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    is_primary: Mapped[bool] = mapped_column(default=True)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)


class Supervision(IdMixin, TimestampMixin, Base):
    """A supervisor reads the caseloads of their supervisees."""

    __tablename__ = "supervisions"
    __table_args__ = (UniqueConstraint("supervisor_id", "supervisee_id", name="supervision_pair"),)

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    supervisor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    supervisee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    # A trainee's notes need this supervisor's co-signature after the trainee signs.
    cosign_notes: Mapped[bool] = mapped_column(default=False, server_default=false())
    ended_at: Mapped[datetime | None] = mapped_column(default=None)
