"""Client records: create, read, update, caseloads, care teams, supervision and demographics."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import Role, User
from alliance.clients.models import CareTeamMember, Client, ClientDemographics, ClientKey, Supervision
from alliance.clients.schemas import (
    CareTeamAssign,
    ClientCreate,
    ClientUpdate,
    DemographicsUpdate,
    SupervisionCreate,
)
from alliance.consent import service as consent_service
from alliance.consent.models import Feature
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, NotFound
from alliance.security import audit, crypto
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, require_role, visible_clients


def identity_index(given: str, family: str, dob: object) -> str:
    """Blind index of name and birth date, for duplicate checks and exact search."""
    parts = (crypto.normalise(given), crypto.normalise(family), str(dob))
    return crypto.blind_index("client-identity", "|".join(parts))


async def _staff(session: AsyncSession, actor: Actor, user_id: uuid.UUID, *roles: str) -> User:
    user = await session.get(User, user_id)
    if user is None or user.practice_id != actor.practice_id or user.role not in roles or not user.is_active:
        raise BadRequest(f"{user_id} is not an active {' or '.join(roles)} of this practice.")
    return user


async def create_client(session: AsyncSession, actor: Actor, data: ClientCreate) -> Client:
    """Create a client with a fresh data key; a clinician creating one takes them on."""
    if actor.role != "system":
        require_role(actor, "admin", "clinician", action="client.create")
    clinician_id = data.clinician_id
    if actor.role == "clinician":
        clinician_id = clinician_id or actor.user_id
    if clinician_id is not None:
        await _staff(session, actor, clinician_id, "clinician", "supervisor")
    bidx = identity_index(data.given_name, data.family_name, data.date_of_birth)
    duplicate = await session.scalar(
        select(Client.id).where(Client.practice_id == actor.practice_id, Client.identity_bidx == bidx,
                                Client.status != "erased")
    )
    if duplicate:
        raise Conflict("A client with this name and date of birth already exists in the practice.")
    client = Client(practice_id=actor.practice_id, identity_bidx=bidx, preferred_language=data.preferred_language,
                    country=data.country, region=data.region, created_by=actor.user_id, updated_by=actor.user_id)
    dek = crypto.new_data_key()
    kek_id, wrapped = crypto.wrap_data_key(client.id, dek)
    crypto.remember_client_key(client.id, dek)
    client.key = ClientKey(client_id=client.id, kek_id=kek_id, wrapped=wrapped)
    for field in ("given_name", "family_name", "date_of_birth", "pronouns", "email", "phone",
                  "emergency_contact_name", "emergency_contact_phone", "emergency_contact_relationship"):
        value = getattr(data, field)
        setattr(client, field, str(value) if field == "email" and value else value)
    session.add(client)
    await session.flush()
    if clinician_id is not None:
        session.add(CareTeamMember(practice_id=actor.practice_id, client_id=client.id, clinician_id=clinician_id))
    await audit.record(session, actor, "client.create", client_id=client.id, resource_type="client",
                       resource_id=client.id)
    await session.flush()
    return client


async def get_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                     action: Action = Action.profile_read) -> Client:
    """A client the actor may see, with the read audited."""
    client = await authorize(session, actor, action, client_id)
    await audit.record(session, actor, "client.read", client_id=client.id, resource_type="client",
                       resource_id=client.id)
    return client


async def update_client(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: ClientUpdate) -> Client:
    """Change a client's profile."""
    client = await authorize(session, actor, Action.profile_write, client_id)
    changed = data.model_dump(exclude_unset=True)
    # Check everything before changing anything: a refused update leaves the record as it was.
    for field in ("preferred_language", "country", "reminders_by_email"):
        if field in changed and changed[field] is None:
            raise BadRequest(f"{field} cannot be empty.")
    for field, value in changed.items():
        if field == "status":
            continue
        if field == "country" and value:
            value = value.upper()
        setattr(client, field, str(value) if field == "email" and value else value)
    if {"given_name", "family_name", "date_of_birth"} & changed.keys():
        client.identity_bidx = identity_index(client.given_name or "", client.family_name or "", client.date_of_birth)
    if changed.get("status") and changed["status"] != client.status:
        client.status = changed["status"]
        client.discharged_at = utcnow() if client.status == "discharged" else None
    client.updated_by = actor.user_id
    client.updated_at = utcnow()
    await audit.record(session, actor, "client.update", client_id=client.id, resource_type="client",
                       resource_id=client.id, detail="fields=" + ",".join(sorted(changed)))
    return client


async def update_own_preferences(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                                 data: ClientUpdate) -> Client:
    """A client changes their own language, time zone and reminder choice in the portal (nothing else)."""
    client = await authorize(session, actor, Action.portal, client_id)
    allowed = {"preferred_language", "timezone", "reminders_by_email"}
    changed = {k: v for k, v in data.model_dump(exclude_unset=True).items() if k in allowed}
    if changed.get("preferred_language") is None:
        changed.pop("preferred_language", None)
    changed = {k: v for k, v in changed.items() if getattr(client, k) != v}
    for field, value in changed.items():
        setattr(client, field, value)
    if changed:
        client.updated_by = actor.user_id
        client.updated_at = utcnow()
        await audit.record(session, actor, "client.preferences", client_id=client.id, resource_type="client",
                           resource_id=client.id, detail="fields=" + ",".join(sorted(changed)))
    return client


async def list_clients(session: AsyncSession, actor: Actor, *, status: str | None = "active") -> list[Client]:
    """The clients this actor may see (a clinician's caseload, a supervisor's, the practice for admins)."""
    query = visible_clients(actor)
    if status:
        query = query.where(Client.status == status)
    clients = list((await session.execute(query)).unique().scalars().all())
    clients.sort(key=lambda c: ((c.family_name or "").casefold(), (c.given_name or "").casefold()))
    await audit.record(session, actor, "client.list", resource_type="client", detail=f"count={len(clients)}")
    return clients


async def care_team(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Sequence[CareTeamMember]:
    """Who treats a client."""
    await authorize(session, actor, Action.profile_read, client_id)
    return (
        await session.execute(select(CareTeamMember).where(CareTeamMember.client_id == client_id)
                              .order_by(CareTeamMember.created_at))
    ).scalars().all()


async def clinicians_of(session: AsyncSession, client_id: uuid.UUID) -> Sequence[User]:
    """The active clinicians on a client's care team, primary first (alerts and reminders)."""
    rows = await session.execute(
        select(User, CareTeamMember.is_primary)
        .join(CareTeamMember, CareTeamMember.clinician_id == User.id)
        .where(CareTeamMember.client_id == client_id, CareTeamMember.ended_at.is_(None), User.is_active.is_(True))
    )
    return [user for user, _ in sorted(rows.all(), key=lambda row: not row[1])]


async def assign_clinician(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                           data: CareTeamAssign) -> CareTeamMember:
    """Put a client on a clinician's caseload (admins)."""
    client = await authorize(session, actor, Action.care_team_write, client_id)
    await _staff(session, actor, data.clinician_id, "clinician", "supervisor")
    member = (
        await session.execute(select(CareTeamMember).where(CareTeamMember.client_id == client.id,
                                                           CareTeamMember.clinician_id == data.clinician_id))
    ).scalar_one_or_none()
    if member is None:
        member = CareTeamMember(practice_id=client.practice_id, client_id=client.id, clinician_id=data.clinician_id)
        session.add(member)
    member.is_primary = data.is_primary
    member.ended_at = None
    await session.flush()
    await audit.record(session, actor, "client.care_team.assign", client_id=client.id, resource_type="care_team",
                       resource_id=member.id)
    return member


async def end_assignment(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                         clinician_id: uuid.UUID) -> CareTeamMember:
    """Take a client off a clinician's caseload (admins)."""
    client = await authorize(session, actor, Action.care_team_write, client_id)
    member = (
        await session.execute(select(CareTeamMember).where(CareTeamMember.client_id == client.id,
                                                           CareTeamMember.clinician_id == clinician_id))
    ).scalar_one_or_none()
    if member is None or member.ended_at is not None:
        raise NotFound("This clinician is not on the client's care team.")
    member.ended_at = utcnow()
    await audit.record(session, actor, "client.care_team.end", client_id=client.id, resource_type="care_team",
                       resource_id=member.id)
    return member


async def add_supervision(session: AsyncSession, actor: Actor, data: SupervisionCreate) -> Supervision:
    """A supervisor takes on a supervisee (admins)."""
    require_role(actor, "admin", action="supervision.create")
    await _staff(session, actor, data.supervisor_id, "supervisor")
    await _staff(session, actor, data.supervisee_id, "clinician", "supervisor")
    if data.supervisor_id == data.supervisee_id:
        raise BadRequest("A supervisor cannot supervise themselves.")
    link = (
        await session.execute(select(Supervision).where(Supervision.supervisor_id == data.supervisor_id,
                                                        Supervision.supervisee_id == data.supervisee_id))
    ).scalar_one_or_none()
    if link is None:
        link = Supervision(practice_id=actor.practice_id, supervisor_id=data.supervisor_id,
                           supervisee_id=data.supervisee_id)
        session.add(link)
    link.ended_at = None
    link.cosign_notes = data.cosign_notes
    await session.flush()
    await audit.record(session, actor, "supervision.create", resource_type="supervision", resource_id=link.id,
                       detail=f"cosign_notes={data.cosign_notes}")
    return link


async def list_supervisions(session: AsyncSession, actor: Actor) -> Sequence[Supervision]:
    """Supervision links of the practice (admins)."""
    require_role(actor, "admin", action="supervision.list")
    return (await session.execute(select(Supervision).where(Supervision.practice_id == actor.practice_id))).scalars().all()


async def cosigning_supervisor(session: AsyncSession, signer_id: uuid.UUID) -> uuid.UUID | None:
    """The supervisor who co-signs what this clinician signs (notes and plans): the earliest active supervision of
    the clinician with co-signing, if any."""
    return (await session.execute(
        select(Supervision.supervisor_id).where(Supervision.supervisee_id == signer_id, Supervision.cosign_notes,
                                                Supervision.ended_at.is_(None))
        .order_by(Supervision.created_at).limit(1))).scalar_one_or_none()


async def get_demographics(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> ClientDemographics | None:
    """A client's optional demographics."""
    client = await authorize(session, actor, Action.profile_read, client_id)
    await audit.record(session, actor, "client.demographics.read", client_id=client.id)
    return (
        await session.execute(select(ClientDemographics).where(ClientDemographics.client_id == client.id))
    ).scalar_one_or_none()


async def set_demographics(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                           data: DemographicsUpdate) -> ClientDemographics:
    """Record demographics for fairness monitoring; only with the client's quality-monitoring consent."""
    action = Action.consent_write if actor.role == Role.client.value else Action.profile_write
    client = await authorize(session, actor, action, client_id)
    await consent_service.require_consent(session, client.id, Feature.quality_monitoring)
    row = (
        await session.execute(select(ClientDemographics).where(ClientDemographics.client_id == client.id))
    ).scalar_one_or_none()
    if row is None:
        row = ClientDemographics(client_id=client.id)
        session.add(row)
    for field, value in data.model_dump().items():
        setattr(row, field, value)
    await session.flush()
    await audit.record(session, actor, "client.demographics.write", client_id=client.id)
    return row


async def delete_demographics(session: AsyncSession, client_id: uuid.UUID) -> None:
    """Remove demographics (when quality-monitoring consent is withdrawn)."""
    row = (
        await session.execute(select(ClientDemographics).where(ClientDemographics.client_id == client_id))
    ).scalar_one_or_none()
    if row is not None:
        await session.delete(row)
