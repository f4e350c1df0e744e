"""Request body limits: a stranger's body is refused before the app reads it; logged-in uploads still work."""

from __future__ import annotations

import shutil
from contextlib import asynccontextmanager

import pytest

from tests.notes.notes_world import make_world
from tests.support.factories import token_headers

MiB = 1024 * 1024
BOUNDARY = "alliance-test-boundary"


class Upload:
    """A multipart audio upload streamed in chunks, counting how much of it the server pulled."""

    def __init__(self, size: int, *, chunk: int = 64 * 1024) -> None:
        self.size = size
        self.chunk = chunk
        self.pulled = 0
        self.head = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"use_ai\"\r\n\r\nfalse\r\n"
                     f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.ogg\"\r\n"
                     "Content-Type: audio/ogg\r\n\r\nOggS").encode()
        self.tail = f"\r\n--{BOUNDARY}--\r\n".encode()

    @property
    def length(self) -> int:
        return len(self.head) + self.size + len(self.tail)

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={BOUNDARY}"

    async def __aiter__(self):  # noqa: ANN204
        self.pulled += len(self.head)
        yield self.head
        sent = 0
        while sent < self.size:
            n = min(self.chunk, self.size - sent)
            sent += n
            self.pulled += n
            yield b"\0" * n
        self.pulled += len(self.tail)
        yield self.tail


class Stream:
    """Any body, streamed in chunks (chunked transfer unless a length is given), counting what was pulled."""

    def __init__(self, data: bytes, *, chunk: int = 64 * 1024) -> None:
        self.data = data
        self.chunk = chunk
        self.pulled = 0

    async def __aiter__(self):  # noqa: ANN204
        for start in range(0, len(self.data), self.chunk):
            piece = self.data[start:start + self.chunk]
            self.pulled += len(piece)
            yield piece


@pytest.fixture
def credential_checks_in_test_session(app, session):  # noqa: ANN001, ANN201
    """The middleware's credential lookup uses the test's transaction (as the request's own session does)."""
    original = app.state.sessionmaker

    @asynccontextmanager
    async def in_test_session():  # noqa: ANN202
        yield session

    app.state.sessionmaker = in_test_session
    yield
    app.state.sessionmaker = original


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Transcription jobs queued by uploads (recorded, not sent to the test's job queue)."""
    from alliance.notes import tasks

    calls: list[tuple] = []
    monkeypatch.setattr(tasks, "transcribe_task", lambda *args: calls.append(args))
    return calls


def _audio_url(client_id) -> str:  # noqa: ANN001
    return f"/api/v1/clients/{client_id}/notes/audio"


async def test_unauthenticated_50mb_upload_with_a_length_is_refused_before_a_byte_is_read(session, http):
    w = await make_world(session)
    body = Upload(50 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body,
                               headers={"Content-Type": body.content_type, "Content-Length": str(body.length)})
    assert response.status_code == 401 and response.json() == {"error": "Unauthorized", "detail": "Log in first."}
    assert body.pulled == 0


async def test_unauthenticated_chunked_upload_is_cut_off_at_the_small_limit(session, http):
    w = await make_world(session)
    body = Upload(50 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body, headers={"Content-Type": body.content_type})
    assert response.status_code == 401
    assert body.pulled <= MiB + 2 * body.chunk  # the small limit, not the 50 MB the client offered


async def test_a_revoked_or_made_up_token_gets_the_small_limit(session, http, credential_checks_in_test_session):
    w = await make_world(session)
    body = Upload(10 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body,
                               headers={"Content-Type": body.content_type, "Content-Length": str(body.length),
                                        "Authorization": "Bearer not-a-real-token"})
    assert response.status_code == 401 and body.pulled == 0


async def test_unauthenticated_page_upload_is_sent_to_the_login_page_unread(session, http):
    w = await make_world(session)
    body = Upload(20 * MiB)
    response = await http.post(f"/clients/{w.client.id}/notes/new", content=body,
                               headers={"Content-Type": body.content_type, "Accept": "text/html"})
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    assert body.pulled <= MiB + 2 * body.chunk


async def test_over_limit_json_is_413_with_the_error_shape_and_unread(http):
    body = Stream(b'{"email": "a@b.example", "password": "' + b"x" * (2 * MiB) + b'"}')
    response = await http.post("/api/v1/auth/login", content=body,
                               headers={"Content-Type": "application/json", "Content-Length": str(len(body.data))})
    assert response.status_code == 413
    assert response.json()["error"] == "PayloadTooLarge" and "1 MB" in response.json()["detail"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert body.pulled == 0


async def test_over_limit_chunked_json_is_cut_off_with_413(http):
    body = Stream(b'{"email": "a@b.example", "password": "' + b"x" * (3 * MiB) + b'"}')
    response = await http.post("/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and response.json()["error"] == "PayloadTooLarge"
    assert body.pulled <= MiB + body.chunk


async def test_over_limit_form_on_a_page_is_an_error_page(http):
    body = Stream(b"email=a%40b.example&password=" + b"x" * (2 * MiB))
    response = await http.post("/login", content=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html",
        "Content-Length": str(len(body.data))})
    assert response.status_code == 413 and "PayloadTooLarge" in response.text and body.pulled == 0


async def test_authenticated_upload_over_the_small_limit_is_stored_owner_only(
        session, http, credential_checks_in_test_session, queued):
    from alliance.notes import pipeline

    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    body = Upload(3 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body,
                               headers={**me, "Content-Type": body.content_type, "Content-Length": str(body.length)})
    assert response.status_code == 201, response.text
    assert body.pulled == body.length and len(queued) == 1
    note = response.json()
    folder = pipeline.audio_root() / note["id"]
    try:
        files = list(folder.iterdir())
        assert len(files) == 1 and files[0].stat().st_size == 3 * MiB + 4
        assert files[0].stat().st_mode & 0o777 == 0o600 and folder.stat().st_mode & 0o777 == 0o700
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def test_authenticated_chunked_upload_within_the_audio_limit_works(
        session, http, credential_checks_in_test_session, queued):
    from alliance.notes import pipeline

    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    body = Upload(2 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body, headers={**me, "Content-Type": body.content_type})
    assert response.status_code == 201, response.text
    shutil.rmtree(pipeline.audio_root() / response.json()["id"], ignore_errors=True)


async def test_authenticated_upload_over_the_audio_limit_is_413_unread(
        session, http, credential_checks_in_test_session):
    from alliance.notes.pipeline import MAX_AUDIO_BYTES

    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    body = Upload(MAX_AUDIO_BYTES + 2 * MiB)
    response = await http.post(_audio_url(w.client.id), content=body,
                               headers={**me, "Content-Type": body.content_type, "Content-Length": str(body.length)})
    assert response.status_code == 413 and response.json()["error"] == "PayloadTooLarge"
    assert body.pulled == 0


async def test_a_long_pasted_transcript_passes_the_size_check_for_a_logged_in_clinician(
        session, http, credential_checks_in_test_session):
    import json

    w = await make_world(session)
    me = await token_headers(session, w.clinician)
    url = f"/api/v1/clients/{w.client.id}/notes"  # (a refused request rolls back, expiring the test's objects)
    turns = "治疗师：这周过得怎么样？\n来访者：我睡得不好，工作压力很大。\n"
    text = (turns * 6000)[:190_000]  # Chinese, sent as ASCII JSON escapes: over 1 MB, under MAX_TEXT characters
    # An unknown format is refused after the body was read and parsed (drafting a note this long takes seconds).
    raw = json.dumps({"text": text, "use_ai": False, "format": "nope"}).encode()
    assert len(raw) > MiB
    response = await http.post(url, content=raw,
                               headers={**me, "Content-Type": "application/json"})
    assert response.status_code == 400 and "format" in response.json()["detail"].lower(), response.text[:300]
    stranger = await http.post(url, content=raw,
                               headers={"Content-Type": "application/json"})
    assert stranger.status_code == 401
