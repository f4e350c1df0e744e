"""Gateway overhead: `alliance.llm.complete` against raw llama-cpp-python, same model, prompt and settings.

Prints the ratio of median wall times (target <= 1.05) and tokens per second, both measured in this run.
With --structured it also compares schema-constrained decoding: the gateway's chunked string bounds against
llama-cpp-python's own `response_format` grammar for the same bounded schema.

    .venv/bin/python benchmarks/llm_gateway.py [--model qwen2.5-1.5b-instruct] [--runs 5] [--structured]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from alliance.llm import complete, structured
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

    def raw(**extra: object) -> tuple[float, int]:
        llama.reset()  # no prompt-cache advantage for either side
        t0 = time.perf_counter()
        out = llama.create_chat_completion(PROMPT, max_tokens=args.max_tokens, temperature=0.0, **extra)
        return time.perf_counter() - t0, out["usage"]["completion_tokens"]

    async def gateway() -> tuple[float, int]:
        llama.reset()
        t0 = time.perf_counter()
        result = await complete(PROMPT, purpose="benchmark", max_tokens=args.max_tokens, temperature=0.0)
        return time.perf_counter() - t0, result.usage.completion_tokens

    raw()  # warm-up: page the weights in
    raw_times, gw_times, raw_tokens, gw_tokens = [], [], [], []
    for i in range(args.runs):  # interleaved, alternating order, so drift hits both sides alike
        pair = [("raw", None), ("gw", None)] if i % 2 == 0 else [("gw", None), ("raw", None)]
        for side, _ in pair:
            if side == "raw":
                seconds, tokens = raw()
                raw_times.append(seconds)
                raw_tokens.append(tokens)
            else:
                seconds, tokens = await gateway()
                gw_times.append(seconds)
                gw_tokens.append(tokens)
    raw_median, gw_median = statistics.median(raw_times), statistics.median(gw_times)
    print(f"model {args.model}, {args.runs} runs, max_tokens {args.max_tokens}, n_threads {args.n_threads}")
    print(f"raw llama-cpp-python  median {raw_median:.3f} s  {statistics.median(raw_tokens)} tokens  "
          f"{statistics.median(raw_tokens) / raw_median:.1f} tok/s")
    print(f"gateway complete()    median {gw_median:.3f} s  {statistics.median(gw_tokens)} tokens  "
          f"{statistics.median(gw_tokens) / gw_median:.1f} tok/s")
    print(f"gateway / raw ratio   {gw_median / raw_median:.3f}  (target <= 1.05)")

    if args.structured:
        bounded = bound_schema(SCHEMA)
        stock_times, ours_times = [], []
        for _ in range(max(args.runs // 2, 1)):
            seconds, tokens = raw(response_format={"type": "json_object", "schema": bounded})
            stock_times.append(tokens / seconds)
            llama.reset()
            t0 = time.perf_counter()
            await structured(PROMPT, schema=SCHEMA, purpose="benchmark", max_tokens=args.max_tokens)
            ours_times.append(_last_tokens[-1] / (time.perf_counter() - t0))  # tokens from the call record
        print(f"structured, raw response_format grammar  {statistics.median(stock_times):.1f} tok/s")
        print(f"structured, gateway chunked grammar      {statistics.median(ours_times):.1f} tok/s "
              f"(includes the schema instruction in the prompt)")


_last_tokens: list[int] = []


def _count(record: object) -> None:
    _last_tokens.append(getattr(record, "completion_tokens", 0))


if __name__ == "__main__":
    from alliance.llm.records import add_call_sink

    add_call_sink(_count)
    asyncio.run(main())
