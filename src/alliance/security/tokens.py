"""Random tokens for sessions, API access and CSRF; only their hashes are stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

API_TOKEN_PREFIX = "alc_"


def new_token(nbytes: int = 32) -> str:
    """A URL-safe random token."""
    return secrets.token_urlsafe(nbytes)


def new_api_token() -> str:
    """A bearer token with a recognisable prefix (so secret scanners can find leaked ones)."""
    return API_TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """SHA-256 of a high-entropy token (no salt needed: the token is random)."""
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    """Constant-time string comparison."""
    return hmac.compare_digest(a.encode(), b.encode())
