"""Benchmark: drafting time for a 10- and a 50-minute synthetic session (AnnoMI sessions concatenated).

The baseline, measured in the same run on the same model, is raw gateway `complete` calls that read the same
transcript parts and may write as many tokens as the draft wrote: reading the session and writing free text,
with no schema, no merging, no grounding and no risk screen. Figures are printed as ratios against it, on the
wall clock and on the process's CPU time (all threads: on a shared, loaded machine, CPU time / threads
approximates the wall clock of idle cores). Run:
    .venv/bin/python benchmarks/notes.py [--model qwen2.5-coder-1.5b-instruct] [--minutes 10 50] [--format soap]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time

WORDS_PER_MINUTE = 169  # median speaking rate of the AnnoMI sessions (words / last timestamp)


def synthetic_session(minutes: int) -> list:
    """High-quality AnnoMI sessions concatenated (in id order) and cut at `minutes` of speech."""
    from alliance.notes.evaluation import load_annomi
    from alliance.notes.transcripts import from_segments

    target = minutes * WORDS_PER_MINUTE
    rows, words = [], 0
    for example in load_annomi():
        for seg in example.segments:
            rows.append({"speaker": seg.speaker, "text": seg.text})
            words += len(seg.text.split())
            if words >= target:
                return from_segments(rows)
    return from_segments(rows)


async def run(minutes: int, fmt: str, model: str | None) -> dict:
    """Draft one synthetic session, then the raw-generation baseline; timings and token counts."""
    from alliance.llm import add_call_sink, complete, remove_call_sink
    from alliance.notes.drafting import draft_note

    segments = synthetic_session(minutes)
    await complete("Hello.", purpose="notes", model=model, max_tokens=1)  # load the model outside the timings
    from alliance.llm.embeddings import get_embedder

    get_embedder()
    records: list = []
    add_call_sink(records.append)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        draft = await draft_note(segments, format=fmt, model=model)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    finally:
        remove_call_sink(records.append)
    prompt_tokens = sum(r.prompt_tokens for r in records)
    completion_tokens = sum(r.completion_tokens for r in records)
    # The baseline reads what the draft read, part by part (same context limit), and writes as many tokens.
    from alliance.llm import get_provider
    from alliance.notes.drafting import CHUNK_TOKENS, chunk_segments, condense_segments, reading_budget

    budget = reading_budget(segments, get_provider(None, model=model, purpose="notes").kind)
    read = condense_segments(segments, budget, {e.segment for e in draft.risk.evidence})
    chunks = chunk_segments(read, CHUNK_TOKENS)
    start, cpu = time.perf_counter(), time.process_time()
    base_prompt = base_completion = 0
    for chunk in chunks:
        text = "\n".join(f"{s.speaker}: {s.text}" for s in chunk)
        base = await complete([{"role": "user", "content": text + "\n\nSummarise this as a progress note."}],
                              purpose="notes", model=model, timeout=1800,
                              max_tokens=max(completion_tokens // len(chunks), 16))
        base_prompt += base.usage.prompt_tokens
        base_completion += base.usage.completion_tokens
    baseline, baseline_cpu = time.perf_counter() - start, time.process_time() - cpu
    sentences = [s for sec in draft.sections for s in sec.sentences]
    return {
        "minutes": minutes, "words": sum(len(s.text.split()) for s in segments), "segments": len(segments),
        "segments_read": draft.segments_read, "read_share": draft.read_share, "parts": draft.parts, "model": draft.model,
        "draft_seconds": round(seconds, 1), "draft_cpu_seconds": round(cpu_seconds, 1),
        "draft_prompt_tokens": prompt_tokens,
        "draft_completion_tokens": completion_tokens, "baseline_seconds": round(baseline, 1),
        "baseline_cpu_seconds": round(baseline_cpu, 1),
        "baseline_prompt_tokens": base_prompt, "baseline_completion_tokens": base_completion,
        "ratio_vs_baseline": round(seconds / baseline, 2) if baseline else None,
        "cpu_ratio_vs_baseline": round(cpu_seconds / baseline_cpu, 2) if baseline_cpu else None,
        "sentences": len(sentences), "supported_share": round(draft.supported_share, 3),
        "timings": draft.timings, "target_seconds": 60 if minutes <= 10 else 300,
    }


def main() -> None:
    """Run the benchmark and print one JSON line per session length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedded model (default: the gateway's default)")
    parser.add_argument("--minutes", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--format", default="soap")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores",
          file=sys.stderr)
    for minutes in args.minutes:
        result = asyncio.run(run(minutes, args.format, args.model))
        result["load_average_after"] = round(os.getloadavg()[0], 2)
        print(json.dumps(result))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
