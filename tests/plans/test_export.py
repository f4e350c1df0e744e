"""Exports and import: the FHIR R4 CarePlan validates, is coded with LOINC and comes back through the import
unchanged; a bad CarePlan is a typed 400; the PDF is a PDF that holds the plan; the API's portal read and
acknowledgement."""

from __future__ import annotations

from datetime import timedelta

from alliance.plans import export, fhir, service
from alliance.plans.schemas import Intervention, PlanCreate
from tests.notes.test_api import pdf_text
from tests.plans.world import content, scores, signed_plan, world
from tests.support.factories import actor, token_headers


async def test_the_care_plan_validates_is_loinc_coded_and_round_trips_through_the_import(session, http):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    c = content(today).model_copy(update={"interventions": [Intervention(
        modality="CBT with behavioural activation", frequency="weekly", sessions=16,
        homework=["activity-log", "thought-record"], who="Clinician leads; client logs activities")],
        "responsibilities": "Client keeps the activity log daily."})
    plan = await signed_plan(session, clinician, client, c)
    staff = await token_headers(session, clinician)
    got = await http.get(f"/api/v1/plans/{plan.id}/fhir", headers=staff)
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/fhir+json")
    resource = got.json()
    assert (resource["resourceType"], resource["status"], resource["intent"]) == (
        "CarePlan",
        "active",
        "plan",
    )
    goal = next(r for r in resource["contained"] if r["resourceType"] == "Goal")
    target = goal["target"][0]
    assert target["measure"]["coding"][0] == {"system": "http://loinc.org", "code": "44261-6",
                                              "display": "PHQ-9 total score"}
    assert target["detailQuantity"] == {"value": 10.0, "comparator": "<"}
    imported = await http.post(f"/api/v1/clients/{client.id}/plans/fhir", headers=staff, json=resource)
    assert imported.status_code == 201, imported.text
    body = imported.json()
    assert body["status"] == "draft" and body["origin"] == "fhir_import"
    assert body["content"] == service.content_of(plan).model_dump(mode="json")


async def test_a_bundle_from_an_ehr_imports_and_bad_input_is_a_clear_typed_error(session, http):
    _, clinician, client, _ = await world(session)
    staff = await token_headers(session, clinician)
    client_id = client.id  # the failed requests below roll back and expire the rows loaded here
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": "urn:uuid:1",
                "resource": {
                    "resourceType": "CarePlan",
                    "status": "active",
                    "intent": "plan",
                    "subject": {"reference": "Patient/x"},
                    "title": "Anxiety plan",
                    "goal": [{"reference": "Goal/g1"}],
                    "addresses": [{"reference": "Condition/c1"}],
                },
            },
            {
                "resource": {
                    "resourceType": "Goal",
                    "id": "g1",
                    "lifecycleStatus": "active",
                    "subject": {"reference": "Patient/x"},
                    "description": {"text": "Less worry"},
                    "target": [
                        {
                            "measure": {"coding": [{"system": "http://loinc.org", "code": "70274-6"}]},
                            "detailQuantity": {"value": 8, "comparator": "<"},
                            "dueDate": "2030-01-01",
                        }
                    ],
                }
            },
            {
                "resource": {
                    "resourceType": "Condition",
                    "id": "c1",
                    "subject": {"reference": "Patient/x"},
                    "code": {
                        "coding": [
                            {
                                "system": "http://hl7.org/fhir/sid/icd-10",
                                "code": "F41.1",
                                "display": "Generalized anxiety disorder",
                            }
                        ]
                    },
                }
            },
        ],
    }
    made = await http.post(f"/api/v1/clients/{client.id}/plans/fhir", headers=staff, json=bundle)
    assert made.status_code == 201, made.text
    c = made.json()["content"]
    assert c["problems"][0]["code"] == "F41.1" and c["problems"][0]["text"] == "Generalized anxiety disorder"
    objective = c["goals"][0]["objectives"][0]
    assert (objective["kind"], objective["measure"], objective["target"]) == ("measure", "gad7", 8.0)
    for bad, words in (({"resourceType": "Patient"}, "Send a FHIR R4 CarePlan"),
                       ({"resourceType": "CarePlan", "status": "bogus", "intent": "plan",
                         "subject": {"reference": "Patient/x"}}, "Not a valid FHIR R4 CarePlan"),
                       ({"resourceType": "CarePlan", "status": "active", "intent": "plan"},
                        "Not a valid FHIR R4 CarePlan"),
                       ({"resourceType": "CarePlan", "status": "active", "intent": "plan",
                         "subject": {"reference": "Patient/x"}}, "names no goals"),
                       ([1, 2], "Send a FHIR R4 CarePlan")):
        got = await http.post(f"/api/v1/clients/{client_id}/plans/fhir", headers=staff, json=bad)
        assert got.status_code == 400 and got.json()["error"] == "InvalidCarePlan", got.text
        assert words in got.json()["detail"]


async def test_the_pdf_is_a_pdf_with_the_plan_its_progress_and_signature(session, http):
    _, clinician, client, _ = await world(session)
    today = await service.client_today(session, client)
    await scores(session, client, "phq9", [(today - timedelta(weeks=2), 16), (today, 12)])
    plan = await signed_plan(session, clinician, client, content(today))
    name, data = await export.export_pdf(session, actor(clinician), plan.id)
    assert data.startswith(b"%PDF") and name.endswith(".pdf")
    text = pdf_text(data)
    for words in ("Feel like myself again", "PHQ-9 below 10", "F32.1", "Dr. Ana Reyes", "latest 12"):
        assert words in text, words
    staff = await token_headers(session, clinician)
    got = await http.get(f"/api/v1/plans/{plan.id}/pdf", headers=staff)
    assert got.status_code == 200 and got.content.startswith(b"%PDF")


async def test_the_client_reads_and_acknowledges_their_plan_through_the_api(session, http):
    _, clinician, client, portal = await world(session)
    me, staff = await token_headers(session, portal), await token_headers(session, clinician)
    today = await service.client_today(session, client)
    draft = await service.create_plan(
        session, actor(clinician), client.id, PlanCreate(content=content(today))
    )
    plan_id = draft.id
    assert (
        await http.get("/api/v1/portal/plan", headers=me)
    ).status_code == 404  # a draft is not the client's
    assert (await http.post(f"/api/v1/plans/{plan_id}/sign", headers=staff)).status_code == 200
    mine = await http.get("/api/v1/portal/plan", headers=me)
    assert (
        mine.status_code == 200
        and mine.json()["content"]["goals"][0]["client_words"] == "Feel like myself again"
    )
    done = await http.post(f"/api/v1/portal/plan/{plan_id}/acknowledge", headers=me)
    assert done.status_code == 200 and done.json()["acknowledged_version"] == 1
    assert (await http.get(f"/api/v1/plans/{plan_id}/progress", headers=me)).status_code == 200


def test_fhir_import_keeps_an_unknown_measure_as_an_unmeasured_objective():
    c = fhir.content_from_care_plan(
        {
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "subject": {"reference": "Patient/x"},
            "contained": [
                {
                    "resourceType": "Goal",
                    "id": "g",
                    "lifecycleStatus": "active",
                    "subject": {"reference": "Patient/x"},
                    "description": {"text": "Sleep better"},
                    "target": [
                        {
                            "measure": {
                                "coding": [{"system": "http://loinc.org", "code": "0000-0"}],
                                "text": "ISI below 8",
                            },
                            "detailQuantity": {"value": 8, "comparator": "<"},
                        }
                    ],
                }
            ],
            "goal": [{"reference": "#g"}],
        }
    )
    [objective] = c.goals[0].objectives
    assert (objective.kind, objective.text) == ("not_measured", "ISI below 8")
