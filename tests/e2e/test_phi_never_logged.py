"""PHI never reaches the server's log output or the raw database files (nor a pg_dump on PostgreSQL)."""

from __future__ import annotations

import io
import json
import random
import shutil
import string
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest

from tests.e2e.helpers import CLIENT, CLINICIAN, LiveServer

MARISOL_PHI = [
    "Marisol",
    "Quintanilla",
    "1987-03-14",
    "19870314",
    "14/03/1987",
    "03/14/1987",
    "503 555 0142",
    "503 555 0199",
    "Daniel Ward",
]


def made_up_client() -> dict[str, str]:
    """A fictional client whose every identifying value is unique to this test run."""
    tag = "".join(random.choices(string.ascii_lowercase, k=6))
    return {
        "given_name": f"Ottoline{tag.title()}",
        "family_name": f"Quillfeather-{tag.title()}",
        "date_of_birth": "1979-08-23",
        "pronouns": "she/her",
        "email": f"ottoline.{tag}@example.net",
        "phone": "+1 971 555 0187",
        "preferred_language": "en",
        "country": "US",
        "region": "OR",
        "emergency_contact_name": f"Bartholomew Quillfeather-{tag.title()}",
        "emergency_contact_phone": "+1 971 555 0166",
        "emergency_contact_relationship": "brother",
    }


def variants(secret: str) -> set[bytes]:
    """The byte patterns a string could be stored as: UTF-8 and UTF-16, as written, upper- and lower-case."""
    out: set[bytes] = set()
    for text in {secret, secret.lower(), secret.upper()}:
        out |= {text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")}
    return out


def leaks(blob: bytes, secrets: list[str]) -> list[str]:
    """Which secrets (in any variant) appear in the bytes."""
    return [s for s in secrets if any(v in blob for v in variants(s))]


def scan_data_dir(data_dir: Path, secrets: list[str]) -> dict[str, list[str]]:
    """Every file under the data dir except the keyring, with the secrets found in it."""
    found = {}
    for path in sorted(
        p for p in data_dir.rglob("*") if p.is_file() and "keys" not in p.relative_to(data_dir).parts
    ):
        hits = leaks(path.read_bytes(), secrets)
        if hits:
            found[str(path.relative_to(data_dir))] = hits
    return found


def exercise(server: LiveServer, person: dict[str, str]) -> str:
    """Use the app the way staff and a client do, PHI in hand; returns the new client's id."""
    staff = server.login(CLINICIAN)
    html = {"accept": "text/html"}
    created = staff.post("/api/v1/clients", json=person)
    assert created.status_code == 201, created.text
    client_id = created.json()["id"]
    caseload = staff.get("/caseload", headers=html)
    assert person["family_name"] in caseload.text and "Quintanilla-Ward" in caseload.text
    marisol_id = next(
        c["id"] for c in staff.get("/api/v1/clients").json() if c["full_name"].endswith("Quintanilla-Ward")
    )
    for cid in (client_id, marisol_id):
        assert staff.get(f"/clients/{cid}", headers=html).status_code == 200
        assert staff.get(f"/api/v1/clients/{cid}").json()["date_of_birth"] in ("1979-08-23", "1987-03-14")
        assert staff.get(f"/api/v1/clients/{cid}/appointments").status_code == 200
    updated = staff.patch(
        f"/api/v1/clients/{client_id}",
        json={"phone": "+1 971 555 0177", "emergency_contact_name": person["emergency_contact_name"] + " Jr"},
    )
    assert updated.status_code == 200, updated.text
    consent = staff.post(
        f"/api/v1/clients/{client_id}/consent", json={"feature": "ai_documentation", "decision": "given"}
    )
    assert consent.status_code == 201, consent.text
    export = staff.get(f"/api/v1/clients/{client_id}/export")
    assert export.status_code == 200
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        records = json.loads(archive.read("records.json"))
    assert records["profile"]["family_name"] == person["family_name"]  # the PHI is there to be found

    # Failures with PHI in what was sent: a failed log-in (as the client's own address), a 404, invalid input.
    failed = staff.post(
        "/login", data={"email": person["email"], "password": "wrong-" + person["family_name"]}, headers=html
    )
    assert failed.status_code == 401
    assert (
        staff.post(
            "/api/v1/auth/login", json={"email": CLIENT, "password": person["family_name"]}
        ).status_code
        == 401
    )
    assert staff.get(f"/api/v1/clients/{uuid.uuid4()}").status_code == 404
    assert staff.get(f"/clients/{uuid.uuid4()}", headers=html).status_code == 404
    invalid = staff.post(
        "/api/v1/clients", json=person | {"date_of_birth": "2999-01-01", "phone": person["family_name"]}
    )
    assert invalid.status_code == 422 and invalid.json()["error"] == "ValidationError"
    bad_patch = staff.patch(
        f"/api/v1/clients/{client_id}",
        json={"country": person["given_name"], "emergency_contact_phone": person["given_name"]},
    )
    assert bad_patch.status_code == 422
    bad_form = staff.post(
        "/clients/new",
        headers=html,
        data={"csrf_token": staff.headers["X-CSRF-Token"], **person, "date_of_birth": "not a date"},
    )
    assert bad_form.status_code == 400
    staff.close()

    client = server.login(CLIENT)
    assert "Marisol" in client.get("/portal", headers={"accept": "text/html"}).text
    assert (
        client.post(
            "/portal/consent",
            data={
                "csrf_token": client.headers["X-CSRF-Token"],
                "feature": "external_ai",
                "decision": "declined",
            },
        ).status_code
        == 303
    )
    assert client.get("/portal/export").status_code == 200
    client.close()
    return client_id


pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def phi_server(request: pytest.FixtureRequest, start_server) -> LiveServer:
    """A demo server of its own, logging at DEBUG (it is stopped mid-test to read its files whole)."""
    return start_server(
        f"phi-{request.param}",
        "postgresql" if request.param == "postgres" else "sqlite",
        ALLIANCE_LOG_LEVEL="DEBUG",
    )


def test_phi_never_in_logs_or_raw_database_files(phi_server: LiveServer, tmp_path: Path) -> None:
    person = made_up_client()
    exercise(phi_server, person)
    secrets = MARISOL_PHI + [
        person["given_name"],
        person["family_name"].split("-")[1],
        person["email"],
        "1979-08-23",
        "19790823",
        "971 555 0187",
        "971 555 0177",
        "971 555 0166",
        person["emergency_contact_name"],
    ]

    while_running = scan_data_dir(phi_server.data_dir, secrets)
    phi_server.stop()
    log = phi_server.log_text()
    assert "POST /api/v1/clients" in log and "GET /portal/export" in log, "the server's log was captured"
    assert leaks(log.encode(), secrets) == [], f"PHI in the server log:\n{log[-3000:]}"
    assert while_running == {}, f"PHI in database files while the server ran: {while_running}"
    after = scan_data_dir(phi_server.data_dir, secrets)
    assert after == {}, f"PHI in database files: {after}"
    assert (phi_server.data_dir / "alliance.db").exists() or phi_server.database_url

    if phi_server.database_url:
        if shutil.which("pg_dump") is None:
            pytest.fail(
                "pg_dump is needed to check the PostgreSQL database (apt-get install postgresql-client)"
            )
        dump = subprocess.run(
            ["pg_dump", "--no-owner", f"--dbname={phi_server.database_url}"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert dump.returncode == 0, dump.stderr.decode()
        assert b"audit_events" in dump.stdout
        assert leaks(dump.stdout, secrets) == [], "PHI in pg_dump of the database"
