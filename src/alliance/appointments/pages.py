"""Pages: the sessions in a client's workspace."""

from __future__ import annotations

from fastapi import APIRouter

from alliance.appointments import service
from alliance.web import panels

router = APIRouter(include_in_schema=False)

panels.client_area("sessions", "Sessions and notes", 10)


@panels.client_panel(10, area="sessions")
async def client_sessions_panel(session, actor, client, actions) -> panels.Panel | None:  # noqa: ANN001
    """The client's sessions, newest first, in the viewer's time zone."""
    if "clinical.read" not in actions:
        return None
    appointments = await service.list_appointments(session, actor, client.id)
    return panels.Panel("appointments/_client_panel.html", {"appointments": appointments, "client": client})
