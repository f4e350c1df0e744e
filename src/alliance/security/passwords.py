"""Password hashing with argon2id, and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from alliance.errors import BadRequest

_hasher = PasswordHasher()
MIN_LENGTH = 12
# A hash of a random password, verified against when the user does not exist so timing does not tell.
_DUMMY = _hasher.hash("not-a-real-password-for-timing")


def hash_password(password: str) -> str:
    """An argon2id hash of the password, after the policy check."""
    check_policy(password)
    return _hasher.hash(password)


def check_policy(password: str) -> None:
    """Reject passwords that are too short or trivially weak (NIST SP 800-63B: length over composition)."""
    if len(password) < MIN_LENGTH:
        raise BadRequest(f"Passwords need at least {MIN_LENGTH} characters.")
    if len(set(password)) < 4:
        raise BadRequest("This password is too easy to guess.")


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when the password matches; spends the same time when there is no user."""
    try:
        return _hasher.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)
