"""Homework's JSON API: assign and end (typed errors), complete through the portal (422 for answers that do not fit
the homework), the tools with validation at the edge, and who may call what."""

from __future__ import annotations

from alliance.accounts.models import Role
from tests.homework.world import NIGHT, RISK, world
from tests.support.factories import make_user, token_headers


async def test_assign_list_complete_and_end_through_the_api(session, http):
    _, clinician, client, portal = await world(session)
    staff = await token_headers(session, clinician)
    me = await token_headers(session, portal)
    made = await http.post(f"/api/v1/clients/{client.id}/homework", headers=staff, json={
        "kind": "worry-log", "schedule": "daily", "note": "Worry time at 18:00"})
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["kind"], body["expected"], body["done"], body["note"]) == ("worry-log", 1, 0, "Worry time at 18:00")
    mine = (await http.get("/api/v1/portal/homework", headers=me)).json()
    assert [a["id"] for a in mine] == [body["id"]]
    wrong = await http.post(f"/api/v1/portal/homework/{body['id']}/entries", headers=me,
                            json={"worry": "Money", "distress": 11})
    assert wrong.status_code == 422 and wrong.json()["error"] == "ValidationError"
    done = await http.post(f"/api/v1/portal/homework/{body['id']}/entries", headers=me,
                           json={"worry": "Money this month", "distress": 6, "still_relevant": False})
    assert done.status_code == 201 and done.json()["crisis"] is None
    assert done.json()["entry"]["screen_level"] is None  # the client never sees the screen's verdict
    entries = (await http.get(f"/api/v1/clients/{client.id}/homework/entries", headers=staff)).json()
    assert entries[0]["data"]["worry"] == "Money this month" and entries[0]["screen_level"] == "none"
    ended = await http.post(f"/api/v1/homework/{body['id']}/end", headers=staff)
    assert ended.status_code == 200 and ended.json()["status"] == "ended"
    again = await http.post(f"/api/v1/homework/{body['id']}/end", headers=staff)
    assert again.status_code == 409 and again.json()["error"] == "Conflict"


async def test_tools_validate_at_the_edge_and_return_the_crisis_response(session, http):
    _, clinician, client, portal = await world(session)
    me = await token_headers(session, portal)
    assert (await http.post("/api/v1/portal/exposure/situations", headers=me,
                            json={"situation": "Bus", "suds": 101})).status_code == 422
    assert (await http.post("/api/v1/portal/sleep-diary", headers=me,
                            json=NIGHT | {"bed_time": "7pm"})).status_code == 422
    night = await http.post("/api/v1/portal/sleep-diary", headers=me, json=NIGHT)
    assert night.status_code == 201
    twice = await http.post("/api/v1/portal/sleep-diary", headers=me, json=NIGHT)
    assert twice.status_code == 409
    future = await http.post("/api/v1/portal/check-ins", headers=me, json={"mood": 5, "day": "2999-01-01"})
    assert future.status_code == 400 and future.json()["error"] == "BadRequest"
    risky = await http.post("/api/v1/portal/check-ins", headers=me, json={"mood": 1, "note": RISK})
    assert risky.status_code == 201 and risky.json()["crisis"]["emergency"]
    staff = await token_headers(session, clinician)
    nights = (await http.get(f"/api/v1/clients/{client.id}/sleep-diary", headers=staff)).json()
    assert nights[0]["efficiency"] == 75.0
    checkins = (await http.get(f"/api/v1/clients/{client.id}/check-ins", headers=staff)).json()
    assert checkins[0]["screen_level"] in ("moderate", "high", "imminent") and checkins[0]["alert_id"]


async def test_who_may_call_what(session, http):
    practice, clinician, client, portal = await world(session)
    admin = await token_headers(session, await make_user(session, practice, Role.admin))
    stranger = await token_headers(session, await make_user(session, practice, Role.clinician))
    me = await token_headers(session, portal)
    staff = await token_headers(session, clinician)
    url = f"/api/v1/clients/{client.id}/homework"
    assert (await http.get(url, headers=staff)).status_code == 200
    assert (await http.get(url, headers=me)).status_code == 200  # the client reads their own
    assert (await http.get(url, headers=admin)).status_code == 403
    assert (await http.get(url, headers=stranger)).status_code == 404
    assert (await http.post(url, headers=me, json={"kind": "check-in"})).status_code == 403
    assert (await http.post(url, headers=stranger, json={"kind": "check-in"})).status_code == 404
    assert (await http.post("/api/v1/portal/check-ins", headers=staff, json={"mood": 5})).status_code == 403
    assert (await http.get(url)).status_code == 401
