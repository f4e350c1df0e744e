"""Pages of the pre-session brief: the Brief area of the client workspace, the brief of one session (a page of
its own, or the section the session page loads into itself), its PDF, and the records its statements link to
that have no page elsewhere (a check-in, a diary night, an exposure step, an activity, a homework completion).

Thin: brief/service.py gathers, brief/pdf.py prints. Every view and download is audited there."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from alliance.appointments import service as appointments_service
from alliance.brief import pdf, service
from alliance.brief.schemas import BriefRead
from alliance.errors import NotFound
from alliance.homework import charts
from alliance.homework import service as homework_service
from alliance.homework.schemas import EMOTIONS, SLEEP_QUALITY
from alliance.practices.models import Practice
from alliance.security.audit import Actor
from alliance.web import panels
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)

panels.client_area("brief", "Brief", 5)


def _charts(brief: BriefRead, key: str) -> dict[str, Any]:
    """The mood and sleep-efficiency charts of the period (the Homework area's charts, over these days)."""
    c, s = brief.checkins, brief.sleep
    mood = charts.build(f"{key}-mood", "Mood check-ins", [charts.Line("Mood (0-10)", c.points)], lo=0, hi=10,
                        step=2, y_label="Mood, 0 very low to 10 very good",
                        summary=f"the day's mean on {len(c.points)} day(s)") if c.points else None
    sleep = charts.build(f"{key}-sleep", "Sleep efficiency", [charts.Line("Sleep efficiency (%)", s.points)],
                         lo=0, hi=100, step=20, y_label="Total sleep / time in bed, %",
                         summary=f"{len(s.points)} night(s)") if s.points else None
    return {"checkins": mood, "sleep": sleep}


def context(brief: BriefRead, *, key: str = "brief", level: int = 2, pdf_href: str,
            page_href: str | None = None) -> dict[str, Any]:
    """What templates/brief/_brief.html needs."""
    return {"b": brief, "sections": pdf.sections(brief), "charts": _charts(brief, key), "key": key,
            "h": level, "pdf_href": pdf_href, "page_href": page_href}


@panels.client_panel(10, area="brief")
async def client_brief_panel(session, actor: Actor, client,  # noqa: ANN001
                             actions: set[str]) -> panels.Panel:
    """The brief since the last session, on the client's workspace."""
    if "clinical.read" not in actions:
        return panels.Panel("brief/_not_clinical.html", {})
    brief = await service.build(session, actor, client.id)
    return panels.Panel("brief/_brief.html", context(brief, pdf_href=f"/clients/{client.id}/brief.pdf"))


async def _pdf(session, actor: Actor, brief: BriefRead, name: str) -> Response:  # noqa: ANN001
    practice = await session.get(Practice, actor.practice_id)
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(pdf.render(brief, practice.name if practice else ""), media_type="application/pdf",
                    headers=headers)


@router.get("/clients/{client_id}/brief.pdf")
async def client_brief_pdf(client_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The client's brief as a PDF (audited as an export)."""
    brief = await service.build(session, actor, client_id, audit_action="brief.export.pdf")
    return await _pdf(session, actor, brief, f"brief-{str(client_id)[:8]}.pdf")


@router.get("/appointments/{appointment_id}/brief")
async def appointment_brief(request: Request, appointment_id: uuid.UUID, actor: CurrentActor,
                            session: DB) -> Response:
    """The brief before one session: a page of its own, or the section the session page loads (HTMX)."""
    appt = await appointments_service.get_appointment(session, actor, appointment_id)
    brief = await service.build(session, actor, appt.client_id, appointment=appt)
    ctx = context(brief, pdf_href=f"/appointments/{appt.id}/brief.pdf",
                  page_href=f"/appointments/{appt.id}/brief")
    if request.headers.get("HX-Request"):
        return render(request, "brief/_brief.html", {"ctx": ctx})
    return render(request, "brief/page.html", {"ctx": ctx, "appt": appt})


@router.get("/appointments/{appointment_id}/brief.pdf")
async def appointment_brief_pdf(appointment_id: uuid.UUID, actor: CurrentActor, session: DB) -> Response:
    """The brief before one session as a PDF (audited as an export)."""
    appt = await appointments_service.get_appointment(session, actor, appointment_id)
    brief = await service.build(session, actor, appt.client_id, appointment=appt,
                                audit_action="brief.export.pdf")
    return await _pdf(session, actor, brief, f"brief-{appt.starts_at:%Y-%m-%d}-{str(appt.client_id)[:8]}.pdf")


@router.get("/clients/{client_id}/brief/records/{kind}/{record_id}")
async def record_page(request: Request, client_id: uuid.UUID, kind: str, record_id: uuid.UUID,
                      actor: CurrentActor, session: DB) -> Response:
    """One record a brief statement comes from: a homework completion or a tool's row (audited read)."""
    client = await service.record_page_client(session, actor, client_id)
    ctx: dict[str, Any] = {"client": client, "kind": kind, "emotions": EMOTIONS, "quality": SLEEP_QUALITY}
    if kind == "entry":
        row, entry = await homework_service.get_entry(session, actor, record_id)
        if row.client_id != client.id:
            raise NotFound("No such record.")
        ctx |= {"e": entry, "title": entry.title, "row": row}
    else:
        row, situation = await service.tool_record(session, actor, client.id, kind, record_id)
        ctx |= {"row": row, "situation": situation, "title": RECORD_TITLES.get(kind, kind)}
    return render(request, "brief/record.html", ctx)


RECORD_TITLES = {"check-in": "Mood check-in", "sleep-diary": "Sleep diary night", "exposure": "Exposure step",
                 "activity-log": "Activity"}
