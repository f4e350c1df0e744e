"""Treatment plans' service: create, sign (locked), amend and review with history, the client's
acknowledgement, templates, encryption, authorization and audit.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.errors import BadRequest, Conflict, Forbidden, NotFound
from alliance.plans import service, templates
from alliance.plans.models import TreatmentPlan, TreatmentPlanRevision
from alliance.plans.schemas import AmendmentCreate, PlanCreate, PlanUpdate, Problem, ReviewCreate
from alliance.security.models import AuditEvent
from tests.plans.world import content, signed_plan, world
from tests.support.factories import actor, make_client, make_user


async def _audits(session, action: str, client_id) -> int:
    return await session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == action, AuditEvent.client_id == client_id))


async def test_a_draft_is_edited_then_signed_locked_and_sealed(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    plan = await service.create_plan(session, actor(clinician), client.id, PlanCreate(content=content(today)))
    assert (plan.status, plan.version, plan.review_on) == ("draft", 0, today + timedelta(weeks=8))
    edited = content(today).model_copy(update={"title": "Plan for low mood and sleep"})
    await service.update_plan(session, actor(clinician), plan.id, PlanUpdate(content=edited))
    signed = await service.sign(session, actor(clinician), plan.id)
    assert (signed.status, signed.version, signed.signed_name, signed.signed_credentials) == (
        "signed", 1, "Dr. Ana Reyes", "PsyD")
    with pytest.raises(service.PlanLocked):
        await service.update_plan(session, actor(clinician), plan.id, PlanUpdate(content=edited))
    raw = await session.scalar(select(TreatmentPlan.content_ct).where(TreatmentPlan.id == plan.id))
    assert isinstance(raw, bytes) and b"myself" not in raw and b"F32" not in raw
    assert await _audits(session, "plans.sign", client.id) == 1


async def test_signing_needs_goals_a_review_date_and_a_clinician(session):
    practice, clinician, client, portal = await world(session)
    today = await service.client_today(session, client)
    empty = await service.create_plan(session, actor(clinician), client.id, PlanCreate())
    with pytest.raises(BadRequest, match="no goals"):
        await service.sign(session, actor(clinician), empty.id)
    undated = await service.create_plan(session, actor(clinician), client.id, PlanCreate(
        content=content(today).model_copy(update={"review_on": None})))
    with pytest.raises(BadRequest, match="review date"):
        await service.sign(session, actor(clinician), undated.id)
    with pytest.raises(NotFound):  # a client never sees a draft
        await service.sign(session, actor(portal), undated.id)


async def test_amendments_and_reviews_are_new_versions_with_their_history(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    plan = await signed_plan(session, clinician, client, content(today))
    changed = content(today).model_copy(update={"problems": [Problem(text="Low mood and poor sleep")]})
    with pytest.raises(BadRequest, match="Nothing in the plan changed"):
        await service.amend(
            session, actor(clinician), plan.id, AmendmentCreate(reason="x", content=content(today))
        )
    amendment = await service.amend(session, actor(clinician), plan.id,
                                    AmendmentCreate(reason="Sleep came up in session 3", content=changed))
    assert amendment.version == 2
    with pytest.raises(BadRequest, match="after today"):
        await service.review(
            session, actor(clinician), plan.id, ReviewCreate(summary="x", next_review_on=today)
        )
    reviewed = await service.review(session, actor(clinician), plan.id, ReviewCreate(
        summary="Improving; continue as planned.", next_review_on=today + timedelta(weeks=6)))
    assert reviewed.version == 3 and plan.review_on == today + timedelta(weeks=6)
    history = await service.history(session, actor(clinician), plan.id)
    assert [(r.version, r.kind) for r in history] == [(1, "signed"), (2, "amendment"), (3, "review")]
    assert history[0].content["problems"][0]["text"] == "Low mood since the move"  # the signed text stays
    assert history[1].reason == "Sleep came up in session 3"
    assert service.content_of(plan).problems[0].text == "Low mood and poor sleep"


async def test_signing_a_new_plan_closes_the_previous_one(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    first = await signed_plan(session, clinician, client, content(today))
    second = await signed_plan(session, clinician, client, content(today))
    assert (first.status, second.status) == ("closed", "signed")
    assert (await service.current_plan(session, actor(clinician), client.id)).id == second.id
    with pytest.raises(Conflict, match="replaced"):
        await service.amend(session, actor(clinician), first.id, AmendmentCreate(
            reason="late change", content=content(today).model_copy(update={"title": "Other"})))


async def test_the_client_acknowledges_each_version_of_their_signed_plan(session):
    _, clinician, client, portal = await world(session)
    today = await service.client_today(session, client)
    draft = await service.create_plan(
        session, actor(clinician), client.id, PlanCreate(content=content(today))
    )
    assert await service.list_plans(session, actor(portal), client.id) == []
    with pytest.raises(NotFound):
        await service.acknowledge(session, actor(portal), draft.id)
    plan = await service.sign(session, actor(clinician), draft.id)
    with pytest.raises(Forbidden):
        await service.acknowledge(session, actor(clinician), plan.id)
    await service.acknowledge(session, actor(portal), plan.id)
    assert plan.acknowledged_version == 1 and plan.acknowledged_at is not None
    await service.amend(
        session,
        actor(clinician),
        plan.id,
        AmendmentCreate(
            reason="Goal reworded with the client",
            content=content(today).model_copy(update={"title": "Our plan"}),
        ),
    )
    assert plan.acknowledged_version == 1  # version 2 waits for the client
    await service.acknowledge(session, actor(portal), plan.id)
    history = await service.history(session, actor(clinician), plan.id)
    assert plan.acknowledged_version == 2 and all(r.acknowledged_at is not None for r in history)
    assert await _audits(session, "plans.acknowledge", client.id) == 2


async def test_other_clinicians_and_admins_cannot_read_a_plan(session):
    practice, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    plan = await signed_plan(session, clinician, client, content(today))
    other = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    with pytest.raises(NotFound):
        await service.get_plan(session, actor(other), plan.id)
    with pytest.raises(Forbidden):
        await service.get_plan(session, actor(admin), plan.id)
    someone = await make_client(session, practice, clinician=other)
    with pytest.raises(NotFound):
        await service.create_plan(session, actor(clinician), someone.id, PlanCreate())


async def test_a_plan_starts_from_a_package_template_with_dates_from_today(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    plan = await service.create_plan(session, actor(clinician), client.id, PlanCreate(template="panic-cbt"))
    c = service.content_of(plan)
    assert plan.origin == "template" and plan.template == "panic-cbt"
    assert c.problems[0].code == "F41.0" and c.review_on == today + timedelta(weeks=8)
    [gad, suds] = c.goals[0].objectives
    assert (gad.measure, gad.comparison, gad.target, gad.by) == ("gad7", "<", 8, today + timedelta(weeks=12))
    assert (suds.measure, suds.step) == ("exposure_suds", 5)
    with pytest.raises(BadRequest, match="Unknown plan template"):
        await service.create_plan(session, actor(clinician), client.id, PlanCreate(template="nope"))


def test_every_package_template_has_sources_and_valid_objectives():
    keys = {t.key for t in templates.builtin_templates()}
    assert keys >= {
        "depression-cbt-ba",
        "panic-cbt",
        "gad-cbt",
        "ptsd-cpt",
        "ptsd-pe",
        "insomnia-cbti",
        "couples",
    }
    from datetime import date

    for t in templates.builtin_templates():
        assert t.sources and t.goals and t.interventions
        assert templates.content_from(t, date(2026, 1, 5)).objectives()


async def test_a_practice_template_is_added_by_an_admin_and_used_by_a_clinician(session):
    practice, clinician, client, _ = await world(session)
    admin = await make_user(session, practice, Role.admin)
    body = templates.parse_yaml(templates.dump_yaml(templates.builtin("gad-cbt")).replace(
        "key: gad-cbt", "key: gad-group"))
    with pytest.raises(Forbidden):
        await templates.add_template(session, actor(clinician), body)
    await templates.add_template(session, actor(admin), body)
    with pytest.raises(Conflict):
        await templates.add_template(session, actor(admin), body)
    keys = [t.key for t in await templates.list_templates(session, actor(clinician)) if not t.builtin]
    assert keys == ["gad-group"]
    plan = await service.create_plan(session, actor(clinician), client.id, PlanCreate(template="gad-group"))
    assert service.content_of(plan).goals[0].objectives[0].measure == "gad7"
    with pytest.raises(BadRequest, match="not valid"):
        templates.parse_yaml("key: x\ntitle: y")


def test_problem_codes_are_checked_for_their_system():
    assert Problem(text="x", code_system="ICD-11", code="6b00").code == "6B00"
    assert Problem(text="x", code_system="ICD-10", code="G47.00").code == "G47.00"
    for system, code in (("ICD-10", "6B00"), ("ICD-11", "F41.1"), (None, "F41.1"), ("ICD-11", "6I00")):
        with pytest.raises(ValueError):
            Problem(text="x", code_system=system, code=code)


async def test_every_revision_is_sealed(session):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    plan = await signed_plan(session, clinician, client, content(today))
    await service.amend(session, actor(clinician), plan.id, AmendmentCreate(
        reason="Discussed the move", content=content(today).model_copy(update={"title": "Moving on"})))
    rows = (await session.execute(select(TreatmentPlanRevision.reason_ct, TreatmentPlanRevision.content_ct)
                                  .where(TreatmentPlanRevision.plan_id == plan.id))).all()
    assert all(b"move" not in (v or b"") and b"myself" not in (v or b"") for row in rows for v in row)
