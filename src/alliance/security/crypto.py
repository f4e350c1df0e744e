"""Field encryption at rest (AES-GCM), key ids and rotation, per-client data keys, blind indexes.

Envelope encryption: each client has a random 256-bit data key (DEK) that seals that client's PHI fields.
DEKs are stored wrapped (AES-GCM) by a key-encryption key (KEK) from the keyring; each KEK has an id so keys
can be rotated. Destroying a client's wrapped DEK makes every ciphertext sealed with it unreadable
(crypto-shredding). Fields not owned by a client (staff e-mail, MFA secrets) are sealed with the active KEK.
Exact look-ups use blind indexes: HMAC-SHA256 of the normalised value under a separate index key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from alliance.config import Settings, get_settings

VERSION = b"\x01"
CLIENT_KID = "dek"


class KeyError_(Exception):
    """A key problem that is a configuration or programming error, never a user's mistake."""


class KeyUnavailable(KeyError_):
    """The data key of a client is not loaded in this process or was destroyed (erasure)."""


class DecryptionFailed(KeyError_):
    """A ciphertext failed authentication: wrong key, wrong row, or tampering."""


@dataclass
class Keyring:
    """Key-encryption keys by id, the active id, and the blind-index key."""

    keys: dict[str, bytes]
    active_id: str
    index_key: bytes
    path: Path | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def active(self) -> bytes:
        """The key new ciphertexts are sealed with."""
        return self.keys[self.active_id]

    def save(self) -> None:
        """Write a file-backed keyring atomically with owner-only permissions."""
        if self.path is None:
            raise KeyError_("this keyring comes from ALLIANCE_ENCRYPTION_KEYS; change the environment instead")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "active": self.active_id,
            "keys": {kid: _b64(k) for kid, k in self.keys.items()},
            "blind_index_key": _b64(self.index_key),
        }
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh, indent=2)
        os.replace(tmp, self.path)

    def add_key(self) -> str:
        """Generate a new KEK, make it active, and return its id."""
        kid = f"k{len(self.keys) + 1}-{secrets.token_hex(3)}"
        self.keys[kid] = AESGCM.generate_key(bit_length=256)
        self.active_id = kid
        return kid


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    raw = base64.b64decode(text)
    if len(raw) != 32:
        raise KeyError_("every key must be 32 bytes, base64-encoded")
    return raw


def keyring_path(settings: Settings) -> Path:
    """Where a file-backed keyring lives."""
    return settings.data_dir / "keys" / "keyring.json"


def load_keyring(settings: Settings, *, create: bool | None = None) -> Keyring:
    """Read the keyring from ALLIANCE_ENCRYPTION_KEYS or the data dir (created in development and tests)."""
    if settings.encryption_keys is not None:
        keys = {kid: _unb64(v) for kid, v in json.loads(settings.encryption_keys.get_secret_value()).items()}
        if not keys:
            raise KeyError_("ALLIANCE_ENCRYPTION_KEYS holds no key")
        if settings.blind_index_key is None:
            raise KeyError_("ALLIANCE_BLIND_INDEX_KEY must be set with ALLIANCE_ENCRYPTION_KEYS")
        active = settings.active_key_id or sorted(keys)[-1]
        if active not in keys:
            raise KeyError_(f"ALLIANCE_ACTIVE_KEY_ID {active!r} is not among the configured keys")
        return Keyring(keys, active, _unb64(settings.blind_index_key.get_secret_value()))
    path = keyring_path(settings)
    if path.exists():
        data = json.loads(path.read_text())
        keys = {kid: _unb64(v) for kid, v in data["keys"].items()}
        return Keyring(keys, data["active"], _unb64(data["blind_index_key"]), path=path)
    if create is None:
        create = settings.env in ("development", "test")
    if not create:
        raise KeyError_(
            f"no encryption keyring: set ALLIANCE_ENCRYPTION_KEYS and ALLIANCE_BLIND_INDEX_KEY, "
            f"or create {path} with `alliance keys rotate`"
        )
    ring = Keyring({}, "", AESGCM.generate_key(bit_length=256), path=path)
    ring.add_key()
    ring.save()
    return ring


_keyring: Keyring | None = None
_keyring_lock = threading.Lock()


def get_keyring() -> Keyring:
    """The process-wide keyring."""
    global _keyring
    with _keyring_lock:
        if _keyring is None:
            _keyring = load_keyring(get_settings())
        return _keyring


def reset_keyring() -> None:
    """Forget the loaded keyring and cached data keys (tests, key rotation)."""
    global _keyring
    with _keyring_lock:
        _keyring = None
    _client_keys.clear()


# --- envelope -------------------------------------------------------------------------------------------

def seal(plaintext: bytes, key: bytes, kid: str, aad: bytes) -> bytes:
    """AES-GCM encrypt: version | kid length | kid | 12-byte nonce | ciphertext+tag."""
    kid_bytes = kid.encode()
    nonce = os.urandom(12)
    return VERSION + bytes([len(kid_bytes)]) + kid_bytes + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def envelope_kid(blob: bytes) -> str:
    """The key id a ciphertext was sealed with."""
    if not blob or blob[:1] != VERSION:
        raise DecryptionFailed("not an Alliance ciphertext")
    return blob[2 : 2 + blob[1]].decode()


def unseal(blob: bytes, key: bytes, aad: bytes) -> bytes:
    """Decrypt and authenticate an envelope."""
    n = blob[1]
    nonce = blob[2 + n : 14 + n]
    try:
        return AESGCM(key).decrypt(nonce, blob[14 + n :], aad)
    except InvalidTag as exc:
        raise DecryptionFailed("ciphertext failed authentication") from exc


def seal_global(plaintext: bytes, aad: bytes) -> bytes:
    """Seal with the active KEK (fields that belong to no client)."""
    ring = get_keyring()
    return seal(plaintext, ring.active, ring.active_id, aad)


def unseal_global(blob: bytes, aad: bytes) -> bytes:
    """Open a KEK-sealed field with whichever key id it names."""
    ring = get_keyring()
    kid = envelope_kid(blob)
    if kid not in ring.keys:
        raise KeyUnavailable(f"key {kid!r} is not in the keyring")
    return unseal(blob, ring.keys[kid], aad)


# --- per-client data keys ------------------------------------------------------------------------------

_client_keys: dict[uuid.UUID, bytes] = {}


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return AESGCM.generate_key(bit_length=256)


def wrap_data_key(client_id: uuid.UUID, dek: bytes) -> tuple[str, bytes]:
    """Wrap a client's data key with the active KEK; returns (kek id, wrapped)."""
    ring = get_keyring()
    return ring.active_id, seal(dek, ring.active, ring.active_id, b"dek:" + client_id.bytes)


def unwrap_data_key(client_id: uuid.UUID, wrapped: bytes) -> bytes:
    """Unwrap a client's data key."""
    return unseal_global(wrapped, b"dek:" + client_id.bytes)


def remember_client_key(client_id: uuid.UUID, dek: bytes) -> None:
    """Make a client's data key available to encrypted fields in this process."""
    _client_keys[client_id] = dek


def forget_client_key(client_id: uuid.UUID) -> None:
    """Drop a client's data key from this process (after erasure)."""
    _client_keys.pop(client_id, None)


def client_key(client_id: uuid.UUID) -> bytes:
    """A loaded client's data key; loading the client's row (authorization does) makes it available."""
    try:
        return _client_keys[client_id]
    except KeyError:
        raise KeyUnavailable(f"data key of client {client_id} is not loaded or was destroyed") from None


# --- blind indexes -------------------------------------------------------------------------------------

def normalise(value: str) -> str:
    """Case-, accent- and whitespace-insensitive form used for exact look-ups."""
    text = unicodedata.normalize("NFKD", value)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def blind_index(purpose: str, value: str) -> str:
    """HMAC-SHA256 (hex) of the normalised value, separated by purpose so indexes cannot be correlated."""
    mac = hmac.new(get_keyring().index_key, purpose.encode() + b"\x00" + normalise(value).encode(), hashlib.sha256)
    return mac.hexdigest()


# --- encrypted attributes ------------------------------------------------------------------------------

Scope = Literal["client", "global"]
ENCRYPTED_FIELDS: list[tuple[type, "Encrypted"]] = []


class Encrypted:
    """A Python attribute over a ciphertext column: `name = Encrypted("name_ct")`.

    scope "client": sealed with the owning client's data key (the row's `client_id`, or `id` on the client
    itself); scope "global": sealed with the active KEK. Values are bound to table, column and row id as
    associated data, so a ciphertext copied to another row does not decrypt.
    """

    def __init__(self, column: str, *, scope: Scope = "client", kind: type = str) -> None:
        self.column = column
        self.scope = scope
        self.kind = kind

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        ENCRYPTED_FIELDS.append((owner, self))

    def owner_id(self, obj: Any) -> uuid.UUID | None:
        """The client whose data key seals this value."""
        return getattr(obj, "id") if getattr(obj, "__data_key_owner__", "client_id") == "id" else obj.client_id

    def aad(self, obj: Any) -> bytes:
        """Associated data binding the value to its table, column and row."""
        return f"{obj.__tablename__}.{self.column}:{obj.id}".encode()

    def _encode(self, value: Any) -> bytes:
        if isinstance(value, date):
            return value.isoformat().encode()
        return str(value).encode()

    def _decode(self, raw: bytes) -> Any:
        text = raw.decode()
        return date.fromisoformat(text) if self.kind is date else text

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        cache = obj.__dict__.setdefault("_alliance_plain", {})
        if self.name in cache:
            return cache[self.name]
        blob = getattr(obj, self.column)
        if blob is None:
            return None
        if self.scope == "global":
            value = self._decode(unseal_global(blob, self.aad(obj)))
        else:
            value = self._decode(unseal(blob, client_key(self.owner_id(obj)), self.aad(obj)))
        cache[self.name] = value
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        if value is not None and self.kind is date and not isinstance(value, date):
            raise TypeError(f"{self.name} takes a date")
        obj.__dict__.setdefault("_alliance_plain", {})[self.name] = value
        obj.__dict__.setdefault("_alliance_pending", set()).add(self.name)
        if obj.id is not None and (self.scope == "global" or self.owner_id(obj) is not None):
            self.seal_pending(obj)

    def seal_pending(self, obj: Any) -> None:
        """Encrypt this attribute's pending plaintext into its column."""
        pending = obj.__dict__.get("_alliance_pending", set())
        if self.name not in pending:
            return
        value = obj.__dict__["_alliance_plain"][self.name]
        if value is None:
            setattr(obj, self.column, None)
        elif self.scope == "global":
            setattr(obj, self.column, seal_global(self._encode(value), self.aad(obj)))
        else:
            setattr(
                obj,
                self.column,
                seal(self._encode(value), client_key(self.owner_id(obj)), CLIENT_KID, self.aad(obj)),
            )
        pending.discard(self.name)

    def reseal(self, obj: Any) -> bool:
        """Re-encrypt a global-scope value under the active KEK; True when it changed."""
        blob = getattr(obj, self.column)
        if blob is None or self.scope != "global" or envelope_kid(blob) == get_keyring().active_id:
            return False
        obj.__dict__.get("_alliance_plain", {}).pop(self.name, None)
        value = self.__get__(obj)
        self.__set__(obj, value)
        return True


def seal_all_pending(obj: Any) -> None:
    """Seal every pending encrypted attribute of an object (called before each flush)."""
    pending = obj.__dict__.get("_alliance_pending")
    if not pending:
        return
    for cls in type(obj).__mro__:
        for name, attr in vars(cls).items():
            if isinstance(attr, Encrypted) and name in pending:
                attr.seal_pending(obj)


def _seal_before_flush(session: Any, _context: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        seal_all_pending(obj)


def install_flush_hook() -> None:
    """Seal pending encrypted attributes before every flush (idempotent)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    if not event.contains(Session, "before_flush", _seal_before_flush):
        event.listen(Session, "before_flush", _seal_before_flush)


install_flush_hook()
