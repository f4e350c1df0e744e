"""Security probe: the attacks of issue 11, repeated against a real `alliance serve`, each held or not.

Run: `.venv/bin/python benchmarks/security_probe.py [--keep]`. The script makes a temporary data dir, runs
`alliance db upgrade` and `alliance demo`, serves it on 127.0.0.1 (a free port, ALLIANCE_ENV=development, the
embedded job worker) and, once /readyz answers, runs six probes, printing one line each: `HELD` or `NOT HELD`,
the probe's name and what it measured. It exits 1 when any probe is not held, and always stops the servers it
started. Every probe is bounded in requests and time, and all traffic stays on loopback (some probes call from
other loopback addresses, 127.0.0.2 and up, so that their log-in attempts do not count against each other's
per-address limit; the forwarded-header probe calls from 127.0.0.1). `--keep` keeps the data dirs and logs.

1. oversize-bodies: 100 MB of JSON (declared Content-Length) to a JSON route and 1 GiB streamed (chunked, made
   as it is sent, stopped as soon as the server answers) to the audio upload route, unauthenticated. Held:
   both answered 401/413, the server's RSS (VmRSS) grows by < 20 MB, and no file over 1 MB appears (under the
   data dir or the system temp dir, or open in the server, where an unnamed temporary file would be).
2. enumeration: 10 wrong passwords for a real demo e-mail and 10 for an unknown one (each from its own
   address). Held: the two sequences of (status, JSON body) are identical.
3. forwarded-headers: 30 failed log-ins from 127.0.0.1, each with another X-Forwarded-For (and X-Real-IP,
   Forwarded) and another e-mail. Held: the per-address limit still applies (429 by attempt limit + 1).
4. admin-clinical-reads: the demo admin reads the demo client's safety plan, its history, the crisis response
   (JSON API) and the safety-plan page. Held: all 403/404, and the clinician's same read is 200 (the id is
   real).
5. audit-forgeries: with the server stopped, copies of the data dir are forged as someone with write access to
   the database would (the append-only triggers dropped and recreated): (a) the newest 5 events deleted and
   the head rewritten, (b) every event and the head deleted, (c) one row's detail edited and its hash and
   every later one recomputed with plain SHA-256, the head updated. Held: `alliance audit verify` exits 0 on
   an untouched copy, and 1 on each forged copy, naming truncated / wiped / recomputed/forged.
6. crash-during-job: on another copy, the demo draft note is left as a killed job leaves it (status
   `drafting`, last touched 5 minutes ago, nothing queued); a server is started on the copy and the note
   polled through the API. Held: within 150 s it is no longer `drafting` (queued again, or handed back with a
   reason). That server drafts with an OpenAI-compatible provider on a closed loopback port, so a re-run draft
   ends in seconds instead of minutes of CPU inference (and no model file is assembled in the data dir).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import select
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

ALLIANCE = str(Path(sys.executable).with_name("alliance"))
PASSWORD = "demo-password-2026"
ADMIN = "admin@riverside.example.org"
CLINICIAN = "clinician@riverside.example.org"
REAL_CLIENT_EMAIL = "marisol@riverside.example.org"
DEMO_CLIENT = "Marisol Quintanilla-Ward"
MB = 1024 * 1024
LOGIN_IP_LIMIT = 20  # ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE for the probe's servers (the shipped default)
# Source addresses on the loopback network, one per purpose (Linux routes all of 127.0.0.0/8 to lo).
SETUP_SOURCE, REAL_SOURCE, UNKNOWN_SOURCE, ADMIN_SOURCE = "127.0.0.9", "127.0.0.2", "127.0.0.3", "127.0.0.4"
RECOVERY_LIMIT_S = 150


def log(message: str) -> None:
    """Progress, on stderr (stdout carries only the six result lines)."""
    print(f"[probe] {message}", file=sys.stderr, flush=True)


# --- the server ---------------------------------------------------------------------------------------------

def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A clean environment for `alliance` on this data dir: no ALLIANCE_* from the caller's shell."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ALLIANCE_")}
    env.update(
        ALLIANCE_DATA_DIR=str(data_dir),
        ALLIANCE_ENV="development",
        ALLIANCE_LOGIN_IP_ATTEMPTS_PER_MINUTE=str(LOGIN_IP_LIMIT),
        COLUMNS="200",
    )
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`alliance ARGS...`, finished, output as text."""
    return subprocess.run([ALLIANCE, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          check=False, cwd=env["ALLIANCE_DATA_DIR"])


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """`alliance serve` on 127.0.0.1 in a subprocess (with its embedded job worker)."""

    data_dir: Path
    log_path: Path
    env: dict[str, str]
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 60) -> Server:
        self.port = free_port()
        with open(self.log_path, "ab") as out:
            self.process = subprocess.Popen(
                [ALLIANCE, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=out, stderr=subprocess.STDOUT, cwd=self.data_dir)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"alliance serve exited ({self.process.returncode}):\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"alliance serve not ready after {timeout}s:\n{self.log_tail()}")

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 15 s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path.exists() else ""

    def client(self, source: str = "127.0.0.1") -> httpx.Client:
        """An HTTP client whose connections come from this loopback address."""
        return httpx.Client(base_url=self.base_url, timeout=30,
                            transport=httpx.HTTPTransport(local_address=source))

    @contextlib.contextmanager
    def login(self, email: str, source: str) -> Iterator[httpx.Client]:
        """A client logged in through the JSON API (cookie session; the demo has MFA off), closed after."""
        with self.client(source) as client:
            response = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
            if response.status_code != 200 or response.json().get("mfa_required"):
                raise RuntimeError(f"log-in as {email} failed: {response.status_code} {response.text[:200]}")
            yield client


def rss_kb(pid: int) -> int:
    """The process's resident set (VmRSS), in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def open_large_files(pid: int, over: int = MB) -> dict[str, int]:
    """Regular files the process has open (named or already unlinked) that are bigger than `over` bytes."""
    found = {}
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return found
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            st = os.stat(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if st.st_size > over and (st.st_mode & 0o170000) == 0o100000:
            found[target] = st.st_size
    return found


class Sampler:
    """Samples the server's RSS and its large open files every 50 ms while an attack runs."""

    def __init__(self, pid: int, baseline_files: dict[str, int]) -> None:
        self.pid, self.baseline_files = pid, baseline_files
        self.peak_kb = rss_kb(pid)
        self.files: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        self.peak_kb = max(self.peak_kb, rss_kb(self.pid))
        for path, size in open_large_files(self.pid).items():
            if size > self.baseline_files.get(path, 0) + MB:
                self.files[path] = max(size, self.files.get(path, 0))

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            try:
                self._sample()
            except OSError:
                return

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        try:
            self._sample()
        except OSError:
            pass


def files_by_size(roots: list[Path], over: int = MB, max_depth: int = 6) -> dict[str, int]:
    """Every regular file over `over` bytes under the roots (bounded depth; unreadable folders skipped)."""
    found: dict[str, int] = {}
    for root in roots:
        base_depth = len(root.parts)
        for folder, dirs, names in os.walk(root, onerror=lambda _e: None):
            if len(Path(folder).parts) - base_depth >= max_depth:
                dirs[:] = []
            for name in names:
                path = os.path.join(folder, name)
                try:
                    st = os.lstat(path)
                except OSError:
                    continue
                if (st.st_mode & 0o170000) == 0o100000 and st.st_size > over:
                    found[path] = st.st_size
    return found


# --- raw HTTP, to send big bodies and stop when the server answers ------------------------------------------

@dataclass
class RawAnswer:
    status: int | None
    body: bytes
    sent: int
    seconds: float
    note: str = ""


def raw_request(port: int, head: bytes, body: Iterator[bytes], *, limit_s: float = 60) -> RawAnswer:
    """Send `head` then the body's pieces, reading between them; stop sending as soon as an answer arrives."""
    start = time.monotonic()
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.setblocking(False)
    pending, sent, received, note = head, 0, b"", ""
    exhausted = False
    try:
        while time.monotonic() - start < limit_s:
            readable, writable, _ = select.select([sock], [sock] if not exhausted else [], [], 1.0)
            if readable:
                break
            if writable:
                if not pending:
                    pending = next(body, b"")
                    if not pending:
                        exhausted = True
                        continue
                try:
                    n = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError) as exc:
                    note = f"send stopped: {type(exc).__name__}"
                    break
                sent += n
                pending = pending[n:]
        sock.setblocking(True)
        sock.settimeout(5)
        while True:  # the answer: headers and (Content-Length) body, or until the server closes
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError, OSError):
                break
            if not chunk:
                break
            received += chunk
            if b"\r\n\r\n" in received:
                header, _, rest = received.partition(b"\r\n\r\n")
                length = next((int(line.split(b":", 1)[1]) for line in header.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), None)
                if length is not None and len(rest) >= length:
                    break
    finally:
        sock.close()
    status = None
    if received.startswith(b"HTTP/"):
        status = int(received.split(b" ", 2)[1])
    body_sent = max(0, sent - len(head))
    return RawAnswer(status, received.partition(b"\r\n\r\n")[2], body_sent, time.monotonic() - start, note)


def json_body(size: int, piece: int = 256 * 1024) -> Iterator[bytes]:
    """Exactly `size` bytes of one valid JSON object, made as it is sent."""
    opening, closing = b'{"full_name": "', b'"}'
    yield opening
    left = size - len(opening) - len(closing)
    block = b"a" * piece
    while left > 0:
        yield block[: min(piece, left)]
        left -= piece
    yield closing


def chunked_audio(size: int, boundary: str, piece: int = 256 * 1024) -> Iterator[bytes]:
    """A multipart form with a `size`-byte "audio" file, in HTTP/1.1 chunked framing, made as it is sent."""
    def frame(data: bytes) -> bytes:
        return f"{len(data):x}\r\n".encode() + data + b"\r\n"

    yield frame(f'--{boundary}\r\nContent-Disposition: form-data; name="source"\r\n\r\nupload\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="session.wav"\r\n'
                f"Content-Type: audio/wav\r\n\r\n".encode())
    block = b"RIFF" + b"\x00" * (piece - 4)
    left = size
    while left > 0:
        yield frame(block[: min(piece, left)])
        left -= piece
    yield frame(f"\r\n--{boundary}--\r\n".encode())
    yield b"0\r\n\r\n"


# --- results ------------------------------------------------------------------------------------------------

@dataclass
class Result:
    name: str
    held: bool
    figure: str

    def line(self) -> str:
        return f"{'HELD' if self.held else 'NOT HELD':8}  {self.name:20}  {self.figure}"


@dataclass
class Context:
    tmp: Path
    data_dir: Path
    client_id: str = ""
    note_id: str = ""
    servers: list[Server] = field(default_factory=list)


# --- 1. oversize unauthenticated bodies ---------------------------------------------------------------------

def probe_oversize(ctx: Context, server: Server) -> Result:
    roots = [ctx.data_dir, Path(tempfile.gettempdir())]
    host = f"Host: 127.0.0.1:{server.port}\r\n"

    def json_attack(size: int) -> RawAnswer:
        head = (f"POST /api/v1/clients HTTP/1.1\r\n{host}"
                f"Content-Type: application/json\r\nContent-Length: {size}\r\n\r\n").encode()
        return raw_request(server.port, head, json_body(size))

    def audio_attack(size: int) -> RawAnswer:
        boundary = uuid.uuid4().hex
        head = (f"POST /api/v1/clients/{ctx.client_id}/notes/audio HTTP/1.1\r\n{host}"
                f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
                "Transfer-Encoding: chunked\r\n\r\n").encode()
        return raw_request(server.port, head, chunked_audio(size, boundary))

    json_attack(2 * MB), audio_attack(2 * MB)  # warm-up: the refusal paths loaded before the baseline
    time.sleep(0.5)
    files_before, open_before = files_by_size(roots), open_large_files(server.pid)
    parts, growths, statuses, open_files = [], [], [], {}
    attacks = (("json 100 MB", json_attack, 100 * MB), ("audio 1 GiB chunked", audio_attack, 1024 * MB))
    for label, attack, size in attacks:
        baseline = rss_kb(server.pid)
        with Sampler(server.pid, open_before) as sampler:
            answer = attack(size)
            time.sleep(0.3)  # whatever the server does after answering
        growth = (sampler.peak_kb - baseline) / 1024
        growths.append(growth)
        statuses.append(answer.status)
        open_files.update(sampler.files)
        parts.append(f"{label}: {answer.status} after {answer.sent / MB:.1f} MB sent "
                     f"({answer.seconds * 1000:.0f} ms), RSS +{growth:.1f} MB")
    new_files = {path: size for path, size in files_by_size(roots).items()
                 if size > files_before.get(path, 0) + MB}
    new_files.update(open_files)
    held = all(s in (401, 413) for s in statuses) and max(growths) < 20 and not new_files
    parts.append(f"new files >1 MB: {len(new_files)}" + (f" {sorted(new_files)[:3]}" if new_files else ""))
    return Result("oversize-bodies", held, "; ".join(parts))


# --- 2. enumeration -----------------------------------------------------------------------------------------

def probe_enumeration(ctx: Context, server: Server) -> Result:
    unknown = f"nobody-{uuid.uuid4().hex[:8]}@riverside.example.org"

    def answers(email: str, source: str) -> list[tuple[int, object]]:
        with server.client(source) as client:
            out = []
            for i in range(10):
                wrong = {"email": email, "password": f"wrong-password-{i:02d}!"}
                r = client.post("/api/v1/auth/login", json=wrong)
                try:
                    body: object = r.json()
                except ValueError:
                    body = r.text
                out.append((r.status_code, body))
            return out

    real, fake = answers(REAL_CLIENT_EMAIL, REAL_SOURCE), answers(unknown, UNKNOWN_SOURCE)
    differ = [i + 1 for i, (a, b) in enumerate(zip(real, fake)) if a != b]

    def summary(seq: list[tuple[int, object]]) -> str:
        runs: list[list] = []
        for status, _ in seq:
            if runs and runs[-1][0] == status:
                runs[-1][1] += 1
            else:
                runs.append([status, 1])
        return " ".join(f"{n}x{status}" for status, n in runs)

    figure = f"real {summary(real)} | unknown {summary(fake)}"
    figure += "; identical (status, body)" if not differ else f"; differ at attempts {differ}"
    return Result("enumeration", not differ, figure)


# --- 3. forwarded headers -----------------------------------------------------------------------------------

def probe_forwarded(ctx: Context, server: Server) -> Result:
    statuses = []
    with server.client("127.0.0.1") as client:
        for i in range(30):
            forged = f"203.0.113.{i + 1}"
            email = f"probe-{i}-{uuid.uuid4().hex[:6]}@example.org"
            attempt = {"email": email, "password": "wrong-pass-1234"}
            headers = {"X-Forwarded-For": forged, "X-Real-IP": forged, "Forwarded": f"for={forged}"}
            r = client.post("/api/v1/auth/login", json=attempt, headers=headers)
            statuses.append(r.status_code)
    first = next((i + 1 for i, s in enumerate(statuses) if s == 429), None)
    held = first is not None and first <= LOGIN_IP_LIMIT + 1
    figure = (f"first 429 at attempt {first} of 30 (limit {LOGIN_IP_LIMIT}/min), {statuses.count(429)} "
              "refused" if first else f"no 429 in 30 attempts: {sorted(set(statuses))}")
    return Result("forwarded-headers", held, figure)


# --- 4. admin reads of clinical content ---------------------------------------------------------------------

def probe_admin_reads(ctx: Context, server: Server) -> Result:
    cid = ctx.client_id
    reads = [f"/api/v1/clients/{cid}/safety-plan", f"/api/v1/clients/{cid}/safety-plan/history",
             f"/api/v1/clients/{cid}/crisis-response", f"/clients/{cid}/safety-plan"]
    with server.login(ADMIN, ADMIN_SOURCE) as admin:
        listed = admin.get("/api/v1/clients")
        if listed.status_code != 200 or cid not in listed.text:
            return Result("admin-clinical-reads", False,
                          f"the admin cannot list the demo client ({listed.status_code})")
        statuses = [admin.get(path, headers={"accept": "text/html"} if not path.startswith("/api/") else {},
                              follow_redirects=False).status_code for path in reads]
    with server.login(CLINICIAN, SETUP_SOURCE) as clinician:
        control = clinician.get(reads[0]).status_code
    held = all(s in (403, 404) for s in statuses) and control == 200
    figure = (f"admin: safety-plan {statuses[0]}, history {statuses[1]}, crisis-response {statuses[2]}, "
              f"page {statuses[3]}; clinician's safety-plan {control}")
    return Result("admin-clinical-reads", held, figure)


# --- 5. audit forgeries -------------------------------------------------------------------------------------

ENTRY_FIELDS = ("seq", "id", "at", "actor_id", "actor_role", "practice_id", "client_id", "action",
                "resource_type", "resource_id", "outcome", "detail", "prev_hash", "hash_alg", "practice_seq")


def _uuid(value: object) -> str | None:
    return str(uuid.UUID(str(value))) if value else None


def plain_sha256(row: dict) -> str:
    """What someone without the key recomputes: SHA-256 of the row's canonical body (as security/audit.py)."""
    at = datetime.fromisoformat(str(row["at"])).replace(tzinfo=timezone.utc)
    body = {
        "seq": row["seq"], "id": _uuid(row["id"]), "at": at.isoformat(timespec="microseconds"),
        "actor_id": _uuid(row["actor_id"]), "actor_role": row["actor_role"],
        "practice_id": _uuid(row["practice_id"]),
        "client_id": _uuid(row["client_id"]), "action": row["action"], "resource_type": row["resource_type"],
        "resource_id": row["resource_id"], "outcome": row["outcome"], "detail": row["detail"],
        "prev_hash": row["prev_hash"], "hash_alg": row["hash_alg"], "practice_seq": row["practice_seq"],
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def forge(database: Path, change: Callable[[sqlite3.Connection], str]) -> str:
    """Open the copy's database as an attacker would: drop the append-only triggers, change, put them back."""
    db = sqlite3.connect(database, isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND tbl_name = 'audit_events'").fetchall()
        db.execute("BEGIN IMMEDIATE")
        for trigger in triggers:
            db.execute(f'DROP TRIGGER "{trigger["name"]}"')
        what = change(db)
        for trigger in triggers:
            db.execute(trigger["sql"])
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return what


def truncate_newest(db: sqlite3.Connection, n: int = 5) -> str:
    last = db.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    db.execute("DELETE FROM audit_events WHERE seq > ?", (last - n,))
    head = db.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    db.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1",
               (head["seq"], head["hash"]))
    return f"deleted {last - n + 1}..{last}"


def wipe(db: sqlite3.Connection) -> str:
    count = db.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    db.execute("DELETE FROM audit_events")
    db.execute("DELETE FROM audit_anchor")
    return f"deleted {count} events and the head"


def recompute(db: sqlite3.Connection) -> str:
    last = db.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    target = max(1, last // 2)
    rows = [dict(r) for r in db.execute(f"SELECT {', '.join(ENTRY_FIELDS)}, hash FROM audit_events "
                                         "WHERE seq >= ? ORDER BY seq", (target,))]
    prev = rows[0]["prev_hash"]
    rows[0]["detail"] = "reason=routine review"
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = plain_sha256(row)
        db.execute("UPDATE audit_events SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                   (row["detail"], row["prev_hash"], row["hash"], row["seq"]))
    db.execute("UPDATE audit_anchor SET last_seq = ?, last_hash = ? WHERE id = 1", (rows[-1]["seq"], prev))
    return f"edited {target}, recomputed {len(rows)}"


def verify_copy(ctx: Context, name: str) -> tuple[int, str]:
    env = server_env(ctx.tmp / name)
    result = run_cli("audit", "verify", env=env)
    return result.returncode, " ".join((result.stdout + result.stderr).split())


def checkpointed_seq(data_dir: Path) -> int:
    """The highest entry number a checkpoint line vouches for (MACs not checked: for the report only)."""
    path, best = data_dir / "keys" / "audit-checkpoints.jsonl", 0
    for line in path.read_text().splitlines() if path.exists() else ():
        try:
            best = max(best, int(json.loads(line)["seq"]))
        except (ValueError, KeyError, TypeError):
            continue
    return best


def probe_audit(ctx: Context) -> Result:
    database = Path("alliance.db")
    with contextlib.closing(sqlite3.connect(ctx.data_dir / database)) as db:
        entries = db.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    # "truncate-checkpointed" is (a) after `alliance audit verify` (the nightly job) checkpointed the head: it
    # tells a gap in the checkpoints from a gap in the check.
    copies = {"control": None, "truncate": ("truncated", truncate_newest), "wipe": ("wiped", wipe),
              "recompute": ("recomputed/forged", recompute),
              "truncate-checkpointed": ("truncated", truncate_newest)}
    parts, held = [], True
    for name, spec in copies.items():
        target = ctx.tmp / name
        shutil.copytree(ctx.data_dir, target)
        if name == "truncate-checkpointed" and verify_copy(ctx, name)[0] != 0:
            parts.append(f"{name}: the untouched copy does not verify")
            held = False
            continue
        what = forge(target / database, spec[1]) if spec else "untouched"
        code, text = verify_copy(ctx, name)
        if spec is None:
            ok = code == 0
            parts.append(f"control exit {code} ({entries} entries, newest checkpoint at "
                         f"{checkpointed_seq(ctx.data_dir)})")
        else:
            ok = code == 1 and spec[0] in text
            parts.append(f"{name} ({what}): exit {code} '{spec[0]}'"
                         + ("" if ok else f", not named: {text.split('. ')[0][:100]}"))
        held = held and ok
    return Result("audit-forgeries", held, "; ".join(parts))


# --- 6. crash during a job ----------------------------------------------------------------------------------

def probe_crash(ctx: Context) -> Result:
    target = ctx.tmp / "crash"
    shutil.copytree(ctx.data_dir, target)
    stamp = (datetime.now(timezone.utc) - timedelta(minutes=5)).replace(tzinfo=None)
    db = sqlite3.connect(target / "alliance.db", isolation_level=None)
    try:
        changed = db.execute(
            "UPDATE notes SET status = 'drafting', progress = 40, progress_stage = 'drafting: sections', "
            "status_reason = NULL, updated_at = ? WHERE id = ?",
            (stamp.isoformat(sep=" ", timespec="microseconds"), uuid.UUID(ctx.note_id).hex)).rowcount
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    if changed != 1:
        return Result("crash-during-job", False, f"could not set the demo note busy ({changed} rows)")
    closed = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    offline = json.dumps([{"name": "probe-offline", "kind": "openai", "base_url": closed, "model": "none",
                           "privacy": "local", "max_retries": 0, "timeout": 5}])
    env = server_env(target, ALLIANCE_LLM_PROVIDERS=offline, ALLIANCE_LLM_PROVIDER="probe-offline")
    server = Server(target, ctx.tmp / "server-crash.log", env)
    ctx.servers.append(server)
    started = time.monotonic()
    server.start()
    log(f"server on the crashed copy ready after {time.monotonic() - started:.1f} s; polling the note")
    seen: list[str] = []  # (status progress% stage) as it changes
    with server.login(CLINICIAN, SETUP_SOURCE) as clinician:
        while time.monotonic() - started < RECOVERY_LIMIT_S:
            note = clinician.get(f"/api/v1/notes/{ctx.note_id}")
            if note.status_code != 200:
                return Result("crash-during-job", False, f"the note answers {note.status_code}")
            body = note.json()
            state = body["status"]
            shown = f"{state} {body.get('progress')}% '{body.get('progress_stage')}'"
            if not seen or seen[-1] != shown:
                seen.append(shown)
            if state != "drafting":
                elapsed = time.monotonic() - started
                why = body.get("status_reason") or ""
                return Result("crash-during-job", True,
                              f"no longer 'drafting' {elapsed:.0f} s after the start: {' -> '.join(seen)}"
                              + (f"; reason: {why[:90]}" if why else ""))
            time.sleep(0.5)
    server.stop()
    return Result("crash-during-job", False, f"still 'drafting' after {RECOVERY_LIMIT_S} s")


# --- main ---------------------------------------------------------------------------------------------------

def find_demo(ctx: Context, server: Server) -> None:
    """The demo client's id and the id of its unsigned draft note (as the clinician sees them)."""
    with server.login(CLINICIAN, SETUP_SOURCE) as clinician:
        clients = clinician.get("/api/v1/clients").json()
        ctx.client_id = next(c["id"] for c in clients if c["full_name"] == DEMO_CLIENT)
        notes = clinician.get(f"/api/v1/clients/{ctx.client_id}/notes").json()
        ctx.note_id = next(n["id"] for n in notes if n["status"] == "draft")


def guarded(name: str, fn: Callable[[], Result]) -> Result:
    started = time.monotonic()
    try:
        result = fn()
    except Exception as exc:  # noqa: BLE001 - a probe that cannot run is reported, not held
        result = Result(name, False, f"probe error: {type(exc).__name__}: {str(exc)[:200]}")
    log(f"{name} done in {time.monotonic() - started:.1f} s")
    print(result.line(), flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dirs and server logs")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        print("the probe reads /proc and calls from 127.0.0.x addresses: Linux only", file=sys.stderr)
        return 2
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="alliance-probe-"))
    ctx = Context(tmp=tmp, data_dir=tmp / "data")
    results: list[Result] = []
    try:
        ctx.data_dir.mkdir()
        env = server_env(ctx.data_dir)
        for step in (("db", "upgrade"), ("demo",)):
            done = run_cli(*step, env=env)
            if done.returncode != 0:
                raise RuntimeError(f"alliance {' '.join(step)} failed:\n{done.stdout}\n{done.stderr}")
        log(f"demo seeded in {tmp} ({time.monotonic() - started:.1f} s)")
        server = Server(ctx.data_dir, tmp / "server.log", env)
        ctx.servers.append(server)
        server.start()
        log(f"serving on {server.base_url}, pid {server.pid}")
        find_demo(ctx, server)
        results.append(guarded("oversize-bodies", lambda: probe_oversize(ctx, server)))
        results.append(guarded("enumeration", lambda: probe_enumeration(ctx, server)))
        results.append(guarded("forwarded-headers", lambda: probe_forwarded(ctx, server)))
        results.append(guarded("admin-clinical-reads", lambda: probe_admin_reads(ctx, server)))
        server.stop()
        results.append(guarded("audit-forgeries", lambda: probe_audit(ctx)))
        results.append(guarded("crash-during-job", lambda: probe_crash(ctx)))
    finally:
        for server in ctx.servers:
            server.stop()
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    held = sum(r.held for r in results)
    log(f"{held} of {len(results)} held in {time.monotonic() - started:.0f} s")
    return 0 if results and held == len(results) == 6 else 1


if __name__ == "__main__":
    sys.exit(main())
