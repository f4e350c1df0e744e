"""Nothing a client writes skips the crisis screen: a risk sentence in each free-text field of homework and the
tools raises a risk alert for the clinician (pointing at the record), pauses AI features and returns the crisis
response, as a message would; the record is stored anyway."""

from __future__ import annotations

from sqlalchemy import select

from alliance.companion.schemas import (
    ActivationPlanCreate,
    BreathingCreate,
    GroundingCreate,
    ThoughtRecordCreate,
)
from alliance.homework import service, tools
from alliance.homework.schemas import (
    ActivityCreate,
    CheckInCreate,
    CommunicationCreate,
    JournalCreate,
    SituationCreate,
    SleepCreate,
    StepCreate,
    WorryLogCreate,
)
from alliance.safety import service as safety_service
from alliance.safety.models import RiskAlert
from tests.homework.world import NIGHT, RISK, assign, world
from tests.support.factories import actor

SAFE_THOUGHT = {"situation": "At work", "automatic_thought": "I will get it wrong",
                "balanced_thought": "I usually manage", "emotions": [{"name": "anxious", "before": 60, "after": 40}]}
SAFE_GROUNDING = {"see": "lamp", "feel": "chair", "hear": "rain", "smell": "coffee", "taste": "mint"}
# (homework kind, field, the answers with RISK in that field)
HOMEWORK = [
    ("thought-record", "situation", ThoughtRecordCreate(**SAFE_THOUGHT | {"situation": RISK})),
    ("thought-record", "automatic_thought", ThoughtRecordCreate(**SAFE_THOUGHT | {"automatic_thought": RISK})),
    ("thought-record", "evidence_for", ThoughtRecordCreate(**SAFE_THOUGHT | {"evidence_for": RISK})),
    ("thought-record", "evidence_against", ThoughtRecordCreate(**SAFE_THOUGHT | {"evidence_against": RISK})),
    ("thought-record", "balanced_thought", ThoughtRecordCreate(**SAFE_THOUGHT | {"balanced_thought": RISK})),
    ("behavioural-activation", "activity", ActivationPlanCreate(activity=RISK, planned_for="2026-01-01",
                                                                mood_before=2)),
    ("paced-breathing", "note", BreathingCreate(minutes=5, note=RISK)),
    ("grounding-54321", "see", GroundingCreate(**SAFE_GROUNDING | {"see": RISK})),
    ("worry-log", "worry", WorryLogCreate(worry=RISK, distress=8)),
    ("worry-log", "action", WorryLogCreate(worry="Money this month", distress=6, action=RISK)),
    ("journal", "answers", JournalCreate(answers=["A quiet day", RISK])),
    ("communication-practice", "what_said", CommunicationCreate(what_said=RISK, how_it_went="badly", confidence=2)),
    ("communication-practice", "how_it_went", CommunicationCreate(what_said="No", how_it_went=RISK, confidence=2)),
    ("communication-practice", "next_time", CommunicationCreate(what_said="No", how_it_went="ok", next_time=RISK,
                                                                confidence=5)),
]


async def _alert_for(session, client_id, source: str, source_id) -> RiskAlert:
    alert = (await session.execute(select(RiskAlert).where(RiskAlert.client_id == client_id,
                                                           RiskAlert.source == source,
                                                           RiskAlert.source_id == str(source_id)))).scalar_one()
    assert alert.level in ("moderate", "high", "imminent") and alert.status == "open"
    return alert


async def test_a_risk_sentence_in_every_homework_field_raises_an_alert(session):
    _, clinician, client, portal = await world(session)
    checked = []
    for kind, field, answers in HOMEWORK:
        prompts = ["How was your day?", "What was hard?"] if kind == "journal" else (
            ["Saying no to overtime"] if kind == "communication-practice" else [])
        row = await assign(session, clinician, client, kind, prompts=prompts)
        entry, crisis = await service.complete(session, actor(portal), row.id, answers)
        assert crisis is not None and crisis.level in ("moderate", "high", "imminent"), (kind, field)
        assert crisis.emergency, (kind, field)
        if entry.exercise_id:  # a companion exercise: its record is screened as the companion screens it
            alert = await _alert_for(session, client.id, "exercise", entry.exercise_id)
        else:
            alert = await _alert_for(session, client.id, "homework", entry.id)
        assert entry.alert_id == alert.id and entry.screen_level == alert.level, (kind, field)
        checked.append((kind, field))
    assert len(checked) == len(HOMEWORK)
    assert await safety_service.ai_paused(session, client.id)
    [_, read] = await service.get_entry(session, actor(clinician), entry.id)
    assert read.alert_id == alert.id  # the clinician's view links the alert


async def test_a_risk_sentence_in_every_tool_field_raises_an_alert(session):
    _, _, client, portal = await world(session)
    who = actor(portal)
    row, _, crisis = await tools.check_in(session, who, CheckInCreate(mood=1, note=RISK))
    assert crisis and (await _alert_for(session, client.id, "check-in", row.id)).id == row.alert_id
    row, _, crisis = await tools.add_night(session, who, SleepCreate(**NIGHT, comments=RISK))
    assert crisis and (await _alert_for(session, client.id, "sleep-diary", row.id)).id == row.alert_id
    situation, crisis = await tools.add_situation(session, who, SituationCreate(situation=RISK, suds=90))
    assert crisis and (await _alert_for(session, client.id, "exposure", situation.id)).id == situation.alert_id
    safe, _ = await tools.add_situation(session, who, SituationCreate(situation="Taking the bus", suds=40))
    assert safe.screen_level == "none" and safe.alert_id is None
    row, _, crisis = await tools.add_step(session, who, safe.id, StepCreate(suds_before=50, suds_after=30, note=RISK))
    assert crisis and (await _alert_for(session, client.id, "exposure", row.id)).id == row.alert_id
    row, _, crisis = await tools.log_activity(session, who, ActivityCreate(activity=RISK, mood=1))
    assert crisis and (await _alert_for(session, client.id, "activity-log", row.id)).id == row.alert_id
    row, _, crisis = await tools.log_activity(session, who, ActivityCreate(activity="Walked the dog", mood=4,
                                                                           note=RISK))
    assert crisis and (await _alert_for(session, client.id, "activity-log", row.id)).id == row.alert_id
    # The crisis response is shown again on the page after saving.
    again = await service.crisis_for(session, row)
    assert again is not None and again.level == row.screen_level
