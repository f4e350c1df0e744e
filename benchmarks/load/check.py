"""After a load run: did every write the server confirmed survive, and where did the queued note drafts end up?

Run with the target's environment (run.py does): reads the JSON lines of confirmed writes and prints one JSON
object: per kind, how many were confirmed and how many exist; the notes by status.

    ALLIANCE_DATABASE_URL=... .venv/bin/python benchmarks/load/check.py WRITES.jsonl
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from collections import Counter
from pathlib import Path


async def check(writes: Path) -> dict:
    """Confirmed against found, per kind; notes by status."""
    from sqlalchemy import func, select

    import alliance.db.models  # noqa: F401
    from alliance.db.session import dispose_engines, session_scope
    from alliance.homework.models import MoodCheckIn
    from alliance.messaging.models import Message
    from alliance.notes.models import Note

    tables = {"check_in": MoodCheckIn, "message": Message, "note": Note}
    confirmed: dict[str, set[uuid.UUID]] = {kind: set() for kind in tables}
    if writes.exists():
        for line in writes.read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                confirmed.setdefault(record["kind"], set()).add(uuid.UUID(record["id"]))
    result: dict = {"writes": {}}
    try:
        async with session_scope() as session:
            for kind, model in tables.items():
                ids = sorted(confirmed.get(kind, set()))
                found = 0
                for start in range(0, len(ids), 500):
                    found += await session.scalar(select(func.count()).select_from(model).where(
                        model.id.in_(ids[start:start + 500]))) or 0
                result["writes"][kind] = {"confirmed": len(ids), "found": found, "lost": len(ids) - found}
            note_ids = sorted(confirmed.get("note", set()))
            statuses: Counter[str] = Counter()
            for start in range(0, len(note_ids), 500):
                rows = await session.execute(select(Note.status, func.count()).where(
                    Note.id.in_(note_ids[start:start + 500])).group_by(Note.status))
                statuses.update({status: count for status, count in rows})
            result["notes_by_status"] = dict(statuses)
    finally:
        await dispose_engines()
    return result


if __name__ == "__main__":
    print(json.dumps(asyncio.run(check(Path(sys.argv[1])))))
