"""JSON API: consent documents and client decisions."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from alliance.consent import service
from alliance.consent.schemas import DecisionCreate, DecisionRead, DocumentCreate, DocumentRead, FeatureStatus
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1", tags=["consent"], responses=error_responses(400, 401, 403, 404))


@router.get("/consent-documents", response_model=list[DocumentRead])
async def list_documents(actor: CurrentActor, session: DB) -> list[DocumentRead]:
    """Every version of the practice's consent documents."""
    return [DocumentRead.model_validate(d) for d in await service.list_documents(session, actor.practice_id)]


@router.post("/consent-documents", response_model=DocumentRead, status_code=201)
async def publish_document(data: DocumentCreate, actor: CurrentActor, session: DB) -> DocumentRead:
    """Publish a new version of a consent document (admins)."""
    return DocumentRead.model_validate(await service.publish_document(session, actor, data))


@router.get("/clients/{client_id}/consent", response_model=list[FeatureStatus])
async def consent_status(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[FeatureStatus]:
    """Where the client stands on each feature."""
    return await service.status(session, actor, client_id)


@router.get("/clients/{client_id}/consent/history", response_model=list[DecisionRead])
async def consent_history(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> list[DecisionRead]:
    """Every consent decision, newest first."""
    return [DecisionRead.model_validate(r) for r in await service.history(session, actor, client_id)]


@router.post("/clients/{client_id}/consent", response_model=DecisionRead, status_code=201)
async def record_decision(client_id: uuid.UUID, data: DecisionCreate, actor: CurrentActor,
                          session: DB) -> DecisionRead:
    """Record a decision: given, declined or withdrawn."""
    return DecisionRead.model_validate(await service.record_decision(session, actor, client_id, data))
