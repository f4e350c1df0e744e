"""Grounding: copied sentences are supported, fabricated ones are not, wrong citations are replaced."""

from __future__ import annotations

import pytest

from alliance.notes.grounding import Grounder, content_words, lexical_support
from alliance.notes.transcripts import parse_transcript

TRANSCRIPT = """Therapist: How has the week been since we last met?
Client: Honestly rough. I slept maybe five hours a night and skipped the gym twice.
Client: I did try the breathing exercise before the team meeting and it helped a bit.
Therapist: Your PHQ-9 today is 14, down from 17 three weeks ago.
Therapist: For next week, one thought record a day and the breathing before meetings. We meet again Tuesday.
Client: My sister visited. We argued about money. Then we went for a walk. The walk helped. I felt calmer after."""


@pytest.fixture(scope="module")
def grounder():
    return Grounder(parse_transcript(TRANSCRIPT))


def test_copied_sentence_is_supported_by_its_citation(grounder):
    g = grounder.ground("The client slept about five hours a night and skipped the gym twice.", ["S2"])
    assert g.supported and g.evidence == ["S2"] and not g.searched
    assert g.support_score >= grounder.threshold


def test_fabricated_sentence_is_unsupported(grounder):
    g = grounder.ground("The client was prescribed 50 mg of sertraline by a psychiatrist in March.", ["S3"])
    assert not g.supported
    assert g.evidence == ["S3"]  # what the model cited stays visible for the clinician


def test_wrong_citation_is_replaced_by_the_best_supporting_segment(grounder):
    g = grounder.ground("The PHQ-9 score was 14, down from 17.", ["S1"])
    assert g.supported and g.searched
    assert g.evidence == ["S4"]


def test_missing_citation_is_found_by_search(grounder):
    g = grounder.ground("Homework is one thought record a day; the next session is Tuesday.", [])
    assert g.supported and "S5" in g.evidence


def test_unknown_ids_are_ignored(grounder):
    g = grounder.ground("The client tried the breathing exercise before the team meeting.", ["S99", "banana"])
    assert g.supported and g.evidence == ["S3"]


def test_long_segment_evidence_is_a_character_span(grounder):
    seg = grounder.segments[5]
    g = grounder.ground("The client and the sister argued about money.", ["S6"])
    assert g.supported
    span = g.evidence[0]
    assert span["segment"] == "S6"
    assert seg.text[span["start"]:span["end"]] == "We argued about money."


def test_lexical_only_grounding_still_separates_copied_and_fabricated():
    lexical = Grounder(parse_transcript(TRANSCRIPT), use_embeddings=False)
    assert lexical.mode == "lexical"
    assert lexical.ground("The client skipped the gym twice.", ["S2"]).supported
    assert not lexical.ground("The client was prescribed sertraline.", []).supported


def test_note_writing_words_are_not_content_words():
    assert content_words("The client reported that she slept badly") == ["slept", "bad"]  # stemmed
    assert lexical_support("The client reported sleeping badly", "I have been sleeping badly") == 1.0


def test_a_sentence_that_invents_a_diagnosis_is_unsupported_whatever_its_similarity(grounder):
    g = grounder.ground("The therapist formulated the client's poor sleep as an insomnia disorder.", ["S2"])
    assert not g.supported and set(g.detail["missing"]) == {"insomnia", "disorder"}


def test_a_wrong_number_is_unsupported_and_the_right_one_supported(grounder):
    assert not grounder.ground("The client slept about seven hours a night.", ["S2"]).supported
    assert grounder.ground("The client slept about five hours a night.", ["S2"]).supported
    assert not grounder.ground("The PHQ-9 score was 12, down from 17.", ["S4"]).supported
