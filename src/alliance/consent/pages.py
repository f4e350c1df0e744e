"""Pages: consent documents (admins)."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from alliance.consent import service
from alliance.consent.models import Feature
from alliance.consent.schemas import DocumentCreate
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)


@router.get("/admin/consent")
async def consent_page(request: Request, actor: CurrentActor, session: DB) -> Response:
    """Every version of the practice's consent forms, and a form to publish a new one."""
    require_role(actor, "admin", action="consent.document.read")
    docs = await service.list_documents(session, actor.practice_id)
    return render(request, "admin_consent.html", {"documents": docs, "features": list(Feature)})


@router.post("/admin/consent")
async def consent_publish(request: Request, actor: CurrentActor, session: DB, feature: str = Form(max_length=40),
                          title: str = Form(max_length=200), body: str = Form(max_length=50_000)) -> Response:
    """Publish a new version."""
    try:
        data = DocumentCreate(feature=feature, title=title, body=body)
    except ValidationError as exc:
        docs = await service.list_documents(session, actor.practice_id)
        return render(request, "admin_consent.html", {
            "documents": docs, "features": list(Feature), "flash_kind": "error",
            "flash": "; ".join(e["msg"] for e in exc.errors())}, status_code=400)
    await service.publish_document(session, actor, data)
    return RedirectResponse("/admin/consent", status_code=303)
