"""The pre-session brief's speed on SQLite for clients with a year of daily check-ins, sleep diary, activities
and homework (weekly thought records and worry logs with their entries), weekly PHQ-9 and GAD-7, weekly
exposure steps.

On a throwaway SQLite database (WAL, as `alliance serve` uses it), three such clients differ only in their
sessions: "weekly" had a session every week (the brief covers the days since the last one), "none" never had
one (the last 28 days), "a year ago" had one a year ago and none since (the brief's longest period, 90 days).
Each round requests, through the whole app in process (authentication, transaction, audit, template; bearer
token), the plain client page (the overview: the baseline, measured in the same run) and then the brief's
pages; it also times `brief.service.build` alone in a session of its own. The order alternates per round so
drift hits both alike. Wall time and the process's CPU time are reported: on a loaded machine the CPU time is
the steadier figure.

    .venv/bin/python benchmarks/brief.py [--rounds 30] [--days 365] [--json]
    taskset -c 0,1 .venv/bin/python benchmarks/brief.py   # two cores, as the target says
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
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path

FOLDER = Path(tempfile.mkdtemp(prefix="alliance-bench-brief-"))
# Settings are read once: a throwaway data dir (keys, database) before anything imports alliance.
os.environ.update(ALLIANCE_ENV="test", ALLIANCE_DATA_DIR=str(FOLDER),
                  ALLIANCE_SECRET_KEY="benchmark-only-secret-" + "s" * 32,
                  ALLIANCE_DATABASE_URL=f"sqlite+aiosqlite:///{FOLDER / 'bench.db'}")
for _name in ("ALLIANCE_REDIS_URL", "ALLIANCE_ENCRYPTION_KEYS", "ALLIANCE_BLIND_INDEX_KEY"):
    os.environ.pop(_name, None)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

PHQ9 = [f"phq9_{n}" for n in range(1, 10)]
GAD7 = [f"gad7_{n}" for n in range(1, 8)]
THOUGHT = {"situation": "Meeting with my manager about the deadline",
           "automatic_thought": "She thinks I can't cope", "evidence_against": "She asked how she could help",
           "balanced_thought": "She wants the project to go well",
           "emotions": [{"name": "anxious", "before": 70, "after": 40}]}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(len(ordered) * q / 100) - 1))]


async def seed_client(session, practice, clinician, name: str, days: int,  # noqa: ANN001, ANN201
                      sessions: str):
    """A client with `days` days of practice; sessions: 'weekly', 'none' or 'year-ago'. Rows are inserted
    directly (dated in the past, which the portal's forms refuse), encrypted as the services encrypt them."""
    from alliance.appointments.models import Appointment
    from alliance.clients import service as clients
    from alliance.clients.schemas import ClientCreate
    from alliance.companion.models import ExerciseRecord
    from alliance.homework.models import (
        ActivityEntry, ExposureSituation, ExposureStep, HomeworkAssignment, HomeworkEntry, MoodCheckIn,
        SleepDiaryEntry,
    )
    from alliance.homework.schemas import SleepCreate
    from alliance.homework.sleep import night
    from alliance.measures.models import MeasureAdministration
    from alliance.measures.scoring import score
    from alliance.security.audit import Actor

    system = Actor.system(practice.id)
    client = await clients.create_client(session, system, ClientCreate(
        given_name=name, family_name="Benchmark", date_of_birth=date(1988, 4, 2), clinician_id=clinician.id))
    rng = random.Random(name)
    today = datetime.now(timezone.utc).date()
    first = today - timedelta(days=days - 1)
    common = {"practice_id": practice.id, "client_id": client.id}

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, clock(hour), tzinfo=timezone.utc)

    def assignment(kind: str, schedule: str) -> HomeworkAssignment:
        row = HomeworkAssignment(**common, kind=kind, schedule=schedule, starts_on=first, status="active",
                                 created_at=at(first, 9), created_by=clinician.id)
        session.add(row)
        return row

    kinds = {k: assignment(k, s) for k, s in (("check-in", "daily"), ("sleep-diary", "daily"),
                                                ("activity-log", "daily"), ("thought-record", "weekly"),
                                                ("worry-log", "weekly"))}
    await session.flush()
    situations = [ExposureSituation(**common, suds=s) for s in (90, 70, 50, 30)]
    names = ("Motorway", "Cinema row", "Rush-hour bus", "Supermarket queue")
    for s, text in zip(situations, names, strict=True):
        session.add(s)
        await session.flush()
        s.situation = text
    rows: list = []
    for n in range(days):
        day = first + timedelta(days=n)
        checkin = MoodCheckIn(**common, day=day, mood=rng.randint(3, 8), emotions=["anxious", "tired"],
                              created_at=at(day, 20))
        diary = SleepCreate(day=day, bed_time="22:45", try_sleep_time="23:15",
                            sleep_latency=rng.randint(5, 45), awakenings=1, wake_minutes=rng.randint(0, 40),
                            final_wake_time="06:30", out_of_bed_time="07:00", quality=3)
        figures = night(diary)
        sleep = SleepDiaryEntry(**common, day=day, bed_time="22:45", try_sleep_time="23:15",
                                sleep_latency=diary.sleep_latency, awakenings=1,
                                wake_minutes=diary.wake_minutes,
                                final_wake_time="06:30", out_of_bed_time="07:00", quality=3,
                                time_in_bed=figures.time_in_bed, total_sleep=figures.total_sleep,
                                efficiency=figures.efficiency, created_at=at(day, 7))
        activity = ActivityEntry(**common, day=day, mood=rng.randint(3, 8), pleasure=5, mastery=5,
                                 created_at=at(day, 18))
        session.add_all([checkin, sleep, activity])
        rows += [(checkin, "check-in", day, 20), (sleep, "sleep-diary", day, 7),
                 (activity, "activity-log", day, 18)]
        if n % 7 == 6:
            record = ExerciseRecord(**common, kind="thought-record", status="done", completed_at=at(day, 21),
                                    created_at=at(day, 21))
            step = ExposureStep(**common, situation_id=situations[3 - (n // 90) % 4].id, day=day,
                                suds_before=rng.randint(40, 70), suds_peak=80, suds_after=rng.randint(10, 40),
                                minutes=30, created_at=at(day, 17))
            worry = HomeworkEntry(**common, assignment_id=kinds["worry-log"].id, kind="worry-log",
                                  period_start=day - timedelta(days=6), completed_at=at(day, 19),
                                  created_at=at(day, 19))
            session.add_all([record, step, worry])
            rows.append((record, "thought-record", day - timedelta(days=6), 21))
            await session.flush()
            record.data_json = json.dumps(THOUGHT)
            step.note = "Stayed until the anxiety came down"
            worry.data_json = json.dumps({"worry": "The deadline at work", "distress": 6,
                                          "action": "Ask for help"})
    await session.flush()
    for row, kind, day, hour in rows:
        if kind == "check-in" and row.mood < 5:
            row.note = "Hard day at work, slept badly"
        if kind == "activity-log":
            row.activity = "Walk by the river, 20 minutes"
        done = day + timedelta(days=6) if kind == "thought-record" else day  # a week's, done at its end
        entry = HomeworkEntry(**common, assignment_id=kinds[kind].id, kind=kind, period_start=day,
                              completed_at=at(done, hour), created_at=at(done, hour))
        if kind == "thought-record":
            entry.exercise_id = row.id
        else:
            entry.record_id = row.id
        session.add(entry)
    for week in range(days // 7):
        day = first + timedelta(days=7 * week)
        for inst, items in (("phq9", PHQ9), ("gad7", GAD7)):
            answers = {i: max(0, min(3, 2 - week // 20 + rng.choice((-1, 0, 0, 1)))) for i in items}
            if inst == "phq9":
                answers["phq9_9"] = 0
            adm = MeasureAdministration(**common, instrument=inst, due_on=day, due_at=at(day, 9),
                                        status="completed", source="portal", completed_at=at(day, 19),
                                        created_by=clinician.id)
            session.add(adm)
            await session.flush()
            adm.answers = answers
            adm.result = score(inst, answers).model_dump(mode="json")
        if sessions == "weekly" or (sessions == "year-ago" and week == 0):
            session.add(Appointment(**common, clinician_id=clinician.id, starts_at=at(day, 16),
                                    status="completed", created_by=clinician.id))
    nxt = Appointment(**common, clinician_id=clinician.id, starts_at=at(today + timedelta(days=2), 16),
                      status="scheduled", created_by=clinician.id)
    session.add(nxt)
    await session.flush()
    return client, nxt


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    try:
        await run(args)
    finally:
        from alliance.db.session import dispose_engines

        await dispose_engines()
        shutil.rmtree(FOLDER, ignore_errors=True)


async def run(args: argparse.Namespace) -> None:
    import httpx

    from alliance.accounts import service as accounts
    from alliance.accounts.models import Role
    from alliance.accounts.schemas import TokenCreate, UserCreate
    from alliance.brief import service as brief_service
    from alliance.config import get_settings
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import session_scope
    from alliance.practices import service as practices
    from alliance.practices.schemas import PracticeCreate
    from alliance.security.audit import Actor
    from alliance.web.app import create_app

    url = get_settings().resolved_database_url
    await upgrade_async(url)
    t0 = time.perf_counter()
    async with session_scope() as session:
        practice = await practices.create_practice(session, PracticeCreate(name="Bench", slug="bench",
                                                                           country="US"))
        clinician = await accounts.create_user(session, Actor.system(practice.id), UserCreate(
            email="bench@example.org", role=Role.clinician, display_name="Dr. Bench"),
            practice_id=practice.id)
        secret, _ = await accounts.create_token(session, clinician, TokenCreate(name="bench"))
        actor = accounts.actor_for(clinician)
        clients = {}
        for label, sessions in (("weekly", "weekly"), ("none", "none"), ("a year ago", "year-ago")):
            clients[label] = await seed_client(session, practice, clinician, label.replace(" ", ""),
                                               args.days, sessions)
    seeded = time.perf_counter() - t0
    headers = {"Authorization": f"Bearer {secret}"}
    app = create_app(database_url=url)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    results: dict[str, dict[str, list[tuple[float, float]]]] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        async def get(path: str) -> tuple[float, float]:
            start, cpu = time.perf_counter(), time.process_time()
            response = await http.get(path, headers=headers)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

        async def build(client_id) -> tuple[float, float]:  # noqa: ANN001
            async with session_scope() as session:
                start, cpu = time.perf_counter(), time.process_time()
                await brief_service.build(session, actor, client_id)
                return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

        for label, (client, nxt) in clients.items():
            variants = {
                "baseline: client page (overview)": lambda c=client: get(f"/clients/{c.id}"),
                "brief: service.build alone": lambda c=client: build(c.id),
                "brief: workspace area page": lambda c=client: get(f"/clients/{c.id}?area=brief"),
                "brief: session's brief page": lambda n=nxt: get(f"/appointments/{n.id}/brief"),
                "brief: PDF": lambda c=client: get(f"/clients/{c.id}/brief.pdf"),
            }
            for fn in variants.values():  # warm-up: templates compiled, keys loaded
                await fn()
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
            for r in range(args.rounds):
                order = list(variants.items()) if r % 2 == 0 else list(reversed(variants.items()))
                for name, fn in order:
                    times[name].append(await fn())
            results[label] = times
    load = os.getloadavg()

    def figures(values: list[tuple[float, float]]) -> dict[str, float]:
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        return {"median_ms": statistics.median(wall), "p95_ms": pct(wall, 95),
                "cpu_median_ms": statistics.median(cpu), "cpu_p95_ms": pct(cpu, 95)}

    if args.json:
        print(json.dumps({label: {n: figures(v) for n, v in t.items()} for label, t in results.items()},
                         indent=2))
        return
    print(f"{args.days} days of data per client, seeded in {seeded:.1f} s; {args.rounds} rounds; "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; {len(os.sched_getaffinity(0))} usable "
          f"cores of {os.cpu_count()}")
    print("| client's sessions | variant | median ms | p95 ms | CPU median ms | CPU p95 ms | "
          "median / baseline |")
    print("|---|---|---|---|---|---|---|")
    for label, times in results.items():
        base = figures(times["baseline: client page (overview)"])["median_ms"]
        for name, values in times.items():
            f = figures(values)
            print(f"| {label} | {name} | {f['median_ms']:.1f} | {f['p95_ms']:.1f} | "
                  f"{f['cpu_median_ms']:.1f} | {f['cpu_p95_ms']:.1f} | {f['median_ms'] / base:.2f} |")

if __name__ == "__main__":
    asyncio.run(main())
