"""Field encryption: AES-GCM envelopes bound to their row, blind indexes, keyrings and rotation."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text

from alliance.clients.models import Client, ClientKey
from alliance.config import Settings
from alliance.security import crypto, keys
from tests.support.factories import make_client, make_practice, make_user


def test_seal_round_trips_and_names_its_key():
    key = crypto.new_data_key()
    blob = crypto.seal(b"Marisol", key, "k-test", b"clients.given_name_ct:1")
    assert crypto.envelope_kid(blob) == "k-test"
    assert crypto.unseal(blob, key, b"clients.given_name_ct:1") == b"Marisol"


def test_ciphertext_moved_to_another_row_does_not_decrypt():
    key = crypto.new_data_key()
    blob = crypto.seal(b"Marisol", key, "k", b"clients.given_name_ct:row-1")
    with pytest.raises(crypto.DecryptionFailed):
        crypto.unseal(blob, key, b"clients.given_name_ct:row-2")


def test_tampered_ciphertext_is_rejected():
    key = crypto.new_data_key()
    blob = bytearray(crypto.seal(b"1987-03-14", key, "k", b"aad"))
    blob[-1] ^= 1
    with pytest.raises(crypto.DecryptionFailed):
        crypto.unseal(bytes(blob), key, b"aad")


def test_blind_index_ignores_case_accents_and_spacing_but_not_content():
    assert crypto.blind_index("t", "  José  ÁLVAREZ ") == crypto.blind_index("t", "jose alvarez")
    assert crypto.blind_index("t", "jose alvarez") != crypto.blind_index("t", "jose alvares")
    assert crypto.blind_index("a", "x") != crypto.blind_index("b", "x")


def test_production_refuses_to_invent_a_keyring(tmp_path):
    settings = Settings(env="production", data_dir=tmp_path, secret_key="p" * 40)
    with pytest.raises(crypto.KeyError_, match="no encryption keyring"):
        crypto.load_keyring(settings)


def test_keys_from_the_environment(tmp_path):
    import base64
    import os

    k1, k2, idx = (base64.b64encode(os.urandom(32)).decode() for _ in range(3))
    settings = Settings(env="production", data_dir=tmp_path, secret_key="p" * 40,
                        encryption_keys=json.dumps({"2026-01": k1, "2026-06": k2}), blind_index_key=idx,
                        active_key_id="2026-01")
    ring = crypto.load_keyring(settings)
    assert ring.active_id == "2026-01" and set(ring.keys) == {"2026-01", "2026-06"}


def test_default_secret_is_refused_outside_development(tmp_path, monkeypatch):
    monkeypatch.delenv("ALLIANCE_SECRET_KEY", raising=False)
    with pytest.raises(ValueError, match="ALLIANCE_SECRET_KEY"):
        Settings(env="production", data_dir=tmp_path)
    assert Settings(env="development", data_dir=tmp_path).env == "development"


async def test_client_fields_are_not_stored_in_clear(session):
    practice = await make_practice(session)
    client = await make_client(session, practice, given_name="Oriane", family_name="Vasquez-Tolland",
                               date_of_birth=date(1961, 12, 1), phone="+1 206 555 0111")
    await session.flush()
    row = (await session.execute(select(Client.__table__).where(Client.id == client.id))).one()._mapping
    stored = b"".join(v for v in row.values() if isinstance(v, bytes))
    for secret in (b"Oriane", b"Vasquez", b"1961-12-01", b"555 0111"):
        assert secret not in stored


async def test_erased_key_makes_ciphertext_unreadable(session):
    practice = await make_practice(session)
    client = await make_client(session, practice)
    cid = client.id
    blob = client.given_name_ct
    crypto.forget_client_key(cid)
    with pytest.raises(crypto.KeyUnavailable):
        crypto.client_key(cid)
    # A reload of the row (its key row included) makes the key available again: this is what erasure deletes.
    session.expunge_all()
    again = await session.get(Client, cid)
    assert crypto.unseal(blob, crypto.client_key(cid), f"clients.given_name_ct:{cid}".encode()) == again.given_name.encode()


async def test_rotation_rewraps_client_keys_and_reseals_user_fields(session, monkeypatch, tmp_path):
    practice = await make_practice(session)
    client = await make_client(session, practice, given_name="Rotated")
    user = await make_user(session, practice, email="rotate-me@example.org")
    await session.flush()
    ring = crypto.get_keyring()
    old_id = ring.active_id
    new_id = ring.add_key()
    try:
        report = await keys.rotate(session)
        assert report.active_key_id == new_id
        assert report.data_keys_rewrapped >= 1 and report.fields_resealed >= 1
        key_row = await session.get(ClientKey, client.id)
        assert key_row.kek_id == new_id
        assert crypto.envelope_kid(user.email_ct) == new_id
        # With the old key gone, everything still opens.
        del ring.keys[old_id]
        session.expunge_all()
        crypto.forget_client_key(client.id)
        assert (await session.get(Client, client.id)).given_name == "Rotated"
        from alliance.accounts.models import User

        assert (await session.get(User, user.id)).email == "rotate-me@example.org"
    finally:
        crypto.reset_keyring()


async def test_blind_index_finds_a_user_by_email(session):
    from alliance.accounts import service as accounts

    practice = await make_practice(session)
    user = await make_user(session, practice, email="Lookup.Me@Example.org")
    found = await accounts.find_user_by_email(session, "lookup.me@example.org")
    assert found is not None and found.id == user.id
    raw = (await session.execute(text("SELECT email_bidx FROM users WHERE email_bidx IS NOT NULL"))).scalars().all()
    assert all("lookup" not in value for value in raw)


def test_unknown_client_key_is_a_clear_error():
    with pytest.raises(crypto.KeyUnavailable):
        crypto.client_key(uuid.uuid4())
