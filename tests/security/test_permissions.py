"""The permission matrix: every role against every endpoint, each with the status it must get.

The world: practice A has an admin, clinician C1 treating client X, clinician C2 treating client Y, a
supervisor S supervising C1, and portal accounts for X and Y; practice B has its own admin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.appointments import service as appointments
from alliance.appointments.schemas import AppointmentCreate
from alliance.clients import service as clients
from alliance.clients.schemas import SupervisionCreate
from alliance.consent.models import Feature
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent
from tests.support.factories import make_client, make_consent, make_practice, make_user, token_headers

ROLES = ["admin", "treating", "other_clinician", "supervisor", "client_self", "other_client", "other_admin", "anonymous"]


@dataclass
class World:
    ids: dict
    headers: dict


async def build_world(session) -> World:
    a = await make_practice(session)
    b = await make_practice(session)
    admin = await make_user(session, a, Role.admin)
    c1 = await make_user(session, a, Role.clinician)
    c2 = await make_user(session, a, Role.clinician)
    sup = await make_user(session, a, Role.supervisor)
    other_admin = await make_user(session, b, Role.admin)
    x = await make_client(session, a, clinician=c1)
    y = await make_client(session, a, clinician=c2)
    ux = await make_user(session, a, Role.client, client=x)
    uy = await make_user(session, a, Role.client, client=y)
    await clients.add_supervision(session, Actor(admin.id, "admin", a.id),
                                  SupervisionCreate(supervisor_id=sup.id, supervisee_id=c1.id))
    await make_consent(session, x, Feature.quality_monitoring)
    appt = await appointments.create_appointment(session, Actor(c1.id, "clinician", a.id), x.id, AppointmentCreate(
        starts_at=datetime.now(timezone.utc) + timedelta(days=2)))
    await session.flush()
    users = {"admin": admin, "treating": c1, "other_clinician": c2, "supervisor": sup, "client_self": ux,
             "other_client": uy, "other_admin": other_admin}
    headers = {role: await token_headers(session, user) for role, user in users.items()}
    headers["anonymous"] = {}
    from alliance.intake import service as intake
    from alliance.intake.schemas import ReferralCreate

    referral = await intake.create_referral(session, None, a.id, ReferralCreate(
        given_name="Matrix", family_name="Referral", date_of_birth="1990-01-02", consent_to_processing=True,
        measures={"phq9": [1, 1, 1, 1, 0, 0, 0, 0, 0]}))
    ids = {"X": x.id, "Y": y.id, "C1": c1.id, "C2": c2.id, "S": sup.id, "A": appt.id, "R": referral.referral_id}
    return World(ids, headers)


def row(admin, treating, other_clinician, supervisor, client_self, other_client, other_admin, anonymous=401):
    return dict(zip(ROLES, (admin, treating, other_clinician, supervisor, client_self, other_client, other_admin,
                            anonymous)))


START = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
FHIR_REFERRAL = {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
    {"linkId": name, "answer": [value]} for name, value in (
        ("consent", {"valueBoolean": True}), ("given_name", {"valueString": "Referred"}),
        ("family_name", {"valueString": "By-{role}"}), ("birth_date", {"valueDate": "1990-01-02"}),
        ("phone", {"valueString": "+1 503 555 0100"}))]}
# (method, path, json body, expected status per role)
MATRIX = [
    ("GET", "/api/v1/auth/me", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/practice", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("PATCH", "/api/v1/practice", {"record_retention_years": 8}, row(200, 403, 403, 403, 403, 403, 200)),
    ("GET", "/api/v1/users", None, row(200, 403, 403, 403, 403, 403, 200)),
    ("POST", "/api/v1/users", {"email": "new-{role}@example.org", "role": "clinician", "display_name": "New"},
     row(201, 403, 403, 403, 403, 403, 201)),
    ("GET", "/api/v1/users/{C1}", None, row(200, 200, 404, 404, 404, 404, 404)),
    ("PATCH", "/api/v1/users/{C1}", {"away": True}, row(200, 403, 403, 403, 403, 403, 404)),
    ("GET", "/api/v1/clients", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/clients", {"given_name": "New", "family_name": "Client-{role}", "date_of_birth": "1991-02-03"},
     row(201, 201, 201, 403, 403, 403, 201)),
    ("GET", "/api/v1/clients/{X}", None, row(200, 200, 404, 200, 200, 404, 404)),
    ("PATCH", "/api/v1/clients/{X}", {"pronouns": "they/them"}, row(200, 200, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/clients/{X}/care-team", None, row(200, 200, 404, 200, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/care-team", {"clinician_id": "{C2}"}, row(201, 403, 404, 403, 403, 404, 404)),
    ("DELETE", "/api/v1/clients/{X}/care-team/{C1}", None, row(200, 403, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/clients/{X}/demographics", None, row(200, 200, 404, 200, 200, 404, 404)),
    ("PUT", "/api/v1/clients/{X}/demographics", {"gender_identity": "non-binary"}, row(200, 200, 404, 403, 200, 404, 404)),
    ("GET", "/api/v1/clients/{X}/consent", None, row(200, 200, 404, 200, 200, 404, 404)),
    ("GET", "/api/v1/clients/{X}/consent/history", None, row(200, 200, 404, 200, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/consent", {"feature": "quality_monitoring", "decision": "given"},
     row(201, 201, 404, 403, 201, 404, 404)),
    ("GET", "/api/v1/clients/{X}/appointments", None, row(403, 200, 404, 200, 403, 404, 404)),
    ("POST", "/api/v1/clients/{X}/appointments", {"starts_at": START}, row(403, 201, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/appointments/{A}", None, row(403, 200, 404, 200, 403, 404, 404)),
    ("PATCH", "/api/v1/appointments/{A}", {"status": "completed"}, row(403, 200, 404, 403, 403, 404, 404)),
    # The safety plan and crisis response are clinical: never the practice admin's to read.
    ("GET", "/api/v1/clients/{X}/safety-plan", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("GET", "/api/v1/clients/{X}/safety-plan/history", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("GET", "/api/v1/clients/{X}/crisis-response", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("GET", "/api/v1/clients/{X}/export", None, row(200, 200, 404, 403, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/erase", {"reason": "client request", "override_retention": True},
     row(200, 403, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/consent-documents", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("POST", "/api/v1/consent-documents", {"feature": "ai_companion", "title": "Companion", "body": "Text to read."},
     row(201, 403, 403, 403, 403, 403, 201)),
    ("GET", "/api/v1/supervisions", None, row(200, 403, 403, 403, 403, 403, 200)),
    ("POST", "/api/v1/supervisions", {"supervisor_id": "{S}", "supervisee_id": "{C2}"},
     row(201, 403, 403, 403, 403, 403, 400)),
    ("GET", "/api/v1/audit", None, row(200, 403, 403, 403, 403, 403, 200)),
    ("GET", "/api/v1/audit/verify", None, row(200, 403, 403, 403, 403, 403, 200)),
    ("GET", "/api/v1/auth/tokens", None, row(200, 200, 200, 200, 200, 200, 200)),
    # Secure messages are clinical: the client and their care team write, supervisors read, admins never see them.
    ("GET", "/api/v1/clients/{X}/messages", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/messages", {"text": "Hello from {role}"}, row(403, 201, 404, 403, 201, 404, 404)),
    ("POST", "/api/v1/clients/{X}/messages/read", None, row(403, 200, 404, 200, 200, 404, 404)),
    # Communication-practice scenarios are part of the companion's plan: clinical, never the practice admin's.
    ("GET", "/api/v1/clients/{X}/companion/scenarios", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/companion/scenarios", {"other_person": "my manager", "goal": "Thursdays off"},
     row(403, 201, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/portal/companion/flows", None, row(403, 403, 403, 403, 200, 200, 403)),
    ("GET", "/api/v1/portal/messages", None, row(403, 403, 403, 403, 200, 200, 403)),
    ("POST", "/api/v1/portal/messages", {"text": "Hello"}, row(403, 403, 403, 403, 201, 201, 403)),
    ("POST", "/api/v1/portal/messages/read", None, row(403, 403, 403, 403, 200, 200, 403)),
    ("GET", "/api/v1/messages/unread", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("GET", "/api/v1/messaging/settings", None, row(200, 200, 200, 200, 200, 200, 200)),
    ("PUT", "/api/v1/messaging/settings", {"response_days": 3}, row(200, 403, 403, 403, 403, 403, 200)),
    # Reminder settings and the private calendar address are the client's own; the feed opens with its token only.
    ("GET", "/portal/reminders", None, row(403, 403, 403, 403, 200, 200, 403)),
    ("POST", "/portal/reminders/feed", None, row(403, 403, 403, 403, 200, 200, 403)),
    ("GET", "/reminders/feed/{X}.ics", None, row(404, 404, 404, 404, 404, 404, 404, 404)),
    # Intake: staff see their own practice's waitlist (admins without clinical content); the admin sets targets; a
    # referral from another service comes as FHIR from a staff account.
    ("GET", "/intake", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/intake/new", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/admin/intake", None, row(200, 403, 403, 403, 403, 403, 200)),
    ("POST", "/api/v1/intake/fhir/QuestionnaireResponse", FHIR_REFERRAL, row(201, 201, 201, 201, 403, 403, 201)),
    # Intake JSON API: referrals are the practice's until one is a client; admins list, enter and close them but read
    # no clinical content, clinicians and supervisors decide tiers; the admin sets targets; alerts are clinicians'.
    ("GET", "/api/v1/intake/waitlist", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/api/v1/intake/referrals/{R}", None, row(200, 200, 200, 200, 403, 403, 404)),
    ("GET", "/api/v1/intake/referrals/{R}/triages", None, row(403, 200, 200, 200, 403, 403, 404)),
    ("POST", "/api/v1/intake/referrals/{R}/tier", {"to_tier": "soon", "reason_code": "clinical_judgement"},
     row(403, 201, 201, 201, 403, 403, 404)),
    ("POST", "/api/v1/intake/referrals/{R}/close", {"reason": "duplicate"}, row(200, 200, 200, 200, 403, 403, 404)),
    ("POST", "/api/v1/intake/referrals/{R}/convert", {}, row(403, 201, 201, 201, 403, 403, 404)),
    ("PUT", "/api/v1/intake/settings", {"targets": {"urgent": 5}}, row(200, 403, 403, 403, 403, 403, 200)),
    ("GET", "/api/v1/intake/alerts", None, row(403, 200, 200, 200, 403, 403, 403)),
    # The pre-session brief is clinical: the care team and supervisors read it, never admins or the client.
    ("GET", "/api/v1/clients/{X}/brief", None, row(403, 200, 404, 200, 403, 404, 404)),
    ("GET", "/clients/{X}/brief.pdf", None, row(403, 200, 404, 200, 403, 404, 404)),
    ("GET", "/appointments/{A}/brief", None, row(403, 200, 404, 200, 403, 404, 404)),
    # Treatment plans are clinical: the care team writes, supervisors read, the client sees their signed plan in
    # the portal; templates are the practice staff's (admins and supervisors add them).
    ("GET", "/api/v1/clients/{X}/plans", None, row(403, 200, 404, 200, 200, 404, 404)),
    ("POST", "/api/v1/clients/{X}/plans", {"template": "gad-cbt"}, row(403, 201, 404, 403, 403, 404, 404)),
    ("POST", "/api/v1/clients/{X}/plans/fhir", {"resourceType": "CarePlan", "status": "active", "intent": "plan",
                                                "subject": {"reference": "Patient/x"},
                                                "addresses": [{"display": "Low mood"}]},
     row(403, 201, 404, 403, 403, 404, 404)),
    ("GET", "/clients/{X}/plans/new", None, row(403, 200, 404, 403, 403, 404, 404)),
    ("GET", "/api/v1/plans/templates", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("POST", "/api/v1/plans/templates", {"key": "our-template", "title": "T", "presenting_problem": "P", "modality": "M",
                                         "sources": ["A guideline"]}, row(201, 403, 403, 201, 403, 403, 201)),
    ("GET", "/plans/templates", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/api/v1/portal/plan", None, row(403, 403, 403, 403, 404, 404, 403)),
    # AI quality (insights): admins the practice, supervisors their team, clinicians their own caseload; no clients.
    ("GET", "/api/v1/insights/ai", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/api/v1/insights/ai?by=language", None, row(200, 200, 200, 200, 403, 403, 200)),
    ("GET", "/api/v1/insights/ai?clinician_id={C2}", None, row(200, 403, 200, 403, 403, 403, 200)),
    ("GET", "/insights/ai.csv", None, row(200, 200, 200, 200, 403, 403, 200)),
]


def _fill(value, ids, role):
    if isinstance(value, str):
        return value.format(role=role, **{k: str(v) for k, v in ids.items()})
    if isinstance(value, dict):
        return {k: _fill(v, ids, role) for k, v in value.items()}
    return value


CASES = [pytest.param(m, p, b, role, exp[role], id=f"{m} {p} as {role}") for m, p, b, exp in MATRIX for role in ROLES]


@pytest.mark.parametrize(("method", "path", "body", "role", "expected"), CASES)
async def test_permission_matrix(session, http, method, path, body, role, expected):
    world = await build_world(session)
    response = await http.request(method, _fill(path, world.ids, role), json=_fill(body, world.ids, role),
                                  headers=world.headers[role])
    assert response.status_code == expected, response.text
    if expected >= 400:
        assert set(response.json()) >= {"error", "detail"}


async def test_denied_access_is_written_to_the_audit_log(session, http):
    world = await build_world(session)
    response = await http.get(f"/api/v1/clients/{world.ids['X']}/appointments", headers=world.headers["admin"])
    assert response.status_code == 403
    denied = (await session.execute(select(AuditEvent).where(AuditEvent.outcome == "denied",
                                                             AuditEvent.client_id == world.ids["X"]))).scalars().all()
    assert [e.action for e in denied] == ["client.clinical.read"]


async def test_caseload_lists_only_visible_clients(session, http):
    world = await build_world(session)
    seen = {}
    for role in ("admin", "treating", "other_clinician", "supervisor", "client_self", "other_admin"):
        response = await http.get("/api/v1/clients", headers=world.headers[role])
        seen[role] = {c["id"] for c in response.json()}
    x, y = str(world.ids["X"]), str(world.ids["Y"])
    assert seen["admin"] == {x, y}
    assert seen["treating"] == {x}
    assert seen["other_clinician"] == {y}
    assert seen["supervisor"] == {x}
    assert seen["client_self"] == {x}
    assert seen["other_admin"] == set()


async def test_every_safety_plan_read_is_audited(session, http):
    world = await build_world(session)
    x = world.ids["X"]
    for path in (f"/api/v1/clients/{x}/safety-plan", f"/api/v1/clients/{x}/safety-plan/history",
                 f"/api/v1/clients/{x}/crisis-response"):
        assert (await http.get(path, headers=world.headers["treating"])).status_code == 200
    actions = (await session.execute(select(AuditEvent.action).where(AuditEvent.client_id == x))).scalars().all()
    assert {"safety.plan.read", "safety.plan.history", "safety.crisis_response.read"} <= set(actions)
