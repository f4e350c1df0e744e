"""Benchmark: MiniLM embeddings per second (batch 1 and 64, 1 and 2 threads) and the latency of embedding one sentence.

Every figure is also printed as a ratio against a baseline measured in the same run: tokenisation alone of the
same texts, which is the part of the work no model can avoid. Run:
    .venv/bin/python benchmarks/embeddings.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

SENTENCES = [
    "I can't wait for the weekend",
    "everyone would be better off without me",
    "I had a fight with my sister about the holidays and I still feel upset about it",
    "my boss will kill me if I'm late again",
    "I've been sleeping badly and I feel tired all day, even after coffee",
    "thanks for the session today, it was really helpful",
    "I don't know what to do anymore, nothing seems to work out for me",
    "we are moving house next month and there is so much to pack",
]


def _rate(fn, items_per_call: int, seconds: float) -> float:
    fn()  # warm up
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        calls += 1
    return calls * items_per_call / (time.perf_counter() - start)


def _latencies(fn, texts: list[str], rounds: int, clock=time.perf_counter) -> np.ndarray:
    fn(texts[0])
    out = []
    for i in range(rounds):
        text = texts[i % len(texts)]
        start = clock()
        fn(text)
        out.append(clock() - start)
    return np.array(out) * 1000.0


def main() -> None:
    """Run the benchmark and print a table and a JSON summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per throughput measurement")
    parser.add_argument("--rounds", type=int, default=500, help="messages per latency measurement")
    args = parser.parse_args()

    from alliance.llm.embeddings import Embedder

    batch64 = [SENTENCES[i % len(SENTENCES)] + f" ({i})" for i in range(64)]
    results: dict = {"throughput": {}, "latency_ms": {}}
    embedders = {}
    for threads in (1, 2):
        emb = embedders[threads] = Embedder(intra_op_threads=threads)
        tok1 = _rate(lambda: emb.tokenize(batch64[:1]), 1, args.seconds)
        tok64 = _rate(lambda: emb.tokenize(batch64), 64, args.seconds)
        e1 = _rate(lambda: emb.embed(batch64[:1]), 1, args.seconds)
        e64 = _rate(lambda: emb.embed(batch64, batch_size=64), 64, args.seconds)
        results["throughput"][f"{threads}_thread"] = {
            "batch1_per_s": round(e1, 1), "batch64_per_s": round(e64, 1),
            "tokenise_batch1_per_s": round(tok1, 1), "tokenise_batch64_per_s": round(tok64, 1),
            "batch1_vs_tokenise": round(e1 / tok1, 4), "batch64_vs_tokenise": round(e64 / tok64, 4)}

    def embed_one(text: str) -> object:
        return embedders[1].embed([text])

    tok = _latencies(lambda t: embedders[1].tokenize([t]), SENTENCES, args.rounds)
    pred = _latencies(embed_one, SENTENCES, args.rounds)
    # CPU time of the calling thread (onnxruntime runs a 1-thread session in it): what an idle core would see,
    # even when other processes share this machine.
    pred_cpu = _latencies(embed_one, SENTENCES, args.rounds, clock=time.thread_time)
    results["latency_ms"] = {
        "embed_one_1_thread": {"median": round(float(np.median(pred)), 3),
                                        "p99": round(float(np.percentile(pred, 99)), 3)},
        "embed_one_1_thread_cpu": {"median": round(float(np.median(pred_cpu)), 3),
                                            "p99": round(float(np.percentile(pred_cpu, 99)), 3)},
        "tokenise_only": {"median": round(float(np.median(tok)), 4),
                          "p99": round(float(np.percentile(tok, 99)), 4)},
        "predict_vs_tokenise_median": round(float(np.median(pred) / np.median(tok)), 1),
        "predict_vs_tokenise_p99": round(float(np.percentile(pred, 99) / np.percentile(tok, 99)), 1),
    }

    print("threads  batch  embeddings/s  tokenise/s  ratio(embed/tokenise)")
    for threads in (1, 2):
        row = results["throughput"][f"{threads}_thread"]
        for b in (1, 64):
            rate, tok_rate = row[f"batch{b}_per_s"], row[f"tokenise_batch{b}_per_s"]
            print(f"{threads:>7}  {b:>5}  {rate:>12}  {tok_rate:>10}  {row[f'batch{b}_vs_tokenise']:>8}")
    lat = results["latency_ms"]
    print(f"embed one sentence, 1 thread: median {lat['embed_one_1_thread']['median']} ms, "
          f"p99 {lat['embed_one_1_thread']['p99']} ms "
          f"({lat['predict_vs_tokenise_median']}x / {lat['predict_vs_tokenise_p99']}x tokenisation alone)")
    cpu = lat["embed_one_1_thread_cpu"]
    print(f"embed one sentence, CPU time of the calling thread: median {cpu['median']} ms, p99 {cpu['p99']} ms")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
