"""POST /api/v1/intake/fhir/QuestionnaireResponse: a referral from another service as a FHIR R4
QuestionnaireResponse, read by `intake.fhir` and stored and triaged by the intake service."""

from __future__ import annotations

from fastapi import APIRouter, Request

from alliance.intake import fhir, service
from alliance.intake.schemas import Submitted
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.errors import error_responses

router = APIRouter(prefix="/api/v1/intake", tags=["intake"])

_EXAMPLE = {
    "resourceType": "QuestionnaireResponse", "status": "completed", "authored": "2026-12-07T10:00:00Z",
    "item": [
        {"linkId": "consent", "answer": [{"valueBoolean": True}]},
        {"linkId": "given_name", "answer": [{"valueString": "Alex"}]},
        {"linkId": "family_name", "answer": [{"valueString": "Morgan"}]},
        {"linkId": "birth_date", "answer": [{"valueDate": "1990-04-21"}]},
        {"linkId": "phone", "answer": [{"valueString": "+44 20 7946 0000"}]},
        {"linkId": "reason", "answer": [{"valueString": "Low mood since the spring."}]},
        {"linkId": "phq9", "item": [{"linkId": str(n), "answer": [{"valueInteger": 1}]} for n in range(1, 10)]},
    ],
}


@router.post("/fhir/QuestionnaireResponse", status_code=201, response_model=Submitted,
             responses=error_responses(400, 401, 403, 422),
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/fhir+json": {"schema": {"type": "object"}, "example": _EXAMPLE},
                 "application/json": {"schema": {"type": "object"}, "example": _EXAMPLE}}}})
async def import_questionnaire_response(request: Request, actor: CurrentActor, session: DB) -> Submitted:
    """Store and triage a referral sent as a FHIR R4 QuestionnaireResponse (linkIds in docs/intake.md); a body
    that is not one is 400, one that cannot be read as a referral is 422 with the reason."""
    require_role(actor, "clinician", "supervisor", "admin", action="intake.create")
    data = fhir.to_referral(fhir.read(await request.body()))
    return await service.create_referral(session, actor, actor.practice_id, data, source="fhir")
