"""The gateway over the embedded provider, with the real SmolLM2 model (loaded once for the session)."""

from __future__ import annotations

import asyncio
import json
from typing import Literal

import jsonschema
import pytest
from pydantic import BaseModel, Field

from alliance.llm import complete, stream, structured
from alliance.llm.errors import ModelTimeout
from alliance.llm.prompts import get_template
from alliance.llm.providers import embedded, get_provider

pytestmark = pytest.mark.llm


class Feeling(BaseModel):
    feeling: Literal["happy", "sad", "anxious", "angry"]
    intensity: int = Field(ge=0, le=10)
    note: str


async def test_complete_returns_text_usage_and_provenance(gateway):
    result = await complete("Say hello in one short sentence.", purpose="test", max_tokens=24)
    assert result.text.strip()
    assert result.provider == "embedded" and result.model == "smollm2-135m"
    assert result.usage.prompt_tokens > 5 and 0 < result.usage.completion_tokens <= 24
    assert result.latency_ms > 0 and result.call_id


async def test_stream_yields_several_chunks_forming_the_reply(gateway):
    chunks = [c async for c in stream("Count from one to ten in words.", purpose="test", max_tokens=32)]
    assert len(chunks) > 3
    assert all(isinstance(c, str) and c for c in chunks)
    assert len("".join(chunks).split()) >= 3


async def test_structured_returns_a_validated_pydantic_instance(gateway):
    # Enough tokens for the bounded schema (the note field is capped at 600 characters), so the grammar can
    # always close the object: a tiny model may use the whole length.
    result = await structured(
        "The client says: I feel really down today, about an 8 out of 10.", schema=Feeling, purpose="test",
        max_tokens=220,
    )
    assert isinstance(result, Feeling)
    assert 0 <= result.intensity <= 10


async def test_structured_with_a_json_schema_dict_returns_a_valid_value(gateway):
    schema = {
        "type": "object",
        "properties": {"topics": {"type": "array", "maxItems": 3, "items": {"type": "string", "maxLength": 40}},
                       "urgent": {"type": "boolean"}},
        "required": ["topics", "urgent"],
    }
    value = await structured("List two topics from: sleep problems and work stress.", schema=schema,
                             purpose="test", max_tokens=80)
    jsonschema.validate(value, schema)


async def test_string_length_bounds_are_enforced_by_constrained_decoding(gateway):
    schema = {"type": "object", "properties": {"summary": {"type": "string", "minLength": 40, "maxLength": 90}},
              "required": ["summary"]}
    value = await structured("Summarise: the client slept badly and skipped the gym twice this week.",
                             schema=schema, purpose="test", max_tokens=80)
    assert 40 <= len(value["summary"]) <= 90


async def test_tiny_timeout_raises_model_timeout(gateway, records):
    with pytest.raises(ModelTimeout):
        await complete("Write a long story about a lighthouse.", purpose="test", max_tokens=200, timeout=0.01)
    assert records[-1].outcome == "timeout"


def _model_lock():
    provider = get_provider("embedded")
    return provider.loaded().lock


async def test_closing_a_stream_stops_generation_and_releases_the_model(gateway, records):
    chunks = stream("Write a very long story about a lighthouse keeper.", purpose="test", max_tokens=400)
    received = [await chunks.__anext__() for _ in range(3)]
    await chunks.aclose()
    assert len(received) == 3
    lock = _model_lock()
    assert await asyncio.to_thread(lock.acquire, True, 5), "the model stayed locked after the stream was closed"
    lock.release()
    assert records[-1].outcome == "cancelled" and records[-1].kind == "stream"
    assert records[-1].completion_tokens < 100  # stopped early, far from the 400-token limit


async def test_cancelling_a_call_releases_the_model_quickly(gateway):
    task = asyncio.create_task(
        complete("Write a very long story about a lighthouse keeper.", purpose="test", max_tokens=400)
    )
    await asyncio.sleep(0.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    lock = _model_lock()
    assert await asyncio.to_thread(lock.acquire, True, 5)
    lock.release()
    follow_up = await complete("Say yes.", purpose="test", max_tokens=4)
    assert follow_up.text


async def test_concurrent_calls_share_one_loaded_model(gateway):
    replies = await asyncio.gather(*[complete(f"Say the number {i}.", purpose="test", max_tokens=8) for i in range(3)])
    assert all(r.text for r in replies)
    # One model instance for these settings, whatever other test modules loaded with theirs.
    keys = [k for k in embedded._loaded if k[0].endswith("SmolLM2-135M-Instruct.Q4_1.gguf")
            and k[1:] == (gateway.n_ctx, gateway.n_threads)]
    assert len(keys) == 1


async def test_call_record_holds_ids_and_counts_but_no_text(gateway, records):
    template = get_template("companion.reply")
    secret = "Zanzibar-7731 lives at 12 Quayside"
    result = await complete(f"Repeat exactly: {secret}", purpose="companion", max_tokens=20,
                            client_id="client-42", template=template)
    record = records[-1]
    assert record.call_id == result.call_id
    assert (record.purpose, record.provider, record.model, record.privacy) == (
        "companion", "embedded", "smollm2-135m", "local")
    assert (record.template_id, record.template_version) == ("companion.reply", template.version)
    assert record.client_id == "client-42" and record.outcome == "ok" and record.attempts == 1
    assert record.prompt_tokens == result.usage.prompt_tokens > 0
    assert record.completion_tokens == result.usage.completion_tokens > 0
    assert record.redaction_applied is False
    dumped = json.dumps(record.to_dict())
    assert "Zanzibar" not in dumped and "Quayside" not in dumped
    if len(result.text.strip()) > 3:
        assert result.text.strip()[:20] not in dumped


async def test_a_failing_sink_does_not_fail_the_call(gateway):
    from alliance.llm.records import add_call_sink, remove_call_sink

    def broken(record):
        raise RuntimeError("sink down")

    add_call_sink(broken)
    try:
        assert (await complete("Say hi.", purpose="test", max_tokens=4)).text
    finally:
        remove_call_sink(broken)


async def test_prompt_longer_than_the_context_raises_prompt_too_long(gateway, records):
    from alliance.llm.errors import PromptTooLong

    with pytest.raises(PromptTooLong) as caught:
        await complete("word " * 3000, purpose="test", max_tokens=8)  # n_ctx is 2048 in the tests
    assert caught.value.status_code == 413
    assert records[-1].outcome == "unavailable"
    assert (await complete("Say ok.", purpose="test", max_tokens=4)).text  # the model is still usable


async def test_async_sinks_are_awaited(gateway):
    from alliance.llm.records import add_call_sink, remove_call_sink

    seen = []

    async def sink(record):
        await asyncio.sleep(0)
        seen.append(record.outcome)

    add_call_sink(sink)
    try:
        await complete("Say hi.", purpose="test", max_tokens=4)
    finally:
        remove_call_sink(sink)
    assert seen == ["ok"]


async def test_a_call_queued_behind_a_long_one_times_out_on_time(gateway, records):
    long_call = asyncio.create_task(
        complete("Write a very long story about a lighthouse keeper.", purpose="test", max_tokens=300, timeout=30)
    )
    await asyncio.sleep(0.3)
    started = asyncio.get_running_loop().time()
    with pytest.raises(ModelTimeout):
        await complete("Say hi.", purpose="test", max_tokens=4, timeout=0.5)
    assert asyncio.get_running_loop().time() - started < 3
    long_call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await long_call
