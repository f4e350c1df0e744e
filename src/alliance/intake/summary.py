"""The optional summary of a referral for the clinician: AI-drafted, each sentence linked to what it rests on.

A clinician asks for a draft on the referral's page; a background job (`intake.summary`, ids only) decrypts
the referral, numbers its evidence (each questionnaire total and answer, each yes/no safety answer, each
sentence of the person's words and of their safety details, the rules' tier and reasons), asks the model
through the gateway (purpose `summaries`, the practice's approved `intake.summary` prompt) and grounds every
sentence against that evidence with the session notes' grounding (alliance.notes.grounding): a sentence naming
a number, a measure or a risk that its evidence lacks, or that no evidence supports, is kept and marked. An
applicant is not a client and gives no AI consent yet, so the practice's model settings decide; an outside
provider gets the text redacted by the gateway. The summary never sets or changes a tier: only the rules and a
clinician do.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound, Unavailable
from alliance.intake import access
from alliance.intake.forms import INSTRUMENTS
from alliance.intake.models import Referral
from alliance.intake.schemas import RiskAnswers
from alliance.intake.summary_models import ReferralSummary
from alliance.measures.instruments import UnknownInstrument, get_instrument
from alliance.security import audit
from alliance.security.audit import Actor

log = logging.getLogger("alliance.intake")

PURPOSE = "summaries"
TEMPLATE = "intake.summary"
IN_PROGRESS = ("queued", "drafting")
MAX_SENTENCES = 14
SENTENCE_CHARS = 300
WORDS_CHARS = 3000  # of the person's words given to the model
KINDS = {
    "total": "Questionnaire total",
    "answer": "Answer",
    "question": "Safety question",
    "words": "Their words",
    "triage": "The triage rules",
}


class SummarySentence(BaseModel):
    """A sentence with the evidence it cites (a practice prompt may ask for this form)."""

    text: str = Field(max_length=SENTENCE_CHARS)
    evidence: list[str] = Field(default_factory=list, max_length=6)


class SentencesOut(BaseModel):
    """The model's answer when the prompt in use gives no output schema."""

    sentences: list[SummarySentence] = Field(default_factory=list, max_length=MAX_SENTENCES)


@dataclass
class SummaryJob:
    """What the model call needs, gathered in a transaction that ends before the model is asked."""

    summary_id: uuid.UUID
    referral_id: uuid.UUID
    evidence: list[dict[str, str]]
    variables: dict[str, Any]
    template: Any
    provider: str
    external: bool


# --- availability and asking --------------------------------------------------------------------------------


async def available(session: AsyncSession, practice_id: uuid.UUID) -> bool:
    """Whether the practice's gateway has a usable provider for summaries (configuration only, no call)."""
    from alliance.llm import service as llm_service
    from alliance.llm.errors import ModelUnavailable
    from alliance.llm.providers import get_provider

    name = (await llm_service.purpose_map(session, practice_id)).get(PURPOSE)
    if not name or name not in llm_service.providers():
        return False
    try:
        return bool(get_provider(name).status()[0])
    except ModelUnavailable:
        return False


async def request_summary(session: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralSummary:
    """Queue a draft (clinicians and supervisors); a second while one is being drafted is refused."""
    from alliance.intake import tasks
    from alliance.jobs.queue import enqueue_after_commit

    referral = await access.load(session, actor, referral_id, "intake.clinical")
    if not await available(session, referral.practice_id):
        raise Unavailable("No model is set up for summaries in this practice.")
    busy = await session.scalar(
        select(ReferralSummary.id)
        .where(ReferralSummary.referral_id == referral.id, ReferralSummary.status.in_(IN_PROGRESS))
        .limit(1)
    )
    if busy is not None:
        raise Conflict("A summary of this referral is already being drafted.")
    if not referral.text and not referral.answers:
        raise BadRequest("The referral has no answers or words to summarise.")
    now = utcnow()
    row = ReferralSummary(
        practice_id=referral.practice_id,
        referral_id=referral.id,
        created_by=actor.user_id,
        status="queued",
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.summary.request",
        resource_type="intake_summary",
        resource_id=row.id,
        detail=f"referral={referral.id}",
    )
    enqueue_after_commit(session, tasks.summary_task, str(row.id))
    return row


# --- the evidence -------------------------------------------------------------------------------------------


def evidence_items(referral: Referral, triage: Any) -> list[dict[str, str]]:
    """The numbered evidence: totals, answers, safety answers, sentences of the words, the rules' result."""
    from alliance.notes.transcripts import split_sentences

    items: list[dict[str, str]] = []

    def add(kind: str, text: str) -> None:
        items.append({"ref": f"E{len(items) + 1}", "kind": kind, "text": text})

    answers = referral.answers
    scores = access.scores(answers)
    order = {name: n for n, name in enumerate(INSTRUMENTS)}
    for inst_id, given in sorted(answers.items(), key=lambda kv: order.get(kv[0], 99)):
        try:
            inst = get_instrument(inst_id)
        except UnknownInstrument:
            continue
        score = scores.get(inst_id)
        if score is not None and score.total is not None:
            add(
                "total",
                f"{inst.short_name} total {score.total}" + (f" ({score.severity})" if score.severity else ""),
            )
        for item in inst.items:
            value = given.get(item.id)
            if value is None:
                continue
            label = next((o.text["en"] for o in inst.options_for(item) if o.score == value), "")
            number = item.id.split("_", 1)[-1].replace("_", " ")
            add(
                "answer",
                f"{inst.short_name} item {number}: {value}"
                + (f", {label}" if label else "")
                + f" (“{item.text['en']}”)",
            )
    risk = referral.risk
    for name, field in RiskAnswers.model_fields.items():
        if name != "details" and risk.get(name) is not None:
            add("question", f"{field.description}: {'yes' if risk[name] else 'no'}")
    for text in (referral.text or "", risk.get("details") or ""):
        for start, end in split_sentences(text):
            add("words", text[start:end])
    if triage is not None:
        add("triage", f"Tier set by the triage rules ({triage.rules_version}): {triage.tier}")
        for reason in triage.reasons:
            add("triage", reason.get("text") or "")
    return [i for i in items if i["text"].strip()]


def _variables(referral: Referral, triage: Any) -> dict[str, Any]:
    """The prompt's variables (intake.summary v1): words, screeners, the rules' tier and reasons, answers."""
    screeners, other = [], []
    for inst_id, score in access.scores(referral.answers).items():
        try:
            name = get_instrument(inst_id).short_name
        except UnknownInstrument:
            continue
        if score.total is not None:
            screeners.append({"name": name, "score": score.total, "band": score.severity or "no band"})
        for item_id, value in referral.answers[inst_id].items():
            if value:  # answers above zero; every answer stays evidence for the grounding
                other.append(f"{name} item {item_id.split('_', 1)[-1].replace('_', ' ')}: {value}")
    risk = referral.risk
    other += [
        f"{field.description}: {'yes' if risk[name] else 'no'}"
        for name, field in RiskAnswers.model_fields.items()
        if name != "details" and risk.get(name) is not None
    ]
    if risk.get("details"):
        other.append(f"About safety, in their words: {risk['details']}")
    return {
        "presenting_concerns": (referral.text or "(nothing written)")[:WORDS_CHARS],
        "screeners": screeners,
        "triage_tier": triage.tier if triage is not None else "not triaged",
        "triage_reasons": [r.get("text") or "" for r in (triage.reasons if triage is not None else [])],
        "history": "\n".join(other),
    }


# --- drafting (the job's steps) -----------------------------------------------------------------------------


async def start_drafting(session: AsyncSession, summary_id: str | uuid.UUID) -> SummaryJob | None:
    """Mark the summary drafting; gather the evidence, the prompt and the provider (None: nothing to do)."""
    from alliance.llm import service as llm_service

    row = await session.get(ReferralSummary, uuid.UUID(str(summary_id)))
    if row is None or row.status != "queued":
        return None
    system = Actor.system(row.practice_id)
    referral = await access.load(session, system, row.referral_id, "intake.clinical")
    triage = await access.latest_triage(session, referral.id)
    await audit.record(
        session,
        system,
        "intake.summary.draft",
        resource_type="intake_referral",
        resource_id=referral.id,
        detail=f"summary={row.id}",
    )
    evidence = evidence_items(referral, triage)
    template = await llm_service.effective_template(session, row.practice_id, TEMPLATE)
    choice = await llm_service.choose_provider(
        session, row.practice_id, PURPOSE
    )  # no client: no consent gate
    variables = _variables(referral, triage)
    row.status, row.triage_id = "drafting", triage.id if triage is not None else None
    row.content_json = json.dumps({"evidence": evidence, "sentences": []}, ensure_ascii=False)
    await session.flush()
    return SummaryJob(
        row.id,
        referral.id,
        evidence,
        {k: v for k, v in variables.items() if k in template.variables},
        template,
        choice.provider,
        choice.privacy == "external",
    )


def drafted_sentences(out: Any) -> list[tuple[str, str, list[str]]]:
    """(section, sentence, cited refs) from the model's answer: the v1 prompt's summary, concerns and
    screening (its suggested questions rest on no answer and are not kept), or sentences with evidence."""
    from alliance.notes.transcripts import split_sentences

    data = out.model_dump() if isinstance(out, BaseModel) else (out if isinstance(out, dict) else {})
    found: list[tuple[str, str, list[str]]] = []
    for s in data.get("sentences") or []:
        if isinstance(s, dict) and isinstance(s.get("text"), str):
            found.append(("summary", s["text"], [str(e).strip().upper() for e in s.get("evidence") or []]))
    for section in ("summary", "concerns", "screening"):
        value = data.get(section)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                found += [(section, text[a:b], []) for a, b in split_sentences(text)]
    return [(sec, text.strip()[:SENTENCE_CHARS], cited) for sec, text, cited in found if text.strip()][
        :MAX_SENTENCES
    ]


def ground(
    evidence: list[dict[str, str]], drafted: list[tuple[str, str, list[str]]]
) -> tuple[list[dict], str]:
    """Ground each drafted sentence in the evidence; the unsupported are kept, marked, with what they lack."""
    from alliance.notes.grounding import Grounder
    from alliance.notes.transcripts import Segment

    grounder = Grounder([Segment(id=e["ref"], text=e["text"]) for e in evidence])
    refs = {e["ref"] for e in evidence}
    sentences = []
    verdicts = grounder.ground_many([(text, cited) for _, text, cited in drafted])
    for (section, text, _), grounded in zip(drafted, verdicts, strict=True):
        linked = list(
            dict.fromkeys(e["segment"] if isinstance(e, dict) else str(e) for e in grounded.evidence)
        )
        sentences.append(
            {
                "text": text,
                "section": section,
                "supported": grounded.supported,
                "score": round(grounded.support_score, 3),
                "evidence": [r for r in linked if r in refs],
                "missing": grounded.detail.get("missing") or {},
            }
        )
    return sentences, grounder.mode


async def compose(job: SummaryJob, *, max_tokens: int | None = None) -> dict[str, Any]:
    """Ask the model (no database held), then ground every sentence against the evidence."""
    from alliance.llm import render, structured
    from alliance.llm.providers import get_provider

    out = await structured(
        render(job.template, job.variables),
        schema=job.template.output_schema or SentencesOut,
        purpose=PURPOSE,
        provider=job.provider,
        max_tokens=max_tokens or job.template.max_tokens,
        template=job.template,
        allow_external=job.external,
    )
    sentences, mode = ground(job.evidence, drafted_sentences(out))
    return {
        "sentences": sentences,
        "grounding": mode,
        "provider": job.provider,
        "model": get_provider(job.provider).model,
        "redacted": job.external,
        "prompt_id": job.template.id,
        "prompt_version": job.template.version,
    }


async def finish(
    session: AsyncSession, summary_id: str | uuid.UUID, result: dict[str, Any]
) -> ReferralSummary:
    """Store the grounded draft (sealed) and mark it a draft for the clinician to review."""
    row = await session.get(ReferralSummary, uuid.UUID(str(summary_id)))
    if row is None:
        raise NotFound("No such summary.")
    stored = json.loads(row.content_json or "{}")
    stored["sentences"] = result["sentences"]
    row.content_json = json.dumps(stored, ensure_ascii=False)
    row.status, row.grounding, row.redacted = "draft", result["grounding"], result["redacted"]
    row.provider, row.model = result["provider"], result["model"]
    row.prompt_id, row.prompt_version = result["prompt_id"], result["prompt_version"]
    await session.flush()
    log.info(
        "intake summary %s drafted for referral %s (%d sentences)",
        row.id,
        row.referral_id,
        len(result["sentences"]),
    )
    return row


async def fail(session: AsyncSession, summary_id: str | uuid.UUID, detail: str) -> None:
    """Mark the draft failed, with why (no PHI)."""
    row = await session.get(ReferralSummary, uuid.UUID(str(summary_id)))
    if row is not None:
        row.status, row.error = "failed", (detail or "failed")[:300]
        await session.flush()


async def draft_now(
    session: AsyncSession, summary_id: uuid.UUID, *, max_tokens: int | None = None
) -> ReferralSummary | None:
    """All three steps in one session (tests, and a caller without a job worker)."""
    from alliance.errors import AllianceError

    job = await start_drafting(session, summary_id)
    if job is None:
        return None
    try:
        result = await compose(job, max_tokens=max_tokens)
    except AllianceError as exc:
        await fail(session, summary_id, exc.detail)
        return await session.get(ReferralSummary, summary_id)
    return await finish(session, summary_id, result)


# --- reading and reviewing ----------------------------------------------------------------------------------


async def latest(session: AsyncSession, actor: Actor, referral_id: uuid.UUID) -> ReferralSummary | None:
    """The referral's newest summary, for clinicians and supervisors (audited when there is one)."""
    referral = await access.load(session, actor, referral_id, "intake.clinical")
    row = await session.scalar(
        select(ReferralSummary)
        .where(ReferralSummary.referral_id == referral.id)
        .order_by(ReferralSummary.created_at.desc())
        .limit(1)
    )
    if row is not None:
        await audit.record(
            session,
            actor,
            "intake.summary.read",
            resource_type="intake_summary",
            resource_id=row.id,
            detail=f"referral={referral.id}",
        )
    return row


async def mark_reviewed(
    session: AsyncSession, actor: Actor, referral_id: uuid.UUID, summary_id: uuid.UUID
) -> ReferralSummary:
    """A clinician or supervisor marks a draft reviewed (who and when are kept); the tier is not touched."""
    referral = await access.load(session, actor, referral_id, "intake.clinical")
    row = await session.get(ReferralSummary, summary_id)
    if row is None or row.referral_id != referral.id:
        raise NotFound("No such summary.")
    if row.status != "draft":
        raise Conflict("Only a drafted summary can be marked reviewed.")
    row.status, row.reviewed_by, row.reviewed_at = "reviewed", actor.user_id, utcnow()
    await session.flush()
    await audit.record(
        session,
        actor,
        "intake.summary.review",
        resource_type="intake_summary",
        resource_id=row.id,
        detail=f"referral={referral.id}",
    )
    return row


def view(row: ReferralSummary, latest_triage_id: uuid.UUID | None) -> dict[str, Any]:
    """The summary as the referral page shows it: each sentence with its evidence, and if it is current."""
    data = json.loads(row.content_json or "{}") if row.content_ct is not None else {}
    evidence = {e["ref"]: e for e in data.get("evidence") or []}
    sentences = [
        s | {"items": [evidence[r] for r in s.get("evidence") or [] if r in evidence]}
        for s in data.get("sentences") or []
    ]
    return {
        "id": row.id,
        "status": row.status,
        "sentences": sentences,
        "kinds": KINDS,
        "unsupported": sum(not s["supported"] for s in sentences),
        "grounding": row.grounding,
        "provider": row.provider,
        "model": row.model,
        "redacted": row.redacted,
        "error": row.error,
        "prompt": f"{row.prompt_id}@{row.prompt_version}" if row.prompt_id else None,
        "created_at": row.created_at,
        "reviewed_at": row.reviewed_at,
        "reviewed_by": row.reviewed_by,
        "out_of_date": row.triage_id is not None
        and latest_triage_id is not None
        and row.triage_id != latest_triage_id,
    }
