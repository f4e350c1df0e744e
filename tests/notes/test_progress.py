"""Drafting progress: stages, tokens written and a time estimate, through a real draft with the small model;
the section budget and reading share that follow the session's length."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date

import pytest

from alliance.notes.drafting import (
    FULL_READ_TOKENS, MAX_SECTION_SENTENCES, MAX_SENTENCES, _eta, _tokens, answer_tokens, draft_note,
    reading_budget, section_budget,
)
from alliance.notes.formats import SOAP
from alliance.notes.transcripts import Segment, parse_transcript

SHORT = """Therapist: Your PHQ-9 is 14 this week, down from 17.
Client: The GP put my sertraline up to 100 milligrams last Tuesday.
Therapist: Today we did a thought record on the work worry.
Therapist: For homework, I'd like you to do one thought record a day.
Therapist: Same time next week, Tuesday at 3?"""


def _session(minutes: int) -> list[Segment]:
    line = "I keep thinking about the arguments with my sister and the late shifts at the depot."
    words_per_turn = len(line.split())
    turns = minutes * 150 // words_per_turn
    return [Segment(id=f"S{i}", speaker="client" if i % 2 else "therapist", text=line)
            for i in range(1, turns + 1)]


def test_section_budget_grows_with_the_session_and_stays_bounded():
    budgets = [section_budget(_session(m)) for m in (1, 3, 10, 20, 60)]
    assert budgets == sorted(budgets)
    assert MAX_SENTENCES <= budgets[0] <= 3 and budgets[1] >= 3 and budgets[-1] == MAX_SECTION_SENTENCES
    assert section_budget(_session(1)[:2]) == MAX_SENTENCES


def test_a_session_under_ten_minutes_is_read_whole_by_the_embedded_model():
    short = _session(8)
    assert sum(_tokens(s) for s in short) <= FULL_READ_TOKENS
    assert reading_budget(short, "embedded") >= sum(_tokens(s) for s in short)
    long = _session(50)
    assert FULL_READ_TOKENS <= reading_budget(long, "embedded") < sum(_tokens(s) for s in long)


def test_the_answer_limit_leaves_room_for_the_prompt_in_the_context():
    assert answer_tokens(SOAP, 6, 2600, 4096) <= 4096 - 2600 - 64
    assert answer_tokens(SOAP, 2, 500, None) == 80 + 4 * 2 * 45


def test_time_left_reads_as_seconds_then_minutes():
    assert _eta(3) == "about 5 s left" and _eta(42) == "about 40 s left"
    assert _eta(95) == "about 1 min 40 s left" and _eta(120) == "about 2 min left"


@pytest.fixture(scope="module")
def small_model() -> Iterator[None]:
    from alliance.llm import providers
    from alliance.llm.config import LLMSettings

    with providers.using(LLMSettings(model="smollm2-135m", n_ctx=4096, n_threads=2, timeout=600, max_retries=0)):
        yield


@pytest.mark.llm
def test_progress_goes_through_reading_writing_with_tokens_and_grounding(small_model):
    reports: list[tuple[str, int]] = []
    draft = asyncio.run(draft_note(parse_transcript(SHORT), format="soap", max_sentences=1,
                                   session_date=date(2026, 3, 10),
                                   progress=lambda label, done, total: reports.append((label, done))))
    labels = [label for label, _ in reports]
    assert labels[0] == "screening for risk"
    first = {stage: next(i for i, label in enumerate(labels) if label.startswith(stage))
             for stage in ("reading the transcript", "writing part 1/1", "grounding the sentences", "grounded")}
    assert first["reading the transcript"] < first["writing part 1/1"] < first["grounding the sentences"] \
        < first["grounded"]
    writing = [label for label in labels if label.startswith("writing part")]
    counts = [int(label.split(" · ")[1].split()[0]) for label in writing]
    assert counts == sorted(counts) and counts[-1] > 0
    assert all("left" in label for label in labels[1:-1]) and all(len(label) <= 60 for label in labels)
    percents = [done for _, done in reports]
    assert percents[-1] == 100 and max(percents[:-1]) < 100
    assert draft.tokens_written >= counts[-1] and draft.speed.get("write_tokens_per_second", 0) > 0
    # Every extracted fact is in the draft whatever the small model wrote: added, or stated by the model.
    from alliance.notes.extract import states_fact

    sentences = [s for sec in draft.sections for s in sec.sentences]
    assert {f.kind for f in draft.facts} >= {"medication", "score", "homework", "appointment"}
    for fact in draft.facts:
        assert any(s.source == "extracted" and s.text == fact.sentence for s in sentences) or any(
            s.source == "model" and s.supported and states_fact(s.text, fact) for s in sentences), fact


def test_a_progress_write_the_database_refuses_is_skipped_with_a_warning(tmp_path, monkeypatch, caplog):
    """Progress is written from a helper thread while the step runs; a database that refuses the write (SQLite's
    write lock held by another writer, here a database without the table) must not end that thread with a
    traceback: the update is skipped and logged by note id."""
    import logging

    from alliance.config import get_settings
    from alliance.notes import tasks

    empty = tmp_path / "empty.db"
    monkeypatch.setenv("ALLIANCE_DATABASE_URL", f"sqlite+aiosqlite:///{empty}")
    get_settings.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="alliance.jobs"):
            tasks._write_progress("0d9c5f5e-7d7c-4c43-9d0e-0f5d0e3f7a11", "transcribing", 40)
    finally:
        get_settings.cache_clear()
    assert any("progress of note 0d9c5f5e" in r.getMessage() for r in caplog.records)
