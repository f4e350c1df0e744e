"""The AI draft's pages: "Draft with AI" queues the job; the draft page shows its progress while the model
works (polled by HTMX, a reload link without JavaScript), then every drafted item with the records it rests on
and "no support" marked; the clinician accepts, edits or rejects each item, and the accepted ones go into a
draft plan.
"""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from alliance.clients.models import Client
from alliance.errors import BadRequest
from alliance.homework.schemas import KINDS as HOMEWORK_KINDS
from alliance.plans import drafts, forms, service
from alliance.plans.models import DRAFT_BUSY
from alliance.plans.schemas import COMPARISONS, DraftDecisions, PlanDraft
from alliance.security.audit import Actor
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

KIND_LABELS = {"note_sentence": "Session note", "score": "Score", "intake_answer": "Intake answer",
               "homework": "Homework", "checkin": "Check-in"}
# Who wrote a drafted item, in words (schemas.DraftSource); an item the clinician edits is theirs.
SOURCE_WORDS = {"model": "Written by the AI model from the record", "rule": "Taken from the record by rule",
                "template": "From a plan template", "clinician": "Edited by you: yours now"}
# The fields an edit may change, per kind of item (form field names).
FIELDS = {"problem": ("text", "code_system", "code"), "goal": ("client_words", "clinical"),
          "objective": ("text", "measure", "comparison", "target", "step", "by"),
          "intervention": ("modality", "frequency", "sessions", "who", "text")}


def items(draft: PlanDraft) -> list[dict[str, Any]]:
    """Every drafted item with its key, kind, the fields to edit and its evidence, in reading order."""
    out: list[dict[str, Any]] = []
    for n, p in enumerate(draft.problems):
        out.append({"key": f"problem-{n}", "kind": "problem", "item": p,
                    "values": {"text": p.text, "code_system": p.code_system or "", "code": p.code or ""}})
    for n, g in enumerate(draft.goals):
        out.append({"key": f"goal-{n}", "kind": "goal", "item": g,
                    "values": {"client_words": g.text, "clinical": g.clinical or ""}})
        for m, o in enumerate(g.objectives):
            out.append(
                {
                    "key": f"goal-{n}-objective-{m}",
                    "kind": "objective",
                    "item": o,
                    "goal_key": f"goal-{n}",
                    "values": {
                        "text": o.text,
                        "measure": o.measure or "",
                        "comparison": o.comparison or "",
                        "target": f"{o.target:g}" if o.target is not None else "",
                        "step": str(o.step or ""),
                        "by": o.by.isoformat() if o.by else "",
                    },
                }
            )
    for n, i in enumerate(draft.interventions):
        out.append({"key": f"intervention-{n}", "kind": "intervention", "item": i,
                    "values": {"modality": i.modality, "frequency": i.frequency or "",
                               "sessions": str(i.sessions or ""), "who": "", "text": i.text or "",
                               "homework": list(i.homework)}})
    return out


async def _page(request: Request, session, actor: Actor, draft_id: uuid.UUID, *,  # noqa: ANN001
                flash: str | None = None, typed: dict | None = None) -> Response:
    row = await drafts.get_draft(session, actor, draft_id)
    client = await session.get(Client, row.client_id)
    read = drafts.draft_read(row)
    plans = [p for p in await service.list_plans(session, actor, row.client_id) if p.status == "draft"]
    context: dict[str, Any] = {
        "row": row,
        "read": read,
        "client": client,
        "busy": row.status in DRAFT_BUSY,
        "flash": flash,
        "flash_kind": "error" if flash else None,
        "typed": typed or {},
        "draft_plans": plans,
        "kind_labels": KIND_LABELS,
        "source_words": SOURCE_WORDS,
        "measures": forms.measure_choices(),
        "comparisons": list(COMPARISONS.items()),
        "homework_kinds": {k: v[0] for k, v in HOMEWORK_KINDS.items()},
    }
    if read.draft is not None:
        with_evidence, total = drafts.coverage(read.draft)
        context |= {"items": items(read.draft), "with_evidence": with_evidence, "total": total,
                    "url": lambda ev: drafts.evidence_url(row.client_id, ev)}
    return render(request, "plans/draft.html", context, status_code=400 if flash else 200)


@router.post("/clients/{client_id}/plans/drafts")
async def request_draft(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Queue the AI draft and open its page, which shows the progress."""
    row = await drafts.request_draft(session, actor, client_id)
    return RedirectResponse(f"/plans/drafts/{row.id}", status_code=303)


@router.get("/plans/drafts/{draft_id}")
async def draft_page(request: Request, draft_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The draft: its progress while the model works, then each item to accept, edit or reject."""
    return await _page(request, session, actor, draft_id)


@router.get("/plans/drafts/{draft_id}/progress")
async def draft_progress(request: Request, draft_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The progress block (HTMX polls it); once the draft is ready it tells the browser to load the full page.
    """
    row = await drafts.get_draft(session, actor, draft_id)
    if row.status not in DRAFT_BUSY:
        return Response("Ready.", headers={"HX-Refresh": "true"})
    return render(request, "plans/_draft_progress.html", {"row": row})


def _decisions(form, keys: list[dict[str, Any]]) -> tuple[DraftDecisions, dict]:  # noqa: ANN001
    decisions: dict[str, str] = {}
    edits: dict[str, dict[str, Any]] = {}
    typed: dict[str, Any] = {}
    for it in keys:
        key = it["key"]
        choice = str(form.get(f"{key}-decision") or "reject")
        decisions[key] = choice if choice in ("accept", "edit", "reject") else "reject"
        values = {f: str(form.get(f"{key}-{f}") or "").strip() for f in FIELDS[it["kind"]]}
        if it["kind"] == "intervention":
            values["homework"] = [v for v in form.getlist(f"{key}-homework") if isinstance(v, str)]
        typed[key] = {"decision": decisions[key], **values}
        if decisions[key] == "edit":
            edits[key] = {k: (v if v != "" else None) for k, v in values.items()}
    plan = str(form.get("plan_id") or "")
    try:
        data = DraftDecisions(decisions=decisions, edits=edits, plan_id=uuid.UUID(plan) if plan else None)
    except ValueError as exc:
        raise BadRequest("Choose the plan to add the items to.") from exc
    return data, typed


@router.post("/plans/drafts/{draft_id}/apply")
async def apply(request: Request, draft_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """Put the accepted and edited items into a draft plan; a mistake comes back with the decisions as made.
    """
    form = await request.form()
    row = await drafts.get_draft(session, actor, draft_id, write=True)
    draft = drafts.draft_read(row).draft
    keys = items(draft) if draft is not None else []
    typed: dict = {}
    try:
        data, typed = _decisions(form, keys)
        plan = await drafts.apply_draft(session, actor, draft_id, data)
    except BadRequest as exc:
        return await _page(request, session, actor, draft_id, flash=exc.detail, typed=typed)
    return RedirectResponse(f"/plans/{plan.id}?saved=applied", status_code=303)
