"""Typed errors: each has an HTTP status and renders as {"error": <class name>, "detail": <message>}."""

from __future__ import annotations


class AllianceError(Exception):
    """Base of every expected failure; never a 500."""

    status_code = 400
    # True when the changes made before the error must still be committed (a failed log-in counter).
    persist = False

    def __init__(self, detail: str, *, status_code: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if status_code is not None:
            self.status_code = status_code

    def to_dict(self) -> dict[str, str]:
        """The stable JSON shape of an error."""
        return {"error": type(self).__name__, "detail": self.detail}


class BadRequest(AllianceError):
    status_code = 400


class Unauthorized(AllianceError):
    status_code = 401


class Forbidden(AllianceError):
    status_code = 403


class NotFound(AllianceError):
    status_code = 404


class Conflict(AllianceError):
    status_code = 409


class Locked(AllianceError):
    """An account locked after repeated failures, or a signed record that cannot change."""

    status_code = 423


class TooManyRequests(AllianceError):
    status_code = 429


class Unavailable(AllianceError):
    status_code = 503
