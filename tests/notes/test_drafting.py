"""Drafting: parts and merging, risk from the screen, the draft's structure with a small model, the CLI."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import pytest

from alliance.errors import BadRequest
from alliance.notes.drafting import (
    TRANSCRIPT_CLASSIFIER, chunk_segments, condense_segments, draft_note, merge_parts, normalise_id, parse_part,
    reading_budget, screen_risk, trim_cut,
)
from alliance.notes.formats import BUILTIN_FORMATS, SOAP, custom_format, get_format, output_schema
from alliance.notes.transcripts import Segment, parse_transcript

RISK_TRANSCRIPT = """Therapist: How has the week been since we last met?
Client: Honestly rough. I slept maybe five hours a night and skipped the gym twice.
Client: I did try the breathing exercise before the team meeting and it helped a bit.
Therapist: Your PHQ-9 today is 14, down from 17 three weeks ago.
Client: Some nights I've been thinking of ending it.
Therapist: Thank you for telling me. Let's make a safety plan together today.
Client: Okay. I can also do one thought record a day."""


def _segments(n: int) -> list[Segment]:
    return [Segment(id=f"S{i}", speaker="client" if i % 2 else "therapist",
                    text=" ".join(["word"] * (3 + (i * 7) % 40)) + ".") for i in range(1, n + 1)]


@pytest.mark.parametrize("budget", [40, 150, 400, 5000])
def test_chunking_keeps_every_segment_exactly_once_in_order(budget):
    segs = _segments(120)
    chunks = chunk_segments(segs, budget)
    assert [s.id for chunk in chunks for s in chunk] == [s.id for s in segs]
    assert all(chunk for chunk in chunks)


def test_chunks_stay_near_the_budget():
    from alliance.notes.drafting import _tokens

    segs = _segments(200)
    chunks = chunk_segments(segs, 600)
    largest = max(_tokens(s) for s in segs)
    assert all(sum(_tokens(s) for s in chunk) <= 600 + largest for chunk in chunks)
    assert len(chunks) == -(-sum(_tokens(s) for s in segs) // 600)


def test_condensing_fits_the_budget_keeps_every_turn_and_never_cuts_risk_segments():
    from alliance.notes.drafting import _tokens

    segs = _segments(200)
    segs[1] = segs[1].model_copy(update={"text": "I have been thinking of ending it. " * 12})
    condensed = condense_segments(segs, 3000, keep={"S2"})
    assert sum(_tokens(s) for s in condensed) <= 3000
    assert [s.id for s in condensed] == [s.id for s in segs]  # every turn, in order
    assert condensed[1].text == segs[1].text  # risk evidence whole
    assert all(c.text.split()[:3] == s.text.split()[:3] for c, s in zip(condensed, segs, strict=True))
    assert condense_segments(segs[:5], 10_000) == segs[:5]


def test_condensing_keeps_short_answers_whole_and_drops_bare_acknowledgements():
    segs = parse_transcript(
        "Therapist: " + "We talked about how the drinking at the weekend affects your mood and your sleep. " * 6
        + "\nClient: Mm-hmm.\nTherapist: How many drinks on a Saturday?\nClient: Seven, maybe eight.\n"
        "Client: " + "I keep thinking about the arguments with my sister and the late shifts at the depot. " * 6)
    condensed = condense_segments(segs, 120)
    texts = {s.id: s.text for s in condensed}
    assert "S2" not in texts  # "Mm-hmm." carries nothing for a note
    assert texts["S4"] == "Seven, maybe eight." and texts["S3"] == "How many drinks on a Saturday?"
    assert len(texts["S1"]) < len(segs[0].text) and texts["S1"].endswith(".")


def test_the_embedded_model_reads_a_share_of_a_long_session_a_server_reads_it_all():
    segs = _segments(400)
    from alliance.notes.drafting import MAX_INPUT_TOKENS, MIN_READ_TOKENS, _tokens

    total = sum(_tokens(s) for s in segs)
    assert reading_budget(segs, "openai") == MAX_INPUT_TOKENS
    assert MIN_READ_TOKENS <= reading_budget(segs, "embedded") < total
    assert reading_budget(segs[:3], "embedded") == MIN_READ_TOKENS  # a short session is read whole


def test_a_sentence_cut_at_the_length_limit_loses_its_unfinished_tail():
    cut = "The client reported drinking seven beers on Saturdays. The client also said that the"
    assert trim_cut(cut, len(cut)) == "The client reported drinking seven beers on Saturdays."
    assert trim_cut("Short and whole.", 130) == "Short and whole."
    assert trim_cut("no sentence end at all in this text", 35) == "no sentence end at all in this text"


def test_merge_dedupes_near_identical_sentences_and_unions_evidence():
    part1 = {"subjective": [("The client slept five hours a night.", ["S2"])], "objective": [], "assessment": [],
             "plan": [("One thought record a day.", ["S9"])]}
    part2 = {"subjective": [("The client slept five hours a night!", ["S40"]),
                            ("The client argued with a sister.", ["S41"])], "objective": [], "assessment": [],
             "plan": []}
    merged = merge_parts([part1, part2], SOAP)
    assert merged["subjective"] == [("The client slept five hours a night.", ["S2", "S40"]),
                                    ("The client argued with a sister.", ["S41"])]
    assert merged["plan"] == [("One thought record a day.", ["S9"])]


def test_model_reply_ids_are_normalised_and_blank_sentences_dropped():
    value = {"subjective": [{"text": "Slept  badly.", "evidence": ["s2", "[S3]", "7", "nope", "S2"]},
                            {"text": "  ", "evidence": []}], "objective": [], "assessment": [], "plan": None}
    assert parse_part(value, SOAP)["subjective"] == [("Slept badly.", ["S2", "S3", "S7"])]
    assert normalise_id("x12") is None


def test_formats_are_data_with_lower_case_sections():
    assert set(BUILTIN_FORMATS) == {"soap", "dap", "birp", "girp"}
    assert get_format("BIRP").section_names == ["behavior", "intervention", "response", "plan"]
    schema = output_schema(get_format("dap"))
    assert schema["required"] == ["data", "assessment", "plan"]
    assert schema["properties"]["data"]["items"]["properties"]["text"]["maxLength"] > 0


def test_practice_defined_format_and_invalid_ones():
    fmt = custom_format("intake", [("presenting_problem", "why the client came"), ("history", "relevant history")])
    assert fmt.section_names == ["presenting_problem", "history"]
    with pytest.raises(BadRequest):
        custom_format("bad", [("Has Spaces", "x y z")])
    with pytest.raises(BadRequest):
        custom_format("mine", [("risk", "the model's view of risk")])


def test_psychotherapy_process_notes_are_never_drafted():
    with pytest.raises(BadRequest):
        get_format("psychotherapy")
    with pytest.raises(BadRequest):
        custom_format("process_note", [("impressions", "the clinician's private impressions")])


def test_risk_finding_comes_from_the_screen_with_quoted_evidence():
    segs = parse_transcript(RISK_TRANSCRIPT)
    risk = screen_risk(segs)
    assert risk.level in ("high", "imminent")
    quote = next(e for e in risk.evidence if e.segment == "S5")
    assert quote.text == "thinking of ending it"
    assert segs[4].text[quote.start:quote.end] == quote.text


def test_therapist_segments_are_not_screened_as_the_clients_risk():
    segs = parse_transcript("Therapist: Some clients say they are thinking of ending it.\nClient: Not me, I'm fine.")
    assert screen_risk(segs).level == "none"
    assert screen_risk(segs).evidence == []


# --- with the small model (one load for the module)

@pytest.fixture(scope="module")
def small_model() -> Iterator[None]:
    from alliance.llm import providers
    from alliance.llm.config import LLMSettings

    with providers.using(LLMSettings(model="smollm2-135m", n_ctx=4096, n_threads=2, timeout=600, max_retries=0)):
        yield


@pytest.fixture(scope="module")
def risk_draft(small_model):
    return asyncio.run(draft_note(parse_transcript(RISK_TRANSCRIPT), format="soap", max_sentences=1))


@pytest.mark.llm
def test_draft_has_the_formats_sections_in_order_with_grounded_sentences(risk_draft):
    ids = {f"S{i}" for i in range(1, 8)}
    assert risk_draft.format == "soap" and risk_draft.model == "smollm2-135m"
    assert [s.name for s in risk_draft.sections] == ["subjective", "objective", "assessment", "plan"]
    for section in risk_draft.sections:
        for sentence in section.sentences:
            cited = {e if isinstance(e, str) else e.segment for e in sentence.evidence}
            assert cited <= ids
            assert sentence.supported == (sentence.evidence_source != "none")
            assert 0.0 <= sentence.support_score <= 1.0
    assert risk_draft.parts == 1 and risk_draft.segments_read == 7


@pytest.mark.llm
def test_draft_risk_section_quotes_the_screen_even_if_the_model_is_silent(risk_draft):
    assert risk_draft.risk.source == "alliance.safety.screen"
    assert risk_draft.risk.level in ("high", "imminent")
    assert any(e.segment == "S5" and e.text == "thinking of ending it" for e in risk_draft.risk.evidence)
    expected = screen_risk(parse_transcript(RISK_TRANSCRIPT), use_classifier=TRANSCRIPT_CLASSIFIER)
    assert risk_draft.risk.model_dump() == expected.model_dump()


@pytest.mark.llm
def test_cli_prints_json_with_lower_case_section_names(small_model, tmp_path):
    from typer.testing import CliRunner

    from alliance.cli import app

    path = tmp_path / "session.txt"
    path.write_text("T: What did you try this week?\nC: I did the breathing exercise twice and it helped.\n"
                    "T: Keep doing it before meetings.\n")
    result = CliRunner().invoke(app, ["notes", "draft", "--transcript", str(path), "--format", "dap",
                                      "--max-sentences", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["format"] == "dap"
    assert [s["name"] for s in data["sections"]] == ["data", "assessment", "plan"]
    assert data["risk"]["level"] == "none" and data["risk"]["evidence"] == []
    for section in data["sections"]:
        for sentence in section["sentences"]:
            assert set(sentence) >= {"text", "evidence", "supported"}


def test_cli_rejects_an_unknown_format(tmp_path):
    from typer.testing import CliRunner

    from alliance.cli import app

    path = tmp_path / "s.txt"
    path.write_text("T: hi\nC: hello\n")
    result = CliRunner().invoke(app, ["notes", "draft", "--transcript", str(path), "--format", "psychotherapy"])
    assert result.exit_code == 2


def test_pattern_only_risk_screen_still_finds_explicit_ideation():
    risk = screen_risk(parse_transcript(RISK_TRANSCRIPT), use_classifier=False)
    assert risk.level in ("high", "imminent")
    assert all(not e.rule.startswith("classifier") for e in risk.evidence)
    assert any(e.text == "thinking of ending it" for e in risk.evidence)


def test_condensing_leaves_out_the_emptiest_turns_when_cutting_is_not_enough():
    from alliance.notes.drafting import _tokens

    segs = _segments(300)
    condensed = condense_segments(segs, 600, keep={"S7"})
    assert sum(_tokens(s) for s in condensed) <= 600 and "S7" in {s.id for s in condensed}
    ids = [int(s.id[1:]) for s in condensed]
    assert ids == sorted(ids)


def test_model_sentences_about_suicide_or_self_harm_are_left_out_of_the_sections():
    from alliance.notes.drafting import drop_risk_statements

    sections = {"assessment": [("The client's drinking is a risk factor for suicide and self-harm.", ["S63"]),
                               ("The client is ambivalent about cutting down.", ["S12"])],
                "plan": [("Review the safety plan if she thinks of ending her life.", []),
                         ("Keep a drinking diary.", ["S40"])]}
    kept, dropped = drop_risk_statements(sections)
    assert dropped == 2
    assert kept == {"assessment": [("The client is ambivalent about cutting down.", ["S12"])],
                    "plan": [("Keep a drinking diary.", ["S40"])]}


def test_embedded_schema_holds_each_text_to_one_sentence():
    import re

    import jsonschema

    schema = output_schema(SOAP, max_sentences=3, max_chars=160, one_sentence=True)
    item = schema["properties"]["plan"]["items"]
    pattern = item["properties"]["text"]["pattern"]
    assert re.match(pattern, "The client takes 0.5 mg of lorazepam at night.")
    for bad in ("Two sentences. Run on", "No full stop", 'A "quoted" word.'):
        assert not re.match(pattern, bad)
    jsonschema.validate({"text": "Keep a drinking diary.", "evidence": ["S40"]}, item)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"text": "Keep a diary.", "evidence": ["forty"]}, item)
