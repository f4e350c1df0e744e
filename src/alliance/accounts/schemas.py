"""Request and response shapes for users, log-in, MFA and API tokens."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from alliance.accounts.models import Role

# Keys of accounts.models.STAFF_GENDERS: a member of staff's gender as they wish it shown to clients.
StaffGender = Literal["woman", "man", "non_binary", "prefer_not_to_say"]
# Keys of accounts.models.STAFF_MODALITIES: the ways a member of staff sees people (the referral form's choices).
StaffModality = Literal["in_person", "video", "phone"]


class LoginRequest(BaseModel):
    email: EmailStr
    password: str = Field(min_length=1, max_length=1000)


class LoginResult(BaseModel):
    """After a password: either a session/token, or an MFA step (with a short-lived ticket)."""

    mfa_required: bool = False
    mfa_enrolment_required: bool = False
    ticket: str | None = None
    token: str | None = None
    user: "UserRead | None" = None


class MfaTicket(BaseModel):
    ticket: str = Field(min_length=10, max_length=200)


class MfaRequest(BaseModel):
    ticket: str = Field(min_length=10, max_length=200)
    code: str = Field(min_length=6, max_length=12)


class MfaEnrolment(BaseModel):
    secret: str
    provisioning_uri: str


class UserCreate(BaseModel):
    email: EmailStr
    role: Role
    display_name: str | None = Field(default=None, max_length=200)
    credentials: str | None = Field(default=None, max_length=200)
    password: str | None = Field(default=None, min_length=12, max_length=1000)
    client_id: uuid.UUID | None = None
    gender: StaffGender | None = Field(default=None, description="Staff only: gender as they wish it shown to "
                                       "clients (optional), matched against a referral's preference")
    modalities: list[StaffModality] | None = Field(default=None, description="Staff only: the ways they see "
                                                   "people (optional), matched against a referral's preference")


class UserUpdate(BaseModel):
    display_name: str | None = Field(default=None, max_length=200)
    credentials: str | None = Field(default=None, max_length=200)
    is_active: bool | None = None
    away: bool | None = None
    reset_mfa: bool | None = None
    gender: StaffGender | None = Field(default=None, description="Staff only; send null to clear (not stated)")
    modalities: list[StaffModality] | None = Field(default=None, description="Staff only: the ways they see people; "
                                                   "send null or [] to clear (not stated)")


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    practice_id: uuid.UUID
    role: Role
    email: str
    display_name: str | None
    credentials: str | None
    client_id: uuid.UUID | None
    mfa_enabled: bool
    is_active: bool
    away: bool
    gender: StaffGender | None = None
    modalities: list[StaffModality] = []
    locked: bool = False

    @field_validator("modalities", mode="before")
    @classmethod
    def _none_is_empty(cls, value: object) -> object:
        return value or []


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    expires_days: int | None = Field(default=90, ge=1, le=366)


class TokenCreated(BaseModel):
    id: uuid.UUID
    name: str
    token: str
    expires_at: datetime | None


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=1000)
    new_password: str = Field(min_length=12, max_length=1000)
