"""Benchmark: schema-constrained decoding in the embedded model, llama-cpp-python's grammar against LazyGrammar.

The same loaded model, the same messages (a short session and the SOAP note schema), temperature 0, in one run:
free text (the baseline: no grammar), llama-cpp-python's grammar sampler (every vocabulary token checked at
every step) and `alliance.llm.providers.grammar.LazyGrammar` (the best token checked first). Answer tokens per
second are timed from the first streamed token, so reading the prompt is left out; both constrained runs must
give the same text. Run:
    .venv/bin/python benchmarks/grammar.py [--model qwen2.5-coder-1.5b-instruct] [--rounds 2] [--max-tokens 400]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

SESSION = """S1 Therapist: How has the week been since we last met?
S2 Client: Honestly rough. I slept maybe five hours a night and skipped the gym twice.
S3 Client: I did try the breathing exercise before the team meeting and it helped a bit.
S4 Therapist: Your PHQ-9 today is 14, down from 17 three weeks ago.
S5 Client: My sister and I argued again about our mother's care, and I drank four beers on Saturday.
S6 Therapist: Let's practise a thought record on the meeting worry. Do one a day this week.
S7 Client: Okay. I can also cut back to two drinks on Saturdays and call my sister on Sunday."""


def main() -> None:
    """Time the three decoders and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--max-tokens", type=int, default=400)
    args = parser.parse_args()

    from llama_cpp import LlamaGrammar

    from alliance.llm.providers import get_provider
    from alliance.llm.providers.grammar import LazyGrammar, schema_grammar
    from alliance.llm.schema import bound_schema, with_schema_instruction
    from alliance.notes.formats import SOAP, output_schema

    provider = get_provider("embedded", model=args.model)
    llama = provider.loaded().llama
    schema = bound_schema(output_schema(SOAP, max_sentences=3, max_chars=120))
    grammar = schema_grammar(schema)
    messages = with_schema_instruction(
        [{"role": "system", "content": "You draft a SOAP note. Each sentence cites the segment ids it rests on."},
         {"role": "user", "content": SESSION + "\n\nDraft the note sections as JSON."}], schema, compact=True)

    def run(kind: str) -> tuple[float, int, str, tuple[int, int] | None]:
        llama.reset()
        kwargs: dict = {}
        lazy = None
        if kind == "full":
            kwargs["grammar"] = LlamaGrammar.from_string(grammar)
        elif kind == "lazy":
            lazy = LazyGrammar(llama, grammar)
            kwargs["logits_processor"] = [lazy]
        start, first, pieces = time.perf_counter(), None, []
        for chunk in llama.create_chat_completion(messages=messages, max_tokens=args.max_tokens, temperature=0,
                                                  stream=True, **kwargs):
            delta = chunk["choices"][0]["delta"].get("content")
            if delta:
                first = first or time.perf_counter()
                pieces.append(delta)
        seconds = time.perf_counter() - (first or start)
        text = "".join(pieces)
        tokens = len(llama.tokenize(text.encode(), add_bos=False)) if text else 0
        full_checks = (lazy.refusals, lazy.full_checks) if lazy else None
        if lazy:
            lazy.close()
        return seconds, tokens, text, full_checks

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores",
          file=sys.stderr)
    run("free")  # warm-up
    rates: dict[str, list[float]] = {"free": [], "full": [], "lazy": []}
    texts: dict[str, str] = {}
    checks = None
    for _ in range(args.rounds):
        for kind in ("free", "full", "lazy"):
            seconds, tokens, text, full_checks = run(kind)
            rates[kind].append(tokens / seconds if seconds else 0.0)
            texts[kind] = text
            if kind == "lazy":
                checks = full_checks
    free = statistics.median(rates["free"])
    result = {
        "model": args.model, "rounds": args.rounds,
        "answer_tokens": len(llama.tokenize(texts["lazy"].encode(), add_bos=False)),
        "free_tok_s": round(free, 2),
        "full_grammar_tok_s": round(statistics.median(rates["full"]), 2),
        "lazy_grammar_tok_s": round(statistics.median(rates["lazy"]), 2),
        "full_grammar_vs_free": round(statistics.median(rates["full"]) / free, 3),
        "lazy_grammar_vs_free": round(statistics.median(rates["lazy"]) / free, 3),
        "lazy_refusals_and_full_checks": checks,
        "same_answer": texts["full"] == texts["lazy"],
        "answer_is_json": _is_json(texts["lazy"]),
        "load_average_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


if __name__ == "__main__":
    main()
