"""A treatment-plan draft for a client with ten sessions of signed notes, against a raw generation of as many tokens.

On a throwaway SQLite database, one client of a new practice has ten weekly signed SOAP notes, PHQ-9 and GAD-7
scores over the ten weeks, and AI-documentation consent. After the model is loaded (timed apart: a worker loads it
once), each run times `alliance.plans.drafting.draft_plan` end to end exactly as the `plans.draft` job calls it
(the record read through the services, the rule draft, the gateway's structured call with the prompt's schema,
grounding of every item), and, in the same run on the same loaded model, a raw
`llama.create_chat_completion` of the very same messages limited to the number of tokens the draft's call wrote
(no schema, no grounding, no database): the floor any draft of that length costs. Both start from
`llama.reset()`; the order alternates per run. Each run also times the rule draft alone (`use_model=False`), the
baseline. Wall and process CPU time are printed with the load average before and after, the share of drafted
items with evidence, and who wrote each item (model, rule, template).

    .venv/bin/python benchmarks/plans_draft.py [--model qwen2.5-coder-1.5b-instruct] [--runs 2] [--n-threads 2]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import os
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, time as dtime, timedelta
from pathlib import Path

SESSIONS = [
    ("She reports staying in bed most mornings and cancelling plans with friends.",
     "Low mood and withdrawal from friends since the redundancy in March.",
     "Activity monitoring: keep the activity and mood log daily."),
    ("She says she wants to get back to seeing her friends and enjoy cooking again.",
     "Depressed mood with loss of interest; worry about money at night.",
     "Schedule two valued activities; continue the activity log."),
    ("She walked twice with her sister and felt a little lighter afterwards.",
     "Early response to activity scheduling; sleep still broken by worry.",
     "Add a third planned activity; worry time at 6 pm."),
    ("She lay awake until three worrying about the rent on four nights.",
     "Worry about finances maintains poor sleep and low mood.",
     "Worry log daily; thought record on the money worry."),
    ("She completed three thought records and noticed the thought that she is a failure.",
     "Self-critical thinking about the job loss keeps the low mood going.",
     "Thought records twice a week; review evidence for the failure belief."),
    ("She applied for two jobs and met a friend for coffee.",
     "Mood improving with more activity; avoidance of job search is reducing.",
     "Continue activity scheduling; plan the week ahead on Sunday."),
    ("She had a setback after a rejection email and stayed in for two days.",
     "A setback after rejection; coping plan partly used.",
     "Write a setback plan; keep the activity log."),
    ("She says the walks and cooking are helping and she sleeps about six hours.",
     "Low mood lifting; sleep improving as worry reduces.",
     "Keep the routine; worry time only when needed."),
    ("She started a short course and sees friends weekly.",
     "Steady improvement in mood and social contact.",
     "Relapse-prevention plan started."),
    ("She feels more like herself but fears slipping back when the course ends.",
     "Near remission; fear of relapse is the main concern.",
     "Finish the relapse-prevention plan; review in four weeks."),
]
TRANSCRIPT = "Therapist: How has the week been?\nClient: About the same as last week, some good days."
PHQ9 = [19, 18, 17, 15, 14, 13, 14, 11, 10, 9]
GAD7 = [13, 13, 12, 11, 11, 10, 10, 9, 8, 8]


async def seed() -> tuple[object, object]:
    """(the clinician's Actor, the client's id) of a throwaway practice with ten sessions of notes and scores."""
    from alliance import demo
    from alliance.accounts import service as accounts
    from alliance.accounts.schemas import UserCreate
    from alliance.clients import service as clients
    from alliance.clients.schemas import ClientCreate
    from alliance.consent import service as consent
    from alliance.consent.models import Decision, Feature
    from alliance.consent.schemas import DecisionCreate, DocumentCreate
    from alliance.db.session import session_scope
    from alliance.measures import service as measures
    from alliance.measures.demo import answers_for
    from alliance.measures.models import MeasureAdministration
    from alliance.notes import pipeline, service as notes
    from alliance.notes.schemas import NoteCreate
    from alliance.practices import service as practices
    from alliance.practices.schemas import PracticeCreate
    from alliance.security.audit import Actor

    async with session_scope() as session:
        practice = await practices.create_practice(session, PracticeCreate(
            name="Plan draft benchmark (throwaway)", slug="plan-bench", country="US", timezone="UTC"))
        system = Actor.system(practice.id)
        admin = await accounts.create_user(session, system, UserCreate(
            email="admin@plan-bench.example.org", role="admin", display_name="Admin", password=demo.PASSWORD),
            practice_id=practice.id)
        user = await accounts.create_user(session, system, UserCreate(
            email="clinician@plan-bench.example.org", role="clinician", display_name="Dr. Bench",
            credentials="PsyD", password=demo.PASSWORD), practice_id=practice.id)
        client = await clients.create_client(session, system, ClientCreate(
            given_name="Ana", family_name="Bench", date_of_birth=date(1988, 5, 1), preferred_language="en",
            country="US", clinician_id=user.id))
        admin_actor, me = accounts.actor_for(admin), accounts.actor_for(user)
        await consent.publish_document(session, admin_actor, DocumentCreate(
            feature=Feature.ai_documentation, title="AI documentation", body="How AI drafts are used."))
        await consent.record_decision(session, admin_actor, client.id, DecisionCreate(
            feature=Feature.ai_documentation, decision=Decision.given))
        today, rng = date.today(), random.Random(7)
        for week, (subjective, assessment, plan) in enumerate(SESSIONS):
            day = today - timedelta(weeks=10 - week)
            note = await pipeline.create_from_text(session, me, client.id, NoteCreate(
                text=TRANSCRIPT, format="soap", use_ai=False))
            note.session_date = datetime.combine(day, dtime(10), tzinfo=UTC)
            await notes.update_sections(session, me, note.id, {"subjective": subjective, "assessment": assessment,
                                                               "plan": plan})
            await notes.sign(session, me, note.id)
            for inst, totals in (("phq9", PHQ9), ("gad7", GAD7)):
                adm = MeasureAdministration(practice_id=practice.id, client_id=client.id, instrument=inst,
                                            due_on=day, due_at=measures.due_at(day), status="in_progress",
                                            source="clinician", language="en")
                session.add(adm)
                await session.flush()
                await measures.complete(session, system, adm, answers_for(inst, totals[week], rng),
                                        completed_at=datetime.combine(day, dtime(9), tzinfo=UTC))
        return me, client.id


async def run(args: argparse.Namespace, url: str) -> None:
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import session_scope
    from alliance.llm import add_call_sink, get_template, render
    from alliance.llm.config import LLMSettings
    from alliance.llm.providers import configure, get_provider
    from alliance.plans import drafting
    from alliance.plans.evidence import gather

    await upgrade_async(url)
    base = LLMSettings()
    model = args.model or base.model
    configure(LLMSettings(model=model, n_threads=args.n_threads, n_ctx=base.n_ctx, timeout=900,
                          prefix_cache_mb=0))  # no prompt-head snapshots: every run reads its whole prompt
    me, client_id = await seed()
    t0 = time.perf_counter()
    llama = (await asyncio.to_thread(get_provider("embedded").loaded)).llama
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    from alliance.llm.embeddings import get_embedder

    await asyncio.to_thread(get_embedder().embed, ["warm up"])  # the grounding's embedder: a worker loads it once
    embed_load_s = time.perf_counter() - t0
    calls: list = []
    add_call_sink(calls.append)

    async with session_scope() as session:
        record = await gather(session, me, client_id)
        rule = drafting.rule_draft(record, record.today + timedelta(weeks=drafting.WEEKS))
        variables, _ = drafting.model_inputs(record, rule)
        messages = render(get_template(drafting.TEMPLATE), variables)

    async def timed_draft(use_model: bool) -> tuple[float, float, object]:
        llama.reset()
        async with session_scope() as session:
            t, c = time.perf_counter(), time.process_time()
            draft = await drafting.draft_plan(session, me, client_id, use_model=use_model)
            return time.perf_counter() - t, time.process_time() - c, draft

    def raw(tokens: int) -> tuple[float, float, int]:
        llama.reset()
        t, c = time.perf_counter(), time.process_time()
        out = llama.create_chat_completion(messages, max_tokens=tokens, temperature=0.0)
        return time.perf_counter() - t, time.process_time() - c, out["usage"]["completion_tokens"]

    load_before = os.getloadavg()
    rules, rule_cpu, pipe, pipe_cpu, floor, written, raw_tokens, shares = [], [], [], [], [], [], [], []
    sources: list[dict[str, int]] = []
    call_s: list[float] = []
    attempts: list[int] = []
    seen: list = list(calls)
    for i in range(args.runs):
        seconds, cpu, draft = await timed_draft(False)  # the rule draft: the baseline, same run
        rules.append(seconds)
        rule_cpu.append(cpu)
        for side in (["pipe", "raw"] if i % 2 == 0 else ["raw", "pipe"]):
            if side == "pipe":
                seconds, cpu, draft = await timed_draft(True)
                pipe.append(seconds)
                pipe_cpu.append(cpu)
                written.append(calls[-1].completion_tokens)
                call_s.append(sum(c.latency_ms for c in calls if c.purpose == drafting.PURPOSE and c not in seen)
                              / 1000)
                attempts.append(sum(c.attempts for c in calls if c.purpose == drafting.PURPOSE and c not in seen))
                seen.extend(calls)
                shares.append(drafting.supported_share(draft))  # type: ignore[arg-type]
                items = [*draft.problems, *draft.goals, *draft.interventions]  # type: ignore[attr-defined]
                sources.append(dict(collections.Counter(i.source for i in items)))
            else:
                tokens = written[-1] if written else 200
                seconds, cpu, n = await asyncio.to_thread(raw, tokens)
                floor.append(seconds)
                raw_tokens.append(n)
    load = os.getloadavg()
    print(f"model {model}, n_threads {args.n_threads}, {args.runs} runs; model load {load_s:.1f} s, "
          f"grounding embedder load {embed_load_s:.1f} s; "
          f"load average before {load_before[0]:.1f} {load_before[1]:.1f} {load_before[2]:.1f}, "
          f"after {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    print(f"prompt tokens {calls[-1].prompt_tokens}, draft tokens written {written}")
    print(f"rule draft (baseline): median {statistics.median(rules):.2f} s wall, "
          f"{statistics.median(rule_cpu):.2f} s CPU  runs {[round(r, 2) for r in rules]}")
    print(f"draft_plan with the model end to end: median {statistics.median(pipe):.1f} s wall, max {max(pipe):.1f} s "
          f"(target < 120 s), process CPU median {statistics.median(pipe_cpu):.1f} s  "
          f"runs {[round(p, 1) for p in pipe]}")
    print(f"  of which the gateway's structured call: {[round(c, 1) for c in call_s]} s, attempts {attempts}")
    print(f"raw generation of the same messages ({raw_tokens} tokens): median {statistics.median(floor):.1f} s "
          f"runs {[round(f, 1) for f in floor]}")
    print(f"draft / raw: {statistics.median(pipe) / statistics.median(floor):.2f}")
    print(f"items with evidence: {', '.join(f'{a}/{b}' for a, b in shares)}; who wrote the problems, goals and "
          f"interventions: {sources}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedded model (default: the configured one)")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--n-threads", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="alliance-bench-plans-"))
    logging.getLogger("alliance.safety").setLevel(logging.ERROR)
    from alliance.companion import evaluation

    url = evaluation._throwaway_database(folder)
    try:
        with evaluation.jobs_in_memory():
            await run(args, url)
    finally:
        from alliance.db.session import dispose_engines

        await dispose_engines()
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("ALLIANCE_DATABASE_URL", None)


if __name__ == "__main__":
    asyncio.run(main())
