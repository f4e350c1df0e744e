"""Speaker labels (therapist / client) for a transcript, and the manual swap when they come out backwards.

Labels come from, in order: speaker turns the caller already has (an external diarizer, a two-channel
recording, a clinician's marks), or the optional `resemblyzer` extra (needs torch) clustering voice
embeddings into two speakers. Without either, segments keep `speaker=None`. The first speaker heard is
called the therapist, who usually opens the session; `swap_speakers` fixes it when that guess is wrong.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alliance.notes.transcription import SAMPLE_RATE, Transcript

THERAPIST = "therapist"
CLIENT = "client"
# Segments shorter than this give unreliable voice embeddings; they take their neighbour's label.
_MIN_EMBED_SECONDS = 1.0


def diarization_available() -> bool:
    """Whether the optional resemblyzer extra is installed."""
    return importlib.util.find_spec("resemblyzer") is not None


def swap_speakers(transcript: Transcript) -> Transcript:
    """A copy of the transcript with therapist and client exchanged (other labels and None unchanged)."""
    swap = {THERAPIST: CLIENT, CLIENT: THERAPIST}
    out = transcript.model_copy(deep=True)
    for seg in out.segments:
        if seg.speaker in swap:
            seg.speaker = swap[seg.speaker]
    return out


def _label_from_turns(start: float, end: float, turns: Sequence[tuple[float, float, str]]) -> str | None:
    best, best_overlap = None, 0.0
    for t_start, t_end, who in turns:
        overlap = min(end, t_end) - max(start, t_start)
        if overlap > best_overlap:
            best, best_overlap = who, overlap
    return best


def assign_speakers(
    transcript: Transcript,
    turns: Sequence[tuple[float, float, str]] | None = None,
    *,
    audio_path: str | Path | None = None,
) -> Transcript:
    """A copy labelled from `turns` (start, end, label), else by resemblyzer if installed, else with None."""
    out = transcript.model_copy(deep=True)
    if turns is not None:
        for seg in out.segments:
            seg.speaker = _label_from_turns(seg.start, seg.end, turns)
        return out
    if audio_path is None or not diarization_available() or not out.segments:
        for seg in out.segments:
            seg.speaker = None
        return out
    labels = _cluster_two_speakers(audio_path, [(s.start, s.end) for s in out.segments])
    for seg, label in zip(out.segments, labels, strict=True):
        seg.speaker = label
    return out


def _cluster_two_speakers(audio_path: str | Path, spans: list[tuple[float, float]]) -> list[str | None]:
    """Embed each span with resemblyzer's speaker encoder and split them into two groups (cosine 2-means)."""
    import numpy as np
    from resemblyzer import VoiceEncoder  # optional extra; loads its bundled 17 MB encoder, no download

    from alliance.notes.transcription import decode

    wav = decode(audio_path)
    encoder = VoiceEncoder("cpu", verbose=False)
    idx, embeds = [], []
    for i, (start, end) in enumerate(spans):
        if end - start < _MIN_EMBED_SECONDS:
            continue
        chunk = wav[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
        embeds.append(encoder.embed_utterance(chunk))
        idx.append(i)
    labels: list[str | None] = [None] * len(spans)
    if not embeds:
        return labels
    groups = _two_means(np.stack(embeds)) if len(embeds) > 1 else np.zeros(1, dtype=int)
    first = groups[0]  # the first speaker heard is taken as the therapist
    for i, g in zip(idx, groups, strict=True):
        labels[i] = THERAPIST if g == first else CLIENT
    # Short segments take the label of the nearest labelled one before them (or after, at the start).
    last: str | None = next((lab for lab in labels if lab), None)
    for i, lab in enumerate(labels):
        if lab is None:
            labels[i] = last
        else:
            last = lab
    return labels


def _two_means(x: Any, iterations: int = 20) -> Any:
    """Split unit-normalised embeddings into two clusters by cosine similarity (deterministic seeding)."""
    import numpy as np

    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    # Seed with the first embedding and the one least like it.
    centres = np.stack([x[0], x[int(np.argmin(x @ x[0]))]])
    assign = np.zeros(len(x), dtype=int)
    for _ in range(iterations):
        new = np.argmax(x @ centres.T, axis=1)
        if (new == assign).all() and _ > 0:
            break
        assign = new
        for k in (0, 1):
            if (assign == k).any():
                c = x[assign == k].mean(axis=0)
                centres[k] = c / np.linalg.norm(c)
    return assign
