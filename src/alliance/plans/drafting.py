"""The AI draft of a treatment plan: problems, goals, objectives and interventions, each with the records it rests on.

The record is read first (alliance.plans.evidence) and a draft is built from it by rule: problems from the signed
notes' assessments and the intake answer (in the clinician's or the person's words) and from scores above their
threshold; one goal per area the client is measured in; objectives computed from the scores and logs (targets
below); interventions from the best-matching plan templates. Each item says who wrote it (`source`). With the
client's AI-documentation consent the model (gateway purpose `plans`, the practice's approved `plan.draft` prompt,
the consent-checked provider) then only chooses among those candidates and names the chosen problems in short
phrases, reading a condensed record, under a grammar and a token budget; each phrase is grounded against its
candidate's evidence with the session notes' grounding (similarity, and a number, measure, diagnosis or medication
must be in the evidence) and the candidate's text stays where it is not. Objectives, evidence and interventions are
never the model's. Without consent, a model, or a valid reply, the rule-built draft is returned (`model` None).
"""

from __future__ import annotations

import logging
import re
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from alliance.errors import BadRequest
from alliance.measures.instruments import Instrument
from alliance.notes.grounding import content_words
from alliance.plans import templates
from alliance.plans.evidence import Record, Snippet, band, gather, last_week, score_evidence
from alliance.plans.schemas import (
    DraftGoal,
    DraftIntervention,
    DraftObjective,
    DraftProblem,
    Evidence,
    PlanDraft,
)
from alliance.security.audit import Actor

log = logging.getLogger("alliance.plans")

PURPOSE = "plans"
TEMPLATE = "plan.draft"
WEEKS = 12  # target dates: 12 weeks from today, the usual length of a course of CBT (NICE NG222, CG113)
MAX_PROBLEMS = 4
MAX_GOALS = 4
MAX_INTERVENTIONS = 3
TIMEOUT = 600.0  # seconds: drafting is a background job, and 2 loaded cores are slow (as for notes)
# Areas of a plan: the clinical goal, words that place a sentence in the area, and the plan template for it.
AREAS: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "depression": ("Reduce depressive symptoms below the clinical threshold",
                   ("mood", "depress", "low", "sad", "withdr", "interest", "hopeless", "motivat", "enjoy"),
                   "depression-cbt-ba"),
    "anxiety": ("Reduce anxiety and worry to a manageable level",
                ("anxi", "worr", "panic", "nervous", "fear", "avoid", "racing", "tense"), "gad-cbt"),
    "trauma": ("Reduce post-traumatic stress symptoms",
               ("trauma", "flashback", "nightmare", "intrusi", "assault", "accident"), "ptsd-cpt"),
    "sleep": ("Improve sleep", ("sleep", "insomnia", "awake", "waking", "bed", "night"), "insomnia-cbti"),
    "relationship": ("Improve communication and reduce conflict in close relationships",
                     ("partner", "couple", "marriage", "sister", "conflict", "argu", "snapp", "family"), "couples"),
    "functioning": ("Restore work and social functioning", ("work", "job", "social", "friends"), None),
    "wellbeing": ("Improve wellbeing", ("wellbeing", "well-being", "energy"), None),
    "distress": ("Reduce psychological distress", ("stress", "distress", "overwhelm"), None),
    "alcohol": ("Reduce alcohol use to lower-risk levels", ("alcohol", "drink"), None),
}
INSTRUMENT_AREA = {"phq9": "depression", "phq2": "depression", "gad7": "anxiety", "gad2": "anxiety",
                   "pcl5": "trauma", "wsas": "functioning", "who5": "wellbeing", "k10": "distress",
                   "audit": "alcohol", "auditc": "alcohol"}
METRIC_AREA = {"checkin_mood": "depression", "activity_count": "depression", "sleep_efficiency": "sleep",
               "exposure_suds": "anxiety"}
PROBLEM_SECTIONS = ("assessment", "behavior", "goals", "intake")
WISH = re.compile(r"\b(want|wants|would like|hope|hopes|wish|goal|get back|be able)\b", re.I)
EXPOSURE_TARGET = 40  # SUDS below 40 at a step: the example; a project convention (Wolpe 1969 scale)
SLEEP_EFFICIENCY_TARGET = 85  # CBT-I aims at sleep efficiency of 85% or more (Spielman et al. 1987; AASM 2021)


def _areas(text: str) -> list[str]:
    low = text.lower()
    return [a for a, (_, words, _) in AREAS.items() if any(re.search(rf"\b{re.escape(w)}", low) for w in words)]


def _tag(item: Any, source: str) -> Any:
    """Say who wrote an item: "rule" (taken or computed from the record), "template" or "model"."""
    item.source = source
    return item


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in evidence:
        if (ev.kind, ev.id, ev.quote) not in seen:
            seen.add((ev.kind, ev.id, ev.quote))
            out.append(ev)
    return out[:6]


# --- objectives: computed from the scores and logs, never the model's --------------------------------------------

def target_for(inst: Instrument) -> tuple[str, float, str] | None:
    """(comparison, target, why) for an instrument: below its caseness where one is recorded, else the edge of
    its lowest (or, higher-is-better, highest) severity band, as the instrument's source draws it."""
    if inst.change and inst.change.caseness is not None and not inst.higher_is_better:
        return "<", float(inst.change.caseness), "the caseness threshold, NHS Talking Therapies Manual"
    if inst.bands is None:
        return None
    bands = inst.bands.for_sex(None)
    if len(bands) < 2:
        return None
    if inst.higher_is_better:
        return ">=", float(bands[-1].min), f"the '{bands[-1].name}' band, {inst.bands.source}"
    return "<", float(bands[1].min), f"the '{bands[0].name}' band, {inst.bands.source}"


def measure_objective(inst: Instrument, record: Record, by: date) -> DraftObjective | None:
    points = record.scores.get(inst.id) or []
    rule = target_for(inst)
    if not points or rule is None:
        return None
    comparison, target, why = rule
    latest = points[-1]
    words = "below" if comparison == "<" else "at or above"
    now = f"now {latest.total} on {latest.day.isoformat()}"
    if (latest.total < target) if comparison == "<" else (latest.total >= target):
        text = f"Keep {inst.short_name} {words} {target:g} through {by.isoformat()} ({why}; {now})"
    else:
        text = f"{inst.short_name} {words} {target:g} by {by.isoformat()} ({why}; {now})"
    evidence = [score_evidence(inst, p) for p in dict.fromkeys([points[0], latest])]
    return _tag(DraftObjective(text=text, measure=inst.id, comparison=comparison, target=target, by=by,
                               evidence=evidence, supported=True), "rule")


def metric_objective(key: str, record: Record, by: date) -> DraftObjective | None:
    points = record.metrics.get(key) or []
    if key == "exposure_suds":
        for step, rung in enumerate(record.ladder, start=1):
            if rung["latest"] is None or rung["latest"] >= EXPOSURE_TARGET:
                suds = rung["latest"] if rung["latest"] is not None else rung["suds"]
                ev = Evidence(kind="homework", id=rung["latest_id"] or rung["id"],
                              label=f"Exposure step {step}: SUDS {suds}", quote=rung["situation"][:200])
                return _tag(DraftObjective(
                    text=f"SUDS at step {step} of the exposure hierarchy below {EXPOSURE_TARGET} by {by.isoformat()}",
                    measure=key, comparison="<", target=float(EXPOSURE_TARGET), step=step, by=by, evidence=[ev],
                    supported=True), "rule")
        return None
    recent = last_week(points, record.today)
    if key == "activity_count":
        if len(points) < 3:
            return None
        now = len(recent)  # activities logged in the last 7 days of the log
        target, cmp, text = float(max(5, now + 2)), ">=", "activities logged a week"  # a project convention
    elif key == "sleep_efficiency":
        if len(points) < 3:
            return None
        now = round(sum(p.value for p in recent) / len(recent), 1)
        target, cmp, text = float(SLEEP_EFFICIENCY_TARGET), ">=", "mean sleep efficiency (%) over 7 nights"
    else:  # checkin_mood: two points up the 0-10 scale, a project convention
        if len(points) < 3:
            return None
        now = round(sum(p.value for p in recent) / len(recent), 1)
        target, cmp, text = float(min(10, round(now) + 2)), ">=", "mean mood at check-ins over 7 days"
    kind = "checkin" if key == "checkin_mood" else "homework"
    labels = {"checkin_mood": "Mood {v:g}/10 on {d}", "sleep_efficiency": "Sleep efficiency {v:g}% on {d}",
              "activity_count": "Activity logged on {d}"}
    evidence = [Evidence(kind=kind, id=p.ref, label=labels[key].format(v=p.value, d=p.day.isoformat()))
                for p in recent[-2:]]
    return _tag(DraftObjective(text=f"{text.capitalize()} at or above {target:g} by {by.isoformat()} (now {now:g})",
                               measure=key, comparison=cmp, target=target, by=by, evidence=evidence,
                               supported=True), "rule")


def objectives(record: Record, by: date) -> dict[str, list[DraftObjective]]:
    """Every objective the record allows, by area: one per instrument the client has, one per log they keep."""
    out: dict[str, list[DraftObjective]] = {}
    for inst in record.instruments():
        obj = measure_objective(inst, record, by)
        if obj is not None:
            out.setdefault(INSTRUMENT_AREA.get(inst.id, "distress"), []).append(obj)
    for key in ("activity_count", "checkin_mood", "sleep_efficiency", "exposure_suds"):
        obj = metric_objective(key, record, by)
        if obj is not None:
            out.setdefault(METRIC_AREA[key], []).append(obj)
    return out


def _met(obj: DraftObjective, value: float) -> bool:
    return value < obj.target if obj.comparison == "<" else value >= obj.target  # type: ignore[operator]


# --- the rule-built draft ----------------------------------------------------------------------------------------

def _similar(a: str, b: str) -> bool:
    wa, wb = set(content_words(a)), set(content_words(b))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


def _problems(record: Record, objs: dict[str, list[DraftObjective]]) -> tuple[list[DraftProblem], list[str]]:
    """Problem statements from the notes' assessments and the intake, then elevated scores not yet covered."""
    candidates = [s for s in record.snippets if s.section in PROBLEM_SECTIONS and _areas(s.text)]
    candidates.sort(key=lambda s: (PROBLEM_SECTIONS.index(s.section) if s.section != "intake" else 1,
                                   -(s.day or date.min).toordinal()))
    chosen: list[Snippet] = []
    for snip in candidates:
        if len(chosen) < MAX_PROBLEMS - 1 and not any(_similar(snip.text, c.text) for c in chosen):
            chosen.append(snip)
    problems, covered = [], []
    for snip in chosen:
        areas = _areas(snip.text)
        extra = [o.evidence[-1] for a in areas for o in objs.get(a, []) if o.measure in INSTRUMENT_AREA][:1]
        problems.append(_tag(DraftProblem(text=snip.text, evidence=[snip.evidence, *extra], supported=True),
                             "rule"))
        covered += areas
    for inst in record.instruments():
        area = INSTRUMENT_AREA.get(inst.id, "distress")
        latest = record.scores[inst.id][-1]
        obj = next((o for o in objs.get(area, []) if o.measure == inst.id), None)
        if area in covered or obj is None or _met(obj, latest.total) or len(problems) >= MAX_PROBLEMS:
            continue
        named = band(inst, latest.total)
        text = f"{inst.domain.capitalize()}: {inst.short_name} {latest.total} on {latest.day.isoformat()}" + (
            f" ({named})" if named else "")
        problems.append(_tag(DraftProblem(text=text, evidence=[score_evidence(inst, latest)], supported=True),
                             "rule"))
        covered.append(area)
    return problems, covered


def _client_words(record: Record, area: str) -> Snippet | None:
    """A sentence where the client says what they want, in this area (intake first, then the notes)."""
    for snip in sorted(record.snippets, key=lambda s: (s.section != "intake", -(s.day or date.min).toordinal())):
        if snip.section in ("intake", "subjective", "data", "goals") and WISH.search(snip.text) \
                and area in _areas(snip.text):
            return snip
    return None


def _goal(record: Record, area: str, objs: list[DraftObjective]) -> DraftGoal | None:
    words = _client_words(record, area)
    if words is None and not objs:
        return None
    evidence = ([words.evidence] if words else []) + [o.evidence[-1] for o in objs if o.evidence]
    return _tag(DraftGoal(text=words.text if words else AREAS[area][0], clinical=AREAS[area][0], objectives=objs,
                          evidence=_unique(evidence), supported=bool(evidence)),
                "rule")


def _intervention_for(record: Record, key: str, problems: list[DraftProblem]) -> DraftIntervention | None:
    body = templates.builtin(key)
    if body is None or not body.interventions:
        return None
    item = body.interventions[0]
    done = [ev for kind in item.homework for ev in record.homework.get(kind, [])[:2]]
    treats = [ev for p in problems if AREAS_FOR_TEMPLATE.get(key) in _areas(p.text) for ev in p.evidence[:1]]
    evidence = _unique(done + treats)
    text = (item.text + " " if item.text else "") + f"From the template \u201c{body.title}\u201d."
    return _tag(DraftIntervention(modality=item.modality, frequency=item.frequency, sessions=item.sessions,
                                  homework=list(item.homework), text=text[:1000], evidence=evidence,
                                  supported=bool(evidence)), "template")


AREAS_FOR_TEMPLATE = {t: a for a, (_, _, t) in AREAS.items() if t} | {"panic-cbt": "anxiety", "ptsd-pe": "trauma"}


def _template_keys(record: Record, areas: list[str]) -> list[str]:
    keys = []
    text = " ".join(s.text for s in record.snippets if s.section in PROBLEM_SECTIONS).lower()
    for area in areas:
        key = AREAS[area][2]
        if key == "gad-cbt" and re.search(r"\bpanic", text):
            key = "panic-cbt"
        if key and key not in keys:
            keys.append(key)
    return keys[:MAX_INTERVENTIONS]


def rule_draft(record: Record, by: date) -> PlanDraft:
    """The draft without a model: every item taken from the record, computed from it, or from a template."""
    objs = objectives(record, by)
    problems, covered = _problems(record, objs)
    order = list(dict.fromkeys([*covered, *objs]))
    goals = [g for g in (_goal(record, a, objs.get(a, [])) for a in order) if g is not None][:MAX_GOALS]
    interventions = [i for i in (_intervention_for(record, k, problems) for k in _template_keys(record, order))
                     if i is not None]
    return PlanDraft(problems=problems, goals=goals, interventions=interventions, model=None)


# --- the model's part: choose and phrase among the rule's candidates ---------------------------------------------

MODEL_RECORD_LINES = 6  # condensed record lines the model reads (about 150 tokens)
MODEL_LINE_CHARS = 120
MODEL_TEXT_CHARS = 40  # a problem as the model names it (the prompt's schema says the same)
MODEL_PICKS = 3  # items of each kind the model may choose


def condensed(record: Record) -> list[str]:
    """The record as the model reads it (at most MODEL_RECORD_LINES lines, never whole notes): the latest two signed
    notes' assessment and plan sentences, newest first, then the latest score of up to three measures and the
    intake answer's first sentence."""
    latest: dict[str, Snippet] = {}
    for s in record.snippets:
        if s.section == "score":
            latest[s.evidence.label.split(" ")[0]] = s  # oldest first: the last one seen is the latest
    scores = [s.text for s in latest.values()][:3]
    intake = [f"{s.evidence.label}: {s.text}" for s in record.snippets if s.section == "intake"][:1]
    notes = [s for s in record.snippets if s.evidence.kind == "note_sentence"]
    days = sorted({s.day for s in notes if s.day}, reverse=True)[:2]
    said = [f"{s.evidence.label}: {s.text}" for day in days for section in ("assessment", "plan")
            for s in [n for n in notes if n.day == day and n.section == section][:2]]
    room = MODEL_RECORD_LINES - len(scores) - len(intake)  # at least 2: scores take 3 lines at most, intake 1
    return [line[:MODEL_LINE_CHARS] for line in said[:room] + scores + intake]


def _intervention_line(i: DraftIntervention) -> str:
    parts = [i.modality, i.frequency or "", f"{i.sessions} sessions" if i.sessions else ""]
    return ", ".join(p for p in parts if p)


def model_inputs(record: Record, rule: PlanDraft) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The prompt's variables (the condensed record, and the rule draft's candidates as lines keyed P1, G1, I1...)
    and the candidate keys of each kind."""
    keys = {"problems": [f"P{n}" for n in range(1, len(rule.problems) + 1)],
            "goals": [f"G{n}" for n in range(1, len(rule.goals) + 1)],
            "interventions": [f"I{n}" for n in range(1, len(rule.interventions) + 1)]}

    def goal_line(g: DraftGoal) -> str:
        clinical = f" ({g.clinical})" if g.clinical and g.clinical != g.text else ""
        followed = "; ".join(o.text.split(" (")[0] for o in g.objectives)
        return g.text + clinical + (f" [{followed}]" if followed else "")

    lines = {"problems": [p.text for p in rule.problems], "goals": [goal_line(g) for g in rule.goals],
             "interventions": [_intervention_line(i) for i in rule.interventions]}
    variables: dict[str, Any] = {"record": condensed(record)}
    for part, texts in lines.items():
        variables[part] = [f"{k}: {t}"[:MODEL_LINE_CHARS + 4] for k, t in zip(keys[part], texts, strict=True)]
    return variables, keys


def model_schema(base: dict[str, Any], keys: dict[str, list[str]]) -> dict[str, Any]:
    """The prompt's output schema with each candidate id limited to the candidates offered (none: an empty list)."""
    import copy

    schema = copy.deepcopy(base)
    props = schema["properties"]
    for part in ("problems", "goals", "interventions"):
        offered = keys.get(part) or []
        items = props[part]["items"]
        target = items["properties"]["id"] if "properties" in items else items
        if offered:
            target.pop("maxLength", None)
            target["enum"] = offered
            props[part]["maxItems"] = min(MODEL_PICKS, len(offered))
        else:
            props[part]["maxItems"] = 0
    return schema


def is_choice_schema(schema: dict[str, Any] | None) -> bool:
    """Whether a prompt's output schema is the choose-and-phrase shape (version 3 on) this module reads."""
    try:
        return schema["properties"]["interventions"]["items"]["type"] == "string"  # type: ignore[index]
    except (KeyError, TypeError):
        return False


def _text(value: Any, limit: int = 300) -> str:
    return " ".join(str(value or "").split())[:limit].strip()


def _picks(reply: dict[str, Any], part: str, keys: list[str]) -> list[tuple[int, str]]:
    """(candidate index, the model's text) for each candidate chosen, first choice first, each once."""
    out: dict[int, str] = {}
    for item in reply.get(part) or []:
        key, text = (item, "") if isinstance(item, str) else (item.get("id"), _text(item.get("text"),
                                                                                     MODEL_TEXT_CHARS))
        if key in keys and keys.index(key) not in out and len(out) < MODEL_PICKS:
            out[keys.index(key)] = text
    return list(out.items())


def merge(record: Record, rule: PlanDraft, reply: dict[str, Any], model: str) -> PlanDraft:
    """The rule draft as the model chose and phrased it. Every item keeps its candidate's evidence; a problem's
    phrase is used only where it is the model's own words and the grounding finds it in that evidence (else the
    candidate's text stays), so the model adds no fact and no item without support."""
    from alliance.notes.grounding import Grounder
    from alliance.notes.transcripts import Segment

    keys = model_inputs(record, rule)[1]
    problems = _picks(reply, "problems", keys["problems"])
    goals = _picks(reply, "goals", keys["goals"])
    interventions = _picks(reply, "interventions", keys["interventions"])
    snippet_of = {(s.evidence.kind, s.evidence.id, s.evidence.label): s.key for s in record.snippets}

    def cited(item: Any) -> list[str]:
        return [snippet_of[k] for e in item.evidence if (k := (e.kind, e.id, e.label)) in snippet_of]

    def new_words(item: DraftProblem, text: str) -> bool:
        """A phrase of the model's own: not the candidate (or a cut copy of it), not cut off by the length limit,
        no brackets copied from a line."""
        plain = text.rstrip(" .").lower()
        return (bool(plain) and len(text) < MODEL_TEXT_CHARS and not item.text.lower().startswith(plain)
                and not re.search(r"[\[\]()]", text))

    problems = [(i, text if new_words(rule.problems[i], text) else "") for i, text in problems]
    asked = [(text, cited(rule.problems[i])) for i, text in problems if text]
    verdicts = iter(Grounder([Segment(id=s.key, text=s.text) for s in record.snippets]).ground_many(asked)
                    if asked else [])

    def phrased(item: DraftProblem, text: str) -> DraftProblem:
        verdict = next(verdicts) if text else None
        if verdict is None or not verdict.supported:
            return item  # the candidate as the rules wrote it
        return item.model_copy(update={"text": text.rstrip(" ."), "source": "model"})

    out = PlanDraft(model=model)
    out.problems = [phrased(rule.problems[i], text) for i, text in problems] or list(rule.problems)
    chosen_goals = [rule.goals[i] for i, _ in goals]
    taken = {i for i, _ in goals}
    # A goal left out still carries its computed objectives: it stays, after the chosen ones, as the rules wrote it.
    out.goals = (chosen_goals + [g for n, g in enumerate(rule.goals) if n not in taken and g.objectives]
                 if chosen_goals else list(rule.goals))
    out.interventions = [rule.interventions[i] for i, _ in interventions] or list(rule.interventions)
    return out


async def _ask_model(session: AsyncSession, record: Record, rule: PlanDraft,
                     max_tokens: int | None) -> tuple[dict[str, Any], str]:
    """The model's choice (the record is read and the transaction ended before it writes)."""
    from alliance.llm import get_template, render, structured
    from alliance.llm import service as llm_service

    template = await llm_service.effective_template(session, record.practice_id, TEMPLATE)
    if not is_choice_schema(template.output_schema):
        # A practice's adaptation of version 2 (free items citing snippets) does not fit this reader: the
        # catalogue's choose-and-phrase version is used until the practice approves an adaptation of it.
        log.info("plan draft for practice %s: prompt %s is not choose-and-phrase; using the catalogue's",
                 record.practice_id, template.key)
        template = get_template(TEMPLATE)
    choice = await llm_service.choose_provider(session, record.practice_id, PURPOSE, record.client_id)
    variables, keys = model_inputs(record, rule)
    schema = model_schema(template.output_schema or {}, keys)
    await session.commit()  # the job's own session: no write lock is held while the model writes
    reply = await structured(render(template, {k: v for k, v in variables.items() if k in template.variables}),
                             schema=schema, purpose=PURPOSE, provider=choice.provider,
                             max_tokens=max_tokens or template.max_tokens, template=template, timeout=TIMEOUT,
                             client_id=str(record.client_id), allow_external=choice.privacy == "external")
    config = llm_service.providers().get(choice.provider)
    return reply, (config.model if config else choice.provider)


async def draft_plan(session: AsyncSession, actor: Actor, client_id: uuid.UUID, *, use_model: bool | None = None,
                     today: date | None = None, max_tokens: int | None = None) -> PlanDraft:
    """Draft a plan from the client's record, nothing saved (use_model None: the model when the client consented
    to AI documentation and it answers, else the rule-built draft; True: the model or an error; False: rules)."""
    from alliance.consent.models import Feature
    from alliance.consent.service import ConsentRequired, has_consent
    from alliance.errors import AllianceError

    record = await gather(session, actor, client_id, today=today)
    if record.empty:
        raise BadRequest("The record has nothing to draft a plan from yet: no signed notes, scores, intake "
                         "answers or homework.")
    rule = rule_draft(record, record.today + timedelta(weeks=WEEKS))
    if use_model is False:
        return rule
    if not await has_consent(session, record.client_id, Feature.ai_documentation):
        if use_model:
            raise ConsentRequired("The client has not consented to AI documentation.")
        return rule
    try:
        reply, model = await _ask_model(session, record, rule, max_tokens)
    except AllianceError as exc:  # no model here, a timeout, or no valid reply after the repair attempt
        if use_model:
            raise
        log.warning("plan draft for client %s: model not used (%s)", record.client_id, type(exc).__name__)
        return rule
    return merge(record, rule, reply, model)


def supported_share(draft: PlanDraft) -> tuple[int, int]:
    """(items with evidence, items) over problems, goals, objectives and interventions."""
    items = [*draft.problems, *draft.goals, *(o for g in draft.goals for o in g.objectives), *draft.interventions]
    return sum(1 for i in items if i.evidence and i.supported), len(items)
