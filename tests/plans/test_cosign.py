"""Supervision of plans: a trainee's signed plan is "awaiting co-signature" until their supervisor co-signs it; only
that supervisor co-signs, once, after confirming; it is on Today, the page, the API and the PDF; the client sees
it (and it replaces their previous plan) only once co-signed; every step audited."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.clients import service as clients
from alliance.clients.schemas import SupervisionCreate
from alliance.plans import service
from alliance.plans.schemas import PlanCreate
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent
from tests.notes.test_api import pdf_text
from tests.plans.world import content, signed_plan
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers


async def _world(session, *, cosign=True):
    p = await make_practice(session)
    trainee = await make_user(session, p, display_name="Sam Trainee", credentials="LPC-Associate")
    supervisor = await make_user(session, p, Role.supervisor, display_name="Dr Ruth Super", credentials="PhD")
    other_supervisor = await make_user(session, p, Role.supervisor)
    admin = Actor(None, "admin", p.id)
    await clients.add_supervision(session, admin, SupervisionCreate(supervisor_id=supervisor.id,
                                                                    supervisee_id=trainee.id, cosign_notes=cosign))
    await clients.add_supervision(session, admin, SupervisionCreate(supervisor_id=other_supervisor.id,
                                                                    supervisee_id=trainee.id))
    client = await make_client(session, p, clinician=trainee)
    portal = await make_user(session, p, Role.client, client=client)
    plan = await service.create_plan(session, actor(trainee), client.id, PlanCreate(content=content(date.today())))
    return trainee, supervisor, other_supervisor, client, portal, plan


async def _audits(session, action: str, client_id) -> int:
    return await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.client_id == client_id))


async def test_a_trainees_plan_waits_for_their_supervisor_and_the_client_sees_it_once_cosigned(session, http):
    trainee, supervisor, other, client, portal, plan = await _world(session)
    plan_id, client_id = plan.id, client.id
    sup, other_h, mine, portal_h = [await token_headers(session, u) for u in (supervisor, other, trainee, portal)]
    early = await http.post(f"/api/v1/plans/{plan_id}/cosign", json={"confirm": True}, headers=sup)
    assert early.status_code == 409  # the trainee signs first
    signed = await http.post(f"/api/v1/plans/{plan_id}/sign", json={"confirm": True}, headers=mine)
    assert signed.status_code == 200
    assert signed.json()["cosign_required"] is True and signed.json()["cosigned_at"] is None
    # the client sees nothing yet: not in the portal, not by its id, not to acknowledge
    assert (await http.get("/api/v1/portal/plan", headers=portal_h)).status_code == 404
    assert (await http.post(f"/api/v1/portal/plan/{plan_id}/acknowledge", headers=portal_h)).status_code == 404
    assert "Awaiting co-signature" in (await http.get(f"/plans/{plan_id}", headers=mine)).text
    today = (await http.get("/today", headers=sup)).text
    assert "Trainees' plans to co-sign" in today and f'href="/plans/{plan_id}#signature"' in today
    page = (await http.get(f"/plans/{plan_id}", headers=sup)).text
    assert "Awaiting co-signature" in page and "Co-sign the plan" in page
    assert "Co-sign the plan" not in (await http.get(f"/plans/{plan_id}", headers=other_h)).text
    for headers in (other_h, mine):
        refused = await http.post(f"/api/v1/plans/{plan_id}/cosign", json={"confirm": True}, headers=headers)
        assert refused.status_code == 403
    unconfirmed = await http.post(f"/plans/{plan_id}/cosign", data={}, headers=sup)
    assert unconfirmed.status_code == 400 and "Confirm that you reviewed" in unconfirmed.text
    done = await http.post(f"/plans/{plan_id}/cosign", data={"confirm": "yes"}, headers=sup)
    assert done.status_code == 303 and done.headers["location"].endswith("saved=cosigned")
    read = (await http.get(f"/api/v1/plans/{plan_id}", headers=sup)).json()
    assert (read["cosigned_name"], read["cosigned_credentials"]) == ("Dr Ruth Super", "PhD") and read["cosigned_at"]
    again = await http.post(f"/api/v1/plans/{plan_id}/cosign", json={"confirm": True}, headers=sup)
    assert again.status_code == 409
    assert (await http.get("/api/v1/portal/plan", headers=portal_h)).json()["id"] == str(plan_id)
    assert "Co-signed by Dr Ruth Super" in (await http.get(f"/plans/{plan_id}", headers=sup)).text
    text = pdf_text((await http.get(f"/api/v1/plans/{plan_id}/pdf", headers=sup)).content)
    assert "Co-signed by: Dr Ruth Super" in text and "Signed by: Sam Trainee" in text
    assert "No plans wait for your co-signature." in (await http.get("/today", headers=sup)).text
    assert await _audits(session, "plans.cosign", client_id) == 1
    assert await _audits(session, "plans.sign", client_id) == 1


async def test_the_clients_previous_plan_stays_in_force_until_the_new_one_is_cosigned(session):
    trainee, supervisor, _, client, portal, plan = await _world(session)
    me = Actor(portal.id, "client", client.practice_id, client_id=client.id)
    first = await signed_plan(session, trainee, client, content(date.today()))
    await service.cosign(session, actor(supervisor), first.id)
    second = await service.sign(session, actor(trainee), plan.id)
    assert second.awaiting_cosign and first.status == "signed"
    assert (await service.current_plan(session, me, client.id)).id == first.id
    assert [p.id for p in await service.list_plans(session, me, client.id)] == [first.id]
    await service.cosign(session, actor(supervisor), second.id)
    assert first.status == "closed" and (await service.current_plan(session, me, client.id)).id == second.id


async def test_a_licensed_clinicians_plan_needs_no_cosignature(session, http):
    trainee, supervisor, _, client, portal, plan = await _world(session, cosign=False)
    plan_id = plan.id
    mine, sup, portal_h = [await token_headers(session, u) for u in (trainee, supervisor, portal)]
    signed = await http.post(f"/api/v1/plans/{plan_id}/sign", json={"confirm": True}, headers=mine)
    assert signed.status_code == 200 and signed.json()["cosign_required"] is False
    refused = await http.post(f"/api/v1/plans/{plan_id}/cosign", json={"confirm": True}, headers=sup)
    assert refused.status_code == 409 and "does not need" in refused.json()["detail"]
    assert (await http.get("/api/v1/portal/plan", headers=portal_h)).json()["id"] == str(plan_id)
