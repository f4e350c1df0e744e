"""The one place that answers: may this actor do this to this client's record?

Rules (the permission matrix in tests/security/test_permissions.py checks every role against every endpoint):
- practice admin: a client's profile, consent records, export and erasure, within their own practice; never
  clinical content.
- clinician: everything clinical for clients on their care team; nothing for other clients.
- supervisor: reads (profile and clinical) for clients of their supervisees; writes only for their own care team.
- client: their own profile, consent, portal and export.
Anything outside an actor's practice or caseload is reported as not found, so record ids cannot be probed.
"""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import Select, and_, event as sa_event, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session

from alliance.clients.models import CareTeamMember, Client, Supervision
from alliance.errors import Forbidden, NotFound
from alliance.security.audit import Actor


class Action(StrEnum):
    """What can be done to a client's record."""

    profile_read = "profile.read"
    profile_write = "profile.write"
    clinical_read = "clinical.read"
    clinical_write = "clinical.write"
    consent_write = "consent.write"
    portal = "portal"
    export = "export"
    erase = "erase"
    care_team_write = "care_team.write"
    safety_plan_write = "safety_plan.write"  # written by clinician and client together
    safety_plan_read = "safety_plan.read"  # the plan and crisis response: clinical, never the admin's


ADMIN = {Action.profile_read, Action.profile_write, Action.consent_write, Action.export, Action.erase,
         Action.care_team_write}
TREATING = {Action.profile_read, Action.profile_write, Action.clinical_read, Action.clinical_write,
            Action.consent_write, Action.export, Action.safety_plan_write, Action.safety_plan_read}
SUPERVISING = {Action.profile_read, Action.clinical_read, Action.safety_plan_read}
SELF = {Action.profile_read, Action.consent_write, Action.portal, Action.export, Action.safety_plan_write,
        Action.safety_plan_read}


class AccessDenied(Forbidden):
    """Forbidden, carrying what to write to the audit log after the transaction rolls back."""

    def __init__(self, detail: str, *, actor: Actor, action: str, client_id: uuid.UUID | None) -> None:
        super().__init__(detail)
        self.audit = (actor, action, client_id)


class ClientNotFound(NotFound):
    """Not found (or not visible to this actor), with the audit information."""

    def __init__(self, *, actor: Actor, action: str, client_id: uuid.UUID | None) -> None:
        super().__init__("No such client.")
        self.audit = (actor, action, client_id)


def _treating(actor: Actor):  # noqa: ANN202
    return exists().where(
        CareTeamMember.client_id == Client.id,
        CareTeamMember.clinician_id == actor.user_id,
        CareTeamMember.ended_at.is_(None),
    )


def _supervising(actor: Actor):  # noqa: ANN202
    return exists().where(
        CareTeamMember.client_id == Client.id,
        CareTeamMember.ended_at.is_(None),
        CareTeamMember.clinician_id == Supervision.supervisee_id,
        Supervision.supervisor_id == actor.user_id,
        Supervision.ended_at.is_(None),
    )


def visible_clients(actor: Actor) -> Select[tuple[Client]]:
    """A query for every client this actor may see at all (caseload lists)."""
    query = select(Client).where(Client.practice_id == actor.practice_id, Client.status != "erased")
    if actor.role == "admin":
        return query
    if actor.role == "clinician":
        return query.where(_treating(actor))
    if actor.role == "supervisor":
        return query.where(or_(_treating(actor), _supervising(actor)))
    if actor.role == "client":
        return query.where(Client.id == actor.client_id)
    return query.where(and_(False))


async def allowed_actions(session: AsyncSession, actor: Actor, client: Client) -> set[Action]:
    """Every action this actor may take on this client."""
    if actor.role == "system":  # the command line and jobs, run by an operator with database access
        return set() if client.status == "erased" else set(Action)
    if client.practice_id != actor.practice_id or client.status == "erased":
        return set()
    if actor.role == "admin":
        return set(ADMIN)
    if actor.role == "client":
        return set(SELF) if actor.client_id == client.id else set()
    actions: set[Action] = set()
    # Every panel of a page asks again for the same client: the care-team answers are kept for the rest of this
    # transaction (never across requests or users), and forgotten as soon as a care team or supervision is written.
    known: dict = session.sync_session.info.setdefault(_RELATIONS_INFO, {})
    relations = known.get((actor.user_id, client.id))
    if relations is None:
        treating = supervising = False
        if actor.role in ("clinician", "supervisor"):
            treating = bool(await session.scalar(select(_treating(actor)).where(Client.id == client.id)))
        if actor.role == "supervisor":
            supervising = bool(await session.scalar(select(_supervising(actor)).where(Client.id == client.id)))
        relations = known[(actor.user_id, client.id)] = (treating, supervising)
    treating, supervising = relations
    if treating:
        actions |= TREATING
    if supervising:
        actions |= SUPERVISING
    return actions


_RELATIONS_INFO = "alliance.authz_relations"  # (actor, client) -> (treating, supervising), this transaction only
_VISIBLE_INFO = "alliance.authz_visible"  # (actor, status) -> visible_clients(actor) rows, this transaction only
_KEPT_INFOS = (_RELATIONS_INFO, _VISIBLE_INFO)  # what a care-team, supervision or client write makes stale


def _forget_kept(session: Session) -> None:
    for key in _KEPT_INFOS:
        session.info.pop(key, None)


def _forget_relations(session: Session, transaction: object = None) -> None:
    if transaction is None or getattr(transaction, "parent", None) is None or getattr(transaction, "nested", False):
        _forget_kept(session)  # the transaction's end or a savepoint's, not a flush's own


def _forget_session(session: Session, _previous: object) -> None:
    _forget_kept(session)


def _forget_if_relations_written(session: Session, _context: object, _instances: object) -> None:
    if any(k in session.info for k in _KEPT_INFOS) and any(
            isinstance(o, (CareTeamMember, Supervision, Client))
            for o in (*session.new, *session.dirty, *session.deleted)):
        _forget_kept(session)


def _forget_before_other_writes(state: ORMExecuteState) -> None:
    if not state.is_select and any(k in state.session.info for k in _KEPT_INFOS):
        _forget_kept(state.session)  # a bulk UPDATE or DELETE (or raw SQL) may change a care team


def _visible_key(actor: Actor, status: str | None) -> tuple:
    return actor.user_id, actor.role, actor.practice_id, actor.client_id, status


async def kept_visible_clients(session: AsyncSession, actor: Actor, status: str | None = None) -> list[Client]:
    """The rows of `visible_clients(actor)` (with this status, when one is named), read once a transaction: Today's
    sections (the week's sessions, overdue homework, plans) each need the actor's clients. Forgotten as the
    care-team answers above are (a care team, supervision or client written, a bulk write, every transaction end),
    so never stale and never kept across requests or users."""
    key = _visible_key(actor, status)
    rows = (session.sync_session.info.get(_VISIBLE_INFO) or {}).get(key)
    if rows is None:
        query = visible_clients(actor) if status is None else visible_clients(actor).where(Client.status == status)
        rows = list((await session.execute(query)).unique().scalars().all())
        session.sync_session.info.setdefault(_VISIBLE_INFO, {})[key] = rows
    return rows


def visible_clients_if_kept(session: AsyncSession, actor: Actor, status: str | None = None) -> list[Client] | None:
    """The kept rows of `kept_visible_clients(session, actor, status)` when this transaction read them, else None."""
    return (session.sync_session.info.get(_VISIBLE_INFO) or {}).get(_visible_key(actor, status))


for _name, _fn in (("after_transaction_end", _forget_relations), ("after_soft_rollback", _forget_session),
                   ("before_flush", _forget_if_relations_written), ("do_orm_execute", _forget_before_other_writes)):
    if not sa_event.contains(Session, _name, _fn):
        sa_event.listen(Session, _name, _fn)


async def authorize(session: AsyncSession, actor: Actor, action: Action, client_id: uuid.UUID) -> Client:
    """Load the client if the actor may do this, else raise (not found when they may not even see it)."""
    client = await session.get(Client, client_id)
    label = f"client.{action.value}"
    if client is None:
        raise ClientNotFound(actor=actor, action=label, client_id=None)
    actions = await allowed_actions(session, actor, client)
    if not actions:
        raise ClientNotFound(actor=actor, action=label, client_id=client_id)
    if action not in actions:
        raise AccessDenied(f"Your role may not {action.value.replace('.', ' ')} for this client.",
                           actor=actor, action=label, client_id=client_id)
    return client


def require_role(actor: Actor, *roles: str, action: str = "practice.admin") -> None:
    """Raise Forbidden unless the actor has one of the roles."""
    if actor.role not in roles:
        raise AccessDenied("Your role may not do this.", actor=actor, action=action, client_id=None)


# Referrals (intake) belong to the practice until one becomes a client: the role decides, within the practice.
# Admins list the waitlist, enter, offer and close referrals, and set targets, but never read clinical content.
INTAKE_ROLES: dict[str, frozenset[str]] = {
    "intake.list": frozenset({"admin", "clinician", "supervisor"}),
    "intake.create": frozenset({"admin", "clinician", "supervisor"}),
    "intake.manage": frozenset({"admin", "clinician", "supervisor"}),
    "intake.clinical": frozenset({"clinician", "supervisor"}),
    "intake.triage": frozenset({"clinician", "supervisor"}),
    "intake.convert": frozenset({"clinician", "supervisor"}),
    "intake.settings": frozenset({"admin"}),
    "intake.rules": frozenset({"supervisor"}),
}


def intake_allowed(actor: Actor, action: str) -> bool:
    """Whether the actor's role may take this intake action (the command line and jobs may do all)."""
    return actor.role == "system" or actor.role in INTAKE_ROLES[action]


def authorize_intake(actor: Actor, action: str) -> None:
    """Raise Forbidden (audited as denied) unless the actor's role may take this intake action."""
    if not intake_allowed(actor, action):
        raise AccessDenied("Your role may not do this with referrals.", actor=actor, action=action, client_id=None)


# Insights (outcome figures and AI quality): aggregate figures for the practice (admin), a supervisor's team, or a
# clinician's own caseload; the list of named clients not on track only for those who treat or supervise them.
INSIGHTS_ROLES: dict[str, frozenset[str]] = {
    "insights.read": frozenset({"admin", "supervisor", "clinician"}),
    "insights.practice": frozenset({"admin"}),  # every clinician's figures; supervisors see their team's
    "insights.clients": frozenset({"clinician", "supervisor"}),  # named clients (not on track)
    "insights.groups": frozenset({"admin", "supervisor", "clinician"}),  # tag clients with practice groups
    "insights.settings": frozenset({"admin"}),  # define practice groups
}


def insights_allowed(actor: Actor, action: str) -> bool:
    """Whether the actor's role may take this insights action (the command line and jobs may do all)."""
    return actor.role == "system" or actor.role in INSIGHTS_ROLES[action]


def authorize_insights(actor: Actor, action: str) -> None:
    """Raise Forbidden (audited as denied) unless the actor's role may take this insights action."""
    if not insights_allowed(actor, action):
        raise AccessDenied("Your role may not see these figures.", actor=actor, action=action, client_id=None)
