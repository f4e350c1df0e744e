"""A practice's audit view shows nothing of other practices (issue 11, finding 7): not the ids of their clients
that someone tried to reach, and not how busy they are (entries are numbered per practice)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from alliance.accounts.models import Role
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.models import AuditEvent
from tests.support.factories import make_client, make_practice, make_user, token_headers

HTML = {"accept": "text/html"}


async def test_a_denied_attempt_on_another_practices_client_does_not_show_its_id(session, http):
    victim_practice, own = await make_practice(session), await make_practice(session)
    victim_id, own_id = (await make_client(session, victim_practice)).id, own.id
    attacker = await make_user(session, own, Role.admin)
    headers = await token_headers(session, attacker)
    for target in (victim_id, uuid.uuid4()):
        assert (await http.get(f"/api/v1/clients/{target}", headers=headers)).status_code == 404

    view = await http.get("/api/v1/audit", params={"action": "client.profile.read"}, headers=headers)
    assert view.status_code == 200
    denials = [e for e in view.json() if e["outcome"] == "denied"]
    # A real id of another practice and an invented one leave the same trace: no client at all.
    assert len(denials) == 2 and all(e["client_id"] is None for e in denials)
    assert str(victim_id) not in view.text
    assert str(victim_id) not in (await http.get("/admin/audit", headers={**headers, **HTML})).text
    assert (await http.get("/api/v1/audit", params={"client_id": str(victim_id)}, headers=headers)).json() == []
    rows = (await session.execute(select(AuditEvent).where(AuditEvent.client_id == victim_id,
                                                           AuditEvent.practice_id == own_id))).scalars().all()
    assert rows == []


async def test_entries_are_numbered_per_practice(session, http):
    busy, quiet = await make_practice(session), await make_practice(session)
    quiet_id = quiet.id
    for i in range(7):
        await audit.record(session, Actor.system(busy.id), f"busy.{i}")
    admin = await make_user(session, quiet, Role.admin)
    headers = await token_headers(session, admin)
    await audit.record(session, Actor.system(quiet.id), "quiet.one")
    await audit.record(session, Actor.system(busy.id), "busy.last")

    listed = (await http.get("/api/v1/audit", headers=headers)).json()
    numbers = [e["seq"] for e in listed]
    own = (await session.execute(select(AuditEvent.seq).where(AuditEvent.practice_id == quiet_id))).scalars().all()
    assert numbers == list(range(len(own), 0, -1))  # 1, 2, 3 ... of this practice, newest first
    older = (await http.get("/api/v1/audit", params={"before_seq": numbers[0]}, headers=headers)).json()
    assert [e["seq"] for e in older] == numbers[1:]

    check = (await http.get("/api/v1/audit/verify", headers=headers)).json()
    own_now = (await session.execute(select(AuditEvent.seq).where(AuditEvent.practice_id == quiet_id))).all()
    assert check["ok"] and check["checked"] == len(own_now)  # its own entries, not the platform's
    page = await http.get("/admin/audit", headers={**headers, **HTML})
    assert '<td data-label="#">1</td>' in page.text and 'before_seq=1"' in page.text
