"""A later turn reads only what is new: each turn's prompt extends the previous turn's prompt and reply, the window
of earlier turns moves in blocks, and the embedded model keeps each client's conversation state apart."""

from __future__ import annotations

import asyncio

from alliance.accounts.models import Role
from alliance.companion import chat, service
from alliance.consent.models import Feature
from alliance.llm.providers import get_provider
from tests.companion.test_chat import PLAN, _events, _world
from tests.support.factories import actor, make_client, make_consent, make_user

TALK = ["I have a presentation tomorrow and I'm dreading it.", "I can't sleep, my mind keeps going over it.",
        "My chest feels tight when I think about the talk.", "I cancelled plans with my friends again.",
        "My mum and I argued on the phone.", "Today was a good day, I went for a walk in the park."]


async def test_each_turn_extends_the_previous_prompt_and_reply_until_the_block_moves(session, scripted):
    _, _, _, portal = await _world(session)
    replies = [f"Reply number {i}. Let's take one small step." for i in range(len(TALK))]
    scripted.script = list(replies)
    for text in TALK:
        await _events(session, portal, text)
    sent = [r["messages"] for r in scripted.requests]
    assert len(sent) == len(TALK)
    # Turns 1-3 (turn numbers 1-6 of the conversation): each prompt is the previous one, its reply, the new message.
    for before, after, reply in zip(sent[:2], sent[1:3], replies):
        assert after[: len(before)] == before
        assert after[len(before)] == {"role": "assistant", "content": reply}
        assert len(after) == len(before) + 2 and TALK[sent.index(after)] in after[-1]["content"]
    # The fourth message starts a new block: the earlier turns come back without their passages, once.
    assert sent[3][: len(sent[2])] != sent[2]
    assert [m["role"] for m in sent[3]] == ["system", "user", "assistant", "user", "assistant", "user", "assistant",
                                            "user"]
    assert all("Library passages" not in m["content"] for m in sent[3][1:-1])
    assert sent[4][: len(sent[3])] == sent[3] and sent[5][: len(sent[4])] == sent[4]


async def test_a_passage_is_shown_once_in_a_block_and_a_later_message_brings_at_most_one_new(session, scripted):
    _, _, _, portal = await _world(session)
    await _events(session, portal, "I keep reading about paced breathing for panic.")
    await _events(session, portal, "Paced breathing for panic sounds useful to me.")
    first, second = (r["messages"] for r in scripted.requests)
    shown = first[-1]["content"]
    assert "Library passages" in shown and "Paced breathing" in shown
    again = second[-1]["content"]
    headings = {line for line in shown.splitlines() if line.startswith("## ")}
    assert headings and not headings & set(again.splitlines())  # already in the conversation: not repeated
    assert second[1]["content"] == shown  # where they stay, with the message they came with
    assert sum(line.startswith("## ") for line in again.splitlines()) <= chat.LATER_PASSAGES


async def test_a_later_turn_of_the_same_client_reads_only_what_is_new_and_clients_never_share_a_state(
        session, smollm2):
    practice, clinician, client, portal = await _world(session)
    loaded = await asyncio.to_thread(get_provider("embedded").loaded)
    await _events(session, portal, "I have a presentation tomorrow and I'm dreading it.")
    assert chat.conversation_key(client.id) in loaded.conversations
    with loaded.lock:
        loaded.llama.reset()  # as if other clients' replies had come in between
    await _events(session, portal, "I can't sleep, my mind keeps going over it.")
    stats = loaded.prefix_stats
    assert stats.last == "conversation" and stats.last_read_tokens < stats.last_prompt_tokens / 2
    # Another client with the same plan and the same first message: never this client's state, a key of its own.
    other = await make_client(session, practice, clinician=clinician)
    other_portal = await make_user(session, practice, Role.client, client=other)
    await make_consent(session, other, Feature.ai_companion)
    await service.save_plan(session, actor(clinician), other.id, PLAN)
    await _events(session, other_portal, "I have a presentation tomorrow and I'm dreading it.")
    assert loaded.prefix_stats.last != "conversation"
    mine, theirs = chat.conversation_key(client.id), chat.conversation_key(other.id)
    assert mine != theirs and {mine, theirs} <= set(loaded.conversations._items)
