"""Exports of a treatment plan: PDF for the record (reportlab, as notes/export.py) and the FHIR CarePlan; and
the import of a CarePlan from an EHR as a new draft. Every export and import is audited.
"""

from __future__ import annotations

import io
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.clients.models import Client
from alliance.notes.export import _para, _when
from alliance.plans import fhir, progress, service
from alliance.plans.models import TreatmentPlan, TreatmentPlanRevision
from alliance.plans.schemas import PlanCreate, PlanProgress
from alliance.practices.models import Practice
from alliance.security import audit
from alliance.security.audit import Actor

STATUS_WORDS = {"met": "met", "on_track": "on track", "not_on_track": "not on track", "no_data": "no data",
                "not_measured": "not measured"}


def render_pdf(
    plan: TreatmentPlan,
    client: Client,
    practice: Practice,
    revisions: list[TreatmentPlanRevision],
    prog: PlanProgress | None,
) -> bytes:
    """The plan as a PDF: letterhead, client, problems, goals with objectives and progress, interventions, who
    does what, dates, signature, acknowledgement and the history of versions. Times in the practice's zone.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import inch
    from reportlab.platypus import HRFlowable, SimpleDocTemplate, Spacer

    content = service.content_of(plan)
    styles = getSampleStyleSheet()
    body, h1, h2, h3, small = (styles["BodyText"], styles["Title"], styles["Heading3"], styles["Heading4"],
                               styles["Italic"])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch, title=content.title,
                            author=plan.signed_name or "", creator="Alliance")
    zone = practice.timezone
    by_objective = {o.objective_id: o for o in (prog.objectives if prog else [])}
    story: list[Any] = [
        _para(practice.name, h1), HRFlowable(width="100%", color=colors.grey), Spacer(1, 6),
        _para(f"Client: {client.full_name}    Date of birth: {client.date_of_birth}", body),
        _para(f"{content.title}    Status: {plan.status}    Version: {plan.version}", body),
        _para(f"Start: {content.starts_on or '—'}    Next review: {content.review_on or '—'}", body),
        Spacer(1, 8), _para("Problems", h2),
    ]
    for p in content.problems or []:
        story.append(_para(f"• {p.text}" + (f" ({p.code_system} {p.code})" if p.code else ""), body))
    if not content.problems:
        story.append(_para("—", body))
    story.append(_para("Goals and objectives", h2))
    for n, g in enumerate(content.goals, start=1):
        story.append(_para(f"Goal {n}", h3))
        if g.client_words:
            story.append(_para(f"In the client's words: “{g.client_words}”", body))
        if g.clinical:
            story.append(_para(f"Clinical terms: {g.clinical}", body))
        for o in g.objectives:
            line = f"– {o.text}"
            if o.kind != "not_measured" and o.comparison and o.target is not None:
                line += f" [{progress.label(o)}]"
            p = by_objective.get(o.id)
            if p is not None and p.status != "not_measured":
                line += f" — {STATUS_WORDS[p.status]}"
                if p.current is not None:
                    line += f"; latest {p.current:g} on {p.current_on}"
                    if p.baseline is not None:
                        line += f" (baseline {p.baseline:g} on {p.baseline_on})"
            story.append(_para(line, body))
    story.append(_para("Interventions", h2))
    for i in content.interventions:
        bits = [i.modality] + [
            x for x in (i.frequency, f"{i.sessions} sessions" if i.sessions else None) if x
        ]
        story.append(_para("• " + ", ".join(bits), body))
        if i.homework:
            story.append(_para("Homework: " + ", ".join(i.homework), body))
        if i.who:
            story.append(_para(f"Who: {i.who}", body))
        if i.text:
            story.append(_para(i.text, body))
    if content.responsibilities:
        story += [_para("Who does what", h2), _para(content.responsibilities, body)]
    story += [Spacer(1, 12), HRFlowable(width="100%", color=colors.grey)]
    if plan.signed_at:
        story += [_para("Electronically signed", h2), _para(f"Signed by: {plan.signed_name or ''}", body),
                  _para(f"Credentials: {plan.signed_credentials or ''}", body),
                  _para(f"Signed at: {_when(plan.signed_at, zone)}", body)]
        if plan.cosigned_at:
            story += [_para("Co-signed by the supervisor", h2),
                      _para(f"Co-signed by: {plan.cosigned_name or ''}", body),
                      _para(f"Credentials: {plan.cosigned_credentials or ''}", body),
                      _para(f"Co-signed at: {_when(plan.cosigned_at, zone)}", body)]
        elif plan.cosign_by:
            story.append(_para("Awaiting the supervisor's co-signature.", h2))
        ack = (
            f"Acknowledged by the client (version {plan.acknowledged_version}) at "
            f"{_when(plan.acknowledged_at, zone)}"
            if plan.acknowledged_at
            else "Not acknowledged by the client."
        )
        story.append(_para(ack, body))
    else:
        story.append(_para("Not signed: this is a draft, not part of the record.", h2))
    if plan.origin == "ai_draft":
        story.append(
            _para(
                "Items drafted with AI assistance from the record, accepted or edited by the clinician.",
                small,
            )
        )
    for r in revisions:
        if r.kind == "signed":
            continue
        story += [Spacer(1, 8), _para(f"Version {r.version}: {r.kind}, {_when(r.created_at, zone)}, by "
                                      f"{r.author_name or ''}, {r.author_credentials or ''}", h3),
                  _para(("Reason: " if r.kind == "amendment" else "Review: ") + (r.reason or ""), body)]
    if prog is not None:
        story += [Spacer(1, 8), _para(f"Progress computed on {prog.on}: {prog.rule}", small)]
    doc.build(story)
    return buf.getvalue()


async def export_pdf(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> tuple[str, bytes]:
    """(file name, PDF bytes) of a plan with its progress and history; audited as an export."""
    plan = await service.get_plan(session, actor, plan_id, audited=None)
    client = await session.get(Client, plan.client_id)
    practice = await session.get(Practice, plan.practice_id)
    revisions = await service.history(session, actor, plan.id)
    prog = await progress.plan_progress(session, actor, plan)
    await audit.record(
        session,
        actor,
        "plans.export.pdf",
        client_id=plan.client_id,
        resource_type="treatment_plan",
        resource_id=plan.id,
    )
    name = f"treatment-plan-{str(plan.id)[:8]}-v{plan.version}.pdf"
    return name, render_pdf(plan, client, practice, revisions, prog)  # type: ignore[arg-type]


async def export_fhir(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> dict[str, Any]:
    """The plan as a FHIR R4 CarePlan; audited as an export."""
    plan = await service.get_plan(session, actor, plan_id, audited=None)
    await audit.record(session, actor, "plans.export.fhir", client_id=plan.client_id,
                       resource_type="treatment_plan", resource_id=plan.id)
    return fhir.care_plan(plan, service.content_of(plan))


async def import_fhir(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: Any) -> TreatmentPlan:
    """A CarePlan from an EHR becomes a draft plan for the client (the clinician reviews and signs it)."""
    await service.authorize_write(session, actor, client_id)
    content = fhir.content_from_care_plan(data)
    return await service.create_plan(
        session, actor, client_id, PlanCreate(content=content), origin="fhir_import"
    )
