"""Gateway overhead: `alliance.llm.complete` against raw llama-cpp-python, same model, prompt and settings.

Prints the ratio of median wall times (target <= 1.05) and tokens per second, both measured in this run.
With --structured it also compares `structured()` against raw schema-constrained decoding (same messages,
same bounded schema).

    .venv/bin/python benchmarks/llm_gateway.py [--model qwen2.5-coder-1.5b-instruct] [--runs 5] [--structured]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from alliance.llm import complete
from alliance.llm.config import LLMSettings
from alliance.llm.providers import configure, get_provider
from alliance.llm.schema import bound_schema

PROMPT = [
    {"role": "system", "content": "You are a concise assistant for a therapist."},
    {"role": "user", "content": "Explain in a short paragraph what a thought record is and how a client uses it."},
]
SCHEMA = {
    "type": "object",
    "properties": {
        "summary": {"type": "string"},
        "steps": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["summary", "steps"],
}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--n-threads", type=int, default=2)
    parser.add_argument("--structured", action="store_true", help="also compare schema-constrained decoding")
    args = parser.parse_args()

    configure(LLMSettings(model=args.model, n_threads=args.n_threads, n_ctx=2048))
    provider = get_provider("embedded")
    llama = (await asyncio.to_thread(provider.loaded)).llama  # the very instance the gateway uses

    def raw_messages(messages: list, response_format: dict | None = None) -> tuple[float, float, int]:
        llama.reset()  # no prompt-cache advantage for either side
        t0, c0 = time.perf_counter(), time.process_time()
        out = llama.create_chat_completion(
            messages, max_tokens=args.max_tokens, temperature=0.0, response_format=response_format
        )
        return time.perf_counter() - t0, time.process_time() - c0, out["usage"]["completion_tokens"]

    async def gateway() -> tuple[float, float, int]:
        llama.reset()
        t0, c0 = time.perf_counter(), time.process_time()  # process time covers the worker thread too
        result = await complete(PROMPT, purpose="benchmark", max_tokens=args.max_tokens, temperature=0.0)
        return time.perf_counter() - t0, time.process_time() - c0, result.usage.completion_tokens

    raw_messages(PROMPT)  # warm-up: page the weights in
    runs: dict[str, list[tuple[float, float, int]]] = {"raw": [], "gw": []}
    for i in range(args.runs):  # interleaved, alternating order, so drift hits both sides alike
        for side in (["raw", "gw"] if i % 2 == 0 else ["gw", "raw"]):
            runs[side].append(raw_messages(PROMPT) if side == "raw" else await gateway())
    med = {side: [statistics.median(r[k] for r in runs[side]) for k in range(3)] for side in runs}
    print(f"model {args.model}, {args.runs} runs, max_tokens {args.max_tokens}, n_threads {args.n_threads}")
    for side, label in (("raw", "raw llama-cpp-python"), ("gw", "gateway complete()  ")):
        wall, cpu, tokens = med[side]
        print(f"{label}  median wall {wall:.3f} s  cpu {cpu:.3f} s  {tokens:.0f} tokens  {tokens / wall:.1f} tok/s")
    print(f"gateway / raw ratio: wall {med['gw'][0] / med['raw'][0]:.3f}, cpu {med['gw'][1] / med['raw'][1]:.3f}"
          "  (target <= 1.05)")

    if args.structured:
        # Same messages (with the schema instruction), same bounded schema, same grammar on both sides.
        from alliance.llm import structured
        from alliance.llm.schema import with_schema_instruction

        bounded = bound_schema(SCHEMA)
        messages = with_schema_instruction(PROMPT, bounded)
        raw_s, gw_s = [], []
        for i in range(args.runs):
            for side in (["raw", "gw"] if i % 2 == 0 else ["gw", "raw"]):
                if side == "raw":
                    raw_s.append(raw_messages(messages, {"type": "json_object", "schema": bounded})[1])
                else:
                    llama.reset()
                    c0 = time.process_time()
                    await structured(PROMPT, schema=SCHEMA, purpose="benchmark", max_tokens=args.max_tokens)
                    gw_s.append(time.process_time() - c0)
        print(f"structured: raw json_object+schema median cpu {statistics.median(raw_s):.3f} s, gateway "
              f"structured() {statistics.median(gw_s):.3f} s, ratio {statistics.median(gw_s) / statistics.median(raw_s):.3f}")


if __name__ == "__main__":
    asyncio.run(main())
