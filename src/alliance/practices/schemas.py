"""Request and response shapes for the practice and its settings."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field


class PracticeRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    slug: str
    country: str
    timezone: str
    mfa_required: bool
    audio_retention_days: int
    record_retention_years: int


class PracticeUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=2, max_length=200)
    timezone: str | None = Field(default=None, max_length=64)
    mfa_required: bool | None = None
    audio_retention_days: int | None = Field(default=None, ge=0, le=3650)
    record_retention_years: int | None = Field(default=None, ge=0, le=100)


class PracticeCreate(BaseModel):
    name: str = Field(min_length=2, max_length=200)
    slug: str = Field(min_length=2, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$")
    country: str = Field(default="US", pattern=r"^[A-Z]{2}$")
    timezone: str = "UTC"
