"""/metrics: who may read it, and that requests, jobs, model calls, screens and alerts move their counters."""

from __future__ import annotations

import struct
import time
import uuid
from datetime import UTC, datetime

import pytest
from pydantic import SecretStr

from alliance.config import get_settings
from alliance.jobs import queue
from alliance.jobs.reliable import StampedSerializer
from alliance.llm.records import CallRecord, emit
from alliance.observability import metrics
from tests.observability.conftest import sample
from tests.support.factories import make_client, make_practice, make_user, token_headers


async def scrape(local_http) -> str:
    response = await local_http.get("/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


async def test_metrics_refused_to_a_remote_address_without_the_token(http):
    response = await http.get("/metrics")
    assert response.status_code == 403
    assert response.json()["error"] == "Forbidden"


async def test_metrics_served_to_a_remote_address_with_the_bearer_token(http, monkeypatch):
    monkeypatch.setattr(get_settings(), "metrics_token", SecretStr("scrape-" + "t" * 32))
    assert (await http.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 403
    response = await http.get("/metrics", headers={"Authorization": "Bearer scrape-" + "t" * 32})
    assert response.status_code == 200
    assert "alliance_http_requests_total" in response.text


async def test_requests_are_counted_by_route_template_without_ids(http, local_http):
    client_id = str(uuid.uuid4())
    labels = {"method": "GET", "route": "/api/v1/clients/{client_id}", "status": "401"}
    before = sample(await scrape(local_http), "alliance_http_requests_total", **labels)
    for _ in range(3):
        assert (await http.get(f"/api/v1/clients/{client_id}")).status_code == 401
    text = await scrape(local_http)
    assert sample(text, "alliance_http_requests_total", **labels) == before + 3
    assert sample(text, "alliance_http_request_duration_seconds_count", method="GET",
                  route="/api/v1/clients/{client_id}") >= 3
    assert client_id not in text


async def test_unknown_paths_share_one_label(http, local_http):
    secret_path = f"/no-such-page/{uuid.uuid4().hex}"
    before = sample(await scrape(local_http), "alliance_http_requests_total", route="<unmatched>", status="404")
    assert (await http.get(secret_path)).status_code == 404
    text = await scrape(local_http)
    assert sample(text, "alliance_http_requests_total", route="<unmatched>", status="404") == before + 1
    assert secret_path not in text


@queue.huey.task(name="tests.observability.probe")
def probe_task(fail: bool) -> str:
    if fail:
        raise RuntimeError("probe failed on purpose")
    return "done"


async def test_jobs_are_counted_by_task_and_outcome(local_http):
    before = await scrape(local_http)
    queue.huey.execute(probe_task.s(False))
    queue.huey.execute(probe_task.s(False))
    queue.huey.execute(probe_task.s(True))
    text = await scrape(local_http)
    for outcome, added in (("ok", 2), ("error", 1)):
        assert (sample(text, "alliance_jobs_total", task="tests.observability.probe", outcome=outcome)
                == sample(before, "alliance_jobs_total", task="tests.observability.probe", outcome=outcome) + added)
    assert sample(text, "alliance_job_duration_seconds_count", task="tests.observability.probe") >= 3


async def test_queue_depth_and_oldest_job_age_come_from_the_queue(local_http, monkeypatch, tmp_path):
    from huey import SqliteHuey

    private = SqliteHuey("alliance", filename=str(tmp_path / "jobs.db"), utc=True,
                         serializer=StampedSerializer())
    shared = queue.huey  # knows the probe task (the private queue's registry is empty)
    monkeypatch.setattr(queue, "huey", private)
    text = await scrape(local_http)
    assert sample(text, "alliance_jobs_queue_depth") == 0
    assert sample(text, "alliance_jobs_oldest_age_seconds") == 0
    assert sample(text, "alliance_jobs_queue_up") == 1
    message = shared.serialize_task(probe_task.s(False))
    aged = message[:4] + struct.pack(">d", time.time() - 90) + message[12:]  # queued 90 s ago
    private.storage.enqueue(aged)
    private.storage.enqueue(shared.serialize_task(probe_task.s(False)))
    text = await scrape(local_http)
    assert sample(text, "alliance_jobs_queue_depth") == 2
    assert sample(text, "alliance_jobs_oldest_age_seconds") >= 90


async def test_model_calls_are_timed_and_their_tokens_counted_by_purpose(local_http):
    metrics.install_model_metrics()
    before = await scrape(local_http)
    await emit(CallRecord(call_id="c1", started_at=datetime.now(UTC), purpose="notes", kind="complete",
                          provider="modelserver", model="m", privacy="local", template_id=None,
                          template_version=None, prompt_tokens=120, completion_tokens=30, latency_ms=1500.0,
                          outcome="ok", attempts=1, redaction_applied=False, client_id=None))
    text = await scrape(local_http)
    for direction, added in (("prompt", 120), ("completion", 30)):
        assert (sample(text, "alliance_model_tokens_total", purpose="notes", direction=direction)
                == sample(before, "alliance_model_tokens_total", purpose="notes", direction=direction) + added)
    labels = {"purpose": "notes", "provider": "modelserver", "outcome": "ok"}
    assert (sample(text, "alliance_model_call_duration_seconds_count", **labels)
            == sample(before, "alliance_model_call_duration_seconds_count", **labels) + 1)


async def test_screens_are_timed_and_alerts_counted_by_level(session, local_http):
    from alliance.safety import service as safety
    from tests.support.factories import actor

    practice = await make_practice(session)
    clinician = await make_user(session, practice)
    client = await make_client(session, practice, clinician=clinician)
    before = await scrape(local_http)
    calm = await safety.screen_client_text(session, actor(clinician), client.id, "We went for a walk today.",
                                           source="message")
    crisis = await safety.screen_client_text(session, actor(clinician), client.id,
                                             "I am going to kill myself tonight, I have the pills ready.",
                                             source="message")
    assert calm.alert is None and crisis.alert is not None
    text = await scrape(local_http)
    assert (sample(text, "alliance_safety_screen_duration_seconds_count")
            == sample(before, "alliance_safety_screen_duration_seconds_count") + 2)
    level = str(crisis.alert.level)
    assert (sample(text, "alliance_safety_alerts_raised_total", level=level)
            == sample(before, "alliance_safety_alerts_raised_total", level=level) + 1)


@pytest.mark.parametrize(("peer", "header", "token", "allowed"), [
    ("127.0.0.1", None, None, True),
    ("::1", None, None, True),
    ("203.0.113.9", None, None, False),
    ("203.0.113.9", "Bearer s3cret-token", "s3cret-token", True),
    ("203.0.113.9", "Bearer s3cret-token", None, False),
    ("not an address", None, None, False),
])
def test_metrics_access_rule(peer, header, token, allowed):
    assert metrics.allowed(peer, header, token) is allowed


async def test_token_headers_still_work_with_metrics(http, session):
    """The middleware leaves authentication alone: an API call with a token is served and counted."""
    practice = await make_practice(session)
    clinician = await make_user(session, practice)
    response = await http.get("/api/v1/clients", headers=await token_headers(session, clinician))
    assert response.status_code == 200
    assert len(response.headers["x-request-id"]) == 32
