"""Pages: the audit log viewer (admins)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select

from alliance.accounts.models import User
from alliance.security import audit
from alliance.security.authz import require_role
from alliance.web.deps import DB, CurrentActor
from alliance.web.templates import render

router = APIRouter(include_in_schema=False)


@router.get("/admin/audit")
async def audit_page(request: Request, actor: CurrentActor, session: DB,
                     client_id: str | None = Query(default=None, max_length=80),
                     action: str | None = Query(default=None, max_length=80),
                     before_seq: int | None = Query(default=None, ge=1, le=2**62)) -> Response:
    """Newest audit events, filterable by client and action, with the chain check. An empty field is no filter."""
    require_role(actor, "admin", action="audit.read")
    wanted, problem = None, None
    if client_id and client_id.strip():
        try:
            wanted = uuid.UUID(client_id.strip())
        except ValueError:
            problem = "The client id is not a valid id (it looks like 3f2b…-…): showing every client."
    events = await audit.events(session, practice_id=actor.practice_id, client_id=wanted, action=action or None,
                                before_seq=before_seq, limit=100)
    names = {u.id: u.display_name or u.role for u in
             (await session.execute(select(User).where(User.practice_id == actor.practice_id))).scalars()}
    check = (await audit.for_practice(session, await audit.verify(session), actor.practice_id)
             if request.query_params.get("verify") else None)
    from alliance.clients.models import Client

    # Clients are named, not shown as truncated ids (the admin keeps the records; the log itself holds ids only).
    ids = {e.client_id for e in events if e.client_id}
    clients = {c.id: c.full_name for c in (await session.execute(select(Client).where(
        Client.id.in_(ids), Client.practice_id == actor.practice_id))).scalars()} if ids else {}
    return render(request, "admin_audit.html", {"events": events, "names": names, "check": check, "clients": clients,
                                                "client_id": client_id or "", "action": action or "",
                                                "problem": problem})
