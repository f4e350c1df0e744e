"""Transcripts as numbered segments: parsing pasted text and accepting transcription output.

Every segment gets a stable id (`S1`, `S2`, ... in order) that draft sentences cite as evidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest

Role = Literal["therapist", "client", "unknown"]

# Speaker labels of pasted transcripts and the evaluation sets (MTS-Dialog "Doctor:", ACI-Bench "[patient]").
_ROLES: dict[str, Role] = {
    "therapist": "therapist", "t": "therapist", "clinician": "therapist", "counselor": "therapist",
    "counsellor": "therapist", "doctor": "therapist", "dr": "therapist", "provider": "therapist",
    "interviewer": "therapist", "th": "therapist", "psychologist": "therapist",
    "client": "client", "c": "client", "patient": "client", "pt": "client", "p": "client",
    "guest_family": "unknown", "guest_clinician": "unknown",
}
_TIME = r"(?:\[|\()?(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)(?:\]|\))?"
_LABEL = r"(?P<label>[A-Za-z][A-Za-z_ .'-]{0,30}?(?:\s\d{1,2})?)"
_LINE = re.compile(rf"^\s*(?:{_TIME}\s*)?(?:\[(?P<blabel>[A-Za-z_ ]{{1,30}})\]|{_LABEL}\s*:)\s*(?P<text>.*)$")
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s+(?P<text>.*)$")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_WORD = re.compile(r"\w+(?:'\w+)?")
_NOT_LABELS = {"note", "notes", "plan", "data", "assessment", "subjective", "objective", "goal", "goals",
               "response", "intervention", "behavior", "behaviour", "summary", "date", "time", "homework",
               "diagnosis", "risk"}
PLAIN_SEGMENT_WORDS = 60  # plain paragraphs longer than this are split at sentence ends


class Segment(BaseModel):
    """One turn (or part of one) of a session: id, speaker role, original label, text, optional times."""

    id: str
    speaker: Role = "unknown"
    label: str | None = None
    text: str
    start: float | None = None
    end: float | None = None


class ParsedLine(BaseModel):
    """Intermediate result of reading one labelled line."""

    label: str | None
    text: str
    time: float | None = None
    explicit: bool = Field(default=False)


def role_of(label: str | None) -> Role:
    """The role for a speaker label ("T", "Client", "Doctor", "Speaker 1" -> unknown)."""
    if not label:
        return "unknown"
    key = re.sub(r"[^a-z_]", "", label.strip().lower().replace(" ", "_"))
    return _ROLES.get(key, "unknown")


def _seconds(stamp: str | None) -> float | None:
    if not stamp:
        return None
    parts = [float(p.replace(",", ".")) for p in stamp.split(":")]
    return sum(v * 60**i for i, v in enumerate(reversed(parts)))


def _is_label(label: str) -> bool:
    """Whether text before a colon is a speaker label and not the start of a sentence ("Note: ...")."""
    if role_of(label) != "unknown" or label.strip().lower() in _ROLES:
        return True
    if label.strip().lower() in _NOT_LABELS:
        return False
    pattern = r"(?:speaker|spk|person|participant|voice)[ _]?\d{1,2}|[A-Z][a-z]{1,15}"
    return bool(re.fullmatch(pattern, label.strip(), re.IGNORECASE))


def _read_line(line: str) -> ParsedLine | None:
    match = _LINE.match(line)
    if match:
        label = (match.group("blabel") or match.group("label") or "").strip()
        if label and _is_label(label):
            return ParsedLine(label=label, text=match.group("text").strip(),
                              time=_seconds(match.group("time")), explicit=True)
    timed = _TIME_ONLY.match(line)
    if timed:
        return ParsedLine(label=None, text=timed.group("text").strip(), time=_seconds(timed.group("time")),
                          explicit=True)
    return None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a text (ends at . ! ?), whitespace trimmed."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _split_plain(paragraph: str) -> list[str]:
    """A long unlabelled paragraph (dictation) in pieces of whole sentences near PLAIN_SEGMENT_WORDS words."""
    pieces, current, words = [], [], 0
    for start, end in split_sentences(paragraph):
        sentence = paragraph[start:end]
        current.append(sentence)
        words += len(sentence.split())
        if words >= PLAIN_SEGMENT_WORDS:
            pieces.append(" ".join(current))
            current, words = [], 0
    if current:
        pieces.append(" ".join(current))
    return pieces or [paragraph]


def parse_transcript(text: str) -> list[Segment]:
    """Segments from pasted text: labelled lines ("Therapist:", "T:", "[00:01:02] Speaker 1:", "[doctor]"),
    timestamped lines, or plain paragraphs; unlabelled lines continue the previous labelled turn."""
    if not isinstance(text, str):
        raise BadRequest("a transcript must be text")
    turns: list[ParsedLine] = []
    any_labels = False
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            joined = " ".join(paragraph).strip()
            for piece in _split_plain(joined):
                turns.append(ParsedLine(label=None, text=piece))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        parsed = _read_line(line) if line else None
        if parsed is not None:
            flush_paragraph()
            any_labels = any_labels or parsed.label is not None
            turns.append(parsed)
        elif not line:
            if not any_labels:
                flush_paragraph()
        elif turns and turns[-1].explicit and not paragraph:
            turns[-1].text = f"{turns[-1].text} {line}".strip()  # a wrapped line of the same turn
        else:
            paragraph.append(line)
    flush_paragraph()
    segments = []
    for turn in turns:
        if not turn.text.strip():
            continue
        segments.append(Segment(id=f"S{len(segments) + 1}", speaker=role_of(turn.label), label=turn.label,
                                text=turn.text.strip(), start=turn.time))
    if not segments:
        raise BadRequest("the transcript has no text")
    return segments


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def from_segments(items: Iterable[Any]) -> list[Segment]:
    """Segments from transcription output (`Transcript.segments`) or dicts with text, speaker, start, end."""
    out: list[Segment] = []
    for item in items:
        if isinstance(item, Segment):
            item = item.model_dump()
        text = str(_get(item, "text") or "").strip()
        if not text:
            continue
        label = _get(item, "speaker") or _get(item, "label")
        out.append(Segment(id=f"S{len(out) + 1}", speaker=role_of(label), label=label, text=text,
                           start=_get(item, "start"), end=_get(item, "end")))
    if not out:
        raise BadRequest("the transcript has no text")
    return out


def load_transcript(path: str | Path) -> list[Segment]:
    """Segments from a file: JSON (a Transcript or a list of segments) or pasted text."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadRequest(f"cannot read the transcript file ({type(exc).__name__})") from exc
    stripped = raw.lstrip()
    if stripped.startswith(("{", "[{")) or (stripped.startswith("[") and path.suffix.lower() == ".json"):
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("segments"), list):
            return from_segments(data["segments"])
        if isinstance(data, list):
            return from_segments(data)
    return parse_transcript(raw)


def words(text: str) -> list[str]:
    """Word tokens (letters, digits, inner apostrophes)."""
    return _WORD.findall(text)


def estimate_tokens(text: str) -> int:
    """A rough model-token count for English text (about 1.3 tokens per word plus punctuation)."""
    return int(len(words(text)) * 1.3 + text.count(",") + text.count(".") + 1)
