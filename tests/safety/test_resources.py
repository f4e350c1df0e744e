"""Crisis resources: the shipped YAML, its models, and country/language resolution."""

import re
from datetime import date
from importlib.resources import files

import pytest
import yaml
from pydantic import ValidationError

from alliance.safety.resources import (
    CrisisService,
    EmergencyFile,
    ResourcesFile,
    all_countries,
    emergency_countries,
    emergency_numbers,
    known_country,
    load_emergency_numbers,
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
    fields = {"id": "local-1", "name": "Riverside crisis team", "phone": "555 0100", "tel": "5550100",
              "hours": "24/7", "languages": ["en"], "topics": ["crisis"],
              "source": "Verified by phone by the practice admin", "checked": date(2026, 11, 1), "local": True}
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
            # Digits only, or a leading * for a mobile short code (Chile's *4141).
            assert re.fullmatch(r"\*?[0-9]{3,15}", service.tel), (code, service.id)
            star = "*" if service.phone.startswith("*") else ""
            assert star + re.sub(r"\D", "", service.phone) == service.tel, (code, service.id)
            assert service.tel_uri == f"tel:{service.tel}"
        if service.text is not None:
            assert re.fullmatch(r"[0-9]{3,15}", re.sub(r"\D", "", service.text.number)), (code, service.id)
    for code in all_countries() + emergency_countries():
        for number in emergency_numbers(code):
            # 2 to 5 digits: 01 (Turkmenistan) ... 10111 (South Africa's police).
            assert re.fullmatch(r"[0-9]{2,5}", number.tel), (code, number)


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


# Only a missing or unknown code gets the generic fallback now (JP used to, with 112: wrong for Japan).
@pytest.mark.parametrize("country", [None, "", "ZZ", "QQ"])
def test_unknown_or_missing_country_gets_the_marked_fallback(country):
    res = resources_for(country, "en")
    assert res.is_fallback and res.country is None and not res.emergency_for_country
    # 112 and 911: the numbers GSM mobile phones treat as emergency numbers everywhere.
    assert [n.tel for n in res.emergency] == ["112", "911"]
    assert "112" in res.guidance and "911" in res.guidance
    assert {s.url for s in res.services} >= {"https://findahelpline.com/"}
    assert all(s.source.startswith("https://") for s in res.services)


def test_emergency_numbers_for_unknown_country_are_the_fallback():
    assert [n.tel for n in emergency_numbers("ZZ")] == ["112", "911"]


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


# --- Issue 10: every country gets its own emergency numbers; crisis lines without gaps -------------------------

# All 249 ISO 3166-1 alpha-2 codes (independent of the data, so a missing country fails here).
ISO_3166 = re.findall(r"[A-Z]{2}", """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC
CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""")
# Codes with no public number of their own (uninhabited or research/military only) or none that could be confirmed.
NOT_LISTED = {"AQ", "BV", "GS", "HM", "IO", "PN", "TF", "TK", "UM", "GN", "GQ"}
# Sources: each government's page named in emergency_numbers.yaml, cross-checked with libphonenumber 9.0.43.
OWN_EMERGENCY = {
    "JP": {"110", "119"}, "PH": {"911"}, "CO": {"123"}, "CL": {"131", "133"}, "SG": {"995", "999"}, "US": {"911"},
    "GB": {"999"}, "AU": {"000"}, "NZ": {"111"}, "IN": {"112"}, "ZA": {"10111", "10177"}, "KR": {"112", "119"},
    "NO": {"112", "113"}, "IL": {"100", "101"}, "HK": {"999"}, "NG": {"112"}, "TR": {"112"}, "CN": {"110", "120"},
    "TH": {"191", "1669"}, "MX": {"911"}, "BR": {"192"}, "DE": {"112", "110"}, "FR": {"15", "17", "112"},
}
# Issue 10: these countries need a crisis line, or an explicit "no national line" entry.
ISSUE_10_COUNTRIES = ["IN", "JP", "KR", "ZA", "PH", "NL", "BE", "PL", "SE", "DK", "NO", "FI", "CL", "CO", "SG", "HK",
                      "IL", "TR", "NG"]


def test_emergency_table_loads_into_the_models_once():
    path = files("alliance") / "content" / "emergency_numbers.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(EmergencyFile.model_validate(raw), EmergencyFile)
    assert load_emergency_numbers() is load_emergency_numbers()  # parsed once per process
    assert load_resources() is load_resources()


def test_every_iso_code_is_either_in_the_table_or_explicitly_not_listed():
    table = load_emergency_numbers()
    assert len(ISO_3166) == len(set(ISO_3166)) == 249
    assert set(table.not_listed) == NOT_LISTED
    assert set(table.countries) | set(table.not_listed) == set(ISO_3166) | {"XK"}
    assert all(isinstance(code, str) for code in table.countries)  # YAML would read an unquoted NO as False


@pytest.mark.parametrize("code", sorted(set(ISO_3166) - NOT_LISTED))
def test_every_iso_country_resolves_to_its_own_emergency_numbers(code):
    res = resources_for(code, None)
    own = [n.tel for n in load_emergency_numbers().countries[code].numbers()]
    assert res.country == code and res.emergency_for_country, code
    assert own and {n.tel for n in res.emergency} <= set(own), code
    # The first number shown is the country's own first number (or the curated list's, which the table contains).
    assert res.emergency[0].tel in own, code
    assert [n.tel for n in emergency_numbers(code)] == [n.tel for n in res.emergency]


@pytest.mark.parametrize(("code", "numbers"), sorted(OWN_EMERGENCY.items()))
def test_well_known_emergency_numbers(code, numbers):
    assert numbers <= {n.tel for n in emergency_numbers(code)}
    assert numbers <= {n.tel for n in resources_for(code, "en").emergency}


def test_the_old_112_fallback_is_gone_for_countries_that_do_not_use_it():
    for code in ["JP", "PH", "CO", "CL", "SG", "US", "AU", "NZ", "CA", "MX", "TH", "CN"]:
        assert "112" not in [n.tel for n in emergency_numbers(code)][:1], code


def test_table_entries_have_sources_dates_and_say_what_is_uncertain():
    table = load_emergency_numbers()
    assert table.checked <= date.today() and table.compiled <= date.today()
    assert all(s.url.startswith("https://") for s in table.sources)
    assert "libphonenumber" in table.sources[0].name and "itu.int" in table.sources[1].url
    assert "not verified live" in table.note.lower() or "without live" in table.note.lower()
    for code, entry in table.countries.items():
        assert table.source_of(code).startswith("https://"), code
        if entry.uncertain:
            assert entry.notes, code
    for code, entry in table.not_listed.items():
        assert entry.reason.strip(), code


def test_curated_emergency_lists_agree_with_the_table():
    table = load_emergency_numbers()
    for code, entry in load_resources().countries.items():
        curated = [n.tel for n in entry.emergency]
        own = [n.tel for n in table.countries[code].numbers()]
        assert set(curated) <= set(own), (code, curated, own)
        assert own[0] in curated, (code, curated, own)


def test_a_country_without_crisis_lines_gets_its_own_numbers_and_the_directories():
    res = resources_for("MN", "en")  # Mongolia: in the table, no crisis lines listed
    assert res.is_fallback and res.country == "MN" and res.country_name == "Mongolia"
    assert res.emergency_for_country and {"101", "102", "103"} == {n.tel for n in res.emergency}
    assert "103" in res.guidance and "112" not in res.guidance
    assert {s.url for s in res.services} >= {"https://findahelpline.com/"}


def test_an_uncertain_entry_says_so():
    res = resources_for("BI", "en")
    assert res.emergency_uncertain and res.emergency_for_country
    assert load_emergency_numbers().countries["BI"].notes in res.guidance


def test_a_code_without_numbers_gets_the_generic_numbers_and_the_reason():
    res = resources_for("aq", "en")
    assert res.country == "AQ" and res.country_name == "Antarctica"
    assert not res.emergency_for_country and [n.tel for n in res.emergency] == ["112", "911"]
    assert "no confirmed emergency number" in res.guidance.lower()


def test_known_country_accepts_iso_codes_aliases_and_rejects_others():
    assert known_country("jp") and known_country("UK") and known_country("AQ") and known_country("XK")
    assert not known_country("ZZ") and not known_country("") and not known_country(None)


@pytest.mark.parametrize("code", ISSUE_10_COUNTRIES)
def test_issue_10_countries_have_a_crisis_line_or_say_there_is_none(code):
    entry = load_resources().countries[code]
    lines = [s for s in entry.services if s.tel and {"crisis", "suicide"} & set(s.topics)]
    if entry.no_national_line is None:
        assert lines, code
        assert all(s.source.startswith("https://") and s.checked <= date.today() for s in entry.services)
        assert all(s.hours and s.languages for s in entry.services)
    else:
        # Explicitly no national line: the guidance names the emergency number and the directories are added.
        assert entry.guidance and any(n.tel in entry.guidance for n in entry.emergency), code
        res = resources_for(code, None)
        assert res.no_national_line == entry.no_national_line and not res.is_fallback
        assert "intl-find-a-helpline" in [s.id for s in res.services]


def test_no_national_line_entries():
    countries = load_resources().countries
    assert {c for c, e in countries.items() if e.no_national_line} == {"CO", "TR", "NG"}
    assert "123" in countries["CO"].guidance and "112" in countries["TR"].guidance
    assert "112" in countries["NG"].guidance


@pytest.mark.parametrize("code", sorted(c for c in ISO_3166 if c not in NOT_LISTED))
def test_every_country_with_lines_says_what_to_do_out_of_hours(code):
    entry = load_resources().countries.get(code)
    if entry is None:
        return
    crisis = [s for s in entry.services if s.tel and "crisis" in s.topics]
    if not any(s.hours == "24/7" for s in crisis):
        assert entry.guidance and any(n.tel in entry.guidance for n in entry.emergency), code


@pytest.mark.parametrize(
    ("code", "tel"),
    [("IN", "14416"), ("JP", "0120279338"), ("KR", "109"), ("ZA", "0800567567"), ("PH", "1553"),
     ("NL", "08000113"), ("BE", "1813"), ("BE", "080032123"), ("PL", "116123"), ("SE", "90101"),
     ("DK", "70201201"), ("NO", "116123"), ("FI", "0925250111"), ("CL", "*4141"), ("SG", "1771"),
     ("SG", "1767"), ("HK", "18111"), ("IL", "1201"), ("AR", "08009990091")],
)
def test_issue_10_national_lines_are_present(code, tel):
    assert tel in [s.tel for s in resources_for(code, None).services]


def test_portugal_leads_with_the_national_suicide_line_1411():
    services = resources_for("PT", "pt").services
    suicide = [s for s in services if "suicide" in s.topics]
    assert suicide[0].tel == "1411" and suicide[0].hours == "24/7"
    assert services[0].id == "pt-1411"
    assert resources_for("PT", "pt").for_categories(["suicidal_ideation"])[0].tel == "1411"


def test_argentina_lines_and_where_they_are_free():
    services = {s.id: s for s in resources_for("AR", "es").services}
    assert services["ar-cas-135"].tel == "135" and "CABA" in services["ar-cas-135"].audience
    assert services["ar-cas-0800"].tel == "08003451435" and "whole country" in services["ar-cas-0800"].notes
    assert services["ar-salud-mental-0800"].source.startswith("https://www.argentina.gob.ar/")


def test_papyrus_text_number_and_mexico_government_source():
    papyrus = next(s for s in load_resources().countries["GB"].services if s.id == "gb-papyrus")
    assert papyrus.text.number == "88247" and papyrus.tel == "08000684141"
    vida = next(s for s in load_resources().countries["MX"].services if s.id == "mx-linea-de-la-vida")
    assert vida.tel == "8009112000" and vida.source.startswith("https://www.gob.mx/")


def test_star_short_code_and_five_digit_emergency_numbers():
    chile = next(s for s in resources_for("CL", "es").services if s.id == "cl-4141")
    assert chile.tel_uri == "tel:*4141" and chile.phone == "*4141"
    assert [n.tel_uri for n in emergency_numbers("ZA")][:2] == ["tel:10177", "tel:10111"]
    with pytest.raises(ValidationError):
        _service(phone="*4141", tel="4141")  # the star must be dialled too


def test_a_country_entry_without_lines_must_say_why():
    from alliance.safety.resources import CountryEntry

    with pytest.raises(ValidationError):
        CountryEntry(name="Nowhere", services=[])
    with pytest.raises(ValidationError):
        CountryEntry(name="Nowhere", no_national_line="None exists.")  # guidance is required then
    assert CountryEntry(name="Nowhere", no_national_line="None exists.", guidance="Call 112.").services == []
