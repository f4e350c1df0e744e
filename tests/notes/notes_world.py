"""A practice with a treating clinician, a client with chosen consents, another clinician and a supervisor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from alliance.accounts.models import Role
from alliance.consent.models import Decision, Feature
from tests.support.factories import make_client, make_consent, make_practice, make_user

TRANSCRIPT = """Therapist: How has your week been since we last met?
Client: Work has been stressful and my sleep has been poor, I wake up at four most mornings.
Therapist: Did you try the breathing exercise we practised?
Client: Yes, I used the breathing exercise twice and it helped me calm down before a meeting.
Therapist: Let's keep a thought record this week and review it next session.
Client: Okay, I will write down my worries each evening."""

RISK_LINE = "Client: Honestly I have been thinking about killing myself, I have pills saved up."


@dataclass
class World:
    practice: Any
    clinician: Any
    client: Any
    other: Any
    supervisor: Any
    supervised: Any  # a clinician the supervisor supervises, treating `client` too


async def make_world(session, *, ai: bool = True, recording: bool = True, retention_days: int = 0) -> World:  # noqa: ANN001
    """A clinician (signs as 'Dr. Test Clinician, PsyD'), their client, an outsider and a supervisor."""
    from alliance.clients import service as clients
    from alliance.clients.schemas import SupervisionCreate
    from alliance.security.audit import Actor

    practice = await make_practice(session)
    practice.audio_retention_days = retention_days
    clinician = await make_user(
        session,
        practice,
        Role.clinician,
        display_name="Dr. Test Clinician",
        credentials="PsyD, Licensed Psychologist",
    )
    client = await make_client(session, practice, clinician=clinician)
    admin = await make_user(session, practice, Role.admin)
    await make_consent(
        session, client, Feature.ai_documentation, Decision.given if ai else Decision.declined, by=admin
    )
    await make_consent(
        session,
        client,
        Feature.session_recording,
        Decision.given if recording else Decision.declined,
        by=admin,
    )
    other = await make_user(session, practice, Role.clinician)
    supervisor = await make_user(session, practice, Role.supervisor)
    await clients.add_supervision(
        session,
        Actor(admin.id, "admin", practice.id),
        SupervisionCreate(supervisor_id=supervisor.id, supervisee_id=clinician.id),
    )
    await session.flush()
    return World(practice, clinician, client, other, supervisor, clinician)


@pytest.fixture
def smollm2():  # noqa: ANN201
    """Route the gateway's `notes` purpose to SmolLM2 (the small test model), whatever was configured before."""
    from alliance.llm import providers
    from alliance.llm.config import LLMSettings, ProviderConfig

    test_settings = LLMSettings(
        providers=[ProviderConfig(name="notes-test", kind="embedded", model="smollm2-135m")],
        purpose_providers={"notes": "notes-test"},
        timeout=400,  # the shared 2-core test machine can be slow
    )
    with providers.using(test_settings):
        yield
