"""The JSON API's edges: typed error shapes, no 500 for a user's mistake, health checks, OpenAPI."""

from __future__ import annotations

import uuid

from alliance.accounts.models import Role
from tests.support.factories import make_client, make_practice, make_user, token_headers


async def test_health_and_readiness(http):
    assert (await http.get("/healthz")).json() == {"status": "ok"}
    ready = await http.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"  # checks: tests/observability


async def test_unknown_route_is_a_typed_404(http):
    response = await http.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"error": "NotFound", "detail": "Not found."}


async def test_malformed_json_is_a_422_not_a_500(session, http):
    practice = await make_practice(session)
    headers = await token_headers(session, await make_user(session, practice, Role.clinician))
    response = await http.post("/api/v1/clients", content=b"{not json", headers=headers | {"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"] == "ValidationError"


async def test_validation_errors_name_the_fields(session, http):
    practice = await make_practice(session)
    headers = await token_headers(session, await make_user(session, practice, Role.clinician))
    response = await http.post("/api/v1/clients", headers=headers, json={
        "given_name": "", "family_name": "X", "date_of_birth": "2999-01-01", "country": "U1"})
    body = response.json()
    assert response.status_code == 422
    fields = {p["field"] for p in body["problems"]}
    assert {"given_name", "date_of_birth", "country"} <= fields


async def test_a_field_called_body_is_named_too(session, http):
    practice = await make_practice(session)
    headers = await token_headers(session, await make_user(session, practice, Role.admin))
    response = await http.post("/api/v1/consent-documents", headers=headers,
                               json={"feature": "ai_documentation", "title": "Form", "body": ""})
    assert response.status_code == 422
    assert [p["field"] for p in response.json()["problems"]] == ["body"]


async def test_a_bad_id_in_the_path_is_a_422(session, http):
    practice = await make_practice(session)
    headers = await token_headers(session, await make_user(session, practice, Role.clinician))
    response = await http.get("/api/v1/clients/not-a-uuid", headers=headers)
    assert response.status_code == 422


async def test_nothing_is_half_written_when_a_request_fails(session, http):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    headers = await token_headers(session, clinician)
    client = await make_client(session, practice, clinician=clinician, given_name="Unchanged")
    client_id = client.id
    # A valid change followed by an invalid clinician id in the same request must leave nothing behind.
    response = await http.post(f"/api/v1/clients/{client_id}/appointments", headers=headers, json={
        "starts_at": "2030-01-01T10:00:00Z", "clinician_id": str(uuid.uuid4())})
    assert response.status_code == 400
    listed = await http.get(f"/api/v1/clients/{client_id}/appointments", headers=headers)
    assert listed.json() == []


async def test_openapi_documents_the_error_shape(http):
    spec = (await http.get("/api/v1/openapi.json")).json()
    responses = spec["paths"]["/api/v1/clients/{client_id}"]["get"]["responses"]
    assert "404" in responses and "403" in responses
    schema = responses["404"]["content"]["application/json"]["schema"]
    assert set(schema["required"]) == {"error", "detail"}


async def test_pages_redirect_to_login_when_logged_out(http):
    response = await http.get("/caseload", headers={"accept": "text/html"})
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


async def test_security_headers_are_set(http):
    response = await http.get("/login")
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
