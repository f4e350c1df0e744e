"""A Redis job worker killed (SIGKILL) in the middle of a note's draft: the next worker recovers the note.

Everything is real and out of process, as in production: `alliance worker` on Redis (a Redis database of
its own, emptied of what the test wrote at the end) and PostgreSQL (a throw-away database; SQLite only where
no PostgreSQL server is there), the demo practice seeded by `alliance db upgrade` and `alliance demo`, and a
note created and watched through the service layer by a small Python subprocess. The notes provider is an
OpenAI-compatible server run by the test on 127.0.0.1: it holds the first request (so the job is mid-flight,
its note 'drafting', when the worker is killed) and answers later ones at once with a valid draft.

The note's job dies with the killed worker (huey had already taken it off the Redis list); the second
worker's every-minute `notes.recover_stalled` must find the note once it is STALE (60 s without a heartbeat)
and queue the draft again (or hand the note back with a reason), within 150 s.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import REQUIRE_SERVICES
from tests.e2e.helpers import ALLIANCE, PG_URL, cli_env, create_pg_database, drop_pg_database, run_cli
from tests.scale.services import borrow_redis_db

pytestmark = [pytest.mark.slow, pytest.mark.redis]

BUSY = ("uploaded", "transcribing", "transcribed", "drafting")
RECOVERY_LIMIT = 150.0  # seconds, from the second worker's start, for the note to leave 'drafting'
MARKER = "alliance-test:worker-crash"  # set in the Redis database this test borrows, so no other run takes it

TRANSCRIPT = (
    "Therapist: How has your week been since we last met?\n"
    "Client: Better. I slept well most nights and went for two long walks.\n"
    "Therapist: What do you think helped?\n"
    "Client: Keeping a regular bedtime helped, and writing my worries down before bed.\n"
)

# Runs with the subprocess environment (the test's data dir, database and Redis): imports while the demo is
# seeded, waits for "go" on its input, then creates a note the way the API does (pipeline.create_from_text,
# whose commit queues `notes.draft`), prints {"note": id}, then prints the note's state every POLL seconds,
# each read in a transaction of its own, until it is killed.
DRIVER = r'''
import asyncio, json, sys

from sqlalchemy import func, select

from alliance.accounts.models import User
from alliance.clients.models import CareTeamMember
from alliance.consent.models import Feature
from alliance.consent.service import has_consent
from alliance.db.session import session_scope
from alliance.notes import pipeline
from alliance.notes.models import Note
from alliance.notes.schemas import NoteCreate
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent

POLL = 1.0
TEXT = sys.argv[1]


async def main():
    async with session_scope() as session:
        members = (await session.execute(select(CareTeamMember).where(CareTeamMember.ended_at.is_(None))
                                         .order_by(CareTeamMember.created_at))).scalars().all()
        for member in members:
            user = await session.get(User, member.clinician_id)
            consented = await has_consent(session, member.client_id, Feature.ai_documentation)
            if user.role == "clinician" and consented:
                break
        else:
            raise SystemExit("no demo client of a clinician with AI documentation consent")
        actor = Actor(user_id=user.id, role=user.role, practice_id=user.practice_id)
        data = NoteCreate(source="paste", text=TEXT, format="soap", use_ai=True)
        note = await pipeline.create_from_text(session, actor, member.client_id, data)
        note_id = note.id
    print(json.dumps({"note": str(note_id)}), flush=True)

    while True:
        async with session_scope() as session:
            note = await session.get(Note, note_id)
            recoveries = await session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "notes.recover", AuditEvent.resource_id == str(note_id)))
            state = {"status": note.status, "reason": note.status_reason, "stage": note.progress_stage,
                     "drafted": note.draft_origin is not None, "recoveries": int(recoveries or 0),
                     "updated_at": note.updated_at.isoformat()}
        print(json.dumps(state), flush=True)
        await asyncio.sleep(POLL)


print(json.dumps({"ready": True}), flush=True)
if sys.stdin.readline().strip() == "go":  # the demo practice is there
    asyncio.run(main())
'''


# --- the OpenAI-compatible notes provider ------------------------------------------------------------------


class FakeModel:
    """Chat completions on 127.0.0.1: held while `hold` is set (until `release`), else answered at once."""

    def __init__(self) -> None:
        self.hold = threading.Event()
        self.hold.set()
        self.release = threading.Event()
        self.held = threading.Event()  # a request arrived while holding
        self.requests = 0
        self.answered = 0
        self.lock = threading.Lock()
        model = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - the http.server interface
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                with model.lock:
                    model.requests += 1
                if model.hold.is_set():
                    model.held.set()
                    model.release.wait(timeout=600)  # the job is mid-flight here when its worker dies
                    self.close_connection = True
                    return
                payload = json.dumps(_completion(body)).encode()
                try:
                    self.send_response(200)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    return
                with model.lock:
                    model.answered += 1

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.2},
                                       daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeModel:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _completion(body: dict) -> dict:
    """A chat completion whose content fits the requested schema: one grounded sentence per section."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") or fmt.get("schema") or {}
    sections = schema.get("required") or ["subjective", "objective", "assessment", "plan"]
    sentence = {"text": "The client reported sleeping well most nights this week.", "evidence": ["S2"]}
    content = {name: [sentence] for name in sections}
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
        "model": "crash-test",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": json.dumps(content)}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140},
    }


# --- processes ---------------------------------------------------------------------------------------------


class Driver:
    """The note's creator and watcher (DRIVER in a subprocess); the lines it prints, read by a thread."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.lines: list[dict] = []
        self.errors: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-c", DRIVER, TRANSCRIPT], env=env, cwd=cwd, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_errors, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with contextlib.suppress(ValueError):
                self.lines.append(json.loads(line))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.errors.append(line)

    @property
    def latest(self) -> dict:
        states = [line for line in self.lines if "status" in line]
        return states[-1] if states else {}

    def go(self) -> None:
        """Create the note now."""
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def note_id(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines:
                if "note" in line:
                    return line["note"]
            if self.process.poll() is not None:
                time.sleep(0.5)  # let the reader threads drain
                pytest.fail(f"the note driver exited with {self.process.returncode}:\n"
                            f"{''.join(self.errors)[-4000:]}")
            time.sleep(0.2)
        pytest.fail(f"no note after {timeout:.0f} s:\n{''.join(self.errors)[-4000:]}")


def _worker(env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen([ALLIANCE, "worker", "--workers", "2"], env=env, cwd=cwd, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)


def _kill(process: subprocess.Popen | None, sig: int = signal.SIGKILL) -> None:
    """Signal a process started in a session of its own (and whatever it started), then reap it."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def _tail(path: Path, size: int = 4000) -> str:
    return path.read_text(errors="replace")[-size:] if path.exists() else ""


# --- Redis -------------------------------------------------------------------------------------------------


def _give_back_redis_db(client) -> None:  # noqa: ANN001
    """Delete what the workers and the test wrote (huey's keys for the `alliance` queue and the marker)."""
    try:
        keys = list(client.scan_iter(match="huey.*alliance*")) + [MARKER]
        client.delete(*keys)
    finally:
        client.close()


# --- the test ----------------------------------------------------------------------------------------------


def test_a_note_whose_redis_worker_is_killed_mid_draft_is_recovered_by_the_next_worker(tmp_path: Path):
    started = time.monotonic()
    redis_url, redis_client = borrow_redis_db(MARKER)
    database_url = None
    model = FakeModel()
    worker1 = worker2 = None
    driver: Driver | None = None
    log1, log2 = tmp_path / "worker1.log", tmp_path / "worker2.log"
    try:
        if PG_URL:
            try:
                database_url = create_pg_database()
            except pytest.skip.Exception:
                if REQUIRE_SERVICES:
                    raise
                database_url = None  # PostgreSQL is not there: SQLite in the data dir
        model.start()
        data_dir = tmp_path / "data"
        data_dir.mkdir()
        env = cli_env(
            data_dir, database_url,
            ALLIANCE_REDIS_URL=redis_url,
            ALLIANCE_LLM_PROVIDERS=json.dumps([{"name": "crashtest", "kind": "openai", "model": "crash-test",
                                                "base_url": model.base_url, "privacy": "local"}]),
            ALLIANCE_LLM_PURPOSE_PROVIDERS=json.dumps({"notes": "crashtest"}),
            ALLIANCE_LLM_MAX_RETRIES="0",
            NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost",
        )
        done = run_cli("db", "upgrade", env=env, timeout=120)
        assert done.returncode == 0, f"alliance db upgrade failed:\n{done.stdout}\n{done.stderr}"
        # The first worker and the note's driver start (import) while the demo practice is seeded.
        worker1 = _worker(env, tmp_path, log1)
        driver = Driver(env, tmp_path)
        done = run_cli("demo", "--data-dir", str(data_dir), env=env, timeout=150)
        assert done.returncode == 0, f"alliance demo failed:\n{done.stdout}\n{done.stderr}"
        seeded = time.monotonic()

        driver.go()
        note_id = driver.note_id(timeout=90)
        created = time.monotonic()

        # The draft job is mid-flight: the model has the request, the note says 'drafting'.
        deadline = time.monotonic() + 120
        while not model.held.is_set():
            assert worker1.poll() is None, f"the first worker exited ({worker1.returncode}):\n{_tail(log1)}"
            assert time.monotonic() < deadline, f"the draft job never called the model:\n{_tail(log1)}"
            time.sleep(0.2)
        deadline = time.monotonic() + 30
        while driver.latest.get("status") != "drafting":
            assert time.monotonic() < deadline, f"note {note_id} is not drafting: {driver.latest}"
            time.sleep(0.2)
        assert model.requests == 1
        held = time.monotonic()

        _kill(worker1)  # SIGKILL: no handler runs, the job is simply gone
        killed = time.monotonic()
        assert worker1.returncode == -signal.SIGKILL
        model.hold.clear()  # from now on the model answers at once
        model.release.set()
        assert driver.latest.get("status") == "drafting"

        worker2 = _worker(env, tmp_path, log2)
        second = time.monotonic()
        deadline = second + RECOVERY_LIMIT
        while driver.latest.get("status") in BUSY:
            assert worker2.poll() is None, f"the second worker exited ({worker2.returncode}):\n{_tail(log2)}"
            assert driver.process.poll() is None, f"the note driver died:\n{''.join(driver.errors)[-4000:]}"
            assert time.monotonic() < deadline, (
                f"note {note_id} still {driver.latest} {RECOVERY_LIMIT:.0f} s after the second worker "
                f"started (killed mid-draft {time.monotonic() - killed:.0f} s ago):\n{_tail(log2)}")
            time.sleep(0.5)
        recovered = time.monotonic()
        final = driver.latest

        assert final["recoveries"] >= 1, f"left 'drafting' without a recovery: {final}"
        assert final["status"] == "draft", final
        # Queued again and drafted by the model, or handed back to the clinician with a reason.
        assert final["drafted"] or final["reason"], final
        if final["drafted"]:
            assert model.answered >= 1
        backend = "postgresql" if database_url else "sqlite"
        print(f"\nworker crash ({backend}): seeded in {seeded - started:.1f} s, note created "
              f"{created - seeded:.1f} s later, drafting and holding the model {held - created:.1f} s later; "
              f"the note left 'drafting' {recovered - killed:.1f} s after the kill "
              f"({recovered - second:.1f} s after the second worker started): {final}; "
              f"total {time.monotonic() - started:.1f} s")
    finally:
        if driver is not None:
            _kill(driver.process)
        _kill(worker1)
        _kill(worker2, signal.SIGTERM)
        model.stop()
        try:
            if database_url:
                drop_pg_database(database_url)
        finally:
            _give_back_redis_db(redis_client)
