"""How long a fresh process takes to load the crisis screen, with the install-time regex cache and without it.

Every server, worker, command and test process that screens a message first builds the six lexicons and pattern
packs (about 8,000 regular expressions, `alliance.safety.regex_cache`). Each run is a fresh Python process that
imports `alliance.safety.screening` and screens one message; the baseline (`ALLIANCE_REGEX_CACHE=off`: every
expression parsed and compiled, as before the cache) is measured in the same run, alternating with the cached
start so that drift hits both alike. CPU time (user + system of the child) is the steadier figure on a shared
machine; wall time is printed too.

    .venv/bin/python benchmarks/screen_startup.py [--rounds 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

CHILD = (
    "from alliance.safety.screening import screen; "
    "assert screen('I took all my pills an hour ago', use_classifier=False).level.name"
)


def _run(cache: bool) -> tuple[float, float]:
    env = dict(os.environ)
    if cache:
        env.pop("ALLIANCE_REGEX_CACHE", None)
    else:
        env["ALLIANCE_REGEX_CACHE"] = "off"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD], env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float]]] = {"baseline: compile every expression": [], "regex cache": []}
    for _ in range(args.rounds):
        results["baseline: compile every expression"].append(_run(cache=False))
        results["regex cache"].append(_run(cache=True))
    rows = {}
    base_cpu = statistics.median(c for _, c in results["baseline: compile every expression"])
    for name, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        rows[name] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "cpu_vs_baseline": round(cpu / base_cpu, 3)}
    load = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"rounds": args.rounds, "load_average": round(load, 1), "rows": rows}))
        return
    print(f"screen start-up, {args.rounds} fresh processes each (load average {load:.1f})")
    print("| variant | median wall s | median CPU s | CPU / baseline |")
    print("|---|---|---|---|")
    for name, row in rows.items():
        print(f"| {name} | {row['wall_s']} | {row['cpu_s']} | {row['cpu_vs_baseline']} |")


if __name__ == "__main__":
    main()
