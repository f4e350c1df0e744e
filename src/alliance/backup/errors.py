"""The one error a backup or restore raises for an expected failure (bad input, missing keys, damaged files)."""

from __future__ import annotations

from alliance.errors import AllianceError


class BackupError(AllianceError):
    """A backup or restore that cannot go on; the detail says why and what to do."""

    status_code = 400
