"""The plan editor as a plain form (no JavaScript): numbered fields for each problem, goal, objective and
intervention, one blank row of each kind always offered, blank rows ignored. The form is read into the shape
of PlanContent as typed (so a mistake comes back with what was typed) and then validated.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from alliance.errors import BadRequest
from alliance.measures.instruments import list_instruments
from alliance.plans.schemas import COMPARISONS, METRICS, PlanContent

MAX_ROWS = 20
LABELS = {"problems": "Problem", "goals": "Goal", "objectives": "objective", "interventions": "Intervention"}


def measure_choices() -> list[tuple[str, str]]:
    """(value, label) of what an objective can be measured on: questionnaires with a total, then the logs."""
    out = [(i.id, f"{i.short_name} (questionnaire, {i.min_total}-{i.max_total})") for i in list_instruments()
           if i.min_total is not None and i.max_total is not None]
    return out + [(key, f"{label} (client's log)") for key, (label, *_rest) in METRICS.items()]


def _v(form, name: str) -> str:  # noqa: ANN001
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def _rows(form, prefix: str) -> list[int]:  # noqa: ANN001
    """The row numbers present in the form for a prefix ('problem-3-text' -> 3), in order."""
    found = set()
    for key in form.keys():
        if key.startswith(prefix + "-"):
            head = key[len(prefix) + 1:].split("-", 1)[0]
            if head.isdigit() and int(head) < MAX_ROWS:
                found.add(int(head))
    return sorted(found)


def typed(form) -> dict[str, Any]:  # noqa: ANN001
    """The form as typed, in PlanContent's shape (blank rows dropped)."""
    problems = []
    for n in _rows(form, "problem"):
        p = {k: _v(form, f"problem-{n}-{k}") for k in ("id", "text", "code_system", "code")}
        if p["text"] or p["code"]:
            problems.append(p)
    goals = []
    for n in _rows(form, "goal"):
        g: dict[str, Any] = {k: _v(form, f"goal-{n}-{k}") for k in ("id", "client_words", "clinical")}
        objectives = []
        for m in _rows(form, f"goal-{n}-obj"):
            pre = f"goal-{n}-obj-{m}-"
            o = {
                k: _v(form, pre + k) for k in ("id", "text", "measure", "comparison", "target", "step", "by")
            }
            if o["text"] or o["target"]:
                objectives.append(o)
        g["objectives"] = objectives
        if g["client_words"] or g["clinical"] or objectives:
            goals.append(g)
    interventions = []
    for n in _rows(form, "int"):
        i: dict[str, Any] = {
            k: _v(form, f"int-{n}-{k}") for k in ("id", "modality", "frequency", "sessions", "who", "text")
        }
        i["homework"] = [v for v in form.getlist(f"int-{n}-homework") if isinstance(v, str)]
        if i["modality"] or i["text"] or i["frequency"]:
            interventions.append(i)
    return {
        "title": _v(form, "title"),
        "starts_on": _v(form, "starts_on"),
        "review_on": _v(form, "review_on"),
        "responsibilities": _v(form, "responsibilities"),
        "problems": problems,
        "goals": goals,
        "interventions": interventions,
    }


def _objective(o: dict[str, Any]) -> dict[str, Any]:
    measure = o.get("measure") or None
    kind = "not_measured" if not measure else "homework" if measure in METRICS else "measure"
    out = {"text": o.get("text"), "kind": kind, "measure": measure, "comparison": o.get("comparison") or None,
           "target": o.get("target") or None, "step": o.get("step") or None, "by": o.get("by") or None}
    if o.get("id"):
        out["id"] = o["id"]
    return out


def _noid(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (v or None) if isinstance(v, str) else v for k, v in d.items() if k != "id" or v}


def content(data: dict[str, Any]) -> PlanContent:
    """Validate the typed form; BadRequest in plain words naming the row."""
    shaped = {"title": data["title"] or "Treatment plan", "starts_on": data["starts_on"] or None,
              "review_on": data["review_on"] or None, "responsibilities": data["responsibilities"] or None,
              "problems": [_noid(p) for p in data["problems"]],
              "goals": [_noid({**{k: v for k, v in g.items() if k != "objectives"}}) | {
                  "objectives": [_objective(o) for o in g["objectives"]]} for g in data["goals"]],
              "interventions": [_noid(i) | {"homework": i["homework"]} for i in data["interventions"]]}
    try:
        return PlanContent.model_validate(shaped)
    except ValidationError as exc:
        raise BadRequest(problem(exc)) from exc


def problem(exc: ValidationError) -> str:
    """A validation error in plain words: which row, then what is wrong."""
    parts = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = []
        while loc:
            part = loc.pop(0)
            if part in LABELS and loc and isinstance(loc[0], int):
                where.append(f"{LABELS[part]} {loc.pop(0) + 1}")
            elif isinstance(part, str) and not part.startswith(("function-", "model")):
                where.append(part.replace("_", " "))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] in ("missing", "string_too_short"):
            message = "this is empty"
        elif error["type"].endswith("_parsing"):
            message = (
                "write a number" if "float" in error["type"] or "int" in error["type"] else "choose a date"
            )
        text = (", ".join(where) + ": " if where else "") + message
        if text not in parts:
            parts.append(text)
    return "; ".join(parts) + "."


def as_form(c: PlanContent | None) -> dict[str, Any]:
    """A plan's content in the form's typed shape (strings), for the editor."""
    if c is None:
        return {
            "title": "",
            "starts_on": "",
            "review_on": "",
            "responsibilities": "",
            "problems": [],
            "goals": [],
            "interventions": [],
        }
    data = c.model_dump(mode="json")

    def s(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return {
        "title": data["title"],
        "starts_on": s(data["starts_on"]),
        "review_on": s(data["review_on"]),
        "responsibilities": s(data["responsibilities"]),
        "problems": [{k: s(v) for k, v in p.items()} for p in data["problems"]],
        "goals": [
            {
                "id": g["id"],
                "client_words": s(g["client_words"]),
                "clinical": s(g["clinical"]),
                "objectives": [{k: s(v) for k, v in o.items() if k != "kind"} for o in g["objectives"]],
            }
            for g in data["goals"]
        ],
        "interventions": [
            {k: (v if k == "homework" else s(v)) for k, v in i.items()} for i in data["interventions"]
        ],
    }


COMPARISON_CHOICES = list(COMPARISONS.items())
