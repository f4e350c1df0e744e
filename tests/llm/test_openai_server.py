"""The model server of the multi-process stack: `llama_cpp.server` on 127.0.0.1 serving the embedded model, with
the `notes` and `companion` purposes pointed at it exactly as `alliance stack --model-server` configures them
(ALLIANCE_LLM_PROVIDERS and ALLIANCE_LLM_PURPOSE_PROVIDERS), one request completed through the gateway.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alliance import stack
from alliance.llm import gateway, providers
from alliance.llm.config import LLMSettings
from alliance.observability import health

pytestmark = [pytest.mark.llm, pytest.mark.slow]

ALIAS = "smollm2"  # the alias the shared `llama_server` fixture (tests/llm/conftest.py) serves the model under


@pytest.fixture
def stack_gateway(llama_server: str, monkeypatch) -> Iterator[LLMSettings]:
    """The gateway configured from the environment `alliance stack --model-server` gives its processes."""
    for name, value in stack.model_server_env(llama_server, ALIAS, [], {}).items():
        monkeypatch.setenv(name, value)
    settings = LLMSettings(model="smollm2-135m", n_threads=1, n_ctx=2048, max_tokens=16, timeout=60)
    with providers.using(settings):
        yield settings


async def test_notes_and_companion_complete_through_the_model_server(stack_gateway, records):
    assert stack_gateway.purpose_providers == {"notes": "modelserver", "companion": "modelserver"}
    for purpose in ("notes", "companion"):
        reply = await gateway.complete("Say hello in one short sentence.", purpose=purpose, max_tokens=16,
                                       temperature=0.0)
        assert reply.text.strip()
        assert (reply.provider, reply.model) == ("modelserver", ALIAS)
    assert [(r.purpose, r.provider, r.outcome) for r in records] == [
        ("notes", "modelserver", "ok"), ("companion", "modelserver", "ok")]
    assert all(r.completion_tokens > 0 for r in records)


async def test_readiness_sees_the_model_server(stack_gateway):
    ready, checks = await health.readiness(None)
    assert checks["model:notes"].ok and checks["model:companion"].ok
    assert checks["model:notes"].detail == "modelserver: server answers"
