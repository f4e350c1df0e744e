"""Shapes for the call log, providers per purpose and practice prompt versions."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class CallRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    call_id: str
    started_at: datetime
    client_id: uuid.UUID | None
    purpose: str
    kind: str
    provider: str
    model: str
    privacy: str
    template_id: str | None
    template_version: int | None
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    outcome: str
    attempts: int
    redaction_applied: bool
    error: str | None


class CallTotalsRead(BaseModel):
    calls: int
    prompt_tokens: int
    completion_tokens: int
    mean_latency_ms: float
    failures: int
    redacted: int


class CallLog(BaseModel):
    totals: CallTotalsRead
    calls: list[CallRead]


class ProviderRead(BaseModel):
    name: str
    kind: str
    model: str
    privacy: str


class PurposeUpdate(BaseModel):
    provider: str = Field(min_length=1, max_length=64)


class PromptDraft(BaseModel):
    system: str = Field(min_length=1, max_length=20_000)
    user: str = Field(min_length=1, max_length=20_000)
    change_note: str = Field(min_length=3, max_length=500, description="What changed and why")
    base_version: int | None = Field(default=None, ge=1)


class PromptVersionRead(BaseModel):
    template_id: str
    version: int
    purpose: str
    source: str
    status: str
    in_use: bool
    system: str
    user: str
    change_note: str | None
    author: str | None
    approver: str | None
