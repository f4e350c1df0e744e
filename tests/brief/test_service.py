"""The brief's content from seeded records: the period since the last held session, reliable change, the
check-in trend, homework done and missed with the balanced thought quoted and linked, sleep efficiency,
exposure, the AI-drafted companion summary marked as such, alerts; every statement links to its record; every
read audited."""

from __future__ import annotations


from sqlalchemy import select

from alliance.brief import service
from alliance.homework import tools
from alliance.homework.schemas import CheckInCreate
from alliance.security.models import AuditEvent
from tests.brief.world import BALANCED, NOTE, THEME, brief_world
from tests.homework.world import RISK, world
from tests.support.factories import actor


def _statements(brief) -> list:  # noqa: ANN001
    from alliance.brief.pdf import sections

    return [s for _, _, statements in sections(brief) for s in statements]


async def test_the_brief_gathers_the_period_since_the_last_session_with_links(session):
    w = await brief_world(session)
    brief = await service.build(session, actor(w.clinician), w.client.id)
    base = f"/clients/{w.client.id}"

    assert brief.window.basis == "appointment" and brief.window.basis_href == f"/appointments/{w.held.id}"
    assert brief.window.days == 11 and brief.window.next_session_id == w.next.id

    phq9 = next(m for m in brief.measures if m.instrument == "phq9")
    latest = w.records["phq9"][-1]
    assert (phq9.latest, phq9.previous, phq9.baseline) == (7, 14, 18)
    assert phq9.previous_category == phq9.baseline_category == "reliable_improvement" and phq9.recovered
    assert phq9.statement.href == f"{base}/measures/{latest.id}"
    assert "down 7 from 14 at the previous (reliable improvement)" in phq9.statement.text
    assert "down 11 from 18 at baseline (reliable improvement, recovered)" in phq9.statement.text

    mood = brief.checkins.trend
    assert (mood.n, mood.mean, mood.direction) == (5, 5.6, "rising")  # the one before the session is left out
    [note] = brief.checkins.notes
    note_row = w.records["checkins"][1]
    assert note.quote == NOTE and note.href == f"{base}/brief/records/check-in/{note_row.id}"

    lines = {line.kind: line for line in brief.homework.lines}
    thoughts = lines["thought-record"]
    assert (thoughts.done, thoughts.expected, thoughts.missed) == (1, 3, 2) and thoughts.statement.flag
    assert lines["worry-log"].missed == 1 and lines["worry-log"].overdue and lines["worry-log"].statement.flag
    assert lines["worry-log"].statement.href == f"{base}?area=homework#homework-{w.records['worry'].id}"
    [thought] = [s for s in brief.homework.items if s.quote == BALANCED]
    assert thought.href == f"{base}/brief/records/entry/{w.records['entry'].id}"
    assert "anxious 70 to 35" in thought.text

    nights = [n for n in w.records["nights"][1:]]
    expected = round(sum(n.efficiency for n in nights) / len(nights), 1)
    assert brief.sleep.trend.mean == expected and brief.sleep.trend.n == 4
    assert brief.sleep.below_target == sum(1 for n in nights if n.efficiency < 85)
    assert f"Sleep efficiency averaged {expected}%" in brief.sleep.statement.text

    [step] = brief.exposure
    assert step.statement.href == f"{base}/brief/records/exposure/{w.records['step'].id}"
    assert "SUDS 65 before, 75 at the peak, 40 after" in step.statement.text

    companion = brief.companion
    assert companion.statement.ai_drafted and "AI-drafted, not reviewed yet" in companion.statement.text
    assert [t.text for t in companion.themes] == [THEME] and all(t.ai_drafted for t in companion.themes)
    assert companion.covers_period and companion.statement.href == f"{base}?area=companion#companion-summary"

    statements = _statements(brief)
    assert all(s.href.startswith("/") for s in statements)
    assert {s.text for s in statements if s.ai_drafted} == {companion.statement.text, THEME}
    assert brief.alerts == [] and not brief.glance[0].ai_drafted
    events = (await session.execute(select(AuditEvent.action)
                                    .where(AuditEvent.client_id == w.client.id))).scalars()
    assert "brief.read" in set(events)


async def test_a_brief_for_a_past_session_ends_at_that_session(session):
    w = await brief_world(session)
    brief = await service.build(session, actor(w.clinician), w.client.id, appointment=w.held)
    assert brief.window.until == w.held.starts_at and brief.window.basis == "default"
    assert brief.window.days == 29
    assert brief.checkins.trend.n == 1 and brief.sleep.trend.n == 1  # only what came before that session
    assert [(m.latest, m.previous) for m in brief.measures] == [(14, 18)]
    assert brief.exposure == [] and brief.homework.items == [] and brief.companion.covers_period is False


async def test_an_alert_raised_in_the_period_comes_first(session):
    _, clinician, client, portal = await world(session)
    await tools.check_in(session, actor(portal), CheckInCreate(mood=2, note=RISK))
    brief = await service.build(session, actor(clinician), client.id)
    assert brief.window.basis == "default" and brief.window.days == 29
    [alert] = brief.alerts
    assert alert.status == "open" and alert.statement.href == f"/alerts/{alert.alert_id}"
    assert brief.glance[0].flag and "1 risk alert raised (1 still open)" in brief.glance[0].text
    assert brief.checkins.notes[0].flag


async def test_an_empty_period_says_so(session):
    _, clinician, client, _ = await world(session)
    brief = await service.build(session, actor(clinician), client.id)
    assert [s.text for s in brief.glance] == ["Nothing recorded since 28 days ago (no earlier session)."]
    assert brief.companion is None and brief.measures == [] and brief.sleep.statement is None
