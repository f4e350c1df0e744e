"""`alliance stack`: the multi-process deployment on one machine, for a trial (docs/operations.md, "At scale").

N web processes behind one port (uvicorn workers share the listening socket), M `alliance worker` processes on
Redis, and optionally `llama_cpp.server` serving the embedded model to the `notes` and `companion` purposes
through the OpenAI-compatible provider. Run by honcho (a Procfile runner); each process is restarted when it
exits, as a supervisor would, so a killed worker or model server comes back. The Procfile and the environment
it runs with are written to <data dir>/stack/ for an operator to read or to run with `honcho start`.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

import typer

MODEL_SERVER = "modelserver"  # the provider name the stack gives the model server
MODEL_PURPOSES = ("notes", "companion")
RESTART_DELAY = 2  # seconds before a process that exited is started again


class StackRefused(Exception):
    """The stack cannot start: what is missing, in words an operator can act on."""


@dataclass
class Plan:
    """What the stack runs: process name -> shell command, and the environment they share."""

    processes: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)

    def procfile(self) -> str:
        """The processes as Procfile lines."""
        return "".join(f"{name}: {cmd}\n" for name, cmd in self.processes.items())


def _answers(url: str, default_port: int, timeout: float = 1.0) -> bool:
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=timeout).close()
        return True
    except OSError:
        return False


def require_services(database_url: str | None, redis_url: str | None) -> None:
    """Refuse, naming the setting, unless PostgreSQL and Redis are configured and answer."""
    problems = []
    if not database_url or not database_url.split("://", 1)[0].startswith(("postgresql", "postgres")):
        problems.append("ALLIANCE_DATABASE_URL must name a PostgreSQL database "
                        "(e.g. postgresql://alliance:PASSWORD@127.0.0.1:5432/alliance): several processes cannot "
                        "share SQLite")
    elif not _answers(database_url, 5432):
        problems.append(f"PostgreSQL does not answer at {urlsplit(database_url).hostname}:"
                        f"{urlsplit(database_url).port or 5432}")
    if not redis_url:
        problems.append("ALLIANCE_REDIS_URL must name a Redis server (e.g. redis://127.0.0.1:6379/0) for the job "
                        "queue and the limits shared by the web processes")
    elif not _answers(redis_url, 6379):
        problems.append(f"Redis does not answer at {urlsplit(redis_url).hostname}:{urlsplit(redis_url).port or 6379}")
    if problems:
        raise StackRefused("; ".join(problems) + ".")


def _alliance() -> str:
    """The `alliance` command of this installation."""
    script = Path(sys.executable).with_name("alliance")
    if script.exists():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -c 'from alliance.cli import main; main()'"


def _kept_running(command: str) -> str:
    """The command in a loop that starts it again when it exits (honcho alone would stop every process)."""
    return (f"while :; do {command}; echo \"exited with $?; starting again in {RESTART_DELAY} s\" >&2; "
            f"sleep {RESTART_DELAY}; done")


def model_server_env(base_url: str, model: str, existing: list[dict], purposes: dict[str, str]) -> dict[str, str]:
    """ALLIANCE_LLM_* settings adding the model server as a provider and pointing notes and companion at it."""
    provider = {"name": MODEL_SERVER, "kind": "openai", "base_url": base_url, "model": model, "privacy": "local",
                "structured_mode": "json_object_schema"}
    providers = [p for p in existing if p.get("name") != MODEL_SERVER] + [provider]
    return {"ALLIANCE_LLM_PROVIDERS": json.dumps(providers),
            "ALLIANCE_LLM_PURPOSE_PROVIDERS": json.dumps({**purposes, **{p: MODEL_SERVER for p in MODEL_PURPOSES}})}


def plan(*, web: int, workers: int, threads: int, host: str, port: int, data_dir: Path,
         model_file: Path | None = None, model_name: str = "", model_port: int = 8081, model_threads: int = 2,
         model_ctx: int = 4096, restart: bool = True) -> Plan:
    """The processes and environment of the stack (pure: nothing is started)."""
    from alliance.llm.config import get_llm_settings

    alliance = _alliance()
    metrics_dir = data_dir / "stack" / "metrics"
    env = {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir.resolve())}
    keep = _kept_running if restart else (lambda command: command)
    processes = {"web": keep(f"{alliance} serve --workers {web} --host {shlex.quote(host)} --port {port}")}
    for index in range(1, workers + 1):
        processes[f"worker{index}"] = keep(f"{alliance} worker --workers {threads}")
    if model_file is not None:
        llm = get_llm_settings()
        command = " ".join(shlex.quote(part) for part in (
            sys.executable, "-m", "llama_cpp.server", "--model", str(model_file), "--model_alias", model_name,
            "--host", "127.0.0.1", "--port", str(model_port), "--n_ctx", str(model_ctx),
            "--n_threads", str(model_threads)))
        processes["model"] = keep(command)
        env.update(model_server_env(f"http://127.0.0.1:{model_port}/v1", model_name,
                                    [p.model_dump(exclude_none=True) for p in llm.providers], llm.purpose_providers))
    return Plan(processes=processes, env=env)


def write_plan(stack_plan: Plan, folder: Path) -> Path:
    """Write the Procfile and its .env (no secrets: only the settings the stack adds) for an operator."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    (folder / "Procfile").write_text(stack_plan.procfile())
    (folder / ".env").write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in stack_plan.env.items()))
    return folder / "Procfile"


def stack(web: int = typer.Option(2, "--web", min=1, help="Web processes (uvicorn workers sharing one port)"),
          workers: int = typer.Option(2, "--workers", min=1, help="`alliance worker` processes on Redis"),
          threads: int = typer.Option(2, "--threads", min=1, help="Job threads in each worker process"),
          model_server: bool = typer.Option(False, "--model-server",
                                            help="Also run llama_cpp.server with the embedded model for notes and "
                                                 "companion"),
          model_port: int = typer.Option(8081, help="The model server's port on 127.0.0.1"),
          model_threads: int = typer.Option(2, min=1, help="CPU threads of the model server"),
          host: Optional[str] = typer.Option(None, help="Address to bind (default from ALLIANCE_HOST)"),
          port: Optional[int] = typer.Option(None, help="Port (default from ALLIANCE_PORT)"),
          restart: bool = typer.Option(True, help="Start a process again when it exits"),
          dry_run: bool = typer.Option(False, "--dry-run", help="Write and print the Procfile, start nothing")) -> None:
    """Run the multi-process stack locally: web processes, Redis workers, optionally a model server."""
    from rich.console import Console

    from alliance.config import get_settings

    err = Console(stderr=True)
    settings = get_settings()
    try:
        require_services(settings.database_url, settings.redis_url)
    except StackRefused as exc:
        err.print(f"[red]Error:[/red] alliance stack needs PostgreSQL and Redis: {exc}")
        raise typer.Exit(2) from None

    model_file = None
    model_name = ""
    if model_server:
        from alliance.llm.errors import ModelUnavailable
        from alliance.llm.providers import settings as llm_settings
        from alliance.llm.weights import RENAMED, model_path

        llm = llm_settings()
        model_name = RENAMED.get(llm.model, llm.model)
        try:
            err.print(f"Locating the embedded model {model_name} (assembled and verified on first use) ...")
            model_file = model_path(model_name, llm.resolved_models_dir())
        except ModelUnavailable as exc:
            err.print(f"[red]Error:[/red] the model server needs the embedded model: {exc}")
            raise typer.Exit(2) from None

    stack_plan = plan(web=web, workers=workers, threads=threads, host=host or settings.host,
                      port=port or settings.port, data_dir=settings.data_dir, model_file=model_file,
                      model_name=model_name, model_port=model_port, model_threads=model_threads, restart=restart)
    procfile = write_plan(stack_plan, settings.data_dir / "stack")
    if dry_run:
        sys.stdout.write(stack_plan.procfile())
        err.print(f"Written to {procfile} with its .env beside it.")
        return

    from alliance.db.migrate import upgrade

    upgrade()  # once, before several processes start
    metrics_dir = Path(stack_plan.env["PROMETHEUS_MULTIPROC_DIR"])
    shutil.rmtree(metrics_dir, ignore_errors=True)  # counters start at zero with the stack
    metrics_dir.mkdir(mode=0o700, parents=True)

    from honcho.manager import Manager
    from honcho.printer import Printer

    env = {**os.environ, **stack_plan.env}
    manager = Manager(Printer(sys.stdout))
    for name, command in stack_plan.processes.items():
        manager.add_process(name, command, env=env)
    err.print(f"Alliance stack: {web} web process(es) on http://{host or settings.host}:{port or settings.port}, "
              f"{workers} worker process(es)" + (f", model server on 127.0.0.1:{model_port}" if model_file else "")
              + f". Procfile: {procfile}. Ctrl-C stops everything.")
    manager.loop()
    raise typer.Exit(manager.returncode or 0)
