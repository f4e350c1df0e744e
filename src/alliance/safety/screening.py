"""The crisis screen: `screen(text) -> Screening`. Deterministic for a given version; no network, no LLM."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from alliance.safety import language
from alliance.safety.context import apply_context, farewell_in_message, resolve_in_message
from alliance.safety.levels import Category, Level
from alliance.safety.matcher import Hit, Segments, match_pack
from alliance.safety.normalise import normalise
from alliance.safety.patterns import PACKS, ruleset_fingerprint

log = logging.getLogger(__name__)

ENGINE_VERSION = "1.0"


def _engine_fingerprint() -> str:
    """A short hash of the rules and of the engine's source, so any change to either changes the version."""
    import hashlib
    import sys
    from pathlib import Path

    h = hashlib.sha256(ruleset_fingerprint().encode())
    for name in ("normalise", "matcher", "context", "language"):
        h.update(Path(sys.modules[f"alliance.safety.{name}"].__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:10]


VERSION = f"screen-{ENGINE_VERSION}+{_engine_fingerprint()}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the original message that fired a rule (or the whole message, for the classifier)."""

    start: int
    end: int
    text: str
    rule: str
    category: Category | None
    level: Level
    subject: str = "self"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule,
                "category": self.category.value if self.category else None, "level": str(self.level),
                "subject": self.subject}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Read back the form written by to_dict."""
        return cls(int(d["start"]), int(d["end"]), str(d.get("text", "")), str(d["rule"]),
                   Category(d["category"]) if d.get("category") else None, Level.parse(d["level"]),
                   str(d.get("subject", "self")))


@dataclass(frozen=True, slots=True)
class Screening:
    """The result of screening one message."""

    level: Level
    categories: tuple[Category, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    rules: tuple[str, ...] = ()
    lang: str | None = None
    version: str = VERSION

    @property
    def flagged(self) -> bool:
        """True at moderate or above, the level that escalates to a clinician."""
        return self.level >= Level.MODERATE

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"level": str(self.level), "categories": [c.value for c in self.categories],
                "evidence": [e.to_dict() for e in self.evidence], "rules": list(self.rules), "lang": self.lang,
                "version": self.version}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Screening:
        """Read back the form written by to_dict."""
        return cls(Level.parse(d["level"]), tuple(Category(c) for c in d.get("categories", ())),
                   tuple(Evidence.from_dict(e) for e in d.get("evidence", ())), tuple(d.get("rules", ())),
                   d.get("lang"), d.get("version", VERSION))


_classifier_state: dict[str, Any] = {"loaded": False, "clf": None}


def _classifier() -> Any:
    """The optional classifier layer (another module); None when it is missing or fails to load."""
    if not _classifier_state["loaded"]:
        _classifier_state["loaded"] = True
        try:
            from alliance.safety.classifier import get_classifier

            _classifier_state["clf"] = get_classifier()
        except Exception as exc:  # the pattern layers must work without it
            log.warning("safety.screen: classifier unavailable (%s)", type(exc).__name__)
            _classifier_state["clf"] = None
    return _classifier_state["clf"]


def _prior(context: Sequence[str | Screening | dict] | None, lang: str | None) -> list[Screening]:
    out = []
    for item in context or ():
        if isinstance(item, Screening):
            out.append(item)
        elif isinstance(item, dict):
            out.append(Screening.from_dict(item))
        elif isinstance(item, str):
            out.append(screen(item, lang=lang, use_classifier=False))
    return out


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for h in sorted(hits, key=lambda h: (h.start, -h.level, h.rule_id)):
        key = (h.start, h.end, h.category, h.level)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def screen(
    text: str,
    *,
    lang: str | None = None,
    context: Sequence[str | Screening | dict] | None = None,
    use_classifier: bool = True,
) -> Screening:
    """Screen one client message (with earlier messages of the conversation as context, oldest first)."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    norm = normalise(text)
    reported_lang, langs = language.plan(text, lang)
    seg = Segments.of(norm.text)
    context_text = " . ".join(normalise(c).text for c in (context or ()) if isinstance(c, str))
    hits: list[Hit] = []
    discounted: list[str] = []
    for code in langs:
        hits.extend(match_pack(PACKS[code], norm.text, seg, context_text, discounted))
    farewell = farewell_in_message(norm.text, langs, hits)
    if farewell is not None:
        hits.append(farewell)
    resolved = resolve_in_message(norm.text, langs, hits)
    if resolved is not None:
        hits.append(resolved)
    if context:
        hits.extend(apply_context(norm.text, langs, hits, _prior(context, lang)))
    hits = _dedupe(hits)
    evidence = []
    for h in hits:
        start, end = norm.to_original(h.start, h.end)
        evidence.append(Evidence(start, end, text[start:end], h.rule_id, h.category, h.level,
                                 "third_party" if h.subject == "third_party" else "self"))
    level = max((h.level for h in hits), default=Level.NONE)
    version = VERSION
    # The classifier is for indirect language the patterns do not know. Where the patterns recognised a risk phrase
    # and discounted it (negated, idiom, fiction, history), their specific judgement stands.
    discounted = discounted or [h.rule_id for h in hits if "historical" in h.notes] or [
        f"{code}.fiction" for code in langs if PACKS[code].fiction.search(norm.text)]
    if use_classifier and level < Level.MODERATE and text.strip() and not discounted:
        clf = _classifier()
        if clf is not None:
            version = f"{VERSION}+{clf.name}"
            try:
                probability = float(clf.predict(text))
            except Exception as exc:
                log.warning("safety.screen: classifier failed (%s)", type(exc).__name__)
                probability = 0.0
            if probability >= float(clf.threshold):
                level = Level.MODERATE
                evidence.append(Evidence(0, len(text), text, str(clf.name), Category.SUICIDAL_IDEATION,
                                         Level.MODERATE))
    cats = {e.category for e in evidence if e.category is not None}
    categories = tuple(c for c in Category if c in cats)
    rules = tuple(dict.fromkeys(e.rule for e in evidence))
    return Screening(level, categories, tuple(evidence), rules, reported_lang, version)
