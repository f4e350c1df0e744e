"""A fictional demo practice, seeded idempotently by `alliance demo` (and `make run`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts import service as accounts
from alliance.accounts.models import Role, User
from alliance.accounts.schemas import UserCreate
from alliance.appointments.demo import seed_scheduling
from alliance.homework.demo import seed_homework
from alliance.intake.demo import seed_intake
from alliance.plans.demo import seed_plans
from alliance.appointments.models import Appointment
from alliance.clients import service as clients
from alliance.clients.schemas import ClientCreate, SupervisionCreate
from alliance.consent import service as consent
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate, DocumentCreate
from alliance.measures.demo import seed_measures
from alliance.llm.demo import seed_prompt_draft
from alliance.notes.demo import seed_trainee_note
from alliance.messaging.demo import seed_messages
from alliance.notes.demo import seed_notes
from alliance.practices import service as practices
from alliance.practices.schemas import PracticeCreate
from alliance.safety.demo import seed_safety
from alliance.security.audit import Actor

SLUG = "demo"
PASSWORD = "demo-password-2026"  # demo only: printed on purpose, never use for real data

STAFF = [
    ("admin@riverside.example.org", Role.admin, "Priya Raman", "Practice manager"),
    ("clinician@riverside.example.org", Role.clinician, "Dr. Maya Okafor", "PsyD, Licensed Psychologist"),
    ("clinician2@riverside.example.org", Role.clinician, "Sam Lindqvist", "LPC-Associate, counselling trainee"),
    ("supervisor@riverside.example.org", Role.supervisor, "Dr. Ruth Abernathy", "PhD, Clinical Supervisor"),
]
# Fictional clients; any resemblance to real people is coincidental.
CLIENTS = [
    dict(given_name="Marisol", family_name="Quintanilla-Ward", date_of_birth=date(1987, 3, 14), pronouns="she/her",
         email="marisol@riverside.example.org", phone="+1 503 555 0142", preferred_language="en", country="US",
         region="OR", emergency_contact_name="Daniel Ward", emergency_contact_phone="+1 503 555 0199",
         emergency_contact_relationship="partner"),
    dict(given_name="Tomás", family_name="Ibarra", date_of_birth=date(1994, 11, 2), pronouns="he/him",
         preferred_language="es", country="MX", region="JAL"),
    dict(given_name="Aoife", family_name="Brennan", date_of_birth=date(2001, 6, 23), pronouns="she/her",
         preferred_language="en", country="IE"),
    dict(given_name="Jordan", family_name="Pike", date_of_birth=date(1979, 1, 30), pronouns="they/them",
         preferred_language="en", country="US", region="WA"),
    dict(given_name="Élodie", family_name="Marchand", date_of_birth=date(1990, 9, 8), pronouns="elle",
         preferred_language="fr", country="CA", region="QC"),
]
CLIENT_CLINICIAN = [1, 1, 1, 2, 2]  # index into STAFF
CONSENT_TEXTS = {
    Feature.ai_documentation: ("AI help with session notes",
        "With your agreement, your clinician may use Alliance's on-device AI to draft session notes from a "
        "transcript. Your clinician reviews, corrects and signs every note; nothing AI-made enters your record "
        "unsigned. You can withdraw at any time."),
    Feature.session_recording: ("Recording sessions",
        "With your agreement, a session may be recorded to produce a transcript. The audio is deleted once it is "
        "transcribed unless the practice's retention policy says otherwise."),
    Feature.ai_companion: ("The between-session companion",
        "The companion offers coping skills, psychoeducation and check-ins between sessions, as your clinician "
        "sets it up. It is not a therapist and not an emergency service. Your clinician can read your "
        "conversations. Messages that suggest you may be at risk are shown to your clinician at once."),
    Feature.quality_monitoring: ("Quality and fairness monitoring",
        "With your agreement, de-identified information (and demographics you choose to share) is used to check "
        "that care and AI tools work equally well for everyone."),
    Feature.external_ai: ("Outside AI providers",
        "With your agreement, text with your identifying details removed may be sent to an AI provider outside "
        "the practice. Without it, only AI running on the practice's own computers is used."),
}


@dataclass
class DemoInfo:
    """What the demo created, for printing."""

    practice_name: str
    created: bool
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (role, name, email)


async def seed(session: AsyncSession) -> DemoInfo:
    """Create the demo practice once; later runs change nothing and return the same logins."""
    existing = await practices.by_slug(session, SLUG)
    logins = [(r.value, name, email) for email, r, name, _ in STAFF]
    logins.append(("client", "Marisol Quintanilla-Ward", CLIENTS[0]["email"]))
    if existing is not None:
        await _seed_insights_cohort(session, existing)  # an older demo gets the insights cohort once
        return DemoInfo(existing.name, False, logins)
    practice = await practices.create_practice(session, PracticeCreate(
        name="Riverside Counselling Collective (demo)", slug=SLUG, country="US", timezone="America/Los_Angeles"))
    # The demo turns MFA off so a first-time visitor can log in with the printed password; the admin page
    # shows a warning until it is turned back on.
    practice.mfa_required = False
    system = Actor.system(practice.id)
    staff: list[User] = []
    for email, role, name, credentials in STAFF:
        staff.append(await accounts.create_user(session, system, UserCreate(
            email=email, role=role, display_name=name, credentials=credentials, password=PASSWORD),
            practice_id=practice.id))
    admin = Actor(user_id=staff[0].id, role="admin", practice_id=practice.id)
    for feature, (title, body) in CONSENT_TEXTS.items():
        await consent.publish_document(session, admin, DocumentCreate(feature=feature, title=title, body=body))
    # Sam is a trainee: Dr. Abernathy co-signs each of Sam's notes after Sam signs it.
    await clients.add_supervision(session, admin, SupervisionCreate(supervisor_id=staff[3].id,
                                                                     supervisee_id=staff[2].id, cosign_notes=True))
    today = datetime.now(timezone.utc).date()
    created: list[tuple[uuid.UUID, int]] = []
    for i, (data, who) in enumerate(zip(CLIENTS, CLIENT_CLINICIAN)):
        client = await clients.create_client(session, admin, ClientCreate(**data, clinician_id=staff[who].id))
        created.append((client.id, who))
        for feature in (Feature.ai_documentation, Feature.ai_companion, Feature.session_recording):
            await consent.record_decision(session, admin, client.id, DecisionCreate(
                feature=feature, decision=Decision.given if (i + len(feature.value)) % 4 else Decision.declined))
        for weeks in [*range(-16, 0), 1]:  # weekly sessions since intake, alongside the weekly measures
            day = today + timedelta(weeks=weeks, days=i)
            appt = Appointment(practice_id=practice.id, client_id=client.id, clinician_id=staff[who].id,
                               starts_at=datetime.combine(day, time(16 + i % 3, 0), tzinfo=timezone.utc),
                               kind="intake" if weeks == -16 else "therapy", modality="video" if i % 2 else "in_person",
                               status="completed" if weeks < 0 else "scheduled", created_by=staff[who].id)
            session.add(appt)
        if i == 0:
            await accounts.create_user(session, admin, UserCreate(
                email=data["email"], role=Role.client, password=PASSWORD, client_id=client.id))
    await seed_measures(session, practice, None, staff)
    await seed_notes(session, practice, staff)
    await seed_safety(session, practice.id, staff, created)
    await seed_prompt_draft(session, practice.id, staff)
    await seed_scheduling(session, practice, staff, created)
    await seed_messages(session, practice.id, staff, created)
    await seed_trainee_note(session, practice, staff, created)
    await seed_homework(session, practice, staff, created)
    await seed_intake(session, practice, staff)
    await seed_plans(session, practice, staff, created)
    await _seed_insights_cohort(session, practice)
    await session.flush()
    return DemoInfo(practice.name, True, logins)


async def demo_client_id(session: AsyncSession) -> uuid.UUID | None:
    """The id of the demo's first client (tests and docs)."""
    user = await accounts.find_user_by_email(session, CLIENTS[0]["email"])
    return user.client_id if user else None


async def _seed_insights_cohort(session: AsyncSession, practice) -> None:  # noqa: ANN001
    """240 more fictional clients of four more clinicians in the supervisor's team (alliance.insights.demo)."""
    from alliance.insights.demo import seed_cohort

    admin = await accounts.find_user_by_email(session, STAFF[0][0])
    supervisor = await accounts.find_user_by_email(session, STAFF[3][0])
    if admin is not None and supervisor is not None:
        await seed_cohort(session, practice, admin, supervisor, password=PASSWORD)
