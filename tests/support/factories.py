"""Small keyword-argument factories for tests (real rows, real encryption)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts import service as accounts
from alliance.accounts.models import Role, User
from alliance.accounts.schemas import TokenCreate, UserCreate
from alliance.clients import service as clients
from alliance.clients.models import Client
from alliance.clients.schemas import ClientCreate
from alliance.consent import service as consent
from alliance.consent.models import Decision, Feature
from alliance.consent.schemas import DecisionCreate, DocumentCreate
from alliance.practices import service as practices
from alliance.practices.models import Practice
from alliance.practices.schemas import PracticeCreate
from alliance.security.audit import Actor

PASSWORD = "correct horse battery staple"


def actor(user: User) -> Actor:
    """The Actor for a user."""
    return accounts.actor_for(user)


async def make_practice(session: AsyncSession, **overrides) -> Practice:
    """A practice with a unique slug."""
    data = {"name": "Test Practice", "slug": f"p-{uuid.uuid4().hex[:8]}", "country": "US"} | overrides
    practice = await practices.create_practice(session, PracticeCreate(**data))
    practice.mfa_required = overrides.get("mfa_required", False)
    await session.flush()
    return practice


async def make_user(session: AsyncSession, practice: Practice, role: Role | str = Role.clinician, *,
                    password: str | None = None, client: Client | None = None, **overrides) -> User:
    """A user of the practice; no password unless given (bearer tokens are cheaper than argon2)."""
    role = Role(role)
    data = {"email": f"{role.value}-{uuid.uuid4().hex[:8]}@example.org", "role": role,
            "display_name": f"Test {role.value.title()}", "password": password,
            "client_id": client.id if client else None} | overrides
    return await accounts.create_user(session, Actor.system(practice.id), UserCreate(**data), practice_id=practice.id)


async def make_client(session: AsyncSession, practice: Practice, *, clinician: User | None = None,
                      **overrides) -> Client:
    """A client, on the clinician's caseload when one is given."""
    data = {"given_name": "Alex", "family_name": f"Doe-{uuid.uuid4().hex[:6]}", "date_of_birth": date(1990, 5, 17),
            "preferred_language": "en", "country": "US"} | overrides
    if clinician is not None:
        data["clinician_id"] = clinician.id
    return await clients.create_client(session, Actor.system(practice.id), ClientCreate(**data))


async def make_consent(session: AsyncSession, client: Client, feature: Feature,
                       decision: Decision = Decision.given, *, by: User | None = None) -> None:
    """Publish a form for the feature if needed and record the client's decision (by an admin by default)."""
    if by is None:
        practice = await session.get(Practice, client.practice_id)
        by = await make_user(session, practice, Role.admin)
    admin = actor(by)
    docs = await consent.current_documents(session, client.practice_id)
    if feature.value not in docs:
        await consent.publish_document(session, Actor(by.id, "admin", client.practice_id), DocumentCreate(
            feature=feature, title=f"{feature.value} form", body="The text a client reads before deciding."))
    await consent.record_decision(session, admin, client.id, DecisionCreate(feature=feature, decision=decision))


async def token_headers(session: AsyncSession, user: User) -> dict[str, str]:
    """Authorization headers with a fresh API token for the user."""
    secret, _ = await accounts.create_token(session, user, TokenCreate(name="test"))
    return {"Authorization": f"Bearer {secret}"}
