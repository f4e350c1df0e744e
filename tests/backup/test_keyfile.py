"""The key export on its own: a passphrase opens it, nothing else does, and its header cannot be edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliance.backup import keyfile, service
from alliance.backup.errors import BackupError
from alliance.security.crypto import Keyring

PASSPHRASE = "a long test passphrase 2026"


def _ring() -> Keyring:
    ring = Keyring({}, "", b"i" * 32)
    ring.add_key()
    ring.add_key()
    return ring


def _export(tmp_path: Path, ring: Keyring) -> Path:
    path = tmp_path / "keys.json"
    path.write_bytes(keyfile.export_keyring(ring, PASSPHRASE, created_at="2026-12-07T00:00:00+00:00"))
    return path


def test_export_opens_with_its_passphrase_to_the_same_keyring(tmp_path: Path) -> None:
    ring = _ring()
    back = keyfile.import_keyring(_export(tmp_path, ring), PASSPHRASE)
    assert (back.keys, back.active_id, back.index_key) == (ring.keys, ring.active_id, ring.index_key)


def test_export_names_its_key_ids_and_holds_no_key_in_clear(tmp_path: Path) -> None:
    import base64

    ring = _ring()
    text = _export(tmp_path, ring).read_text()
    assert json.loads(text)["key_ids"] == sorted(ring.keys)
    assert not any(base64.b64encode(k).decode() in text for k in [*ring.keys.values(), ring.index_key])


def test_a_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="passphrase does not open"):
        keyfile.import_keyring(_export(tmp_path, _ring()), "another passphrase entirely")


def test_an_edited_header_is_refused(tmp_path: Path) -> None:
    path = _export(tmp_path, _ring())
    doc = json.loads(path.read_text())
    doc["key_ids"] = ["k9-forged"]
    path.write_text(json.dumps(doc))
    with pytest.raises(BackupError, match="passphrase does not open"):
        keyfile.import_keyring(path, PASSPHRASE)


def test_a_short_passphrase_is_refused() -> None:
    with pytest.raises(BackupError, match="at least 12"):
        keyfile.export_keyring(_ring(), "short", created_at="2026-12-07T00:00:00+00:00")


def test_schema_state_tells_current_older_and_unknown_revisions() -> None:
    heads = service._scripts().get_heads()
    assert service.schema_state(list(heads)) == "current"
    assert service.schema_state(["0001_foundation"]) == "older"
    assert service.schema_state(["9999_from_the_future"]) == "unknown"
