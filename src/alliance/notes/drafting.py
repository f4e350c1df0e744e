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
from alliance.notes.transcripts import Segment, estimate_tokens, from_segments, split_sentences

log = logging.getLogger(__name__)

PURPOSE = "notes"
# Estimated transcript tokens per part (the estimate runs about 15% above Qwen's count): with the instructions
# (about 250 tokens) and the answer it fits the embedded model's 4,096-token context, so a 10-minute session is
# one part and the note is written once.
CHUNK_TOKENS = 2600
MAX_INPUT_TOKENS = 24000  # the most a model reads of any session (about 90 minutes); servers read up to this
# The embedded model on a 2-core CPU reads about 50 tokens a second and writes about 15, so reading a whole
# session would take a minute per 10 minutes of speech: it reads a condensed transcript (condense_segments) of
# a share of the session's tokens (ALLIANCE_NOTES_READ_SHARE, default 0.4; never fewer than MIN_READ_TOKENS, never
# more than EMBEDDED_MAX_INPUT_TOKENS); grounding still searches every segment.
MIN_READ_TOKENS = 1200
EMBEDDED_MAX_INPUT_TOKENS = 9600
MAX_SENTENCES = 2  # per section of a one- or two-part draft (sentences_per_part: up to twice that merged)
MAX_CHARS = 160  # per sentence: one fact; longer answers cost time (an answer token costs three read tokens)
DEDUPE_SIMILARITY = 0.7  # content-word Jaccard at which two merged sentences count as one
PART_TIMEOUT = 600.0  # seconds per part: drafting is a background job, and 2 loaded cores are slow
RISK_CONTEXT = 6  # earlier client segments given to the screen as conversation context
# Session transcripts are screened with the pattern and context layers only: the embedding classifier was
# trained on short client messages and flags most ordinary counselling sessions (27 of 30 AnnoMI sessions,
# docs/notes.md), which would bury real alerts. Explicit risk statements are still caught by the patterns.
TRANSCRIPT_CLASSIFIER = False

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
    read_share: float = 1.0  # share of the transcript's words the model read
    prompt: str | None = None  # the prompt version that drafted it ("note.draft@3"), and who approved it
    prompt_approved_by: str | None = None
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

    `use_classifier=False` keeps the lexical layers only (patterns, composition, context), as drafting does
    (`TRANSCRIPT_CLASSIFIER`): the earlier embedding classifier flagged most everyday counselling sessions (27 of 30
    AnnoMI sessions, docs/notes.md); the semantic layer that replaced it has not been measured on transcripts yet."""
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
    return estimate_tokens(seg.text) + 5  # "S12 Client: " costs about five tokens


def reading_budget(segments: Sequence[Segment], provider_kind: str) -> int:
    """How many (estimated) transcript tokens the model reads: everything up to MAX_INPUT_TOKENS on a model
    server; on the embedded CPU model, ALLIANCE_NOTES_READ_SHARE of the session (at least MIN_READ_TOKENS)."""
    from alliance.config import get_settings

    total = sum(_tokens(s) for s in segments)
    if provider_kind != "embedded":
        return MAX_INPUT_TOKENS
    share = get_settings().notes_read_share
    return min(EMBEDDED_MAX_INPUT_TOKENS, max(MIN_READ_TOKENS, int(share * total)))


def _shorten(seg: Segment, max_words: int) -> Segment:
    """The segment's leading sentences up to `max_words` words (a first sentence longer than that is cut)."""
    if len(seg.text.split()) <= max_words:
        return seg
    kept: list[str] = []
    count = 0
    for start, end in split_sentences(seg.text):
        sentence = seg.text[start:end]
        n = len(sentence.split())
        if kept and count + n > max_words:
            break
        if not kept and n > max_words:
            sentence = " ".join(sentence.split()[:max_words]) + " …"
            n = max_words
        kept.append(sentence)
        count += n
    return seg.model_copy(update={"text": " ".join(kept)})


def condense_segments(segments: Sequence[Segment], max_tokens: int, keep: Set[str] = frozenset()
                      ) -> list[Segment]:
    """What the model reads: every segment within budget; else without bare acknowledgements ("Mm-hmm.",
    "Okay.") and with long turns cut to their leading sentences, under one word cap found so that the whole
    fits `max_tokens`. Short turns (the answers that give questions their meaning) stay whole, every turn
    keeps its id, and the segments in `keep` (risk evidence) are never cut. Only when even a four-word cap
    does not fit are the turns with the fewest content words left out. Order is kept."""
    if sum(_tokens(s) for s in segments) <= max_tokens:
        return list(segments)
    useful = [s for s in segments if s.id in keep or content_words(s.text)]

    def cost(cap: int) -> int:
        return sum(_tokens(s if s.id in keep else _shorten(s, cap)) for s in useful)

    low, high = 4, max((len(s.text.split()) for s in useful), default=4)
    while low < high:  # the largest cap whose condensed transcript fits the budget
        mid = (low + high + 1) // 2
        if cost(mid) <= max_tokens:
            low = mid
        else:
            high = mid - 1
    condensed = [s if s.id in keep else _shorten(s, low) for s in useful]
    used = sum(_tokens(s) for s in condensed)
    if used > max_tokens:  # even the shortest cut is too long: leave out the turns with least content
        drop: set[str] = set()
        for seg in sorted(condensed, key=lambda s: len(set(content_words(s.text)))):
            if used <= max_tokens:
                break
            if seg.id not in keep:
                drop.add(seg.id)
                used -= _tokens(seg)
        condensed = [s for s in condensed if s.id not in drop]
    return condensed


def sentences_per_part(max_sentences: int, parts: int) -> int:
    """Sentences per section that each part may write: `max_sentences` for one or two parts, fewer beyond, so
    that a merged section holds about twice `max_sentences` at most (answer tokens are the slowest to make)."""
    return max(1, min(max_sentences, -(-2 * max_sentences // max(parts, 1))))


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


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def trim_cut(text: str, limit: int = MAX_CHARS) -> str:
    """A sentence cut off at the length limit loses its unfinished tail (kept whole if nothing would remain)."""
    if len(text) < limit or _SENTENCE_END.search(text[-1:]):
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return text[: ends[-1]] if ends and ends[-1] >= 20 else text


def parse_part(value: dict[str, Any], fmt: NoteFormat) -> dict[str, list[tuple[str, list[str]]]]:
    """(text, cited ids) per section from one structured reply."""
    out: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in fmt.section_names}
    for name in fmt.section_names:
        for item in value.get(name) or []:
            text = trim_cut(" ".join(str(item.get("text", "")).split()))
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


# Risk statements are the safety screen's (RiskFinding); a small model asked not to assess risk sometimes does,
# so its sentences that speak of suicide, self-harm or overdose are left out of the drafted sections.
_RISK_WORDS = re.compile(
    r"\b(suicid\w*|self[- ]?harm\w*|self[- ]injur\w*|overdos\w*|kill(?:s|ing)? (?:him|her|them|my|your)sel\w*"
    r"|end(?:s|ing)? (?:his|her|their|my) (?:own )?life)", re.IGNORECASE)


def drop_risk_statements(sections: dict[str, list[tuple[str, list[str]]]]
                         ) -> tuple[dict[str, list[tuple[str, list[str]]]], int]:
    """The sections without model sentences about suicide, self-harm or overdose, and how many were dropped."""
    kept = {name: [(t, ids) for t, ids in items if not _RISK_WORDS.search(t)] for name, items in sections.items()}
    return kept, sum(len(items) for items in sections.values()) - sum(len(items) for items in kept.values())


# --- the pipeline

def _as_segments(segments: Sequence[Any]) -> list[Segment]:
    if segments and all(isinstance(s, Segment) for s in segments):
        return list(segments)
    return from_segments(segments)


async def _draft_part(chunk: list[Segment], fmt: NoteFormat, index: int, count: int, *, provider: str | None,
                      model: str | None, client_id: str | None, max_sentences: int, timeout: float,
                      template: Any = None, allow_external: bool = False, one_sentence: bool = False
                      ) -> dict[str, Any]:
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
    if "max_sentences" in template.variables:  # version 2 on; a practice's version of 1 does not take it
        variables["max_sentences"] = max_sentences
    schema = output_schema(fmt, max_sentences=max_sentences, max_chars=MAX_CHARS, one_sentence=one_sentence)
    # A sentence of MAX_CHARS is about MAX_CHARS / 3 tokens of JSON string plus its keys and evidence ids.
    max_tokens = min(1600, 80 + len(fmt.sections) * max_sentences * (MAX_CHARS // 3 + 25))
    return await structured(render(template, variables), schema=schema, purpose=PURPOSE, provider=provider,
                            model=model, max_tokens=max_tokens, template=template, client_id=client_id,
                            timeout=timeout, allow_external=allow_external)


async def draft_note(
    segments: Sequence[Any], *, format: str | NoteFormat, provider: str | None = None,
    model: str | None = None, progress: Progress | None = None, client_id: str | None = None,
    chunk_tokens: int = CHUNK_TOKENS, max_input_tokens: int | None = None,
    max_sentences: int = MAX_SENTENCES, timeout: float = PART_TIMEOUT,
    risk_classifier: bool = TRANSCRIPT_CLASSIFIER,
    template: Any = None, allow_external: bool = False,
) -> Draft:
    """Draft a note in `format` from transcript segments; sentences grounded, risk from the safety screen.

    `max_input_tokens` is the reading budget (default: `reading_budget`, which depends on the provider);
    `max_sentences` bounds the sentences per section of each part; `timeout` is per part; `risk_classifier`
    goes to `screen_risk`; `template` is the practice's approved version of `note.draft` (default: the
    catalogue's); `allow_external` is True only when the client consented to an external provider. Raises the gateway's ModelUnavailable / InvalidOutput when the model cannot draft
    a part (nothing is half-done).
    """
    from alliance.llm import get_provider, get_template

    used = template or get_template("note.draft")
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
    budget = max_input_tokens if max_input_tokens is not None else reading_budget(segs, prov.kind)
    read = condense_segments(segs, budget, keep)
    words_total = sum(len(seg.text.split()) for seg in segs)
    read_share = sum(len(seg.text.split()) for seg in read) / words_total if words_total else 1.0
    if read != segs:
        warnings.append(f"the model read a condensed transcript ({read_share:.0%} of its words: long turns "
                        "cut to their first sentences, bare acknowledgements left out); grounding searched "
                        "the full transcript")
    chunks = chunk_segments(read, chunk_tokens)
    per_part = sentences_per_part(max_sentences, len(chunks))
    total = len(chunks) + 1
    if progress:
        progress("screened", 0, total)

    t1 = time.perf_counter()
    parts = []
    for i, chunk in enumerate(chunks, start=1):
        value = await _draft_part(chunk, fmt, i, len(chunks), provider=provider, model=model,
                                  template=template, allow_external=allow_external,
                                  client_id=client_id, max_sentences=per_part, timeout=timeout,
                                  # The embedded grammar holds each text to one sentence (formats.ONE_SENTENCE).
                                  one_sentence=prov.kind == "embedded")
        parts.append(parse_part(value, fmt))
        if progress:
            progress(f"part {i}/{len(chunks)}", i, total)
    timings["model"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    merged, left_out = drop_risk_statements(merge_parts(parts, fmt))
    if left_out:
        warnings.append(f"{left_out} model sentence{'s' if left_out > 1 else ''} about suicide, self-harm or "
                        "overdose left out: the risk section comes from the safety screen, never from the model")
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
                 segments_total=len(segs), segments_read=len(read), read_share=round(read_share, 3),
                 prompt=used.key, prompt_approved_by=used.reviewed_by,
                 timings={k: round(v, 3) for k, v in timings.items()}, warnings=warnings)
