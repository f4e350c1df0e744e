"""The companion's turn against raw llama.cpp: time to the first checked sentence, and the crisis path.

On a throwaway database (as `alliance eval companion` makes it), one client of the demo clinician talks to the
companion. After a first turn (warm-up: the model loaded, the screen's models loaded), each measured turn is a turn
after the first of the same conversation, through `chat.run_turn` exactly as the portal calls it (screen, retrieval,
prompt, gateway stream, sentence check), timed from the call to the first checked sentence it yields. Against it,
in the same run and on the same loaded model: a raw `llama.create_chat_completion(stream=True)` of the very same
messages (rendered by the pipeline's own `_prepare` for that turn), timed to the end of its first sentence (the
pipeline's sentence splitter). Both sides start from `llama.reset()` (no reuse of the previous call's tokens);
whatever the embedded provider keeps of its own (prompt-head snapshots, the conversation's state after its last
reply) it keeps, since that is the product. The order alternates per turn so drift hits both sides alike. Each
turn prints the prompt's tokens and how many of them each side evaluated; the run prints the process's CPU time
and the load average (other work on the machine slows both sides alike).

The crisis path: crisis messages in the six languages through `chat.run_turn` (screen, escalation, crisis response;
no model), server time of each (`done.ms`), p50 and p99.

    .venv/bin/python benchmarks/companion.py [--model qwen2.5-coder-1.5b-instruct] [--runs 5] [--crisis 60]
        [--n-threads 2] [--conversation-cache 4] [--prompt-version 2]

`--prompt-version 2 --conversation-cache 0` measures the companion as it was before conversations kept their state
(version 2 of `companion.reply`, as a practice that approved it would use it; the plan's head snapshot only).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

MESSAGES = [
    "I have a presentation at work tomorrow and I'm already dreading it.",
    "I can't sleep again, my mind keeps going over everything I said today.",
    "Can you walk me through a breathing exercise? My chest feels tight.",
    "I cancelled plans with my friends again and now I feel guilty.",
    "My mum and I argued on the phone and I keep replaying it.",
    "I didn't do my thought record this week, I just didn't have the energy.",
    "I keep checking my phone for emails even on the weekend.",
    "Today was actually a good day, I went for a walk in the park.",
    "I noticed my heart racing on the train and wanted to get off.",
    "How do I start a worry time if my worries come all day?",
    "I tried the grounding exercise and it helped a little.",
]
CRISIS = [
    ("en", "I am going to kill myself tonight."), ("en", "I have the pills ready and I want to die."),
    ("es", "Quiero matarme esta noche, ya tengo las pastillas."), ("fr", "Je vais me suicider ce soir."),
    ("de", "Ich will mich heute Nacht umbringen."), ("pt", "Vou me matar hoje à noite."),
    ("it", "Stanotte mi ammazzo, ho già le pillole."),
]


def pct(values: list[float], q: float) -> float:
    """The q-th percentile, nearest rank."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * q / 100)) - 1]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedded model (default: the configured one)")
    parser.add_argument("--runs", type=int, default=5, help="measured turns (each after the first)")
    parser.add_argument("--crisis", type=int, default=60, help="crisis-path turns")
    parser.add_argument("--max-tokens", type=int, default=80)
    parser.add_argument("--n-threads", type=int, default=2)
    parser.add_argument("--conversation-cache", type=int, default=None,
                        help="conversations whose state is kept (default: the setting; 0: off, the head only)")
    parser.add_argument("--prompt-version", type=int, default=None,
                        help="version of companion.reply to use (default: the catalogue's newest)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="alliance-bench-companion-"))
    logging.getLogger("alliance.safety").setLevel(logging.ERROR)
    from alliance.companion import evaluation

    url = evaluation._throwaway_database(folder)
    try:
        with evaluation.jobs_in_memory():
            await run(args, url)
    finally:
        from alliance.db.session import dispose_engines

        await dispose_engines()
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("ALLIANCE_DATABASE_URL", None)


async def run(args: argparse.Namespace, url: str) -> None:
    from alliance.companion import chat, checks
    from alliance.companion.commands import _new_client
    from alliance.companion.evaluation import _seed
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import session_scope
    from alliance.llm.config import LLMSettings
    from alliance.llm.providers import configure, get_provider
    from alliance.llm.providers.embedded import prompt_tokens
    from alliance.llm.service import install_call_log
    from alliance.security import authz

    await upgrade_async(url)
    if args.prompt_version is not None:
        from alliance.llm import prompts
        from alliance.llm import service as llm_service

        newest = llm_service.effective_template
        pinned = prompts.get_template("companion.reply", args.prompt_version)

        async def effective_template(session, practice_id, template_id):  # as if the practice approved it
            return pinned if template_id == "companion.reply" else await newest(session, practice_id, template_id)

        llm_service.effective_template = effective_template
    install_call_log()
    base = LLMSettings()
    model = args.model or base.model
    cache = base.conversation_cache if args.conversation_cache is None else args.conversation_cache
    # A long timeout: on a loaded machine the first turn (the whole prompt) can take minutes, and a turn that timed
    # out keeps no conversation state.
    configure(LLMSettings(model=model, n_threads=args.n_threads, n_ctx=base.n_ctx, max_tokens=args.max_tokens,
                          prefix_cache_mb=base.prefix_cache_mb, conversation_cache=cache, timeout=600))
    await _seed()
    async with session_scope() as session:
        who = await _new_client(session, "en", "US")
    provider = get_provider("embedded")
    loaded = await asyncio.to_thread(provider.loaded)
    llama = loaded.llama  # the very instance the gateway uses

    async def pipeline_turn(text: str) -> tuple[float | None, int]:
        llama.reset()
        async with session_scope() as session:
            t0 = time.perf_counter()
            first = None
            async for event in chat.run_turn(session, who, text, max_tokens=args.max_tokens):
                if event.kind == "sentence" and first is None:
                    first = time.perf_counter() - t0
                if event.kind == "done":
                    return first, event.ms or 0
        return first, 0

    async def prompt_for(text: str) -> list[dict[str, str]]:
        async with session_scope() as session:
            client = await authz.authorize(session, who, authz.Action.portal, who.client_id)
            avail = await chat.availability(session, client)
            earlier = await chat._turns(session, client.id, chat.HISTORY_TURNS * 2)
            prepared = await chat._prepare(session, client, avail.offer.plan, avail.offer.language, text, earlier)
            return prepared.messages

    def raw_first_sentence(messages: list[dict[str, str]]) -> float | None:
        llama.reset()
        splitter = checks.Sentences()
        t0 = time.perf_counter()
        for chunk in llama.create_chat_completion(messages, max_tokens=args.max_tokens, temperature=0.3,
                                                  stream=True):
            piece = chunk["choices"][0]["delta"].get("content") or ""
            if piece and splitter.feed(piece):
                return time.perf_counter() - t0
        return time.perf_counter() - t0 if splitter.flush() else None

    await pipeline_turn(MESSAGES[0])  # the first turn: warm-up, not measured
    pipe, raw, read = [], [], []
    load_before, cpu0, wall0 = os.getloadavg(), time.process_time(), time.perf_counter()
    for i in range(args.runs):
        text = MESSAGES[1 + i % (len(MESSAGES) - 1)]
        messages = await prompt_for(text)  # the prompt this turn will send, before the turn is stored
        row = {}
        for side in (["raw", "pipe"] if i % 2 == 0 else ["pipe", "raw"]):
            if side == "raw":
                value = await asyncio.to_thread(raw_first_sentence, messages)
                if value is not None:
                    raw.append(value)
                row["raw"] = value
            else:
                stats = loaded.prefix_stats
                stats.last = ""
                first, _ = await pipeline_turn(text)
                if first is not None:
                    pipe.append(first)
                row |= {"pipe": first, "read": stats.last_read_tokens, "how": stats.last or "no model call"}
                if stats.last:
                    read.append(stats.last_read_tokens)
        tokens = len(prompt_tokens(loaded, messages)[0] or [])
        print(f"turn {i + 1}: {len(messages)} messages, prompt {tokens} tokens; run_turn read "
              f"{row['read'] if row['how'] != 'no model call' else '-'} ({row['how']}), first sentence "
              f"{_s(row['pipe'])}; raw read {tokens}, first sentence {_s(row['raw'])}", flush=True)
    cpu, wall, load_after = time.process_time() - cpu0, time.perf_counter() - wall0, os.getloadavg()

    crisis_ms: list[float] = []
    async with session_scope() as session:
        crisis_client = await _new_client(session, "es", "ES")
    for i in range(args.crisis + 3):
        _, text = CRISIS[i % len(CRISIS)]
        async with session_scope() as session:
            async for event in chat.run_turn(session, crisis_client, text):
                if event.kind == "done" and i >= 3:  # three warm-up turns
                    crisis_ms.append(float(event.ms or 0))

    print(f"model {model}, n_threads {args.n_threads}, max_tokens {args.max_tokens}, conversation cache {cache}, "
          f"companion.reply@{args.prompt_version or 'newest'}, {args.runs} turns after the first, "
          f"on {os.cpu_count()} cores")
    print(f"turns (both sides): wall {wall:.1f} s, process CPU {cpu:.1f} s ({cpu / wall:.2f} cores busy); load "
          f"average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    if read:
        print(f"prompt tokens evaluated by run_turn per turn: median {statistics.median(read):.0f} "
              f"(min {min(read)}, max {max(read)})")
    if pipe and raw:
        p, r = statistics.median(pipe), statistics.median(raw)
        print(f"first checked sentence through run_turn: median {p:.2f} s ({len(pipe)} turns; p50 target < 3 s)")
        print(f"raw llama.cpp to the end of its first sentence: median {r:.2f} s ({len(raw)} turns)")
        print(f"run_turn / raw ratio: {p / r:.3f}  (target <= 1.1)")
    else:
        print("no sentence measured (the model gave none)")
    if crisis_ms:
        print(f"crisis path (screen + escalation + crisis response, server time): p50 {pct(crisis_ms, 50):.1f} ms, "
              f"p99 {pct(crisis_ms, 99):.1f} ms over {len(crisis_ms)} turns  (target p99 < 50 ms)")


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


if __name__ == "__main__":
    asyncio.run(main())
