"""Plan templates: the package's (data/templates/*.yaml, each with its sources) and a practice's own.

A practice's templates are added and archived by its admins and supervisors (no approval step: a template
holds no PHI, and every plan started from one is still written and signed by the treating clinician). Starting
a plan from a template turns its "weeks" into target dates counted from the plan's start.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from alliance.errors import BadRequest, Conflict, NotFound
from alliance.plans.models import PracticePlanTemplate
from alliance.plans.schemas import Goal, Objective, PlanContent, TemplateBody, TemplateRead, new_id
from alliance.security import audit
from alliance.security.audit import Actor
from alliance.security.authz import require_role
from alliance.yamlfile import load_yaml

DATA = Path(__file__).parent / "data" / "templates"
EDITORS = ("admin", "supervisor")


@lru_cache(maxsize=1)
def _builtin() -> tuple[TemplateBody, ...]:
    out = []
    for path in sorted(DATA.glob("*.yaml")):
        body = TemplateBody.model_validate(load_yaml(path.read_text(encoding="utf-8")))
        if body.key != path.stem:
            raise ValueError(f"{path.name}: key {body.key!r} does not match the file name")
        out.append(body)
    return tuple(out)


def builtin_templates() -> list[TemplateBody]:
    """The package's templates, by file name."""
    return list(_builtin())


def builtin(key: str) -> TemplateBody | None:
    return next((t for t in _builtin() if t.key == key), None)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def match(text: str) -> TemplateBody | None:
    """The package template whose presenting problem, modality and problems share most words with the text."""
    wanted = _words(text)
    best, score = None, 0
    for t in _builtin():
        words = _words(" ".join([t.title, t.presenting_problem, t.modality] + [p.text for p in t.problems]))
        overlap = len(wanted & words)
        if overlap > score:
            best, score = t, overlap
    return best


def read(body: TemplateBody, *, builtin_: bool) -> TemplateRead:
    return TemplateRead(key=body.key, title=body.title, presenting_problem=body.presenting_problem,
                        modality=body.modality, sources=body.sources, builtin=builtin_, body=body)


async def list_templates(session: AsyncSession, actor: Actor) -> list[TemplateRead]:
    """The package's templates, then the practice's active ones."""
    rows = (await session.execute(select(PracticePlanTemplate).where(
        PracticePlanTemplate.practice_id == actor.practice_id, PracticePlanTemplate.active.is_(True))
        .order_by(PracticePlanTemplate.key))).scalars().all()
    return ([read(t, builtin_=True) for t in _builtin()]
            + [read(TemplateBody.model_validate_json(r.body_json), builtin_=False) for r in rows])


async def get_template(session: AsyncSession, actor: Actor, key: str) -> TemplateBody:
    """A package template or one of the practice's, by key (400: an unknown key in a request is bad input)."""
    found = builtin(key)
    if found is not None:
        return found
    row = await session.scalar(select(PracticePlanTemplate).where(
        PracticePlanTemplate.practice_id == actor.practice_id, PracticePlanTemplate.key == key,
        PracticePlanTemplate.active.is_(True)))
    if row is None:
        raise BadRequest(f"Unknown plan template {key!r}.")
    return TemplateBody.model_validate_json(row.body_json)


def parse_yaml(text: str) -> TemplateBody:
    """A template written in the package's YAML format (the admin page's text box); 400 naming the problem."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise BadRequest(f"The template is not valid YAML ({type(exc).__name__}).") from exc
    if not isinstance(data, dict):
        raise BadRequest("The template must be a YAML mapping (key, title, presenting_problem, ...).")
    try:
        return TemplateBody.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadRequest(f"The template is not valid: {where}: {first['msg']}.") from exc


async def add_template(session: AsyncSession, actor: Actor, body: TemplateBody) -> PracticePlanTemplate:
    """A practice admin or supervisor adds a template (no PHI); its key must be new to the practice."""
    require_role(actor, *EDITORS, action="plans.template.create")
    if builtin(body.key) is not None:
        raise Conflict(f"{body.key!r} is a template of the package; choose another key.")
    for goal in body.goals:  # each objective must be one a plan could hold
        for obj in goal.objectives:
            _objective(obj, date.today())
    exists = await session.scalar(select(PracticePlanTemplate.id).where(
        PracticePlanTemplate.practice_id == actor.practice_id, PracticePlanTemplate.key == body.key))
    if exists is not None:
        raise Conflict(f"The practice already has a template {body.key!r}.")
    row = PracticePlanTemplate(practice_id=actor.practice_id, key=body.key, body_json=body.model_dump_json(),
                               created_by=actor.user_id, updated_by=actor.user_id)
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor,
        "plans.template.create",
        resource_type="plan_template",
        resource_id=row.id,
        detail=f"key={body.key}",
    )
    return row


async def archive_template(session: AsyncSession, actor: Actor, key: str) -> None:
    """Take a practice template out of use (plans started from it keep their content)."""
    require_role(actor, *EDITORS, action="plans.template.archive")
    row = await session.scalar(select(PracticePlanTemplate).where(
        PracticePlanTemplate.practice_id == actor.practice_id, PracticePlanTemplate.key == key,
        PracticePlanTemplate.active.is_(True)))
    if row is None:
        raise NotFound("No such practice template.")
    row.active, row.updated_by = False, actor.user_id
    await audit.record(session, actor, "plans.template.archive", resource_type="plan_template",
                       resource_id=row.id, detail=f"key={key}")


def _objective(obj, start: date) -> Objective:  # noqa: ANN001 - a TemplateObjective
    try:
        return Objective(text=obj.text, kind=obj.kind, measure=obj.measure, comparison=obj.comparison,
                         target=obj.target, step=obj.step,
                         by=start + timedelta(weeks=obj.weeks) if obj.weeks else None)
    except ValidationError as exc:
        raise BadRequest(f"Objective {obj.text[:40]!r}: {exc.errors()[0]['msg']}.") from exc


def content_from(body: TemplateBody, start: date) -> PlanContent:
    """A plan's content from a template: target dates and the review counted from the start."""
    goals = [Goal(client_words=g.client_words, clinical=g.clinical,
                  objectives=[_objective(o, start) for o in g.objectives]) for g in body.goals]
    return PlanContent(
        title=body.title,
        problems=[p.model_copy(update={"id": new_id()}) for p in body.problems],
        goals=goals,
        interventions=[i.model_copy(update={"id": new_id()}) for i in body.interventions],
        responsibilities=body.responsibilities,
        starts_on=start,
        review_on=start + timedelta(weeks=body.review_weeks),
    )


def dump_yaml(body: TemplateBody) -> str:
    """A template in the YAML format of the package (the example on the admin page)."""
    data = json.loads(body.model_dump_json(exclude_none=True))
    for p in data.get("problems", []):
        p.pop("id", None)
    for i in data.get("interventions", []):
        i.pop("id", None)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
