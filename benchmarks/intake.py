"""Intake's speed: triage of one referral (the screen's lexical layers and the rules, then with the screen's
semantic layer) on one core, and the waitlist query for 5,000 waiting people on SQLite.

Triage: every vignette of the development set, screened and triaged in turn after a warm-up, timed per
referral; the engine alone (rules over a given verdict) is timed too. Waitlist: a throwaway SQLite database
(WAL, as `alliance serve` uses it) with 5,000 waiting referrals across the tiers and a triage each, inserted
directly (sealed as the service seals them); `intake.service.waitlist` (first page of 200, the per-tier counts
and breaches, the page's reasons; audited) is timed in a session of its own per round.

    taskset -c 0 .venv/bin/python benchmarks/intake.py [--rounds 30] [--people 5000] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="alliance-bench-intake-"))
os.environ.update(
    ALLIANCE_ENV="test",
    ALLIANCE_DATA_DIR=str(FOLDER),
    ALLIANCE_SECRET_KEY="benchmark-only-secret-" + "s" * 32,
    ALLIANCE_DATABASE_URL=f"sqlite+aiosqlite:///{FOLDER / 'bench.db'}",
)
for _name in ("ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS", "ALLIANCE_BLIND_INDEX_KEY"):
    os.environ.pop(_name, None)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(len(ordered) * q / 100) - 1))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 2),
        "p95": round(pct(values, 95), 2),
        "max": round(max(values), 2),
        "n": len(values),
    }


def bench_triage() -> dict[str, dict[str, float]]:
    from alliance.intake.commands import parse
    from alliance.intake.evaluation import default_dataset, load
    from alliance.intake.rules import Inputs, default_rules
    from alliance.intake.service import assess, screened_text
    from alliance.safety import screen

    rows = [parse(r) for r in load(default_dataset())]
    out = {}
    for label, classifier in (
        ("triage, lexical screen + rules", False),
        ("triage, full screen + rules", True),
    ):
        assess(rows[0]["text"], rows[0]["lang"], rows[0]["measures"], use_classifier=classifier)  # warm-up
        times = []
        for row in rows:
            start = time.perf_counter()
            assess(row["text"], row["lang"], row["measures"], row["risk"], use_classifier=classifier)
            times.append((time.perf_counter() - start) * 1000)
        out[label] = summary(times)
    verdicts = [
        screen(screened_text(r["text"], r["risk"]), lang=r["lang"], use_classifier=False).to_dict()
        for r in rows
    ]
    rules, times = default_rules(), []
    for row, verdict in zip(rows, verdicts):
        start = time.perf_counter()
        rules.triage(Inputs(row["measures"], row["risk"], verdict))
        times.append((time.perf_counter() - start) * 1000)
    out["rules engine alone"] = summary(times)
    return out


async def bench_waitlist(people: int, rounds: int) -> dict[str, float]:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from alliance.accounts.models import Role
    from alliance.accounts.schemas import UserCreate
    from alliance.accounts import service as accounts
    from alliance.db.base import utcnow
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import create_engine
    from alliance.intake import service
    from alliance.intake.models import RANK, TIERS, Referral, TriageResult
    from alliance.practices import service as practices
    from alliance.practices.schemas import PracticeCreate
    from alliance.security.audit import Actor

    url = os.environ["ALLIANCE_DATABASE_URL"]
    await upgrade_async(url)
    engine = create_engine(url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    rng = random.Random(7)
    async with maker() as session:
        practice = await practices.create_practice(
            session, PracticeCreate(name="Bench", slug="bench", country="GB")
        )
        user = await accounts.create_user(
            session,
            Actor.system(practice.id),
            UserCreate(email="c@bench.example.org", role=Role.clinician, display_name="C"),
            practice_id=practice.id,
        )
        now = utcnow()
        for i in range(people):
            tier = rng.choices(TIERS, weights=(1, 10, 30, 59))[0]
            ref = Referral(
                practice_id=practice.id,
                source="self",
                status="waiting",
                tier=tier,
                tier_rank=RANK[tier],
                waiting_since=now - timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 1440)),
                language="en",
                country="GB",
            )
            ref.given_name, ref.family_name = "Person", f"Number {i}"
            ref.date_of_birth = date(1980, 1, 1)
            ref.text = "I have been feeling low and anxious for some months and it is affecting my work."
            ref.answers = {"phq9": {f"phq9_{n}": 1 for n in range(1, 10)}}
            session.add(ref)
            tri = TriageResult(
                practice_id=practice.id,
                referral_id=ref.id,
                tier=tier,
                rules=["phq9.moderate"],
                rules_version="v1",
                screen_categories=[],
                needs=[],
                by="engine",
                trigger="created",
            )
            tri.reasons = [
                {
                    "rule": "phq9.moderate",
                    "tier": "routine",
                    "evidence": ["PHQ-9 total 12 (moderate)"],
                    "text": "Moderate depression symptoms: PHQ-9 total 12 (moderate)",
                }
            ]
            session.add(tri)
            if i % 500 == 499:
                await session.flush()
        await session.commit()
    actor = Actor(user.id, "clinician", practice.id)
    times = []
    for _ in range(rounds):
        async with maker() as session:
            start = time.perf_counter()
            page = await service.waitlist(session, actor)
            await session.commit()
            times.append((time.perf_counter() - start) * 1000)
    assert page.total == people and len(page.items) == 200
    await engine.dispose()
    return summary(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = {
        "triage_ms": bench_triage(),
        "waitlist_ms": asyncio.run(bench_waitlist(args.people, args.rounds)),
        "people": args.people,
        "cpus": len(os.sched_getaffinity(0)),
    }
    if args.json:
        print(json.dumps(report))
        return
    for label, s in report["triage_ms"].items():
        print(f"{label}: p50 {s['p50']} ms, p95 {s['p95']} ms, max {s['max']} ms (n={s['n']})")
    s = report["waitlist_ms"]
    print(
        f"waitlist of {args.people} waiting, first page of 200: p50 {s['p50']} ms, p95 {s['p95']} ms, "
        f"max {s['max']} ms ({args.rounds} rounds, {report['cpus']} core(s))"
    )


if __name__ == "__main__":
    main()
