"""The between-session summary: what a client brought to the companion since the last session, for their clinician.

A clinician asks for a draft ("Draft summary" on the client's Companion area, or the API); a background job
(`companion.summary`) reads the conversation since the last session (or the last 14 days when there was none),
asks the model through the gateway (purpose `summaries`, the practice's approved `companion.summary` prompt, the
consent-checked provider) for short sentences that each cite the turns they rest on, and grounds every sentence
against those turns with the session notes' grounding (alliance.notes.grounding): a sentence the turns do not
support is kept, marked, for the clinician to check. The summary is stored encrypted with its evidence, shown to
the client's clinicians only, marked AI-drafted until a clinician marks it reviewed. Facts beside it (messages,
alerts, blocked replies) come from the records, never from the model.
"""

from __future__ import annotations

import json
import logging
import uuid
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.companion.models import CompanionPlan, CompanionSummary, CompanionTurn
from alliance.consent import service as consent_service
from alliance.consent.models import Feature
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

log = logging.getLogger("alliance.companion")

PURPOSE = "summaries"
TEMPLATE = "companion.summary"
WINDOW_DAYS = 14  # without an earlier session, the summary covers this many days
MAX_TURNS = 60  # the most recent turns of the window that the model reads (the embedded model's context)
TURN_CHARS = 400  # of each turn
MAX_SENTENCES = 6
SENTENCE_CHARS = 200
READ_KINDS = ("message", "reply", "fallback")  # crisis responses and notices are the app's own words
IN_PROGRESS = ("queued", "drafting")


class SummarySentence(BaseModel):
    """One sentence of the model's answer, with the ids of the turns it rests on."""

    text: str = Field(max_length=SENTENCE_CHARS)
    evidence: list[str] = Field(default_factory=list, max_length=6)


class SummaryOut(BaseModel):
    """The model's answer."""

    sentences: list[SummarySentence] = Field(default_factory=list, max_length=MAX_SENTENCES)


@dataclass
class SummaryJob:
    """What the model call needs, gathered in a transaction that ends before the model is asked."""

    summary_id: uuid.UUID
    client_id: uuid.UUID
    segments: list[Any]
    turn_ids: dict[str, str]  # segment id (T<seq>) -> turn id
    variables: dict[str, Any]
    template: Any
    provider: str
    external: bool


# The gateway's record of the call (provider, model) is caught for the summary that made it.
_calls: ContextVar[list | None] = ContextVar("companion_summary_calls", default=None)


def _catch_call(record: Any) -> None:
    holder = _calls.get()
    if holder is not None and record.purpose == PURPOSE:
        holder.append(record)


def _install_catcher() -> None:
    from alliance.llm.records import add_call_sink

    add_call_sink(_catch_call)


_install_catcher()


# --- asking for a summary -----------------------------------------------------------------------------------------

async def window(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                 now: datetime | None = None) -> tuple[datetime, bool]:
    """The start of the window: the last session that has begun (not cancelled), else WINDOW_DAYS ago."""
    from alliance.appointments import service as appointments

    now = now or utcnow()
    for appt in await appointments.list_appointments(session, actor, client_id):  # newest first
        if appt.starts_at <= now and appt.status not in ("cancelled", "no_show"):
            return appt.starts_at, True
    return now - timedelta(days=WINDOW_DAYS), False


async def _window_turns(session: AsyncSession, client_id: uuid.UUID, since: datetime,
                        until: datetime) -> list[CompanionTurn]:
    rows = (await session.execute(select(CompanionTurn).where(
        CompanionTurn.client_id == client_id, CompanionTurn.created_at >= since, CompanionTurn.created_at <= until)
        .order_by(CompanionTurn.seq.desc()).limit(MAX_TURNS * 2))).scalars().all()
    return list(reversed(rows))


async def request_summary(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> CompanionSummary:
    """Queue a draft of the summary (a treating clinician, with the client's companion consent)."""
    from alliance.companion import tasks
    from alliance.jobs.queue import enqueue_after_commit

    client = await authorize(session, actor, Action.clinical_write, client_id)
    await consent_service.require_consent(session, client.id, Feature.ai_companion)
    busy = await session.scalar(select(CompanionSummary.id).where(
        CompanionSummary.client_id == client.id, CompanionSummary.status.in_(IN_PROGRESS)).limit(1))
    if busy is not None:
        raise Conflict("A summary is already being drafted for this client.")
    now = utcnow()
    since, from_session = await window(session, actor, client.id, now)
    turns = [t for t in await _window_turns(session, client.id, since, now) if t.kind in READ_KINDS]
    if not any(t.role == "client" for t in turns):
        when = "the last session" if from_session else f"the last {WINDOW_DAYS} days"
        raise BadRequest(f"The client has not written to the companion since {when}: there is nothing to summarise.")
    row = CompanionSummary(practice_id=client.practice_id, client_id=client.id, created_by=actor.user_id,
                           status="queued", since=since, until=now, since_session=from_session,
                           turn_count=len(turns), created_at=now, updated_at=now)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "companion.summary.request", client_id=client.id,
                       resource_type="companion_summary", resource_id=row.id, detail=f"turns={len(turns)}")
    enqueue_after_commit(session, tasks.summary_task, str(row.id))
    return row


# --- drafting (the job's steps) -----------------------------------------------------------------------------------

def _facts(turns: list[CompanionTurn]) -> dict[str, int]:
    return {"messages": sum(t.role == "client" for t in turns),
            "alerts": sum(t.role == "client" and t.alert_id is not None for t in turns),
            "blocked": sum(bool(t.blocked) for t in turns)}


async def start_drafting(session: AsyncSession, summary_id: str | uuid.UUID) -> SummaryJob | None:
    """Mark the summary as drafting and gather the turns, the prompt and the provider (None: nothing to do)."""
    from alliance.llm import service as llm_service
    from alliance.notes.transcripts import Segment

    row = await session.get(CompanionSummary, uuid.UUID(str(summary_id)))
    # "drafting": the job is run again because its worker died mid-draft (jobs/reliable.py); draft it again.
    if row is None or row.status not in IN_PROGRESS:
        return None
    all_turns = await _window_turns(session, row.client_id, row.since, row.until)
    turns = [t for t in all_turns if t.kind in READ_KINDS][-MAX_TURNS:]
    segments = [Segment(id=f"T{t.seq}", speaker="client" if t.role == "client" else "unknown",
                        label="Client" if t.role == "client" else "Companion", text=(t.text or "")[:TURN_CHARS])
                for t in turns if (t.text or "").strip()]
    plan = await session.scalar(select(CompanionPlan).where(CompanionPlan.client_id == row.client_id)
                                .order_by(CompanionPlan.version.desc()).limit(1))
    template = await llm_service.effective_template(session, row.practice_id, TEMPLATE)
    choice = await llm_service.choose_provider(session, row.practice_id, PURPOSE, row.client_id)
    variables = {"turns": [{"id": s.id, "speaker": s.label, "text": s.text} for s in segments],
                 "focus": (plan.focus or "") if plan else "", "max_sentences": MAX_SENTENCES}
    row.status = "drafting"
    row.content_json = json.dumps({"facts": _facts(all_turns), "sentences": []})
    await session.flush()
    return SummaryJob(row.id, row.client_id, segments, {f"T{t.seq}": str(t.id) for t in turns},
                      {k: v for k, v in variables.items() if k in template.variables}, template, choice.provider,
                      choice.privacy == "external")


def _segment_id(item: Any) -> str:
    return item["segment"] if isinstance(item, dict) else str(item)


async def compose(job: SummaryJob, *, max_tokens: int | None = None) -> dict[str, Any]:
    """Ask the model (no database held), then ground every sentence against the turns it cites."""
    from alliance.llm import render, structured
    from alliance.notes.grounding import Grounder

    calls: list[Any] = []
    token = _calls.set(calls)
    try:
        out = await structured(render(job.template, job.variables), schema=SummaryOut, purpose=PURPOSE,
                               provider=job.provider, max_tokens=max_tokens or job.template.max_tokens,
                               template=job.template, client_id=str(job.client_id), allow_external=job.external)
    finally:
        _calls.reset(token)
    drafted = [(s.text.strip(), [e.strip().upper() for e in s.evidence]) for s in out.sentences if s.text.strip()]
    grounder = Grounder(job.segments)
    sentences = []
    for (text, cited), grounded in zip(drafted, grounder.ground_many(drafted), strict=True):
        evidence = list(dict.fromkeys(_segment_id(e) for e in grounded.evidence))
        sentences.append({"text": text, "cited": cited, "supported": grounded.supported,
                          "score": round(grounded.support_score, 3),
                          "evidence": [{"ref": ref, "turn_id": job.turn_ids[ref]} for ref in evidence
                                       if ref in job.turn_ids]})
    call = calls[-1] if calls else None
    return {"sentences": sentences, "grounding": grounder.mode,
            "provider": call.provider if call else job.provider, "model": call.model if call else None,
            "prompt_id": job.template.id, "prompt_version": job.template.version}


async def finish(session: AsyncSession, summary_id: str | uuid.UUID, result: dict[str, Any]) -> CompanionSummary:
    """Store the grounded draft (encrypted) and mark it ready."""
    row = await session.get(CompanionSummary, uuid.UUID(str(summary_id)))
    if row is None:
        raise NotFound("No such summary.")
    content = json.loads(row.content_json or "{}")
    content["sentences"] = result["sentences"]
    row.content_json = json.dumps(content, ensure_ascii=False)
    row.status, row.grounding = "ready", result["grounding"]
    row.provider, row.model = result["provider"], result["model"]
    row.prompt_id, row.prompt_version = result["prompt_id"], result["prompt_version"]
    await session.flush()
    log.info("companion summary %s drafted for client %s (%d sentences)", row.id, row.client_id,
             len(result["sentences"]))
    return row


async def fail(session: AsyncSession, summary_id: str | uuid.UUID, detail: str) -> None:
    """Mark the draft failed, with why (no client text)."""
    row = await session.get(CompanionSummary, uuid.UUID(str(summary_id)))
    if row is not None:
        row.status, row.error = "failed", (detail or "failed")[:300]
        await session.flush()


async def draft_now(session: AsyncSession, summary_id: uuid.UUID, *, max_tokens: int | None = None
                    ) -> CompanionSummary | None:
    """All three steps in one session (tests, and a caller without a job worker)."""
    from alliance.errors import AllianceError

    job = await start_drafting(session, summary_id)
    if job is None:
        return None
    try:
        result = await compose(job, max_tokens=max_tokens)
    except AllianceError as exc:
        await fail(session, summary_id, exc.detail)
        return await session.get(CompanionSummary, summary_id)
    return await finish(session, summary_id, result)


# --- reading and reviewing ----------------------------------------------------------------------------------------

async def latest(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> CompanionSummary | None:
    """The client's newest summary, for their clinicians (audited when there is one)."""
    client = await authorize(session, actor, Action.clinical_read, client_id)
    row = await session.scalar(select(CompanionSummary).where(CompanionSummary.client_id == client.id)
                               .order_by(CompanionSummary.created_at.desc()).limit(1))
    if row is not None:
        await audit.record(session, actor, "companion.summary.read", client_id=client.id,
                           resource_type="companion_summary", resource_id=row.id)
    return row


async def mark_reviewed(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                        summary_id: uuid.UUID) -> CompanionSummary:
    """A treating clinician marks a drafted summary as reviewed (who and when are kept)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    row = await session.get(CompanionSummary, summary_id)
    if row is None or row.client_id != client.id:
        raise NotFound("No such summary.")
    if row.status != "ready":
        raise Conflict("Only a drafted summary can be marked reviewed.")
    row.reviewed_by, row.reviewed_at = actor.user_id, utcnow()
    await session.flush()
    await audit.record(session, actor, "companion.summary.review", client_id=client.id,
                       resource_type="companion_summary", resource_id=row.id)
    return row


def content(row: CompanionSummary) -> dict[str, Any]:
    """The stored draft: {"facts": {...}, "sentences": [{"text", "supported", "evidence": [{"ref", "turn_id"}]}]}."""
    return json.loads(row.content_json or "{}") if row.content_ct is not None else {}


def summary_read(row: CompanionSummary) -> Any:
    """The summary as its clinicians read it."""
    from alliance.companion.schemas import SummaryRead

    data = content(row)
    return SummaryRead(
        id=row.id, client_id=row.client_id, status=row.status, since=row.since, until=row.until,
        since_session=row.since_session, turn_count=row.turn_count, facts=data.get("facts") or {},
        sentences=data.get("sentences") or [], grounding=row.grounding, provider=row.provider, model=row.model,
        prompt=f"{row.prompt_id}@{row.prompt_version}" if row.prompt_id else None, error=row.error,
        created_at=row.created_at, reviewed_at=row.reviewed_at, reviewed_by=row.reviewed_by)
