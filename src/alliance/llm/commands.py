"""`alliance llm ...` and `alliance prompts ...` commands. Model libraries are imported inside the commands."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="The model gateway: providers, models, one-off questions.", no_args_is_help=True)
prompts_app = typer.Typer(help="The prompt catalogue.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)


@app.command("models")
def models(as_json: bool = typer.Option(False, "--json", help="Machine-readable output on stdout.")) -> None:
    """List configured providers, their models and privacy class, and whether the model is usable."""
    from alliance.llm.errors import ModelUnavailable
    from alliance.llm.weights import EMBEDDED_MODELS, is_present, parts_installed
    from alliance.llm.providers import get_provider, list_providers, settings

    rows: list[dict[str, Any]] = []
    for cfg in list_providers():
        try:
            ok, note = get_provider(cfg.name).status()
        except ModelUnavailable as exc:
            ok, note = False, exc.detail
        rows.append({"provider": cfg.name, "kind": cfg.kind, "model": cfg.model, "privacy": cfg.privacy,
                     "structured_mode": cfg.structured_mode, "usable": ok, "status": note})
    models_dir = settings().resolved_models_dir()
    embedded = [
        {"model": spec.name, "file": spec.filename, "present": is_present(spec, models_dir),
         "installable": bool(spec.package) or parts_installed(spec)}
        for spec in EMBEDDED_MODELS.values()
    ]
    if as_json:
        print(json.dumps({"providers": rows, "embedded_models": embedded}, indent=2))
        return
    table = Table(title="Providers")
    for column in ("provider", "kind", "model", "privacy", "structured", "status"):
        table.add_column(column)
    for row in rows:
        status = ("[green]" if row["usable"] else "[red]") + row["status"]
        table.add_row(row["provider"], row["kind"], row["model"], row["privacy"], row["structured_mode"], status)
    out = Console()
    out.print(table)
    shipped = Table(title=f"Embedded models ({models_dir})")
    for column in ("model", "file", "present"):
        shipped.add_column(column)
    for row in embedded:
        present = "yes" if row["present"] else ("assembled on first use" if row["installable"] else "not installed")
        shipped.add_row(row["model"], row["file"], present)
    out.print(shipped)


def _prepare_embedded(provider: Any) -> None:
    """Assemble the embedded model first if needed, with a progress bar on stderr."""
    if getattr(provider, "kind", None) != "embedded":
        return
    ok, note = provider.status()
    if note == "ready" or not ok:
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  console=err) as progress:
        task = progress.add_task(f"Assembling {provider.model}", total=None)
        provider.ensure_model(progress=lambda done, total: progress.update(task, completed=done, total=total))


@app.command("ask")
def ask(
    prompt: str = typer.Argument(..., help="The question or instruction."),
    provider: str | None = typer.Option(None, "--provider", "-p", help="Provider name (see `alliance llm models`)."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name for that provider."),
    schema: Path | None = typer.Option(None, "--schema", exists=True, dir_okay=False,
                                       help="JSON schema file: print only a JSON object valid against it."),
    max_tokens: int = typer.Option(512, "--max-tokens", min=1),
    temperature: float | None = typer.Option(None, "--temperature", min=0.0, max=2.0),
    system: str | None = typer.Option(None, "--system", help="A system message."),
    timeout: float | None = typer.Option(None, "--timeout", min=0.1, help="Seconds per attempt."),
    allow_external: bool = typer.Option(False, "--allow-external",
                                        help="Allow an `external` provider (PHI is redacted before sending)."),
) -> None:
    """Send one prompt through the gateway and print the reply (streamed, or one JSON object with --schema)."""
    from alliance.llm import gateway
    from alliance.llm.errors import InvalidOutput, ModelUnavailable
    from alliance.llm.providers import get_provider

    messages: list[dict[str, str]] = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": prompt})
    schema_value: dict[str, Any] | None = None
    if schema is not None:
        import jsonschema

        try:
            schema_value = json.loads(schema.read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema_value)
        except (ValueError, jsonschema.SchemaError) as exc:
            err.print(f"[red]{schema} is not a valid JSON schema: {str(exc).splitlines()[0]}")
            raise typer.Exit(2) from exc

    async def run() -> None:
        if schema_value is not None:
            value = await gateway.structured(
                messages, schema=schema_value, purpose="cli", provider=provider, model=model,  # type: ignore[arg-type]
                max_tokens=max_tokens, temperature=temperature if temperature is not None else 0.0,
                timeout=timeout, allow_external=allow_external,
            )
            print(json.dumps(value, ensure_ascii=False))
            return
        async for chunk in gateway.stream(
            messages, purpose="cli", provider=provider, model=model, max_tokens=max_tokens,  # type: ignore[arg-type]
            temperature=temperature if temperature is not None else 0.2, timeout=timeout,
            allow_external=allow_external,
        ):
            sys.stdout.write(chunk)
            sys.stdout.flush()
        sys.stdout.write("\n")

    try:
        _prepare_embedded(get_provider(provider, model=model, purpose="cli"))
        asyncio.run(run())
    except InvalidOutput as exc:
        err.print(f"[red]The model did not produce valid output (after one repair attempt): {exc.detail}")
        raise typer.Exit(3) from exc
    except ModelUnavailable as exc:
        err.print(f"[red]{type(exc).__name__}: {exc.detail}")
        raise typer.Exit(1) from exc


@prompts_app.command("list")
def list_prompts(
    all_versions: bool = typer.Option(False, "--all", help="Every version, not only the latest."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output on stdout."),
) -> None:
    """List the prompt templates in the catalogue."""
    from alliance.llm.prompts import list_templates

    templates = list_templates(all_versions=all_versions)
    if as_json:
        print(json.dumps([
            {"id": t.id, "version": t.version, "purpose": t.purpose, "structured": t.output_schema is not None,
             "variables": sorted(t.variables), "reviewed_by": t.reviewed_by, "reviewed_at": t.reviewed_at.isoformat()}
            for t in templates
        ], indent=2))
        return
    table = Table(title="Prompt templates")
    for column in ("id", "version", "purpose", "output", "variables", "reviewed"):
        table.add_column(column)
    for t in templates:
        table.add_row(t.id, str(t.version), t.purpose, "JSON" if t.output_schema else "text",
                      ", ".join(t.variables), str(t.reviewed_at))
    Console().print(table)


@prompts_app.command("show")
def show_prompt(
    template_id: str = typer.Argument(..., help="Template id, e.g. note.soap."),
    version: int | None = typer.Option(None, "--version", "-v"),
) -> None:
    """Print a template rendered with its sample variables (the messages a model would receive)."""
    from alliance.errors import NotFound
    from alliance.llm.prompts import get_template, render

    try:
        template = get_template(template_id, version)
    except NotFound as exc:
        err.print(f"[red]{exc.detail}")
        raise typer.Exit(1) from exc
    for message in render(template, template.sample_variables()):
        print(f"--- {message['role']} ---\n{message['content']}\n")
    if template.output_schema:
        print("--- output schema ---\n" + json.dumps(template.output_schema, indent=2))
