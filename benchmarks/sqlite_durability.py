"""Benchmark: SQLite commits per second with synchronous=NORMAL (the baseline) and FULL, in WAL mode.

Each transaction writes one row of about 1 KB and commits, as a request that saves a note and its audit event
does. NORMAL survives a process crash but can lose the last commits on power loss; FULL syncs the WAL on every
commit. Run: `.venv/bin/python benchmarks/sqlite_durability.py [--commits 2000] [--dir DIR]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def _run(path: Path, synchronous: str, commits: int) -> dict[str, float]:
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    body = os.urandom(1024)
    times = []
    for _ in range(commits):
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (body) VALUES (?)", (body,))
        db.execute("COMMIT")
        times.append(time.perf_counter() - start)
    db.close()
    times.sort()
    return {"commits_per_s": commits / sum(times), "median_ms": statistics.median(times) * 1000,
            "p99_ms": times[int(len(times) * 0.99) - 1] * 1000}


def main() -> None:
    """Measure both settings in the same run and print the ratio of FULL to NORMAL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=None, help="where the test database goes (the data disk)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="alliance-durability-"))
    normal = _run(folder / "normal.db", "NORMAL", args.commits)
    full = _run(folder / "full.db", "FULL", args.commits)
    ratio = {"commits_per_s": full["commits_per_s"] / normal["commits_per_s"],
             "median_ms": full["median_ms"] / normal["median_ms"], "p99_ms": full["p99_ms"] / normal["p99_ms"]}
    print(f"{'setting':8} {'commits/s':>10} {'median ms':>10} {'p99 ms':>8}")
    for name, r in (("NORMAL", normal), ("FULL", full)):
        print(f"{name:8} {r['commits_per_s']:10.0f} {r['median_ms']:10.3f} {r['p99_ms']:8.3f}")
    print(f"{'FULL/NORMAL':8} {ratio['commits_per_s']:10.3f} {ratio['median_ms']:10.3f} {ratio['p99_ms']:8.3f}")
    print(json.dumps({"normal": normal, "full": full, "full_vs_normal": ratio}))


if __name__ == "__main__":
    main()
