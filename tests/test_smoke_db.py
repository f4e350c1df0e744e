"""The schema builds from the migrations on every backend, and a client round-trips encrypted."""

from sqlalchemy import text

from tests.support.factories import make_client, make_practice


async def test_client_round_trips_and_is_encrypted_at_rest(session):
    practice = await make_practice(session)
    client = await make_client(session, practice, given_name="Zebulon", family_name="Quarrington")
    await session.flush()
    raw = (await session.execute(text("SELECT given_name_ct, family_name_ct FROM clients WHERE id = :id"),
                                 {"id": client.id.hex if session.bind.dialect.name == "sqlite" else client.id})).one()
    assert b"Zebulon" not in raw[0] and b"Quarrington" not in raw[1]
    session.expunge_all()
    from alliance.clients.models import Client

    again = await session.get(Client, client.id)
    assert again.given_name == "Zebulon"
    assert again.family_name == "Quarrington"


def test_sqlite_commits_are_synced_to_disk_by_default(tmp_path):
    import sqlite3

    from alliance.config import get_settings
    from alliance.db.session import _sqlite_pragmas

    assert get_settings().sqlite_synchronous == "FULL"
    connection = sqlite3.connect(tmp_path / "d.db")
    _sqlite_pragmas(connection, None)
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # 2 is FULL, 1 NORMAL
