"""Layer 4 of the screen: risk built up over a conversation.

Warning signs over several turns (Rudd et al. 2006, "IS PATH WARM"): hopelessness, then goodbyes or giving things
away, then "I've decided", raise the level of the latest message even when it is harmless on its own.
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from typing import TYPE_CHECKING

from alliance.safety.levels import Category, Level
from alliance.safety.matcher import _CHILD, Hit
from alliance.safety.patterns import PACKS

if TYPE_CHECKING:
    from alliance.safety.screening import Screening

# Sudden calm or relief after warning signs is itself a warning sign (AAS: "dramatic mood changes"; clinicians
# know the calm of someone who has decided): "I feel lighter now", "me siento en paz", "je me sens soulagée".
# The adverbs of a calm that surprises the speaker ("strangely", "étrangement", "seltsam") are part of the sign.
_CALM = re.compile(
    r"\b(?:(?:i )?feel(?:ing)? (?:(?:so|much|a lot|really|way|strangely|weirdly|oddly|surprisingly|suddenly"
    r"|finally) )*(?:lighter|at peace|calm(?:er)?|relieved|free)|at peace now|"
    r"me (?:siento|sinto) (?:mas |mais |muito |tan |tao |bem |extranamente |raramente |curiosamente |estranhamente "
    r"|de repente |por fin |finalmente )?(?:ligera|ligero|leve|en paz|em paz|tranquil[ao]|aliviad[ao]|calmad[ao]|"
    r"libre|livre)|je me sens (?:plus |si |enfin |tellement |etrangement |bizarrement |curieusement |etonnamment "
    r"|soudain )?(?:legere?|en paix|soulagee?|apaisee?|calme|libre|sereine?)|"
    r"ich fuhle mich (?:so |jetzt |endlich |ganz |seltsam |merkwurdig |komisch |eigenartig |plotzlich )?(?:leicht|"
    r"erleichtert|ruhig|frei|im reinen)|"
    r"mi sento (?:piu |cosi |finalmente |stranamente |curiosamente |improvvisamente )?(?:leggera|leggero|in pace|"
    r"sollevat[ao]|tranquill[ao]|liber[ao]|calm[ao]|seren[ao]))\b")
_COMPOSED_WARNING = frozenset({"compose.preparation", "compose.prep_with_risk", "compose.farewell_with_death"})
_COMPOSED_MEANS = frozenset({"compose.lethal_means", "compose.method_access_risk", "compose.means_ready_for_time",
                             "compose.method_access_time"})
_MEANS_RULES = ("plan.stockpile", "plan.acquire_means", "plan.buy_means", "plan.means_here")


def signal_kinds(rule: str, category: Category | str | None, level: Level, subject: str) -> set[str]:
    """Which conversation signals one piece of evidence carries: ideation, plan, means, warning, hopeless."""
    if subject != "self" or rule.startswith("ctx."):
        return set()
    local = rule.split(".", 1)[1] if "." in rule else rule
    kinds: set[str] = set()
    cat = Category(category) if category else None
    if local.startswith("warn.") or local in _COMPOSED_WARNING:
        kinds.add("warning")
    if local in _COMPOSED_MEANS:
        kinds.add("means")
    if local in _MEANS_RULES:
        kinds.add("means")
    if local.startswith("distress."):
        kinds.add("hopeless")
    if cat in (Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT, Category.PSYCHOSIS_COMMAND) and level >= Level.MODERATE:
        kinds.add("ideation")
    if cat == Category.SUICIDE_PLAN_INTENT and level >= Level.HIGH:
        kinds.add("plan")
    return kinds


def _kinds_of_screening(s: Screening) -> set[str]:
    kinds: set[str] = set()
    for e in s.evidence:
        kinds |= signal_kinds(e.rule, e.category, e.level, e.subject)
    return kinds


def _own_level(hits: Iterable[Hit]) -> Level:
    return max((h.level for h in hits if h.subject == "self"), default=Level.NONE)


def _cue(text: str, langs: Iterable[str], name: str) -> tuple[int, int] | None:
    for lang in langs:
        m = getattr(PACKS[lang], name).search(text)
        if m:
            return m.span()
    return None


def resolve_in_message(text: str, langs: tuple[str, ...], hits: list[Hit]) -> Hit | None:
    """ "I've decided" next to ideation in the same message is intent: imminent."""
    if not any(h.subject == "self" and h.level >= Level.MODERATE and h.category in (
            Category.SUICIDAL_IDEATION, Category.SUICIDE_PLAN_INTENT) for h in hits):
        return None
    span = _cue(text, langs, "resolve")
    if span is None or _own_level(hits) >= Level.IMMINENT:
        return None
    if any(h.start < span[1] and span[0] < h.end for h in hits):
        return None  # the cue is part of the ideation itself ("I'm ready to go and join him")
    return Hit("ctx.resolve_with_ideation", Category.SUICIDE_PLAN_INTENT, Level.IMMINENT, *span, langs[0],
               notes=["raised"])


def farewell_in_message(text: str, langs: tuple[str, ...], hits: list[Hit]) -> Hit | None:
    """Two farewells in one message ("thanks for everything ... goodbye") are a warning sign (moderate)."""
    if any(h.level >= Level.MODERATE for h in hits):
        return None
    for lang in langs:
        found = list(PACKS[lang].farewell.finditer(text))
        if len({m.group() for m in found}) >= 2:
            return Hit(f"{lang}.warn.farewell", Category.SUICIDAL_IDEATION, Level.MODERATE, found[0].start(),
                       found[-1].end(), lang, tags=frozenset({"warning"}))
    return None


def apply_context(text: str, langs: tuple[str, ...], hits: list[Hit], prior: list[Screening]) -> list[Hit]:
    """Extra hits for the latest message given the earlier screenings of the conversation (oldest first)."""
    if not prior:
        return []
    prior_level = max((max((e.level for e in s.evidence if e.subject == "self"), default=Level.NONE) for s in prior),
                      default=Level.NONE)
    prior_kinds: set[str] = set()
    hopeless_turns = 0
    for s in prior:
        k = _kinds_of_screening(s)
        prior_kinds |= k
        hopeless_turns += "hopeless" in k
    current_kinds: set[str] = set()
    for h in hits:
        current_kinds |= signal_kinds(h.rule_id, h.category, h.level, h.subject)
    current = _own_level(hits)
    whole = (0, len(text))
    resolve = _cue(text, langs, "resolve")
    farewell = _cue(text, langs, "farewell")
    conceal = _cue(text, langs, "concealment")
    out: list[Hit] = []

    def add(rule: str, category: Category, level: Level, span: tuple[int, int] | None) -> None:
        if level > current and all(level > h.level for h in out):
            out.append(Hit(rule, category, level, *(span or whole), langs[0], notes=["context"]))

    risk_before = prior_level >= Level.MODERATE or bool(prior_kinds & {"warning", "means", "plan"})
    all_kinds = prior_kinds | current_kinds
    if resolve and risk_before:
        add("ctx.resolve_after_risk", Category.SUICIDE_PLAN_INTENT, Level.IMMINENT, resolve)
    if ("plan" in all_kinds and all_kinds & {"warning", "means"}) and (current_kinds or farewell or conceal):
        add("ctx.plan_and_warning_signs", Category.SUICIDE_PLAN_INTENT, Level.IMMINENT, None)
    timing = _cue(text, langs, "timing")
    if timing and (prior_kinds & {"ideation", "means", "plan"}) and (prior_kinds & {"means", "plan", "warning"}):
        add("ctx.timing_after_risk", Category.SUICIDE_PLAN_INTENT, Level.IMMINENT, timing)
    if farewell and "means" in prior_kinds:
        add("ctx.farewell_with_means", Category.SUICIDE_PLAN_INTENT, Level.IMMINENT, farewell)
    if farewell and risk_before:
        add("ctx.farewell_after_risk", Category.SUICIDAL_IDEATION, Level.HIGH, farewell)
    warning_turns = sum("warning" in _kinds_of_screening(s) for s in prior) + ("warning" in current_kinds)
    if "warning" in current_kinds and warning_turns >= 2 and (all_kinds & {"hopeless", "ideation"}):
        add("ctx.repeated_warning_signs", Category.SUICIDAL_IDEATION, Level.HIGH, None)
    # A request for secrecy after risk the patterns recognised; a moderate guess of the semantic layer alone
    # ("ngl im tired of everything") does not make "you won't tell anyone right?" high.
    lexical_prior = max((e.level for s in prior for e in s.evidence
                         if e.subject == "self" and not e.rule.startswith("semantic")), default=Level.NONE)
    if conceal and (lexical_prior >= Level.MODERATE or bool(prior_kinds & {"warning", "means", "plan"})
                    or current >= Level.MODERATE):
        add("ctx.concealment_with_risk", Category.SUICIDAL_IDEATION, Level.HIGH, conceal)
    if "ideation" in all_kinds and "warning" in all_kinds and current_kinds:
        add("ctx.ideation_and_warning_signs", Category.SUICIDAL_IDEATION, Level.HIGH, None)
    if any(h.category == Category.HARM_TO_OTHERS for h in hits) and any(
            e.category == Category.PSYCHOSIS_COMMAND and e.level >= Level.MODERATE for s in prior for e in s.evidence):
        add("ctx.threat_with_psychosis", Category.HARM_TO_OTHERS, Level.IMMINENT, None)
    if _CHILD.search(text) and any(e.category == Category.ABUSE_SAFEGUARDING and e.level >= Level.HIGH
                                    for s in prior for e in s.evidence):
        add("ctx.child_exposed_to_abuse", Category.ABUSE_SAFEGUARDING, Level.HIGH, None)
    if prior_level >= Level.HIGH and (current_kinds or hits):
        # Serious risk voiced earlier does not vanish with the next message that still speaks of distress; a
        # message that has none ("from the boat, I mean: we're crossing to Corsica") is read on its own.
        prior_cats = [e.category for s in prior for e in s.evidence if e.level >= Level.HIGH and e.category]
        add("ctx.persisting_risk", prior_cats[-1] if prior_cats else Category.SUICIDAL_IDEATION, Level.MODERATE,
            None)
    calm = _CALM.search(text)
    if calm and prior_kinds & {"warning", "ideation", "plan", "means"}:
        add("ctx.calm_after_warning_signs", Category.SUICIDAL_IDEATION, Level.HIGH, calm.span())
    if "hopeless" in current_kinds and hopeless_turns >= 2:
        add("ctx.cumulative_hopelessness", Category.SUICIDAL_IDEATION, Level.MODERATE, None)
    return out[-1:] if out else []
