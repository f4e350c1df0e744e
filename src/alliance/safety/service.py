"""Escalation: risk alerts for the clinician, pausing AI, crisis responses, safety plans, local services."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients import service as clients_service
from alliance.clients.models import Client
from alliance.config import get_settings
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Forbidden, NotFound
from alliance.safety.levels import Category, Level
from alliance.safety.models import AiPause, PracticeCrisisService, RiskAlert, SafetyPlan, SafetySettings
from alliance.safety.resources import CrisisService, resources_for
from alliance.safety.schemas import (
    JUDGEMENTS,
    SECTION_KEYS,
    AlertRead,
    CrisisResponse,
    CrisisServiceCreate,
    SafetyPlanRead,
    SafetyPlanWrite,
)
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, allowed_actions, authorize, require_role, visible_clients

log = logging.getLogger("alliance.safety")

MESSAGES = {
    "lead": ("It sounds like you may be in danger right now. Please contact emergency services or a crisis line "
             "now. Your clinician has been told."),
    "support": ("Thank you for telling us. You don't have to go through this alone. Your clinician has been told "
                "and will follow up. Here are people you can reach right now."),
    "support_plan": ("Thank you for telling us. You don't have to go through this alone. Your clinician has been "
                     "told and will follow up. Here is your safety plan and people you can reach right now."),
    "resources": "If you need to talk to someone now, these services can help.",
}


# --- alerts -----------------------------------------------------------------------------------------------

async def _recipient(session: AsyncSession, client: Client) -> tuple[uuid.UUID | None, bool]:
    """The clinician who gets an alert: the treating one, or the on-call one when the treating one is away."""
    clinicians = await clients_service.clinicians_of(session, client.id)
    present = [c for c in clinicians if not c.away]
    if present:
        return present[0].id, False
    settings = await session.get(SafetySettings, client.practice_id)
    if settings is not None and settings.on_call_user_id is not None:
        on_call = await session.get(User, settings.on_call_user_id)
        if on_call is not None and on_call.is_active:
            return on_call.id, True
    return (clinicians[0].id if clinicians else None), False


async def raise_alert(
    session: AsyncSession,
    actor: Actor,
    client_id: uuid.UUID,
    *,
    source: str,
    source_id: str | None,
    level: Level,
    categories: Sequence[Category],
    reasons: Sequence[str],
    evidence: Sequence[str] = (),
    rules: Sequence[str] = (),
    screen_version: str | None = None,
) -> RiskAlert:
    """Record a risk alert for the client's clinician, pause the client's AI features, and notify.

    The caller has already authorized its access to the client. An open alert for the same source item is
    not duplicated (a questionnaire submitted twice raises one alert).
    """
    client = await session.get(Client, client_id)
    if client is None or client.status == "erased":
        raise NotFound("No such client.")
    if source_id is not None:
        existing = (await session.execute(select(RiskAlert).where(
            RiskAlert.client_id == client.id, RiskAlert.source == source, RiskAlert.source_id == source_id,
            RiskAlert.status == "open"))).scalar_one_or_none()
        if existing is not None:
            return existing
    assigned_to, on_call = await _recipient(session, client)
    alert = RiskAlert(practice_id=client.practice_id, client_id=client.id, assigned_to=assigned_to, on_call=on_call,
                      source=source, source_id=source_id, level=str(Level.parse(level)),
                      categories=[str(c) for c in categories], rules=list(rules), screen_version=screen_version)
    alert.reasons_json = json.dumps(list(reasons))
    alert.evidence_json = json.dumps(list(evidence))
    session.add(alert)
    await session.flush()
    if not await ai_paused(session, client.id):
        session.add(AiPause(client_id=client.id, alert_id=alert.id))
    await audit.record(session, actor, "safety.alert.raise", client_id=client.id, resource_type="risk_alert",
                       resource_id=alert.id, detail=f"level={alert.level} source={source} on_call={on_call}")
    await session.flush()
    log.warning("risk alert %s raised for client %s at level %s", alert.id, client.id, alert.level)
    from alliance.observability import metrics

    metrics.alert_raised(str(alert.level))
    if get_settings().smtp_host and assigned_to is not None:
        from alliance.jobs import enqueue_after_commit
        from alliance.safety.tasks import notify_alert_task

        enqueue_after_commit(session, notify_alert_task, str(alert.id))
    return alert


def alert_read(alert: RiskAlert, *, client_name: str | None = None, paused: bool = False) -> AlertRead:
    """An alert as the API and pages show it (decrypted)."""
    return AlertRead(
        id=alert.id, client_id=alert.client_id, client_name=client_name, assigned_to=alert.assigned_to,
        on_call=alert.on_call, source=alert.source, source_id=alert.source_id, level=alert.level,
        categories=alert.categories or [], rules=alert.rules or [],
        reasons=json.loads(alert.reasons_json or "[]"), evidence=json.loads(alert.evidence_json or "[]"),
        status=alert.status, created_at=alert.created_at, acknowledged_by=alert.acknowledged_by,
        acknowledged_at=alert.acknowledged_at, judgement=alert.judgement, note=alert.note, ai_paused=paused)


def _alerts_query(actor: Actor):  # noqa: ANN202
    if actor.role not in ("clinician", "supervisor"):
        raise Forbidden("Risk alerts are for clinicians.")
    visible = visible_clients(actor).with_only_columns(Client.id)
    return select(RiskAlert).where(RiskAlert.practice_id == actor.practice_id,
                                   or_(RiskAlert.assigned_to == actor.user_id, RiskAlert.client_id.in_(visible)))


async def list_alerts(session: AsyncSession, actor: Actor, *, status: str | None = "open",
                      client_id: uuid.UUID | None = None) -> list[AlertRead]:
    """Alerts for the clinician's clients (and those routed to them on call), highest level first."""
    query = _alerts_query(actor)
    if status:
        query = query.where(RiskAlert.status == status)
    if client_id is not None:
        query = query.where(RiskAlert.client_id == client_id)
    # Each alert's client (its name) and whether the client's AI is paused come in the same statement.
    paused = select(AiPause.id).where(AiPause.client_id == RiskAlert.client_id,
                                      AiPause.resumed_at.is_(None)).exists()
    query = query.add_columns(Client, paused).outerjoin(Client, Client.id == RiskAlert.client_id)
    rows = (await session.execute(query.order_by(RiskAlert.created_at.desc()).limit(500))).unique().all()
    await audit.record(session, actor, "safety.alert.list", detail=f"count={len(rows)}")
    result = [alert_read(a, client_name=client.full_name if client is not None else None,
                         paused=client is not None and bool(is_paused)) for a, client, is_paused in rows]
    return sorted(result, key=lambda a: (a.status != "open", -Level.parse(a.level), -a.created_at.timestamp()))


async def open_alert_count(session: AsyncSession, actor: Actor) -> int:
    """How many open alerts the clinician should look at (the navigation badge)."""
    if actor.role not in ("clinician", "supervisor"):
        return 0
    query = _alerts_query(actor).where(RiskAlert.status == "open")
    return await session.scalar(select(func.count()).select_from(query.subquery())) or 0


async def get_alert(session: AsyncSession, actor: Actor, alert_id: uuid.UUID) -> tuple[RiskAlert, Client]:
    """One alert, for its assignee or anyone who may read the client's clinical record."""
    alert = await session.get(RiskAlert, alert_id)
    if alert is None or alert.practice_id != actor.practice_id:
        raise NotFound("No such alert.")
    client = await session.get(Client, alert.client_id)
    if alert.assigned_to != actor.user_id:
        await authorize(session, actor, Action.clinical_read, alert.client_id)
    await audit.record(session, actor, "safety.alert.read", client_id=alert.client_id, resource_type="risk_alert",
                       resource_id=alert.id)
    return alert, client


async def acknowledge(session: AsyncSession, actor: Actor, alert_id: uuid.UUID, note: str,
                      *, judgement: str, resume: bool = False) -> RiskAlert:
    """The clinician has reviewed the alert; their note says what they did, the judgement what it was."""
    if judgement not in JUDGEMENTS:
        raise BadRequest(f"Choose a judgement: {', '.join(JUDGEMENTS)}.")
    alert, client = await get_alert(session, actor, alert_id)
    if alert.assigned_to != actor.user_id and Action.clinical_write not in await allowed_actions(session, actor, client):
        raise Forbidden("Only the assigned or a treating clinician can acknowledge this alert.")
    if alert.status != "open":
        raise BadRequest("This alert was already acknowledged.")
    alert.status = "acknowledged"
    alert.acknowledged_by = actor.user_id
    alert.acknowledged_at = utcnow()
    alert.note = note
    alert.judgement = judgement
    await audit.record(session, actor, "safety.alert.acknowledge", client_id=alert.client_id,
                       resource_type="risk_alert", resource_id=alert.id, detail=f"judgement={judgement}")
    if resume:
        await _resume(session, actor, alert.client_id, note)
    return alert


# --- pausing AI features ---------------------------------------------------------------------------------

async def ai_paused(session: AsyncSession, client_id: uuid.UUID) -> bool:
    """True while the client's AI features are paused after a risk alert. AI features check through here."""
    return bool(await session.scalar(select(func.count()).select_from(AiPause).where(
        AiPause.client_id == client_id, AiPause.resumed_at.is_(None))))


async def last_resumed_at(session: AsyncSession, client_id: uuid.UUID) -> datetime | None:
    """When a clinician last resumed the client's AI features after reviewing a risk alert (None: never). What the
    client wrote before it has been reviewed, so the screen no longer reads it as the context of new messages."""
    return await session.scalar(select(func.max(AiPause.resumed_at)).where(AiPause.client_id == client_id))


async def _resume(session: AsyncSession, actor: Actor, client_id: uuid.UUID, note: str) -> int:
    pauses = (await session.execute(select(AiPause).where(AiPause.client_id == client_id,
                                                          AiPause.resumed_at.is_(None)))).scalars().all()
    for pause in pauses:
        pause.resumed_at = utcnow()
        pause.resumed_by = actor.user_id
        pause.note = note
    if pauses:
        await audit.record(session, actor, "safety.ai.resume", client_id=client_id, resource_type="ai_pause")
    return len(pauses)


async def resume_ai(session: AsyncSession, actor: Actor, client_id: uuid.UUID, note: str) -> int:
    """A treating clinician turns the client's AI features back on after reviewing the risk."""
    await authorize(session, actor, Action.clinical_write, client_id)
    return await _resume(session, actor, client_id, note)


# --- screening client content ----------------------------------------------------------------------------

@dataclass
class Escalation:
    """The screen's verdict on a client's message, the alert it raised, and what to show the client."""

    screening: object
    alert: RiskAlert | None
    response: CrisisResponse | None


async def screen_client_text(session: AsyncSession, actor: Actor, client_id: uuid.UUID, text: str, *,
                             source: str, source_id: str | None = None,
                             context: Sequence[str] | None = None) -> Escalation:
    """Screen client content before anything else sees it; at moderate or above, alert and answer with help."""
    import time

    from alliance.observability import metrics
    from alliance.safety import screen

    started = time.perf_counter()
    screening = screen(text, context=list(context) if context else None)
    metrics.observe_screen(time.perf_counter() - started)
    if screening.level < Level.MODERATE:
        return Escalation(screening, None, None)
    evidence = [e.text for e in screening.evidence][:20]
    reasons = [f"{e.rule}: {e.category.value if e.category else 'warning sign'} ({e.level})"
               for e in screening.evidence][:20]
    alert = await raise_alert(session, actor, client_id, source=source, source_id=source_id, level=screening.level,
                              categories=list(screening.categories), reasons=reasons, evidence=evidence,
                              rules=list(screening.rules), screen_version=screening.version)
    response = await crisis_response(session, client_id, level=screening.level, categories=screening.categories)
    return Escalation(screening, alert, response)


async def crisis_response_again(session: AsyncSession, client_id: uuid.UUID, screen_level: str | None,
                                alert_id: uuid.UUID | None) -> CrisisResponse | None:
    """The crisis response a stored, screened text called for (a message, an exercise), shown again on the page
    after saving, with the categories of the alert it raised; None below moderate."""
    if screen_level is None:
        return None
    level = Level.parse(screen_level)
    if level < Level.MODERATE:
        return None
    categories: list[Category] = []
    if alert_id is not None:
        alert = await session.get(RiskAlert, alert_id)
        if alert is not None:
            categories = [Category(c) for c in alert.categories or [] if c in Category._value2member_map_]
    return await crisis_response(session, client_id, level=level, categories=categories)


async def crisis_response(session: AsyncSession, client_id: uuid.UUID, *, level: Level | None = None,
                          categories: Sequence[Category] = ()) -> CrisisResponse:
    """The client's safety plan first, then crisis resources for their country and language.

    At high and imminent the response leads with emergency contacts.
    """
    client = await session.get(Client, client_id)
    if client is None:
        raise NotFound("No such client.")
    extra = await practice_services(session, client.practice_id)
    resources = resources_for(client.country, client.preferred_language, extra=extra)
    services = resources.for_categories([str(c) for c in categories]) if categories else resources.services
    plan = await _current_plan(session, client.id)
    lead = level is not None and level >= Level.HIGH
    if lead:
        message = MESSAGES["lead"]
    elif level is not None and level >= Level.MODERATE:
        message = MESSAGES["support_plan" if plan else "support"]
    else:
        message = MESSAGES["resources"]
    return CrisisResponse(level=str(level) if level is not None else None, lead_with_emergency=lead,
                          country_name=resources.country_name, is_fallback=resources.is_fallback,
                          emergency=resources.emergency, services=services, guidance=resources.guidance,
                          safety_plan=_plan_read(plan) if plan else None, message=message)


# --- safety plans ------------------------------------------------------------------------------------------

def _plan_read(plan: SafetyPlan) -> SafetyPlanRead:
    sections = {key: json.loads(getattr(plan, key) or "[]") for key in SECTION_KEYS}
    return SafetyPlanRead(id=plan.id, client_id=plan.client_id, version=plan.version, created_at=plan.created_at,
                          created_by=plan.created_by, **sections)


async def _current_plan(session: AsyncSession, client_id: uuid.UUID) -> SafetyPlan | None:
    return (await session.execute(select(SafetyPlan).where(SafetyPlan.client_id == client_id)
                                  .order_by(SafetyPlan.version.desc()).limit(1))).scalar_one_or_none()


async def get_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> SafetyPlanRead | None:
    """The client's current safety plan (client, care team, supervisors; never a practice admin)."""
    await authorize(session, actor, Action.safety_plan_read, client_id)
    plan = await _current_plan(session, client_id)
    await audit.record(session, actor, "safety.plan.read", client_id=client_id, resource_type="safety_plan",
                       resource_id=plan.id if plan else None)
    return _plan_read(plan) if plan else None


async def save_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: SafetyPlanWrite) -> SafetyPlanRead:
    """Save a new version of the plan (written by clinician and client together)."""
    await authorize(session, actor, Action.safety_plan_write, client_id)
    current = await _current_plan(session, client_id)
    plan = SafetyPlan(client_id=client_id, version=(current.version if current else 0) + 1,
                      created_by=actor.user_id, updated_by=actor.user_id)
    for key in SECTION_KEYS:
        setattr(plan, key, json.dumps(getattr(data, key)))
    session.add(plan)
    await session.flush()
    await audit.record(session, actor, "safety.plan.write", client_id=client_id, resource_type="safety_plan",
                       resource_id=plan.id, detail=f"version={plan.version}")
    return _plan_read(plan)


async def plan_history(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[SafetyPlanRead]:
    """Every version, newest first (audited like every clinical read)."""
    await authorize(session, actor, Action.safety_plan_read, client_id)
    plans = (await session.execute(select(SafetyPlan).where(SafetyPlan.client_id == client_id)
                                   .order_by(SafetyPlan.version.desc()))).scalars().all()
    await audit.record(session, actor, "safety.plan.history", client_id=client_id, resource_type="safety_plan",
                       detail=f"versions={len(plans)}")
    return [_plan_read(p) for p in plans]


# --- practice crisis services and settings ----------------------------------------------------------------

def _as_resource(row: PracticeCrisisService) -> CrisisService:
    return CrisisService(id=f"local-{row.id}", name=row.name, phone=row.phone,
                         tel="".join(ch for ch in row.phone if ch.isdigit()) if row.phone else None,
                         url=row.url, hours=row.hours, languages=row.languages or ["en"], topics=["crisis"],
                         notes=row.notes, source=row.source, checked=row.checked, country=row.country, local=True)


async def practice_services(session: AsyncSession, practice_id: uuid.UUID) -> list[CrisisService]:
    """The practice's own local services, as crisis-resource entries (an unusable entry is skipped, never fatal)."""
    rows = (await session.execute(select(PracticeCrisisService).where(
        PracticeCrisisService.practice_id == practice_id).order_by(PracticeCrisisService.name))).scalars().all()
    services = []
    for row in rows:
        try:
            services.append(_as_resource(row))
        except ValueError:
            log.error("local crisis service %s is not usable and was left out", row.id)
    return services


async def list_local_services(session: AsyncSession, actor: Actor) -> Sequence[PracticeCrisisService]:
    """The practice's local services (any staff member)."""
    if actor.role == "client":
        raise Forbidden("Staff only.")
    return (await session.execute(select(PracticeCrisisService).where(
        PracticeCrisisService.practice_id == actor.practice_id).order_by(PracticeCrisisService.name))).scalars().all()


async def add_local_service(session: AsyncSession, actor: Actor, data: CrisisServiceCreate) -> PracticeCrisisService:
    """Add a local crisis service (admins)."""
    require_role(actor, "admin", action="safety.service.add")
    row = PracticeCrisisService(practice_id=actor.practice_id, added_by=actor.user_id,
                                **data.model_dump() | {"country": data.country.upper() if data.country else None})
    try:
        _as_resource(row)
    except ValueError as exc:
        raise BadRequest(f"This service cannot be shown to clients: {exc}") from exc
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "safety.service.add", resource_type="crisis_service", resource_id=row.id)
    return row


async def delete_local_service(session: AsyncSession, actor: Actor, service_id: uuid.UUID) -> None:
    """Remove a local crisis service (admins)."""
    require_role(actor, "admin", action="safety.service.delete")
    row = await session.get(PracticeCrisisService, service_id)
    if row is None or row.practice_id != actor.practice_id:
        raise NotFound("No such service.")
    await session.delete(row)
    await audit.record(session, actor, "safety.service.delete", resource_type="crisis_service", resource_id=service_id)


async def get_safety_settings(session: AsyncSession, actor: Actor) -> SafetySettings:
    """The practice's escalation settings (staff)."""
    if actor.role == "client":
        raise Forbidden("Staff only.")
    row = await session.get(SafetySettings, actor.practice_id)
    return row or SafetySettings(practice_id=actor.practice_id, on_call_user_id=None)


async def set_on_call(session: AsyncSession, actor: Actor, user_id: uuid.UUID | None) -> SafetySettings:
    """Choose the on-call clinician (admins)."""
    require_role(actor, "admin", action="safety.settings.update")
    if user_id is not None:
        user = await session.get(User, user_id)
        if user is None or user.practice_id != actor.practice_id or user.role not in ("clinician", "supervisor"):
            raise BadRequest("The on-call person must be a clinician or supervisor of this practice.")
    row = await session.get(SafetySettings, actor.practice_id)
    if row is None:
        row = SafetySettings(practice_id=actor.practice_id)
        session.add(row)
    row.on_call_user_id = user_id
    await session.flush()
    await audit.record(session, actor, "safety.settings.update", resource_type="safety_settings",
                       resource_id=actor.practice_id)
    return row
