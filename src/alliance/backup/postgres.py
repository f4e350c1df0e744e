"""PostgreSQL backups with its own tools: `pg_dump -Fc` from an exported snapshot, `pg_restore` into a database."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from pathlib import Path

from sqlalchemy.engine import make_url

from alliance.backup.errors import BackupError


def libpq(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection URL without the password, and the environment that carries it (never argv)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


async def _run(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(*args, env=env, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.PIPE)
    out, err = await process.communicate()
    return process.returncode or 0, out.decode(errors="replace"), err.decode(errors="replace")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed: install the PostgreSQL client tools of the server's version "
                          "(Debian: postgresql-client)")
    return path


async def tool_version(name: str) -> tuple[str, int]:
    """The tool's path and major version (`pg_dump (PostgreSQL) 15.20` -> 15)."""
    path = _tool(name)
    code, out, err = await _run(path, "--version", env=dict(os.environ))
    found = re.search(r"\)\s*(\d+)", out)
    if code != 0 or not found:
        raise BackupError(f"could not read the version of {path}: {(out + err).strip()[:200]}")
    return path, int(found.group(1))


async def check_tool(name: str, server_version_num: int) -> tuple[str, str]:
    """Refuse a tool older than the server (pg_dump cannot read a newer server's catalogue)."""
    path, major = await tool_version(name)
    server_major = server_version_num // 10000
    if major < server_major:
        raise BackupError(f"{name} {major} is older than the PostgreSQL {server_major} server: install "
                          f"postgresql-client-{server_major} (or put its {name} first on PATH)")
    return path, f"{name} {major}"


async def dump(url: str, target: Path, *, snapshot: str | None, tool: str) -> None:
    """`pg_dump -Fc` into an owner-only file, reading the exported snapshot when given."""
    conninfo, env = libpq(url)
    args = [tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"]
    if snapshot:
        args.append(f"--snapshot={snapshot}")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    code, _out, err = await _run(*args, f"--dbname={conninfo}", env=env)
    if code != 0:
        raise BackupError(f"pg_dump failed: {err.strip()[-800:]}")
    os.chmod(target, 0o600)


async def restore(url: str, source: Path, *, tool: str) -> None:
    """`pg_restore` into an empty database, in one transaction (all or nothing)."""
    conninfo, env = libpq(url)
    code, _out, err = await _run(tool, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                                 f"--dbname={conninfo}", str(source), env=env)
    if code != 0:
        raise BackupError(f"pg_restore failed (nothing was restored): {err.strip()[-800:]}")
