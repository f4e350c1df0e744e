"""PHI redaction: recognizers, allow-list, placeholders, restore, the synthetic suite's targets, no network."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from alliance.llm import redaction
from alliance.llm.redaction import Redaction, redact, restore

sys.path.insert(0, str(Path(__file__).parent))
import phi_holdout  # noqa: E402
import phi_suite  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def engine():
    """Load presidio and spaCy once for the whole test session."""
    return redaction.get_engine()


@pytest.fixture(scope="session")
def suite():
    return phi_suite.generate()


def _survives(r: Redaction, value: str) -> bool:
    return any(part in r.text for part in value.replace(",", " ").split() if any(c.isalnum() for c in part))


# --- the synthetic suite ---------------------------------------------------------------------------------

def test_suite_has_at_least_60_documents_in_every_note_style(suite):
    assert len(suite) >= 60
    assert {d.style for d in suite} == set(phi_suite.STYLES)
    assert all(d.phi and d.clinical for d in suite)


def test_suite_recall_and_clinical_terms_meet_targets_with_known_phi(suite):
    figures = phi_suite.evaluate(suite, redact, use_known_phi=True)
    assert figures.recall >= 0.97, figures.missed
    assert figures.clinical_redacted_share <= 0.02, figures.wrongly_redacted


def test_suite_recall_meets_target_from_detection_alone(suite):
    figures = phi_suite.evaluate(suite, redact, use_known_phi=False)
    assert figures.recall >= 0.97, figures.missed
    assert figures.clinical_redacted_share <= 0.02, figures.wrongly_redacted
    assert figures.ordinary_redacted_share <= 0.05


def test_hand_written_holdout_notes_stay_above_their_regression_floor():
    # Floor set below the first measured figure (0.833 before the fixes it prompted; 0.889 after), see
    # docs/privacy.md: it catches regressions, it does not prove the 0.97 target on real notes.
    figures = phi_suite.evaluate(phi_holdout.holdout_docs(), redact, use_known_phi=False)
    assert figures.recall >= 0.85, figures.missed
    assert figures.clinical_redacted == 0, figures.wrongly_redacted


def test_round_trip_restores_every_suite_document(suite):
    for doc in suite:
        r = redact(doc.text, known_phi=doc.known_phi)
        assert r.text != doc.text
        assert restore(r.text, r.mapping) == doc.text


# --- placeholders and restore ----------------------------------------------------------------------------

def test_same_value_gets_the_same_placeholder_within_a_document():
    r = redact("Maria Gonzalez attended. Later Maria Gonzalez called (555) 201-3344 and again (555) 201-3344.")
    assert r.text.count("<PERSON_1>") == 2
    assert r.text.count("<PHONE_1>") == 2
    assert r.mapping == {"<PERSON_1>": "Maria Gonzalez", "<PHONE_1>": "(555) 201-3344"}


def test_different_values_get_different_placeholders():
    r = redact("Dr. Alan Price saw Maria Gonzalez on March 3, 2024 and again on April 9, 2024.")
    assert set(r.mapping.values()) >= {"Alan Price", "Maria Gonzalez", "March 3, 2024", "April 9, 2024"}
    assert len(set(r.mapping)) == len(r.mapping.values())


def test_restore_puts_names_back_in_a_drafted_note():
    r = redact("Client Maria Gonzalez reports her brother Tomas helps with childcare.")
    assert r.mapping == {"<PERSON_1>": "Maria Gonzalez", "<PERSON_2>": "Tomas"}
    draft = "<PERSON_1> described support from <PERSON_2>; plan reviewed with <PERSON_1>."
    assert restore(draft, r.mapping) == "Maria Gonzalez described support from Tomas; plan reviewed with Maria Gonzalez."


@pytest.mark.parametrize("variant", ["<person_1>", "< PERSON_1 >", "<PERSON 1>", "[PERSON_1]", "{PERSON_1}",
                                     "&lt;PERSON_1&gt;", "PERSON_1", "<Person-1>"])
def test_restore_tolerates_placeholders_the_model_reformatted(variant):
    mapping = {"<PERSON_1>": "Maria Gonzalez"}
    assert restore(f"Seen: {variant}.", mapping) == "Seen: Maria Gonzalez."


def test_restore_leaves_unknown_placeholders_untouched():
    assert restore("<PERSON_7> and <DATE_1>", {"<PERSON_1>": "Maria"}) == "<PERSON_7> and <DATE_1>"


def test_redaction_unpacks_as_text_and_mapping_and_counts_labels():
    r = redact("Email maria.g@example.com or call 020 7946 0958.")
    text, mapping = r
    assert text == r.text and mapping == r.mapping
    assert r.counts == {"EMAIL": 1, "PHONE": 1}
    assert all(not hasattr(s, "text") for s in r.spans)


def test_message_separator_used_by_the_gateway_survives_redaction():
    from alliance.llm.privacy import _SEP

    joined = _SEP.join(["Regards,", "Maria Gonzalez wrote", "MRN 4482910"])
    r = redact(joined)
    assert len(r.text.split(_SEP)) == 3


def test_placeholder_already_in_the_text_is_neither_reused_nor_restored():
    text = "Template shows <person_1> here; Maria Gonzalez attended."
    r = redact(text)
    assert r.mapping == {"<PERSON_2>": "Maria Gonzalez"}
    assert restore(r.text, r.mapping) == text


def test_empty_text_gives_empty_redaction():
    assert redact("").text == "" and redact("").mapping == {}


# --- known PHI ----------------------------------------------------------------------------------------------

def test_known_phi_is_redacted_even_where_detection_misses_it():
    text = "hope said summers are hard; Hope Summers agreed to CBT weekly."
    r = redact(text, known_phi=["Hope Summers"])
    assert "hope" not in r.text.lower() and "summers" not in r.text.lower()
    assert "CBT weekly" in r.text
    assert restore(r.text, r.mapping) == text


def test_known_phi_first_and_last_names_are_redacted_on_their_own():
    r = redact("Quill arrived early. Ms Zanetti-Okafor said quill felt better.",
               known_phi=["Quill Zanetti-Okafor"])
    assert "Quill" not in r.text and "quill" not in r.text and "Zanetti" not in r.text


def test_known_date_of_birth_is_redacted_in_other_formats():
    r = redact("Born 1979-02-07; the form says 7 February 1979 and 02/07/1979.", known_phi=["February 7, 1979"])
    assert "1979" not in r.text


def test_known_phi_wins_over_the_clinical_allow_list():
    r = redact("Ms Ada Act came for ACT.", known_phi=["Ada Act"])
    assert "Ada" not in r.text and "Act" not in r.text


# --- custom recognizers -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "label"), [
    ("MRN 1234567 on file.", "1234567", "MRN"),
    ("Medical record #: 00482913.", "00482913", "MRN"),
    ("See record # 55321 for details.", "55321", "MRN"),
    ("Chart no. 88812-A was updated.", "88812", "MRN"),
    ("Patient ID: A-203311.", "A-203311", "MRN"),
    ("Lives at 42 Wallaby Way with her aunt.", "42 Wallaby Way", "ADDRESS"),
    ("Moved to Flat 3, 12 High Street, Bristol BS1 4DJ last week.", "Flat 3, 12 High Street, Bristol BS1 4DJ", "ADDRESS"),
    ("Address: 1777 Kramer Court Apt. 12B, Johnsonfurt, NE 80119.", "1777 Kramer Court Apt. 12B, Johnsonfurt, NE 80119",
     "ADDRESS"),
    ("Postcode SW1A 1AA confirmed.", "SW1A 1AA", "ADDRESS"),
    ("Zip code: 60614.", "60614", "ADDRESS"),
    ("Call (312) 555-0148 after 5.", "(312) 555-0148", "PHONE"),
    ("Mobile 07700 900123.", "07700 900123", "PHONE"),
    ("Tel +44 20 7946 0958.", "+44 20 7946 0958", "PHONE"),
    ("Office 555.201.3344 ext 12.", "555.201.3344 ext 12", "PHONE"),
    ("Email maria.gonzalez@example.com today.", "maria.gonzalez@example.com", "EMAIL"),
    ("DOB 03/14/1985.", "03/14/1985", "DATE"),
    ("Born 14th March 1985.", "14th March 1985", "DATE"),
    ("Seen on Tuesday, March 3, 2024.", "Tuesday, March 3, 2024", "DATE"),
    ("Date of birth: 1985-03-14.", "1985-03-14", "DATE"),
    ("DOB 14.03.1985, reviewed.", "14.03.1985", "DATE"),
    ("Her grandmother, 94 years old, moved in.", "94", "AGE"),
    ("Lives with her father, aged 91.", "91", "AGE"),
    ("SSN 123-45-6789 on the form.", "123-45-6789", "SSN"),
    ("NHS number 943 476 5919.", "943 476 5919", "NHS"),
    ("Member ID: XJH123456789.", "XJH123456789", "INSURANCE_ID"),
    ("Policy number 88-2231-9 pending.", "88-2231-9", "INSURANCE_ID"),
    ("Profile at https://social.example.org/maria.g now.", "https://social.example.org/maria.g", "URL"),
    ("Logged in from 203.0.113.42.", "203.0.113.42", "IP"),
    ("Her SSN ends in 6789.", "6789", "SSN"),
    ("DCFS case 2023-JV-00417 is open.", "2023-JV-00417", "ID"),
    ("Drives a blue Civic, plate 7ABC123.", "7ABC123", "ID"),
    ("Next appt Thu 11/14 at 2pm.", "11/14", "DATE"),
    ("ok. i live at 88 pine ridge rd now", "88 pine ridge rd", "ADDRESS"),
    ("hey my name's tyler btw", "tyler", "PERSON"),
    ("She follows @tyler_99 online.", "@tyler_99", "ID"),
    ("Joined from 3021 N Lamar Blvd today.", "3021 N Lamar Blvd", "ADDRESS"),
    ("Lives alone on Birchwood Crescent now.", "Birchwood Crescent", "ADDRESS"),
    ("Clinic address Vancouver, BC V5T 3J9.", "V5T 3J9", "ADDRESS"),
    ("Client Nguyễn Thị Hoa attended with an interpreter.", "Nguyễn Thị Hoa", "PERSON"),
])
def test_custom_recognizer_redacts_value(text, value, label):
    r = redact(text)
    assert not _survives(r, value), r.text
    assert label in r.counts, r.counts


def test_ages_of_89_and_under_are_kept():
    r = redact("A 45-year-old woman; her father is 89 years old.")
    assert "45" in r.text and "89" in r.text


@pytest.mark.parametrize("term", [
    "PHQ-9", "GAD-7", "PCL-5", "C-SSRS", "AUDIT-C", "CBT", "DBT", "ACT", "EMDR", "MI", "SI", "HI", "SIB", "MDD",
    "GAD", "PTSD", "OCD", "ADHD", "DSM-5", "F32.1", "sertraline 50 mg", "fluoxetine 20mg", "quetiapine 25 mg qhs",
    "Lexapro 10 mg daily", "lithium 300 mg bid", "PHQ-9 of 14", "GAD-7 score 12", "for 6 weeks", "biweekly",
    "every 2 weeks", "session 6", "7/10",
])
def test_clinical_term_survives_redaction(term):
    text = f"Tom Alvarez (MRN 5512093): {term} discussed with Dr. Priya Natarajan on 04/02/2024."
    r = redact(text)
    assert term in r.text, r.text
    assert "Alvarez" not in r.text and "Natarajan" not in r.text


def test_medication_with_a_bare_dose_survives():
    text = "Still on Abilify 2 and Zoloft 150; denies SI."
    assert redact(text).text == text


def test_durations_and_scores_in_a_note_survive():
    text = "Low mood for 6 weeks; PHQ-9 of 14, GAD-7 of 9; denies SI/HI; continue sertraline 50 mg and CBT weekly."
    assert redact(text).text == text


# --- engine ---------------------------------------------------------------------------------------------------

def test_engine_is_built_once_and_safe_across_threads(engine):
    assert redaction.get_engine() is engine
    text = "Maria Gonzalez, MRN 4482910, called (555) 201-3344 about sertraline 50 mg."
    expected = redact(text).text
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(redact(text).text)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


@pytest.mark.parametrize("tldextract_first", [False, True], ids=["fresh", "tldextract-imported-first"])
def test_engine_loads_and_redacts_with_the_network_blocked(tmp_path, tldextract_first):
    script = textwrap.dedent(f"""
        {"import tldextract" if tldextract_first else ""}
        import socket, spacy.cli
        def refuse(*a, **k):
            raise RuntimeError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        spacy.cli.download = refuse
        from alliance.llm.redaction import redact
        r = redact("Write to maria.gonzalez@example.co.uk or see https://example.org/maria, Maria Gonzalez.")
        assert "maria" not in r.text.lower(), r.text
        import tldextract.tldextract as t
        assert t.TLD_EXTRACTOR.suffix_list_urls == (), t.TLD_EXTRACTOR.suffix_list_urls
        assert t.TLD_EXTRACTOR("x.example.co.uk").suffix == "co.uk"  # the shipped snapshot, offline
        print("ok")
    """)
    env = {**os.environ, "TLDEXTRACT_CACHE": str(tmp_path), "HOME": str(tmp_path)}
    env.pop("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", None)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("ok")
