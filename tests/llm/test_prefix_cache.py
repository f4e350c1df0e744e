"""The embedded provider reads a prompt's unchanging head once: kept in the context, or restored from a snapshot."""

from __future__ import annotations

import uuid

import pytest

from alliance.llm import complete
from alliance.llm.providers import get_provider, using
from alliance.llm.providers.embedded import PrefixCache, prompt_head

pytestmark = pytest.mark.llm


def _system(topic: str) -> str:
    # A unique head per test, long enough to be worth a snapshot, so other tests' calls cannot have left it behind.
    return (f"[{uuid.uuid4().hex}] You are a supportive between-session companion for a client in therapy. "
            f"Their clinician has set what you may help with: {topic}. Warm, plain language; short replies.")


def _messages(system: str, user: str) -> list[dict]:
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _loaded():
    return get_provider("embedded").loaded()


async def _reply(system: str, user: str) -> tuple[str, str]:
    result = await complete(_messages(system, user), purpose="test", max_tokens=12, temperature=0.0)
    return result.text, _loaded().prefix_stats.last


async def test_a_head_is_read_once_then_kept_in_context_or_restored_after_other_prompts(gateway):
    plan_a, plan_b = _system("paced breathing"), _system("sleep habits")
    assert (await _reply(plan_a, "I can't sleep."))[1] == "evaluated"
    assert (await _reply(plan_a, "It got worse tonight."))[1] == "in_context"
    assert (await _reply(plan_b, "I keep worrying about work."))[1] == "evaluated"  # B's head replaces A's
    reused_before = _loaded().prefix_stats.tokens_reused
    assert (await _reply(plan_a, "I tried the breathing."))[1] == "restored"  # A's head comes back from memory
    stats = _loaded().prefix_stats
    assert stats.tokens_reused - reused_before == stats.last_prefix_tokens > 20


async def test_a_restored_head_gives_the_reply_reading_it_again_gives(gateway):
    plan_a, plan_b = _system("thought records"), _system("grounding")
    await _reply(plan_a, "Hello.")
    await _reply(plan_b, "Hello.")
    restored, how = await _reply(plan_a, "My mind says I will freeze in the meeting.")
    assert how == "restored"
    loaded = _loaded()
    with loaded.lock:  # forget the snapshots and the context: the head is read again from its tokens
        capacity = loaded.prefixes.capacity
        loaded.prefixes.resize(0)
        loaded.prefixes.resize(capacity)
        loaded.llama.reset()
    again, how = await _reply(plan_a, "My mind says I will freeze in the meeting.")
    assert how == "evaluated" and again == restored


async def test_the_head_is_the_prompt_before_the_last_message(gateway):
    loaded = _loaded()
    system = _system("worry time")
    head = prompt_head(loaded, _messages(system, "A message."))
    tokens = loaded.llama.tokenize(
        loaded.formatter(messages=_messages(system, "A message.")).prompt.encode(), add_bos=False, special=True)
    assert head is not None and tokens[: len(head)] == head
    assert system.split("]")[0][1:] in loaded.llama.detokenize(head).decode()  # the system prompt is in it
    assert "A message" not in loaded.llama.detokenize(head).decode()
    assert prompt_head(loaded, [{"role": "user", "content": "Only one message."}]) is None


async def test_with_the_cache_off_no_snapshot_is_kept(gateway):
    with using(gateway.model_copy(update={"prefix_cache_mb": 0})):
        plan_a, plan_b = _system("behavioural activation"), _system("anger")
        await _reply(plan_a, "Hello.")
        await _reply(plan_b, "Hello.")
        assert (await _reply(plan_a, "Hello again."))[1] == "evaluated"
        assert len(_loaded().prefixes) == 0 and _loaded().prefixes.nbytes == 0


def test_the_snapshot_cache_drops_the_least_recently_used_beyond_its_budget():
    cache = PrefixCache(capacity_bytes=100)
    cache.put(b"a", b"x" * 40)
    cache.put(b"b", b"x" * 40)
    assert cache.get(b"a") is not None  # a is now the most recently used
    cache.put(b"c", b"x" * 40)  # 120 bytes: the least recently used (b) goes
    assert cache.get(b"b") is None and cache.get(b"a") is not None and cache.get(b"c") is not None
    assert cache.nbytes == 80 and len(cache) == 2
    cache.put(b"d", b"x" * 101)  # larger than the whole budget: not kept, nothing dropped for it
    assert cache.get(b"d") is None and len(cache) == 2
    cache.resize(50)
    assert cache.nbytes <= 50 and len(cache) == 1
    cache.resize(0)
    assert len(cache) == 0 and cache.nbytes == 0
