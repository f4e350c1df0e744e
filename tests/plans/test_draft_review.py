"""The AI draft as the clinician meets it (the drafting itself is tested in test_drafting*.py): a stored
draft's items are accepted, edited or rejected into a draft plan; nothing enters a plan unsigned or undecided.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from alliance.errors import BadRequest, Conflict, NotFound
from alliance.plans import drafts, service
from alliance.plans.models import PlanDraftJob
from alliance.plans.schemas import (
    DraftDecisions,
    DraftGoal,
    DraftIntervention,
    DraftObjective,
    DraftProblem,
    Evidence,
    PlanDraft,
)
from tests.plans.world import world
from tests.support.factories import actor, make_user

SCORE = Evidence(kind="score", id="0b0c2f9e-8f8a-4d55-9a5b-1df3c7c3a111", label="PHQ-9 17 on 2026-03-01")
SENTENCE = Evidence(kind="note_sentence", id="4c1f2f9e-8f8a-4d55-9a5b-1df3c7c3a222",
                    label="Note of 2026-03-02, assessment", quote="Low mood most days since the move.")


def drafted(by: date) -> PlanDraft:
    return PlanDraft(
        problems=[
            DraftProblem(
                text="Low mood since the move",
                code_system="ICD-10",
                code="F32.1",
                evidence=[SENTENCE],
                supported=True,
                source="model",
            ),
            DraftProblem(text="Possible bipolar features", supported=False, source="model"),
        ],
        goals=[
            DraftGoal(
                text="Feel like myself again",
                clinical="Remission of depression",
                evidence=[SENTENCE],
                supported=True,
                objectives=[
                    DraftObjective(
                        text="PHQ-9 below 10",
                        measure="phq9",
                        target=10,
                        by=by,
                        evidence=[SCORE],
                        supported=True,
                    ),
                    DraftObjective(text="Sleep 8 hours", supported=False),
                ],
            )
        ],
        interventions=[
            DraftIntervention(
                modality="CBT with behavioural activation",
                frequency="weekly",
                sessions=16,
                homework=["activity-log"],
                evidence=[SENTENCE],
                supported=True,
                source="template",
            )
        ],
        model="test-model",
    )


async def _ready(session, clinician, client, by: date) -> PlanDraftJob:
    row = PlanDraftJob(
        practice_id=client.practice_id,
        client_id=client.id,
        status="drafting",
        progress_stage="",
        created_by=clinician.id,
    )
    session.add(row)
    await session.flush()
    return await drafts.finish(session, row.id, drafted(by).model_dump(mode="json"))


async def test_accepted_and_edited_items_go_into_a_draft_plan_and_rejected_ones_do_not(session):
    _, clinician, client, _ = await world(session)
    by = date.today() + timedelta(weeks=12)
    row = await _ready(session, clinician, client, by)
    read = drafts.draft_read(await drafts.get_draft(session, actor(clinician), row.id))
    assert read.status == "ready" and read.draft.goals[0].objectives[0].evidence[0].kind == "score"
    assert drafts.coverage(read.draft) == (4, 6)
    assert drafts.evidence_url(client.id, SCORE) == f"/clients/{client.id}/measures/{SCORE.id}"
    plan = await drafts.apply_draft(
        session,
        actor(clinician),
        row.id,
        DraftDecisions(
            decisions={
                "problem-0": "accept",
                "problem-1": "reject",
                "goal-0": "edit",
                "goal-0-objective-0": "accept",
                "goal-0-objective-1": "reject",
                "intervention-0": "accept",
            },
            edits={
                "goal-0": {"client_words": "Be myself again", "clinical": "Remission of depressive symptoms"}
            },
        ),
    )
    c = service.content_of(plan)
    assert (plan.status, plan.origin, plan.draft_id) == ("draft", "ai_draft", row.id)
    assert [p.text for p in c.problems] == ["Low mood since the move"]
    assert c.goals[0].client_words == "Be myself again"
    [objective] = c.goals[0].objectives
    assert (objective.kind, objective.measure, objective.comparison, objective.target, objective.by) == (
        "measure", "phq9", "<", 10, by)
    assert c.interventions[0].sessions == 16 and c.review_on == by
    assert row.status == "applied" and row.plan_id == plan.id
    # who wrote each item, as stored with the draft: the clinician's edit makes the goal theirs
    stored = drafts.draft_read(row).draft
    assert [stored.problems[0].source, stored.goals[0].source, stored.goals[0].objectives[0].source,
            stored.interventions[0].source] == ["model", "clinician", "rule", "template"]
    with pytest.raises(Conflict):
        await drafts.apply_draft(
            session, actor(clinician), row.id, DraftDecisions(decisions={"problem-0": "accept"})
        )


async def test_an_edit_that_breaks_the_rules_is_refused_naming_the_item(session):
    _, clinician, client, _ = await world(session)
    row = await _ready(session, clinician, client, date.today() + timedelta(weeks=12))
    with pytest.raises(BadRequest, match="goal-0-objective-0"):
        await drafts.apply_draft(session, actor(clinician), row.id, DraftDecisions(
            decisions={"goal-0": "accept", "goal-0-objective-0": "edit"},
            edits={"goal-0-objective-0": {"target": 99}}))
    with pytest.raises(BadRequest, match="at least one"):
        await drafts.apply_draft(session, actor(clinician), row.id, DraftDecisions(decisions={}))


async def test_items_can_be_added_to_an_existing_draft_plan_and_others_cannot_see_the_draft(session):
    practice, clinician, client, portal = await world(session)
    row = await _ready(session, clinician, client, date.today() + timedelta(weeks=12))
    existing = await service.create_plan(
        session, actor(clinician), client.id, service.PlanCreate(template="gad-cbt")
    )
    plan = await drafts.apply_draft(session, actor(clinician), row.id, DraftDecisions(
        decisions={"problem-0": "accept"}, plan_id=existing.id))
    assert plan.id == existing.id and len(service.content_of(plan).problems) == 2
    other = await make_user(session, practice, "clinician")
    for who in (other, portal):
        with pytest.raises(NotFound):
            await drafts.get_draft(session, actor(who), row.id)


async def test_draft_with_ai_runs_the_drafting_job_and_its_items_can_be_applied(session):
    """The button's whole path with the drafting module (its rule-built draft: the client gave no AI consent).
    """
    from tests.plans.world import scores

    if not drafts.available():
        pytest.skip("alliance.plans.drafting is not installed")
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=3), 17), (today, 14)])
    row = await drafts.request_draft(session, actor(clinician), client.id)
    assert row.status == "queued"
    with pytest.raises(Conflict):
        await drafts.request_draft(session, actor(clinician), client.id)
    done = await drafts.draft_now(session, row.id)
    assert done.status == "ready", done.status_reason
    draft = drafts.draft_read(done).draft
    objectives = [o for g in draft.goals for o in g.objectives if o.measure]
    assert objectives and all(o.measure == "phq9" and o.target is not None and o.by for o in objectives)
    decisions = {f"goal-{n}": "accept" for n in range(len(draft.goals))}
    decisions |= {f"goal-{n}-objective-{m}": "accept" for n, g in enumerate(draft.goals)
                  for m in range(len(g.objectives))}
    plan = await drafts.apply_draft(session, actor(clinician), row.id, DraftDecisions(decisions=decisions))
    assert plan.origin == "ai_draft" and service.content_of(plan).goals
