"""All facts together, the section of a note format each kind lands in, and whether a sentence states one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from alliance.notes.extract.appointments import extract_appointment
from alliance.notes.extract.common import KINDS, Fact, Kind, _fmt_number
from alliance.notes.extract.homework import extract_homework
from alliance.notes.extract.interventions import extract_interventions
from alliance.notes.extract.medication import extract_medications
from alliance.notes.extract.scores import extract_scores
from alliance.notes.formats import NoteFormat
from alliance.notes.transcripts import Segment


# --- all together --------------------------------------------------------------------------------------------


def extract_facts(segments: Sequence[Segment], session_date: date | datetime | None = None) -> list[Fact]:
    """Every fact of the session, in the order medications, scores, interventions, homework, appointment."""
    segs = list(segments)
    return [*extract_medications(segs), *extract_scores(segs), *extract_interventions(segs),
            *extract_homework(segs), *extract_appointment(segs, session_date)]


# Where each kind of fact goes in the built-in formats (see formats.py for what each section holds): what the
# client reports (medications) with their words; measured scores with what was observed; techniques in the
# section for what the clinician did (assessment in SOAP, data in DAP); homework and the next appointment in plan.
BUILTIN_PLACES: dict[tuple[str, ...], dict[Kind, str]] = {
    ("subjective", "objective", "assessment", "plan"): {
        "medication": "subjective", "score": "objective", "intervention": "assessment",
        "homework": "plan", "appointment": "plan"},
    ("data", "assessment", "plan"): {
        "medication": "data", "score": "data", "intervention": "data", "homework": "plan", "appointment": "plan"},
    ("behavior", "intervention", "response", "plan"): {
        "medication": "behavior", "score": "behavior", "intervention": "intervention", "homework": "plan",
        "appointment": "plan"},
    ("goals", "intervention", "response", "plan"): {
        "medication": "response", "score": "response", "intervention": "intervention", "homework": "plan",
        "appointment": "plan"},
}
_KEYWORDS: dict[Kind, tuple[str, ...]] = {
    "medication": ("medic", "prescri", "subjective", "history_of_present", "present_illness", "data", "behavio",
                   "report", "history"),
    "score": ("score", "measure", "objective", "result", "data", "behavio", "observ"),
    "intervention": ("interven", "techni", "treatment", "assessment", "data"),
    "homework": ("homework", "plan", "next step", "task"),
    "appointment": ("appointment", "follow", "plan", "next"),
}


def place_facts(fmt: NoteFormat) -> dict[Kind, str]:
    """The section each kind of fact lands in for this format (built-in layouts; else by section names and
    instructions; else the first section for what was reported and the last for what comes next)."""
    names = tuple(fmt.section_names)
    if names in BUILTIN_PLACES:
        return dict(BUILTIN_PLACES[names])
    out: dict[Kind, str] = {}
    for kind in KINDS:
        for word in _KEYWORDS[kind]:
            hit = next((s.name for s in fmt.sections if word in s.name or word in s.instruction.lower()), None)
            if hit:
                out[kind] = hit
                break
        else:
            out[kind] = names[-1] if kind in ("homework", "appointment", "intervention") else names[0]
    return out


def states_fact(text: str, fact: Fact) -> bool:
    """Whether a sentence (the model's) already states this fact."""
    from alliance.notes.facts import tokens

    have = set(tokens(text))
    v = fact.value
    if fact.kind == "medication":
        names = {tokens(v["name"])[0], tokens(v["generic"])[0]}
        if not names & have:
            return False
        return v.get("dose_value") is None or _fmt_number(v["dose_value"]) in have or set(
            tokens(v.get("dose") or "")) <= have
    if fact.kind == "score":
        inst = set(tokens(v["instrument"])) | set(tokens(v["said"]))
        return bool(inst & have) and (_fmt_number(v["score"]) in have or set(tokens(v["score_text"])) <= have)
    if fact.kind == "appointment":
        said = set(tokens(v["said"])) - {"at", "on", "the", "next", "in"}
        return bool(re.search(r"\b(appointment|session|follow|meet|see)", text, re.IGNORECASE)) and said <= have
    from alliance.notes.grounding import content_words

    want = set(content_words(v.get("task") or v.get("said") or ""))
    got = set(content_words(text))
    return bool(want) and len(want & got) / len(want) >= 0.7
