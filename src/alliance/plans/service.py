"""Treatment plans in practice: create (written, from a template, from an AI draft or a FHIR CarePlan), edit
the draft, sign (then locked), amend and review (each a new signed version kept in the history), the client's
acknowledgement in the portal, and what Today and the caseload show.

As for notes (alliance.notes.service): a draft is edited freely; signing records the clinician's name,
credentials and time and locks the plan; later changes are amendments (a reason and the plan as it now stands)
or reviews (what was found, the next review date, the plan if it changes), append-only. Signing a new plan
closes the client's previous signed plan. Every read and write is audited (ids only).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.accounts.models import User
from alliance.clients.models import Client
from alliance.clients.service import cosigning_supervisor
from alliance.db.base import utcnow
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.plans import templates
from alliance.plans.models import TreatmentPlan, TreatmentPlanRevision
from alliance.plans.schemas import (
    AmendmentCreate,
    PlanContent,
    PlanCreate,
    PlanRead,
    PlanUpdate,
    ReviewCreate,
    RevisionRead,
)
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize, kept_visible_clients
from alliance.web.timefmt import to_local

log = logging.getLogger("alliance.plans")
SIGNERS = ("clinician", "supervisor")


class PlanLocked(Conflict):
    """The plan is signed: it is changed by an amendment or a review, not edited."""


# --- time and access
# --------------------------------------------------------------------------------------------

async def client_today(session: AsyncSession, client: Client) -> date:
    """Today where the client lives (their zone, else the practice's)."""
    from alliance.practices.service import timezone_of

    zone = client.timezone or await timezone_of(session, client.practice_id)
    return to_local(utcnow(), zone or "UTC").date()


def content_of(plan: TreatmentPlan | TreatmentPlanRevision) -> PlanContent:
    """The plan's content, validated."""
    return PlanContent.model_validate(plan.content or {})


async def get_plan(session: AsyncSession, actor: Actor, plan_id: uuid.UUID, *, write: bool = False,
                   audited: str | None = "plans.read") -> TreatmentPlan:
    """One plan: the client sees their own signed plans (portal); staff as clinical read or write allow."""
    plan = await session.get(TreatmentPlan, plan_id)
    if plan is None or plan.deleted_at is not None or plan.practice_id != actor.practice_id:
        raise NotFound("No such treatment plan.")
    if actor.role == "client":
        if write or plan.client_id != actor.client_id or plan.status == "draft" or plan.awaiting_cosign:
            raise NotFound("No such treatment plan.")
        await authorize(session, actor, Action.portal, plan.client_id)
    else:
        await authorize(
            session, actor, Action.clinical_write if write else Action.clinical_read, plan.client_id
        )
    if audited:
        await audit.record(session, actor, audited, client_id=plan.client_id, resource_type="treatment_plan",
                           resource_id=plan.id)
    return plan


async def list_plans(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[TreatmentPlan]:
    """A client's plans, newest first (for the client: signed ones only)."""
    if actor.role == "client":
        client = await authorize(session, actor, Action.portal, client_id)
    else:
        client = await authorize(session, actor, Action.clinical_read, client_id)
    query = select(TreatmentPlan).where(
        TreatmentPlan.client_id == client.id, TreatmentPlan.deleted_at.is_(None)
    )
    if actor.role == "client":  # signed, and co-signed where the signer is a trainee
        query = query.where(TreatmentPlan.status != "draft",
                            or_(TreatmentPlan.cosign_by.is_(None), TreatmentPlan.cosigned_at.is_not(None)))
    rows = (await session.execute(query.order_by(TreatmentPlan.created_at.desc()))).scalars().all()
    await audit.record(session, actor, "plans.list", client_id=client.id, resource_type="treatment_plan",
                       detail=f"count={len(rows)}")
    return list(rows)


def pick_current(plans: Sequence[TreatmentPlan]) -> TreatmentPlan | None:
    """The plan in force (the newest signed one), else the newest draft."""
    signed = [p for p in plans if p.status == "signed"]
    if signed:
        return max(signed, key=lambda p: p.signed_at or p.created_at)
    drafts = [p for p in plans if p.status == "draft"]
    return max(drafts, key=lambda p: p.created_at) if drafts else None


async def current_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> TreatmentPlan | None:
    """The client's plan in force, else their newest draft (clients: the signed plan only)."""
    return pick_current(await list_plans(session, actor, client_id))


async def authorize_write(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> Client:
    """The client, if the actor may write their clinical record (treating clinicians)."""
    return await authorize(session, actor, Action.clinical_write, client_id)


# --- writing
# ----------------------------------------------------------------------------------------------------

def _store(plan: TreatmentPlan, content: PlanContent) -> None:
    plan.content = content.model_dump(mode="json")
    plan.starts_on, plan.review_on = content.starts_on, content.review_on


async def create_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID, data: PlanCreate, *,
                      origin: str | None = None, draft_id: uuid.UUID | None = None) -> TreatmentPlan:
    """A new draft plan (treating clinicians): the content as written, or started from a template."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    today = await client_today(session, client)
    content = data.content
    if data.template:
        body = await templates.get_template(session, actor, data.template)
        if content is None:
            content = templates.content_from(body, today)
    if content is None:
        content = PlanContent(starts_on=today)
    if content.starts_on is None:
        content = content.model_copy(update={"starts_on": today})
    plan = TreatmentPlan(practice_id=client.practice_id, client_id=client.id, status="draft", version=0,
                         origin=origin or ("template" if data.template else "manual"), template=data.template,
                         draft_id=draft_id, author_id=actor.user_id, created_by=actor.user_id,
                         updated_by=actor.user_id)
    _store(plan, content)
    session.add(plan)
    await session.flush()
    await audit.record(session, actor, "plans.create", client_id=client.id, resource_type="treatment_plan",
                       resource_id=plan.id, detail=f"origin={plan.origin}" + (f" template={data.template}"
                                                                              if data.template else ""))
    return plan


def check_draft(plan: TreatmentPlan) -> None:
    if plan.locked:
        raise PlanLocked("This plan is signed and locked; amend or review it instead.")


async def update_plan(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, data: PlanUpdate
) -> TreatmentPlan:
    """Save the draft as the clinician now writes it."""
    plan = await get_plan(session, actor, plan_id, write=True, audited=None)
    check_draft(plan)
    _store(plan, data.content)
    plan.updated_by, plan.updated_at = actor.user_id, utcnow()
    await audit.record(
        session,
        actor,
        "plans.update",
        client_id=plan.client_id,
        resource_type="treatment_plan",
        resource_id=plan.id,
    )
    return plan


async def _signer(session: AsyncSession, actor: Actor) -> User:
    if actor.role not in SIGNERS:
        raise Forbidden("Only a clinician signs a treatment plan.")
    user = await session.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        raise BadRequest("Only a clinician's account can sign a treatment plan.")
    return user


def _revision(plan: TreatmentPlan, kind: str, user: User, content: PlanContent,
              reason: str | None) -> TreatmentPlanRevision:
    row = TreatmentPlanRevision(
        practice_id=plan.practice_id,
        client_id=plan.client_id,
        plan_id=plan.id,
        version=plan.version,
        kind=kind,
        review_on=content.review_on,
        author_id=user.id,
        author_name=user.display_name,
        author_credentials=user.credentials,
    )
    row.content = content.model_dump(mode="json")
    row.reason = reason
    return row


async def sign(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, *, confirm: bool = True
) -> TreatmentPlan:
    """Sign the draft (name, credentials, time) and lock it; the client's previous signed plan is closed."""
    plan = await get_plan(session, actor, plan_id, write=True, audited=None)
    check_draft(plan)
    if not confirm:
        raise BadRequest("Confirm that you reviewed the plan before signing.")
    user = await _signer(session, actor)
    content = content_of(plan)
    if not content.goals:
        raise BadRequest("The plan has no goals yet; write at least one before signing.")
    if content.review_on is None:
        raise BadRequest("Set a review date before signing.")
    now = utcnow()
    plan.status, plan.version = "signed", 1
    plan.signed_by, plan.signed_name, plan.signed_credentials = user.id, user.display_name, user.credentials
    plan.signed_at = plan.updated_at = now
    plan.updated_by = actor.user_id
    # A trainee's plan waits for their supervisor's co-signature; until then the client's previous plan stays.
    plan.cosign_by = await cosigning_supervisor(session, user.id)
    closed = 0 if plan.cosign_by else await _close_older(session, actor, plan)
    session.add(_revision(plan, "signed", user, content, None))
    await session.flush()
    await audit.record(session, actor, "plans.sign", client_id=plan.client_id, resource_type="treatment_plan",
                       resource_id=plan.id, detail=f"version=1 closed={closed}"
                       + (" cosign=required" if plan.cosign_by else ""))
    return plan


async def _close_older(session: AsyncSession, actor: Actor, plan: TreatmentPlan) -> int:
    """Close the client's other signed plans signed before this one (it is now the plan in force)."""
    older = (await session.execute(select(TreatmentPlan).where(
        TreatmentPlan.client_id == plan.client_id, TreatmentPlan.status == "signed",
        TreatmentPlan.id != plan.id))).scalars().all()
    older = [p for p in older if p.signed_at is None or plan.signed_at is None or p.signed_at <= plan.signed_at]
    for old in older:
        old.status, old.closed_at, old.updated_by = "closed", utcnow(), actor.user_id
    return len(older)


async def cosign(session: AsyncSession, actor: Actor, plan_id: uuid.UUID, *, confirm: bool = True
                 ) -> TreatmentPlan:
    """The trainee's supervisor co-signs a signed plan: name, credentials and time are added, the plan is
    unchanged; it replaces the client's previous plan and the client sees it from now on."""
    plan = await get_plan(session, actor, plan_id, audited=None)
    if plan.status == "draft":
        raise Conflict("The plan is not signed yet: the clinician who wrote it signs first.")
    if plan.cosign_by is None:
        raise Conflict("This plan does not need a co-signature.")
    if plan.cosigned_at is not None:
        raise Conflict("This plan is already co-signed.")
    if plan.status == "closed":
        raise Conflict("This plan was replaced by a newer signed plan.")
    if plan.cosign_by != actor.user_id:
        raise Forbidden("Only the supervisor named for this clinician's co-signature can co-sign.")
    if not confirm:
        raise BadRequest("Confirm that you reviewed the plan before co-signing.")
    user = await _signer(session, actor)
    plan.cosigned_name, plan.cosigned_credentials = user.display_name, user.credentials
    plan.cosigned_at = utcnow()
    closed = await _close_older(session, actor, plan)
    await session.flush()
    await audit.record(session, actor, "plans.cosign", client_id=plan.client_id, resource_type="treatment_plan",
                       resource_id=plan.id, detail=f"version={plan.version} closed={closed}")
    return plan


async def awaiting_cosignature(session: AsyncSession, actor: Actor) -> list[tuple[TreatmentPlan, Client]]:
    """Signed plans of the actor's trainees that wait for the actor's co-signature, oldest first."""
    if actor.role != "supervisor":
        return []
    rows = (await session.execute(
        select(TreatmentPlan, Client).join(Client, Client.id == TreatmentPlan.client_id)
        .where(TreatmentPlan.cosign_by == actor.user_id, TreatmentPlan.cosigned_at.is_(None),
               TreatmentPlan.status == "signed", TreatmentPlan.deleted_at.is_(None),
               TreatmentPlan.practice_id == actor.practice_id)
        .order_by(TreatmentPlan.signed_at))).unique().all()
    await audit.record(session, actor, "plans.cosign.list", resource_type="treatment_plan",
                       detail=f"count={len(rows)}")
    return [(p, c) for p, c in rows]


def _without_ids(value):  # noqa: ANN001, ANN202
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _signed(plan: TreatmentPlan) -> None:
    if plan.status == "draft":
        raise Conflict("This plan is not signed yet; edit the draft instead.")
    if plan.status == "closed":
        raise Conflict("This plan was replaced by a newer signed plan; change the newer one.")


async def amend(session: AsyncSession, actor: Actor, plan_id: uuid.UUID,
                data: AmendmentCreate) -> TreatmentPlanRevision:
    """Amend a signed plan: the reason and the plan as it now stands become the next signed version."""
    plan = await get_plan(session, actor, plan_id, write=True, audited=None)
    _signed(plan)
    user = await _signer(session, actor)
    if _without_ids(data.content.model_dump()) == _without_ids(content_of(plan).model_dump()):
        raise BadRequest("Nothing in the plan changed; change it before saving an amendment.")
    plan.version += 1
    _store(plan, data.content)
    plan.updated_by, plan.updated_at = actor.user_id, utcnow()
    row = _revision(plan, "amendment", user, data.content, data.reason.strip())
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "plans.amend",
        client_id=plan.client_id,
        resource_type="treatment_plan",
        resource_id=plan.id,
        detail=f"version={plan.version}",
    )
    return row


async def review(
    session: AsyncSession, actor: Actor, plan_id: uuid.UUID, data: ReviewCreate
) -> TreatmentPlanRevision:
    """Record a review of a signed plan: what was found, the next review date, and the plan if it changes."""
    plan = await get_plan(session, actor, plan_id, write=True, audited=None)
    _signed(plan)
    user = await _signer(session, actor)
    client = await session.get(Client, plan.client_id)
    today = await client_today(session, client)  # type: ignore[arg-type]
    if data.next_review_on <= today:
        raise BadRequest(
            f"The next review date must be after today ({today.isoformat()} in the client's zone)."
        )
    content = (data.content or content_of(plan)).model_copy(update={"review_on": data.next_review_on})
    plan.version += 1
    _store(plan, content)
    plan.updated_by, plan.updated_at = actor.user_id, utcnow()
    row = _revision(plan, "review", user, content, data.summary.strip())
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "plans.review",
        client_id=plan.client_id,
        resource_type="treatment_plan",
        resource_id=plan.id,
        detail=f"version={plan.version} changed={data.content is not None}",
    )
    return row


async def history(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> list[TreatmentPlanRevision]:
    """Every signed version of the plan, oldest first."""
    plan = await get_plan(session, actor, plan_id, audited="plans.history.read")
    return list((await session.execute(select(TreatmentPlanRevision).where(
        TreatmentPlanRevision.plan_id == plan.id).order_by(TreatmentPlanRevision.version))).scalars().all())


async def acknowledge(session: AsyncSession, actor: Actor, plan_id: uuid.UUID) -> TreatmentPlan:
    """The client acknowledges the signed plan's current version in the portal (time recorded; optional)."""
    if actor.role != "client":
        raise Forbidden("Only the client acknowledges their plan.")
    plan = await get_plan(session, actor, plan_id, audited=None)
    if plan.status != "signed":
        raise Conflict("This plan was replaced by a newer one.")
    if plan.acknowledged_version == plan.version:
        return plan
    now = utcnow()
    plan.acknowledged_version, plan.acknowledged_at = plan.version, now
    revision = await session.scalar(select(TreatmentPlanRevision).where(
        TreatmentPlanRevision.plan_id == plan.id, TreatmentPlanRevision.version == plan.version))
    if revision is not None:
        revision.acknowledged_at = now
    await session.flush()
    await audit.record(
        session,
        actor,
        "plans.acknowledge",
        client_id=plan.client_id,
        resource_type="treatment_plan",
        resource_id=plan.id,
        detail=f"version={plan.version}",
    )
    return plan


# --- reading shapes
# ---------------------------------------------------------------------------------------------

def plan_read(plan: TreatmentPlan, today: date | None = None) -> PlanRead:
    """The API view of a plan."""
    today = today or utcnow().date()
    return PlanRead(
        id=plan.id,
        client_id=plan.client_id,
        status=plan.status,
        version=plan.version,
        origin=plan.origin,
        template=plan.template,
        draft_id=plan.draft_id,
        content=content_of(plan),
        starts_on=plan.starts_on,
        review_on=plan.review_on,
        review_due=review_due(plan, today),
        signed_name=plan.signed_name,
        signed_credentials=plan.signed_credentials,
        signed_at=plan.signed_at,
        cosign_required=plan.cosign_by is not None,
        cosigned_name=plan.cosigned_name,
        cosigned_credentials=plan.cosigned_credentials,
        cosigned_at=plan.cosigned_at,
        acknowledged_version=plan.acknowledged_version,
        acknowledged_at=plan.acknowledged_at,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def revision_read(row: TreatmentPlanRevision) -> RevisionRead:
    return RevisionRead(version=row.version, kind=row.kind, reason=row.reason, author_name=row.author_name,
                        author_credentials=row.author_credentials, created_at=row.created_at,
                        review_on=row.review_on, acknowledged_at=row.acknowledged_at, content=content_of(row))


def review_due(plan: TreatmentPlan, today: date) -> bool:
    """A signed plan whose review date has come."""
    return plan.status == "signed" and plan.review_on is not None and plan.review_on <= today


# --- Today and the caseload
# -------------------------------------------------------------------------------------

async def signed_by_client(session: AsyncSession, actor: Actor, clients: Sequence[Client],
                           ) -> dict[uuid.UUID, TreatmentPlan]:
    """For each client (already authorized by the caller's list), the signed plan in force."""
    ids = [c.id for c in clients]
    if not ids or actor.role not in SIGNERS:
        return {}
    rows = (await session.execute(select(TreatmentPlan).where(
        TreatmentPlan.client_id.in_(ids), TreatmentPlan.status == "signed",
        TreatmentPlan.deleted_at.is_(None)))).scalars().all()
    out: dict[uuid.UUID, TreatmentPlan] = {}
    for plan in rows:
        if plan.client_id not in out or (plan.signed_at or plan.created_at) > (
                out[plan.client_id].signed_at or out[plan.client_id].created_at):
            out[plan.client_id] = plan
    await audit.record(session, actor, "plans.caseload.read", resource_type="treatment_plan",
                       detail=f"clients={len(ids)}")
    return out


async def visible_active_clients(session: AsyncSession, actor: Actor) -> list[Client]:
    """The active clients this clinician may see (Today)."""
    if actor.role not in SIGNERS:
        return []
    return list(await kept_visible_clients(session, actor, "active"))  # read once for all of Today's sections
