"""What each deterministic extractor says about a transcript, as the note sentences it would write (the tests of
extraction by wording share these)."""

from __future__ import annotations

from datetime import date

from alliance.notes.extract import (
    extract_appointment, extract_homework, extract_interventions, extract_medications, extract_scores,
)
from alliance.notes.transcripts import parse_transcript

MONDAY = date(2026, 3, 2)


def meds(text: str) -> list[str]:
    return [f.sentence for f in extract_medications(parse_transcript(text))]


def scores(text: str) -> list[str]:
    return [f.sentence for f in extract_scores(parse_transcript(text))]


def homework(text: str) -> list[str]:
    return [f.sentence for f in extract_homework(parse_transcript(text))]


def interventions(text: str) -> list[str]:
    return [f.sentence for f in extract_interventions(parse_transcript(text))]


def appointments(text: str, today: date = MONDAY) -> list[str]:
    return [f.sentence for f in extract_appointment(parse_transcript(text), today)]
