"""The keyring exported for a backup, encrypted under a passphrase (scrypt, then AES-GCM), and read back.

The export is a small JSON document: the scrypt parameters and salt, the key ids it holds (so a person can see
which backup it serves without the passphrase), and the keyring sealed with AES-GCM, the header being the
associated data so that no field of it can be changed unnoticed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from alliance.backup.errors import BackupError
from alliance.security.crypto import Keyring

FORMAT = "alliance-keyring-export"
MIN_PASSPHRASE = 12
# scrypt with N=2^15, r=8 (32 MiB, about 0.1 s here): the cost OWASP lists as a minimum for password storage.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_FP_DOMAIN = b"alliance-backup-key-fingerprint\x00"


def fingerprint(key: bytes) -> str:
    """A short public name of a key's value (HMAC under the key itself: it reveals nothing of it)."""
    return hmac.new(key, _FP_DOMAIN, hashlib.sha256).hexdigest()[:16]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect every client's records."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(f"the passphrase must be at least {MIN_PASSPHRASE} characters")


def export_keyring(ring: Keyring, passphrase: str, *, created_at: str) -> bytes:
    """The keyring as an encrypted JSON document."""
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": FORMAT, "version": 1, "created_at": created_at, "kdf": "scrypt", "n": SCRYPT_N,
              "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt), "nonce": _b64(nonce), "cipher": "AES-256-GCM",
              "key_ids": sorted(ring.keys), "active": ring.active_id}
    body = json.dumps({"active": ring.active_id, "keys": {k: _b64(v) for k, v in ring.keys.items()},
                       "blind_index_key": _b64(ring.index_key)}, sort_keys=True).encode()
    sealed = AESGCM(_derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, body, _aad(header))
    return (json.dumps({**header, "ciphertext": _b64(sealed)}, indent=2) + "\n").encode()


def _aad(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def read_header(path: Path) -> dict[str, object]:
    """The export's public header (key ids, time), without decrypting it."""
    try:
        doc = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"{path} is not a readable key export: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BackupError(f"{path} is not an Alliance key export (written by `alliance backup --keys-to`)")
    return doc


def import_keyring(path: Path, passphrase: str) -> Keyring:
    """Decrypt an export into a keyring held in memory only (path None until it is installed)."""
    doc = read_header(path)
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    try:
        salt, nonce = base64.b64decode(doc["salt"]), base64.b64decode(doc["nonce"])
        key = _derive(passphrase, salt, int(doc["n"]), int(doc["r"]), int(doc["p"]))
        body = json.loads(AESGCM(key).decrypt(nonce, base64.b64decode(doc["ciphertext"]), _aad(header)))
    except InvalidTag:
        raise BackupError(f"the passphrase does not open {path} (or the file was changed)") from None
    except (KeyError, ValueError, TypeError) as exc:
        raise BackupError(f"{path} is damaged: {exc}") from None
    keys = {kid: base64.b64decode(v) for kid, v in body["keys"].items()}
    return Keyring(keys, body["active"], base64.b64decode(body["blind_index_key"]))
