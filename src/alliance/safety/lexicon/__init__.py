"""Per-language lexicons of the parts of a risk statement, for the composing layer (`alliance.safety.compose`).

Each language module defines `LEXICON = make_lexicon(lang, ...)`. Every part is a list of regular expressions over
the normalised text (lower case, no accents, no apostrophes: "I'm" is "im", "j'ai" is "jai"), joined into one
expression with word boundaries. The parts:

- death: the speaker's own death as a wish or goal ("want to die", "end it", "not be here tomorrow");
- indirect: indirect death wishes, common in older adults ("ready to join my husband", "lived long enough");
- method / pills / poison: means of suicide; lethal_means: a means that is itself a plan ("a noose", "the hose on
  the exhaust", "pills laid out");
- taken: an ingestion completed ("I took", "I've swallowed"); amount: a quantity ("the whole box", "40");
  symptom: effects after an ingestion ("I'm dizzy", "can't keep my eyes open");
- under_way: an act in progress ("the engine is running", "the rope is around my neck"); at_place: the speaker at a
  place of danger ("I'm on the bridge");
- access: means at hand ("I have", "in front of me", "ready", "bought"); time_soon: a time ("tonight", "in an
  hour"); time_recent: a recent past ("an hour ago"); intent: resolve ("I've decided", "no going back");
- prep: preparation and farewells in acts (letters to the children, rehoming the dog, a will); farewell: farewell
  words; hopeless: hopelessness; stopped_treatment: life-sustaining treatment stopped on purpose;
- threat / weapon: harm to a named or present other; violence_me: violence against the speaker (partner
  violence, strangulation); danger_me: the speaker in danger from someone; under_threat_now: that danger here now;
  child_harm: a child harmed; harm_thought: intrusive thoughts of harming someone;
- optional parts a language may add: engine_running, gas_on and enclosed (a car engine or exhaust, or the gas tap
  or charcoal, in a closed space), self_harm (an act
  of self-harm told as recent) and self_harm_urge, depressant and alcohol (a dangerous mix); purging (laxatives,
  vomiting, diuretics to compensate), restriction (days without eating) and ed_effect (fainting, very low weight or
  heart rate); voices_worse (hallucinated voices louder or commenting); frequency ("every night") and cope ("it's the only thing that switches my head off") for drinking;
- opioid_use (heroin, fentanyl or other opioids used or taken by the speaker), alone (no one there: "by myself",
  "my flatmate is away") and breathing (the signs of an opioid overdose: breathing slow or hard, lips blue, legs
  numb, nodding off);
- command (a voice, God or a demon ordering harm) and position (the speaker at a height or a track now, read only
  beside a command); message_goodbye (someone's farewell message) and unreachable (their phone off, no answer);
  drink_driving (driving drunk as a habit): risk to and from others, in `lexicon/others.py`, merged into every
  language;
- situations (`lexicon/situations.py`): give_away (a possession given to someone, counted twice over or with
  settled, "there's nothing left", unless an ordinary_reason such as a move), laxative and meal_skipping,
  double_dose (an accidental double dose), crash_method and driving_now (the car steered at a wall, at speed);
- families (`lexicon/families.py`, after round 14): height (a floor or metres told from a bridge or a roof) and
  event_time (a time that belongs to an exam or a race: not a plan's time), with more wording of the parts above;
- families of round 15 (`lexicon/families_r15.py`): party_drug (ecstasy, ketamine taken at a party) with its
  effects, and wound_bad (a wound swollen or infected) with care_avoided (fever, not going to A&E);
- families of round 16 (`lexicon/families_r16.py`): what is not risk (`idiom`): a health or care professional
  telling of their work and saying they are fine, a song quoted, a boss or an exam "being the death of me" or taken
  back with a joke marker, food or plants killed, a farewell to therapy because of a move, bruises from blood
  thinners; and more wording of the parts above;
- families of round 19 (`lexicon/families_r19.py`): false alarms by structure (a rope named with its purpose
  further on, a helpline course or a patient's attempt, a jump before its sport, an attempt dated and no such
  thoughts now, "kms jk"), with more wording of the parts above;
- families of round 20 (`lexicon/families_r20.py`): false alarms by structure (a carer sorting a parent's pills, a
  farm slaughter, a last concert or race "tonight", "me jogar na festa", a game's boss, an attempt years ago told
  with peace now), with more wording of the parts above (trains that do not stop here, a line past the platform's
  edge, a weapon taken to someone, a cut that will not stop bleeding);
- families of round 21 (`lexicon/families_r21.py`): more wording of the parts above (a weapon stowed or held near
  the person's home, the speaker past a railing or on a car park's top level, a train heard in the tunnel, voices
  saying it must be now, passive metaphors and burden, self-harm by burning or scratching, a child left alone);
- families of round 22 (`lexicon/families_r22.py`): calm preparations in ordinary words (affairs put in order, a
  bridge's height looked up, a last trip to a lake or a cliff, going there "and not coming back"), someone
  threatened with a weapon, sitting on a roof's edge, voices ordering a jump, stockpiled tablets;
- modifiers: denial (answers to a clinician's question, "I'm not suicidal"), fiction (literature, school, news),
  help_seeking (how to help someone else), hypothetical; idiom (words that are not what they seem: "goodbye
  shyness", "see you Tuesday" closing a message) covers the parts inside it as a denial does.

A part's expression may hold a group named `at`: the part is then those words only, the rest of the match being
its condition ("this job will kill me, and honestly that would suit me": the wish is the part, the idiom before it
is what makes it one, and the idiom's own words stay discounted).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Parts that a negation just before them cancels ("I haven't taken anything", "I don't want to die").
NEGATABLE = frozenset({"death", "intent", "taken", "prep", "threat", "hopeless", "indirect", "access", "self_harm",
                       "self_harm_urge", "harm_thought", "opioid_use", "alone", "command", "message_goodbye",
                       "drink_driving", "withdrawal", "withdrawal_sign",
                       "stopped_treatment", "violence_me", "danger_me", "symptom", "ed_effect", "give_away",
                       "laxative", "double_dose", "crash_method"})
# A window can only compose a risk when one of these parts is present: the rest only qualify.
ANCHORS = ("death", "indirect", "method", "pills", "lethal_means", "poison", "under_way", "at_place", "prep",
           "threat", "violence_me", "danger_me", "child_harm", "stopped_treatment", "intent", "farewell", "taken",
           "engine_running", "gas_on", "under_threat_now", "purging", "restriction", "voices_worse", "alcohol",
           "ed_effect", "self_harm", "self_harm_urge", "depressant", "harm_thought", "opioid_use", "command",
           "message_goodbye", "drink_driving", "withdrawal", "give_away", "laxative", "double_dose",
           "crash_method", "track", "step_off", "party_drug", "wound_bad")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled parts of one language."""

    lang: str
    parts: dict[str, str]  # each part's expressions joined, for the version fingerprint (they run one by one)
    negation: re.Pattern[str]
    first_person: re.Pattern[str]
    third_party: re.Pattern[str]
    child: re.Pattern[str]
    negatable: frozenset[str] = NEGATABLE
    # Each part's expressions one by one, indexed by the literals one of which any match needs (see
    # patterns/triggers.py): one Aho-Corasick pass finds the literals present, and only their expressions run.
    index: Any = None
    always: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def scan(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Every match of every part in a normalised text, by part."""
        active: dict[int, tuple[str, re.Pattern[str]]] = {}
        for _, entries in self.index.iter(text):
            for entry in entries:
                active[id(entry)] = entry
        found: dict[str, list[re.Match[str]]] = {}
        for part, rx in (*self.always, *active.values()):
            for m in rx.finditer(text):
                found.setdefault(part, []).append(m)
        return found

    def search(self, part: str, text: str) -> bool:
        """Whether the part occurs in the text."""
        return part in self.scan(text)


def _union(alternatives: list[str]) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def make_lexicon(lang: str, *, negation: list[str], first_person: list[str], third_party: list[str],
                 child: list[str], families: tuple[dict[str, list[str]], ...] = (),
                 **parts: list[str]) -> Lexicon:
    """Compile a language's parts (with each family's alternatives merged in); every part named by the composing
    layer must be given."""
    import ahocorasick

    from alliance.safety import regex_cache

    from alliance.safety.lexicon.calm_plans import PARTS as CALM_PLANS
    from alliance.safety.lexicon.families import PARTS as FAMILIES
    from alliance.safety.lexicon.families_r15 import PARTS as FAMILIES_R15
    from alliance.safety.lexicon.families_r16 import PARTS as FAMILIES_R16
    from alliance.safety.lexicon.families_r17 import PARTS as FAMILIES_R17
    from alliance.safety.lexicon.families_r18 import PARTS as FAMILIES_R18
    from alliance.safety.lexicon.families_r19 import PARTS as FAMILIES_R19
    from alliance.safety.lexicon.families_r20 import PARTS as FAMILIES_R20
    from alliance.safety.lexicon.families_r21 import PARTS as FAMILIES_R21
    from alliance.safety.lexicon.families_r22 import PARTS as FAMILIES_R22
    from alliance.safety.lexicon.medical import PARTS as MEDICAL
    from alliance.safety.lexicon.others import OTHERS
    from alliance.safety.lexicon.own_risk import OWN_RISK
    from alliance.safety.lexicon.resolve import PARTS as RESOLVE
    from alliance.safety.lexicon.situations import PARTS as SITUATIONS

    for family in (*families, OTHERS.get(lang, {}), OWN_RISK.get(lang, {}), MEDICAL.get(lang, {}),
                   RESOLVE.get(lang, {}), SITUATIONS.get(lang, {}), FAMILIES.get(lang, {}), CALM_PLANS.get(lang, {}),
                   FAMILIES_R15.get(lang, {}), FAMILIES_R16.get(lang, {}), FAMILIES_R17.get(lang, {}),
                   FAMILIES_R18.get(lang, {}), FAMILIES_R19.get(lang, {}), FAMILIES_R20.get(lang, {}),
                   FAMILIES_R21.get(lang, {}), FAMILIES_R22.get(lang, {})):
        for name, alts in family.items():
            parts[name] = [*parts.get(name, ()), *alts]
    joined = {name: _union(alts) for name, alts in parts.items()}
    by_literal: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    always: list[tuple[str, re.Pattern[str]]] = []
    compiled = regex_cache.current()
    for name, alts in parts.items():
        for alt in alts:
            rx, needs = compiled.compile(_union([alt]))
            entry = (name, rx)
            if needs is None:
                always.append(entry)
            for literal in needs or ():
                by_literal.setdefault(literal, []).append(entry)
    index = ahocorasick.Automaton()
    for literal, entries in by_literal.items():
        index.add_word(literal, tuple(entries))
    if by_literal:
        index.make_automaton()
    return Lexicon(lang, joined, re.compile(_union(negation)), re.compile(_union(first_person)),
                   re.compile(_union(third_party)), re.compile(_union(child)), index=index, always=tuple(always))


def _load() -> dict[str, Lexicon]:
    from alliance.safety import regex_cache

    with regex_cache.building():  # compiled expressions from the install-time cache (regex_cache.py)
        from alliance.safety.lexicon import de, en, es, fr, it, pt

    return {m.LEXICON.lang: m.LEXICON for m in (en, es, fr, de, pt, it)}


LEXICONS: dict[str, Lexicon] = _load()
