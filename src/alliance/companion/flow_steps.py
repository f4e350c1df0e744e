"""The guided exercises' fixed steps as data, their words in each language (`flow_texts/<lang>.yaml`, written per
language, never translated at run time), and how a client's answer to a step is read (alliance.companion.flows runs
them)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from alliance.companion import checks
from alliance.companion.models import CompanionFlow
from alliance.companion.schemas import MAX_SHORT, MAX_TEXT
from alliance.yamlfile import load_yaml

TEXTS = Path(__file__).resolve().parent / "flow_texts"
KINDS = ("thought-record", "paced-breathing", "grounding-54321", "behavioural-activation", "communication-practice")
EXERCISE_ENGLISH = {"thought-record": "thought record", "paced-breathing": "paced breathing exercise",
                    "grounding-54321": "5-4-3-2-1 grounding exercise", "behavioural-activation": "activity plan",
                    "communication-practice": "communication practice"}
MAX_EMOTIONS = 5
PLAN_AHEAD_DAYS = 90  # how far ahead an activity can be planned


@dataclass(frozen=True)
class Step:
    """One fixed step: the answer's key and how it is read (`text`, `short`, `number`, `emotions`, `rerate`, `date`).

    `reflect`: what the step asked, in English, when a model may acknowledge the answer in a sentence or two.
    """

    key: str
    input: str
    low: int = 0
    high: int = 100
    optional: bool = False
    reflect: str | None = None
    timer: bool = False


# The steps follow the forms' fields (companion/schemas.py), so a finished flow makes the same record. Thought record:
# Beck's column method (Greenberger & Padesky, Mind Over Mood, 2nd ed., 2016); paced breathing at about six breaths a
# minute (in 4, out 6); 5-4-3-2-1 grounding; behavioural activation's activity scheduling with mood rated before and
# after (Martell, Dimidjian & Herman-Dunn, 2010).
STEPS: dict[str, tuple[Step, ...]] = {
    "thought-record": (
        Step("situation", "text", reflect="the situation in which the feeling came up"),
        Step("emotions", "emotions"),
        Step("automatic_thought", "text"),
        Step("evidence_for", "text", optional=True),
        Step("evidence_against", "text", optional=True),
        Step("balanced_thought", "text", reflect="a more balanced thought about the situation"),
        Step("rerate", "rerate"),
    ),
    "paced-breathing": (
        Step("tension_before", "number", 0, 10, optional=True),
        Step("minutes", "number", 1, 60, timer=True),
        Step("tension_after", "number", 0, 10, optional=True),
        Step("note", "text", optional=True),
    ),
    "grounding-54321": tuple(Step(key, "short") for key in ("see", "feel", "hear", "smell", "taste")),
    "behavioural-activation": (
        Step("activity", "short", reflect="one small activity the client plans to do"),
        Step("planned_for", "date"),
        Step("mood_before", "number", 0, 10),
        Step("mood_after", "number", 0, 10),  # later, once the activity is done
        Step("note", "text", optional=True),
    ),
    "communication-practice": (
        Step("line_1", "text"), Step("line_2", "text"), Step("line_3", "text"),
        Step("confidence", "number", 0, 10),
    ),
}
PLANNED_AT = 3  # behavioural activation: the steps before this one plan the activity; the flow then waits


# --- the texts --------------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def texts(lang: str) -> dict[str, Any]:
    """The fixed texts in a language (English where the language has no file), word lists folded."""
    path = TEXTS / f"{lang}.yaml"
    data = load_yaml((path if path.exists() else TEXTS / "en.yaml").read_text(encoding="utf-8"))
    data["words"] = {key: frozenset(checks.fold(w) for w in words) for key, words in data["words"].items()}
    data["intents"] = {kind: [checks.fold(p) for p in phrases] for kind, phrases in data["intents"].items()}
    return data


def say(lang: str, *path: str, **fields: Any) -> str:
    """One fixed text (by its path in the language's file) with its {fields} filled in."""
    node: Any = texts(lang)
    for key in path:
        node = node[key]
    return node.format(**fields)


def title(kind: str, lang: str) -> str:
    return texts(lang)["titles"][kind]


def _bare(text: str) -> str:
    """A short answer as the word lists hold it: folded, surrounding punctuation removed."""
    return checks.fold(text).strip(" .!?¡¿,;:\"'«»„“”")


def is_word(text: str, lang: str, key: str) -> bool:
    """The whole message is one of the language's words for `key` (stop, skip, today, tomorrow), or English's."""
    bare = _bare(text)
    return bare in texts(lang)["words"][key] or bare in texts("en")["words"][key]


def _has(folded: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded) is not None


def intent(text: str, lang: str, kinds: list[str]) -> str | None:
    """The exercise a message asks for, among `kinds`: the exercise's name beside a request ("can we", "let's"...),
    in the language or English; None otherwise ("I did the paced breathing" is not a request)."""
    folded = checks.fold(text)
    if not any(_has(folded, cue) for cue in texts(lang)["words"]["ask"] | texts("en")["words"]["ask"]):
        return None
    for kind in kinds:
        for phrase in dict.fromkeys([*texts(lang)["intents"].get(kind, []), *texts("en")["intents"][kind]]):
            if _has(folded, phrase):
                return kind
    return None


# --- reading an answer ----------------------------------------------------------------------------------------------

class Invalid(Exception):
    """The answer does not fit the step; the message (in the client's language) says what to write."""


_NUMBER = re.compile(r"\d+")
_PAIR = re.compile(r"([^\d,;:\n]+?)\s*[:=\-–]?\s*(\d+)\s*%?")
_JOINERS = re.compile(r"^(?:and|y|e|et|und|ed|also|und auch)\s+", re.I)


def _number(text: str, low: int, high: int, lang: str) -> int:
    found = _NUMBER.search(text)
    value = int(found.group()) if found and len(found.group()) <= 3 else None
    if value is None or not low <= value <= high:
        raise Invalid(say(lang, "common", "number", lo=low, hi=high))
    return value


def _emotions(text: str, lang: str) -> list[dict[str, Any]]:
    emotions = []
    for raw_name, raw_value in _PAIR.findall(text):
        name = _JOINERS.sub("", " ".join(raw_name.strip(" .,;:-–()").split()))
        value = int(raw_value) if len(raw_value) <= 3 else 101
        if not name or not any(ch.isalpha() for ch in name) or len(name) > 60 or value > 100:
            raise Invalid(_emotions_help(lang))
        emotions.append({"name": name, "before": value})
    if not emotions:
        raise Invalid(_emotions_help(lang))
    return emotions[:MAX_EMOTIONS]


def _emotions_help(lang: str) -> str:
    return say(lang, "steps", "thought-record", "emotions")


def _rerate(text: str, lang: str, emotions: list[dict[str, Any]]) -> list[int]:
    values = [int(n) for n in _NUMBER.findall(text) if len(n) <= 3]
    if len(values) < len(emotions) or any(v > 100 for v in values[:len(emotions)]):
        raise Invalid(say(lang, "common", "number", lo=0, hi=100) + " "
                      + say(lang, "steps", "thought-record", "rerate", emotions=_names(emotions)))
    return values[:len(emotions)]


def _names(emotions: list[dict[str, Any]]) -> str:
    return ", ".join(e["name"] for e in emotions)


_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")


def _date(text: str, lang: str, today: date) -> date:
    if is_word(text, lang, "today"):
        return today
    if is_word(text, lang, "tomorrow"):
        return today + timedelta(days=1)
    found: date | None = None
    try:
        if m := _ISO.search(text):
            found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif lang != "en" and (m := _DAY_MONTH.search(text)):  # day before month outside English (ISO in English)
            year = int(m.group(3)) if m.group(3) else today.year
            year = year + 2000 if year < 100 else year
            found = date(year, int(m.group(2)), int(m.group(1)))
            if not m.group(3) and found < today:
                found = date(year + 1, found.month, found.day)
    except ValueError:
        found = None
    if found is None or not today <= found <= today + timedelta(days=PLAN_AHEAD_DAYS):
        raise Invalid(texts(lang)["steps"]["behavioural-activation"]["planned_for"])
    return found


def read(step: Step, text: str, lang: str, state: dict[str, Any], today: date) -> Any:
    """The answer to `step` (None for a skipped optional step), or Invalid with what to write instead."""
    text = text.strip()
    if step.optional and is_word(text, lang, "skip"):
        return None
    if step.input == "number":
        return _number(text, step.low, step.high, lang)
    if step.input == "emotions":
        return _emotions(text, lang)
    if step.input == "rerate":
        return _rerate(text, lang, state["answers"]["emotions"])
    if step.input == "date":
        return _date(text, lang, today).isoformat()
    limit = MAX_SHORT if step.input == "short" else MAX_TEXT
    if len(text) > limit:
        raise Invalid(say(lang, "common", "text", max=limit))
    return text


def prompt(flow: CompanionFlow, state: dict[str, Any] | None = None, index: int | None = None) -> str | None:
    """What the current (or `index`) step asks, in the flow's language; None for a role-play line (the other
    person's reply is the cue)."""
    state = state if state is not None else json.loads(flow.state_json or '{"answers": {}}')
    index = flow.step if index is None else index
    steps = STEPS[flow.kind]
    if index >= len(steps):
        return None
    step = steps[index]
    if flow.kind == "communication-practice":
        return say(flow.lang, "roleplay", "confidence") if step.key == "confidence" else None
    fields = {"emotions": _names(state["answers"].get("emotions", []))} if step.input == "rerate" else {}
    return say(flow.lang, "steps", flow.kind, step.key, **fields)
