"""Measurement-based care: instruments as data, exact scoring, reliable change, FHIR R4 (docs/measures.md).

Names are loaded lazily so that `alliance --help` (which imports measures.commands) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "CannotClassify": "change",
    "ChangeResult": "change",
    "PairedChangeResult": "change",
    "TrajectorySummary": "change",
    "classify_change": "change",
    "classify_talking_therapies": "change",
    "jacobson_truax_rci": "change",
    "trajectory_summary": "change",
    "Instrument": "instruments",
    "InvalidAnswers": "instruments",
    "UnknownInstrument": "instruments",
    "get_instrument": "instruments",
    "list_instruments": "instruments",
    "ScoreResult": "scoring",
    "risk_flags": "scoring",
    "score": "scoring",
}

__all__ = [
    "CannotClassify",
    "ChangeResult",
    "Instrument",
    "InvalidAnswers",
    "PairedChangeResult",
    "ScoreResult",
    "TrajectorySummary",
    "UnknownInstrument",
    "classify_change",
    "classify_talking_therapies",
    "get_instrument",
    "jacobson_truax_rci",
    "list_instruments",
    "risk_flags",
    "score",
    "trajectory_summary",
]

if TYPE_CHECKING:
    from alliance.measures.change import (
        CannotClassify,
        ChangeResult,
        PairedChangeResult,
        TrajectorySummary,
        classify_change,
        classify_talking_therapies,
        jacobson_truax_rci,
        trajectory_summary,
    )
    from alliance.measures.instruments import (
        Instrument,
        InvalidAnswers,
        UnknownInstrument,
        get_instrument,
        list_instruments,
    )
    from alliance.measures.scoring import ScoreResult, risk_flags, score


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        module = importlib.import_module(f"alliance.measures.{_EXPORTS[name]}")
        return getattr(module, name)
    raise AttributeError(f"module 'alliance.measures' has no attribute {name!r}")
