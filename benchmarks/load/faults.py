"""Faults during load on the multi-process stack (PostgreSQL, Redis, web processes, workers, a model server).

Starts the stack as `run.py` does (a fresh database, a Redis server of its own with an append-only file, the
stand-in model server), runs the load mix with locust for the whole schedule and, at set times:

1. kill -9 one web process (uvicorn's supervisor starts another),
2. kill -9 one `alliance worker` process (the stack starts it again; its jobs are retried by the others),
3. kill -9 the model server, and start it again 15 s later,
4. restart Redis (SIGTERM, as a service restart does, then start it again with its append-only file),
5. make the model server answer in 20 s instead of at once, for 25 s.

During the model faults a client writes a crisis message: the answer (with the crisis lines) must come as fast as
ever, because the crisis screen never waits for a model. Afterwards: errors and latency per window against the
quiet window before the first fault, every write the server confirmed looked up, the notes' drafts by status, and
the audit chain verified.

    .venv/bin/python benchmarks/load/faults.py [--users 60] [--out var/faults] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run as load  # noqa: E402  (benchmarks/load/run.py)

CRISIS_TEXT = "I can't go on, I want to end my life tonight."
CLIENT = "marisol@riverside.example.org"
PASSWORD = "demo-password-2026"
# (seconds after the load started, name, seconds the window after it is watched)
SCHEDULE = [(55, "kill -9 a web process", 15), (80, "kill -9 a worker", 15), (105, "kill -9 the model server", 20),
            (135, "restart Redis", 15), (160, "slow model server (20 s a call)", 25)]
QUIET = (35, 55)  # the reference window: every user started and logged in, no fault yet
TOTAL = 195


def _processes_of(root: int) -> list[tuple[int, int, str]]:
    """(pid, parent pid, command line) of a process this script started and of everything below it."""
    table = load.process_table()
    return [(pid, table[pid][0], table[pid][2]) for pid in load.descendants({root}, table)]


def web_process(target: load.Target) -> int | None:
    """A uvicorn worker process of the stack (a child started by multiprocessing)."""
    group = target.processes.get("stack") or target.processes.get("web")
    candidates = [pid for pid, _ppid, cmd in _processes_of(group.pid) if "spawn_main" in cmd]
    return candidates[0] if candidates else None


def worker_process(target: load.Target) -> int | None:
    """An `alliance worker` process of the stack."""
    group = target.processes.get("stack") or target.processes.get("worker1")
    candidates = [pid for pid, _ppid, cmd in _processes_of(group.pid) if " worker" in cmd and "while" not in cmd
                  and "alliance" in cmd]
    return candidates[0] if candidates else None


def crisis_probe(url: str) -> dict:
    """A client writes a crisis message; how long the answer took and whether it carried the crisis response."""
    with httpx.Client(base_url=url, timeout=30) as http:
        http.post("/api/v1/auth/login", json={"email": CLIENT, "password": PASSWORD}).raise_for_status()
        page = http.get("/portal").text
        token = page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
        start = time.perf_counter()
        response = http.post("/api/v1/portal/messages", json={"text": CRISIS_TEXT}, headers={"X-CSRF-Token": token})
        ms = (time.perf_counter() - start) * 1000
    crisis = response.json().get("crisis") if response.status_code == 201 else None
    return {"status": response.status_code, "ms": round(ms, 1), "crisis_response": bool(crisis)}


def main(argv: list[str] | None = None) -> None:
    """Run the schedule and print what each fault did."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=60)
    parser.add_argument("--web", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="alliance-faults-out-"))
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="alliance-faults-"))
    model_port = load.free_port()
    stub = {"process": load.start_model_stub(folder, model_port)}
    target = load.start_stack(folder, model_port, web=args.web, workers=args.workers)
    events: list[dict] = []
    probes: list[dict] = []
    try:
        locust_args = argparse.Namespace(scenario="mix", users=args.users, spawn_rate=5.0, run_time=f"{TOTAL}s")
        runner = threading.Thread(target=load.run_locust, args=(target, locust_args, out, "faults"))
        started = time.time()
        runner.start()

        def at(second: float) -> None:
            time.sleep(max(0.0, started + second - time.time()))

        for second, name, _window in SCHEDULE:
            at(second)
            detail = ""
            if name.startswith("kill -9 a web"):
                pid = web_process(target)
                if pid:
                    os.kill(pid, signal.SIGKILL)  # a process of the stack this script started
                detail = f"pid {pid}"
            elif name.startswith("kill -9 a worker"):
                pid = worker_process(target)
                if pid:
                    os.kill(pid, signal.SIGKILL)
                detail = f"pid {pid}"
            elif name.startswith("kill -9 the model"):
                os.killpg(stub["process"].pid, signal.SIGKILL)
                time.sleep(3)
                probes.append({"during": "model server down", **crisis_probe(target.url)})
                time.sleep(12)
                stub["process"] = load.start_model_stub(folder, model_port)
                detail = "started again after 15 s"
            elif name == "restart Redis":
                target.stop("redis")  # SIGTERM: Redis writes its append-only file and exits
                time.sleep(3)
                load.start_redis(target)
                detail = "down about 3 s"
            elif name.startswith("slow model"):
                httpx.post(f"http://127.0.0.1:{model_port}/control/delay", content=b"20", timeout=5)
                time.sleep(3)
                probes.append({"during": "model server slow", **crisis_probe(target.url)})
                time.sleep(22)
                httpx.post(f"http://127.0.0.1:{model_port}/control/delay", content=b"0", timeout=5)
                detail = "20 s a call for 25 s"
            events.append({"at_s": second, "fault": name, "detail": detail})
        runner.join()
        requests_log, writes_log = out / "faults_requests.jsonl", out / "faults_writes.jsonl"
        load.wait_for_jobs(target, writes_log, seconds=90)
        first = min((json.loads(line)["t"] for line in requests_log.read_text().splitlines()), default=started)
        windows = {"quiet (no fault)": load.summarise(requests_log, first + QUIET[0], first + QUIET[1])}
        for second, name, window in SCHEDULE:
            windows[name] = load.summarise(requests_log, first + second, first + second + window)
        result = {"users": args.users, "web": args.web, "workers": args.workers, "schedule": events,
                  "crisis_probes": probes, "windows": windows, "whole_run": load.summarise(requests_log),
                  "checks": load.verify(target, writes_log), "load_average_after": os.getloadavg()}
    finally:
        load.drop(target, keep=False, out=out)
        try:
            os.killpg(stub["process"].pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    (out / "faults_result.json").write_text(json.dumps(result, indent=2))
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.users} users (mix), {args.web} web processes, {args.workers} workers; load average after "
          f"{[round(v, 1) for v in result['load_average_after']]}")
    print("| window | requests | p50 ms | p95 ms | max ms | server errors | client errors |")
    print("|---|---|---|---|---|---|---|")
    for name, figures in windows.items():
        f = figures["all"]
        print(f"| {name} | {f['requests']} | {f['p50_ms']:.0f} | {f['p95_ms']:.0f} | {f['max_ms']:.0f} | "
              f"{f['server_errors']} | {f['client_errors']} |")
    for probe in probes:
        print(f"crisis message while {probe['during']}: {probe['status']} in {probe['ms']:.0f} ms, crisis response "
              f"{'shown' if probe['crisis_response'] else 'MISSING'}")
    checks = result["checks"]
    print("confirmed writes found: " + ", ".join(f"{k} {v['found']}/{v['confirmed']}"
                                                 for k, v in checks.get("writes", {}).items()))
    print(f"notes by status: {checks.get('notes_by_status')}; audit chain: {checks.get('audit_chain')}")
    print(f"request log and CSV: {out}")


if __name__ == "__main__":
    main()
