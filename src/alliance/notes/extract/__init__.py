"""Deterministic extraction of the facts a progress note must carry, each with its evidence.

From transcript segments: medications (generic and brand names, doses with or without units, in words or as part
of a tablet, frequency, changes: started, stopped, increased, reduced, switched, missed; a relative's drug and a
change only planned or explained are left out), questionnaire scores read out ("your PHQ-9 is 14 this week"; a
reading dated in the past is not the session's), interventions used in the session (not those of an earlier
session or the homework), homework set (not last week's), and the next appointment (weekday, day-of-month and
relative expressions resolved against the session date; someone else's date is not the appointment). No model is involved: lexicons, number words and a few cue patterns, in English and
Spanish. Every fact carries the segment ids and character spans of the sentences it rests on, and a note
sentence written in the transcript's own words (numbers and names as spoken), so that the grounding check
(`alliance.notes.grounding`, `alliance.notes.facts`) finds every number and name in its evidence.

`place_facts(fmt)` says which section of a note format each kind of fact lands in; `alliance.notes.drafting`
adds the facts the model's draft does not already state, marked `source="extracted"`.

One module a kind of fact: `common` (the fact model, sentences, numbers, negation), `medication` (with `drugs`,
the drug names, and `dosing`, the dose, schedule and change grammar), `scores`,
`interventions`, `homework`, `appointments`, `risk`; `placement` gathers them and places them in a format.
"""

from __future__ import annotations

from alliance.notes.extract.common import (  # noqa: F401
    Kind, KINDS, NUMBER, parse_number, FactEvidence, Fact, sentence_spans,
)
from alliance.notes.extract.drugs import (  # noqa: F401
    BRANDS, GENERICS, DRUG_NAMES,
)
from alliance.notes.extract.dosing import (  # noqa: F401
    PLANNED, CHANGE_WORDS,
)
from alliance.notes.extract.medication import (  # noqa: F401
    LOOKAHEAD, MAX_MEDICATION_EVIDENCE, extract_medications,
)
from alliance.notes.extract.scores import (  # noqa: F401
    INSTRUMENTS, TOTAL_REACH, SCORE_REACH, SCORE_CUE_REACH, extract_scores, SECOND_WORDS, SECOND_REACH,
)
from alliance.notes.extract.interventions import (  # noqa: F401
    INTERVENTIONS, COLON_WORDS, ELABORATION_WORDS, DESCRIBED_WORDS, extract_interventions,
)
from alliance.notes.extract.homework import (  # noqa: F401
    REPLY_LEAD_WORDS, NOTE_FORM_WORDS, FRAME_WORDS, ANAPHOR_WORDS, FOLLOW_TURNS, MAX_HOMEWORK, extract_homework,
)
from alliance.notes.extract.appointments import (  # noqa: F401
    WEEKDAYS, MONTHS, resolve_date, FALLBACK_SHARE, CONFIRM_TURNS, CONFIRM_WORDS, extract_appointment,
)
from alliance.notes.extract.risk import (  # noqa: F401
    ANSWER_WORDS, extract_risk_enquiry,
)
from alliance.notes.extract.placement import (  # noqa: F401
    extract_facts, BUILTIN_PLACES, place_facts, states_fact,
)

__all__ = [
    "Kind", "KINDS", "NUMBER", "parse_number", "FactEvidence", "Fact", "sentence_spans", "BRANDS", "GENERICS",
    "DRUG_NAMES", "PLANNED", "CHANGE_WORDS", "LOOKAHEAD", "MAX_MEDICATION_EVIDENCE", "extract_medications",
    "INSTRUMENTS", "TOTAL_REACH", "SCORE_REACH", "SCORE_CUE_REACH", "extract_scores", "SECOND_WORDS",
    "SECOND_REACH", "INTERVENTIONS", "COLON_WORDS", "ELABORATION_WORDS", "DESCRIBED_WORDS", "extract_interventions",
    "REPLY_LEAD_WORDS", "NOTE_FORM_WORDS", "FRAME_WORDS", "ANAPHOR_WORDS", "FOLLOW_TURNS", "MAX_HOMEWORK",
    "extract_homework", "WEEKDAYS", "MONTHS", "resolve_date", "FALLBACK_SHARE", "CONFIRM_TURNS", "CONFIRM_WORDS",
    "extract_appointment", "ANSWER_WORDS", "extract_risk_enquiry", "extract_facts", "BUILTIN_PLACES", "place_facts",
    "states_fact",
]
