"""The shipped instrument data: complete, sourced, licensed, coded, and refused when inconsistent."""

from __future__ import annotations

import copy
import importlib.resources

import pytest
import yaml
from pydantic import ValidationError

from alliance.measures import get_instrument, list_instruments
from alliance.measures.instruments import Instrument


def test_all_required_instruments_ship() -> None:
    ids = {i.id for i in list_instruments()}
    assert ids == {"phq9", "phq2", "gad7", "gad2", "pcl5", "cssrs_screener", "who5", "audit", "auditc", "k10", "wsas"}


@pytest.mark.parametrize("inst", list_instruments(), ids=lambda i: i.id)
def test_every_instrument_has_licence_sources_recall_and_english(inst: Instrument) -> None:
    assert inst.licence and inst.sources and inst.recall_period["en"] and inst.instructions["en"]
    assert set(inst.languages.validated) <= set(inst.languages.available)
    assert all("en" in item.text for item in inst.items)
    assert all(flag.source in inst.sources for flag in inst.flags)


def test_item_counts_match_the_published_instruments() -> None:
    counts = {i.id: len(i.scored_items) for i in list_instruments()}
    assert counts == {
        "phq9": 9,
        "phq2": 2,
        "gad7": 7,
        "gad2": 2,
        "pcl5": 20,
        "cssrs_screener": 7,
        "who5": 5,
        "audit": 10,
        "auditc": 3,
        "wsas": 5,
        "k10": 10,
    }


def test_phq9_has_unscored_functional_question_and_loinc_codes() -> None:
    # ARCHITECTURE.md: PHQ-9 panel 44249-1, total 44261-6.
    phq9 = get_instrument("phq9")
    assert phq9.loinc == {"panel": "44249-1", "total": "44261-6"}
    assert [i.id for i in phq9.items if not i.scored] == ["phq9_difficulty"]
    assert [o.loinc for o in phq9.options_for(phq9.items[0])] == [
        "LA6568-5",
        "LA6569-3",
        "LA6570-1",
        "LA6571-9",
    ]


def test_gad7_and_phq2_loinc_codes() -> None:
    assert get_instrument("gad7").loinc == {"panel": "69737-5", "total": "70274-6"}
    assert get_instrument("phq2").loinc == {"panel": "55757-9", "total": "55758-7"}


def test_spanish_is_validated_only_for_the_pfizer_screeners() -> None:
    with_es = {i.id for i in list_instruments() if "es" in i.languages.validated}
    assert with_es == {"phq9", "phq2", "gad7", "gad2"}


def test_risk_flags_are_exactly_phq9_item9_and_cssrs_method_intent_plan_recent() -> None:
    risky = {(i.id, f.id) for i in list_instruments() for f in i.flags if f.risk}
    assert risky == {
        ("phq9", "item9"),
        ("cssrs_screener", "ideation_with_method"),
        ("cssrs_screener", "ideation_with_intent"),
        ("cssrs_screener", "ideation_with_plan"),
        ("cssrs_screener", "recent_behaviour"),
    }


def _raw(name: str) -> dict:
    path = importlib.resources.files("alliance") / "content" / "instruments" / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_loader_refuses_bands_with_a_gap() -> None:
    data = copy.deepcopy(_raw("phq9"))
    data["bands"]["list"][1]["min"] = 6  # mild would start at 6: total 5 has no band
    with pytest.raises(ValidationError, match="does not start at 5"):
        Instrument.model_validate(data)


def test_loader_refuses_a_flag_on_an_unknown_item() -> None:
    data = copy.deepcopy(_raw("phq9"))
    data["flags"][0]["rule"]["item"] = "phq9_99"
    with pytest.raises(ValidationError, match="unknown item phq9_99"):
        Instrument.model_validate(data)


def test_loader_refuses_bands_that_stop_short_of_the_maximum() -> None:
    data = copy.deepcopy(_raw("gad7"))
    data["bands"]["list"][-1]["max"] = 20
    with pytest.raises(ValidationError, match="not 21"):
        Instrument.model_validate(data)
