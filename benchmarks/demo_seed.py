"""How long `alliance demo` takes to seed a fresh demo practice, with and without the insights cohort (the 240
fictional clients of alliance.insights.demo), on SQLite.

Each run is a fresh process on a fresh data dir (keys, database): the migrations run first (timed apart), then
`alliance.demo.seed` in one transaction, committed, as `alliance demo` does. The baseline (the cohort skipped) is
measured in the same run, alternating with the full demo so that drift hits both alike; the ratio and the added
seconds are printed, wall and CPU time (on a loaded machine the process's CPU time is the steadier figure).

    .venv/bin/python benchmarks/demo_seed.py [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(mode: str) -> None:
    """One seeding in this process: print {"migrate": s, "seed": s} as JSON."""
    folder = Path(tempfile.mkdtemp(prefix="alliance-bench-demo-"))
    os.environ.update(ALLIANCE_ENV="test", ALLIANCE_DATA_DIR=str(folder),
                      ALLIANCE_SECRET_KEY="benchmark-only-secret-" + "s" * 32)
    for name in ("ALLIANCE_DATABASE_URL", "ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS",
                 "ALLIANCE_BLIND_INDEX_KEY"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(ROOT / "src"))
    import asyncio

    from alliance import demo
    from alliance.db.migrate import upgrade
    from alliance.db.session import session_scope

    if mode == "baseline":
        async def _skip(*_args, **_kwargs) -> None:  # noqa: ANN002, ANN003
            return None

        demo._seed_insights_cohort = _skip  # type: ignore[attr-defined]
    started = time.perf_counter()
    upgrade()
    migrated, cpu = time.perf_counter(), time.process_time()

    async def _seed() -> None:
        async with session_scope() as session:
            await demo.seed(session)

    asyncio.run(_seed())
    done = time.perf_counter()
    print(json.dumps({"migrate": migrated - started, "seed": done - migrated, "cpu": time.process_time() - cpu}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=("baseline", "full"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    times: dict[str, list[float]] = {"baseline": [], "full": []}
    cpu: dict[str, list[float]] = {"baseline": [], "full": []}
    for n in range(args.rounds):
        for mode in (("baseline", "full") if n % 2 == 0 else ("full", "baseline")):
            out = subprocess.run([sys.executable, __file__, "--child", mode], capture_output=True, text=True,
                                 check=True, cwd=ROOT)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            times[mode].append(figures["seed"])
            cpu[mode].append(figures["cpu"])
    base, full = statistics.median(times["baseline"]), statistics.median(times["full"])
    base_cpu, full_cpu = statistics.median(cpu["baseline"]), statistics.median(cpu["full"])
    result = {"baseline_s": round(base, 2), "full_s": round(full, 2), "added_s": round(full - base, 2),
              "ratio": round(full / base, 2), "baseline_cpu_s": round(base_cpu, 2), "full_cpu_s": round(full_cpu, 2),
              "added_cpu_s": round(full_cpu - base_cpu, 2), "rounds": args.rounds}
    if args.json:
        print(json.dumps(result))
        return
    print(f"demo seed without the cohort (baseline): {base:.2f} s wall, {base_cpu:.2f} s CPU (median of {args.rounds})")
    print(f"demo seed with the insights cohort:      {full:.2f} s wall, {full_cpu:.2f} s CPU")
    print(f"added: {full - base:.2f} s wall, {full_cpu - base_cpu:.2f} s CPU (ratio {full / base:.2f}x the baseline)")


if __name__ == "__main__":
    main()
