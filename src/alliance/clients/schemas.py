"""Request and response shapes for clients, care teams and demographics."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

LANG = r"^[a-z]{2,3}(-[A-Za-z]{2})?$"


def _past_date(value: date | None) -> date | None:
    if value is not None and (value > date.today() or value.year < 1900):
        raise ValueError("must be a real date in the past")
    return value


class ClientBase(BaseModel):
    pronouns: str | None = Field(default=None, max_length=40)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40, pattern=r"^[0-9+() .\-]{5,40}$")
    preferred_language: str = Field(default="en", pattern=LANG)
    country: str = Field(default="US", min_length=2, max_length=2)
    region: str | None = Field(default=None, max_length=10)
    emergency_contact_name: str | None = Field(default=None, max_length=200)
    emergency_contact_phone: str | None = Field(default=None, max_length=40, pattern=r"^[0-9+() .\-]{5,40}$")
    emergency_contact_relationship: str | None = Field(default=None, max_length=60)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if not value.isalpha():
            raise ValueError("must be a two-letter ISO country code")
        return value.upper()


class ClientCreate(ClientBase):
    given_name: str = Field(min_length=1, max_length=100)
    family_name: str = Field(min_length=1, max_length=100)
    date_of_birth: date
    clinician_id: uuid.UUID | None = Field(default=None, description="Put the client on this clinician's caseload")

    _dob = field_validator("date_of_birth")(classmethod(lambda cls, v: _past_date(v)))


class ClientUpdate(BaseModel):
    given_name: str | None = Field(default=None, min_length=1, max_length=100)
    family_name: str | None = Field(default=None, min_length=1, max_length=100)
    date_of_birth: date | None = None
    pronouns: str | None = Field(default=None, max_length=40)
    email: EmailStr | None = None
    phone: str | None = Field(default=None, max_length=40, pattern=r"^[0-9+() .\-]{5,40}$")
    preferred_language: str | None = Field(default=None, pattern=LANG)
    country: str | None = Field(default=None, min_length=2, max_length=2, pattern=r"^[A-Za-z]{2}$")
    region: str | None = Field(default=None, max_length=10)
    emergency_contact_name: str | None = Field(default=None, max_length=200)
    emergency_contact_phone: str | None = Field(default=None, max_length=40, pattern=r"^[0-9+() .\-]{5,40}$")
    emergency_contact_relationship: str | None = Field(default=None, max_length=60)
    status: str | None = Field(default=None, pattern=r"^(active|discharged)$")
    timezone: str | None = Field(default=None, max_length=64, description="IANA zone; null means the practice's")
    reminders_by_email: bool | None = None

    _dob = field_validator("date_of_birth")(classmethod(lambda cls, v: _past_date(v)))

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown time zone: use a name such as Europe/Madrid or America/New_York") from None
        return value


class ClientRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    practice_id: uuid.UUID
    status: str
    given_name: str | None
    family_name: str | None
    date_of_birth: date | None
    pronouns: str | None
    email: str | None
    phone: str | None
    preferred_language: str
    country: str
    region: str | None
    timezone: str | None = None
    reminders_by_email: bool = True
    emergency_contact_name: str | None
    emergency_contact_phone: str | None
    emergency_contact_relationship: str | None
    created_at: datetime
    discharged_at: datetime | None


class ClientSummary(BaseModel):
    """A caseload row."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    status: str
    full_name: str
    date_of_birth: date | None
    preferred_language: str
    country: str


class CareTeamAssign(BaseModel):
    clinician_id: uuid.UUID
    is_primary: bool = True


class CareTeamRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    clinician_id: uuid.UUID
    is_primary: bool
    created_at: datetime
    ended_at: datetime | None


class SupervisionCreate(BaseModel):
    supervisor_id: uuid.UUID
    supervisee_id: uuid.UUID
    cosign_notes: bool = Field(default=False, description="The supervisee is a trainee: the supervisor co-signs "
                                                          "each note after the supervisee signs it")


class SupervisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    supervisor_id: uuid.UUID
    supervisee_id: uuid.UUID
    cosign_notes: bool = False
    created_at: datetime
    ended_at: datetime | None


class DemographicsUpdate(BaseModel):
    gender_identity: str | None = Field(default=None, max_length=60)
    ethnicity: str | None = Field(default=None, max_length=100)
    sexual_orientation: str | None = Field(default=None, max_length=60)


class DemographicsRead(DemographicsUpdate):
    model_config = ConfigDict(from_attributes=True)


class ErasureRequest(BaseModel):
    reason: str = Field(min_length=3, max_length=500)
    override_retention: bool = Field(
        default=False, description="Erase before the retention period ends (no legal duty to keep the record)"
    )


class ErasureResult(BaseModel):
    client_id: uuid.UUID
    erased_at: datetime
    rows_deleted: int
