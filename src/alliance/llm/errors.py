"""Typed gateway errors: callers catch these to degrade gracefully (e.g. show the form without a draft)."""

from __future__ import annotations

from alliance.errors import AllianceError, Unavailable


class ModelUnavailable(Unavailable):
    """The provider cannot be reached, refused the call, or its model is missing (503)."""

    status_code = 503

    def __init__(self, detail: str, *, transient: bool = False, status_code: int | None = None) -> None:
        super().__init__(detail, status_code=status_code)
        # Transient failures (connection errors, 5xx) are retried by the gateway; the rest are not.
        self.transient = transient


class ModelTimeout(ModelUnavailable):
    """The provider did not answer within the timeout (504)."""

    status_code = 504

    def __init__(self, detail: str) -> None:
        super().__init__(detail, transient=True)


class PromptTooLong(ModelUnavailable):
    """The prompt does not fit the model's context window (413); shorten it or split the work."""

    status_code = 413

    def __init__(self, detail: str) -> None:
        super().__init__(detail, transient=False)


class InvalidOutput(AllianceError):
    """The model answered, but not in the required shape, even after one repair attempt (502)."""

    status_code = 502


class ProviderNotAllowed(ModelUnavailable):
    """An `external` provider for a call that did not allow one (e.g. the client's consent does not) (403)."""

    status_code = 403

    def __init__(self, detail: str) -> None:
        super().__init__(detail, transient=False)


class RedactionUnavailable(ModelUnavailable):
    """An `external` provider was asked for while PHI redaction is not installed: nothing is sent."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail, transient=False)
