"""Every server-rendered page answers bad input (unknown ids, malformed ids, junk form fields) without a 5xx.

The page routes are read from the app at collection time, so new domains' pages are covered automatically.
Each is requested as the role it is meant for, with the demo's real ids where it takes them and with
ids that do not exist, and every form field it declares is filled with junk.
"""

from __future__ import annotations

import importlib
import uuid

import httpx
import pytest

from tests.e2e.helpers import ADMIN, CLIENT, CLINICIAN, LiveServer

SKIP = {"/logout"}  # ends the shared session; covered by the browser journey
# Pages that read the raw form declare no fields: send the names such forms commonly use.
COMMON_FIELDS = [
    "given_name",
    "family_name",
    "date_of_birth",
    "phone",
    "country",
    "email",
    "name",
    "instrument",
    "kind",
    "value",
    "note",
    "item_1",
    "answer",
]
JUNK = ["zz<script>alert(1)</script>\x00", "", "-1", "9" * 40, "x" * 5000]


def _page_routes() -> list[tuple[str, str, list[str]]]:
    """(method, path, form field names) of every page route."""
    from alliance.web.app import PAGE_ROUTERS, create_app

    create_app()  # registers every domain's routers
    routes = []
    for name in PAGE_ROUTERS:
        router = importlib.import_module(name).router
        for route in router.routes:
            fields = [p.alias for p in route.dependant.body_params] or COMMON_FIELDS
            for method in sorted(route.methods):
                if router.prefix + route.path not in SKIP:
                    routes.append((method, router.prefix + route.path, fields))
    return routes


ROUTES = _page_routes()


def _who(path: str) -> str:
    if path.startswith("/portal"):
        return CLIENT
    if path.startswith("/admin"):
        return ADMIN
    return CLINICIAN


@pytest.fixture(scope="module")
def sessions(sqlite_server: LiveServer) -> dict[str, httpx.Client]:
    """A logged-in client per demo identity, and the ids of real rows."""
    clients = {email: sqlite_server.login(email) for email in (CLINICIAN, ADMIN, CLIENT)}
    yield clients
    for client in clients.values():
        client.close()


@pytest.fixture(scope="module")
def real_ids(sessions: dict[str, httpx.Client]) -> dict[str, str]:
    """Ids of rows that exist: Marisol, her clinician."""
    staff = sessions[CLINICIAN]
    marisol = next(
        c["id"] for c in staff.get("/api/v1/clients").json() if c["full_name"].endswith("Quintanilla-Ward")
    )
    return {"client_id": marisol, "user_id": staff.get("/api/v1/auth/me").json()["id"]}


def _paths(path: str, real: dict[str, str]) -> list[tuple[str, list[str]]]:
    """(url, junk values to post) for real ids, ids that do not exist, and malformed ids."""
    names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    if not names:
        return [(path, JUNK)]
    fills = [
        ({n: real.get(n, str(uuid.uuid4())) for n in names}, JUNK),
        ({n: str(uuid.uuid4()) for n in names}, JUNK[:2]),
        ({n: "not-an-id" for n in names}, JUNK[:1]),  # refused before the form is read
    ]
    return [(path.format(**fill), junk) for fill, junk in fills]


@pytest.mark.parametrize(
    ("method", "path", "fields"), [pytest.param(m, p, f, id=f"{m} {p}") for m, p, f in ROUTES]
)
def test_page_answers_bad_input_without_a_server_error(
    sqlite_server: LiveServer,
    sessions: dict[str, httpx.Client],
    real_ids: dict[str, str],
    method: str,
    path: str,
    fields: list[str],
) -> None:
    http = sessions[_who(path)]
    html = {"accept": "text/html"}
    bad = []
    for url, junk_values in _paths(path, real_ids):
        if method == "GET":
            attempts = [http.get(url, headers=html, params={"status": "zz", "before_seq": "-1"})]
        else:
            csrf = http.headers["X-CSRF-Token"]
            attempts = [
                http.post(url, headers=html, data={"csrf_token": csrf, **{f: junk for f in fields}})
                for junk in junk_values
            ]
            attempts.append(http.post(url, headers=html, data={f: "x" for f in fields}))  # no CSRF token
        bad += [
            f"{r.status_code} {r.request.method} {r.request.url}" for r in attempts if r.status_code >= 500
        ]
    assert not bad, bad
    assert "Traceback" not in sqlite_server.log_text()
