"""Request and response shapes for consent documents and decisions."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from alliance.consent.models import Decision, Feature


class DocumentCreate(BaseModel):
    feature: Feature
    title: str = Field(min_length=3, max_length=200)
    body: str = Field(min_length=10, max_length=50_000)


class DocumentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    feature: Feature
    version: int
    title: str
    body: str
    created_at: datetime


class DecisionCreate(BaseModel):
    feature: Feature
    decision: Decision
    document_id: uuid.UUID | None = Field(default=None, description="Defaults to the current document")
    note: str | None = Field(default=None, max_length=2000)


class DecisionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: uuid.UUID
    feature: Feature
    decision: Decision
    document_id: uuid.UUID
    recorded_by: uuid.UUID
    recorded_at: datetime


class FeatureStatus(BaseModel):
    """Where a client stands on one feature."""

    feature: Feature
    decision: Decision | None
    recorded_at: datetime | None
    document_version: int | None
    current_version: int | None
    needs_renewal: bool
