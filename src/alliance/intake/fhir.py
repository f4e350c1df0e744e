"""A referral from another service as a FHIR R4 QuestionnaireResponse (read with fhir.resources R4B).

What is read (docs/intake.md, "The pages"):
- the questionnaires' answers, by the item's linkId as Alliance names it (`phq9_9`, `cssrs_6_recent`), its LOINC
  code (`44260-8`), or, inside a group whose linkId names the instrument (`phq9`, `gad7`, its LOINC panel), by
  position (`1`..`n`); answers as valueCoding (the option's score or LOINC answer code), valueInteger, or
  valueBoolean for yes/no items;
- the referral's own fields by linkId (`reason`, `email`, `phone`, `birth_date`, `language`, `country`, `consent`,
  `risk_to_others`, ...: FIELDS below), and the person's name, birth date, telecom, language and country from a
  contained Patient that the subject points to, where the sender puts them there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import ValidationError

from alliance.errors import BadRequest
from alliance.measures.fhir import LOINC, answer_system
from alliance.measures.instruments import Instrument, InvalidAnswers, Item, UnknownInstrument, get_instrument

INSTRUMENTS = ("phq9", "gad7", "cssrs_screener", "wsas", "auditc")
QUESTIONNAIRE_URL = "urn:alliance:intake:questionnaire:referral"

# linkId -> (field, kind); kind says which answer value is read.
FIELDS: dict[str, tuple[str, str]] = {
    "reason": ("text", "string"), "text": ("text", "string"), "presenting_concerns": ("text", "string"),
    "name": ("name", "string"), "given_name": ("given_name", "string"), "family_name": ("family_name", "string"),
    "email": ("email", "string"), "phone": ("phone", "string"), "birth_date": ("birth_date", "date"),
    "language": ("language", "code"), "country": ("country", "code"), "contact_times": ("contact_times", "string"),
    "accessibility": ("accessibility", "string"), "consent": ("consent", "boolean"),
    "modality": ("modality", "code"), "clinician_gender": ("clinician_gender", "code"),
    "preferred_clinician_language": ("clinician_language", "code"),
    "harm_others_thoughts": ("harm_others_thoughts", "boolean"), "risk_to_others": ("harm_others_thoughts", "boolean"),
    "harm_others_intent": ("harm_others_intent", "boolean"), "child_at_risk": ("child_at_risk", "boolean"),
    "unsafe_at_home": ("unsafe_at_home", "boolean"), "domestic_abuse": ("unsafe_at_home", "boolean"),
    "trauma_disrupts_life": ("trauma_disrupts_life", "boolean"), "risk_details": ("risk_details", "string"),
    "referrer": ("referrer", "string"),
}
RISK = ("harm_others_thoughts", "harm_others_intent", "child_at_risk", "unsafe_at_home", "trauma_disrupts_life")


class InvalidReferral(BadRequest):
    """A QuestionnaireResponse that is valid FHIR but cannot be read as a referral."""

    status_code = 422


@dataclass
class ImportedReferral:
    """What a QuestionnaireResponse says, before the intake service stores and triages it."""

    fields: dict[str, Any] = field(default_factory=dict)
    answers: dict[str, dict[str, int]] = field(default_factory=dict)
    authored: str | None = None
    source_id: str | None = None  # the sender's id for the response, kept for tracing


def _instruments() -> list[Instrument]:
    found = []
    for name in INSTRUMENTS:
        try:
            found.append(get_instrument(name))
        except UnknownInstrument:
            continue  # an instrument not shipped in this version is simply not read
    return found


def _key(link_id: str) -> str:
    return link_id.strip().rstrip("/").rsplit("/", 1)[-1]


def _group_instrument(link_id: str, instruments: list[Instrument]) -> Instrument | None:
    key = _key(link_id).lower()
    for inst in instruments:
        names = {inst.id, inst.id.replace("_", "-"), inst.short_name.lower(), *(a.lower() for a in inst.aliases)}
        if key in names or key == inst.loinc.get("panel"):
            return inst
    return None


def _item(link_id: str, instruments: list[Instrument], group: Instrument | None) -> tuple[Instrument, Item] | None:
    key = _key(link_id)
    for inst in [group] if group is not None else instruments:
        for n, item in enumerate(inst.items, start=1):
            if key in (item.id, item.loinc) or (group is not None and key == str(n)):
                return inst, item
    return None


def _score(inst: Instrument, item: Item, answer: Any) -> int:
    options = inst.options_for(item)
    if answer.valueCoding is not None:
        coding = answer.valueCoding
        for option in options:
            if coding.code is not None and coding.code in (option.loinc, str(option.score)):
                if coding.system in (None, LOINC, answer_system(inst)):
                    return option.score
        raise InvalidReferral(f"{inst.short_name} question {item.id}: the answer code "
                              f"{coding.system or ''}|{coding.code} is not one of its options.")
    if answer.valueInteger is not None:
        if answer.valueInteger not in {o.score for o in options}:
            raise InvalidReferral(f"{inst.short_name} question {item.id}: {answer.valueInteger} is out of range.")
        return int(answer.valueInteger)
    if answer.valueBoolean is not None and {o.score for o in options} == {0, 1}:
        return 1 if answer.valueBoolean else 0
    raise InvalidReferral(f"{inst.short_name} question {item.id}: give the answer as valueCoding or valueInteger.")


def _value(link_id: str, kind: str, answer: Any) -> Any:
    if kind == "boolean":
        if answer.valueBoolean is not None:
            return bool(answer.valueBoolean)
        if answer.valueCoding is not None and answer.valueCoding.code in ("Y", "N", "yes", "no"):
            return answer.valueCoding.code in ("Y", "yes")
    elif kind == "date":
        if answer.valueDate is not None:
            return answer.valueDate if isinstance(answer.valueDate, date) else str(answer.valueDate)
        if answer.valueString is not None:
            try:
                return date.fromisoformat(answer.valueString.strip())
            except ValueError:
                pass
    elif kind == "code":
        if answer.valueCoding is not None and answer.valueCoding.code:
            return str(answer.valueCoding.code)
        if answer.valueString is not None:
            return answer.valueString.strip()
    elif answer.valueString is not None:
        return answer.valueString
    raise InvalidReferral(f"{link_id}: expected a {kind} answer.")


def _walk(items: list[Any] | None, group: Instrument | None, instruments: list[Instrument]
          ) -> Iterator[tuple[Any, Instrument | None]]:
    for entry in items or []:
        inner = _group_instrument(entry.linkId, instruments) or group
        yield entry, group
        yield from _walk(entry.item, inner, instruments)
        for answer in entry.answer or []:
            yield from _walk(answer.item, inner, instruments)


def _patient(qr: Any) -> dict[str, Any]:
    """Name, birth date, telecom, language and country from a contained Patient the subject points to."""
    ref = (qr.subject.reference or "") if qr.subject is not None else ""
    for resource in qr.contained or []:
        if resource.get_resource_type() != "Patient" or (ref.startswith("#") and resource.id != ref[1:]):
            continue
        out: dict[str, Any] = {}
        if resource.name:
            name = resource.name[0]
            out["given_name"] = " ".join(name.given or []) or None
            out["family_name"] = name.family
            if name.text:
                out["name"] = name.text
        if resource.birthDate:
            out["birth_date"] = resource.birthDate
        for telecom in resource.telecom or []:
            if telecom.system in ("email", "phone") and telecom.value:
                out.setdefault(telecom.system, telecom.value)
        for comm in resource.communication or []:
            codes = [c.code for c in comm.language.coding or [] if c.code]
            if codes:
                out.setdefault("language", codes[0])
        for address in resource.address or []:
            if address.country:
                out.setdefault("country", address.country)
        return {k: v for k, v in out.items() if v}
    return {}


def read(data: str | bytes | Mapping[str, Any]) -> ImportedReferral:
    """Read a QuestionnaireResponse as a referral; a malformed one is a BadRequest (400), one that is valid FHIR
    but names unknown questions, out-of-range answers or lacks the confirmed consent is InvalidReferral (422)."""
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    try:
        if isinstance(data, (str, bytes)):
            data = json.loads(data)
        if not isinstance(data, Mapping) or data.get("resourceType") != "QuestionnaireResponse":
            raise BadRequest("Send a FHIR R4 QuestionnaireResponse (resourceType \"QuestionnaireResponse\").")
        qr = QuestionnaireResponse.model_validate(data)
    except BadRequest:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever the body is, the sender gets a 400 naming the problem
        detail = " ".join(str(exc).split())[:300]
        raise BadRequest(f"Not a valid FHIR R4 QuestionnaireResponse: {detail}") from None
    if qr.status not in ("completed", "amended"):
        raise InvalidReferral(f"The QuestionnaireResponse is {qr.status!r}; send it once it is completed.")
    instruments = _instruments()
    out = ImportedReferral(fields=_patient(qr), authored=str(qr.authored) if qr.authored else None,
                           source_id=qr.id or (qr.identifier.value if qr.identifier else None))
    for entry, group in _walk(qr.item, None, instruments):
        if not entry.answer:
            continue
        key = _key(entry.linkId)
        if key in FIELDS and group is None:
            name, kind = FIELDS[key]
            out.fields[name] = _value(key, kind, entry.answer[0])
            continue
        found = _item(entry.linkId, instruments, group)
        if found is None:
            raise InvalidReferral(f"Unknown question {entry.linkId!r}: use the linkIds of docs/intake.md.")
        inst, item = found
        if len(entry.answer) != 1:
            raise InvalidReferral(f"{inst.short_name} question {item.id}: expected one answer, got "
                                  f"{len(entry.answer)}.")
        answers = out.answers.setdefault(inst.id, {})
        if item.id in answers:
            raise InvalidReferral(f"{inst.short_name} question {item.id} is answered twice.")
        answers[item.id] = _score(inst, item, entry.answer[0])
    if out.fields.get("consent") is not True:
        raise InvalidReferral("The referral must confirm the person's consent to the referral (linkId \"consent\", "
                              "valueBoolean true).")
    if not any(out.fields.get(k) for k in ("email", "phone")):
        raise InvalidReferral("The referral needs a way to reach the person: an e-mail address or a phone number.")
    return out


def to_referral(imported: ImportedReferral) -> Any:
    """The ReferralCreate for an imported response; a field the schema refuses is InvalidReferral (422)."""
    from alliance.intake.schemas import ReferralCreate

    f = imported.fields
    given, family = f.get("given_name"), f.get("family_name")
    if f.get("name") and not (given and family):
        parts = str(f["name"]).split()
        given, family = given or " ".join(parts[:-1]) or parts[0], family or parts[-1]
    data = {
        "given_name": given or "", "family_name": family or "", "date_of_birth": f.get("birth_date"),
        "email": f.get("email"), "phone": f.get("phone"),
        "preferred_language": str(f.get("language") or "en").lower().split("-")[0],
        "country": str(f.get("country") or "US")[:2].upper(), "contact_times": f.get("contact_times"),
        "text": f.get("text") or "", "measures": imported.answers,
        "risk": {name: f[name] for name in RISK if name in f} | {"details": f.get("risk_details")},
        "accessibility_needs": f.get("accessibility"),
        "preferences": {"modality": f.get("modality"), "clinician_gender": f.get("clinician_gender"),
                        "language": f.get("clinician_language")},
        "consent_to_processing": True, "referrer": f.get("referrer"), "external_id": imported.source_id,
    }
    try:
        return ReferralCreate.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'referral'}: {e['msg']}" for e in exc.errors()[:5])
        raise InvalidReferral(f"The referral cannot be stored: {problems}.") from None


__all__ = ["ImportedReferral", "InvalidAnswers", "InvalidReferral", "QUESTIONNAIRE_URL", "read", "to_referral"]
