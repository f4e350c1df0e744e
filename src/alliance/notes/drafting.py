"""Evidence-linked note drafting: transcript segments -> sections -> sentences citing their segments.

Long sessions are drafted in parts (contiguous segments under a token budget) and the parts merged per
section; every sentence is then grounded locally (alliance.notes.grounding); the risk finding comes from the
crisis screen of the client's segments, never from the model. Psychotherapy (process) notes are never drafted.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence, Set
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest
from alliance.notes.formats import NoteFormat, get_format, output_schema
from alliance.notes.grounding import Grounder, content_words
from alliance.notes.transcripts import Segment, estimate_tokens, from_segments

log = logging.getLogger(__name__)

PURPOSE = "notes"
CHUNK_TOKENS = 1600  # transcript tokens per part: with the prompt and the answer it fits a 4,096 context
MAX_INPUT_TOKENS = 4800  # beyond this the least informative segments are not read (about 30 minutes)
MAX_SENTENCES = 3  # per section per part
MAX_CHARS = 220
DEDUPE_SIMILARITY = 0.7  # content-word Jaccard at which two merged sentences count as one
PART_TIMEOUT = 600.0  # seconds per part: drafting is a background job, and 2 loaded cores are slow
RISK_CONTEXT = 6  # earlier client segments given to the screen as conversation context

Progress = Callable[[str, int, int], None]  # (stage, done, total)


class EvidenceSpan(BaseModel):
    """A character span of one segment."""

    segment: str
    start: int
    end: int


class Sentence(BaseModel):
    """One draft sentence with its evidence and the grounding verdict."""

    text: str
    evidence: list[str | EvidenceSpan] = Field(default_factory=list)
    supported: bool
    support_score: float
    evidence_source: Literal["model", "search", "none"] = "model"


class Section(BaseModel):
    """One note section (lower-case name) and its sentences."""

    name: str
    title: str
    sentences: list[Sentence] = Field(default_factory=list)


class RiskEvidence(BaseModel):
    """A quoted span of a client segment that the crisis screen flagged."""

    segment: str
    start: int
    end: int
    text: str
    level: str
    category: str | None = None
    rule: str


class RiskFinding(BaseModel):
    """The risk section: always present, always from the safety screen."""

    level: str
    categories: list[str] = Field(default_factory=list)
    evidence: list[RiskEvidence] = Field(default_factory=list)
    statement: str
    source: str = "alliance.safety.screen"
    screen_version: str = ""


class Draft(BaseModel):
    """A drafted note for the clinician to review, edit and sign."""

    format: str
    title: str
    sections: list[Section]
    risk: RiskFinding
    model: str
    provider: str
    grounding: str
    parts: int
    segments_total: int
    segments_read: int
    timings: dict[str, float] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)

    @property
    def supported_share(self) -> float:
        """Share of sentences that carry supporting evidence (1.0 for an empty draft)."""
        sentences = [s for sec in self.sections for s in sec.sentences]
        return sum(s.supported for s in sentences) / len(sentences) if sentences else 1.0


# --- risk: the safety screen over the client's segments

def screen_risk(segments: Sequence[Segment], *, use_classifier: bool = True) -> RiskFinding:
    """The risk finding: the crisis screen over client segments (all segments when no roles are known).

    `use_classifier=False` keeps the pattern and context layers only: the classifier flags most everyday
    counselling sessions (27 of 30 AnnoMI sessions, docs/notes.md), which a practice may find too noisy."""
    from alliance.safety import Level, screen
    from alliance.safety.screening import VERSION

    roles_known = any(s.speaker == "client" for s in segments)
    screened = [s for s in segments if (s.speaker == "client" if roles_known else s.speaker != "therapist")]
    level = Level.NONE
    categories: list[str] = []
    evidence: list[RiskEvidence] = []
    history: list[str] = []
    version = VERSION
    for seg in screened:
        result = screen(seg.text, context=history[-RISK_CONTEXT:] or None, use_classifier=use_classifier)
        history.append(seg.text)
        version = result.version
        if result.level <= Level.NONE:
            continue
        level = max(level, result.level)
        for cat in result.categories:
            if cat.value not in categories:
                categories.append(cat.value)
        for ev in result.evidence:
            evidence.append(RiskEvidence(segment=seg.id, start=ev.start, end=ev.end, text=ev.text,
                                         level=str(ev.level), rule=ev.rule,
                                         category=ev.category.value if ev.category else None))
    if level <= Level.NONE:
        statement = ("The safety screen found no risk language in the client's statements. "
                     "The clinician assesses and documents risk.")
    else:
        where = ", ".join(dict.fromkeys(e.segment for e in evidence))
        kinds = ", ".join(c.replace("_", " ") for c in categories) or "distress"
        statement = (f"The safety screen rated the client's statements {level} risk ({kinds}) in {where}. "
                     "The clinician reviews the quoted evidence and documents the risk assessment.")
    return RiskFinding(level=str(level), categories=categories, evidence=evidence, statement=statement,
                       screen_version=version)


# --- parts: what the model reads, in contiguous chunks

def _tokens(seg: Segment) -> int:
    return estimate_tokens(seg.text) + 6  # "[S12] Client: " costs about six tokens


def select_segments(segments: Sequence[Segment], max_tokens: int, keep: Set[str] = frozenset()
                    ) -> list[Segment]:
    """The segments the model reads: all of them within budget; else the most informative (content words),
    always those in `keep` (risk evidence), in transcript order."""
    total = sum(_tokens(s) for s in segments)
    if total <= max_tokens:
        return list(segments)
    n = len(segments)
    # Informative turns first; the last tenth of a session (plans, homework) gets a bonus.
    score = {s.id: len(set(content_words(s.text))) * (1.5 if i >= 0.9 * n else 1.0)
             for i, s in enumerate(segments)}
    chosen, used = set(keep), sum(_tokens(s) for s in segments if s.id in keep)
    for seg in sorted(segments, key=lambda s: -score[s.id]):
        if seg.id in chosen or score[seg.id] < 2:
            continue
        if used + _tokens(seg) > max_tokens:
            continue
        chosen.add(seg.id)
        used += _tokens(seg)
    return [s for s in segments if s.id in chosen]


def chunk_segments(segments: Sequence[Segment], budget: int) -> list[list[Segment]]:
    """Contiguous parts of about equal size under `budget` tokens (a part may pass it by half a segment; a
    longer segment is a part of its own); every segment lands in exactly one part, in order."""
    if not segments:
        return []
    costs = [_tokens(s) for s in segments]
    parts = max(1, -(-sum(costs) // budget))
    target = sum(costs) / parts
    chunks: list[list[Segment]] = []
    done, last = 0, -1
    for seg, cost in zip(segments, costs, strict=True):
        index = min(parts - 1, int((done + cost / 2) // target))
        if index != last or cost > budget:
            chunks.append([])
            last = index
        chunks[-1].append(seg)
        done += cost
    return chunks


# --- model output -> sentences, merging parts

_ID = re.compile(r"^\[?\s*[Ss]?(\d{1,5})\s*\]?$")


def normalise_id(raw: Any) -> str | None:
    """"S12", "s12", "[S12]", "12" -> "S12"; None for anything else."""
    match = _ID.match(str(raw).strip())
    return f"S{int(match.group(1))}" if match else None


def parse_part(value: dict[str, Any], fmt: NoteFormat) -> dict[str, list[tuple[str, list[str]]]]:
    """(text, cited ids) per section from one structured reply."""
    out: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in fmt.section_names}
    for name in fmt.section_names:
        for item in value.get(name) or []:
            text = " ".join(str(item.get("text", "")).split())
            if len(content_words(text)) < 1:
                continue
            ids = [i for i in (normalise_id(e) for e in item.get("evidence") or []) if i]
            out[name].append((text, list(dict.fromkeys(ids))))
    return out


def _similar(a: str, b: str) -> bool:
    wa, wb = set(content_words(a)), set(content_words(b))
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return len(wa & wb) / len(wa | wb) >= DEDUPE_SIMILARITY


def merge_parts(parts: Sequence[dict[str, list[tuple[str, list[str]]]]], fmt: NoteFormat
                ) -> dict[str, list[tuple[str, list[str]]]]:
    """Sections of all parts in order; near-identical sentences kept once, with their evidence united."""
    merged: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in fmt.section_names}
    for part in parts:
        for name in fmt.section_names:
            for text, ids in part.get(name, []):
                for k, (kept, kept_ids) in enumerate(merged[name]):
                    if _similar(kept, text):
                        merged[name][k] = (kept, list(dict.fromkeys([*kept_ids, *ids])))
                        break
                else:
                    merged[name].append((text, list(ids)))
    return merged


# --- the pipeline

def _as_segments(segments: Sequence[Any]) -> list[Segment]:
    if segments and all(isinstance(s, Segment) for s in segments):
        return list(segments)
    return from_segments(segments)


async def _draft_part(chunk: list[Segment], fmt: NoteFormat, index: int, count: int, *, provider: str | None,
                      model: str | None, client_id: str | None, max_sentences: int, timeout: float,
                      template: Any = None, allow_external: bool = False) -> dict[str, Any]:
    from alliance.llm import get_template, render, structured

    template = template or get_template("note.draft")
    speakers = {"therapist": "Therapist", "client": "Client"}
    variables = {
        "format_title": fmt.title,
        "sections": [{"name": s.name, "instruction": s.instruction} for s in fmt.sections],
        "segments": [{"id": s.id, "speaker": speakers.get(s.speaker) or s.label or "Speaker", "text": s.text}
                     for s in chunk],
        "part": index, "parts": count,
    }
    schema = output_schema(fmt, max_sentences=max_sentences, max_chars=MAX_CHARS)
    # A sentence of MAX_CHARS is about MAX_CHARS / 3 tokens of JSON string plus its keys and evidence ids.
    max_tokens = min(1600, 80 + len(fmt.sections) * max_sentences * (MAX_CHARS // 3 + 25))
    return await structured(render(template, variables), schema=schema, purpose=PURPOSE, provider=provider,
                            model=model, max_tokens=max_tokens, template=template, client_id=client_id,
                            timeout=timeout, allow_external=allow_external)


async def draft_note(
    segments: Sequence[Any], *, format: str | NoteFormat, provider: str | None = None,
    model: str | None = None, progress: Progress | None = None, client_id: str | None = None,
    chunk_tokens: int = CHUNK_TOKENS, max_input_tokens: int | None = MAX_INPUT_TOKENS,
    max_sentences: int = MAX_SENTENCES, timeout: float = PART_TIMEOUT, risk_classifier: bool = True,
    template: Any = None, allow_external: bool = False,
) -> Draft:
    """Draft a note in `format` from transcript segments; sentences grounded, risk from the safety screen.

    `max_sentences` bounds the sentences per section of each part; `timeout` is per part; `risk_classifier`
    goes to `screen_risk`; `template` is the practice's approved version of `note.draft` (default: the
    catalogue's); `allow_external` is True only when the client consented to an external provider. Raises the gateway's ModelUnavailable / InvalidOutput when the model cannot draft
    a part (nothing is half-done).
    """
    from alliance.llm import get_provider

    fmt = get_format(format)
    if not 1 <= max_sentences <= 8:
        raise BadRequest("max_sentences must be between 1 and 8")
    segs = _as_segments(segments)
    if not segs:
        raise BadRequest("the transcript has no segments")
    prov = get_provider(provider, model=model, purpose=PURPOSE)
    timings: dict[str, float] = {}
    warnings: list[str] = []
    t0 = time.perf_counter()

    risk = screen_risk(segs, use_classifier=risk_classifier)
    timings["risk_screen"] = time.perf_counter() - t0
    keep = {e.segment for e in risk.evidence}
    read = select_segments(segs, max_input_tokens, keep) if max_input_tokens else segs
    if len(read) < len(segs):
        warnings.append(f"long session: the model read {len(read)} of {len(segs)} segments (the most "
                        "informative); grounding searched all of them")
    chunks = chunk_segments(read, chunk_tokens)
    total = len(chunks) + 1
    if progress:
        progress("screened", 0, total)

    t1 = time.perf_counter()
    parts = []
    for i, chunk in enumerate(chunks, start=1):
        value = await _draft_part(chunk, fmt, i, len(chunks), provider=provider, model=model,
                                  template=template, allow_external=allow_external,
                                  client_id=client_id, max_sentences=max_sentences, timeout=timeout)
        parts.append(parse_part(value, fmt))
        if progress:
            progress(f"part {i}/{len(chunks)}", i, total)
    timings["model"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    merged = merge_parts(parts, fmt)
    grounder = Grounder(segs)
    if grounder.mode == "lexical":
        warnings.append("embeddings unavailable: grounding used lexical overlap only")
    flat = [(name, text, ids) for name in fmt.section_names for text, ids in merged[name]]
    verdicts = grounder.ground_many([(text, ids) for _, text, ids in flat])
    sections = {s.name: Section(name=s.name, title=s.heading) for s in fmt.sections}
    for (name, text, ids), verdict in zip(flat, verdicts, strict=True):
        source = "none" if not verdict.supported else ("search" if verdict.searched else "model")
        sections[name].sentences.append(Sentence(
            text=text, evidence=[e if isinstance(e, str) else EvidenceSpan(**e) for e in verdict.evidence],
            supported=verdict.supported, support_score=round(verdict.support_score, 3),
            evidence_source=source))
    timings["grounding"] = time.perf_counter() - t2
    timings["total"] = time.perf_counter() - t0
    if progress:
        progress("grounded", total, total)
    log.info("notes.draft format=%s parts=%d segments=%d sentences=%d seconds=%.1f", fmt.name, len(chunks),
             len(segs), len(flat), timings["total"])
    return Draft(format=fmt.name, title=fmt.title, sections=list(sections.values()), risk=risk,
                 model=prov.model, provider=prov.name, grounding=grounder.mode, parts=len(chunks),
                 segments_total=len(segs), segments_read=len(read),
                 timings={k: round(v, 3) for k, v in timings.items()}, warnings=warnings)
