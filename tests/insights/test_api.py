"""Insights routes: who may see what (a permission matrix), the report by group, the CSV and the page."""

from __future__ import annotations

import csv
import io

import pytest

from alliance.accounts.models import Role
from tests.insights.world import COHORT, make_world
from tests.support.factories import make_client, make_user, token_headers

# role -> expected status; "client" is a portal user, "stranger" a clinician of another practice.
MATRIX = [
    ("GET", "/api/v1/insights/outcomes", dict(admin=200, supervisor=200, clinician=200, client=403)),
    ("GET", "/api/v1/insights/outcomes?by=language", dict(admin=200, supervisor=200, clinician=200, client=403)),
    ("GET", "/api/v1/insights/not-on-track", dict(admin=403, supervisor=200, clinician=200, client=403)),
    ("GET", "/api/v1/insights/groups", dict(admin=200, supervisor=200, clinician=200, client=403)),
    ("POST", "/api/v1/insights/groups", dict(admin=201, supervisor=403, clinician=403, client=403)),
    ("GET", "/insights", dict(admin=200, supervisor=200, clinician=200, client=403)),
    ("GET", "/insights/outcomes.csv", dict(admin=200, supervisor=200, clinician=200, client=403)),
]


async def _users(session, w):
    portal_client = w.clients[0]
    client_user = await make_user(session, w.practice, Role.client, client=portal_client)
    return {"admin": w.admin, "supervisor": w.supervisor, "clinician": w.clinician, "client": client_user}


@pytest.mark.parametrize("method,path,expected", MATRIX)
async def test_permission_matrix(session, http, method, path, expected):
    w = await make_world(session, cohort=COHORT[:2])
    users = await _users(session, w)
    tokens = {role: await token_headers(session, user) for role, user in users.items()}  # before any rollback
    for role, status in expected.items():
        headers = tokens[role]
        body = {"name": f"Group {role}"} if method == "POST" else None
        res = await http.request(method, path, headers=headers, json=body)
        assert res.status_code == status, (role, res.text[:300])


async def test_a_clinician_cannot_filter_to_another_clinician(session, http):
    w = await make_world(session, cohort=COHORT[:2])
    clinician, supervisor = await token_headers(session, w.clinician), await token_headers(session, w.supervisor)
    other_id, own_id = w.other.id, w.clinician.id
    res = await http.get(f"/api/v1/insights/outcomes?clinician_id={other_id}", headers=clinician)
    assert res.status_code == 403
    ok = await http.get(f"/api/v1/insights/outcomes?clinician_id={own_id}", headers=supervisor)
    assert ok.status_code == 200
    nope = await http.get(f"/api/v1/insights/outcomes?clinician_id={other_id}", headers=supervisor)
    assert nope.status_code == 403


async def test_unknown_group_or_bad_date_is_a_400_not_a_500(session, http):
    w = await make_world(session, cohort=COHORT[:2])
    headers = await token_headers(session, w.admin)
    assert (await http.get("/api/v1/insights/outcomes?by=shoe_size", headers=headers)).status_code == 400
    assert (await http.get("/insights?start=yesterday", headers=headers)).status_code == 400
    assert (await http.get("/insights?by=shoe_size", headers=headers)).status_code == 400
    assert (await http.get("/api/v1/insights/outcomes?start=0001-01-01T00:00:00", headers=headers)).status_code == 400
    assert (await http.get("/api/v1/insights/outcomes?start=2026-02-01T00:00:00&end=2026-01-01T00:00:00",
                           headers=headers)).status_code == 400


async def test_api_by_group_gives_tables_with_counts_and_suppresses_small_groups(session, http):
    w = await make_world(session, cohort=COHORT * 2, languages=["en"] * 9 + ["fr"])  # 18 en, 2 fr
    res = await http.get("/api/v1/insights/outcomes?by=language", headers=await token_headers(session, w.admin))
    assert res.status_code == 200
    body = res.json()
    assert body["finished_courses"] == 20
    table = next(t for t in body["groups"] if t["figure"] == "reliable_deterioration")
    rows = {r["value"]: r for r in table["rows"]}
    assert rows["fr"]["suppressed"] and rows["fr"]["count"] is None and rows["fr"]["note"] == "fewer than 10"
    # Only one small group: the other is hidden too, or "fr" = total - "en" would give it away.
    assert rows["en"]["suppressed"] and rows["en"]["count"] is None


async def test_csv_has_the_headline_rates_and_the_group_rows(session, http):
    w = await make_world(session, cohort=COHORT * 3, languages=["en", "fr"])
    res = await http.get("/insights/outcomes.csv?by=language", headers=await token_headers(session, w.admin))
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    recovered = next(r for r in rows if r["section"] == "overall" and r["figure"] == "recovered")
    assert (recovered["numerator"], recovered["count"]) == ("12", "27")
    assert any(r["section"] == "group" and r["value"] == "fr" for r in rows)


async def test_page_shows_figures_the_group_table_and_clients_not_on_track(session, http):
    w = await make_world(session, cohort=COHORT * 2)
    from datetime import timedelta

    from tests.insights.world import add_scores

    worse = await make_client(session, w.practice, clinician=w.clinician, given_name="Robin")
    add_scores(session, worse, "phq9", [12, 19], end=w.now - timedelta(days=2))
    await session.flush()
    supervisor, admin_headers = await token_headers(session, w.supervisor), await token_headers(session, w.admin)
    res = await http.get("/insights?by=language", headers=supervisor)
    assert res.status_code == 200
    html = res.text
    assert "Finished courses" in html and "Recovery" in html and "95% interval" in html
    assert "Clients not on track" in html and "Robin" in html and f"/clients/{worse.id}" in html
    assert "reliable deterioration on the PHQ-9 (12 to 19)" in html
    admin = await http.get("/insights", headers=admin_headers)
    assert "Robin" not in admin.text  # an admin sees figures, never the clinical list of names


async def test_admin_defines_a_group_and_staff_tag_a_client(session, http):
    w = await make_world(session, cohort=COHORT[:1])
    admin, headers, other = (await token_headers(session, w.admin), await token_headers(session, w.clinician),
                             await token_headers(session, w.other))
    client_id = w.clients[0].id
    made = await http.post("/api/v1/insights/groups", json={"name": "Student counselling"}, headers=admin)
    assert made.status_code == 201
    gid = made.json()["id"]
    dup = await http.post("/api/v1/insights/groups", json={"name": "Student counselling"}, headers=admin)
    assert dup.status_code == 409
    odd = await http.post("/api/v1/insights/groups", json={"name": "bad\u0000name"}, headers=admin)
    assert odd.status_code == 400
    put = await http.put(f"/api/v1/clients/{client_id}/groups", json={"group_ids": [gid]}, headers=headers)
    assert put.status_code == 200 and put.json()["group_ids"] == [gid]
    assert (await http.put(f"/api/v1/clients/{client_id}/groups", json={"group_ids": []},
                           headers=other)).status_code == 404


async def test_client_page_caseload_and_today_flag_a_client_not_on_track(session, http):
    from datetime import timedelta

    from tests.insights.world import add_scores

    w = await make_world(session, cohort=[])
    worse = await make_client(session, w.practice, clinician=w.clinician, given_name="Robin")
    add_scores(session, worse, "phq9", [12, 19], end=w.now - timedelta(days=2))
    fine = await make_client(session, w.practice, clinician=w.clinician, given_name="Sam")
    add_scores(session, fine, "phq9", [12, 8], end=w.now - timedelta(days=2))
    await session.flush()
    worse_id, fine_id = worse.id, fine.id
    headers = await token_headers(session, w.clinician)
    page = (await http.get(f"/clients/{worse_id}", headers=headers)).text
    assert 'aria-labelledby="not-on-track-h"' in page and "Reliable deterioration on the PHQ-9 (12 to 19); " in page
    assert 'aria-labelledby="not-on-track-h"' not in (await http.get(f"/clients/{fine_id}", headers=headers)).text
    caseload = (await http.get("/caseload", headers=headers)).text
    assert "Not on track: reliable deterioration on the PHQ-9 (12 to 19)" in caseload and "on track" in caseload
    today = (await http.get("/today", headers=headers)).text
    assert "Clients not on track" in today and f"/clients/{worse_id}" in today
