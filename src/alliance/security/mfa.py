"""TOTP multi-factor authentication (RFC 6238) with pyotp."""

from __future__ import annotations

import pyotp

ISSUER = "Alliance"


def new_secret() -> str:
    """A random base32 TOTP secret."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, account: str) -> str:
    """The otpauth:// URI an authenticator app scans."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=ISSUER)


def verify(secret: str, code: str) -> bool:
    """True for the current code, allowing one step of clock drift."""
    code = "".join(ch for ch in code if ch.isdigit())
    return len(code) == 6 and pyotp.TOTP(secret).verify(code, valid_window=1)


def current_code(secret: str) -> str:
    """The code an authenticator would show now (tests and the demo)."""
    return pyotp.TOTP(secret).now()
