"""FHIR R4 for stored questionnaires: export QuestionnaireResponse and Observation, import from an EHR."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict
from alliance.measures import fhir
from alliance.measures.instruments import get_instrument
from alliance.measures.models import MeasureAdministration
from alliance.measures.service import complete, get_administration, language_for
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize


def subject(client_id: uuid.UUID) -> str:
    """The FHIR reference of a client."""
    return f"Patient/{client_id}"


def _dump(resource: Any) -> dict[str, Any]:
    return json.loads(resource.model_dump_json())


def questionnaire(instrument_id: str, lang: str = "en") -> dict[str, Any]:
    """The instrument as a FHIR Questionnaire (no client data)."""
    return _dump(fhir.questionnaire(instrument_id, lang))


async def _completed(session: AsyncSession, actor: Actor, administration_id: uuid.UUID) -> MeasureAdministration:
    adm = await get_administration(session, actor, administration_id, audited=False)
    if adm.status != "completed" or adm.completed_at is None:
        raise Conflict("Only a completed questionnaire can be exported.")
    await audit.record(session, actor, "measures.fhir.export", client_id=adm.client_id,
                       resource_type="measure_administration", resource_id=adm.id)
    return adm


async def export_response(session: AsyncSession, actor: Actor, administration_id: uuid.UUID) -> dict[str, Any]:
    """A completed questionnaire as a FHIR QuestionnaireResponse."""
    adm = await _completed(session, actor, administration_id)
    data = _dump(fhir.questionnaire_response(adm.instrument, adm.answers, adm.completed_at,  # type: ignore[arg-type]
                                             subject(adm.client_id), adm.language))
    data["id"] = str(adm.id)
    return data


async def export_observation(session: AsyncSession, actor: Actor, administration_id: uuid.UUID) -> dict[str, Any]:
    """The total (or C-SSRS triage) of a completed questionnaire as a FHIR Observation."""
    from alliance.measures.scoring import ScoreResult

    adm = await _completed(session, actor, administration_id)
    result = ScoreResult.model_validate(adm.result)
    effective: datetime = adm.completed_at  # type: ignore[assignment]  (set for every completed one)
    data = _dump(fhir.observation_total(adm.instrument, result, subject(adm.client_id), effective,
                                        derived_from=f"QuestionnaireResponse/{adm.id}"))
    data["id"] = str(adm.id)
    return data


def _authored(data: Any) -> datetime | None:
    raw = data.get("authored") if isinstance(data, Mapping) else None
    if not raw:
        return None
    try:
        when = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRequest(f"authored {raw!r} is not a FHIR dateTime") from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return min(when, utcnow())


async def import_response(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                          data: Mapping[str, Any] | str | bytes) -> tuple[MeasureAdministration, Any]:
    """Store an EHR's QuestionnaireResponse as a completed, scored questionnaire; risk flags raise an alert."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise BadRequest("The body is not JSON.") from exc
    instrument_id, answers = fhir.import_questionnaire_response(data)
    inst = get_instrument(instrument_id)
    authored = _authored(data) or utcnow()
    lang = data.get("language") if isinstance(data, Mapping) else None
    lang = lang if lang in inst.languages.available else language_for(inst, client.preferred_language)
    adm = MeasureAdministration(practice_id=client.practice_id, client_id=client.id, instrument=inst.id,
                                due_on=authored.date(), due_at=authored, status="in_progress", language=lang,
                                source="fhir_import", created_by=actor.user_id, updated_by=actor.user_id)
    session.add(adm)
    await session.flush()
    alert = await complete(session, actor, adm, answers, completed_at=authored)
    await audit.record(session, actor, "measures.fhir.import", client_id=client.id,
                       resource_type="measure_administration", resource_id=adm.id, detail=f"instrument={inst.id}")
    return adm, alert
