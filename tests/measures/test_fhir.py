"""FHIR R4 (fhir.resources R4B): Questionnaire, QuestionnaireResponse, Observation; import and round trips."""

from __future__ import annotations

import json

import pytest

from alliance.errors import BadRequest
from alliance.measures import InvalidAnswers, list_instruments, score
from alliance.measures.fhir import (
    UnknownQuestionnaire,
    import_questionnaire_response,
    observation_total,
    questionnaire,
    questionnaire_response,
)

from .helpers import answers_for_total

# ARCHITECTURE.md / LOINC: PHQ-9 panel 44249-1, total 44261-6, items in order, answers LA6568-5..LA6571-9.
PHQ9_ITEM_CODES = [
    "44250-9",
    "44255-8",
    "44259-0",
    "44254-1",
    "44251-7",
    "44258-2",
    "44252-5",
    "44253-3",
    "44260-8",
]


def test_phq9_questionnaire_carries_loinc_codes() -> None:
    q = json.loads(questionnaire("phq9").model_dump_json())
    assert q["resourceType"] == "Questionnaire"
    assert q["code"][0] == {
        "system": "http://loinc.org",
        "code": "44249-1",
        "display": "Patient Health Questionnaire-9",
    }
    assert [i["code"][0]["code"] for i in q["item"][:9]] == PHQ9_ITEM_CODES
    answers = [o["valueCoding"]["code"] for o in q["item"][0]["answerOption"]]
    assert answers == ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]


def test_spanish_questionnaire_uses_spanish_wording() -> None:
    q = json.loads(questionnaire("phq9", lang="es").model_dump_json())
    assert q["language"] == "es"
    assert q["item"][0]["text"] == "Poco interés o placer en hacer cosas"
    assert q["item"][0]["answerOption"][0]["valueCoding"]["display"] == "Ningún día"


def test_cssrs_questionnaire_expresses_skip_logic_as_enable_when() -> None:
    # C-SSRS Screener: questions 3-5 only if yes to 2.
    q = json.loads(questionnaire("cssrs_screener").model_dump_json())
    q3 = next(i for i in q["item"] if i["linkId"] == "cssrs_3")
    assert q3["enableWhen"][0]["question"] == "cssrs_2"
    assert q3["enableWhen"][0]["answerCoding"]["code"] == "1"
    assert q["id"] == "cssrs-screener"


def test_gad7_observation_uses_total_code_70274_6() -> None:
    result = score("gad7", [2, 2, 2, 2, 2, 2, 2])
    obs = json.loads(
        observation_total("gad7", result, "Patient/p1", "2026-03-01T09:00:00+00:00").model_dump_json()
    )
    assert obs["code"]["coding"][0] == {"system": "http://loinc.org", "code": "70274-6"}
    assert obs["valueInteger"] == 14
    assert obs["interpretation"][0]["text"] == "moderate"
    assert obs["category"][0]["coding"][0]["code"] == "survey"


def test_phq9_observation_total_44261_6_notes_risk_flag() -> None:
    result = score("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1])
    obs = json.loads(
        observation_total(
            "phq9", result, "Patient/p1", "2026-03-01", derived_from="QuestionnaireResponse/qr1"
        ).model_dump_json()
    )
    assert obs["code"]["coding"][0]["code"] == "44261-6"
    assert "item9" in obs["note"][0]["text"]
    assert obs["derivedFrom"][0]["reference"] == "QuestionnaireResponse/qr1"


def test_observation_refuses_a_result_that_cannot_be_scored() -> None:
    result = score("phq9", [None] * 9)
    with pytest.raises(BadRequest, match="cannot make an Observation"):
        observation_total("phq9", result, "Patient/p1", "2026-03-01")


def _sample_answers(instrument_id: str) -> list[int | None] | dict[str, int]:
    if instrument_id == "cssrs_screener":
        return [1, 1, 0, 1, 0, 1, 0]
    inst = next(i for i in list_instruments() if i.id == instrument_id)
    middle = ((inst.min_total or 0) + (inst.max_total or 0)) // 2
    return answers_for_total(instrument_id, middle)


@pytest.mark.parametrize("instrument_id", [i.id for i in list_instruments()])
def test_round_trip_export_json_import_gives_same_answers_and_score(instrument_id: str) -> None:
    answers = _sample_answers(instrument_id)
    before = score(instrument_id, answers)
    qr = questionnaire_response(instrument_id, answers, "2026-03-01T09:00:00+00:00", "Patient/p1")
    text = qr.model_dump_json()
    got_id, got_answers = import_questionnaire_response(text)
    after = score(got_id, got_answers)
    assert got_id == instrument_id
    assert got_answers == before.answers
    assert (after.total, after.severity, after.flags) == (before.total, before.severity, before.flags)


def test_round_trip_keeps_missing_items_missing() -> None:
    answers = [2, 2, 2, 2, 2, 2, 2, None, None, 1]
    qr = questionnaire_response("phq9", answers, "2026-03-01", "Patient/p1")
    _, got = import_questionnaire_response(json.loads(qr.model_dump_json()))
    result = score("phq9", got)
    assert result.prorated and result.missing_items == ["phq9_8", "phq9_9"] and got["phq9_difficulty"] == 1


def test_import_ehr_response_with_loinc_link_ids_and_integers() -> None:
    # An EHR form (LHC-Forms style): LOINC codes as linkIds, a group, a calculated total item, valueInteger.
    ehr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": "http://loinc.org/q/44249-1",
        "item": [
            {
                "linkId": "/44249-1",
                "item": [
                    {"linkId": f"/44249-1/{code}", "answer": [{"valueInteger": 1}]}
                    for code in PHQ9_ITEM_CODES
                ]
                + [{"linkId": "/44249-1/44261-6", "answer": [{"valueInteger": 9}]}],
            }
        ],
    }
    instrument_id, answers = import_questionnaire_response(ehr)
    assert instrument_id == "phq9"
    assert score(instrument_id, answers).total == 9


def test_import_accepts_loinc_answer_codings_without_a_questionnaire_reference() -> None:
    codes = ["LA6571-9", "LA6570-1"]
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            {"linkId": link, "answer": [{"valueCoding": {"system": "http://loinc.org", "code": code}}]}
            for link, code in zip(["44250-9", "44255-8"], codes, strict=True)
        ],
    }
    instrument_id, answers = import_questionnaire_response(qr)
    # Two PHQ-9 item codes and nothing else: the PHQ-2 (the smallest instrument holding both).
    assert instrument_id == "phq2"
    assert score(instrument_id, answers).total == 5


def test_import_unknown_questionnaire_is_a_clear_error() -> None:
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": "http://example.org/bdi-ii",
        "item": [{"linkId": "1", "answer": [{"valueInteger": 1}]}],
    }
    with pytest.raises(UnknownQuestionnaire, match="unknown questionnaire 'http://example.org/bdi-ii'"):
        import_questionnaire_response(qr)


def test_import_unknown_items_and_codes_are_errors() -> None:
    base = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": "urn:alliance:measures:questionnaire:gad7|1.0",
    }
    with pytest.raises(InvalidAnswers, match="unknown item 'x1'"):
        import_questionnaire_response({**base, "item": [{"linkId": "x1", "answer": [{"valueInteger": 1}]}]})
    with pytest.raises(InvalidAnswers, match="gad7_1: unknown answer code"):
        import_questionnaire_response(
            {**base, "item": [{"linkId": "gad7_1", "answer": [{"valueCoding": {"code": "LA9999-9"}}]}]}
        )
    with pytest.raises(InvalidAnswers, match="gad7_1: 5 is not a valid answer"):
        import_questionnaire_response(
            {**base, "item": [{"linkId": "gad7_1", "answer": [{"valueInteger": 5}]}]}
        )


def test_import_rejects_what_is_not_a_questionnaire_response() -> None:
    with pytest.raises(BadRequest, match="not a valid FHIR R4 QuestionnaireResponse"):
        import_questionnaire_response("{not json")
    with pytest.raises(BadRequest, match="not a valid FHIR R4 QuestionnaireResponse"):
        import_questionnaire_response({"resourceType": "Patient"})
    with pytest.raises(BadRequest, match="not a valid FHIR R4 QuestionnaireResponse"):
        import_questionnaire_response(
            {"resourceType": "QuestionnaireResponse", "status": "completed", "item": "x"}
        )


def test_import_accepts_booleans_for_yes_no_items() -> None:
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": "urn:alliance:measures:questionnaire:cssrs_screener",
        "item": [
            {"linkId": lid, "answer": [{"valueBoolean": val}]}
            for lid, val in [("cssrs_1", True), ("cssrs_2", False), ("cssrs_6", False)]
        ],
    }
    instrument_id, answers = import_questionnaire_response(qr)
    assert score(instrument_id, answers).severity == "low risk"


def test_import_accepts_a_relative_questionnaire_reference_by_name() -> None:
    qr = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": "Questionnaire/GAD-2",
        "item": [{"linkId": lid, "answer": [{"valueInteger": 2}]} for lid in ("gad2_1", "gad2_2")],
    }
    instrument_id, answers = import_questionnaire_response(qr)
    assert instrument_id == "gad2" and score(instrument_id, answers).severity == "positive"
