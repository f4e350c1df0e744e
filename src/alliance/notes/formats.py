"""Note formats as data: SOAP, DAP, BIRP, GIRP and practice-defined templates (sections with instructions)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from alliance.errors import BadRequest, NotFound

# Psychotherapy (process) notes are a separate record that is never sent to a model (HIPAA 45 CFR 164.501
# treats them apart from the medical record); no format of that name can be drafted.
FORBIDDEN_NAMES = {"psychotherapy", "process", "process_note", "psychotherapy_note", "psychotherapy_notes"}


class SectionSpec(BaseModel):
    """One section of a note format: a lower-case name and what belongs in it."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    instruction: str = Field(min_length=3, max_length=400)
    title: str | None = None

    @property
    def heading(self) -> str:
        """The display heading (title, else the name capitalised)."""
        return self.title or self.name.replace("_", " ").capitalize()


class NoteFormat(BaseModel):
    """A note format: built in (SOAP, DAP, BIRP, GIRP) or defined by a practice."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    title: str = Field(min_length=1, max_length=80)
    sections: tuple[SectionSpec, ...] = Field(min_length=1, max_length=10)
    description: str = ""

    @field_validator("name")
    @classmethod
    def _not_process_note(cls, name: str) -> str:
        if name in FORBIDDEN_NAMES:
            raise ValueError("psychotherapy (process) notes are never drafted by a model")
        return name

    @field_validator("sections")
    @classmethod
    def _unique(cls, sections: tuple[SectionSpec, ...]) -> tuple[SectionSpec, ...]:
        names = [s.name for s in sections]
        if len(set(names)) != len(names):
            raise ValueError("section names must be unique")
        if "risk" in names:
            raise ValueError("the risk section comes from the safety screen, not from a format section")
        return sections

    @property
    def section_names(self) -> list[str]:
        """Section names in order."""
        return [s.name for s in self.sections]


def _fmt(name: str, title: str, description: str, *sections: tuple[str, str]) -> NoteFormat:
    return NoteFormat(name=name, title=title, description=description,
                      sections=tuple(SectionSpec(name=n, instruction=i) for n, i in sections))


# SOAP: Weed's problem-oriented medical record (Weed 1968, NEJM 278:593). DAP, BIRP and GIRP are the common
# behavioural-health progress-note variants (e.g. Wiger, The Psychotherapy Documentation Primer).
SOAP = _fmt("soap", "SOAP note", "Subjective, Objective, Assessment, Plan",
            ("subjective", "what the client reports: symptoms, events, feelings, their own words"),
            ("objective", "what the clinician observed or measured: presentation, scores stated in session"),
            ("assessment", "progress and the clinician's formulation as stated in the session"),
            ("plan", "homework, next steps, referrals and the next appointment"))
DAP = _fmt("dap", "DAP note", "Data, Assessment, Plan",
           ("data", "what the client reported and what was observed or measured"),
           ("assessment", "progress and the clinician's formulation as stated in the session"),
           ("plan", "homework, next steps and the next appointment"))
BIRP = _fmt("birp", "BIRP note", "Behavior, Intervention, Response, Plan",
            ("behavior", "the client's presentation, reported behaviour and concerns"),
            ("intervention", "what the clinician did: techniques, skills practised, psychoeducation"),
            ("response", "how the client responded to the interventions"),
            ("plan", "homework, next steps and the next appointment"))
GIRP = _fmt("girp", "GIRP note", "Goals, Intervention, Response, Plan",
            ("goals", "the treatment goals addressed this session"),
            ("intervention", "what the clinician did: techniques, skills practised, psychoeducation"),
            ("response", "how the client responded to the interventions"),
            ("plan", "homework, next steps and the next appointment"))

BUILTIN_FORMATS: dict[str, NoteFormat] = {f.name: f for f in (SOAP, DAP, BIRP, GIRP)}


def get_format(name: str | NoteFormat) -> NoteFormat:
    """A built-in format by name (case-insensitive), or the given NoteFormat; NotFound if unknown."""
    if isinstance(name, NoteFormat):
        return name
    key = str(name).strip().lower()
    if key in FORBIDDEN_NAMES:
        raise BadRequest("psychotherapy (process) notes are never drafted by a model")
    try:
        return BUILTIN_FORMATS[key]
    except KeyError:
        raise NotFound(f"no note format {name!r}; built in: {', '.join(BUILTIN_FORMATS)}") from None


def custom_format(name: str, sections: list[dict[str, str]] | list[tuple[str, str]], *,
                  title: str | None = None) -> NoteFormat:
    """A practice-defined format from (name, instruction) pairs; BadRequest if invalid."""
    try:
        specs = tuple(SectionSpec(name=s[0], instruction=s[1]) if isinstance(s, tuple | list)
                      else SectionSpec.model_validate(s) for s in sections)
        return NoteFormat(name=name, title=title or name.replace("_", " ").capitalize(), sections=specs)
    except ValueError as exc:
        raise BadRequest(f"invalid note format: {exc}") from exc


# One sentence: no sentence end inside (a full stop only before a digit, as in "0.5 mg"), one at the end.
ONE_SENTENCE = r'^([^.!?"\\\n]|[.][0-9]){2,%d}[.!?]$'


def output_schema(fmt: NoteFormat, *, max_sentences: int = 4, max_chars: int = 240, one_sentence: bool = False
                  ) -> dict[str, Any]:
    """The JSON schema of one drafted part: each section -> sentences -> text + cited segment ids.

    `one_sentence` makes each text exactly one sentence (a pattern, for providers that enforce it while
    decoding: a small model otherwise runs its prose on across items, cut wherever the length limit falls)."""
    text: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": max_chars}
    if one_sentence:
        text = {"type": "string", "pattern": ONE_SENTENCE % (max_chars - 1)}
    sentence = {
        "type": "object", "additionalProperties": False, "required": ["text", "evidence"],
        "properties": {
            "text": text,
            "evidence": {"type": "array", "maxItems": 2,
                         "items": {"type": "string", "pattern": "^S[1-9][0-9]{0,4}$"}},
        },
    }
    return {
        "type": "object", "additionalProperties": False, "required": fmt.section_names,
        "properties": {s.name: {"type": "array", "maxItems": max_sentences, "items": sentence}
                       for s in fmt.sections},
    }
