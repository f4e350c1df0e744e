"""Schemathesis over the live server's OpenAPI: no request gets a 5xx, and every error is {"error", "detail"}.

Each operation is one test (new domains' routes join automatically). Examples are generated from the schema
(valid and invalid data), some aimed at real rows of the demo (Marisol's record, her appointments, real users)
so requests get past the 404 and into the services. Practice-wide operations run as the demo admin, the rest
as the demo clinician; log-out and token revocation use a throw-away user so the others keep their tokens.
Generation is derandomised so a failure reproduces from run to run.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.e2e.helpers import ADMIN, CLINICIAN, LiveServer

pytestmark = pytest.mark.slow


def _operations() -> list[tuple[str, str]]:
    """(method, path) of every API operation, read from the app's own schema at collection time."""
    from alliance.web.app import create_app

    spec = create_app().openapi()
    return [
        (method.upper(), path)
        for path, ops in spec["paths"].items()
        for method in ops
        if path.startswith("/api/")
    ]


OPERATIONS = _operations()
# About 750 requests in all, 8 to 20 per operation, so the run stays near a minute as the API grows.
EXAMPLES = max(8, min(20, 750 // max(len(OPERATIONS), 1)))
ADMIN_PREFIXES = (
    "/api/v1/users",
    "/api/v1/practice",
    "/api/v1/supervisions",
    "/api/v1/consent-documents",
    "/api/v1/audit",
)
ADMIN_OPERATIONS = {
    ("POST", "/api/v1/clients/{client_id}/care-team"),
    ("DELETE", "/api/v1/clients/{client_id}/care-team/{clinician_id}"),
    ("POST", "/api/v1/clients/{client_id}/erase"),
}
THROWAWAY_OPERATIONS = {("POST", "/api/v1/auth/logout"), ("DELETE", "/api/v1/auth/tokens/{token_id}")}


@dataclass
class FuzzTarget:
    """The server, its schema, a token per identity and ids of real rows."""

    server: LiveServer
    schema: schemathesis.BaseSchema
    tokens: dict[str, str]
    ids: dict[str, str]
    own_clients: dict[str, str]  # path ending -> a client of its own, for operations that take a client away


def _token(server: LiveServer, email: str, password: str | None = None) -> tuple[str, str, str]:
    """(bearer token, token id, user id) created through the API after a cookie log-in."""
    http = server.login(email, *(p for p in (password,) if p))
    created = http.post("/api/v1/auth/tokens", json={"name": "fuzz"})
    assert created.status_code == 201, created.text
    user_id = http.get("/api/v1/auth/me").json()["id"]
    http.close()
    return created.json()["token"], created.json()["id"], user_id


@pytest.fixture(scope="module")
def target(start_server) -> FuzzTarget:
    """A demo server of its own (fuzzing changes its data), with tokens and real ids."""
    server: LiveServer = start_server("fuzz", "sqlite")
    clinician_token, _, clinician_id = _token(server, CLINICIAN)
    admin_token, _, _ = _token(server, ADMIN)
    email, password = f"fuzz-{uuid.uuid4().hex[:8]}@example.org", "throwaway-password-1"
    made = server.cli(
        "users", "create", "--email", email, "--role", "clinician", "--name", "Fuzz", "--password", password
    )
    assert made.returncode == 0, made.stderr
    throwaway_token, throwaway_token_id, throwaway_id = _token(server, email, password)

    api = httpx.Client(
        base_url=server.base_url, headers={"Authorization": f"Bearer {clinician_token}"}, timeout=30
    )
    marisol = next(
        c["id"] for c in api.get("/api/v1/clients").json() if c["full_name"].endswith("Quintanilla-Ward")
    )
    appointment = api.get(f"/api/v1/clients/{marisol}/appointments").json()[0]["id"]
    own_clients = {}
    for ending in ("/erase", "/care-team", "/care-team/{clinician_id}"):
        made = api.post(
            "/api/v1/clients",
            json={"given_name": "Fuzz", "family_name": f"Target {ending}", "date_of_birth": "1990-01-01"},
        )
        assert made.status_code == 201, made.text
        own_clients[ending] = made.json()["id"]
    api.close()
    schema = schemathesis.openapi.from_url(f"{server.base_url}/api/v1/openapi.json")
    return FuzzTarget(
        server,
        schema,
        tokens={"clinician": clinician_token, "admin": admin_token, "throwaway": throwaway_token},
        ids={
            "client_id": marisol,
            "appointment_id": appointment,
            "user_id": throwaway_id,
            "clinician_id": clinician_id,
            "token_id": throwaway_token_id,
        },
        own_clients=own_clients,
    )


def _identity(method: str, path: str) -> str:
    if (method, path) in THROWAWAY_OPERATIONS:
        return "throwaway"
    if (method, path) in ADMIN_OPERATIONS or path.startswith(ADMIN_PREFIXES):
        return "admin"
    return "clinician"


def _strategy(target: FuzzTarget, method: str, path: str):
    operation = target.schema[path][method]
    names = {p.name for p in operation.path_parameters}
    known = {name: target.ids[name] for name in names if name in target.ids}
    for ending, client_id in target.own_clients.items():
        if path.endswith(ending):
            known["client_id"] = client_id
    options = [operation.as_strategy(GenerationMode.POSITIVE)]
    if operation.body or operation.query or names:
        options.append(operation.as_strategy(GenerationMode.NEGATIVE))
    if known and known.keys() == names:
        options.append(operation.as_strategy(GenerationMode.POSITIVE, path_parameters=known))
    return st.one_of(options)


def _problem(response) -> str | None:
    """Why an error response breaks the {"error", "detail"} contract, or None."""
    if response.status_code < 400:
        return None
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} with a non-JSON body"
    if not (
        isinstance(body, dict) and isinstance(body.get("error"), str) and isinstance(body.get("detail"), str)
    ):
        return f"{response.status_code} body {body!r} lacks string 'error' and 'detail'"
    return None


KNOWN_SERVER_ERRORS: dict[tuple[str, str], str] = {}


def _params():
    for method, path in OPERATIONS:
        marks = []
        if (method, path) in KNOWN_SERVER_ERRORS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_SERVER_ERRORS[(method, path)]))
        yield pytest.param(method, path, id=f"{method} {path}", marks=marks)


@pytest.mark.parametrize(("method", "path"), list(_params()))
def test_operation_never_fails_with_a_server_error(target: FuzzTarget, method: str, path: str) -> None:
    headers = {"Authorization": f"Bearer {target.tokens[_identity(method, path)]}"}
    failures: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=_strategy(target, method, path))
    def run(case) -> None:
        response = case.call(base_url=target.server.base_url, headers=headers, timeout=30)
        try:
            case.validate_response(response, checks=[not_a_server_error])
        except (AssertionError, BaseExceptionGroup) as exc:  # a Failure, or a FailureGroup of them
            failures.append(
                f"{exc}\n{case.as_curl_command(headers=headers, base_url=target.server.base_url)}"
            )
        problem = _problem(response)
        if problem:
            failures.append(
                f"{problem}\n{case.as_curl_command(headers=headers, base_url=target.server.base_url)}"
            )

    run()
    assert not failures, f"{len(failures)} bad responses; first:\n{failures[0]}"
    assert "Traceback" not in target.server.log_text()
