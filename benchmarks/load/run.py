"""Run the load test against Alliance on 127.0.0.1: the embedded single process on SQLite and the multi-process
stack on PostgreSQL and Redis, each with a fresh demo practice, and print the figures side by side.

Each target gets a throwaway data dir (and, for the stack, a throwaway PostgreSQL database and a Redis server of its
own on a free port), `alliance demo`, then the server: `alliance serve` (embedded: one process, jobs in its threads)
or `alliance stack` (web processes, `alliance worker` processes; before that command existed, uvicorn workers and a
worker were started directly). Notes are drafted through `model_stub.py`, an OpenAI-compatible stand-in that
answers at once, so the two cores measure Alliance and not a language model. locust runs headless for --run-time
and writes its CSV files to --out. Afterwards every write the server confirmed is looked up (`check.py`) and the
audit chain verified (`alliance audit verify`).

    .venv/bin/python benchmarks/load/run.py                                  # both targets, the mix, 100 users
    .venv/bin/python benchmarks/load/run.py --target embedded --scenario back-to-back --users 20
    .venv/bin/python benchmarks/load/run.py --target stack --users 100 --run-time 120s --out var/load
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PG_ADMIN_URL = os.environ.get("LOAD_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
# Requests that are not pages or API calls a person waits on: the log-in burst at the start (a password hash each).
NOT_COUNTED = {"log-in"}
API = {"questionnaires due", "answer item", "check-in", "message to the care team", "note from transcript"}


def build_parser() -> argparse.ArgumentParser:
    """The command line (tests check it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=("embedded", "stack", "both"), default="both")
    parser.add_argument("--scenario", choices=("mix", "back-to-back"), default="mix",
                        help="mix: clinicians, clients and note writers with 3-10 s think times; back-to-back: "
                             "clinicians only, no pauses")
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--spawn-rate", type=float, default=10.0, help="users started per second")
    parser.add_argument("--run-time", default="60s", help="locust's --run-time (e.g. 90s, 2m)")
    parser.add_argument("--warmup", type=float, default=35.0,
                        help="seconds at the start left out of the figures (users starting and logging in)")
    parser.add_argument("--web", type=int, default=2, help="stack: web processes")
    parser.add_argument("--workers", type=int, default=1, help="stack: `alliance worker` processes")
    parser.add_argument("--out", type=Path, default=None, help="folder for the CSV files and the result JSON")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway data dirs and database")
    return parser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(len(ordered) * q / 100) - 1))]


@dataclass
class Target:
    """A running Alliance and what it needs to be checked and stopped."""

    name: str
    url: str
    env: dict[str, str]
    folder: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    database: str | None = None  # a throwaway PostgreSQL database to drop
    redis_port: int | None = None

    def start(self, name: str, command: list[str], log: str | None = None) -> subprocess.Popen:
        """Start a process of this target in a session of its own (so stopping it stops its children)."""
        out = open(self.folder / f"{log or name}.log", "ab")  # noqa: SIM115 - closed with the process
        self.processes[name] = subprocess.Popen(command, env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                                start_new_session=True)
        return self.processes[name]

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        """Stop one of this target's processes and its children."""
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)  # the group this runner created for it, by its id
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.stop(name)


def _base_env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALLIANCE_", "LOAD_", "PROMETHEUS_"))}
    env.update({
        "ALLIANCE_ENV": "test", "ALLIANCE_DATA_DIR": str(folder / "data"),
        "ALLIANCE_SECRET_KEY": "load-test-only-" + uuid.uuid4().hex + uuid.uuid4().hex,
        # Every simulated person logs in from 127.0.0.1: the per-address log-in limit (20 a minute) would stop the
        # test at its start, not the server. A real deployment keeps the default.
        "ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE": "100000",
        "ALLIANCE_LOG_LEVEL": "WARNING",
    })
    return env


def _model_env(port: int) -> dict[str, str]:
    """Notes and companion through the stub model server (the stack's own provider settings)."""
    from alliance.stack import model_server_env

    return model_server_env(f"http://127.0.0.1:{port}/v1", "stub", [], {})


def _alliance(*args: str) -> list[str]:
    return [str(BIN / "alliance"), *args]


def _wait_ready(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer /healthz within {seconds:.0f} s")


def _demo(target: Target) -> None:
    done = subprocess.run(_alliance("demo"), env=target.env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"alliance demo failed: {done.stderr[-2000:]}")


def start_embedded(folder: Path, model_port: int) -> Target:
    """`alliance serve`: one process on SQLite, its jobs in its own threads."""
    port = free_port()
    env = _base_env(folder) | _model_env(model_port)
    target = Target("embedded (SQLite, 1 process)", f"http://127.0.0.1:{port}", env, folder)
    _demo(target)
    target.start("web", _alliance("serve", "--host", "127.0.0.1", "--port", str(port)))
    _wait_ready(target.url)
    return target


async def _pg(statement: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_ADMIN_URL)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def start_stack(folder: Path, model_port: int, *, web: int, workers: int) -> Target:
    """PostgreSQL (a new database), a Redis server of its own, `alliance stack` (or uvicorn workers + workers)."""
    database = f"alliance_load_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg(f'CREATE DATABASE "{database}"'))
    redis_port = free_port()
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    env = _base_env(folder) | _model_env(model_port) | {
        "ALLIANCE_DATABASE_URL": f"{base}/{database}", "ALLIANCE_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}
    port = free_port()
    target = Target(f"stack (PostgreSQL + Redis, {web} web, {workers} worker)", f"http://127.0.0.1:{port}", env,
                    folder, database=database, redis_port=redis_port)
    start_redis(target)
    _demo(target)
    if (ROOT / "src" / "alliance" / "stack.py").exists():
        target.start("stack", _alliance("stack", "--web", str(web), "--workers", str(workers), "--host", "127.0.0.1",
                                        "--port", str(port)))
    else:  # before `alliance stack` existed
        target.start("web", _alliance("serve", "--workers", str(web), "--host", "127.0.0.1", "--port", str(port)))
        for index in range(workers):
            target.start(f"worker{index + 1}", _alliance("worker"))
    _wait_ready(target.url)
    return target


def start_redis(target: Target) -> None:
    """A Redis server for this target alone (so restarting it disturbs nobody else), with an append-only file as a
    production Redis keeps, so a restart keeps the queued jobs."""
    target.start("redis", ["redis-server", "--bind", "127.0.0.1", "--port", str(target.redis_port), "--save", "",
                           "--appendonly", "yes", "--appendfsync", "everysec", "--dir", str(target.folder)],
                 log="redis")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", target.redis_port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("redis-server did not start")


def start_model_stub(folder: Path, port: int) -> subprocess.Popen:
    out = open(folder / "model_stub.log", "ab")  # noqa: SIM115
    return subprocess.Popen([sys.executable, str(HERE / "model_stub.py"), "--port", str(port)], stdout=out,
                            stderr=subprocess.STDOUT, start_new_session=True)


def process_table() -> dict[int, tuple[int, float, str]]:
    """pid -> (parent pid, CPU seconds used, command line) of every process."""
    tick = os.sysconf("SC_CLK_TCK")
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            table[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick, cmdline)
        except (OSError, ValueError, IndexError):
            continue
    return table


def descendants(roots: set[int], table: dict[int, tuple[int, float, str]]) -> set[int]:
    """The roots and every process below them (honcho starts each process in a session of its own)."""
    found, frontier = set(roots), set(roots)
    while frontier:
        frontier = {pid for pid, (ppid, _cpu, _cmd) in table.items() if ppid in frontier} - found
        found |= frontier
    return found & set(table)


def server_cpu_seconds(target: Target) -> float:
    """CPU time (user + system) used so far by every living process of the target (web, workers, Redis)."""
    table = process_table()
    return sum(table[pid][1] for pid in descendants({p.pid for p in target.processes.values()}, table))


def run_locust(target: Target, args: argparse.Namespace, out: Path, label: str) -> tuple[Path, Path]:
    """locust, headless and bounded; returns the request log and the confirmed-writes log."""
    requests_log, writes_log = out / f"{label}_requests.jsonl", out / f"{label}_writes.jsonl"
    for path in (requests_log, writes_log):
        path.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLIANCE_")}
    env.update(LOAD_SCENARIO=args.scenario, LOAD_REQUESTS=str(requests_log), LOAD_WRITES=str(writes_log))
    command = [str(BIN / "locust"), "-f", str(HERE / "locustfile.py"), "--headless", "--host", target.url,
               "-u", str(args.users), "-r", str(args.spawn_rate), "--run-time", args.run_time,
               "--csv", str(out / label), "--only-summary", "--loglevel", "WARNING", "--stop-timeout", "10"]
    with open(out / f"{label}_locust.log", "wb") as log:
        subprocess.run(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, timeout=3600)
    return requests_log, writes_log


def summarise(requests_log: Path, since: float = 0.0, until: float = float("inf"), warmup: float = 0.0) -> dict:
    """p50/p95/max, rates and errors from the request log, for pages, API calls and all (log-ins left out, and
    the first `warmup` seconds, while users are still starting and logging in)."""
    rows = []
    if requests_log.exists():
        records = [json.loads(line) for line in requests_log.read_text().splitlines() if line.strip()]
        first = min((r["t"] for r in records), default=0.0)
        for record in records:
            if record["name"] not in NOT_COUNTED and since <= record["t"] < until and record["t"] >= first + warmup:
                rows.append(record)
    result: dict = {}
    for group, chosen in (("pages", [r for r in rows if r["name"] not in API]),
                          ("api", [r for r in rows if r["name"] in API]), ("all", rows)):
        times = [r["ms"] for r in chosen]
        span = (max(r["t"] for r in chosen) - min(r["t"] for r in chosen)) if len(chosen) > 1 else 0
        result[group] = {
            "requests": len(chosen), "rps": len(chosen) / span if span else 0.0,
            "p50_ms": statistics.median(times) if times else 0.0, "p95_ms": pct(times, 95), "p99_ms": pct(times, 99),
            "max_ms": max(times) if times else 0.0,
            "server_errors": sum(1 for r in chosen if r["status"] >= 500 or r["status"] == 0),
            "client_errors": sum(1 for r in chosen if 400 <= r["status"] < 500),
        }
    return result


def verify(target: Target, writes_log: Path) -> dict:
    """Confirmed writes against the database, and the audit chain."""
    done = subprocess.run([sys.executable, str(HERE / "check.py"), str(writes_log)], env=target.env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    result = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {"error": done.stderr[-500:]}
    audit = subprocess.run(_alliance("audit", "verify"), env=target.env, cwd=ROOT, capture_output=True, text=True,
                           timeout=600)
    result["audit_chain"] = "intact" if audit.returncode == 0 else (audit.stdout + audit.stderr)[-300:]
    return result


def drop(target: Target, keep: bool, out: Path | None = None) -> None:
    """Stop the target; its process logs are copied to `out` first; the data dir and database go unless kept."""
    target.stop_all()
    if out is not None:
        for log in target.folder.glob("*.log"):
            shutil.copy(log, out / f"{target.name.split(' ')[0]}_{log.name}")
    if target.database and not keep:
        asyncio.run(_pg(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    if not keep:
        shutil.rmtree(target.folder, ignore_errors=True)


def wait_for_jobs(target: Target, writes_log: Path, seconds: float = 60) -> None:
    """Give queued note drafts time to finish before counting them."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = subprocess.run([sys.executable, str(HERE / "check.py"), str(writes_log)], env=target.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        try:
            statuses = json.loads(done.stdout.strip().splitlines()[-1]).get("notes_by_status", {})
        except (ValueError, IndexError):
            return
        if not any(s in statuses for s in ("uploaded", "queued", "transcribing", "drafting")):
            return
        time.sleep(3)


def run_target(kind: str, args: argparse.Namespace, out: Path) -> dict:
    """Start one target, load it, check it, stop it."""
    folder = Path(tempfile.mkdtemp(prefix=f"alliance-load-{kind}-"))
    model_port = free_port()
    stub = start_model_stub(folder, model_port)
    target = None
    try:
        target = (start_embedded(folder, model_port) if kind == "embedded" else
                  start_stack(folder, model_port, web=args.web, workers=args.workers))
        started = time.time()
        mark: dict[str, float] = {}  # the server's CPU once the warm-up (log-ins) is over

        def after_warmup() -> None:
            mark.update(t=time.time(), cpu=server_cpu_seconds(target))

        timer = threading.Timer(args.warmup, after_warmup)
        timer.start()
        requests_log, writes_log = run_locust(target, args, out, kind)
        timer.cancel()
        load = os.getloadavg()
        if not mark:
            after_warmup()
        cpu, wall = server_cpu_seconds(target) - mark["cpu"], time.time() - mark["t"]
        wait_for_jobs(target, writes_log)
        result = {"target": target.name, "scenario": args.scenario, "users": args.users, "run_time": args.run_time,
                  "load_average_after": [round(v, 2) for v in load], "started": started,
                  "warmup_s": args.warmup, "figures": summarise(requests_log, warmup=args.warmup),
                  # The server's own CPU: on a shared machine, what it got decides the wall-clock figures.
                  "server_cpu_s": round(cpu, 1), "server_cpu_share": round(cpu / wall, 2),
                  "server_cpu_ms_per_request": round(cpu * 1000 / max(1, summarise(
                      requests_log, warmup=args.warmup)["all"]["requests"]), 1),
                  "checks": verify(target, writes_log)}
    finally:
        if target is not None:
            drop(target, args.keep, out)
        os.killpg(stub.pid, signal.SIGTERM)
        stub.wait(timeout=10)
    (out / f"{kind}_result.json").write_text(json.dumps(result, indent=2))
    return result


def print_side_by_side(results: list[dict]) -> None:
    print(f"scenario {results[0]['scenario']}, {results[0]['users']} users, {results[0]['run_time']} (the first "
          f"{results[0]['warmup_s']:.0f} s left out); "
          f"{os.cpu_count()} cores; load average after each run: "
          + "; ".join(f"{r['target']}: {r['load_average_after']}" for r in results))
    print("| figure | " + " | ".join(r["target"] for r in results) + " |")
    print("|---|" + "---|" * len(results))
    for group in ("pages", "api", "all"):
        for key, unit in (("requests", ""), ("rps", "/s"), ("p50_ms", " ms"), ("p95_ms", " ms"), ("p99_ms", " ms"),
                          ("max_ms", " ms"), ("server_errors", ""), ("client_errors", "")):
            cells = []
            for r in results:
                value = r["figures"][group][key]
                cells.append(f"{value:.1f}{unit}" if isinstance(value, float) else f"{value}{unit}")
            print(f"| {group}: {key} | " + " | ".join(cells) + " |")
    print("| server CPU ms per request (all its processes) | " + " | ".join(
        str(r["server_cpu_ms_per_request"]) for r in results) + " |")
    print("| server CPU used, cores (of 2) | " + " | ".join(str(r["server_cpu_share"]) for r in results) + " |")
    for kind in ("check_in", "message", "note"):
        print(f"| {kind}: confirmed / found | " + " | ".join(
            f"{r['checks'].get('writes', {}).get(kind, {}).get('confirmed', '?')} / "
            f"{r['checks'].get('writes', {}).get(kind, {}).get('found', '?')}" for r in results) + " |")
    print("| notes by status | " + " | ".join(json.dumps(r["checks"].get("notes_by_status", {})) for r in results)
          + " |")
    print("| audit chain | " + " | ".join(str(r["checks"].get("audit_chain")) for r in results) + " |")


def main(argv: list[str] | None = None) -> None:
    """Run the chosen targets one after the other and print them side by side."""
    args = build_parser().parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="alliance-load-out-"))
    out.mkdir(parents=True, exist_ok=True)
    kinds = ["embedded", "stack"] if args.target == "both" else [args.target]
    results = [run_target(kind, args, out) for kind in kinds]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_side_by_side(results)
        print(f"CSV files and request logs: {out}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
