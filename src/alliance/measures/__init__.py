"""Measurement-based care: instruments as data, exact scoring, reliable change, FHIR R4 (docs/measures.md)."""

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
