"""Evidence-linked note drafting: transcript segments -> sections -> sentences citing their segments.

Long sessions are drafted in parts (contiguous segments under a token budget) and the parts merged per
section; every sentence is then grounded locally (alliance.notes.grounding); the risk finding comes from the
crisis screen of the client's segments, never from the model. Psychotherapy (process) notes are never drafted.
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence, Set
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest
from alliance.notes.extract import Fact, extract_facts, place_facts, states_fact
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
# A session whose estimated tokens fit one part (about 10 minutes of speech) is read whole, whatever the share:
# a short session condensed to a third left out the medication, the score and the homework (docs/notes.md).
FULL_READ_TOKENS = CHUNK_TOKENS
MAX_SENTENCES = 2  # the fewest sentences per section (section_budget grows it with the session)
MAX_SECTION_SENTENCES = 6  # the most per section of one part (a merged section of several parts: about twice)
SPEECH_WORDS_PER_MINUTE = 150  # conversational speech, for sessions without timestamps
ANSWER_TOKENS_PER_SENTENCE = 45  # one sentence of compact JSON with its evidence ids, with a margin
MAX_CHARS = 160  # per sentence: one fact; longer answers cost time (an answer token costs three read tokens)
DEDUPE_SIMILARITY = 0.7  # content-word Jaccard at which two merged sentences count as one
PART_TIMEOUT = 600.0  # seconds per part: drafting is a background job, and 2 loaded cores are slow
RISK_CONTEXT = 6  # earlier client segments given to the screen as conversation context
# Session transcripts are screened with the pattern and context layers only: the embedding classifier was
# trained on short client messages and flags most ordinary counselling sessions (27 of 30 AnnoMI sessions,
# docs/notes.md), which would bury real alerts. Explicit risk statements are still caught by the patterns.
TRANSCRIPT_CLASSIFIER = False

# progress(label, percent, 100): the label says the stage, the tokens written so far and the time left
# ("writing part 1/2 · 84 tokens · about 40 s left", at most 60 characters); percent is of the estimated time.
Progress = Callable[[str, int, int], None]


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
    evidence_source: Literal["model", "search", "extracted", "none"] = "model"
    source: Literal["model", "extracted"] = "model"  # extracted: written by alliance.notes.extract, no model
    kind: str | None = None  # an extracted fact's kind: medication, score, intervention, homework, appointment
    derived: str | None = None  # how a part not in the transcript was computed (a date from the session date)


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
    sentences_per_section: int = MAX_SENTENCES  # the budget each part's model call had (section_budget)
    facts: list[Fact] = Field(default_factory=list)  # every fact extracted from the transcript
    tokens_written: int = 0  # answer tokens the model wrote (counted while streaming; 0 for servers)
    speed: dict[str, float] = Field(default_factory=dict)  # measured read and write tokens per second

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
    server; on the embedded CPU model, the whole of a session that fits one part (FULL_READ_TOKENS, about 10
    minutes), else ALLIANCE_NOTES_READ_SHARE of it, never less than one part, never more than
    EMBEDDED_MAX_INPUT_TOKENS."""
    from alliance.config import get_settings

    total = sum(_tokens(s) for s in segments)
    if provider_kind != "embedded":
        return MAX_INPUT_TOKENS
    if total <= FULL_READ_TOKENS:
        return max(total, MIN_READ_TOKENS)
    share = get_settings().notes_read_share
    return min(EMBEDDED_MAX_INPUT_TOKENS, max(FULL_READ_TOKENS, int(share * total)))


def session_minutes(segments: Sequence[Segment]) -> float:
    """The session's length: from the segments' times when they have them, else its words at speaking pace."""
    ends = [s.end if s.end is not None else s.start for s in segments if (s.end or s.start) is not None]
    if ends and max(ends) > 0:
        return max(ends) / 60
    return sum(len(s.text.split()) for s in segments) / SPEECH_WORDS_PER_MINUTE


def section_budget(segments: Sequence[Segment]) -> int:
    """Sentences per section the model may write: two, plus one for every five minutes of session and one for
    every fifteen turns with substance (six content words or more), at most MAX_SECTION_SENTENCES. A three-minute
    session gets three or four, a ten-minute one five or six; facts the extractor finds come on top."""
    minutes = session_minutes(segments)
    substantive = sum(1 for s in segments if len(set(content_words(s.text))) >= 6)
    return max(MAX_SENTENCES, min(MAX_SECTION_SENTENCES, round(2 + minutes / 5 + substantive / 15)))


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


def answer_tokens(fmt: NoteFormat, per_part: int, prompt_tokens: int, n_ctx: int | None) -> int:
    """The answer's token limit for one part: every section full (ANSWER_TOKENS_PER_SENTENCE each), at most
    1,600, and never past the model's context after the prompt."""
    limit = min(1600, 80 + len(fmt.sections) * per_part * ANSWER_TOKENS_PER_SENTENCE)
    if n_ctx:
        limit = min(limit, max(256, n_ctx - prompt_tokens - 64))
    return limit


def _prompt_tokens(chunk: Sequence[Segment], fmt: NoteFormat) -> int:
    """Estimated prompt tokens of one part: the transcript (the estimate runs about 15% above Qwen's count),
    the instructions and the schema's shape."""
    return int(sum(_tokens(s) for s in chunk) / 1.15) + 260 + 30 * len(fmt.sections)


async def _draft_part(chunk: list[Segment], fmt: NoteFormat, index: int, count: int, *, provider: str | None,
                      model: str | None, client_id: str | None, max_sentences: int, timeout: float,
                      template: Any = None, allow_external: bool = False, one_sentence: bool = False,
                      max_tokens: int = 1600) -> dict[str, Any]:
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
    return await structured(render(template, variables), schema=schema, purpose=PURPOSE, provider=provider,
                            model=model, max_tokens=max_tokens, template=template, client_id=client_id,
                            timeout=timeout, allow_external=allow_external)


# --- progress: stages, tokens written, time left from measured speeds

# Reading and writing speeds (tokens a second) by provider and model, measured on every part drafted in this
# process (an average that follows recent load); the first draft starts from these figures (docs/notes.md).
DEFAULT_SPEED = {"embedded": (50.0, 15.0), "server": (1500.0, 40.0)}
_speeds: dict[str, tuple[float, float]] = {}
_speeds_lock = threading.Lock()
TICK = 1.0  # seconds between progress reports while the model works
GROUNDING_SECONDS = 3.0


def measured_speed(key: str, kind: str) -> tuple[float, float]:
    """(read, write) tokens per second last measured for this provider and model, else the defaults."""
    with _speeds_lock:
        return _speeds.get(key) or DEFAULT_SPEED["embedded" if kind == "embedded" else "server"]


def _remember_speed(key: str, kind: str, read: float | None, write: float | None) -> None:
    old_read, old_write = measured_speed(key, kind)
    with _speeds_lock:
        _speeds[key] = (0.5 * old_read + 0.5 * read if read else old_read,
                        0.5 * old_write + 0.5 * write if write else old_write)


def _eta(seconds: float) -> str:
    seconds = max(1, int(round(seconds)))
    if seconds < 60:
        return f"about {max(5, 5 * round(seconds / 5))} s left"
    minutes, rest = divmod(seconds, 60)
    rest = 10 * round(rest / 10)
    if rest == 60:
        minutes, rest = minutes + 1, 0
    return f"about {minutes} min {rest} s left" if rest else f"about {minutes} min left"


class _Tracker:
    """Where a draft is (stage, part, tokens written) and how long the rest should take."""

    def __init__(self, progress: Progress | None, parts: list[int], answer: int, key: str, kind: str) -> None:
        self.progress, self.parts, self.key, self.kind = progress, parts, key, kind
        self.read_speed, self.write_speed = measured_speed(key, kind)
        self.answer = max(answer, 20)  # expected answer tokens per part
        self.streams = kind == "embedded"  # only a model in this process reports its tokens as it writes
        self.started = time.monotonic()
        self.part = 0
        self.part_started = self.started
        self.first_token: float | None = None
        self.tokens = 0  # this part
        self.total_tokens = 0
        self.read_measured: list[float] = []
        self.write_measured: list[float] = []
        self.lock = threading.Lock()

    def on_token(self, _text: str) -> None:
        """Called by the model's worker thread for each piece of text it writes."""
        with self.lock:
            if self.first_token is None:
                self.first_token = time.monotonic()
            self.tokens += 1

    def begin_part(self, index: int) -> None:
        self.part, self.part_started, self.first_token, self.tokens = index, time.monotonic(), None, 0

    def end_part(self) -> None:
        now = time.monotonic()
        with self.lock:
            if self.first_token is not None:
                reading = self.first_token - self.part_started
                if reading > 0.2:
                    self.read_measured.append(self.parts[self.part - 1] / reading)
                writing = now - self.first_token
                if self.tokens >= 10 and writing > 0.2:
                    self.write_measured.append(self.tokens / writing)
                    # Later parts write about as much as this one did.
                    self.answer = max(20, int(0.5 * self.answer + 0.5 * self.tokens))
            self.total_tokens += self.tokens
        read = self.read_measured[-1] if self.read_measured else None
        write = self.write_measured[-1] if self.write_measured else None
        if read:
            self.read_speed = read
        if write:
            self.write_speed = write
        if self.streams:
            _remember_speed(self.key, self.kind, read, write)

    def seconds_left(self) -> float:
        now = time.monotonic()
        left = GROUNDING_SECONDS
        for later in self.parts[self.part:]:
            left += later / self.read_speed + self.answer / self.write_speed
        if self.part:
            with self.lock:
                first, tokens = self.first_token, self.tokens
            if first is None:
                read_left = self.parts[self.part - 1] / self.read_speed - (now - self.part_started)
                left += max(read_left, 1.0) + self.answer / self.write_speed
            else:
                speed = tokens / (now - first) if tokens >= 10 and now - first > 1 else self.write_speed
                left += max(self.answer - tokens, 0.1 * tokens, 5) / max(speed, 0.1)
        return left

    def report(self, label: str | None = None, *, done: bool = False) -> None:
        if self.progress is None:
            return
        if done:
            self.progress(label or "grounded", 100, 100)
            return
        elapsed = time.monotonic() - self.started
        left = self.seconds_left()
        percent = min(99, int(100 * elapsed / (elapsed + left))) if elapsed + left > 0 else 0
        if label is None:
            n = len(self.parts)
            with self.lock:
                first, tokens = self.first_token, self.tokens
            where = f" (part {self.part}/{n})" if n > 1 else ""
            if first is None:
                label = f"reading the transcript{where} · {_eta(left)}"
            elif self.streams:
                label = f"writing part {self.part}/{n} · {self.total_tokens + tokens} tokens · {_eta(left)}"
            else:
                label = f"writing part {self.part}/{n} · {_eta(left)}"
        elif "left" not in label:
            label = f"{label} · {_eta(left)}"
        self.progress(label[:60], percent, 100)


async def _with_ticks(work: Any, tracker: _Tracker) -> Any:
    """Await the part's model call, reporting progress every TICK seconds while it runs."""
    from alliance.llm.tokens import on_tokens

    with on_tokens(tracker.on_token):
        task = asyncio.ensure_future(work)  # the task copies the context: the model reports to the tracker
    try:
        while not task.done():
            await asyncio.wait({task}, timeout=TICK)
            if not task.done():
                tracker.report()
    except BaseException:
        task.cancel()
        raise
    return task.result()


# --- extracted facts into their sections

def add_facts(sections: dict[str, Section], facts: Sequence[Fact], fmt: NoteFormat, grounder: Grounder
              ) -> tuple[int, int]:
    """Add each extracted fact to its section as a sentence citing its evidence, unless a supported model
    sentence of that section citing the same segment already states it. Returns (added, already stated)."""
    places = place_facts(fmt)
    todo: list[tuple[str, Fact]] = []
    stated = 0
    for fact in facts:
        name = places.get(fact.kind)
        if name not in sections or _RISK_WORDS.search(fact.sentence):
            continue
        ids = set(fact.segment_ids)
        if any(st.supported and st.source == "model" and states_fact(st.text, fact)
               and ids & {e if isinstance(e, str) else e.segment for e in st.evidence}
               for st in sections[name].sentences):
            stated += 1
            continue
        todo.append((name, fact))
    verdicts = grounder.ground_many([(fact.grounding_text, fact.segment_ids) for _, fact in todo])
    for (name, fact), verdict in zip(todo, verdicts, strict=True):
        # Supported only by the extractor's own evidence: a fact whose sentences do not carry its claim is
        # shown as unsupported, never re-pointed at other segments.
        supported = verdict.supported and not verdict.searched
        sections[name].sentences.append(Sentence(
            text=fact.sentence,
            evidence=[EvidenceSpan(segment=e.segment, start=e.start, end=e.end) for e in fact.evidence],
            supported=supported, support_score=round(verdict.support_score, 3),
            evidence_source="extracted" if supported else "none", source="extracted", kind=fact.kind,
            derived=fact.derived))
    return len(todo), stated


async def draft_note(
    segments: Sequence[Any], *, format: str | NoteFormat, provider: str | None = None,
    model: str | None = None, progress: Progress | None = None, client_id: str | None = None,
    chunk_tokens: int = CHUNK_TOKENS, max_input_tokens: int | None = None,
    max_sentences: int | None = None, timeout: float = PART_TIMEOUT,
    risk_classifier: bool = TRANSCRIPT_CLASSIFIER,
    template: Any = None, allow_external: bool = False,
    session_date: date | datetime | None = None, extract: bool = True, use_model: bool = True,
) -> Draft:
    """Draft a note in `format` from transcript segments; sentences grounded, risk from the safety screen.

    `max_input_tokens` is the reading budget (default: `reading_budget`, which depends on the provider);
    `max_sentences` bounds the sentences per section of each part (default: `section_budget`, which grows with
    the session); `timeout` is per part; `risk_classifier` goes to `screen_risk`; `template` is the practice's
    approved version of `note.draft` (default: the catalogue's); `allow_external` is True only when the client
    consented to an external provider. With `extract` (default) the facts of `alliance.notes.extract`
    (medications, scores, interventions, homework, the next appointment, resolved against `session_date`)
    land in their sections unless the model's sentences already state them; `use_model=False` drafts the
    extracted facts alone (no model call: `alliance eval notes --facts --no-model`). `progress(label, percent, 100)`
    reports the stage, the tokens written and the time left. Raises the gateway's ModelUnavailable /
    InvalidOutput when the model cannot draft a part (nothing is half-done).
    """
    from alliance.llm import get_provider, get_template

    used = template or get_template("note.draft")
    fmt = get_format(format)
    if max_sentences is not None and not 1 <= max_sentences <= 8:
        raise BadRequest("max_sentences must be between 1 and 8")
    segs = _as_segments(segments)
    if not segs:
        raise BadRequest("the transcript has no segments")
    prov = get_provider(provider, model=model, purpose=PURPOSE)
    timings: dict[str, float] = {}
    warnings: list[str] = []
    t0 = time.perf_counter()
    if progress:
        progress("screening for risk", 0, 100)

    risk = screen_risk(segs, use_classifier=risk_classifier)
    timings["risk_screen"] = time.perf_counter() - t0
    facts = extract_facts(segs, session_date) if extract else []
    keep = {e.segment for e in risk.evidence} | {e.segment for f in facts for e in f.evidence}
    budget = max_input_tokens if max_input_tokens is not None else reading_budget(segs, prov.kind)
    read = condense_segments(segs, budget, keep)
    words_total = sum(len(seg.text.split()) for seg in segs)
    read_share = sum(len(seg.text.split()) for seg in read) / words_total if words_total else 1.0
    if read != segs:
        warnings.append(f"the model read a condensed transcript ({read_share:.0%} of its words: long turns "
                        "cut to their first sentences, bare acknowledgements left out); grounding searched "
                        "the full transcript")
    chunks = chunk_segments(read, chunk_tokens)
    wanted = max_sentences if max_sentences is not None else section_budget(segs)
    per_part = sentences_per_part(wanted, len(chunks))
    n_ctx = getattr(prov, "n_ctx", None) if prov.kind == "embedded" else None
    prompts = [_prompt_tokens(chunk, fmt) for chunk in chunks]
    limits = [answer_tokens(fmt, per_part, p, n_ctx) for p in prompts]
    # Expected answer: Qwen 1.5B fills most sentences it may write, each about 27 tokens of JSON (measured).
    expected = 20 + len(fmt.sections) * per_part * 27
    tracker = _Tracker(progress, prompts, expected, f"{prov.name}:{prov.model}", prov.kind)
    tracker.report("reading the transcript")

    t1 = time.perf_counter()
    parts = []
    for i, chunk in enumerate(chunks if use_model else [], start=1):
        tracker.begin_part(i)
        tracker.report()
        value = await _with_ticks(_draft_part(
            chunk, fmt, i, len(chunks), provider=provider, model=model, template=template,
            allow_external=allow_external, client_id=client_id, max_sentences=per_part, timeout=timeout,
            # The embedded grammar holds each text to one sentence (formats.ONE_SENTENCE).
            one_sentence=prov.kind == "embedded", max_tokens=limits[i - 1]), tracker)
        tracker.end_part()
        parts.append(parse_part(value, fmt))
    timings["model"] = time.perf_counter() - t1
    tracker.report("grounding the sentences")

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
    added = stated = 0
    if facts:
        added, stated = add_facts(sections, facts, fmt, grounder)
    timings["grounding"] = time.perf_counter() - t2
    timings["total"] = time.perf_counter() - t0
    tracker.report("grounded", done=True)
    speed = {}
    if tracker.read_measured:
        speed["read_tokens_per_second"] = round(sum(tracker.read_measured) / len(tracker.read_measured), 1)
    if tracker.write_measured:
        speed["write_tokens_per_second"] = round(sum(tracker.write_measured) / len(tracker.write_measured), 1)
    log.info("notes.draft format=%s parts=%d segments=%d sentences=%d facts=%d/%d seconds=%.1f", fmt.name,
             len(chunks), len(segs), len(flat) + added, added, len(facts), timings["total"])
    return Draft(format=fmt.name, title=fmt.title, sections=list(sections.values()), risk=risk,
                 model=prov.model, provider=prov.name, grounding=grounder.mode, parts=len(chunks),
                 segments_total=len(segs), segments_read=len(read), read_share=round(read_share, 3),
                 prompt=used.key, prompt_approved_by=used.reviewed_by,
                 timings={k: round(v, 3) for k, v in timings.items()}, warnings=warnings,
                 sentences_per_section=per_part, facts=facts, tokens_written=tracker.total_tokens, speed=speed)
