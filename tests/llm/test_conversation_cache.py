"""The embedded provider keeps a conversation's state after its reply, so its next turn reads only what is new."""

from __future__ import annotations

import uuid

import numpy as np
import pytest

from alliance.llm import gateway as llm_gateway
from alliance.llm.providers import get_provider, using
from alliance.llm.providers.embedded import ConversationCache, ConversationState

pytestmark = pytest.mark.llm


def _system(topic: str) -> str:
    # A unique plan per test, so other tests' calls cannot have left its tokens behind.
    return (f"[{uuid.uuid4().hex}] You are a supportive between-session companion for a client in therapy. "
            f"Their clinician has set what you may help with: {topic}. Warm, plain language; short replies.")


def _loaded():
    return get_provider("embedded").loaded()


async def _turn(messages: list[dict], conversation: str | None) -> str:
    """One streamed reply; the llama context is emptied first, as when other clients' calls came in between."""
    loaded = _loaded()
    with loaded.lock:
        loaded.llama.reset()
    parts = [chunk async for chunk in llm_gateway.stream(messages, purpose="test", max_tokens=12, temperature=0.0,
                                                         conversation=conversation)]
    return "".join(parts)


async def _two_turns(system: str, conversation: str | None) -> tuple[int, int, str]:
    """Turn 1, then turn 2 extending it; the tokens turn 2 evaluated, its prompt's tokens, and how it began."""
    first = [{"role": "system", "content": system}, {"role": "user", "content": "I could not sleep last night."}]
    reply = await _turn(first, conversation)
    second = [*first, {"role": "assistant", "content": reply},
              {"role": "user", "content": "Can we try a breathing exercise now?"}]
    await _turn(second, conversation)
    stats = _loaded().prefix_stats
    return stats.last_read_tokens, stats.last_prompt_tokens, stats.last


async def test_a_later_turn_of_the_same_conversation_reads_only_what_is_new(gateway):
    read, prompt, how = await _two_turns(_system("sleep"), f"companion:{uuid.uuid4()}")
    assert how == "conversation"
    assert read < 30 < prompt - read  # the new message (and its template tokens), not the plan and the first turn


async def test_without_a_conversation_the_later_turn_reads_its_whole_history_again(gateway):
    read, prompt, how = await _two_turns(_system("worry"), None)
    assert how == "evaluated" and read == prompt


async def test_two_clients_never_share_a_state(gateway):
    system = _system("panic")  # the very same plan for both, so their prompts begin alike
    a, b = f"companion:{uuid.uuid4()}", f"companion:{uuid.uuid4()}"
    first = [{"role": "system", "content": system}, {"role": "user", "content": "My heart races on the train."}]
    reply = await _turn(first, a)
    conversations = _loaded().conversations
    assert a in conversations and b not in conversations
    # B sends what A's next turn would be: A's state is never restored for B, B gets its own.
    second = [*first, {"role": "assistant", "content": reply}, {"role": "user", "content": "What can I do?"}]
    await _turn(second, b)
    assert _loaded().prefix_stats.last != "conversation"
    assert b in conversations and conversations.get(a).tokens.tolist() != conversations.get(b).tokens.tolist()


async def test_with_the_cache_off_no_conversation_is_kept(gateway):
    with using(gateway.model_copy(update={"conversation_cache": 0})):
        key = f"companion:{uuid.uuid4()}"
        read, prompt, how = await _two_turns(_system("anger"), key)
        assert how != "conversation" and read == prompt and len(_loaded().conversations) == 0


def test_the_conversation_cache_keeps_the_most_recently_used_few():
    def state(n: int) -> ConversationState:
        return ConversationState(tokens=np.arange(n, dtype=np.int32), data=b"x" * n)

    cache = ConversationCache(capacity=2)
    cache.put("a", state(1))
    cache.put("b", state(2))
    assert cache.get("a") is not None  # a is now the most recently used
    cache.put("c", state(3))  # over capacity: the least recently used (b) goes
    assert "b" not in cache and "a" in cache and "c" in cache and len(cache) == 2
    cache.put("a", state(4))  # a replaced, not added
    assert len(cache) == 2 and cache.get("a").data == b"x" * 4
    cache.resize(1)
    assert len(cache) == 1 and "a" in cache
    cache.resize(0)
    cache.put("d", state(1))
    assert len(cache) == 0
