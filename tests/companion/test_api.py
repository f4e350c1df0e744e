"""The companion's JSON API: the plan (versions, consent, who may read it), the library as offered, exercise
records (with the crisis response when their text signals risk), the region setting."""

from __future__ import annotations

from alliance.accounts.models import Role
from alliance.consent.models import Feature
from tests.support.factories import make_client, make_consent, make_practice, make_user, token_headers

PLAN = {"enabled": True, "focus": "low mood; behavioural activation", "modules": ["depression-and-activity"],
        "skills": ["behavioural-activation", "thought-record"], "review_note": "every Friday"}


async def _world(session, *, consent: bool = True, **fields):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    client = await make_client(session, practice, clinician=clinician, **fields)
    portal = await make_user(session, practice, Role.client, client=client)
    if consent:
        await make_consent(session, client, Feature.ai_companion)
    # Ids, not rows: a failed request rolls back and expires what the test holds.
    return (practice.id, client.id, await token_headers(session, clinician), await token_headers(session, portal),
            await token_headers(session, await make_user(session, practice, Role.admin)))


async def test_plan_versions_through_the_api(session, http):
    _, client_id, staff, _, _ = await _world(session, preferred_language="pt")
    empty = await http.get(f"/api/v1/clients/{client_id}/companion/plan", headers=staff)
    assert empty.status_code == 200 and empty.json()["plan"] is None and empty.json()["consent_given"]
    first = await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN, headers=staff)
    assert first.status_code == 201, first.text
    assert first.json()["version"] == 1 and first.json()["language"] == "pt"
    second = await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN | {"enabled": False},
                             headers=staff)
    assert second.json()["version"] == 2
    state = (await http.get(f"/api/v1/clients/{client_id}/companion/plan", headers=staff)).json()
    assert state["plan"]["version"] == 2 and not state["active"] and state["chat_allowed"]
    versions = (await http.get(f"/api/v1/clients/{client_id}/companion/plan/versions", headers=staff)).json()
    assert [v["version"] for v in versions] == [2, 1] and versions[1]["focus"] == PLAN["focus"]


async def test_switching_on_without_consent_is_a_403_with_the_reason(session, http):
    _, client_id, staff, _, _ = await _world(session, consent=False)
    refused = await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN, headers=staff)
    assert refused.status_code == 403
    assert refused.json()["error"] == "ConsentRequired" and "consent" in refused.json()["detail"]


async def test_bad_plans_are_400_or_422(session, http):
    _, client_id, staff, _, _ = await _world(session)
    unknown = await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN | {"modules": ["x"]},
                              headers=staff)
    assert unknown.status_code == 400 and unknown.json()["error"] == "BadRequest"
    invalid = await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN | {"address": "casual"},
                              headers=staff)
    assert invalid.status_code == 422 and invalid.json()["error"] == "ValidationError"


async def test_clients_and_admins_cannot_read_the_plan(session, http):
    _, client_id, _, me, admin = await _world(session)
    for headers in (me, admin):
        assert (await http.get(f"/api/v1/clients/{client_id}/companion/plan", headers=headers)).status_code == 403
    assert (await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN,
                            headers=admin)).status_code == 403


async def test_the_portal_library_and_an_item_in_the_plans_language(session, http):
    _, client_id, staff, me, _ = await _world(session)
    off = (await http.get("/api/v1/portal/companion/library", headers=me)).json()
    assert off == {"active": False, "reason": "no_plan", "language": "en", "items": []}
    await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN | {"language": "it"}, headers=staff)
    offer = (await http.get("/api/v1/portal/companion/library", headers=me)).json()
    assert offer["active"] and [i["slug"] for i in offer["items"]] == [
        "depression-and-activity", "behavioural-activation", "thought-record"]
    assert offer["items"][2]["title"] == "Diario dei pensieri" and offer["items"][2]["exercise"]
    item = (await http.get("/api/v1/portal/companion/library/thought-record", headers=me)).json()
    assert item["lang"] == "it" and not item["fallback"] and item["markdown"].startswith("# Diario dei pensieri")
    assert item["sources"] and item["sources"][0]["publisher"]
    assert (await http.get("/api/v1/portal/companion/library/grief", headers=me)).status_code == 404
    catalogue = (await http.get("/api/v1/companion/library?lang=fr", headers=staff)).json()
    assert len(catalogue) == 19 and catalogue[0]["lang"] == "fr"


async def test_exercises_through_the_api_with_the_crisis_response(session, http):
    _, client_id, staff, me, _ = await _world(session)
    await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN, headers=staff)
    planned = await http.post("/api/v1/portal/companion/exercises/behavioural-activation", headers=me, json={
        "activity": "Call my sister", "planned_for": "2026-12-09", "mood_before": 2})
    assert planned.status_code == 201 and planned.json()["exercise"]["status"] == "planned"
    assert planned.json()["crisis"] is None and planned.json()["exercise"]["screen_level"] is None
    record_id = planned.json()["exercise"]["id"]
    done = await http.post(f"/api/v1/portal/companion/exercises/{record_id}/done", headers=me,
                           json={"mood_after": 1, "note": "I have the pills saved up and I'm taking them tonight"})
    assert done.status_code == 200 and done.json()["exercise"]["status"] == "done"
    assert done.json()["crisis"]["emergency"] and done.json()["crisis"]["lead_with_emergency"]
    again = await http.post(f"/api/v1/portal/companion/exercises/{record_id}/done", headers=me, json={"mood_after": 3})
    assert again.status_code == 409
    records = (await http.get(f"/api/v1/clients/{client_id}/companion/exercises", headers=staff)).json()
    assert records[0]["screen_level"] in ("high", "imminent") and records[0]["alert_id"]
    assert records[0]["data"]["mood_after"] == 1
    mine = (await http.get("/api/v1/portal/companion/exercises", headers=me)).json()
    assert mine[0]["screen_level"] is None and mine[0]["alert_id"] is None


async def test_exercise_validation_and_offer_checks(session, http):
    _, client_id, staff, me, _ = await _world(session)
    await http.post(f"/api/v1/clients/{client_id}/companion/plan", json=PLAN, headers=staff)
    bad = await http.post("/api/v1/portal/companion/exercises/thought-record", headers=me, json={
        "situation": "x", "emotions": [{"name": "sad", "before": 120, "after": 10}], "automatic_thought": "y",
        "balanced_thought": "z"})
    assert bad.status_code == 422
    not_offered = await http.post("/api/v1/portal/companion/exercises/paced-breathing", headers=me,
                                  json={"minutes": 3})
    assert not_offered.status_code == 403 and not_offered.json()["error"] == "Forbidden"
    as_staff = await http.post("/api/v1/portal/companion/exercises/thought-record", headers=staff, json={
        "situation": "x", "emotions": [{"name": "sad", "before": 50, "after": 10}], "automatic_thought": "y",
        "balanced_thought": "z"})
    assert as_staff.status_code == 403


async def test_region_settings_through_the_api(session, http):
    _, client_id, staff, me, admin = await _world(session)
    assert (await http.get("/api/v1/companion/settings", headers=staff)).json() == {"no_chat_regions": ["US-IL"]}
    assert (await http.put("/api/v1/companion/settings", json={"no_chat_regions": ["US"]},
                           headers=staff)).status_code == 403
    assert (await http.put("/api/v1/companion/settings", json={"no_chat_regions": ["nope!"]},
                           headers=admin)).status_code == 422
    saved = await http.put("/api/v1/companion/settings", json={"no_chat_regions": ["us"]}, headers=admin)
    assert saved.json() == {"no_chat_regions": ["US"]}
    state = (await http.get(f"/api/v1/clients/{client_id}/companion/plan", headers=staff)).json()
    assert not state["chat_allowed"]
    assert (await http.get("/api/v1/companion/settings", headers=me)).status_code == 403
