"""Layer 2 of the screen: pattern rules per language, compiled once at import.

Each language module defines `PACK`, built with `make_pack`. Patterns are written against the normalised text
(lower case, no accents, no apostrophes: "don't" is "dont", "j'ai" is "jai"). A rule has:
- a level and a category (category None for distress without a risk indicator),
- a subject: "self" (the speaker may be at risk, so negation, third party, fiction and history apply),
  "me" (the pattern itself names the speaker, "kill myself": negation, fiction and history apply),
  "other" (a third party at risk, "she wants to kill herself"), or "any" (no subject check: abuse, voices),
- tags: "recent+" (one level up when the sentence says it is recent), "warning" (a warning sign),
  "hopeless" (hopelessness), "means" (access to means), "act" (an act under way), "plan" (a plan),
  "substance" (substance use), "requires" is a pattern that must also occur in the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from alliance.safety.levels import Category, Level
from alliance.safety import regex_cache

C = Category
L = Level


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern rule."""

    id: str
    category: Category | None
    level: Level
    regex: re.Pattern[str]
    subject: str = "self"
    tags: frozenset[str] = frozenset()
    requires: re.Pattern[str] | None = None
    triggers: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    """The rules and modifier cues of one language."""

    lang: str
    rules: tuple[Rule, ...]
    negation: re.Pattern[str]
    first_person: re.Pattern[str]
    third_party: re.Pattern[str]
    idioms: re.Pattern[str]
    fiction: re.Pattern[str]
    history: re.Pattern[str]
    recency: re.Pattern[str]
    timing: re.Pattern[str]
    means: re.Pattern[str]
    resolve: re.Pattern[str]
    farewell: re.Pattern[str]
    concealment: re.Pattern[str]
    extra: dict[str, str] = field(default_factory=dict)


def _rx(pattern: str) -> re.Pattern[str]:
    return regex_cache.current().compile(pattern)[0]


def _words(*alternatives: str) -> re.Pattern[str]:
    return _rx(r"\b(?:" + "|".join(alternatives) + r")\b")


def make_pack(
    lang: str,
    rules: list[tuple],
    *,
    negation: list[str],
    first_person: list[str],
    third_party: list[str],
    idioms: list[str],
    fiction: list[str],
    history: list[str],
    recency: list[str],
    timing: list[str],
    means: list[str],
    resolve: list[str],
    farewell: list[str],
    concealment: list[str],
) -> Pack:
    """Compile a language's rules and cues. Rule tuples: (id, category, level, pattern[, subject[, tags[, requires]]])."""
    built = []
    seen: set[str] = set()
    for spec in rules:
        rid, cat, level, pattern = spec[:4]
        subject = spec[4] if len(spec) > 4 else "self"
        tags = frozenset(spec[5].split()) if len(spec) > 5 and spec[5] else frozenset()
        requires = _rx(spec[6]) if len(spec) > 6 and spec[6] else None
        full_id = f"{lang}.{rid}"
        if full_id in seen:
            raise ValueError(f"duplicate rule id {full_id}")
        seen.add(full_id)
        compiled, needs = regex_cache.current().compile(pattern)
        built.append(Rule(full_id, cat, level, compiled, subject, tags, requires, needs))
    return Pack(
        lang=lang,
        rules=tuple(built),
        negation=_words(*negation),
        first_person=_words(*first_person),
        third_party=_words(*third_party),
        idioms=_words(*idioms),
        fiction=_words(*fiction),
        history=_words(*history),
        recency=_words(*recency),
        timing=_words(*timing),
        means=_words(*means),
        resolve=_words(*resolve),
        farewell=_words(*farewell),
        concealment=_words(*concealment),
    )


def _load() -> dict[str, Pack]:
    with regex_cache.building():  # compiled expressions from the install-time cache (regex_cache.py)
        from alliance.safety.patterns import de, en, es, fr, it, pt

    return {m.PACK.lang: m.PACK for m in (en, es, fr, de, pt, it)}


PACKS: dict[str, Pack] = _load()


def ruleset_fingerprint() -> str:
    """A short hash of every pattern and cue, so the version changes whenever a rule does."""
    import hashlib

    h = hashlib.sha256()
    for pack in PACKS.values():
        for r in pack.rules:
            h.update(f"{r.id}|{r.category}|{int(r.level)}|{r.regex.pattern}|{r.subject}|{sorted(r.tags)}".encode())
            h.update((r.requires.pattern if r.requires else "").encode())
        for name in ("negation", "first_person", "third_party", "idioms", "fiction", "history", "recency", "timing",
                     "means", "resolve", "farewell", "concealment"):
            h.update(getattr(pack, name).pattern.encode())
    return h.hexdigest()[:8]
