"""Communication practice in the companion's chat: the clinician's scenarios (who the other person is, what the
client wants to say, lines the other person might say), the other person's replies, and feedback on the client's
wording.

The companion plays the other person for a few exchanges through the model (prompt `companion.roleplay`, purpose
`companion`, the practice's approved version); every sentence is checked like any reply and for abuse, and a line
that fails, or any line when no model answers, is replaced by a scripted one: the clinician's own lines for the
scenario, else the language's written ones. The feedback is deterministic: three criteria matched per language on the
client's own lines (an "I" statement, a clear request, acknowledging the other's view; the DEAR MAN and nonviolent
communication skills, Linehan 2015, Rosenberg 2003), with an optional one-sentence reflection from the model.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.companion import chat, checks, flows, service
from alliance.companion.models import CompanionFlow, CompanionScenario
from alliance.companion.schemas import ScenarioRead, ScenarioWrite
from alliance.db.base import utcnow
from alliance.errors import BadRequest, NotFound
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import Action, authorize

EXCHANGES = 3  # client lines, each answered by the other person, before the feedback
CRITERIA = ("i_statement", "request", "acknowledge")

# Insults and threats the other person never says, whatever the scenario (matched on folded text; a line that
# matches is replaced by a scripted one). Errs on the side of replacing.
_ABUSE = {
    "en": r"\b(?:idiot|stupid|moron|loser|pathetic|worthless|useless|shut up|hate you|ugly|dumb|f+u+c+k\w*|shit\w*|"
          r"bitch\w*|bastard|crap|i'll hurt you|i will hurt you|kill you)\b",
    "es": r"\b(?:idiota|estupid\w*|imbecil|inutil|callate|te odio|patetic\w*|mierda|gilipollas|cabron\w*|puta\w*|"
          r"te voy a pegar|te mato)\b",
    "fr": r"\b(?:idiot\w*|stupide|imbecile|cretin\w*|ta gueule|la ferme|tais-toi|minable|connard\w*|merde|"
          r"salope|je te deteste|je vais te tuer)\b",
    "de": r"\b(?:idiot\w*|dumm\w*|blod\w*|trottel|halt die klappe|halt den mund|versager|nutzlos\w*|scheiss\w*|"
          r"arschloch|schlampe|ich hasse dich|ich bring dich um)\b",
    "pt": r"\b(?:idiota|estupid\w*|imbecil|inutil|cala-te|cala a boca|patetic\w*|merda|otario|puta\w*|"
          r"odeio-te|te odeio|vou-te bater)\b",
    "it": r"\b(?:idiota|stupid\w*|imbecille|cretin\w*|stai zitto|sta zitto|inutile|patetic\w*|merda|stronz\w*|"
          r"puttana|ti odio|ti ammazzo)\b",
}
ABUSE = {lang: re.compile(rx) for lang, rx in _ABUSE.items()}


def _plain(pattern: str) -> str:
    """A criterion's pattern as folded text reads: accents removed (fold does the same to the client's words)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", pattern) if not unicodedata.combining(ch))


@lru_cache(maxsize=None)
def _criteria(lang: str) -> dict[str, re.Pattern[str]]:
    table = flows.texts(lang)["criteria"]
    return {name: re.compile("|".join(f"(?:{_plain(p)})" for p in table[name])) for name in CRITERIA}


def wording(lines: list[str], lang: str) -> dict[str, bool]:
    """Which of the three criteria the client's lines meet (the language's patterns, and English's)."""
    folded = checks.fold(" ".join(lines))
    langs = dict.fromkeys((lang, "en"))
    return {name: any(_criteria(code)[name].search(folded) for code in langs) for name in CRITERIA}


def feedback(criteria: dict[str, bool], lang: str) -> str:
    """The written feedback: what went well and, for each criterion not met, what to try next time."""
    parts = [flows.say(lang, "roleplay", "feedback")]
    parts += [flows.say(lang, "roleplay", f"{name}_{'yes' if criteria[name] else 'no'}") for name in CRITERIA]
    return " ".join(parts)


def abuse(lang: str) -> Any:
    """The extra check on the other person's lines: insults and threats, in the language and English."""
    tables = [ABUSE.get(lang, ABUSE["en"]), ABUSE["en"]]

    def check(text: str) -> checks.Verdict | None:
        folded = checks.fold(text)
        return checks.Verdict("abuse", "abusive line") if any(t.search(folded) for t in tables) else None

    return check


# --- scenarios ----------------------------------------------------------------------------------------------------

def scenario_read(row: CompanionScenario) -> ScenarioRead:
    return ScenarioRead(id=row.id, client_id=row.client_id, other_person=row.other_person or "",
                        goal=row.goal or "", lines=json.loads(row.lines_json or "[]"), created_at=row.created_at)


async def scenarios_for(session: AsyncSession, client_id: uuid.UUID) -> list[CompanionScenario]:
    """The client's scenarios in force, newest first (no audit: callers that show them audit)."""
    return list((await session.execute(select(CompanionScenario).where(
        CompanionScenario.client_id == client_id, CompanionScenario.deleted_at.is_(None))
        .order_by(CompanionScenario.created_at.desc()))).scalars())


async def list_scenarios(session: AsyncSession, actor: Actor, client_id: uuid.UUID) -> list[ScenarioRead]:
    """The scenarios the clinician set (the client, treating clinicians, their supervisors; audited)."""
    client = await service._authorize(session, actor, client_id, write=False)
    rows = await scenarios_for(session, client.id)
    await audit.record(session, actor, "companion.scenario.list", client_id=client.id,
                       resource_type="companion_scenario", detail=f"count={len(rows)}")
    return [scenario_read(r) for r in rows]


async def add_scenario(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                       data: ScenarioWrite) -> CompanionScenario:
    """A treating clinician sets a scenario to practise (part of the companion's plan for this client)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    row = CompanionScenario(practice_id=client.practice_id, client_id=client.id, created_by=actor.user_id,
                            updated_by=actor.user_id)
    row.other_person, row.goal = data.other_person, data.goal
    row.lines_json = json.dumps(data.lines, ensure_ascii=False)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "companion.scenario.save", client_id=client.id,
                       resource_type="companion_scenario", resource_id=row.id, detail=f"lines={len(data.lines)}")
    return row


async def remove_scenario(session: AsyncSession, actor: Actor, client_id: uuid.UUID,
                          scenario_id: uuid.UUID) -> None:
    """Take a scenario out of the plan (what was practised stays in the records)."""
    client = await authorize(session, actor, Action.clinical_write, client_id)
    row = await session.get(CompanionScenario, scenario_id)
    if row is None or row.client_id != client.id or row.deleted_at is not None:
        raise NotFound("No such scenario.")
    row.deleted_at, row.updated_by = utcnow(), actor.user_id
    await session.flush()
    await audit.record(session, actor, "companion.scenario.remove", client_id=client.id,
                       resource_type="companion_scenario", resource_id=row.id)


async def scenario_state(session: AsyncSession, client_id: uuid.UUID, scenario_id: uuid.UUID | None,
                         lang: str) -> dict[str, Any]:
    """The plan's scenario a practice starts from (the newest when none is named), copied into the flow."""
    rows = await scenarios_for(session, client_id)
    row = next((r for r in rows if r.id == scenario_id), None) if scenario_id else (rows[0] if rows else None)
    if row is None:
        raise BadRequest("Your clinician has not set a conversation to practise yet.")
    return {"id": str(row.id), "source": "plan", "other_person": row.other_person or "", "goal": row.goal or "",
            "lines": json.loads(row.lines_json or "[]")}


def from_homework(prompts: list[str], lang: str) -> dict[str, Any]:
    """A homework's scenario lines: who the other person is, what the client wants to say, then lines the other
    person might say; a single line is the situation to practise."""
    lines = [p for p in prompts if p.strip()]
    if len(lines) >= 2:
        return {"source": "homework", "other_person": lines[0], "goal": lines[1], "lines": lines[2:2 + EXCHANGES]}
    return {"source": "homework", "other_person": "", "goal": lines[0] if lines else "", "lines": []}


def intro(scenario: dict[str, Any], lang: str) -> str:
    """The opening words: who the companion plays, what the client wants to say, how it goes."""
    if scenario.get("other_person"):
        return flows.say(lang, "roleplay", "intro", other=scenario["other_person"], goal=scenario["goal"],
                         n=EXCHANGES)
    return flows.say(lang, "roleplay", "intro_plain", goal=scenario["goal"], n=EXCHANGES)


def scripted(scenario: dict[str, Any], index: int, lang: str) -> str:
    """The other person's line when no model answers: the clinician's own, else the language's written one."""
    own = scenario.get("lines") or []
    if index < len(own):
        return own[index]
    written = flows.texts(lang)["roleplay"]["scripted"]
    return written[min(index, len(written) - 1)]


def record(state: dict[str, Any]) -> dict[str, Any]:
    """The exercise record's answers: the scenario, the exchanges, the criteria met, the confidence."""
    scenario = state.get("scenario", {})
    return {"other_person": scenario.get("other_person", ""), "goal": scenario.get("goal", ""),
            "source": scenario.get("source", "plan"), "exchanges": state.get("exchanges", []),
            "criteria": state.get("criteria", {}), "confidence": state["answers"].get("confidence")}


# --- one exchange ---------------------------------------------------------------------------------------------------

async def exchange(session: AsyncSession, avail: chat.Availability, flow: CompanionFlow, state: dict[str, Any],
                   step: flows.Step, line: Any, started: float, add: Any, blocked: dict[str, Any], *,
                   max_tokens: int | None = None) -> Any:
    """After a client's line: the other person's reply (model, else scripted), and after the last one the feedback;
    yields the model's events. The confidence answer needs nothing here."""
    if not step.key.startswith("line_"):
        return
    client, scenario = avail.client, state.get("scenario", {})
    exchanges: list[dict[str, Any]] = state.setdefault("exchanges", [])
    index = len(exchanges)
    last = index + 1 >= EXCHANGES
    plan = avail.offer.plan
    prepared = await chat.prepare_prompt(session, client, "companion.roleplay", {
        "language": chat.LANGUAGE_IN_ENGLISH.get(flow.lang, "English"), "address": plan.address if plan else "informal",
        "other_person": scenario.get("other_person") or flows.say(flow.lang, "roleplay", "other"),
        "goal": scenario.get("goal", ""), "message": line, "last": last,
        "history": [turn for e in exchanges for turn in ({"role": "client", "text": e["client"]},
                                                         {"role": "other", "text": e["other"]})]})
    other, fields = None, {}
    if prepared is not None:
        await session.commit()  # nothing holds the database while the model writes
        check = checks.OutputCheck(flow.lang, plan.steer_topics if plan else None)
        out = chat.Generated()
        async for event in chat.generate(prepared, check, client.id, out, started=started, max_tokens=max_tokens,
                                         extra=abuse(flow.lang)):
            yield event
        other, fields = out.text, out.fields(prepared, check)
        if out.verdict is not None:
            fields["blocked_text"] = "".join(out.raw).strip() or None
            yield chat.TurnEvent("replace", text="")
    used_script = other is None
    if used_script:
        other = scripted(scenario, index, flow.lang)
        fields |= {"fallback": "scripted"}
    blocked_text = fields.pop("blocked_text", None)
    turn = await add(other, kind="roleplay", **fields)
    if blocked_text:
        turn.blocked_text = blocked_text
    exchanges.append({"client": line, "other": other, "scripted": used_script})
    if last:
        state["criteria"] = wording([e["client"] for e in exchanges], flow.lang)
        await add(feedback(state["criteria"], flow.lang))
        reflection = flows.Step("feedback", "text", reflect="what the client said in a practice conversation, "
                                                            "in their own words")
        async for event in flows._reflect(session, client, avail, flow, reflection,
                                          " / ".join(e["client"] for e in exchanges), started, add, blocked,
                                          max_tokens=max_tokens):
            yield event
    flows._save(flow, state)
