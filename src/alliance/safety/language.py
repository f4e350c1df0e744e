"""Language detection for the screen: lingua, restricted to the six supported languages, built once."""

from __future__ import annotations

import logging
import threading
from typing import Any

from alliance.safety.levels import LANGUAGES

log = logging.getLogger(__name__)

# Below this confidence, or for short messages, every language's patterns run: a short message must never be missed
# because of a wrong guess ("quero morrer" is read as Spanish; "I want to die" as German).
CONFIDENT = 0.50
SHORT_CHARS = 60
RUNNER_UP = 0.10  # a second language this likely also runs (Spanish/Portuguese/Italian are easily confused)

_ISO = {"ENGLISH": "en", "SPANISH": "es", "FRENCH": "fr", "GERMAN": "de", "PORTUGUESE": "pt", "ITALIAN": "it"}
_lock = threading.Lock()
_detector: Any = None
_unavailable = False


def _get_detector() -> Any:
    global _detector, _unavailable
    if _detector is not None or _unavailable:
        return _detector
    with _lock:
        if _detector is None and not _unavailable:
            try:
                from lingua import Language, LanguageDetectorBuilder

                langs = [getattr(Language, name) for name in _ISO]
                _detector = (
                    LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode()
                    .with_preloaded_language_models().build()
                )
            except Exception as exc:  # the screen must keep working without detection
                log.warning("safety.language: detector unavailable (%s)", type(exc).__name__)
                _unavailable = True
    return _detector


def ranked(text: str) -> list[tuple[str, float]]:
    """Supported languages with their confidence for a text, most likely first (empty when there is none)."""
    detector = _get_detector()
    if detector is None or not text.strip():
        return []
    values = detector.compute_language_confidence_values(text)
    return [(_ISO[v.language.name], float(v.value)) for v in values if v.value > 0.0]


def detect(text: str) -> tuple[str | None, float]:
    """Best guess of the language of a text (ISO 639-1) and its confidence; (None, 0.0) when there is none."""
    values = ranked(text)
    return values[0] if values else (None, 0.0)


def plan(text: str, lang: str | None) -> tuple[str | None, tuple[str, ...]]:
    """The language to report and the language packs to run for a message.

    A given language runs first, English always (code-switching and English slang are common), and detection still
    adds its guess, or every language when it is unsure, so a wrong hint cannot hide a message.
    """
    values = ranked(text)
    guess, confidence = values[0] if values else (None, 0.0)
    if guess is None or confidence < CONFIDENT or len(text) < SHORT_CHARS:
        # Short messages are cheap to screen in every language, and detection is least reliable on them.
        detected: tuple[str, ...] = LANGUAGES
    else:
        detected = (guess, "en", *(code for code, value in values[1:] if value >= RUNNER_UP))
    code = lang.strip().lower()[:2] if lang else None
    if code in LANGUAGES:
        return code, tuple(dict.fromkeys((code, "en", *detected)))
    return code or guess, tuple(dict.fromkeys(detected))
