"""Request and response shapes for insights: practice groups and client tags (reports are plain JSON objects)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class GroupCreate(BaseModel):
    name: str = Field(min_length=1, max_length=80, description='A group of clients, e.g. "Student counselling"')


class GroupRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    created_at: datetime


class ClientGroupsUpdate(BaseModel):
    group_ids: list[uuid.UUID] = Field(default_factory=list, max_length=50)


class ClientGroupsRead(BaseModel):
    client_id: uuid.UUID
    group_ids: list[uuid.UUID]


class NotOnTrack(BaseModel):
    client_id: uuid.UUID
    name: str
    baseline: int
    latest: int
    scores: int
    expected: float
    tolerance: int
    deteriorated: bool
    reason: str
    curve: str
    latest_at: datetime | None


OutcomeReport = dict[str, Any]
