"""Guided exercises in the companion's chat: a thought record, paced breathing, 5-4-3-2-1 grounding, behavioural
activation and communication practice (companion/roleplay.py), each a fixed list of steps that the client answers one
message at a time.

The steps and their order are data (`flow_steps.STEPS`); what each step says is written per language in
`flow_texts/<lang>.yaml`, never translated at run time. Every answer is a client turn of the conversation, so
`chat.run_turn` screens it first like any message: at moderate or above the usual escalation answers and the flow
stops (`stop_for_risk`), with no model call. Otherwise the answer is parsed for its step (a number in range, emotions with their intensity, a date...);
a model may phrase a short reflection after a few steps, through the same gateway and output checks as every reply,
and the flow goes on with its fixed text when there is no model or the reflection is blocked. The client leaves with
"stop" (or the button) and resumes or abandons later. A finished flow is stored as the same exercise record the forms
make (companion/service.py), and completes the homework period when it was started from an assignment.

Nothing here decides with a model: an offer follows a deterministic match of the client's words (`intent`).
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.companion import chat, checks, service
from alliance.companion.models import CompanionFlow, CompanionTurn
from alliance.companion.flow_steps import (  # noqa: F401 - the steps' API, used through this module too
    EXERCISE_ENGLISH,
    KINDS,
    PLANNED_AT,
    STEPS,
    Invalid,
    Step,
    intent,
    is_word,
    prompt,
    read,
    say,
    texts,
    title,
)
from alliance.companion.schemas import (
    ActivationDone,
    ActivationPlanCreate,
    BreathingCreate,
    FlowRead,
    GroundingCreate,
    ThoughtRecordCreate,
)
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.safety.levels import Level
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.companion")

OPEN = ("offered", "active", "stopped", "waiting")  # not over yet


# --- rows, state, reads ----------------------------------------------------------------------------------------------

def _state(flow: CompanionFlow) -> dict[str, Any]:
    return json.loads(flow.state_json or '{"answers": {}}')


def _save(flow: CompanionFlow, state: dict[str, Any]) -> None:
    flow.state_json = json.dumps(state, ensure_ascii=False)
    flow.updated_at = utcnow()


def flow_read(flow: CompanionFlow) -> FlowRead:
    """A flow as the portal shows it: where the client is and what the current step asks."""
    steps = STEPS[flow.kind]
    step = steps[flow.step] if flow.step < len(steps) and flow.status not in ("done", "abandoned") else None
    return FlowRead(id=flow.id, kind=flow.kind, title=title(flow.kind, flow.lang), status=flow.status,
                    stop_reason=flow.stop_reason, step=flow.step, steps=len(steps),
                    prompt=prompt(flow) if step is not None else None, input=step.input if step else None,
                    low=step.low if step and step.input == "number" else None,
                    high=step.high if step and step.input == "number" else None,
                    optional=bool(step and step.optional), timer=bool(step and step.timer),
                    assignment_id=flow.assignment_id, record_id=flow.exercise_id, created_at=flow.created_at,
                    completed_at=flow.completed_at)


async def by_id(session: AsyncSession, client_id: uuid.UUID, ids: set[uuid.UUID]) -> dict[uuid.UUID, CompanionFlow]:
    """The client's flows with these ids (for the conversation's links)."""
    if not ids:
        return {}
    rows = (await session.execute(select(CompanionFlow).where(CompanionFlow.client_id == client_id,
                                                              CompanionFlow.id.in_(ids)))).scalars()
    return {row.id: row for row in rows}


async def current(session: AsyncSession, client_id: uuid.UUID) -> CompanionFlow | None:
    """The flow the client's next message answers, if any."""
    return (await session.execute(select(CompanionFlow).where(
        CompanionFlow.client_id == client_id, CompanionFlow.status == "active")
        .order_by(CompanionFlow.updated_at.desc()).limit(1))).scalar_one_or_none()


async def open_flows(session: AsyncSession, client_id: uuid.UUID) -> list[CompanionFlow]:
    """Flows not over yet (offered, active, stopped, waiting), newest first."""
    return list((await session.execute(select(CompanionFlow).where(
        CompanionFlow.client_id == client_id, CompanionFlow.status.in_(OPEN))
        .order_by(CompanionFlow.updated_at.desc()))).scalars())


async def _own(session: AsyncSession, actor: Actor, flow_id: uuid.UUID) -> tuple[CompanionFlow, Client]:
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    flow = await session.get(CompanionFlow, flow_id)
    if flow is None or flow.client_id != client.id:
        raise NotFound("No such exercise.")
    return flow, client


async def _say(session: AsyncSession, actor: Actor, client: Client, flow: CompanionFlow, text: str, *,
               kind: str = "flow", reply_to: uuid.UUID | None = None, **fields: Any) -> CompanionTurn:
    return await chat._add_turn(session, client, actor, role="companion", kind=kind, lang=flow.lang, text=text,
                                flow_id=flow.id, reply_to=reply_to, **fields)


async def _audit(session: AsyncSession, actor: Actor, flow: CompanionFlow, event: str, detail: str = "") -> None:
    await audit.record(session, actor, f"companion.flow.{event}", client_id=flow.client_id,
                       resource_type="companion_flow", resource_id=flow.id,
                       detail=f"kind={flow.kind} step={flow.step} status={flow.status} {detail}".strip())


# --- what the client may start ---------------------------------------------------------------------------------------

async def startable(session: AsyncSession, client: Client, avail: chat.Availability) -> list[str]:
    """The exercises the client's plan offers that can be done in the chat now (none unless it is on)."""
    from alliance.companion import roleplay

    if avail.state != "on":
        return []
    kinds = [k for k in avail.offer.exercises if k in KINDS]
    if avail.offer.offers("communication-practice") and await roleplay.scenarios_for(session, client.id):
        kinds.append("communication-practice")
    return kinds


async def _homework(session: AsyncSession, actor: Actor, client: Client, assignment_id: uuid.UUID, kind: str) -> Any:
    """An assignment of this kind the client may complete now (Conflict otherwise)."""
    from alliance.homework import service as homework_service

    assignment = await homework_service.get_assignment(session, actor, assignment_id)
    if assignment.kind != kind or kind not in KINDS:
        raise BadRequest("This homework is not that exercise.")
    if assignment.status != "active":
        raise Conflict("Your clinician has ended this homework, so it cannot be completed any more.")
    if assignment.starts_on > await homework_service.client_today(session, client):
        raise Conflict(f"This homework starts on {assignment.starts_on.isoformat()}.")
    return assignment


PAUSED = ("The companion is paused until your clinician has read your last messages. Your exercises are still here "
          "as forms.")


def _available(avail: chat.Availability) -> chat.Availability:
    """Exercises run in the chat only while it is on (Conflict while paused after a risk alert)."""
    if avail.state == "paused":
        raise Conflict(PAUSED)
    if avail.state != "on":
        raise chat.CompanionUnavailable(avail.state)
    return avail


async def start(session: AsyncSession, actor: Actor, kind: str, *, assignment_id: uuid.UUID | None = None,
                scenario_id: uuid.UUID | None = None, flow_id: uuid.UUID | None = None) -> CompanionFlow:
    """Start an exercise in the chat (or accept the one offered, `flow_id`): its opening words and first step are
    added to the conversation. A flow under way is stopped first (it can be resumed)."""
    from alliance.companion import roleplay

    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    avail = _available(await chat.availability(session, client))
    if kind not in KINDS:
        raise NotFound("No such exercise.")
    state: dict[str, Any] = {"answers": {}}
    if assignment_id is not None:
        assignment = await _homework(session, actor, client, assignment_id, kind)
        if kind == "communication-practice":
            state["scenario"] = roleplay.from_homework(assignment.prompts, avail.offer.language)
    elif kind not in await startable(session, client, avail):
        raise BadRequest("Your clinician has not offered this exercise here. You can ask them about it.")
    elif kind == "communication-practice":
        state["scenario"] = await roleplay.scenario_state(session, client.id, scenario_id, avail.offer.language)
    offered = None
    if flow_id is not None:
        offered, _ = await _own(session, actor, flow_id)
        if offered.status != "offered" or offered.kind != kind:
            raise Conflict("This offer has been answered already.")
    for running in [f for f in await open_flows(session, client.id) if f.status == "active"]:
        running.status, running.stop_reason = "stopped", "other"
    now = utcnow()
    flow = offered or CompanionFlow(practice_id=client.practice_id, client_id=client.id, created_by=actor.user_id,
                                    kind=kind, lang=avail.offer.language, created_at=now)
    flow.status, flow.step, flow.assignment_id = "active", 0, assignment_id
    flow.scenario_id = scenario_id if kind == "communication-practice" else None
    _save(flow, state)
    if offered is None:
        session.add(flow)
    await session.flush()
    if kind == "communication-practice":
        await _say(session, actor, client, flow, roleplay.intro(state["scenario"], flow.lang))
    else:
        await _say(session, actor, client, flow, say(flow.lang, "common", "start", title=title(kind, flow.lang)))
        await _say(session, actor, client, flow, prompt(flow, state) or "")
    await _audit(session, actor, flow, "start", f"homework={assignment_id is not None}")
    log.info("companion flow %s (%s) started for client %s", flow.id, kind, client.id)
    return flow


async def stop(session: AsyncSession, actor: Actor, flow_id: uuid.UUID) -> CompanionFlow:
    """Leave an exercise under way (its answers kept), or say no to an offer."""
    flow, client = await _own(session, actor, flow_id)
    if flow.status == "offered":
        flow.status = "declined"
        await _say(session, actor, client, flow, say(flow.lang, "common", "declined"))
    elif flow.status == "active":
        flow.status, flow.stop_reason = "stopped", "client"
        await _say(session, actor, client, flow, say(flow.lang, "common", "stopped", title=title(flow.kind,
                                                                                                   flow.lang)))
    else:
        raise Conflict("This exercise is not under way.")
    flow.updated_at = utcnow()
    await session.flush()
    await _audit(session, actor, flow, "stop")
    return flow


async def resume(session: AsyncSession, actor: Actor, flow_id: uuid.UUID) -> CompanionFlow:
    """Carry on with a stopped exercise, or rate the mood after a planned activity."""
    flow, client = await _own(session, actor, flow_id)
    if flow.status not in ("stopped", "waiting"):
        raise Conflict("This exercise cannot be resumed.")
    _available(await chat.availability(session, client))
    if flow.status == "waiting" and flow.exercise_id is not None:
        record = await service.get_exercise(session, actor, flow.exercise_id, audit_read=False)
        if record.status == "done":  # marked done on its own page meanwhile
            flow.status, flow.completed_at = "done", utcnow()
            await session.flush()
            return flow
    for running in [f for f in await open_flows(session, client.id) if f.status == "active"]:
        running.status, running.stop_reason = "stopped", "other"
    flow.status, flow.stop_reason, flow.updated_at = "active", None, utcnow()
    await session.flush()
    await _say(session, actor, client, flow, say(flow.lang, "common", "resumed", title=title(flow.kind, flow.lang)))
    if (cue := prompt(flow)) is not None:
        await _say(session, actor, client, flow, cue)
    await _audit(session, actor, flow, "resume")
    return flow


async def abandon(session: AsyncSession, actor: Actor, flow_id: uuid.UUID) -> CompanionFlow:
    """Set a stopped or waiting exercise aside for good (a planned activity's record stays as planned)."""
    flow, client = await _own(session, actor, flow_id)
    if flow.status not in ("stopped", "waiting", "offered"):
        raise Conflict("This exercise cannot be set aside now.")
    flow.status, flow.updated_at = "abandoned", utcnow()
    await _say(session, actor, client, flow, say(flow.lang, "common", "abandoned", title=title(flow.kind, flow.lang)))
    await _audit(session, actor, flow, "abandon")
    return flow


async def stop_for_risk(session: AsyncSession, actor: Actor, client_id: uuid.UUID, client_turn: CompanionTurn | None,
                        level: Level, alert_id: uuid.UUID | None) -> CompanionFlow | None:
    """A message at moderate or above stops the exercise under way (the escalation answers; no model)."""
    flow = await current(session, client_id)
    if flow is None:
        return None
    flow.status, flow.stop_reason, flow.updated_at = "stopped", "risk", utcnow()
    flow.screen_level = str(max(level, Level.parse(flow.screen_level) if flow.screen_level else Level.NONE))
    flow.alert_id = alert_id or flow.alert_id
    if client_turn is not None:
        client_turn.flow_id = flow.id
    await session.flush()
    await _audit(session, actor, flow, "stop", "reason=risk")
    return flow


# --- the pipeline's step 4 ----------------------------------------------------------------------------------------

async def route(session: AsyncSession, actor: Actor, avail: chat.Availability, text: str) -> CompanionFlow | None:
    """The flow a message belongs to: the one under way, or a new offer when the message asks for an exercise the
    plan offers (a deterministic match, never the model's choice); None lets the model answer."""
    flow = await current(session, avail.client.id)
    if flow is not None:
        return flow
    kind = intent(text, avail.offer.language, await startable(session, avail.client, avail))
    if kind is None:
        return None
    now = utcnow()
    flow = CompanionFlow(practice_id=avail.client.practice_id, client_id=avail.client.id, created_by=actor.user_id,
                         kind=kind, status="offered", lang=avail.offer.language, created_at=now, updated_at=now)
    _save(flow, {"answers": {}})
    session.add(flow)
    await session.flush()
    return flow


def _verdict(flow: CompanionFlow, level: Level) -> service.Screened:
    return service.Screened(level=max(level, Level.parse(flow.screen_level) if flow.screen_level else Level.NONE))


async def advance(session: AsyncSession, actor: Actor, avail: chat.Availability, flow: CompanionFlow, text: str,
                  client_turn: CompanionTurn, level: Level, started: float, *,
                  max_tokens: int | None = None) -> Any:
    """Answer one client message inside a flow (already screened below moderate), yielding turn events: `flow` for
    each companion turn stored, the model's `waiting` and `sentence` events around a reflection, then `done`."""
    from alliance.companion import roleplay

    client = avail.client
    client_turn.flow_id = flow.id
    flow.screen_level = str(_verdict(flow, level).level)
    said: list[CompanionTurn] = []

    async def add(text_: str, **fields: Any) -> CompanionTurn:
        turn = await _say(session, actor, client, flow, text_, reply_to=client_turn.id, **fields)
        said.append(turn)
        return turn

    if flow.status == "offered":  # a new offer: no answer to read yet
        await add(say(flow.lang, "common", "offer", title=title(flow.kind, flow.lang)), kind="flow_offer")
        await _audit(session, actor, flow, "offer")
    elif is_word(text, flow.lang, "stop"):
        flow.status, flow.stop_reason = "stopped", "client"
        await add(say(flow.lang, "common", "stopped", title=title(flow.kind, flow.lang)))
        await _audit(session, actor, flow, "stop")
    else:
        state = _state(flow)
        step = STEPS[flow.kind][flow.step]
        try:
            from alliance.homework import service as homework_service

            today = await homework_service.client_today(session, client) if step.input == "date" else date.today()
            value = read(step, text, flow.lang, state, today)
        except Invalid as exc:
            await add(str(exc))
            await _audit(session, actor, flow, "answer", "valid=false")
        else:
            state["answers"][step.key] = value
            flow.step += 1
            _save(flow, state)
            await _audit(session, actor, flow, "answer", "valid=true")
            blocked: dict[str, Any] = {}
            if flow.kind == "communication-practice":
                async for event in roleplay.exchange(session, avail, flow, state, step, value, started, add,
                                                     blocked, max_tokens=max_tokens):
                    yield event
            elif step.reflect:
                async for event in _reflect(session, client, avail, flow, step, value, started, add, blocked,
                                            max_tokens=max_tokens):
                    yield event
            await _next(session, actor, client, flow, state, level, add, blocked)
    flow.updated_at = utcnow()
    await session.flush()
    await session.commit()
    for turn in said:
        yield chat.TurnEvent("flow", reply=turn, client_turn=client_turn)
    yield chat.TurnEvent("done", level=str(level), client_turn=client_turn, reply=said[-1] if said else None,
                         ms=chat._ms(started))


async def _reflect(session: AsyncSession, client: Client, avail: chat.Availability, flow: CompanionFlow, step: Step,
                   answer: str, started: float, add: Any, blocked: dict[str, Any], *,
                   max_tokens: int | None = None) -> Any:
    """A model's one- or two-sentence acknowledgement of the answer, checked like every reply; when blocked, the
    blocked text goes with the next fixed step, for the clinician only; with no model, nothing."""
    plan = avail.offer.plan
    prepared = await chat.prepare_prompt(session, client, "companion.reflect", {
        "language": chat.LANGUAGE_IN_ENGLISH.get(flow.lang, "English"), "address": plan.address if plan else "informal",
        "exercise": EXERCISE_ENGLISH[flow.kind], "step": step.reflect, "answer": answer})
    if prepared is None:
        return
    await session.commit()  # nothing holds the database while the model writes
    check = checks.OutputCheck(flow.lang, plan.steer_topics if plan else None)
    out = chat.Generated()
    async for event in chat.generate(prepared, check, client.id, out, started=started, max_tokens=max_tokens):
        yield event
    if out.text is not None:
        await add(out.text, kind="reply", **out.fields(prepared, check))
    elif out.verdict is not None:
        yield chat.TurnEvent("replace", text="")
        blocked |= out.fields(prepared, check) | {"blocked_text": "".join(out.raw).strip() or None}


async def _next(session: AsyncSession, actor: Actor, client: Client, flow: CompanionFlow, state: dict[str, Any],
                level: Level, add: Any, blocked: dict[str, Any]) -> None:
    """After an answer: the next fixed step, the planned activity, or the finished record."""
    blocked_text = blocked.pop("blocked_text", None)

    async def fixed(text_: str, kind: str = "flow") -> None:
        turn = await add(text_, kind=kind, **blocked)
        if blocked_text:
            turn.blocked_text = blocked_text
        blocked.clear()

    steps = STEPS[flow.kind]
    if flow.kind == "behavioural-activation" and flow.step == PLANNED_AT:
        record = await _plan_activity(session, actor, client, flow, state, level)
        flow.status, flow.exercise_id = "waiting", record.id
        await fixed(say(flow.lang, "steps", flow.kind, "planned", activity=state["answers"]["activity"],
                        date=_day(state["answers"]["planned_for"], flow.lang)))
        return
    if flow.step < len(steps):
        if (cue := prompt(flow, state)) is not None:
            await fixed(cue)
        return
    record = await _finish(session, actor, client, flow, state, level)
    flow.status, flow.exercise_id, flow.completed_at = "done", record.id, utcnow()
    await fixed(say(flow.lang, "common", "done", title=title(flow.kind, flow.lang)), kind="flow_done")
    await _audit(session, actor, flow, "done", f"record={record.id}")


def _day(iso: str, lang: str) -> str:
    from babel.dates import format_date

    return format_date(date.fromisoformat(iso), format="long", locale=lang)


async def _plan_activity(session: AsyncSession, actor: Actor, client: Client, flow: CompanionFlow,
                         state: dict[str, Any], level: Level) -> Any:
    answers = state["answers"]
    data = ActivationPlanCreate(activity=answers["activity"], planned_for=answers["planned_for"],
                                mood_before=answers["mood_before"])
    record, _ = await service.record_exercise(session, actor, flow.kind, data, assigned=flow.assignment_id is not None,
                                              screened=_verdict(flow, level))
    await _complete_homework(session, actor, flow, record)
    return record


async def _finish(session: AsyncSession, actor: Actor, client: Client, flow: CompanionFlow, state: dict[str, Any],
                  level: Level) -> Any:
    """The exercise record, as the form would make it (the answers already screened turn by turn)."""
    from alliance.companion import roleplay

    a, screened, assigned = state["answers"], _verdict(flow, level), flow.assignment_id is not None
    if flow.kind == "behavioural-activation":
        record, _ = await service.complete_activation(
            session, actor, flow.exercise_id, ActivationDone(mood_after=a["mood_after"], note=a.get("note")),
            assigned=assigned, screened=screened)
        return record
    if flow.kind == "communication-practice":
        record = await service.save_practice(session, actor, client, roleplay.record(state), screened)
    else:
        data: Any
        if flow.kind == "thought-record":
            data = ThoughtRecordCreate(
                situation=a["situation"], automatic_thought=a["automatic_thought"],
                evidence_for=a.get("evidence_for"), evidence_against=a.get("evidence_against"),
                balanced_thought=a["balanced_thought"],
                emotions=[e | {"after": after} for e, after in zip(a["emotions"], a["rerate"], strict=True)])
        elif flow.kind == "paced-breathing":
            data = BreathingCreate(minutes=a["minutes"], tension_before=a.get("tension_before"),
                                   tension_after=a.get("tension_after"), note=a.get("note"))
        else:
            data = GroundingCreate(**{k: a[k] for k in ("see", "feel", "hear", "smell", "taste")})
        record, _ = await service.record_exercise(session, actor, flow.kind, data, assigned=assigned,
                                                  screened=screened)
    await _complete_homework(session, actor, flow, record)
    return record


async def _complete_homework(session: AsyncSession, actor: Actor, flow: CompanionFlow, record: Any) -> None:
    if flow.assignment_id is None:
        return
    from alliance.homework import service as homework_service

    await homework_service.complete_with_record(session, actor, flow.assignment_id, record)


async def my_flows(session: AsyncSession, actor: Actor) -> list[FlowRead]:
    """The client's flows not over yet, newest first (audited)."""
    client = await authorize(session, actor, Action.portal, service.portal_client_id(actor))
    rows = await open_flows(session, client.id)
    await audit.record(session, actor, "companion.flow.list", client_id=client.id, resource_type="companion_flow",
                       detail=f"open={len(rows)}")
    return [flow_read(f) for f in rows]


# --- what the portal shows --------------------------------------------------------------------------------------

@dataclass
class PortalFlows:
    """The chat page's exercise box: the flow under way, the ones left or waiting, and what can be started."""

    state: str
    active: FlowRead | None
    unfinished: list[FlowRead]
    startable: list[tuple[str, str]]  # (kind, title in the client's language)
    scenarios: list[Any]


async def portal_flows(session: AsyncSession, actor: Actor, client: Client) -> PortalFlows:
    """What the client's exercise box holds (audited as the flows' read)."""
    from alliance.companion import roleplay

    avail = await chat.availability(session, client)
    flows = await open_flows(session, client.id)
    kinds = await startable(session, client, avail)
    await audit.record(session, actor, "companion.flow.list", client_id=client.id, resource_type="companion_flow",
                       detail=f"open={len(flows)}")
    active = next((f for f in flows if f.status == "active"), None)
    return PortalFlows(
        state=avail.state, active=flow_read(active) if active else None,
        unfinished=[flow_read(f) for f in flows if f.status in ("stopped", "waiting")],
        startable=[(k, title(k, avail.offer.language)) for k in kinds],
        scenarios=await roleplay.list_scenarios(session, actor, client.id) if "communication-practice" in kinds
        else [])
