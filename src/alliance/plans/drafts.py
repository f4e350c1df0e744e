"""The AI draft of a plan as the clinician meets it: "Draft with AI" queues a job (`plans.draft`) that calls
`alliance.plans.drafting.draft_plan` and stores its result sealed; the review page shows every drafted item
with its evidence; the clinician accepts, edits or rejects each one, and only what they accept or edit goes
into a draft plan, which they still sign. Nothing of a draft is in the record until then.
"""

from __future__ import annotations

import importlib
import logging
import uuid
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.db.base import utcnow
from alliance.errors import AllianceError, BadRequest, Conflict, NotFound, Unavailable
from alliance.measures.instruments import UnknownInstrument, get_instrument
from alliance.plans import service
from alliance.plans.models import DRAFT_BUSY, PlanDraftJob, TreatmentPlan
from alliance.plans.schemas import (
    METRICS,
    DraftDecisions,
    DraftObjective,
    DraftRead,
    Evidence,
    Goal,
    Intervention,
    Objective,
    PlanContent,
    PlanCreate,
    PlanDraft,
    PlanUpdate,
    Problem,
)
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.plans")
DEFAULT_REVIEW_WEEKS = 12
STALE_AFTER = timedelta(minutes=20)  # a draft still "drafting" after this long was lost with its worker


def drafting_module() -> Any | None:
    """alliance.plans.drafting when it is installed and provides draft_plan, else None."""
    try:
        module = importlib.import_module("alliance.plans.drafting")
    except ImportError:
        return None
    return module if callable(getattr(module, "draft_plan", None)) else None


def available() -> bool:
    return drafting_module() is not None


# --- requesting and running
# ------------------------------------------------------------------------------------

async def request_draft(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> PlanDraftJob:
    """Queue an AI draft of a plan for the client (treating clinicians); one at a time per client."""
    from alliance.jobs.queue import enqueue_after_commit
    from alliance.plans import tasks

    client = await authorize(session, actor, Action.clinical_write, client_id)
    if actor.role not in service.SIGNERS:
        raise BadRequest("Only a clinician drafts a plan.")
    if not available():
        raise Unavailable("AI drafting of treatment plans is not installed here.")
    busy = await session.scalar(select(PlanDraftJob).where(PlanDraftJob.client_id == client.id,
                                                           PlanDraftJob.status.in_(DRAFT_BUSY)).limit(1))
    if busy is not None and utcnow() - busy.created_at < STALE_AFTER:
        raise Conflict("A plan is already being drafted for this client.")
    if busy is not None:
        busy.status, busy.status_reason = "failed", "The draft stopped before it finished."
    row = PlanDraftJob(
        practice_id=client.practice_id,
        client_id=client.id,
        status="queued",
        progress_stage="Waiting for the job worker",
        created_by=actor.user_id,
        updated_by=actor.user_id,
    )
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "plans.draft.request", client_id=client.id, resource_type="plan_draft",
                       resource_id=row.id)
    enqueue_after_commit(session, tasks.draft_task, str(row.id))
    return row


async def start(session: AsyncSession, draft_id: str | uuid.UUID) -> bool:
    """Mark the draft as drafting (False: nothing to do)."""
    row = await session.get(PlanDraftJob, uuid.UUID(str(draft_id)))
    if row is None or row.status != "queued":
        return False
    row.status, row.started_at = "drafting", utcnow()
    row.progress_stage = "Reading the record and drafting (a minute or two)"
    return True


async def run(session: AsyncSession, draft_id: str | uuid.UUID) -> dict[str, Any]:
    """Call drafting.draft_plan as the clinician who asked (the job's own session: it may commit after
    reading).
    """
    from alliance.accounts.service import actor_for

    module = drafting_module()
    if module is None:
        raise Unavailable("AI drafting of treatment plans is not installed here.")
    row = await session.get(PlanDraftJob, uuid.UUID(str(draft_id)))
    user = await session.get(User, row.created_by) if row and row.created_by else None
    if row is None or user is None:
        raise NotFound("The draft or the clinician who asked for it is gone.")
    result = await module.draft_plan(session, actor_for(user), row.client_id)
    return PlanDraft.model_validate(result).model_dump(mode="json")


async def finish(
    session: AsyncSession, draft_id: str | uuid.UUID, result: dict[str, Any]
) -> PlanDraftJob | None:
    """Store the draft, sealed; the review page shows it."""
    row = await session.get(PlanDraftJob, uuid.UUID(str(draft_id)))
    if row is None:
        return None
    draft = PlanDraft.model_validate(result)
    row.draft = draft.model_dump(mode="json")
    row.model = (draft.model or "")[:120] or None
    row.status, row.finished_at, row.progress_stage = "ready", utcnow(), "Ready for review"
    await session.flush()
    await audit.record(session, Actor.system(row.practice_id), "plans.draft.ready", client_id=row.client_id,
                       resource_type="plan_draft", resource_id=row.id,
                       detail=f"problems={len(draft.problems)} goals={len(draft.goals)} "
                              f"interventions={len(draft.interventions)}")
    return row


async def fail(session: AsyncSession, draft_id: str | uuid.UUID, detail: str) -> None:
    """Record why the draft failed (no PHI: the errors' details name no client data)."""
    row = await session.get(PlanDraftJob, uuid.UUID(str(draft_id)))
    if row is not None:
        row.status, row.status_reason, row.finished_at = "failed", detail[:300], utcnow()
        row.progress_stage = "Failed"


async def draft_now(session: AsyncSession, draft_id: uuid.UUID) -> PlanDraftJob | None:
    """Every step in one session (tests, and a caller without a job worker)."""
    if not await start(session, draft_id):
        return None
    try:
        result = await run(session, draft_id)
    except AllianceError as exc:
        await fail(session, draft_id, exc.detail)
        return await session.get(PlanDraftJob, draft_id)
    return await finish(session, draft_id, result)


# --- reading
# ---------------------------------------------------------------------------------------------------

async def get_draft(
    session: AsyncSession, actor: Actor, draft_id: uuid.UUID, *, write: bool = False
) -> PlanDraftJob:
    """One draft, for those who may read (or write) the client's clinical record; audited."""
    row = await session.get(PlanDraftJob, draft_id)
    if (
        row is None
        or row.deleted_at is not None
        or row.practice_id != actor.practice_id
        or actor.role == "client"
    ):
        raise NotFound("No such plan draft.")
    await authorize(session, actor, Action.clinical_write if write else Action.clinical_read, row.client_id)
    await audit.record(
        session,
        actor,
        "plans.draft.read",
        client_id=row.client_id,
        resource_type="plan_draft",
        resource_id=row.id,
    )
    return row


async def latest_draft(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> PlanDraftJob | None:
    """The client's newest draft not yet applied (the caller has authorized the read)."""
    return await session.scalar(
        select(PlanDraftJob)
        .where(
            PlanDraftJob.client_id == client_id,
            PlanDraftJob.status != "applied",
            PlanDraftJob.deleted_at.is_(None),
        )
        .order_by(PlanDraftJob.created_at.desc())
        .limit(1)
    )


def draft_read(row: PlanDraftJob) -> DraftRead:
    return DraftRead(id=row.id, client_id=row.client_id, status=row.status, status_reason=row.status_reason,
                     progress_stage=row.progress_stage, model=row.model, plan_id=row.plan_id,
                     created_at=row.created_at, finished_at=row.finished_at,
                     draft=PlanDraft.model_validate(row.draft) if row.draft else None)


def evidence_url(client_id: uuid.UUID, ev: Evidence) -> str:
    """Where a piece of evidence is read."""
    if ev.kind == "note_sentence":
        return f"/notes/{ev.id}"
    if ev.kind == "score":
        return f"/clients/{client_id}/measures/{ev.id}"
    if ev.kind == "intake_answer":
        return f"/intake/referrals/{ev.id}"
    return f"/clients/{client_id}?area=homework"


def coverage(draft: PlanDraft) -> tuple[int, int]:
    """(items with evidence, items) over problems, goals, objectives and interventions."""
    items: list[Any] = [*draft.problems, *draft.goals, *draft.interventions]
    items += [o for g in draft.goals for o in g.objectives]
    return sum(1 for i in items if i.evidence), len(items)


# --- the clinician's decisions
# ---------------------------------------------------------------------------------

PROBLEM_FIELDS = ("text", "code_system", "code")
GOAL_FIELDS = ("client_words", "clinical")
OBJECTIVE_FIELDS = ("text", "measure", "comparison", "target", "step", "by")
INTERVENTION_FIELDS = ("modality", "frequency", "sessions", "homework", "who", "text")


def _only(edits: dict[str, Any] | None, fields: tuple[str, ...]) -> dict[str, Any]:
    """The edited fields an item of this kind has (anything else sent is ignored)."""
    return {k: v for k, v in (edits or {}).items() if k in fields}


def objective_from(item: DraftObjective, edits: dict[str, Any] | None = None) -> Objective:
    """A drafted objective as the plan holds it: the measure's kind and the default comparison filled in."""
    data = item.model_dump(exclude={"evidence", "supported", "source"}) | _only(edits, OBJECTIVE_FIELDS)
    measure = str(data["measure"]) if data.get("measure") else None
    if measure in METRICS:
        kind, higher = "homework", METRICS[measure][4]
    elif measure:
        try:
            inst = get_instrument(measure)
        except UnknownInstrument as exc:
            raise BadRequest(
                f"Unknown measure {measure!r} in objective {str(data.get('text'))[:40]!r}."
            ) from exc
        kind, higher, measure = "measure", inst.higher_is_better, inst.id
    else:
        kind, higher = "not_measured", False
    comparison = data.get("comparison") or (">=" if higher else "<")
    return Objective(text=data.get("text") or "", kind=kind, measure=measure, comparison=comparison,
                     target=data.get("target"), step=data.get("step"), by=data.get("by"))


def _build(draft: PlanDraft, d: DraftDecisions) -> tuple[list[Problem], list[Goal], list[Intervention], dict]:
    counts = {"accept": 0, "edit": 0, "reject": 0}

    def decide(key: str) -> str:
        choice = d.decisions.get(key, "reject")
        counts[choice] += 1
        return choice

    def make(key: str, factory):  # noqa: ANN001, ANN202
        try:
            return factory()
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise BadRequest(
                f"{key}: {where + ': ' if where else ''}{first['msg'].removeprefix('Value error, ')}."
            ) from exc

    problems = []
    for n, p in enumerate(draft.problems):
        key = f"problem-{n}"
        choice = decide(key)
        if choice != "reject":
            data = p.model_dump(include=set(PROBLEM_FIELDS)) | (_only(d.edits.get(key), PROBLEM_FIELDS)
                                                                 if choice == "edit" else {})
            problems.append(make(key, lambda data=data: Problem(**data)))
    goals = []
    for n, g in enumerate(draft.goals):
        key = f"goal-{n}"
        choice = decide(key)
        objectives = []
        for m, o in enumerate(g.objectives):
            okey = f"{key}-objective-{m}"
            ochoice = decide(okey)
            if choice != "reject" and ochoice != "reject":
                edits = d.edits.get(okey, {}) if ochoice == "edit" else {}
                objectives.append(make(okey, lambda o=o, edits=edits: objective_from(o, edits)))
        if choice == "reject":
            continue
        data = {"client_words": g.text, "clinical": g.clinical} | (_only(d.edits.get(key), GOAL_FIELDS)
                                                                    if choice == "edit" else {})
        goals.append(make(key, lambda data=data, objectives=objectives: Goal(**data, objectives=objectives)))
    interventions = []
    for n, i in enumerate(draft.interventions):
        key = f"intervention-{n}"
        choice = decide(key)
        if choice != "reject":
            data = i.model_dump(exclude={"evidence", "supported", "source"}) | (
                _only(d.edits.get(key), INTERVENTION_FIELDS) if choice == "edit" else {}
            )
            interventions.append(make(key, lambda data=data: Intervention(**data)))
    return problems, goals, interventions, counts


def edited_by_clinician(draft: PlanDraft, decisions: DraftDecisions) -> PlanDraft:
    """The draft with every item the clinician edited marked as theirs (source "clinician")."""
    out = draft.model_copy(deep=True)
    keyed: list[tuple[str, Any]] = [(f"problem-{n}", p) for n, p in enumerate(out.problems)]
    keyed += [(f"intervention-{n}", i) for n, i in enumerate(out.interventions)]
    for n, g in enumerate(out.goals):
        keyed += [(f"goal-{n}", g)] + [(f"goal-{n}-objective-{m}", o) for m, o in enumerate(g.objectives)]
    for key, item in keyed:
        if decisions.decisions.get(key) == "edit":
            item.source = "clinician"
    return out


async def apply_draft(session: AsyncSession, actor: Actor, draft_id: uuid.UUID,
                      decisions: DraftDecisions) -> TreatmentPlan:
    """Put the accepted and edited items into a draft plan (a new one, or the client's draft named); the plan
    is still a draft the clinician signs.
    """
    row = await get_draft(session, actor, draft_id, write=True)
    if row.status == "applied":
        raise Conflict("This draft's items are already in a plan.")
    if row.status != "ready" or row.draft is None:
        raise Conflict("The draft is not ready yet.")
    draft = PlanDraft.model_validate(row.draft)
    problems, goals, interventions, counts = _build(draft, decisions)
    if not (problems or goals or interventions):
        raise BadRequest("Accept or edit at least one item, or leave the draft.")
    if decisions.plan_id is not None:
        plan = await service.get_plan(session, actor, decisions.plan_id, write=True, audited=None)
        service.check_draft(plan)
        if plan.client_id != row.client_id:
            raise BadRequest("That plan is another client's.")
        content = service.content_of(plan)
        content = PlanContent.model_validate(content.model_dump() | {
            "problems": [*content.problems, *problems], "goals": [*content.goals, *goals],
            "interventions": [*content.interventions, *interventions]})
        plan = await service.update_plan(session, actor, plan.id, PlanUpdate(content=content))
        plan.draft_id = row.id
    else:
        client = await session.get(Client, row.client_id)
        today = await service.client_today(session, client)  # type: ignore[arg-type]
        dates = [o.by for g in goals for o in g.objectives if o.by]
        content = PlanContent(
            problems=problems,
            goals=goals,
            interventions=interventions,
            starts_on=today,
            review_on=min(dates) if dates else today + timedelta(weeks=DEFAULT_REVIEW_WEEKS),
        )
        plan = await service.create_plan(session, actor, row.client_id, PlanCreate(content=content),
                                         origin="ai_draft", draft_id=row.id)
    row.draft = edited_by_clinician(draft, decisions).model_dump(mode="json")
    row.status, row.plan_id, row.updated_by = "applied", plan.id, actor.user_id
    await audit.record(
        session,
        actor,
        "plans.draft.apply",
        client_id=row.client_id,
        resource_type="plan_draft",
        resource_id=row.id,
        detail=" ".join(f"{k}={v}" for k, v in counts.items()) + f" plan={plan.id}",
    )
    return plan
