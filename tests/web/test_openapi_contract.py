"""The OpenAPI document says what the server does: 422 bodies, enums for instruments and formats, Allow."""

from __future__ import annotations


async def test_validation_errors_are_documented_as_they_are_sent(app, http):
    schema = app.openapi()
    documented = schema["components"]["schemas"]["HTTPValidationError"]
    assert documented["required"] == ["error", "detail", "problems"]
    sent = await http.post("/api/v1/auth/login", json={"email": 3})
    assert sent.status_code == 422 and set(sent.json()) == {"error", "detail", "problems"}


async def test_instrument_and_format_names_are_enums_in_the_schema(app):
    schemas = app.openapi()["components"]["schemas"]
    instrument = schemas["AssignmentCreate"]["properties"]["instrument"]
    assert "phq9" in instrument["enum"] and "gad7" in instrument["enum"]
    note_format = schemas["NoteCreate"]["properties"]["format"]
    assert "pattern" in note_format  # built-in or practice formats: a name, answered 400 when unknown


async def test_options_and_405_name_every_method_of_the_path(http):
    options = await http.options("/api/v1/clients")
    assert options.status_code == 204 and options.headers["allow"] == "GET, POST, OPTIONS"
    wrong = await http.delete("/api/v1/clients")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, POST"
    assert wrong.json()["error"] == "MethodNotAllowed"


async def test_the_favicon_is_served(http):
    icon = await http.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
