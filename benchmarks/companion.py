"""The companion's turn against raw llama.cpp: time to the first checked sentence, and the crisis path.

On a throwaway database (as `alliance eval companion` makes it), one client of the demo clinician talks to the
companion. After a first turn (warm-up: the model loaded, the screen's models loaded), each measured turn is a turn
after the first of the same conversation, through `chat.run_turn` exactly as the portal calls it (screen, retrieval,
prompt, gateway stream, sentence check), timed from the call to the first checked sentence it yields. Against it,
in the same run and on the same loaded model: a raw `llama.create_chat_completion(stream=True)` of the very same
messages (rendered by the pipeline's own `_prepare` for that turn), timed to the end of its first sentence (the
pipeline's sentence splitter). Both sides start from `llama.reset()` (no reuse of the previous call's tokens);
whatever the embedded provider keeps of its own (prompt-head snapshots) it keeps, since that is the product. The
order alternates per turn so drift hits both sides alike.

The crisis path: crisis messages in the six languages through `chat.run_turn` (screen, escalation, crisis response;
no model), server time of each (`done.ms`), p50 and p99.

    .venv/bin/python benchmarks/companion.py [--model qwen2.5-coder-1.5b-instruct] [--runs 5] [--crisis 60]
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
    from alliance.llm.service import install_call_log
    from alliance.security import authz

    await upgrade_async(url)
    install_call_log()
    base = LLMSettings()
    model = args.model or base.model
    configure(LLMSettings(model=model, n_threads=args.n_threads, n_ctx=base.n_ctx, max_tokens=args.max_tokens,
                          prefix_cache_mb=base.prefix_cache_mb))
    await _seed()
    async with session_scope() as session:
        who = await _new_client(session, "en", "US")
    provider = get_provider("embedded")
    llama = (await asyncio.to_thread(provider.loaded)).llama  # the very instance the gateway uses

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
    pipe, raw = [], []
    for i in range(args.runs):
        text = MESSAGES[1 + i % (len(MESSAGES) - 1)]
        messages = await prompt_for(text)  # the prompt this turn will send, before the turn is stored
        for side in (["raw", "pipe"] if i % 2 == 0 else ["pipe", "raw"]):
            if side == "raw":
                value = await asyncio.to_thread(raw_first_sentence, messages)
                if value is not None:
                    raw.append(value)
            else:
                first, _ = await pipeline_turn(text)
                if first is not None:
                    pipe.append(first)

    crisis_ms: list[float] = []
    async with session_scope() as session:
        crisis_client = await _new_client(session, "es", "ES")
    for i in range(args.crisis + 3):
        _, text = CRISIS[i % len(CRISIS)]
        async with session_scope() as session:
            async for event in chat.run_turn(session, crisis_client, text):
                if event.kind == "done" and i >= 3:  # three warm-up turns
                    crisis_ms.append(float(event.ms or 0))

    load = os.getloadavg()
    print(f"model {model}, n_threads {args.n_threads}, max_tokens {args.max_tokens}, {args.runs} turns after the "
          f"first; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
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


if __name__ == "__main__":
    asyncio.run(main())
