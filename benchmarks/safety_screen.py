"""Benchmark of the crisis screen: per-message latency (median, p99) and throughput on one core.

The baseline, measured in the same run over the same messages, is a single compiled regular expression of risk
keywords (what a naive filter does). Run: `.venv/bin/python benchmarks/safety_screen.py [--rounds 8] [--json]`.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "ONNXRUNTIME_INTRA_OP_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

BASELINE = (
    r"suicid|kill (?:my|him|her)self|want to die|end (?:my life|it all)|self[- ]?harm|cut myself|overdos|hang myself"
    r"|quiero morir|matarme|suicidarme|veux mourir|me tuer|umbringen|sterben|quero morrer|me matar|voglio morire"
    r"|uccidermi|voices tell me|took all my pills"
)


def _pin_one_core() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def _messages() -> list[str]:
    from alliance.safety.evaluation import load_testset

    return [item["text"] for item in load_testset()]


def _measure(fn: Callable[[str], object], messages: list[str], rounds: int) -> dict[str, float]:
    # Wall-clock latency, and CPU time of this thread (robust when the machine is shared with other work).
    lat: list[int] = []
    cpu: list[int] = []
    start, cpu_start = time.perf_counter(), time.thread_time()
    for _ in range(rounds):
        for m in messages:
            t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
            fn(m)
            cpu.append(time.thread_time_ns() - c0)
            lat.append(time.perf_counter_ns() - t0)
    wall, cpu_total = time.perf_counter() - start, time.thread_time() - cpu_start
    lat.sort()
    cpu.sort()
    return {
        "messages": len(lat),
        "median_ms": statistics.median(lat) / 1e6,
        "p99_ms": lat[int(0.99 * (len(lat) - 1))] / 1e6,
        "throughput_per_s": len(lat) / wall,
        "cpu_median_ms": statistics.median(cpu) / 1e6,
        "cpu_p99_ms": cpu[int(0.99 * (len(cpu) - 1))] / 1e6,
        "cpu_throughput_per_s": len(cpu) / cpu_total if cpu_total else float("inf"),
    }


def main() -> None:
    """Run the benchmark and print the figures with their ratios to the baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=8, help="passes over the test-set messages (pattern layers)")
    parser.add_argument("--classifier-rounds", type=int, default=1, help="passes with the semantic layer")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    pinned = _pin_one_core()

    import re

    from alliance.safety import screening

    messages = _messages()
    baseline_rx = re.compile(BASELINE)
    for m in messages[:50]:  # warm up: language detector, caches
        screening.screen(m, use_classifier=False)

    results = {
        "baseline_regex": _measure(lambda m: baseline_rx.search(m.lower()), messages, args.rounds),
        "screen_patterns": _measure(lambda m: screening.screen(m, use_classifier=False), messages, args.rounds),
    }
    clf = screening._semantic()
    if clf is not None:
        for m in messages[:20]:
            screening.screen(m)
        results["screen_with_semantic"] = _measure(lambda m: screening.screen(m), messages, args.classifier_rounds)
    base = results["baseline_regex"]
    for name, r in results.items():
        r["median_vs_baseline"] = r["median_ms"] / base["median_ms"]
        r["throughput_vs_baseline"] = r["throughput_per_s"] / base["throughput_per_s"]
        r["cpu_median_vs_baseline"] = r["cpu_median_ms"] / base["cpu_median_ms"] if base["cpu_median_ms"] else None
    meta = {"cpu": pinned, "python": sys.version.split()[0], "messages_per_round": len(messages),
            "version": screening.VERSION, "semantic": getattr(clf, "name", None)}
    if args.json:
        print(json.dumps({"meta": meta, "results": results}, indent=2))
        return
    print(f"safety screen benchmark ({meta['cpu']}, {len(messages)} test-set messages, {meta['version']})")
    print(f"{'variant':24s} {'median ms':>10s} {'p99 ms':>9s} {'msg/s':>10s} {'cpu p50':>9s} {'cpu p99':>9s} "
          f"{'cpu msg/s':>10s} {'median x base':>14s} {'thru x base':>12s}")
    for name, r in results.items():
        print(f"{name:24s} {r['median_ms']:10.4f} {r['p99_ms']:9.3f} {r['throughput_per_s']:10.0f} "
              f"{r['cpu_median_ms']:9.4f} {r['cpu_p99_ms']:9.3f} {r['cpu_throughput_per_s']:10.0f} "
              f"{r['median_vs_baseline']:14.1f} {r['throughput_vs_baseline']:12.4f}")


if __name__ == "__main__":
    main()
