"""The companion's foundation: the clinician's plan per client (versioned, audited), the practice's regions where
the conversational part is off, what the client is offered from the library, and exercises as forms.

No model is involved here. The plan is what a clinician decides for one client; the library and the exercise
forms follow it. The client's free text in an exercise goes through the crisis screen before it is stored, as
everywhere else a client writes.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.companion import library
from alliance.companion.models import DEFAULT_NO_CHAT_REGIONS, CompanionPlan, CompanionSettings, ExerciseRecord
from alliance.companion.schemas import (
    EXERCISE_KINDS,
    RECORD_KINDS,
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    CompanionSettingsRead,
    CompanionSettingsUpdate,
    ExerciseRead,
    GroundingCreate,
    LibraryItemRead,
    LibraryOffer,
    PlanRead,
    PlanState,
    PlanWrite,
    SourceRead,
    ThoughtRecordCreate,
)
from alliance.consent import service as consent_service
from alliance.consent.models import Feature
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.safety import service as safety_service
from alliance.safety.levels import Level
from alliance.safety.schemas import CrisisResponse
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, require_role

log = logging.getLogger("alliance.companion")


# --- authorization ----------------------------------------------------------------------------------------

async def _authorize(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *, write: bool) -> Client:
    """The client themself through the portal; staff as clinical.read / clinical.write allow (never admins)."""
    if actor.role == "client":
        return await authorize(session, actor, Action.portal, client_id)
    return await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, client_id)


def portal_client_id(actor: Actor) -> uuid.UUID:
    """The client behind a portal actor, or Forbidden for anyone else."""
    if actor.role != "client" or actor.client_id is None:
        raise Forbidden("Only clients use the portal.")
    return actor.client_id


# --- practice settings ------------------------------------------------------------------------------------

async def no_chat_regions(session: AsyncSession, practice_id: uuid.UUID) -> list[str]:
    """The practice's regions (US-IL) and countries (US) where the conversational part is off."""
    row = await session.get(CompanionSettings, practice_id)
    return list(row.no_chat_regions) if row is not None else list(DEFAULT_NO_CHAT_REGIONS)


def region_code(client: Client) -> str | None:
    """The client's region as the setting reads it: country and region (US-IL), or None without a region."""
    if not client.region:
        return None
    region = client.region.strip().upper()
    country = (client.country or "").upper()
    return region if region.startswith(f"{country}-") else f"{country}-{region}"


async def chat_allowed(session: AsyncSession, client: Client) -> bool:
    """False when the client's country or region is one where the practice turns the conversational part off."""
    blocked = set(await no_chat_regions(session, client.practice_id))
    return not ((client.country or "").upper() in blocked or region_code(client) in blocked)


async def get_settings_for(session: AsyncSession, actor: Actor) -> CompanionSettingsRead:
    """The practice's companion settings (staff of the practice)."""
    if actor.practice_id is None or actor.role == "client":
        raise Forbidden("Companion settings are for the practice's staff.")
    return CompanionSettingsRead(no_chat_regions=await no_chat_regions(session, actor.practice_id))


async def update_settings(session: AsyncSession, actor: Actor,
                          data: CompanionSettingsUpdate) -> CompanionSettingsRead:
    """Change where the conversational part is off (admins)."""
    require_role(actor, "admin", action="companion.settings.update")
    row = await session.get(CompanionSettings, actor.practice_id)
    if row is None:
        row = CompanionSettings(practice_id=actor.practice_id)
        session.add(row)
    row.no_chat_regions = list(data.no_chat_regions)
    row.updated_by = actor.user_id
    row.updated_at = utcnow()
    await session.flush()
    await audit.record(session, actor, "companion.settings.update", resource_type="companion_settings",
                       resource_id=actor.practice_id, detail=f"no_chat_regions={','.join(row.no_chat_regions)}")
    return CompanionSettingsRead(no_chat_regions=row.no_chat_regions)


# --- the plan ---------------------------------------------------------------------------------------------

async def _current(session: AsyncSession, client_id: uuid.UUID) -> CompanionPlan | None:
    return (await session.execute(select(CompanionPlan).where(CompanionPlan.client_id == client_id)
                                  .order_by(CompanionPlan.version.desc()).limit(1))).scalar_one_or_none()


def plan_read(plan: CompanionPlan, names: dict[uuid.UUID, str] | None = None) -> PlanRead:
    """A version of the plan as the API and pages show it (decrypted)."""
    return PlanRead(id=plan.id, client_id=plan.client_id, version=plan.version, enabled=plan.enabled,
                    language=plan.language, focus=plan.focus, modules=list(plan.modules or []),
                    skills=list(plan.skills or []), steer_topics=plan.steer_topics, address=plan.address,
                    cultural_notes=plan.cultural_notes, review_note=plan.review_note, created_at=plan.created_at,
                    created_by=plan.created_by,
                    created_by_name=(names or {}).get(plan.created_by) if plan.created_by else None)


async def _names(session: AsyncSession, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = (await session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))).all()
    return {user_id: name or "A clinician" for user_id, name in rows}


async def _state(session: AsyncSession, client: Client, plan: CompanionPlan | None) -> PlanState:
    consent = await consent_service.has_consent(session, client.id, Feature.ai_companion)
    names = await _names(session, {plan.created_by} if plan else set())
    return PlanState(client_id=client.id, plan=plan_read(plan, names) if plan else None, consent_given=consent,
                     active=bool(plan and plan.enabled and consent), region=region_code(client),
                     chat_allowed=await chat_allowed(session, client),
                     ai_paused=await safety_service.ai_paused(session, client.id))


async def plan_state(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> PlanState:
    """The plan in force and whether the client sees anything (treating clinicians and their supervisors)."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    plan = await _current(session, client.id)
    await audit.record(session, actor, "companion.plan.read", client_id=client.id, resource_type="companion_plan",
                       resource_id=plan.id if plan else None)
    return await _state(session, client, plan)


async def plan_history(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[PlanRead]:
    """Every version of the plan, newest first (treating clinicians and their supervisors)."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    plans = (await session.execute(select(CompanionPlan).where(CompanionPlan.client_id == client.id)
                                   .order_by(CompanionPlan.version.desc()))).scalars().all()
    await audit.record(session, actor, "companion.plan.history", client_id=client.id, resource_type="companion_plan",
                       detail=f"versions={len(plans)}")
    names = await _names(session, {p.created_by for p in plans})
    return [plan_read(p, names) for p in plans]


def default_language(client: Client) -> str:
    """The profile's language when the library has it, otherwise English."""
    lang = (client.preferred_language or "").split("-")[0].lower()
    return lang if lang in library.LANGUAGES else library.FALLBACK


def check_plan(data: PlanWrite) -> None:
    """Clear words for a plan that names what the library does not hold (checked before anything is written)."""
    if data.language is not None and data.language not in library.LANGUAGES:
        raise BadRequest(f"The companion's language is one of {', '.join(library.LANGUAGES)}; "
                         f"'{data.language}' is not one of them.")
    for kind, chosen in (("module", data.modules), ("skill", data.skills)):
        known = set(library.slugs(kind))
        unknown = [slug for slug in chosen if slug not in known]
        if unknown:
            raise BadRequest(f"Not a library {kind}: {', '.join(unknown[:5])}. "
                             f"The {kind}s are: {', '.join(library.slugs(kind))}.")
    if data.enabled and not data.review_note:
        raise BadRequest("Say when you read what the client does here (for example \"before each session\"): "
                         "the client is told, so that they know it is not watched live.")


async def save_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: PlanWrite) -> CompanionPlan:
    """Save a new version of the plan (treating clinicians); it is switched on only with the client's consent."""
    check_plan(data)
    client = await authorize(session, actor, Action.clinical_write, client_id)
    if data.enabled and not await consent_service.has_consent(session, client.id, Feature.ai_companion):
        raise consent_service.ConsentRequired(
            f"{client.given_name or 'The client'} has not given consent for the companion yet, so it cannot be "
            "switched on. Save the plan switched off; the client can agree in their portal under My account, "
            "Your choices.")
    latest = await session.scalar(select(func.max(CompanionPlan.version)).where(CompanionPlan.client_id == client.id))
    plan = CompanionPlan(practice_id=client.practice_id, client_id=client.id, version=(latest or 0) + 1,
                         enabled=data.enabled, language=data.language or default_language(client),
                         modules=[s for s in library.slugs("module") if s in data.modules],
                         skills=[s for s in library.slugs("skill") if s in data.skills], address=data.address,
                         created_by=actor.user_id, updated_by=actor.user_id)
    plan.focus = data.focus
    plan.steer_topics = data.steer_topics
    plan.cultural_notes = data.cultural_notes
    plan.review_note = data.review_note
    try:
        async with session.begin_nested():
            session.add(plan)
    except IntegrityError as exc:  # someone saved a version of this plan at the same moment
        raise Conflict("Someone else saved this plan just now. Reload the page to see their version.") from exc
    await audit.record(session, actor, "companion.plan.save", client_id=client.id, resource_type="companion_plan",
                       resource_id=plan.id, detail=f"version={plan.version} enabled={plan.enabled} "
                                                   f"modules={len(plan.modules)} skills={len(plan.skills)}")
    log.info("companion plan %s version %s saved for client %s", plan.id, plan.version, client.id)
    return plan


# --- what the client is offered -----------------------------------------------------------------------------

@dataclass
class Offer:
    """What the client's clinician offers now: nothing unless the plan is on and the client consented."""

    client: Client
    plan: CompanionPlan | None
    reason: str  # on | no_plan | off | no_consent
    language: str
    modules: list[library.Item] = field(default_factory=list)
    skills: list[library.Item] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.reason == "on"

    @property
    def exercises(self) -> list[str]:
        """The skills offered that exist as forms."""
        return [item.slug for item in self.skills if item.slug in EXERCISE_KINDS]

    def offers(self, slug: str) -> bool:
        return any(item.slug == slug for item in (*self.modules, *self.skills))


async def _offer(session: AsyncSession, client: Client) -> Offer:
    plan = await _current(session, client.id)
    language = plan.language if plan else default_language(client)
    if not await consent_service.has_consent(session, client.id, Feature.ai_companion):
        return Offer(client, plan, "no_consent", language)  # first: no clinician can switch it on without it
    if plan is None:
        return Offer(client, None, "no_plan", language)
    if not plan.enabled:
        return Offer(client, plan, "off", language)
    items = library.by_slug()
    return Offer(client, plan, "on", language,
                 modules=[items[s] for s in plan.modules or [] if s in items],
                 skills=[items[s] for s in plan.skills or [] if s in items])


async def portal_offer(session: AsyncSession, actor: Actor) -> Offer:
    """The library items and exercises the client's clinician offers them (audited)."""
    client = await authorize(session, actor, Action.portal, portal_client_id(actor))
    offer = await _offer(session, client)
    await audit.record(session, actor, "companion.library.list", client_id=client.id, resource_type="companion_plan",
                       resource_id=offer.plan.id if offer.plan else None, detail=f"state={offer.reason}")
    return offer


def item_read(item: library.Item, lang: str, *, text: bool = False) -> LibraryItemRead:
    """A library item in a language (English when it lacks that one)."""
    shown = item.language_for(lang)
    return LibraryItemRead(slug=item.slug, kind=item.kind, title=item.title(shown), minutes=item.minutes, lang=shown,
                           fallback=shown != lang, exercise=item.slug in EXERCISE_KINDS,
                           sources=[SourceRead(title=s.title, publisher=s.publisher, year=s.year, url=s.url)
                                    for s in item.sources],
                           markdown=item.markdown(shown) if text else None)


def offer_read(offer: Offer) -> LibraryOffer:
    return LibraryOffer(active=offer.active, reason=offer.reason, language=offer.language,
                        items=[item_read(i, offer.language) for i in (*offer.modules, *offer.skills)])


async def read_item(session: AsyncSession, actor: Actor, slug: str) -> tuple[Offer, library.Item]:
    """One item the client's clinician offers them, for reading (audited); anything else is not found."""
    offer = await portal_offer(session, actor)
    item = library.get(slug) if library.SLUG.fullmatch(slug or "") else None
    if item is None or not offer.offers(slug):
        raise NotFound("This item is not in your library. Your clinician chooses what appears there.")
    await audit.record(session, actor, "companion.library.read", client_id=offer.client.id,
                       resource_type="library_item", resource_id=slug)
    return offer, item


def catalogue(lang: str = "en") -> list[LibraryItemRead]:
    """Every library item (for choosing what to offer): not client data."""
    lang = lang if lang in library.LANGUAGES else library.FALLBACK
    return [item_read(item, lang) for item in library.items()]


# --- exercises --------------------------------------------------------------------------------------------

@dataclass
class Screened:
    """The crisis screen's verdict over a record's free text."""

    level: Level = Level.NONE
    version: str | None = None
    alert_id: uuid.UUID | None = None
    crisis: CrisisResponse | None = None


async def _screen(session: AsyncSession, actor: Actor, client: Client, record_id: uuid.UUID,
                  texts: Sequence[str | None]) -> Screened:
    """Screen each free-text answer in turn (the earlier answers as context); the highest level counts.

    At moderate or above the alert is raised and the AI paused as everywhere else (one alert per record: the
    safety service does not duplicate an open alert for the same source item).
    """
    result = Screened()
    context: list[str] = []
    for text in texts:
        if not text:
            continue
        escalation = await safety_service.screen_client_text(session, actor, client.id, text, source="exercise",
                                                             source_id=str(record_id), context=context[-3:])
        screening = escalation.screening
        level = Level.parse(screening.level)  # type: ignore[attr-defined]
        result.version = screening.version  # type: ignore[attr-defined]
        if escalation.response is not None and (result.crisis is None or level > result.level):
            result.crisis = escalation.response  # the response to the highest level (emergency first at high)
        result.level = max(result.level, level)
        if escalation.alert is not None:
            result.alert_id = escalation.alert.id
        context.append(text)
    return result


async def offered(session: AsyncSession, actor: Actor, kind: str) -> Offer:
    """The client's offer, when it includes this exercise; otherwise Forbidden with a plain reason."""
    if kind not in EXERCISE_KINDS:
        raise NotFound("No such exercise.")
    client = await authorize(session, actor, Action.portal, portal_client_id(actor))
    offer = await _offer(session, client)
    if kind not in offer.exercises:
        raise Forbidden("Your clinician has not offered this exercise here. You can ask them about it.")
    return offer


async def assigned_client(session: AsyncSession, actor: Actor, kind: str) -> Client:
    """The portal client doing an exercise their clinician assigned as homework (no companion plan needed)."""
    if kind not in EXERCISE_KINDS:
        raise NotFound("No such exercise.")
    return await authorize(session, actor, Action.portal, portal_client_id(actor))


def _free_text(kind: str, data: dict) -> list[str | None]:
    """The answers a client wrote in their own words, in the order of the form."""
    if kind == "thought-record":
        return [data.get("situation"), *(e["name"] for e in data.get("emotions", [])),
                data.get("automatic_thought"), data.get("evidence_for"), data.get("evidence_against"),
                data.get("balanced_thought")]
    if kind == "grounding-54321":
        return [data.get(k) for k in ("see", "feel", "hear", "smell", "taste")]
    if kind == "behavioural-activation":
        return [data.get("activity"), data.get("note")]
    return [data.get("note")]


PAYLOADS = {
    "thought-record": ThoughtRecordCreate,
    "paced-breathing": BreathingCreate,
    "grounding-54321": GroundingCreate,
    "behavioural-activation": ActivationPlanCreate,
}


async def record_exercise(session: AsyncSession, actor: Actor, kind: str,
                          data: ThoughtRecordCreate | BreathingCreate | GroundingCreate | ActivationPlanCreate,
                          *, assigned: bool = False, screened: Screened | None = None,
                          ) -> tuple[ExerciseRecord, CrisisResponse | None]:
    """Store an exercise the client did (a planned activity for behavioural activation), screened first.

    Returns the record and, when its text signals risk, the crisis response to show at once. It is stored anyway.
    `assigned`: the caller (homework) has checked that the client's clinician assigned this exercise, which offers
    it without a companion plan. `screened`: the answers were screened one by one already (a guided flow in the
    chat screens each answer as a turn), so they are not screened again.
    """
    if not isinstance(data, PAYLOADS.get(kind, ())):
        raise BadRequest("The answers do not match the exercise.")
    client = (await assigned_client(session, actor, kind) if assigned
              else (await offered(session, actor, kind)).client)
    answers = data.model_dump(mode="json")
    now = utcnow()
    planned = kind == "behavioural-activation"
    record = ExerciseRecord(practice_id=client.practice_id, client_id=client.id, created_by=actor.user_id,
                            kind=kind, status="planned" if planned else "done",
                            completed_at=None if planned else now, created_at=now, updated_at=now)
    if screened is None:
        screened = await _screen(session, actor, client, record.id, _free_text(kind, answers))
    record.screen_level = str(screened.level)
    record.screen_version = screened.version
    record.alert_id = screened.alert_id
    record.data_json = json.dumps(answers, ensure_ascii=False)
    session.add(record)
    await session.flush()
    await audit.record(session, actor, "companion.exercise.save", client_id=client.id,
                       resource_type="companion_exercise", resource_id=record.id,
                       detail=f"kind={kind} status={record.status} level={record.screen_level}")
    log.info("exercise %s (%s) saved for client %s", record.id, kind, client.id)
    return record, screened.crisis


async def complete_activation(session: AsyncSession, actor: Actor, record_id: uuid.UUID,
                              data: ActivationDone, *, assigned: bool = False, screened: Screened | None = None,
                              ) -> tuple[ExerciseRecord, CrisisResponse | None]:
    """Mark a planned activity done with the mood after (the client's note screened first); `assigned` as in
    record_exercise."""
    record = await get_exercise(session, actor, record_id, audit_read=False)
    if actor.role != "client" or record.client_id != actor.client_id:
        raise Forbidden("Only the client marks their own activity done.")
    if record.kind != "behavioural-activation":
        raise BadRequest("Only a planned activity can be marked done.")
    if record.status != "planned":
        raise Conflict("This activity is already marked done.")
    client = (await assigned_client(session, actor, record.kind) if assigned
              else (await offered(session, actor, record.kind)).client)
    if screened is None:
        screened = await _screen(session, actor, client, record.id, [data.note])
    answers = json.loads(record.data_json or "{}")
    answers |= {"mood_after": data.mood_after, "note": data.note}
    before = Level.parse(record.screen_level) if record.screen_level else Level.NONE
    if screened.level > before:
        record.screen_level = str(screened.level)
    if screened.version:
        record.screen_version = screened.version
    if screened.alert_id is not None:
        record.alert_id = screened.alert_id
    record.data_json = json.dumps(answers, ensure_ascii=False)
    record.status = "done"
    record.completed_at = utcnow()
    record.updated_at = record.completed_at
    await session.flush()
    await audit.record(session, actor, "companion.exercise.done", client_id=record.client_id,
                       resource_type="companion_exercise", resource_id=record.id,
                       detail=f"kind={record.kind} level={screened.level}")
    return record, screened.crisis


async def save_practice(session: AsyncSession, actor: Actor, client: Client, answers: dict,
                        screened: Screened) -> ExerciseRecord:
    """Store a communication practice done in the chat (companion/roleplay.py), its lines already screened."""
    now = utcnow()
    record = ExerciseRecord(practice_id=client.practice_id, client_id=client.id, created_by=actor.user_id,
                            kind="communication-practice", status="done", completed_at=now, created_at=now,
                            updated_at=now, screen_level=str(screened.level), screen_version=screened.version,
                            alert_id=screened.alert_id)
    record.data_json = json.dumps(answers, ensure_ascii=False)
    session.add(record)
    await session.flush()
    await audit.record(session, actor, "companion.exercise.save", client_id=client.id,
                       resource_type="companion_exercise", resource_id=record.id,
                       detail=f"kind={record.kind} status=done level={record.screen_level}")
    return record


def exercise_read(actor: Actor, record: ExerciseRecord) -> ExerciseRead:
    """A record as its reader sees it: the screen's verdict is for staff only."""
    staff = actor.role != "client"
    return ExerciseRead(id=record.id, client_id=record.client_id, kind=record.kind,
                        title=RECORD_KINDS.get(record.kind, record.kind), status=record.status,
                        created_at=record.created_at, completed_at=record.completed_at,
                        data=json.loads(record.data_json or "{}"),
                        screen_level=record.screen_level if staff else None,
                        alert_id=record.alert_id if staff else None)


async def list_exercises(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                         limit: int = 200) -> list[ExerciseRead]:
    """The client's exercise records, newest first (the client, treating clinicians, their supervisors)."""
    client = await _authorize(session, actor, client_id, write=False)
    rows = (await session.execute(select(ExerciseRecord).where(ExerciseRecord.client_id == client.id)
                                  .order_by(ExerciseRecord.created_at.desc(), ExerciseRecord.id)
                                  .limit(limit))).scalars().all()
    await audit.record(session, actor, "companion.exercise.list", client_id=client.id,
                       resource_type="companion_exercise", detail=f"records={len(rows)}")
    return [exercise_read(actor, r) for r in rows]


async def get_exercise(session: AsyncSession, actor: Actor, record_id: uuid.UUID, *,
                       audit_read: bool = True) -> ExerciseRecord:
    """One record, for someone who may read the client's records (audited)."""
    record = await session.get(ExerciseRecord, record_id)
    if record is None or record.practice_id != actor.practice_id:
        raise NotFound("No such exercise record.")
    if actor.role == "client" and record.client_id != actor.client_id:
        raise NotFound("No such exercise record.")
    await _authorize(session, actor, record.client_id, write=False)
    if audit_read:
        await audit.record(session, actor, "companion.exercise.read", client_id=record.client_id,
                           resource_type="companion_exercise", resource_id=record.id)
    return record


async def crisis_for(session: AsyncSession, record: ExerciseRecord) -> CrisisResponse | None:
    """The crisis response a record's text called for (shown again on the page after saving), or None."""
    return await safety_service.crisis_response_again(session, record.client_id, record.screen_level,
                                                      record.alert_id)
