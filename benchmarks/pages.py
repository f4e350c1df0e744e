"""Server time per page for one clinician of the demo practice, on SQLite, through the whole app in process.

A throwaway data dir gets the demo practice (`alliance demo`); the clinician logs in with the demo password (a
cookie session, as a browser holds) and requests, round after round, the caseload, Marisol's client page (overview)
and some of its areas, through `httpx.ASGITransport` (authentication, the transaction, authorization, decryption,
every panel's queries, the audit write, the template). The baseline, measured in the same run and the same way, is
`/healthz` (routing and middleware alone). The order of the pages alternates per round so drift hits all alike.
Wall time and the process's CPU time are reported. After the warm-up the garbage collector is tuned as `alliance
serve` tunes it after start-up (`--default-gc` keeps Python's defaults).

`--profile FILE` runs the pages under cProfile after the timed rounds and prints where the time goes, by part
(SQL execution, template rendering, decryption, audit write, the rest) and the top functions.

    .venv/bin/python benchmarks/pages.py [--rounds 60] [--json] [--profile /tmp/pages.prof] [--default-gc]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="alliance-bench-pages-"))
# Settings are read once: a throwaway data dir (keys, database) before anything imports alliance.
os.environ.update(ALLIANCE_ENV="test", ALLIANCE_DATA_DIR=str(FOLDER),
                  ALLIANCE_SECRET_KEY="benchmark-only-secret-" + "s" * 32,
                  ALLIANCE_DATABASE_URL=f"sqlite+aiosqlite:///{FOLDER / 'bench.db'}")
for _name in ("ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS", "ALLIANCE_BLIND_INDEX_KEY"):
    os.environ.pop(_name, None)
if importlib.util.find_spec("alliance") is None:  # not installed (the venv has it; PYTHONPATH may name another tree)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

CLINICIAN = "clinician@riverside.example.org"
# Where the profile's time is attributed: the first matching frame (innermost first) of each sampled call path.
PARTS = [
    ("audit write", ("security/audit.py",)),
    ("decryption", ("security/crypto.py", "cryptography/")),
    ("template rendering", ("jinja2/",)),
    ("SQL (driver and ORM)", ("sqlalchemy/", "aiosqlite/", "sqlite3")),
]


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(len(ordered) * q / 100) - 1))]


async def seed() -> str:
    """Migrate and seed the demo; the database URL."""
    from alliance import demo
    from alliance.config import get_settings
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import session_scope

    url = get_settings().resolved_database_url
    await upgrade_async(url)
    async with session_scope() as session:
        await demo.seed(session)
    return url


def _pages(client_id: str) -> dict[str, str]:
    return {
        "baseline: /healthz": "/healthz",
        "caseload": "/caseload",
        "client page (overview)": f"/clients/{client_id}",
        "client: sessions and notes": f"/clients/{client_id}?area=sessions",
        "client: measures": f"/clients/{client_id}?area=measures",
        "client: safety": f"/clients/{client_id}?area=safety",
        "Today": "/today",
    }


async def run(args: argparse.Namespace) -> dict:
    import logging

    import httpx

    from alliance.db.session import session_scope
    from alliance.demo import PASSWORD, demo_client_id
    from alliance.web.app import create_app

    logging.getLogger("alliance.safety").setLevel(logging.ERROR)  # the demo's own fictional alerts
    t0 = time.perf_counter()
    url = await seed()
    async with session_scope() as session:
        client_id = str(await demo_client_id(session))
    seeded = time.perf_counter() - t0
    app = create_app(database_url=url)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        login = await http.post("/api/v1/auth/login", json={"email": CLINICIAN, "password": PASSWORD})
        assert login.status_code == 200, login.text

        async def get(path: str) -> tuple[float, float]:
            start, cpu = time.perf_counter(), time.process_time()
            response = await http.get(path)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

        pages = _pages(client_id)
        for path in pages.values():  # warm-up: templates compiled, keys loaded
            await get(path)
            await get(path)
        if not args.default_gc:  # as `alliance serve` does after start-up (web/startup.py)
            from alliance.web.startup import tune_gc

            tune_gc()
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in pages}
        for r in range(args.rounds):
            order = list(pages.items()) if r % 2 == 0 else list(reversed(pages.items()))
            for name, path in order:
                times[name].append(await get(path))
        profile = None
        if args.profile:
            profile = await _profile(get, pages, args)
        queries = await _queries(get, pages) if args.queries else None
    return {"seeded_s": seeded, "times": times, "profile": profile, "queries": queries}


async def _queries(get, pages: dict[str, str]) -> dict[str, list[tuple[int, str]]]:  # noqa: ANN001
    """The SQL statements one request of each page runs, grouped by text, most repeated first."""
    from collections import Counter

    from sqlalchemy import event

    from alliance.db.session import get_engine

    seen: Counter[str] = Counter()

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen[" ".join(statement.split())[:150]] += 1

    engine = get_engine().sync_engine
    event.listen(engine, "before_cursor_execute", count)
    result = {}
    try:
        for name, path in pages.items():
            seen.clear()
            await get(path)
            result[name] = [(n, text) for text, n in seen.most_common()]
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return result


async def _profile(get, pages: dict[str, str], args: argparse.Namespace) -> dict:  # noqa: ANN001
    """Run each page `args.profile_rounds` times under cProfile; time by part and the top functions."""
    import cProfile
    import pstats

    result: dict[str, dict] = {}
    for name, path in pages.items():
        if name.startswith("baseline"):
            continue
        # The event loop thread's CPU time: waiting (for the database thread, the lock) is not counted.
        profiler = cProfile.Profile(time.thread_time)
        profiler.enable()
        for _ in range(args.profile_rounds):
            await get(path)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.dump_stats(f"{args.profile}.{name.split(' ')[0].strip(':')}.{len(result)}")
        result[name] = _by_part(stats, args.profile_rounds)
    return result


def _by_part(stats, rounds: int) -> dict:  # noqa: ANN001
    """Own time per call of each function, summed into parts by file; the top functions by own time."""
    parts = {name: 0.0 for name, _ in PARTS} | {"the rest": 0.0}
    queries = 0
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, _ct, _callers) in stats.stats.items():
        where = f"{filename}:{line}({func})"
        part = next((n for n, keys in PARTS if any(k in where for k in keys)), "the rest")
        parts[part] += tottime
        if func == "execute" and filename.endswith("aiosqlite/cursor.py"):
            queries += ncalls
        rows.append((tottime, ncalls, where))
    rows.sort(reverse=True)

    def line(t: float, n: int, w: str) -> str:
        return f"{t / rounds * 1000:7.2f} ms  {n / rounds:6.0f}x  {w.split('site-packages/')[-1].split('src/')[-1]}"

    ours = sorted(((ct, nc, f"{fn}:{ln}({func})") for (fn, ln, func), (_cc, nc, _tt, ct, _c) in stats.stats.items()
                   if "/alliance/" in fn and "/templates/" not in fn), reverse=True)
    return {"ms_per_page": {k: v / rounds * 1000 for k, v in parts.items()},
            "sql_statements_per_page": queries / rounds, "top_own_time": [line(*r) for r in rows[:12]],
            "top_alliance_cumulative": [line(*r) for r in ours[:25]]}


def main() -> None:
    """Time the pages and print p50/p95 against /healthz."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--profile", type=str, default=None, help="cProfile the pages; stats files FILE.<page>")
    parser.add_argument("--profile-rounds", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="with --profile: Alliance's functions, cumulative")
    parser.add_argument("--queries", action="store_true", help="list the SQL statements of one request per page")
    parser.add_argument("--default-gc", action="store_true",
                        help="keep Python's default garbage collection (no gc.freeze and thresholds as `serve` sets)")
    args = parser.parse_args()
    try:
        result = asyncio.run(run(args))
    finally:
        shutil.rmtree(FOLDER, ignore_errors=True)
    times = result["times"]

    def figures(values: list[tuple[float, float]]) -> dict[str, float]:
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        return {"p50_ms": statistics.median(wall), "p95_ms": pct(wall, 95), "cpu_p50_ms": statistics.median(cpu)}

    table = {name: figures(v) for name, v in times.items()}
    base = table["baseline: /healthz"]["p50_ms"]
    if args.json:
        print(json.dumps({"pages": table, "profile": result["profile"], "queries": result["queries"]}, indent=2))
        return
    load = os.getloadavg()
    print(f"demo seeded in {result['seeded_s']:.1f} s; {args.rounds} rounds; load average {load[0]:.1f} "
          f"{load[1]:.1f} {load[2]:.1f}; {len(os.sched_getaffinity(0))} usable cores of {os.cpu_count()}")
    print("| page | p50 ms | p95 ms | CPU p50 ms | p50 / baseline |")
    print("|---|---|---|---|---|")
    for name, f in table.items():
        print(f"| {name} | {f['p50_ms']:.1f} | {f['p95_ms']:.1f} | {f['cpu_p50_ms']:.1f} | {f['p50_ms'] / base:.1f} |")
    for name, prof in (result["profile"] or {}).items():
        parts = ", ".join(f"{k} {v:.1f}" for k, v in prof["ms_per_page"].items())
        print(f"\n{name} (under cProfile, ms a page): {parts}; "
              f"{prof['sql_statements_per_page']:.0f} SQL statements a page")
        for row in prof["top_own_time"]:
            print("   ", row)
        if args.verbose:
            print("  alliance functions, cumulative:")
            for row in prof["top_alliance_cumulative"]:
                print("   ", row)
    for name, rows in (result["queries"] or {}).items():
        print(f"\n{name}: {sum(n for n, _ in rows)} SQL statements")
        for n, text in rows:
            print(f"  {n:3d}x {text}")


if __name__ == "__main__":
    main()
