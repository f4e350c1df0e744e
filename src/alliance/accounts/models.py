"""Users and their credentials: browser sessions, API tokens and log-in attempts."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, BigInteger, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from alliance.db.base import Base, IdMixin, TimestampMixin, utcnow
from alliance.security.crypto import Encrypted


class Role(StrEnum):
    """What a user is in their practice."""

    admin = "admin"
    clinician = "clinician"
    supervisor = "supervisor"
    client = "client"

    @property
    def is_staff(self) -> bool:
        """Everyone but clients."""
        return self is not Role.client


# A member of staff's gender as they wish it shown to clients (optional; None: not stated). Intake matches a
# referral's "would you prefer to see" against it; "prefer_not_to_say" and None match no preference.
STAFF_GENDERS = {"woman": "Woman", "man": "Man", "non_binary": "Non-binary", "prefer_not_to_say": "Prefer not to say"}
# How a member of staff sees people (several may apply; None or empty: not stated). The keys are the referral form's
# "How you would like to meet" choices (intake.forms.MODALITIES); intake ranks those who offer the preferred one first.
STAFF_MODALITIES = {"in_person": "In person", "video": "Video", "phone": "Phone"}


class User(IdMixin, TimestampMixin, Base):
    """A person who logs in. A client's user points at their client record."""

    __tablename__ = "users"
    __data_key_owner__ = "id"

    practice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("practices.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    email_ct: Mapped[bytes] = mapped_column(LargeBinary)
    email_bidx: Mapped[str] = mapped_column(String(64), unique=True)
    # Staff display names and credentials appear on signed notes; they are not client PHI.
    display_name: Mapped[str | None] = mapped_column(String(200), default=None)
    credentials: Mapped[str | None] = mapped_column(String(200), default=None)
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), default=None, index=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    mfa_secret_ct: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    mfa_enabled: Mapped[bool] = mapped_column(default=False)
    mfa_last_step: Mapped[int | None] = mapped_column(BigInteger, default=None)  # last TOTP time step accepted (no replay)
    failed_logins: Mapped[int] = mapped_column(default=0)  # wrong codes in the pending MFA step
    # When the account's log-in wait ends, for the admin page; the throttle itself reads `login_attempts`.
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)
    is_active: Mapped[bool] = mapped_column(default=True)
    away: Mapped[bool] = mapped_column(default=False)
    # IANA zone for a member of staff who works elsewhere than the practice (None: the practice's zone).
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)
    # Gender as the member of staff wishes it shown to clients (a key of STAFF_GENDERS; None: not stated).
    gender: Mapped[str | None] = mapped_column(String(20), default=None)
    # The ways they see people (keys of STAFF_MODALITIES, in that order; None or []: not stated).
    modalities: Mapped[list[str] | None] = mapped_column(JSON, default=None)

    email = Encrypted("email_ct", scope="global")
    mfa_secret = Encrypted("mfa_secret_ct", scope="global")

    @property
    def role_enum(self) -> Role:
        """The role as an enum."""
        return Role(self.role)


class AuthSession(IdMixin, Base):
    """A browser session: the cookie holds a random token, the table its hash."""

    __tablename__ = "auth_sessions"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    mfa_verified: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class ApiToken(IdMixin, Base):
    """A bearer token for the JSON API."""

    __tablename__ = "api_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class LoginAttempt(IdMixin, Base):
    """A log-in attempt, kept for a day for throttling (`accounts/throttle.py`). The source address and the e-mail
    typed are stored only as HMACs; `account_bidx` is set for the attempts that count for the account (wrong
    passwords or codes, completed log-ins), whether or not an account has that e-mail."""

    __tablename__ = "login_attempts"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    source_bidx: Mapped[str] = mapped_column(String(64), index=True)
    account_bidx: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    succeeded: Mapped[bool] = mapped_column(default=False)
