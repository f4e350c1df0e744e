"""Converting a referral into a client: the client record (clients service), the intake screeners as baseline
measure results (measures service) and the consents given on the form (consent service)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients import service as clients_service
from alliance.clients.schemas import ClientCreate
from alliance.consent import service as consent_service
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict
from alliance.intake.access import load
from alliance.intake.models import IntakeAlert, Referral
from alliance.intake.schemas import BaselineRead, ConversionResult, ConvertRequest
from alliance.measures import service as measures_service
from alliance.security import audit
from alliance.security.audit import Actor


def _inner(actor: Actor, clinician_id: uuid.UUID, practice_id: uuid.UUID) -> Actor:
    """Who the other services see: the converting clinician when they take the person on themselves; otherwise
    the platform acting for them (a supervisor cannot create clients, and another clinician's caseload is not
    theirs). The intake audit event names the person who converted."""
    if actor.role == "clinician" and actor.user_id == clinician_id:
        return actor
    return Actor(user_id=actor.user_id, role="system", practice_id=practice_id)


async def convert(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, data: ConvertRequest
) -> ConversionResult:
    """Create the client from the referral, with intake scores as baselines and the form's consents."""
    referral: Referral = await load(session, actor, referral_id, "intake.convert")
    if referral.status not in ("waiting", "offered"):
        raise Conflict(
            f"This referral is {referral.status}; only a waiting or offered referral can be converted."
        )
    clinician_id = data.clinician_id or actor.user_id
    if clinician_id is None:
        raise BadRequest("Name the clinician who will treat the person.")
    inner = _inner(actor, clinician_id, referral.practice_id)
    try:
        create = ClientCreate(
            given_name=referral.given_name or "",
            family_name=referral.family_name or "",
            date_of_birth=referral.date_of_birth,
            email=referral.email,
            phone=referral.phone,
            preferred_language=referral.language,
            country=referral.country,
            clinician_id=clinician_id,
        )
    except ValueError as exc:
        raise BadRequest(f"The referral's details cannot make a client record: {exc}") from None
    client = await clients_service.create_client(session, inner, create)
    baselines = []
    for inst_id, answers in sorted(referral.answers.items()):
        if not any(v is not None for v in answers.values()):
            continue
        adm = await measures_service.start(session, inner, client.id, inst_id)
        adm.source = "intake"
        await measures_service.complete(
            session,
            inner,
            adm,
            {k: v for k, v in answers.items() if v is not None},
            completed_at=referral.created_at,
        )
        await audit.record(
            session,
            inner,
            "measures.submit",
            client_id=client.id,
            resource_type="measure_administration",
            resource_id=adm.id,
            detail=f"instrument={inst_id} source=intake",
        )
        baselines.append(
            BaselineRead(instrument=inst_id, administration_id=adm.id, total=adm.total, severity=adm.severity)
        )
    recorded, skipped = [], []
    given = [f for f, yes in sorted((referral.consents or {}).items()) if yes]
    if given:
        docs = await consent_service.current_documents(session, referral.practice_id)
        for feature in given:
            if feature not in docs:
                skipped.append(feature)
                continue
            await consent_service.record_decision(
                session,
                inner,
                client.id,
                DecisionCreate(
                    feature=Feature(feature),
                    decision=Decision.given,
                    document_id=docs[feature].id,
                    note=f"Given on the intake form on {referral.created_at.date().isoformat()}.",
                ),
            )
            recorded.append(feature)
    now = utcnow()
    referral.status, referral.client_id, referral.converted_at, referral.converted_by = (
        "converted",
        client.id,
        now,
        actor.user_id,
    )
    await session.execute(
        IntakeAlert.__table__.update()
        .where(IntakeAlert.referral_id == referral.id, IntakeAlert.status == "open")
        .values(status="acknowledged", acknowledged_by=actor.user_id, acknowledged_at=now)
    )
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.referral.convert",
        client_id=client.id,
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"baselines={len(baselines)} consents={len(recorded)}",
    )
    return ConversionResult(
        referral_id=referral.id,
        client_id=client.id,
        clinician_id=clinician_id,
        baselines=baselines,
        consents=recorded,
        consents_skipped=skipped,
    )
