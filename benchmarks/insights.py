"""Outcome figures over one million scores: SQL aggregates on SQLite and PostgreSQL, against baselines.

Builds a throwaway database (SQLite in a temporary folder; with --postgres URL also a throwaway database on that
server, dropped at the end) from the migrations, then bulk-inserts one practice with N clients (default 50,000)
each with K PHQ-9 and K GAD-7 scores (default 10 + 10: one million scores), weekly, most courses finished, with
starting scores and changes drawn so every NHS Talking Therapies outcome occurs. Rows go in through SQLAlchemy
Core with their plain total and place in the series, as scoring writes them (the sealed result is left empty: the
figures never read it).

Each round times, in the same session:
- baseline: `SELECT count(*) FROM measure_administrations` (the cheapest full pass over the table);
- figures: `alliance.insights.outcomes.outcomes` for the whole practice over the last two years (finished
  courses, caseness, recovery, reliable improvement/recovery/deterioration with intervals, PHQ-9/GAD-7 change with
  effect sizes, scores to recovery): SQL aggregates, as the API and the command line compute them;
and once, the Python loop it replaces (read every score, classify each client with
`measures.change.classify_talking_therapies`). Prints median times and ratios.

    .venv/bin/python benchmarks/insights.py [--clients 50000] [--scores 10] [--rounds 5] [--json]
    .venv/bin/python benchmarks/insights.py --postgres postgresql://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="alliance-bench-insights-"))
os.environ.update(ALLIANCE_ENV="test", ALLIANCE_DATA_DIR=str(FOLDER),
                  ALLIANCE_SECRET_KEY="benchmark-only-secret-" + "s" * 32)
for _name in ("ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS", "ALLIANCE_BLIND_INDEX_KEY", "ALLIANCE_DATABASE_URL"):
    os.environ.pop(_name, None)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def course(rng: random.Random, k: int) -> tuple[list[int], list[int]]:
    """A PHQ-9 and a GAD-7 series of k scores: most improve, some do not, a few get worse."""
    phq0, gad0 = rng.randint(5, 27), rng.randint(3, 21)
    drift = rng.choice([-1.2, -1.0, -0.8, -0.5, -0.2, 0.0, 0.3, 0.8])
    phq = [max(0, min(27, round(phq0 + drift * i + rng.gauss(0, 1.5)))) for i in range(k)]
    gad = [max(0, min(21, round(gad0 + drift * 0.8 * i + rng.gauss(0, 1.2)))) for i in range(k)]
    phq[0], gad[0] = phq0, gad0
    return phq, gad


async def seed(url: str, clients: int, k: int) -> tuple[uuid.UUID, float]:
    from sqlalchemy import insert

    from alliance.clients.models import Client
    from alliance.db.session import get_sessionmaker
    from alliance.measures.models import MeasureAdministration
    from alliance.practices.models import Practice

    rng = random.Random(17)
    now = datetime.now(timezone.utc)
    practice_id = uuid.uuid4()
    started = time.perf_counter()
    async with get_sessionmaker(url)() as session:
        await session.execute(insert(Practice.__table__), [{
            "id": practice_id, "name": "Benchmark", "slug": f"bench-{practice_id.hex[:6]}", "country": "GB",
            "created_at": now, "updated_at": now}])
        batch_clients, batch_scores = [], []
        for n in range(clients):
            cid = uuid.uuid4()
            end = now - timedelta(days=rng.randint(50, 600))
            batch_clients.append({"id": cid, "practice_id": practice_id, "status": rng.choice(["active", "discharged"]),
                                  "preferred_language": rng.choice(["en", "en", "en", "es", "fr", "de"]),
                                  "country": "GB", "created_at": now, "updated_at": now,
                                  "discharged_at": end + timedelta(days=3)})
            phq, gad = course(rng, k)
            for instrument, series in (("phq9", phq), ("gad7", gad)):
                for i, total in enumerate(series):
                    when = end - timedelta(weeks=k - 1 - i)
                    batch_scores.append({"id": uuid.uuid4(), "practice_id": practice_id, "client_id": cid,
                                         "instrument": instrument, "due_on": when.date(), "due_at": when,
                                         "status": "completed", "language": "en", "source": "portal",
                                         "completed_at": when, "score_total": total, "score_seq": i + 1,
                                         "score_latest": i == k - 1, "score_first": series[0], "created_at": now,
                                         "updated_at": now})
            if len(batch_clients) >= 2000 or n == clients - 1:
                await session.execute(insert(Client.__table__), batch_clients)
                await session.execute(insert(MeasureAdministration.__table__), batch_scores)
                batch_clients, batch_scores = [], []
        await session.commit()
    await _vacuum(url)
    return practice_id, time.perf_counter() - started


async def _vacuum(url: str) -> None:
    """VACUUM ANALYZE (PostgreSQL: as autovacuum leaves a table, so index-only scans apply) or ANALYZE and a WAL
    checkpoint (SQLite: as a running server's periodic checkpoints leave it)."""
    from alliance.db.session import dispose_engines, get_engine

    async with get_engine(url).connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.exec_driver_sql("VACUUM ANALYZE")
        else:
            await conn.exec_driver_sql("ANALYZE")
            await conn.commit()
    await dispose_engines()
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.split("///", 1)[1]) as raw:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def measure(url: str, practice_id: uuid.UUID, rounds: int) -> dict[str, float]:
    from sqlalchemy import func, select

    from alliance.db.session import get_sessionmaker
    from alliance.insights import outcomes
    from alliance.measures.change import classify_talking_therapies
    from alliance.measures.models import MeasureAdministration as M

    now = datetime.now(timezone.utc)
    period = outcomes.Period(now - timedelta(days=730), now)
    base, figs = [], []
    async with get_sessionmaker(url)() as session:
        result = None
        for _ in range(rounds):
            t0 = time.perf_counter()
            await session.scalar(select(func.count()).select_from(M))
            t1 = time.perf_counter()
            result = await outcomes.outcomes(session, None, practice_id, period)  # the whole practice (an admin)
            t2 = time.perf_counter()
            base.append(t1 - t0)
            figs.append(t2 - t1)
        # The Python loop the SQL replaces: every score read, each client classified in Python.
        t0 = time.perf_counter()
        rows = (await session.execute(select(M.client_id, M.instrument, M.score_total, M.completed_at)
                                      .where(M.practice_id == practice_id).order_by(M.completed_at))).all()
        series: dict = {}
        for client_id, instrument, total, _ in rows:
            series.setdefault(client_id, {}).setdefault(instrument, []).append(total)
        recovered = sum(classify_talking_therapies(s["phq9"][0], s["phq9"][-1], s["gad7"][0], s["gad7"][-1]).recovered
                        for s in series.values() if len(s.get("phq9", [])) >= 2 and len(s.get("gad7", [])) >= 2)
        loop = time.perf_counter() - t0
    assert result is not None
    return {"count_s": statistics.median(base), "figures_s": statistics.median(figs), "python_loop_s": loop,
            "finished_courses": result.finished, "recovered": next(f.numerator for f in result.rates
                                                                   if f.key == "recovered"),
            "recovered_python_all_courses": recovered}


async def run(url: str, clients: int, k: int, rounds: int) -> dict[str, object]:
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import dispose_engines

    await upgrade_async(url)
    practice_id, seeded = await seed(url, clients, k)
    out = await measure(url, practice_id, rounds)
    await dispose_engines()
    return {"scores": clients * k * 2, "clients": clients, "seed_s": round(seeded, 1), **out}


async def _pg_database(admin_url: str, create: bool, name: str) -> str:
    import asyncpg
    from sqlalchemy.engine import make_url

    from alliance.config import normalise_database_url

    url = make_url(normalise_database_url(admin_url))
    conn = await asyncpg.connect(user=url.username, password=url.password, host=url.host, port=url.port or 5432,
                                 database=url.database)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"' if create else f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
    return url.set(database=name).render_as_string(hide_password=False)


def report(name: str, r: dict) -> None:
    print(f"{name}: {r['scores']:,} scores, {r['clients']:,} clients (seeded in {r['seed_s']} s), "
          f"{r['finished_courses']:,} finished courses, {r['recovered']:,} recovered")
    print(f"  baseline SELECT count(*): {r['count_s'] * 1000:.0f} ms")
    print(f"  outcome figures (SQL):    {r['figures_s'] * 1000:.0f} ms  = {r['figures_s'] / r['count_s']:.1f}x "
          f"the count(*)")
    print(f"  Python loop over scores:  {r['python_loop_s'] * 1000:.0f} ms  = "
          f"{r['python_loop_s'] / r['figures_s']:.1f}x the SQL figures")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--scores", type=int, default=10, help="PHQ-9 scores per client (as many GAD-7)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--postgres", help="a PostgreSQL server URL (a throwaway database is made there)")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, object] = {}
    try:
        if not args.no_sqlite:
            results["sqlite"] = asyncio.run(run(f"sqlite+aiosqlite:///{FOLDER / 'bench.db'}", args.clients,
                                                args.scores, args.rounds))
        if args.postgres:
            name = f"alliance_bench_{uuid.uuid4().hex[:8]}"
            url = asyncio.run(_pg_database(args.postgres, True, name))
            try:
                results["postgresql"] = asyncio.run(run(url, args.clients, args.scores, args.rounds))
            finally:
                asyncio.run(_pg_database(args.postgres, False, name))
    finally:
        shutil.rmtree(FOLDER, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, r in results.items():
        report(name, r)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
