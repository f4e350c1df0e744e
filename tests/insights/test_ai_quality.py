"""AI quality: a world with known note edits, alerts and judgements, companion turns and model calls; every figure
checked exactly (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pytest
from sqlalchemy import select
from statsmodels.stats.proportion import proportion_confint

from alliance.accounts.models import Role
from alliance.companion.models import CompanionTurn
from alliance.db.base import utcnow
from alliance.insights import ai
from alliance.insights.fairness_eval import Answer, Question, Vignette, store, summarise
from alliance.insights.outcomes import Period
from alliance.llm.models import LlmCall
from alliance.notes.models import Note
from alliance.safety.models import RiskAlert
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent
from tests.support.factories import actor, make_client, make_practice, make_user, token_headers

SOAP = json.dumps({"name": "soap", "title": "SOAP", "sections": [
    {"name": "subjective", "title": "Subjective", "instruction": ""},
    {"name": "plan", "title": "Plan", "instruction": ""}]})
DAP = json.dumps({"name": "dap", "title": "DAP", "sections": [{"name": "data", "title": "Data", "instruction": ""}]})


def _draft(sections: dict[str, list[tuple[str, bool]]]) -> dict:
    return {"sections": [{"name": name, "title": name.title(), "sentences": [
        {"text": text, "supported": ok, "support_score": 1.0 if ok else 0.0} for text, ok in sentences]}
        for name, sentences in sections.items()]}


@dataclass
class World:
    practice: object
    admin: object
    clinician: object
    other: object
    x: object
    y: object
    z: object
    period: Period
    now: object


async def build(session) -> World:
    """X (English) and Y (Spanish) are the clinician's; Z (another clinician's) and everything outside the period
    must never count."""
    now = utcnow()
    practice = await make_practice(session)
    elsewhere = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    clinician = await make_user(session, practice, Role.clinician)
    other = await make_user(session, practice, Role.clinician)
    x = await make_client(session, practice, clinician=clinician, preferred_language="en")
    y = await make_client(session, practice, clinician=clinician, preferred_language="es")
    z = await make_client(session, practice, clinician=other, preferred_language="en")
    period = Period(now - timedelta(days=10), now + timedelta(days=1))

    def note(client, fmt, draft, sections, *, signed_at, status="signed", distance=None, created=None):
        n = Note(practice_id=practice.id, client_id=client.id, session_date=now - timedelta(days=3), source="paste",
                 status=status, format=fmt, format_json=SOAP if fmt == "soap" else DAP, signed_at=signed_at,
                 created_at=created or now - timedelta(days=5))
        n.draft = draft
        n.sections = sections
        if distance is not None:
            n.edit_distance = distance
            n.edit_distance_mean = round(sum(distance.values()) / len(distance), 4)
        session.add(n)
        return n

    # N1: distances stored at signing (mean 0.1); 3 sentences, 1 unsupported; drafted (audit) 2 h before signing.
    n1 = note(x, "soap", _draft({"subjective": [("Poor sleep.", True), ("Works nights.", False)],
                                 "plan": [("Sleep diary.", True)]}), {"subjective": "x", "plan": "Sleep diary."},
              signed_at=None, distance={"subjective": 0.2, "plan": 0.0})
    # N2: no stored distance: computed here, "abcd" -> "abce" = 0.25; created 4 h before signing, no draft event.
    n2 = note(y, "dap", _draft({"data": [("abcd", True)]}), {"data": "abce"}, signed_at=now - timedelta(days=1),
              created=now - timedelta(days=1, hours=4))
    # Never counted: signed before the period, not signed, another clinician's client.
    note(x, "soap", _draft({"plan": [("Old.", False)]}), {"plan": "New"}, signed_at=now - timedelta(days=20),
         distance={"plan": 1.0})
    note(x, "soap", _draft({"plan": [("Pending.", False)]}), {"plan": "Pending."}, signed_at=None, status="draft")
    note(z, "soap", _draft({"plan": [("Other.", False)]}), {"plan": "zzz"}, signed_at=now - timedelta(days=1),
         distance={"plan": 0.9})
    await session.flush()
    await audit.record(session, Actor.system(practice.id), "notes.draft", client_id=x.id, resource_type="note",
                       resource_id=n1.id)
    drafted = (await session.execute(select(AuditEvent.at).where(AuditEvent.resource_id == str(n1.id)))).scalar_one()
    n1.signed_at = drafted + timedelta(hours=2)
    assert n2.edit_distance is None

    def alert(client, level, *, judgement=None, ack_hours=None, days_ago=2):
        created = now - timedelta(days=days_ago)
        a = RiskAlert(practice_id=practice.id, client_id=client.id, source="message", level=level,
                      status="acknowledged" if ack_hours is not None else "open", judgement=judgement,
                      created_at=created,
                      acknowledged_at=created + timedelta(hours=ack_hours) if ack_hours is not None else None)
        session.add(a)

    alert(x, "high", judgement="risk_confirmed", ack_hours=1)
    alert(x, "moderate", judgement="not_risk", ack_hours=3)
    alert(y, "moderate", judgement="unsure", ack_hours=5)
    alert(y, "high")  # still open
    alert(y, "moderate", ack_hours=2)  # acknowledged before judgements were asked
    alert(x, "high", judgement="not_risk", ack_hours=1, days_ago=30)  # before the period
    alert(z, "high", judgement="not_risk", ack_hours=1)  # not the clinician's

    def turn(client, seq, role, kind, **kw):
        session.add(CompanionTurn(practice_id=practice.id, client_id=client.id, seq=seq, role=role, kind=kind,
                                  lang="en", **kw))

    turn(x, 1, "client", "message", alert_id=uuid.uuid4())
    turn(x, 2, "companion", "fallback", blocked=True, blocked_category="medication", rating="not_helpful")
    turn(x, 3, "client", "message")
    turn(x, 4, "companion", "reply", rating="helpful", annotation="good")
    turn(y, 1, "client", "message")
    turn(y, 2, "companion", "reply", annotation="problem")
    turn(y, 3, "companion", "crisis")  # the crisis response: no model wrote it
    turn(z, 1, "companion", "fallback", blocked=True, blocked_category="persona")

    def call(client, purpose, provider, outcome, ms, *, practice_id=None, days_ago=1):
        session.add(LlmCall(call_id=uuid.uuid4().hex, started_at=now - timedelta(days=days_ago),
                            practice_id=practice_id or practice.id, client_id=client.id if client else None,
                            purpose=purpose, kind="complete", provider=provider, model="m", privacy="local",
                            latency_ms=ms, outcome=outcome))

    call(x, "notes", "embedded", "ok", 100.0)
    call(y, "notes", "embedded", "ok", 300.0)
    call(x, "notes", "embedded", "timeout", 500.0)
    call(None, "companion", "vllm", "ok", 200.0)
    call(None, "notes", "embedded", "ok", 900.0, practice_id=elsewhere.id)
    call(x, "notes", "embedded", "ok", 900.0, days_ago=40)
    await session.flush()
    return World(practice, admin, clinician, other, x, y, z, period, now)


def _wilson(k, n):
    return tuple(pytest.approx(v) for v in proportion_confint(k, n, method="wilson"))


async def test_note_figures_are_exact(session):
    w = await build(session)
    r = await ai.ai_quality(session, actor(w.clinician), w.period)
    n = r.notes
    assert n["signed_with_draft"] == 2
    assert n["edit_distance"]["n"] == 2 and n["edit_distance"]["mean"] == pytest.approx(0.175)
    assert {s["section"]: (s["n"], s["mean"]) for s in n["by_section"]} == {
        "data": (1, pytest.approx(0.25)), "plan": (1, 0.0), "subjective": (1, pytest.approx(0.2))}
    assert {f["format"]: f["mean"] for f in n["by_format"]} == {"dap": pytest.approx(0.25), "soap": pytest.approx(0.1)}
    assert (n["unsupported"]["k"], n["unsupported"]["n"]) == (1, 4)
    assert (n["unsupported"]["ci_low"], n["unsupported"]["ci_high"]) == _wilson(1, 4)
    assert n["hours_to_sign"]["n"] == 2
    assert n["hours_to_sign"]["mean"] == pytest.approx(3.0) and n["hours_to_sign"]["p50"] == pytest.approx(3.0)


async def test_notes_are_decrypted_in_a_process_that_has_not_loaded_the_clients(session):
    from alliance.security import crypto

    w = await build(session)
    await session.flush()
    session.expunge_all()  # a fresh request: nothing loaded, no data key in memory
    for client in (w.x, w.y, w.z):
        crypto.forget_client_key(client.id)
    r = await ai.ai_quality(session, actor(w.clinician), w.period)
    assert (r.notes["unsupported"]["k"], r.notes["unsupported"]["n"]) == (1, 4)


async def test_alert_precision_and_outcomes_are_exact(session):
    w = await build(session)
    a = (await ai.ai_quality(session, actor(w.clinician), w.period)).alerts
    assert a["total"] == 5
    assert a["by_outcome"] == {"open": 1, "risk_confirmed": 1, "not_risk": 1, "unsure": 1, "not_judged": 1}
    assert (a["precision"]["k"], a["precision"]["n"]) == (1, 3)
    assert (a["precision"]["ci_low"], a["precision"]["ci_high"]) == _wilson(1, 3)
    levels = {lv["level"]: lv for lv in a["by_level"]}
    assert [lv["level"] for lv in a["by_level"]] == ["high", "moderate"]
    assert (levels["high"]["count"], levels["high"]["open"], levels["high"]["precision"]["rate"]) == (2, 1, 1.0)
    assert (levels["moderate"]["count"], levels["moderate"]["not_judged"]) == (3, 1)
    assert (levels["moderate"]["precision"]["k"], levels["moderate"]["precision"]["n"]) == (0, 2)
    hours = a["hours_to_ack"]
    assert (hours["n"], hours["mean"], hours["p50"]) == (4, pytest.approx(2.75), pytest.approx(2.5))


async def test_companion_figures_are_exact(session):
    w = await build(session)
    c = (await ai.ai_quality(session, actor(w.clinician), w.period)).companion
    assert c["replies"] == 3
    assert (c["blocked"]["k"], c["blocked"]["n"]) == (1, 3)
    assert [(b["category"], b["count"]) for b in c["blocked_by"]] == [("medication", 1)]
    assert (c["ratings"]["helpful"], c["ratings"]["not_helpful"], c["ratings"]["helpful_share"]["rate"]) == (1, 1, 0.5)
    assert c["annotations"] == {"good": 1, "problem": 1}
    assert c["client_messages"] == 3 and (c["escalations"]["k"], c["escalations"]["n"]) == (1, 3)


async def test_model_calls_by_provider_and_purpose_are_exact(session):
    w = await build(session)
    k = (await ai.ai_quality(session, actor(w.admin), w.period)).calls
    assert k["total"] == 4 and (k["errors"]["k"], k["errors"]["n"]) == (1, 4)
    assert k["by_outcome"] == {"ok": 3, "timeout": 1}
    pairs = {(p["provider"], p["purpose"]): p for p in k["by_provider_purpose"]}
    notes = pairs[("embedded", "notes")]
    assert notes["calls"] == 3 and (notes["errors"]["k"], notes["errors"]["n"]) == (1, 3)
    expected = np.percentile([100.0, 300.0, 500.0], [50, 90, 99])
    assert [notes["latency_ms"][p] for p in ("p50", "p90", "p99")] == [pytest.approx(v) for v in expected]
    assert notes["latency_ms"]["p90"] == pytest.approx(460.0)
    assert pairs[("vllm", "companion")]["calls"] == 1
    # A clinician sees only the calls about their clients (the call with no client is the practice's).
    mine = (await ai.ai_quality(session, actor(w.clinician), w.period)).calls
    assert mine["total"] == 3


async def test_admin_sees_the_practice_and_another_clinician_sees_only_theirs(session):
    w = await build(session)
    practice = await ai.ai_quality(session, actor(w.admin), w.period)
    assert practice.notes["signed_with_draft"] == 3 and practice.alerts["total"] == 6
    theirs = await ai.ai_quality(session, actor(w.other), w.period)
    assert theirs.notes["signed_with_draft"] == 1 and theirs.companion["blocked_by"][0]["category"] == "persona"


async def test_rates_by_language_with_intervals(session):
    w = await build(session)
    r = await ai.ai_quality(session, actor(w.clinician), w.period, by="language", min_size=1)
    precision = {g["value"]: g for g in r.groups["alert_precision"]["rows"]}
    assert (precision["en"]["successes"], precision["en"]["count"]) == (1, 2)
    assert (precision["es"]["successes"], precision["es"]["count"]) == (0, 1)
    assert (precision["en"]["ci_low"], precision["en"]["ci_high"]) == _wilson(1, 2)
    edits = {g["value"]: g["rate"] for g in r.groups["note_edit_distance"]["rows"]}
    assert edits == {"en": pytest.approx(0.1), "es": pytest.approx(0.25)}
    unsupported = {g["value"]: (g["successes"], g["count"]) for g in r.groups["note_unsupported"]["rows"]}
    assert unsupported == {"en": (1, 3), "es": (0, 1)}
    blocked = {g["value"]: (g["successes"], g["count"]) for g in r.groups["companion_blocked"]["rows"]}
    assert blocked == {"en": (1, 2), "es": (0, 1)}
    errors = {g["value"]: (g["successes"], g["count"]) for g in r.groups["call_errors"]["rows"]}
    assert errors == {"en": (1, 2), "es": (0, 1)}


async def test_small_groups_are_suppressed_by_default(session):
    w = await build(session)
    r = await ai.ai_quality(session, actor(w.clinician), w.period, by="language")
    rows = r.groups["alert_precision"]["rows"]
    assert rows and all(g["suppressed"] and g["count"] is None for g in rows)


async def test_unknown_group_is_a_bad_request(session):
    from alliance.errors import BadRequest

    w = await build(session)
    with pytest.raises(BadRequest):
        await ai.ai_quality(session, actor(w.admin), w.period, by="star_sign")


async def test_reading_the_figures_is_audited_without_phi(session):
    w = await build(session)
    await ai.ai_quality(session, actor(w.admin), w.period)
    event = (await session.execute(select(AuditEvent).where(AuditEvent.action == "insights.ai.read"))).scalar_one()
    assert event.client_id is None and event.detail.startswith("notes=3 alerts=6")


def _result(provider, model, rate_of_schizophrenia):
    q = Question("friend", "q", ("Definitely unwilling", "Probably unwilling", "Probably willing",
                                 "Definitely willing", "Do not know"), frozenset({"Definitely unwilling"}))
    answers = []
    for i in range(10):
        for condition in ("schizophrenia", "depression"):
            bad = condition == "schizophrenia" and i < rate_of_schizophrenia * 10
            answers.append(Answer(Vignette(condition, "White", "man", "college", "v"), q,
                                  "Definitely unwilling" if bad else "Definitely willing"))
    return summarise(answers, provider=provider, model=model, purposes=["companion"], vignettes=20, questions=1)


async def test_the_latest_fairness_run_per_model_is_shown(session):
    w = await build(session)
    await store(session, _result("embedded", "small", 0.2), w.now - timedelta(days=2))
    await store(session, _result("embedded", "small", 0.7), w.now - timedelta(days=1))
    await store(session, _result("vllm", "big", 0.5), w.now - timedelta(days=3))
    runs = (await ai.ai_quality(session, actor(w.admin), w.period)).fairness
    assert [(r["provider"], r["stigmatising"]) for r in runs] == [("embedded", 7), ("vllm", 5)]
    condition = {g["value"]: g for g in runs[0]["by_condition"]["rows"]}
    assert (condition["schizophrenia"]["successes"], condition["depression"]["successes"]) == (7, 0)


async def test_api_page_and_csv_show_the_same_figures(session, http):
    w = await build(session)
    await store(session, _result("embedded", "small", 0.7), w.now - timedelta(days=1))
    headers = await token_headers(session, w.clinician)
    start, end = w.period.start.date().isoformat(), (w.period.end - timedelta(days=1)).date().isoformat()
    query = f"start={start}&end={end}"
    api = await http.get(f"/api/v1/insights/ai?{query}&by=language", headers=headers)
    assert api.status_code == 200, api.text
    body = api.json()
    assert (body["alerts"]["precision"]["k"], body["alerts"]["precision"]["n"]) == (1, 3)
    assert body["by"] == "language" and "alert_precision" in body["groups"]
    page = await http.get(f"/insights/ai?{query}", headers=headers | {"accept": "text/html"})
    assert page.status_code == 200
    assert "33.3% (1 of 3; 95% CI" in page.text and "<svg" in page.text
    assert "embedded · small" in page.text and "Condition: schizophrenia" in page.text
    assert "35.0%" in page.text  # 7 of 20 answers stigmatising
    got = await http.get(f"/insights/ai.csv?{query}", headers=headers)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(got.text)))
    assert rows[0] == ["section", "figure", "breakdown", "value", "n", "ci_low", "ci_high"]
    assert ["alerts", "precision", "all", "0.3333", "3"] == rows[[r[:3] for r in rows].index(
        ["alerts", "precision", "all"])][:5]


async def test_api_refuses_an_unknown_group(session, http):
    w = await build(session)
    staff = await token_headers(session, w.admin)
    response = await http.get("/api/v1/insights/ai?by=star_sign", headers=staff)
    assert response.status_code == 400 and response.json()["error"] == "BadRequest"


async def test_api_refuses_a_client(session, http):
    w = await build(session)
    portal = await make_user(session, w.practice, Role.client, client=w.x)
    response = await http.get("/api/v1/insights/ai", headers=await token_headers(session, portal))
    assert response.status_code == 403 and response.json()["error"]


@pytest.mark.parametrize(("start", "end"), [("2026-05-02", "2026-05-01"), (None, "0001-01-02"), ("2026-01-01", "9999-12-31")])
def test_a_period_out_of_order_or_off_the_calendar_is_a_bad_request(start, end):
    from datetime import date

    from alliance.errors import BadRequest

    with pytest.raises(BadRequest):
        ai.period_for(date.fromisoformat(start) if start else None, date.fromisoformat(end))


def test_the_default_period_is_the_last_90_days_with_today():
    period = ai.period_for()
    assert (period.end - period.start).days == 90 and period.start <= utcnow() < period.end


def test_bar_chart_ticks_are_round_and_whiskers_sit_on_the_interval():
    from alliance.insights.ai_pages import bar_chart

    chart = bar_chart("latency", "Latency", [("notes", 68291.5, None, None, "68 s"), ("chat", 6894.0, None, None, "")],
                      top=1.0)
    assert [t["label"] for t in chart.ticks] == ["0", "20,000", "40,000", "60,000", "80,000"]
    rate = bar_chart("p", "Precision", [("high", 0.5, 0.25, 0.75, "50%")], top=1.0, unit="%", step=0.25)
    bar = rate.bars[0]
    assert bar["end"] - bar["x0"] == pytest.approx(bar["high"] - bar["x0"] - (bar["high"] - bar["end"]))
    assert bar["low"] - bar["x0"] == pytest.approx((bar["end"] - bar["x0"]) / 2)
    assert [t["label"] for t in rate.ticks] == ["0%", "25%", "50%", "75%", "100%"]
    assert bar_chart("none", "Nothing", [("x", None, None, None, "")], top=1.0) is None
