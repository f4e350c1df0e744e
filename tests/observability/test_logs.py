"""Logs: JSON lines with the request id (taken from X-Request-ID when well-formed, echoed), never PHI."""

from __future__ import annotations

import io
import json
import logging

import pytest

from alliance.observability import logs
from tests.support.factories import make_practice, make_user, token_headers

NAME = ("Zebulon", "Quartermaine-Okonkwo")


@pytest.fixture
def json_lines():
    """Every log line of the test as `alliance serve` writes them with ALLIANCE_LOG_FORMAT=json."""
    stream = io.StringIO()
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    logs.configure("INFO", "json", stream=stream)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
    root.setLevel(level)


async def test_a_well_formed_request_id_is_kept_and_echoed(http, json_lines):
    response = await http.get("/healthz", headers={"X-Request-ID": "lb-7f3a9c21"})
    assert response.headers["x-request-id"] == "lb-7f3a9c21"
    access = [line for line in json_lines() if line["logger"] == "alliance.access"]
    assert access and access[-1]["request_id"] == "lb-7f3a9c21"
    assert access[-1]["message"].startswith("GET /healthz 200")


@pytest.mark.parametrize("given", ["short", "has spaces in it", "x" * 200, "<script>alert(1)</script>"])
async def test_a_malformed_request_id_is_replaced(http, given):
    response = await http.get("/healthz", headers={"X-Request-ID": given})
    assert response.headers["x-request-id"] != given
    assert len(response.headers["x-request-id"]) == 32


async def test_a_clients_name_in_the_body_and_the_path_stays_out_of_the_logs(http, session, json_lines):
    practice = await make_practice(session)
    clinician = await make_user(session, practice)
    headers = await token_headers(session, clinician)
    created = await http.post("/api/v1/clients", headers=headers, json={
        "given_name": NAME[0], "family_name": NAME[1], "date_of_birth": "1984-02-29", "preferred_language": "en",
        "country": "US"})
    assert created.status_code == 201, created.text
    found = await http.get(f"/caseload?q={NAME[0]}+{NAME[1]}", headers={**headers, "accept": "text/html"})
    assert found.status_code == 200 and NAME[0] in found.text  # the search ran and found the client
    missing = await http.get(f"/{NAME[0]}/{NAME[1]}")  # a name as a path nobody serves
    assert missing.status_code == 404
    bad = await http.post("/api/v1/clients", headers=headers, json={"given_name": NAME[0], "family_name": NAME[1],
                                                                   "date_of_birth": "not a date"})
    assert bad.status_code == 422
    lines = json_lines()
    assert len([line for line in lines if line["logger"] == "alliance.access"]) >= 4
    text = json.dumps(lines)
    for part in (*NAME, "1984-02-29"):
        assert part not in text
    assert all(line["request_id"] for line in lines if line["logger"] == "alliance.access")


def test_json_format_is_chosen_by_the_setting(monkeypatch):
    from alliance.config import get_settings

    monkeypatch.setattr(get_settings(), "log_format", "json")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.configure("INFO")
        ours = [h for h in root.handlers if getattr(h, logs._HANDLER_FLAG, False)]
        assert len(ours) == 1
        from pythonjsonlogger.json import JsonFormatter

        assert isinstance(ours[0].formatter, JsonFormatter)
        logs.configure("INFO", "plain")
        ours = [h for h in root.handlers if getattr(h, logs._HANDLER_FLAG, False)]
        assert len(ours) == 1 and type(ours[0].formatter) is logs.PlainFormatter
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)


def test_a_logged_error_names_its_type_but_not_its_message(json_lines):
    try:
        raise ValueError(f"could not parse {NAME[0]} {NAME[1]}")
    except ValueError:
        logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
    (line,) = [line for line in json_lines() if line["logger"] == "uvicorn.error"]
    assert line["exc_info"].endswith("builtins.ValueError")
    assert "test_logs.py" in line["exc_info"]
    assert NAME[0] not in json.dumps(line)
