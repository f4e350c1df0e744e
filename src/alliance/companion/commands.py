"""`alliance companion replay FILE [--json]`: scripted conversations played through the portal's own turn pipeline.

Each conversation gets a new client of the demo clinician (after `alliance demo`), with companion consent, the
conversation's language and country, and a plan switched on that offers the whole library; every turn goes through
`chat.run_turn`, as in the portal. One line per turn: {"id", "turn", "level", "escalated", "reply", "resources":
[{"name", "phone"}], "blocked", "ms"}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

app = typer.Typer(help="The between-session companion.", no_args_is_help=True)

DEMO_CLINICIAN = "clinician@riverside.example.org"


class ReplayError(ValueError):
    """A line of the file that is not a conversation."""


def parse(line: str) -> dict[str, Any]:
    """One conversation: {"id", "lang", "country", "turns": [str, ...]} (ReplayError says what is wrong)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReplayError(f"not JSON ({exc.msg})") from exc
    if not isinstance(obj, dict):
        raise ReplayError("each line must be a JSON object")
    turns = obj.get("turns")
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise ReplayError('"turns" must be a list of messages')
    lang, country = obj.get("lang") or "en", obj.get("country") or "US"
    if not isinstance(lang, str) or not isinstance(country, str) or len(country) != 2 or not country.isalpha():
        raise ReplayError('"lang" is a language code and "country" a two-letter country code')
    return {"id": obj.get("id"), "lang": lang.lower()[:2], "country": country.upper(), "turns": turns}


def resources(crisis: Any) -> list[dict[str, str | None]]:
    """The emergency numbers, then the crisis lines with a phone number, as the client was shown them."""
    if crisis is None:
        return []
    out: list[dict[str, str | None]] = [{"name": e.label, "phone": e.number} for e in crisis.emergency]
    out += [{"name": s.name, "phone": s.phone} for s in crisis.services if s.phone]
    return out


async def _new_client(session: Any, lang: str, country: str) -> Any:
    """A new client of the demo clinician with companion consent and a plan on (the whole library offered)."""
    import uuid
    from datetime import date

    from alliance.accounts import service as accounts
    from alliance.clients import service as clients
    from alliance.clients.schemas import ClientCreate
    from alliance.companion import library, service
    from alliance.companion.schemas import PlanWrite
    from alliance.consent import service as consent
    from alliance.consent.models import Decision, Feature
    from alliance.consent.schemas import DecisionCreate
    from alliance.security.audit import Actor

    user = await accounts.find_user_by_email(session, DEMO_CLINICIAN)
    if user is None:
        raise ReplayError("no demo practice here: run `alliance demo` first (with the same ALLIANCE_DATA_DIR)")
    clinician = accounts.actor_for(user)
    client = await clients.create_client(session, clinician, ClientCreate(
        given_name="Replay", family_name=f"Conversation {uuid.uuid4().hex[:8]}", date_of_birth=date(1990, 1, 1),
        preferred_language=lang, country=country, clinician_id=user.id))
    await consent.record_decision(session, clinician, client.id, DecisionCreate(
        feature=Feature.ai_companion, decision=Decision.given))
    await service.save_plan(session, clinician, client.id, PlanWrite(
        enabled=True, language=lang if lang in library.LANGUAGES else None, modules=library.slugs("module"),
        skills=library.slugs("skill"), review_note="before each session"))
    return Actor(user_id=None, role="client", practice_id=client.practice_id, client_id=client.id)


async def _replay(conversations: list[tuple[int, dict[str, Any] | None, str | None]], emit: Any,
                  max_tokens: int | None) -> int:
    from alliance.companion import chat
    from alliance.db.session import session_scope
    from alliance.errors import AllianceError

    failures = 0
    for lineno, conv, problem in conversations:
        if conv is None:
            failures += 1
            emit({"id": None, "line": lineno, "error": "BadRequest", "detail": problem})
            continue
        try:
            async with session_scope() as session:
                who = await _new_client(session, conv["lang"], conv["country"])
        except (AllianceError, ReplayError) as exc:
            failures += 1
            emit({"id": conv["id"], "line": lineno, "error": type(exc).__name__,
                  "detail": getattr(exc, "detail", str(exc))})
            if isinstance(exc, ReplayError):
                break  # no demo practice: nothing else can run either
            continue
        for index, text in enumerate(conv["turns"]):
            async with session_scope() as session:
                try:
                    result = await chat.answer(session, who, text, max_tokens=max_tokens)
                except AllianceError as exc:  # the conversation is off (a no-chat country), a message too long
                    failures += 1
                    emit({"id": conv["id"], "turn": index, "error": type(exc).__name__, "detail": exc.detail})
                    continue
            emit({"id": conv["id"], "turn": index, "level": result.level, "escalated": result.escalated,
                  "reply": result.reply.text if result.reply else (result.crisis.message if result.crisis else None),
                  "resources": resources(result.crisis), "blocked": result.blocked, "ms": result.ms})
    return failures


@app.command("replay")
def replay(
    file: Path = typer.Argument(..., help='JSON Lines: {"id": ..., "lang": ..., "country": ..., "turns": [...]}'),
    json_out: bool = typer.Option(False, "--json", help="One JSON object a line (for tools)."),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", min=1, help="Cap each reply (quick runs)."),
) -> None:
    """Play scripted conversations through the companion, as new clients of the demo clinician; one line a turn."""
    from alliance.commands import _run
    from alliance.llm.service import install_call_log

    if not file.is_file():
        typer.echo(f"No such file: {file}", err=True)
        raise typer.Exit(code=2)
    conversations: list[tuple[int, dict[str, Any] | None, str | None]] = []
    for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            conversations.append((lineno, parse(line), None))
        except ReplayError as exc:
            conversations.append((lineno, None, str(exc)))

    def emit(row: dict[str, Any]) -> None:
        if json_out:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif "error" in row:
            sys.stdout.write(f"{row.get('id')} line {row.get('line', '-')} turn {row.get('turn', '-')}: "
                             f"{row['error']}: {row['detail']}\n")
        else:
            flags = " ".join(f for f, on in (("ESCALATED", row["escalated"]), ("blocked", row["blocked"])) if on)
            phones = ", ".join(f"{r['name']} {r['phone']}" for r in row["resources"][:3])
            sys.stdout.write(f"{row['id']} #{row['turn']} [{row['level']}] {flags} {row['ms']} ms: {row['reply']}"
                             f"{f'  ({phones})' if phones else ''}\n")
        sys.stdout.flush()

    install_call_log()
    failures = _run(_replay(conversations, emit, max_tokens))
    if failures:
        typer.echo(f"{failures} conversation(s) or turn(s) could not be played", err=True)
        raise typer.Exit(code=1)
