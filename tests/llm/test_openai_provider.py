"""The OpenAI-compatible provider against a real llama.cpp server, a closed port and misbehaving servers."""

from __future__ import annotations

import time

import pytest
from pydantic import BaseModel, Field

from alliance.llm import complete, stream, structured
from alliance.llm.errors import InvalidOutput, ModelTimeout, ModelUnavailable

from .conftest import ScriptedHandler

pytestmark = pytest.mark.llm


class Plan(BaseModel):
    steps: list[str] = Field(min_length=1)


async def test_completes_against_a_llama_cpp_server(server_gateway, records):
    result = await complete("Say hello.", purpose="test", provider="llamacpp", max_tokens=16)
    assert result.text.strip() and result.provider == "llamacpp" and result.model == "smollm2"
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert records[-1].outcome == "ok"


async def test_streams_from_a_llama_cpp_server(server_gateway, records):
    chunks = [c async for c in stream("Count from one to ten.", purpose="test", provider="llamacpp",
                                      max_tokens=24)]
    assert len(chunks) > 3 and "".join(chunks).strip()
    assert records[-1].completion_tokens == len(chunks)  # the server sends no usage in streams


async def test_structured_output_from_a_llama_cpp_server(server_gateway):
    result = await structured("Give two steps to wind down before sleep.", schema=Plan, purpose="test",
                              provider="llamacpp", max_tokens=80)
    assert isinstance(result, Plan) and result.steps


async def test_llama_cpp_server_answers_json_schema_mode_with_a_typed_error(server_gateway):
    # Why structured_mode exists: this server answers 500 to response_format type json_schema.
    with pytest.raises(ModelUnavailable) as caught:
        await structured("Give two steps.", schema=Plan, purpose="test", provider="llamacpp-json-schema",
                         max_tokens=40)
    assert "500" in caught.value.detail


async def test_tiny_timeout_raises_model_timeout(server_gateway, records):
    with pytest.raises(ModelTimeout):
        await complete("Write a long story.", purpose="test", provider="llamacpp", max_tokens=200,
                       timeout=0.001)
    assert records[-1].outcome == "timeout"
    assert records[-1].attempts == 2  # retried once (max_retries=1), then gave up


async def test_server_that_is_down_raises_model_unavailable_quickly(gateway, records):
    started = time.monotonic()
    with pytest.raises(ModelUnavailable) as caught:
        await complete("Hello?", purpose="test", provider="down", max_tokens=8)
    assert time.monotonic() - started < 3
    assert "cannot be reached" in caught.value.detail and caught.value.status_code == 503
    assert records[-1].outcome == "unavailable"
    assert records[-1].attempts == 3  # one try plus max_retries=2, with backoff


async def test_server_answering_non_json_raises_a_typed_error(gateway, records):
    with pytest.raises((InvalidOutput, ModelUnavailable)):
        await complete("Hello?", purpose="test", provider="garbage-text", max_tokens=8)
    assert records[-1].outcome in ("invalid_output", "unavailable")


async def test_server_answering_json_without_a_completion_raises_invalid_output(gateway, records):
    with pytest.raises(InvalidOutput):
        await complete("Hello?", purpose="test", provider="garbage-json", max_tokens=8)
    assert records[-1].outcome == "invalid_output" and records[-1].attempts == 1  # invalid output: no retry


async def test_client_errors_are_not_retried(gateway, records):
    with pytest.raises(ModelUnavailable) as caught:
        await complete("Hello?", purpose="test", provider="auth-fail", max_tokens=8)
    assert "401" in caught.value.detail and records[-1].attempts == 1


async def test_invalid_structured_reply_gets_one_repair_attempt(gateway, records):
    ScriptedHandler.requests.clear()
    ScriptedHandler.script[:] = ['{"steps": "not a list"}', '{"steps": ["breathe slowly", "dim the lights"]}']
    result = await structured("Two steps to wind down.", schema=Plan, purpose="test", provider="scripted")
    assert result.steps == ["breathe slowly", "dim the lights"]
    repair = ScriptedHandler.requests[-1]["body"]["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"steps": "not a list"}'}
    assert "steps" in repair[-1]["content"] and "not valid" in repair[-1]["content"]
    assert records[-1].attempts == 2 and records[-1].outcome == "ok"


async def test_structured_reply_invalid_twice_raises_invalid_output(gateway, records):
    ScriptedHandler.script[:] = ["no json here", '{"steps": []}']
    with pytest.raises(InvalidOutput) as caught:
        await structured("Two steps.", schema=Plan, purpose="test", provider="scripted")
    assert caught.value.status_code == 502
    assert records[-1].outcome == "invalid_output" and records[-1].attempts == 2
