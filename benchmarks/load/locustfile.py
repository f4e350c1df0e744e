"""Alliance under load: clinicians, clients and note-writing staff of the demo practice, against 127.0.0.1 only.

Run by `benchmarks/load/run.py` (which starts the server, seeds the demo and checks the results); by hand:

    .venv/bin/locust -f benchmarks/load/locustfile.py --headless -u 20 -r 5 --run-time 60s \\
        --host http://127.0.0.1:8000 --csv /tmp/load

Settings (environment):
- LOAD_SCENARIO: "mix" (default: clinicians, clients and note writers with think times of 3 to 10 s) or
  "back-to-back" (clinicians only, each sending the next request as soon as the last one is answered).
- LOAD_WRITES: a file to which every write the server confirmed (201 with an id) is appended as a JSON line, so the
  runner can check afterwards that none was lost.
- LOAD_REQUESTS: a file to which every request is appended as a JSON line (time, name, status, milliseconds), so
  the fault script can cut the run into windows.
- LOAD_CLINICIANS, LOAD_CLIENTS: comma-separated log-ins (default: the demo's); LOAD_PASSWORD.

Simulated users of the same account share its session (one log-in each): a log-in costs a deliberately slow
password hash, and a storm of them at the start would measure that rather than the pages.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import threading
import time
from urllib.parse import urlsplit

from locust import HttpUser, between, constant, events, task

SCENARIO = os.environ.get("LOAD_SCENARIO", "mix")
PASSWORD = os.environ.get("LOAD_PASSWORD", "demo-password-2026")
CLINICIANS = os.environ.get("LOAD_CLINICIANS", "clinician@riverside.example.org,clinician2@riverside.example.org,"
                            "supervisor@riverside.example.org").split(",")
CLIENTS = os.environ.get("LOAD_CLIENTS", "marisol@riverside.example.org").split(",")
# Notes are written by treating clinicians (a supervisor reads and co-signs, and is refused a new note).
NOTE_WRITERS = os.environ.get("LOAD_NOTE_WRITERS", "clinician@riverside.example.org,"
                              "clinician2@riverside.example.org").split(",")
AREAS = ("sessions", "measures", "safety", "homework", "messages", "plan")
CLIENT_LINK = re.compile(r'href="/clients/([0-9a-f-]{36})"')
CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
# Everyday words only: a load test must not raise crisis alerts (the screen would rightly escalate them).
NOTES = ("Slept better, walked to work.", "Busy day, a bit tired.", "Had lunch with my sister.",
         "Did the breathing exercise twice.", "Rainy, stayed in and read.")
TRANSCRIPT = ("Clinician: How was your week?\nClient: Better than last week. I went for two walks and slept "
              "about seven hours most nights.\nClinician: What helped?\nClient: Keeping the phone out of the "
              "bedroom, like we said.\nClinician: Shall we keep that for next week and add one call to a friend?\n"
              "Client: Yes, I can do that.")

_lock = threading.Lock()
_login_lock = threading.Lock()
SESSION_COOKIE = "alliance_session"
_sessions: dict[str, tuple[str, dict]] = {}  # e-mail -> (session cookie, user)
_rotation = {"clinician": itertools.cycle(CLINICIANS), "client": itertools.cycle(CLIENTS),
             "note": itertools.cycle(NOTE_WRITERS)}


def _append(path: str | None, record: dict) -> None:
    if not path:
        return
    line = json.dumps(record, separators=(",", ":")) + "\n"
    with _lock, open(path, "a", encoding="utf-8") as fh:
        fh.write(line)


def _next_login(kind: str) -> str:
    with _lock:
        return next(_rotation[kind])


@events.request.add_listener
def _log_request(request_type, name, response_time, response_length, response=None,  # noqa: ANN001
                 exception=None, **_kw) -> None:
    status = getattr(response, "status_code", 0) if response is not None else 0
    _append(os.environ.get("LOAD_REQUESTS"), {"t": round(time.time(), 3), "name": name, "method": request_type,
                                              "status": status, "ms": round(response_time, 1),
                                              "error": type(exception).__name__ if exception else None})


class _Alliance(HttpUser):
    """A logged-in person with a cookie session and the CSRF token its pages carry."""

    abstract = True
    kind = "clinician"
    csrf = ""
    user: dict = {}

    def on_start(self) -> None:
        host = urlsplit(self.host or "").hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise RuntimeError("the load test runs against servers on 127.0.0.1 only")
        email = _next_login(self.kind)
        with _login_lock:
            if email in _sessions:  # the same person in another tab: one log-in (a password hash) per account
                cookie, self.user = _sessions[email]
                self.client.cookies.set(SESSION_COOKIE, cookie)
                return
            with self.client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD},
                                  name="log-in", catch_response=True) as response:
                if response.status_code != 200 or not response.json().get("user"):
                    response.failure(f"log-in refused: {response.status_code}")
                    self.stop()
                    return
                self.user = response.json()["user"]
                _sessions[email] = (self.client.cookies.get(SESSION_COOKIE), self.user)

    def page(self, path: str, name: str) -> str:
        """GET a page; remember its CSRF token."""
        response = self.client.get(path, name=name)
        found = CSRF.search(response.text or "")
        if found:
            self.csrf = found.group(1)
        return response.text or ""

    def confirmed(self, kind: str, response, key: str = "id") -> None:  # noqa: ANN001
        """Record a write the server confirmed (for the lost-writes check)."""
        if response.status_code == 201:
            body = response.json()
            value = body
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if value:
                _append(os.environ.get("LOAD_WRITES"), {"kind": kind, "id": value, "t": time.time()})


class Clinician(_Alliance):
    """Browses the caseload, Today and client workspaces (every read audited)."""

    kind = "clinician"
    weight = 4
    wait_time = between(3, 10)
    clients: list[str] = []

    def on_start(self) -> None:
        super().on_start()
        self.clients = sorted(set(CLIENT_LINK.findall(self.page("/caseload", "caseload"))))

    @task(3)
    def caseload(self) -> None:
        self.page("/caseload", "caseload")

    @task(2)
    def today(self) -> None:
        self.page("/today", "today")

    @task(4)
    def client_overview(self) -> None:
        if self.clients:
            self.page(f"/clients/{random.choice(self.clients)}", "client page")

    @task(3)
    def client_area(self) -> None:
        if self.clients:
            self.page(f"/clients/{random.choice(self.clients)}?area={random.choice(AREAS)}", "client area")


class BackToBackClinician(Clinician):
    """The same clinician without pauses: the next request leaves as soon as the answer arrives."""

    wait_time = constant(0)


class Client(_Alliance):
    """Opens the portal, answers a questionnaire item, checks in, writes to the care team."""

    kind = "client"
    weight = 5
    wait_time = between(3, 10)

    def on_start(self) -> None:
        super().on_start()
        self.page("/portal", "portal")

    @property
    def client_id(self) -> str:
        return str(self.user.get("client_id") or "")

    def _headers(self) -> dict[str, str]:
        return {"X-CSRF-Token": self.csrf}

    @task(3)
    def portal(self) -> None:
        self.page("/portal", "portal")

    @task(2)
    def questionnaire(self) -> None:
        due = self.client.get(f"/api/v1/clients/{self.client_id}/measures/due", name="questionnaires due")
        items = due.json() if due.status_code == 200 else []
        if not items:
            return
        administration = items[0]
        item = "phq9_1" if administration.get("instrument") == "phq9" else None
        if item is None:
            return
        # Answering one item keeps the questionnaire open (the client resumes later): a write every time.
        self.client.put(f"/api/v1/measures/administrations/{administration['id']}/answers/{item}",
                        json={"value": random.choice([0, 1])}, headers=self._headers(), name="answer item")

    @task(2)
    def check_in(self) -> None:
        response = self.client.post("/api/v1/portal/check-ins", json={
            "mood": random.randint(4, 8), "emotions": [], "note": random.choice(NOTES)},
            headers=self._headers(), name="check-in")
        self.confirmed("check_in", response)

    @task(1)
    def message(self) -> None:
        response = self.client.post("/api/v1/portal/messages", json={"text": random.choice(NOTES)},
                                    headers=self._headers(), name="message to the care team")
        self.confirmed("message", response, "message.id")


class NoteWriter(_Alliance):
    """A clinician pasting a short session transcript for a drafted note (the draft is a queued job)."""

    kind = "note"
    weight = 1
    wait_time = between(5, 10)
    clients: list[str] = []

    def on_start(self) -> None:
        super().on_start()
        self.clients = sorted(set(CLIENT_LINK.findall(self.page("/caseload", "caseload"))))

    @task
    def draft_note(self) -> None:
        if not self.clients:
            return
        client_id = random.choice(self.clients)
        with self.client.post(f"/api/v1/clients/{client_id}/notes",
                              json={"source": "paste", "text": TRANSCRIPT, "use_ai": True},
                              headers={"X-CSRF-Token": self.csrf}, name="note from transcript",
                              catch_response=True) as response:
            if response.status_code in (403, 409):  # no consent to AI help for this client: a note without it
                response.success()
                response = self.client.post(f"/api/v1/clients/{client_id}/notes",
                                            json={"source": "paste", "text": TRANSCRIPT, "use_ai": False},
                                            headers={"X-CSRF-Token": self.csrf}, name="note from transcript")
        self.confirmed("note", response)


if SCENARIO == "back-to-back":  # locust runs every non-abstract user class in this module
    Clinician.abstract = Client.abstract = NoteWriter.abstract = True
else:
    BackToBackClinician.abstract = True
