"""`alliance plans draft CLIENT_ID [--json]`: draft a treatment plan from a client's record and print it, unsaved.

It runs as the client's treating clinician (or `--as` a staff e-mail), so every read is authorised and audited as
theirs; the draft is printed, never stored.
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from typing import Any, Optional

import typer

app = typer.Typer(help="Treatment plans.", no_args_is_help=True)


def _fail(detail: str, code: int = 2) -> None:
    typer.echo(f"error: {detail}", err=True)
    raise typer.Exit(code)


async def _draft(client_id: uuid.UUID, email: str | None, use_model: bool | None) -> Any:
    from alliance.accounts import service as accounts
    from alliance.clients import service as clients
    from alliance.db.session import session_scope
    from alliance.plans.drafting import draft_plan

    async with session_scope() as session:
        if email:
            user = await accounts.find_user_by_email(session, email)
        else:
            user = next(iter(await clients.clinicians_of(session, client_id)), None)
        if user is None:
            raise LookupError("no clinician to draft as (the client has none: pass --as EMAIL)")
        return await draft_plan(session, accounts.actor_for(user), client_id, use_model=use_model)


def _print_text(draft: Any) -> None:
    def mark(item: Any) -> str:
        return "" if item.supported else "  [no support]"

    typer.echo("Problems:")
    for p in draft.problems:
        typer.echo(f"  - {p.text}{mark(p)}")
    typer.echo("Goals:")
    for g in draft.goals:
        typer.echo(f"  - {g.text}{mark(g)}")
        for o in g.objectives:
            typer.echo(f"      * {o.text}{mark(o)}")
    typer.echo("Interventions:")
    for i in draft.interventions:
        parts = [i.modality, i.frequency, f"{i.sessions} sessions" if i.sessions else None]
        typer.echo(f"  - {', '.join(x for x in parts if x)}{mark(i)}")
    typer.echo(f"Written by: {draft.model or 'rules (no model)'}")


@app.command("draft")
def draft_command(
    client_id: str = typer.Argument(..., help="The client's id (UUID)."),
    as_json: bool = typer.Option(False, "--json", help="Print the draft as JSON."),
    email: Optional[str] = typer.Option(None, "--as", help="Draft as this staff member (default: the client's "
                                                            "clinician)."),
    model: Optional[bool] = typer.Option(None, "--model/--no-model",
                                         help="Require the model, or draft by rules only (default: the model when "
                                              "the client consented and it answers)."),
) -> None:
    """Draft a treatment plan from the client's record and print it (nothing is saved)."""
    from alliance.errors import AllianceError

    try:
        cid = uuid.UUID(client_id)
    except ValueError:
        _fail(f"{client_id!r} is not a client id (a UUID)")
    try:
        draft = asyncio.run(_draft(cid, email, model))
    except LookupError as exc:
        _fail(str(exc))
    except AllianceError as exc:
        _fail(exc.detail, 1)
    if as_json:
        sys.stdout.write(json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    else:
        _print_text(draft)
