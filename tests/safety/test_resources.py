"""Crisis resources: the shipped YAML, its models, and country/language resolution."""

import re
from datetime import date
from importlib.resources import files

import pytest
import yaml
from pydantic import ValidationError

from alliance.safety.resources import (
    CrisisService,
    ResourcesFile,
    all_countries,
    emergency_numbers,
    load_resources,
    resources_for,
)

REQUIRED = ["US", "CA", "GB", "IE", "AU", "NZ", "ES", "MX", "AR", "FR", "DE", "AT", "CH", "PT", "BR", "IT"]
# The national emergency number each country must list (the most common failure of mental-health apps).
# Sources: each country's emergency_source in the YAML; EU 112 under the Universal Service Directive.
EXPECTED_EMERGENCY = {
    "US": "911", "CA": "911", "MX": "911", "AR": "911", "GB": "999", "IE": "112", "AU": "000", "NZ": "111",
    "ES": "112", "FR": "112", "DE": "112", "AT": "112", "CH": "112", "PT": "112", "IT": "112", "BR": "192",
}
EU = ["IE", "ES", "FR", "DE", "AT", "PT", "IT"]


def _services():
    data = load_resources()
    for code, entry in data.countries.items():
        for service in entry.services:
            yield code, service
    for service in data.fallback.services:
        yield "fallback", service


def _service(**overrides) -> CrisisService:
    fields = dict(id="local-1", name="Riverside crisis team", phone="555 0100", tel="5550100", hours="24/7",
                  languages=["en"], topics=["crisis"], source="Verified by phone by the practice admin",
                  checked=date(2026, 11, 1), local=True)
    return CrisisService(**(fields | overrides))


def test_yaml_loads_into_the_models_without_error():
    path = files("alliance") / "content" / "crisis_resources.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(ResourcesFile.model_validate(raw), ResourcesFile)


def test_every_required_country_is_listed():
    assert set(REQUIRED) <= set(all_countries())


@pytest.mark.parametrize("code", REQUIRED)
def test_every_country_has_its_national_emergency_number(code):
    numbers = [n.tel for n in emergency_numbers(code)]
    assert EXPECTED_EMERGENCY[code] in numbers


@pytest.mark.parametrize("code", EU)
def test_eu_countries_list_112(code):
    assert "112" in [n.tel for n in emergency_numbers(code)]


def test_uk_lists_999_and_112():
    assert {"999", "112"} <= {n.tel for n in emergency_numbers("GB")}


@pytest.mark.parametrize("code", REQUIRED)
def test_every_country_has_a_crisis_phone_line_and_says_what_to_do_out_of_hours(code):
    entry = load_resources().countries[code]
    crisis = [s for s in entry.services if s.tel and "crisis" in s.topics]
    assert crisis, code
    if not any(s.hours == "24/7" for s in crisis):
        # No round-the-clock line: the entry must point to the emergency number for the other hours.
        assert entry.guidance and any(n.tel in entry.guidance for n in entry.emergency), code


def test_every_service_has_an_https_source_and_a_checked_date():
    for code, service in _services():
        assert re.match(r"^https://[^\s/]+\.[a-z]{2,}", service.source), (code, service.id)
        assert isinstance(service.checked, date), (code, service.id)
        assert service.checked <= date.today(), (code, service.id)


def test_service_ids_are_unique():
    ids = [s.id for _, s in _services()]
    assert len(ids) == len(set(ids))


def test_numbers_are_well_formed():
    for code, service in _services():
        if service.tel is not None:
            assert re.fullmatch(r"[0-9]{3,15}", service.tel), (code, service.id)
            assert re.sub(r"\D", "", service.phone) == service.tel, (code, service.id)
            assert service.tel_uri == f"tel:{service.tel}"
        if service.text is not None:
            assert re.fullmatch(r"[0-9]{3,15}", re.sub(r"\D", "", service.text.number)), (code, service.id)
    for code in all_countries():
        for number in emergency_numbers(code):
            assert re.fullmatch(r"[0-9]{2,4}", number.tel), (code, number)


def test_the_note_says_entries_were_not_verified_live():
    note = load_resources().note.lower()
    assert "without live verification" in note and "re-verify" in note


@pytest.mark.parametrize(
    ("code", "tel"),
    [("US", "988"), ("CA", "988"), ("GB", "116123"), ("IE", "116123"), ("IE", "1800247247"),
     ("AU", "131114"), ("NZ", "1737"), ("ES", "024"), ("MX", "8009112000"), ("AR", "135"), ("FR", "3114"),
     ("DE", "08001110111"), ("DE", "08001110222"), ("AT", "142"), ("CH", "143"), ("PT", "808242424"),
     ("BR", "188"), ("IT", "0223272327")],
)
def test_well_established_national_lines_are_present(code, tel):
    assert tel in [s.tel for s in resources_for(code, None).services]


def test_us_resolves_to_988_and_911():
    res = resources_for("us", "en")
    assert not res.is_fallback and res.country == "US"
    assert res.services[0].tel == "988" and res.services[0].text.number == "988"
    assert [n.tel for n in res.emergency] == ["911"]


def test_text_services_where_they_exist():
    texts = {s.id: s.text for _, s in _services() if s.text}
    assert texts["gb-shout"].display == "Text SHOUT to 85258"
    assert texts["ie-text-50808"].number == "50808"
    assert texts["ca-988"].number == "988"
    assert texts["au-lifeline"].number == "0477 13 11 14"


def test_country_code_is_case_insensitive_and_uk_is_an_alias():
    assert resources_for("gb", None).country == "GB"
    assert resources_for(" Gb ", None).country == "GB"
    assert resources_for("UK", None).country == "GB"


@pytest.mark.parametrize("country", [None, "", "ZZ", "JP"])
def test_unknown_or_missing_country_gets_the_marked_fallback(country):
    res = resources_for(country, "en")
    assert res.is_fallback and res.country is None
    assert [n.tel for n in res.emergency] == ["112"]
    assert "112" in res.guidance
    assert {s.url for s in res.services} >= {"https://findahelpline.com/"}
    assert all(s.source.startswith("https://") for s in res.services)


def test_emergency_numbers_for_unknown_country_are_the_fallback():
    assert [n.tel for n in emergency_numbers("ZZ")] == ["112"]


def test_services_in_the_clients_language_come_first():
    res = resources_for("CA", "fr")
    speaks = [s.speaks("fr") for s in res.services]
    assert speaks == sorted(speaks, reverse=True) and speaks[0]
    res = resources_for("IT", "en")
    assert res.services[0].id == "it-telefono-amico"  # none speaks English: YAML order is kept


def test_language_ordering_keeps_yaml_order_within_a_group_and_ignores_region():
    us = resources_for("US", "es-MX")
    spanish = [s.id for s in us.services if s.speaks("es")]
    assert [s.id for s in us.services][: len(spanish)] == spanish
    assert spanish[0] == "us-988"
    assert "us-crisis-text-line" not in spanish


def test_practice_services_are_merged_first_within_their_language():
    local_en = _service()
    local_fr = _service(id="local-2", languages=["fr"], country="CA")
    res = resources_for("CA", "en", extra=[local_fr, local_en])
    ids = [s.id for s in res.services]
    assert ids[0] == "local-1"
    assert ids.index("local-2") > ids.index("ca-988")  # French-only after the English-speaking ones
    assert len(ids) == len(load_resources().countries["CA"].services) + 2


def test_practice_services_for_another_country_are_left_out():
    res = resources_for("GB", "en", extra=[_service(country="IE")])
    assert "local-1" not in [s.id for s in res.services]


def test_shipped_services_are_not_changed_by_merging():
    before = len(load_resources().countries["GB"].services)
    resources_for("GB", "en", extra=[_service()])
    assert len(load_resources().countries["GB"].services) == before


def test_malformed_practice_service_is_rejected():
    with pytest.raises(ValidationError):
        _service(phone="555 0100", tel="5550199")  # display and dialled digits differ
    with pytest.raises(ValidationError):
        _service(phone=None, tel=None)  # no way to reach it
    with pytest.raises(ValidationError):
        _service(local=False)  # shipped entries must cite an https source
    with pytest.raises(ValidationError):
        _service(languages=["english"])


def test_abuse_screening_puts_the_domestic_violence_line_first_in_the_clients_language():
    res = resources_for("US", "es")
    ordered = [s.id for s in res.for_categories(["abuse_safeguarding"])]
    assert ordered[:2] == ["us-domestic-violence-hotline", "us-childhelp"]
    assert ordered.index("us-crisis-text-line") > ordered.index("us-988")  # English-only stays after Spanish


def test_suicide_screening_keeps_the_national_lifeline_first():
    assert resources_for("GB", "en").for_categories(["suicidal_ideation"])[0].id == "gb-samaritans"


def test_overdose_screening_brings_the_poison_centre_forward():
    ordered = [s.id for s in resources_for("CH", "de").for_categories(["overdose_medical"])]
    assert ordered[0] == "ch-tox-info"


def test_every_screening_category_maps_to_known_topics():
    from typing import get_args

    from alliance.safety.resources import CATEGORY_TOPICS, Topic

    # The nine categories of issue 3.
    categories = {"suicidal_ideation", "suicide_plan_intent", "self_harm", "harm_to_others",
                  "abuse_safeguarding", "psychosis_command", "overdose_medical", "eating_disorder_medical",
                  "substance_risk"}
    assert set(CATEGORY_TOPICS) == categories
    assert all(topics <= set(get_args(Topic)) for topics in CATEGORY_TOPICS.values())
