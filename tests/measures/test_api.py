"""The measures JSON API: assignments, answering, permissions, errors, trajectories and a FHIR round trip."""

from __future__ import annotations

import pytest

from alliance.accounts.models import Role
from tests.measures.world import PHQ9_MODERATE, make_world
from tests.support.factories import make_client, make_user, token_headers


async def _assign(http, headers, client_id, instrument="phq9", **extra):  # noqa: ANN001
    response = await http.post(f"/api/v1/clients/{client_id}/measures/assignments",
                               json={"instrument": instrument, **extra}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


async def test_assignments_can_be_created_rescheduled_listed_and_ended(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    created = await _assign(http, staff, w.client.id, "PHQ-9", schedule="weekly")
    again = await _assign(http, staff, w.client.id, "phq9", schedule="monthly")
    assert again["id"] == created["id"] and again["schedule"] == "monthly"  # one active assignment per instrument
    listed = (await http.get(f"/api/v1/clients/{w.client.id}/measures/assignments?active=true", headers=staff)).json()
    assert [a["instrument"] for a in listed] == ["phq9"]
    ended = await http.delete(f"/api/v1/measures/assignments/{created['id']}", headers=staff)
    assert ended.status_code == 200 and ended.json()["active"] is False
    assert (await http.get(f"/api/v1/clients/{w.client.id}/measures/due", headers=staff)).json() == []
    await _assign(http, staff, w.client.id, "phq9")
    revived = await http.patch(f"/api/v1/measures/assignments/{created['id']}", json={"active": True}, headers=staff)
    assert revived.status_code == 409  # a second active PHQ-9 assignment would double the questionnaires


async def test_unknown_instrument_is_a_validation_error_naming_the_known_ones(session, http):
    w = await make_world(session)
    url, me = f"/api/v1/clients/{w.client.id}/measures/assignments", await token_headers(session, w.clinician)
    response = await http.post(url, json={"instrument": "phq99"}, headers=me)
    # The OpenAPI document lists the instrument ids, so a name outside them is a 422 like any invalid field.
    assert response.status_code == 422 and "phq9" in response.json()["detail"]
    spelled = await http.post(url, json={"instrument": "PHQ-9"}, headers=me)
    assert spelled.status_code == 201 and spelled.json()["instrument"] == "phq9"


async def test_client_answers_their_own_questionnaire_and_submits_it(session, http):
    w = await make_world(session)
    await _assign(http, await token_headers(session, w.clinician), w.client.id, "gad7")
    me = await token_headers(session, w.portal)
    [due] = (await http.get(f"/api/v1/clients/{w.client.id}/measures/due", headers=me)).json()
    for n in range(1, 8):
        response = await http.put(f"/api/v1/measures/administrations/{due['id']}/answers/gad7_{n}",
                                  json={"value": 2}, headers=me)
        assert response.status_code == 200
    result = await http.post(f"/api/v1/measures/administrations/{due['id']}/submit", headers=me)
    assert result.status_code == 200, result.text
    body = result.json()["administration"]
    # Spitzer 2006: GAD-7 14 is moderate (10-14).
    assert (body["status"], body["total"], body["severity"]) == ("completed", 14, "moderate")


async def test_bad_answers_get_400_or_422_never_500(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    await _assign(http, staff, w.client.id)
    [due] = (await http.get(f"/api/v1/clients/{w.client.id}/measures/due", headers=staff)).json()
    url = f"/api/v1/measures/administrations/{due['id']}/answers"
    out_of_range = await http.put(f"{url}/phq9_9", json={"value": 7}, headers=staff)
    assert out_of_range.status_code == 400
    assert out_of_range.json() == {"error": "InvalidAnswers",
                                   "detail": "PHQ-9 item phq9_9: 7 is not a valid answer (allowed: 0, 1, 2, 3)"}
    assert (await http.put(f"{url}/nope", json={"value": 1}, headers=staff)).status_code == 400
    assert (await http.put(f"{url}/phq9_1", json={"value": "lots"}, headers=staff)).status_code == 422
    submit = await http.post(f"/api/v1/measures/administrations/{due['id']}/submit",
                             json={"answers": {"phq9_1": 1.5}}, headers=staff)
    assert submit.status_code == 422


@pytest.mark.parametrize("who", ["other_client", "other_clinician"])
async def test_others_get_404_for_someone_elses_questionnaire(session, http, who):
    w = await make_world(session)
    if who == "other_client":
        stranger = await make_user(session, w.practice, Role.client, client=await make_client(session, w.practice))
    else:
        stranger = await make_user(session, w.practice, Role.clinician)
    headers, client_id = await token_headers(session, stranger), w.client.id
    await _assign(http, await token_headers(session, w.clinician), client_id)
    me = await token_headers(session, w.portal)
    [due] = (await http.get(f"/api/v1/clients/{client_id}/measures/due", headers=me)).json()
    assert (await http.get(f"/api/v1/measures/administrations/{due['id']}", headers=headers)).status_code == 404
    answer = await http.put(f"/api/v1/measures/administrations/{due['id']}/answers/phq9_1", json={"value": 1},
                            headers=headers)
    assert answer.status_code == 404
    assert (await http.get(f"/api/v1/clients/{client_id}/measures/due", headers=headers)).status_code == 404


async def test_supervisor_reads_results_but_cannot_assign_and_admin_sees_no_clinical_content(session, http):
    from alliance.clients.schemas import SupervisionCreate
    from alliance.clients import service as clients_service
    from tests.support.factories import actor

    w = await make_world(session)
    supervisor = await make_user(session, w.practice, Role.supervisor)
    admin = await make_user(session, w.practice, Role.admin)
    await clients_service.add_supervision(session, actor(admin), SupervisionCreate(
        supervisor_id=supervisor.id, supervisee_id=w.clinician.id))
    sup, adm = await token_headers(session, supervisor), await token_headers(session, admin)
    client_id = w.client.id
    results = f"/api/v1/clients/{client_id}/measures/results/phq9"
    assert (await http.get(results, headers=sup)).status_code == 200
    assign = await http.post(f"/api/v1/clients/{client_id}/measures/assignments", json={"instrument": "phq9"},
                             headers=sup)
    assert assign.status_code == 403
    assert (await http.get(results, headers=adm)).status_code == 403
    assert (await http.get("/api/v1/measures/overdue", headers=adm)).json() == []


async def test_fhir_round_trip_through_the_api_keeps_answers_and_score(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    entered = await http.post(f"/api/v1/clients/{w.client.id}/measures/administrations",
                              json={"instrument": "phq9", "answers": PHQ9_MODERATE, "submit": True}, headers=staff)
    assert entered.status_code == 201, entered.text
    original = entered.json()["administration"]
    qr = (await http.get(f"/api/v1/measures/administrations/{original['id']}/fhir/questionnaire-response",
                         headers=staff)).json()
    assert qr["resourceType"] == "QuestionnaireResponse" and qr["subject"]["reference"] == f"Patient/{w.client.id}"
    observation = (await http.get(f"/api/v1/measures/administrations/{original['id']}/fhir/observation",
                                  headers=staff)).json()
    assert observation["code"]["coding"][0]["code"] == "44261-6" and observation["valueInteger"] == 11
    imported = await http.post(f"/api/v1/clients/{w.client.id}/measures/fhir/import", json=qr, headers=staff)
    assert imported.status_code == 201, imported.text
    copy = imported.json()["administration"]
    assert copy["source"] == "fhir_import" and copy["id"] != original["id"]
    assert (copy["answers"], copy["total"], copy["severity"]) == (original["answers"], 11, "moderate")
    questionnaire = (await http.get("/api/v1/measures/fhir/Questionnaire/phq9?lang=es", headers=staff)).json()
    assert questionnaire["language"] == "es" and questionnaire["code"][0]["code"] == "44249-1"


async def test_importing_an_ehr_response_with_item9_raises_an_alert(session, http):
    w = await make_world(session)
    staff, client_id = await token_headers(session, w.clinician), w.client.id
    # An EHR's response coded with LOINC item and answer codes (PHQ-9 panel 44249-1; item 9 is 44260-8).
    qr = {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://loinc.org/q/44249-1",
          "authored": "2026-10-01T10:00:00Z",
          "item": [{"linkId": code, "answer": [{"valueCoding": {"system": "http://loinc.org", "code": answer}}]}
                   for code, answer in [("44250-9", "LA6569-3"), ("44255-8", "LA6569-3"), ("44259-0", "LA6568-5"),
                                        ("44254-1", "LA6568-5"), ("44251-7", "LA6568-5"), ("44258-2", "LA6568-5"),
                                        ("44252-5", "LA6568-5"), ("44253-3", "LA6568-5"), ("44260-8", "LA6570-1")]]}
    response = await http.post(f"/api/v1/clients/{w.client.id}/measures/fhir/import", json=qr, headers=staff)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["administration"]["total"] == 4 and body["administration"]["risk_flags"] == ["item9"]
    assert body["administration"]["completed_at"].startswith("2026-10-01") and body["alert_id"]
    alerts = (await http.get("/api/v1/alerts", headers=staff)).json()
    assert [a["id"] for a in alerts] == [body["alert_id"]]
    bad = await http.post(f"/api/v1/clients/{client_id}/measures/fhir/import",
                          json={"resourceType": "Patient"}, headers=staff)
    assert bad.status_code == 400


async def test_trajectory_endpoint_gives_points_bands_and_change(session, http):
    w = await make_world(session)
    staff = await token_headers(session, w.clinician)
    url = f"/api/v1/clients/{w.client.id}/measures/trajectory/gad7"
    assert (await http.get(url, headers=staff)).json() is None
    for value in (3, 1):
        await http.post(f"/api/v1/clients/{w.client.id}/measures/administrations", headers=staff,
                        json={"instrument": "gad7", "submit": True,
                              "answers": {f"gad7_{n}": value for n in range(1, 8)}})
    body = (await http.get(url, headers=staff)).json()
    # NHS Talking Therapies: a GAD-7 fall of 4 or more (21 -> 7) is reliable improvement.
    assert [p["total"] for p in body["points"]] == [21, 7]
    assert body["points"][1]["category"] == "reliable_improvement" and len(body["bands"]) == 4
