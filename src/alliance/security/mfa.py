"""TOTP multi-factor authentication (RFC 6238) with pyotp."""

from __future__ import annotations

import hmac
from datetime import datetime, timezone

import pyotp

ISSUER = "Alliance"


def new_secret() -> str:
    """A random base32 TOTP secret."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, account: str) -> str:
    """The otpauth:// URI an authenticator app scans."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def matching_step(secret: str, code: str, *, after: int | None = None) -> int | None:
    """The time step whose code this is (one step of clock drift allowed), or None.

    Steps at or before `after` are refused: RFC 6238 section 5.2 says a verifier must not accept the same
    one-time password twice, so the caller remembers the last step it accepted.
    """
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(secret)
    now = totp.timecode(datetime.now(timezone.utc))
    for step in (now, now - 1, now + 1):
        if (after is None or step > after) and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def verify(secret: str, code: str) -> bool:
    """True for the current code, allowing one step of clock drift."""
    return matching_step(secret, code) is not None


def current_code(secret: str) -> str:
    """The code an authenticator would show now (tests and the demo)."""
    return pyotp.TOTP(secret).now()
