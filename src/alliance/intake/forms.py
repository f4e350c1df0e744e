"""The referral form: its questions, and reading a posted form into checked values with errors per field.

The same form serves the public self-referral page, the staff entry page and (PHQ-9 and GAD-7 only) the monthly
check while a person waits. Item wording comes from the instruments (content/instruments), in the person's language
where the instrument ships it, else in English with a note; everything else goes through the catalogues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel import Locale

from alliance.measures.instruments import Instrument, UnknownInstrument, get_instrument
from alliance.web.i18n import LANGUAGES, N_, gettext

INSTRUMENTS = ("phq9", "gad7", "cssrs_screener", "wsas", "auditc")
WAITING_INSTRUMENTS = ("phq9", "gad7")
# Every item of these must be answered (the triage reads them); WSAS and AUDIT-C may be left out.
REQUIRED = ("phq9", "gad7", "cssrs_screener")
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
                  "it": "Italiano"}

MODALITIES = [("", N_("No preference")), ("in_person", N_("In person")), ("video", N_("Video")),
              ("phone", N_("Phone"))]
GENDERS = [("", N_("No preference")), ("woman", N_("A woman")), ("man", N_("A man")),
           ("non_binary", N_("A non-binary clinician"))]
# The risk-to-others and safeguarding questions (yes/no) and the RiskAnswers field each fills; the triage reads them.
SAFETY_QUESTIONS = [
    ("harm_others_thoughts", N_("In the past month, have you had thoughts of seriously hurting someone else?")),
    ("harm_others_intent", N_("If so: do you intend to act on those thoughts?")),
    ("child_at_risk", N_("Is a child or young person in your home or care at risk of harm now?")),
    ("unsafe_at_home", N_("Is someone close to you hurting, threatening or controlling you?")),
    ("trauma_disrupts_life", N_("Do memories of a frightening or upsetting event get in the way of your daily life?")),
]
OPTIONAL_SAFETY = ("harm_others_intent",)  # asked only after a yes to the question before it
MAX_TEXT = 5000  # schemas.MAX_TEXT
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def instruments(names: tuple[str, ...] = INSTRUMENTS) -> list[Instrument]:
    """The shipped instruments of the form, in order (one missing from this version is left out)."""
    found = []
    for name in names:
        try:
            found.append(get_instrument(name))
        except UnknownInstrument:
            continue
    return found


@dataclass
class Block:
    """One questionnaire as the form shows it, in one language."""

    inst: Instrument
    lang: str  # the language its wording is shown in
    translated: bool  # False: shown in English to someone who reads another language
    title: str
    instructions: str
    items: list[tuple[Any, str, list[tuple[int, str]]]]  # (item, text, [(score, label)])
    required: bool


def blocks(lang: str, names: tuple[str, ...] = INSTRUMENTS) -> list[Block]:
    """The questionnaires in `lang` where the instrument has that wording, else in English."""
    out = []
    for inst in instruments(names):
        shown = lang if lang in inst.languages.available else "en"
        items = [(item, item.text.get(shown) or item.text["en"],
                  [(o.score, o.text.get(shown) or o.text["en"]) for o in inst.options_for(item)])
                 for item in inst.items]
        out.append(Block(inst, shown, shown == lang or lang == "en", inst.name,
                         inst.instructions.get(shown) or inst.instructions["en"], items, inst.id in REQUIRED))
    return out


def countries(lang: str) -> list[tuple[str, str]]:
    """(ISO code, name in `lang`) for every country the crisis resources know, sorted by name."""
    from alliance.safety.resources import emergency_countries

    names = Locale.parse(lang if lang in LANGUAGES else "en").territories
    return sorted(((code, names.get(code, code)) for code in emergency_countries()), key=lambda c: c[1].casefold())


@dataclass
class Parsed:
    """A posted referral form: the values as typed (to show again) and as checked, with errors by field."""

    raw: dict[str, str]
    data: Any = None  # the ReferralCreate once every check passes
    answers: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _enabled(item: Any, given: dict[str, int]) -> bool:
    """FHIR enableWhen: an item asked only after a certain answer is required only then."""
    for cond in item.enable_when:
        value = given.get(cond.item)
        if value is None or not {"eq": value == cond.value, "ne": value != cond.value}.get(cond.op, True):
            return False
    return True


def read_answers(raw: dict[str, str], names: tuple[str, ...], required: tuple[str, ...]
                 ) -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    """The questionnaire answers of a form, and an error for each required question left out."""
    answers: dict[str, dict[str, int]] = {}
    errors: dict[str, str] = {}
    for inst in instruments(names):
        given: dict[str, int] = {}
        for item in inst.items:
            value = (raw.get(item.id) or "").strip()
            scores = {o.score for o in inst.options_for(item)}
            if value.lstrip("-").isdigit() and int(value) in scores:
                given[item.id] = int(value)
            elif value:
                errors[item.id] = gettext("Choose one of the answers.")
        if inst.id in required or given:
            for item in inst.items:
                if item.id not in given and item.id not in errors and item.required and item.scored \
                        and _enabled(item, given):
                    errors[item.id] = gettext("Please answer this question.")
        if given:
            answers[inst.id] = given
    return answers, errors


def _field_of(loc: tuple) -> str:
    """The form field a ReferralCreate validation error belongs to."""
    head = str(loc[0]) if loc else "form"
    if head == "measures":
        return str(loc[2]) if len(loc) > 2 else "form"
    if head in ("risk", "preferences"):
        return str(loc[1]) if len(loc) > 1 and head == "risk" else "form"
    return {"date_of_birth": "birth_date", "accessibility_needs": "accessibility",
            "consent_to_processing": "consent"}.get(head, head)


def read_referral(raw: dict[str, str], *, staff: bool = False) -> Parsed:
    """Check a posted referral form (public or staff) and build the ReferralCreate; nothing is stored here."""
    from pydantic import ValidationError

    from alliance.intake.schemas import ReferralCreate

    out = Parsed(raw=raw)
    e = out.errors
    if raw.get("consent") != "yes":
        e["consent"] = ("Confirm that the person agreed to this referral being recorded." if staff else
                        gettext("Please confirm that you agree, so that the practice can read your referral."))
    text = {name: (raw.get(name) or "").strip() for name in (
        "given_name", "family_name", "email", "phone", "contact_times", "accessibility", "text", "risk_details",
        "referrer")}
    for name, value in text.items():
        if len(value) > (MAX_TEXT if name in ("text", "risk_details", "accessibility") else 300):
            e[name] = gettext("This is too long.")
    if not text["given_name"]:
        e["given_name"] = "Give the person's first name." if staff else gettext("Please tell us your first name.")
    if not text["family_name"]:
        e["family_name"] = "Give the person's last name." if staff else gettext("Please tell us your last name.")
    if text["email"] and not EMAIL.match(text["email"]):
        e["email"] = gettext("This does not look like an e-mail address.")
    if not text["email"] and not text["phone"]:
        e["phone"] = gettext("Please give an e-mail address or a phone number, so that we can reach you.")
    born = (raw.get("birth_date") or "").strip()
    birth_date = None
    try:
        birth_date = date.fromisoformat(born) if born else None
        if birth_date and not date(1900, 1, 1) <= birth_date <= date.today():
            raise ValueError
    except ValueError:
        birth_date = None
        e["birth_date"] = gettext("Give the date of birth as year-month-day, for example 1990-04-21.")
    if not born:
        e["birth_date"] = "Give the date of birth." if staff else gettext("Please give your date of birth.")
    risk: dict[str, Any] = {}
    for name, _question in SAFETY_QUESTIONS:
        answer = raw.get(name)
        if answer in ("yes", "no"):
            risk[name] = answer == "yes"
        elif name not in OPTIONAL_SAFETY:
            e[name] = gettext("Please answer this question.")
    risk["details"] = text["risk_details"] or None
    out.answers, item_errors = read_answers(raw, INSTRUMENTS, REQUIRED)
    e.update(item_errors)
    if e:
        return out
    modality, gender = raw.get("modality") or "", raw.get("clinician_gender") or ""
    data = {
        "given_name": text["given_name"], "family_name": text["family_name"], "date_of_birth": birth_date,
        "email": text["email"] or None, "phone": text["phone"] or None,
        "preferred_language": raw.get("language") if raw.get("language") in LANGUAGES else "en",
        "country": (raw.get("country") or "").strip().upper()[:2] or "US",
        "contact_times": text["contact_times"] or None, "text": text["text"], "measures": out.answers,
        "risk": risk, "accessibility_needs": text["accessibility"] or None,
        "preferences": {"modality": modality if modality in dict(MODALITIES) and modality else "no_preference",
                        "clinician_gender": gender if gender in dict(GENDERS) and gender else "no_preference",
                        "language": raw.get("clinician_language") if raw.get("clinician_language") in LANGUAGES
                        else None},
        "consent_to_processing": True, "referrer": text["referrer"] or None if staff else None,
    }
    try:
        out.data = ReferralCreate.model_validate(data)
    except ValidationError as exc:
        for problem in exc.errors():
            field_name = _field_of(tuple(problem["loc"]))
            e.setdefault(field_name, {"email": gettext("This does not look like an e-mail address."),
                                      "phone": gettext("This does not look like a phone number.")}.get(
                field_name, gettext("Please check this answer.")))
    return out


def error_order(errors: dict[str, str]) -> list[str]:
    """The fields with errors in the order the form shows them (for the summary at the top)."""
    order = ["consent", "given_name", "family_name", "email", "phone", "birth_date", "country", "language",
             "contact_times", "text"]
    order += [item.id for inst in instruments() for item in inst.items]
    order += [name for name, _ in SAFETY_QUESTIONS] + ["accessibility"]
    return [name for name in order if name in errors] + [name for name in errors if name not in order]
