"""The insights demo cohort: deterministic, large enough, every group present, the outcomes it promises (by the
NHS Talking Therapies rules of measures/change.py), a flagged gap for its lower-recovery group, and written once."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from sqlalchemy import func, select

from alliance.clients.models import Client, Supervision
from alliance.insights import demo
from alliance.insights.groups import GROUP_KEYS, NOT_RECORDED, age_band, client_groups, rates_by_group
from alliance.measures.change import classify_talking_therapies
from alliance.measures.models import MeasureAdministration
from alliance.notes.models import Note
from alliance.safety.models import RiskAlert
from tests.support.factories import make_practice, make_user

TODAY = date(2026, 12, 7)


def _classified(p: demo.PlannedClient):
    return classify_talking_therapies(p.phq9[0][1], p.phq9[-1][1], p.gad7[0][1], p.gad7[-1][1])


def test_the_plan_is_the_same_every_time_and_has_at_least_200_clients() -> None:
    first, again = demo.plan_cohort(TODAY), demo.plan_cohort(TODAY)
    assert first == again
    assert len(first) == demo.COHORT_SIZE >= 200
    assert len({(p.given_name, p.family_name) for p in first}) == len(first)
    assert not {p.given_name.casefold() for p in first} & demo.RESERVED_NAMES


def test_every_group_is_present() -> None:
    plan = demo.plan_cohort(TODAY)
    assert {p.language for p in plan} == {"en", "es", "fr", "de", "it", "pt"}
    assert len({p.country for p in plan}) >= 8
    assert {age_band(p.date_of_birth, TODAY) for p in plan} >= {"18-25", "26-35", "36-50", "51-64", "65+"}
    genders, ethnicities = Counter(p.gender for p in plan), Counter(p.ethnicity for p in plan)
    assert {"woman", "man", "non-binary", demo.PREFER_NOT, None} <= genders.keys()
    assert {demo.PREFER_NOT, None} <= ethnicities.keys() and len(ethnicities) >= 6
    assert {g for p in plan for g in p.groups} == set(demo.PRACTICE_GROUPS)
    assert all(count >= 10 for count in Counter(g for p in plan for g in p.groups).values())
    assert {p.clinician for p in plan} == set(range(len(demo.CLINICIANS)))


def test_outcomes_follow_the_talking_therapies_rules() -> None:
    plan = demo.plan_cohort(TODAY)
    finished = [p for p in plan if p.finished]
    for p in finished:
        r = _classified(p)
        expected = {"recovered": r.baseline_case and r.recovered, "deteriorated": r.reliable_deterioration,
                    "improved": r.reliable_improvement and not r.recovered,
                    "unchanged": r.no_reliable_change and not r.recovered, "not_a_case": not r.baseline_case}
        assert expected[p.outcome], (p.outcome, r)
    kinds = Counter(p.outcome for p in plan)
    assert kinds["recovered"] and kinds["deteriorated"] and kinds["off_track"] and kinds["on_track"]
    in_treatment = [p for p in plan if not p.finished]
    assert in_treatment and all((TODAY - p.end).days <= 7 for p in in_treatment)
    assert all((TODAY - p.start).days <= 366 for p in plan)
    assert any(_classified(p).reliable_deterioration for p in in_treatment if p.outcome == "off_track")


def test_the_lower_recovery_group_is_the_one_flagged_gap() -> None:
    rows = []
    for p in demo.plan_cohort(TODAY):
        r = _classified(p)
        if p.finished and r.baseline_case:
            rows.append({"language": p.language, "country": p.country, "age_band": age_band(p.date_of_birth, TODAY),
                         "gender": p.gender, "ethnicity": p.ethnicity, "sexual_orientation": p.sexual_orientation,
                         "practice_group": list(p.groups), "outcome": int(r.recovered)})
    by_value = {row.value: row for row in rates_by_group(rows, group="practice_group").rows}
    lower = by_value[demo.LOWER_RECOVERY_GROUP]
    assert lower.flagged and lower.gap < 0 and not lower.suppressed
    assert not by_value[demo.STUDENT_GROUP].flagged
    for key in GROUP_KEYS:  # outcomes are dealt evenly across every other group: no accidental gap
        flagged = {row.value for row in rates_by_group(rows, group=key).rows if row.flagged}
        assert flagged <= ({demo.LOWER_RECOVERY_GROUP, NOT_RECORDED} if key == "practice_group" else set()), key


async def _demo_staff(session):
    practice = await make_practice(session)
    admin = await make_user(session, practice, "admin")
    supervisor = await make_user(session, practice, "supervisor")
    return practice, admin, supervisor


async def test_seeding_writes_the_plan_once(session) -> None:
    practice, admin, supervisor = await _demo_staff(session)
    info = await demo.seed_cohort(session, practice, admin, supervisor, password="demo-password-2026", today=TODAY)
    assert info.created and info.clients == demo.COHORT_SIZE
    plan = {(p.given_name, p.family_name): p for p in demo.plan_cohort(TODAY)}

    clients = (await session.execute(select(Client).where(Client.practice_id == practice.id))).scalars().all()
    assert len(clients) == demo.COHORT_SIZE
    assert {(c.given_name, c.family_name) for c in clients} == set(plan)  # decrypted with each client's key
    team = await session.scalar(select(func.count()).select_from(Supervision).where(
        Supervision.supervisor_id == supervisor.id))
    assert team == len(demo.CLINICIANS)
    # The scores as planned, in the plain column the aggregates read and in the encrypted result.
    someone = next(c for c in clients if c.status == "active")
    scores = (await session.execute(select(MeasureAdministration).where(
        MeasureAdministration.client_id == someone.id, MeasureAdministration.instrument == "phq9")
        .order_by(MeasureAdministration.completed_at))).scalars().all()
    planned = plan[(someone.given_name, someone.family_name)]
    assert [a.score_total for a in scores] == [t for _, t in planned.phq9]
    assert [a.score_seq for a in scores] == list(range(1, len(scores) + 1))
    assert [a.score_latest for a in scores] == [False] * (len(scores) - 1) + [True]
    assert {a.score_first for a in scores} == {planned.phq9[0][1]}
    assert [a.total for a in scores] == [t for _, t in planned.phq9]
    groups = await client_groups(session, practice.id, on=TODAY)
    assert {g for values in groups.values() for g in values["practice_group"]} == set(demo.PRACTICE_GROUPS)
    assert {v["ethnicity"] for v in groups.values()} >= {demo.PREFER_NOT, None, "white"}
    # Notes with drafts and signed edits, alerts with judgements.
    notes = (await session.execute(select(Note).where(Note.practice_id == practice.id))).scalars().all()
    assert notes and all(n.status == "signed" and n.draft and n.edit_distance is not None for n in notes)
    assert any(n.edit_distance_mean > 0 for n in notes)
    judged = Counter((await session.execute(select(RiskAlert.judgement).where(
        RiskAlert.practice_id == practice.id))).scalars())
    assert judged.keys() >= {"risk_confirmed", "not_risk"} and None not in judged

    again = await demo.seed_cohort(session, practice, admin, supervisor, password="demo-password-2026", today=TODAY)
    assert not again.created
    count = await session.scalar(select(func.count()).select_from(Client).where(Client.practice_id == practice.id))
    assert count == demo.COHORT_SIZE


def test_note_drafts_are_valid_drafts() -> None:
    """The seeded draft has the shape the notes pages read (alliance.notes.drafting.Draft)."""
    from alliance.notes.drafting import Draft

    sections = [{"name": "plan", "title": "Plan", "sentences": [
        {"text": demo.DRAFT_BANK["plan"][0], "evidence": ["S1"], "supported": True, "support_score": 0.8,
         "evidence_source": "model"}]}]
    risk = {"level": "none", "statement": "x", "screen_version": "v"}
    Draft.model_validate(json.loads(json.dumps({"format": "soap", "title": "SOAP note", "sections": sections,
                                                "risk": risk, "model": "m", "provider": "demo",
                                                "grounding": "lexical", "parts": 1, "segments_total": 6,
                                                "segments_read": 6})))
