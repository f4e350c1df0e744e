"""Transcript parsing: every pasted style, transcription output and files become numbered segments."""

from __future__ import annotations

import json

import pytest

from alliance.errors import BadRequest
from alliance.notes.transcripts import from_segments, load_transcript, parse_transcript, role_of


def test_therapist_and_client_labels_become_roles_with_ids_in_order():
    segs = parse_transcript("Therapist: How was your week?\nClient: Rough. I slept badly.\n")
    assert [(s.id, s.speaker, s.text) for s in segs] == [
        ("S1", "therapist", "How was your week?"), ("S2", "client", "Rough. I slept badly.")]


def test_short_t_and_c_labels_are_recognised():
    segs = parse_transcript("T: Any homework done?\nC: Two thought records.")
    assert [s.speaker for s in segs] == ["therapist", "client"]
    assert segs[1].label == "C"


def test_timestamped_speaker_lines_keep_seconds_and_label():
    segs = parse_transcript("[00:01:02] Speaker 1: Hello there.\n[00:01:10] Speaker 2: Hi, thanks for seeing me.")
    assert segs[0].start == 62.0 and segs[1].start == 70.0
    assert segs[0].label == "Speaker 1" and segs[0].speaker == "unknown"
    assert segs[1].text == "Hi, thanks for seeing me."


def test_transcription_text_output_with_minutes_and_lower_case_roles():
    segs = parse_transcript("[00:05] therapist: Welcome back.\n[01:02] client: Thanks.\n[01:09] Long pause then more.")
    assert [s.speaker for s in segs] == ["therapist", "client", "unknown"]
    assert segs[2].start == 69.0 and segs[2].text == "Long pause then more."


def test_plain_paragraphs_become_segments_and_long_ones_split_at_sentences():
    long = " ".join(f"Sentence number {i} says something about the week." for i in range(20))
    segs = parse_transcript(f"The client arrived on time.\nShe looked tired.\n\n{long}")
    assert segs[0].text == "The client arrived on time. She looked tired."
    assert len(segs) > 2 and all(s.speaker == "unknown" for s in segs)
    assert " ".join(s.text for s in segs[1:]) == long


def test_wrapped_line_continues_the_labelled_turn():
    segs = parse_transcript("Client: I kept thinking about it\nall night long.\nTherapist: What did you notice?")
    assert segs[0].text == "I kept thinking about it all night long."
    assert len(segs) == 2


def test_bracketed_doctor_patient_tags_of_aci_bench():
    segs = parse_transcript("[doctor] hi , how are you ?\n[patient] not great , my back hurts .")
    assert [s.speaker for s in segs] == ["therapist", "client"]


def test_sentence_with_a_colon_is_not_a_speaker_label():
    segs = parse_transcript("Plan: follow up next week and repeat the PHQ-9.")
    assert segs[0].speaker == "unknown" and segs[0].text.startswith("Plan:")


def test_transcription_segments_are_accepted_and_renumbered():
    from alliance.notes.transcription import Segment as SpeechSegment

    speech = [SpeechSegment(id=0, start=0.0, end=2.5, text="How are you?", speaker="therapist"),
              SpeechSegment(id=1, start=2.5, end=4.0, text=" ", speaker="client"),
              SpeechSegment(id=2, start=4.0, end=6.0, text="Tired.", speaker=None)]
    segs = from_segments(speech)
    assert [(s.id, s.speaker, s.start, s.end) for s in segs] == [("S1", "therapist", 0.0, 2.5),
                                                                  ("S2", "unknown", 4.0, 6.0)]


def test_json_file_from_transcribe_is_loaded(tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"segments": [{"start": 0, "end": 1, "text": "Hi.", "speaker": "client"}]}))
    segs = load_transcript(path)
    assert segs[0].speaker == "client" and segs[0].text == "Hi."


def test_empty_transcript_is_a_bad_request():
    with pytest.raises(BadRequest):
        parse_transcript("  \n\n ")


@pytest.mark.parametrize("label,role", [("Counsellor", "therapist"), ("Patient", "client"), ("Dr", "therapist"),
                                        ("Speaker 3", "unknown")])
def test_role_of_known_labels(label, role):
    assert role_of(label) == role
