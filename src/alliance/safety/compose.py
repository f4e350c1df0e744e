"""Layer 2b of the screen: risk composed from the parts a clinician listens for.

The pattern rules (layer 2) recognise phrasings. This layer recognises situations: it finds, per language, the
*parts* of a risk statement (a method or means, an act completed or under way, access, a time, intent, preparation,
farewells, who is at risk) and gives a level from how they combine in one stretch of the message, so that a new
phrasing of a known situation is caught:

    method + access + time             -> imminent   ("the pills are laid out for tonight")
    pills + taken (past) + amount      -> imminent   ("I swallowed the whole box an hour ago")
    act under way + method             -> imminent   ("I'm sitting in the car, the engine is running")
    death wish + method                -> high       ("I keep looking at the beam and thinking it would be quick")
    preparation + any other risk part  -> high       ("I wrote letters to the kids, they'll be better off")

The combinations follow the C-SSRS screener's ladder (Posner et al. 2011: wish to be dead < active thoughts <
method < intent < plan and preparatory behaviour) and the AAS warning signs (Rudd et al. 2006). Lexicons live in
`lexicon/<lang>.py`; each part is a list of regular expressions over the normalised text (see `normalise.py`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from alliance.safety.levels import Category, Level
from alliance.safety.lexicon import ANCHORS, LEXICONS, Lexicon
from alliance.safety.matcher import Hit, conditional_negation
from alliance.safety.patterns import PACKS

C, L = Category, Level
SI, PLAN, SH, HTO, ABUSE = C.SUICIDAL_IDEATION, C.SUICIDE_PLAN_INTENT, C.SELF_HARM, C.HARM_TO_OTHERS, C.ABUSE_SAFEGUARDING
OD, ED, SUB, PSY = C.OVERDOSE_MEDICAL, C.EATING_DISORDER_MEDICAL, C.SUBSTANCE_RISK, C.PSYCHOSIS_COMMAND

# A particular person of the speaker's ("my friend", "mi hermana", "ma collègue"): their risk stays the clinician's
# to know even in a question about how to help them.
# "My friend", "mi hermana", "ma fille": a possessive before a person (not "saved in my phone", nor Italian "mi dice").
_PEOPLE = (r"(?:hij|herman|madre|padre|mam|pap|amig|novi|espos|pareja|marido|mujer|prim|ti[oa]|abuel|companer|vecin"
           r"|alumn|paciente|jef|colega|figli|fratell|sorell|ragazz|fidanzat|moglie|nonn|cugin|zi[oa]|collega|amic"
           r"|fille|fils|soeur|frere|mere|pere|femme|copin|amie?s?|cousin|tante|oncle|grand|coloc|voisin|patron"
           r"|partenaire|petite?|enfant|ado|eleve|bebe|bambin|beb|friend|mate|buddy|sister|brother|mom|mum|mother|dad"
           r"|father|son|daughter|kid|child|partner|boyfriend|girlfriend|husband|wife|roommate|flatmate|classmate"
           r"|student|client|patient|coworker|colleague|neighbo|aunt|uncle|gran|niece|nephew|teen|baby|boss|ex\b"
           r"|freund|schwester|bruder|mutter|mama|vater|papa|sohn|tochter|kind|mann|frau|kolleg|nachbar|oma|opa"
           r"|onkel|enkel|irm|mae|pai|filh|namorad|esposa|vizinh|avo|neto|neta|chefe)")
_SOMEONE_OF_MINE = re.compile(r"\b(?:my|our|mi|mis|nuestra|nuestro|nuestras|nuestros|mon|ma|mes|notre|nos|mein|meine"
                              r"|meinen|meinem|meiner|unser|unsere|unserem|unseren|meu|minha|meus|minhas|nosso|nossa|mio"
                              r"|mia|miei|mie|nostro|nostra|il mio|la mia) (?:\w+ )?" + _PEOPLE)


# A stretch of the message read as one unit: risk spread over several short lines of one message is composed.
WINDOW_CHARS = 420
_SENTENCE = re.compile(r"[.!?\n]+")


@dataclass(frozen=True, slots=True)
class Combo:
    """A combination of parts that gives a level: every entry of `needs` must be present (an entry may name
    alternatives separated by '|'), and no part named in `unless`."""

    name: str
    needs: tuple[str, ...]
    level: Level
    categories: tuple[Category, ...]
    anchor: str  # the part whose span is reported as evidence
    unless: tuple[str, ...] = ()
    subject: str = "self"  # "self": third-party and fiction rules apply; "any": the parts name who is at risk


# Ordered from the most to the least severe; every combination that holds is reported, the highest sets the level.
COMBOS: tuple[Combo, ...] = (
    # An act completed: an overdose already taken, told in the past tense with an amount, a time or its effects.
    Combo("overdose_taken", ("taken", "pills", "amount|death|intent|farewell|lethal_means"), L.IMMINENT,
          (OD, PLAN, SI), "taken"),
    # Effects after pills, unless the dose was the usual one ("my blood pressure tablets and now I'm dizzy").
    Combo("overdose_effects", ("taken", "pills", "symptom"), L.IMMINENT, (OD, PLAN, SI), "taken",
          unless=("routine_dose",)),
    Combo("poison_taken", ("taken", "poison"), L.IMMINENT, (OD, PLAN, SI), "taken"),
    # Opioids used and the breathing slowing: an overdose under way (WHO 2014, community management of opioid
    # overdose).
    Combo("opioid_overdose_signs", ("opioid_use", "breathing"), L.IMMINENT, (OD, SUB), "opioid_use"),
    # An act under way: in the car with the engine running, on the bridge, the rope around the neck.
    Combo("act_under_way", ("under_way",), L.IMMINENT, (PLAN, SI), "under_way"),
    # (Photos, a selfie or the view told with the place: a visit, "Golden Gate today, sorry for the blurry photos".)
    Combo("act_at_place", ("at_place", "death|intent|farewell|hopeless|time_soon|prep"), L.IMMINENT, (PLAN, SI),
          "at_place", unless=("sightseeing",)),
    # At the platform or going to the tracks, a train due (a clock time, "every few minutes", passing through), with
    # a step forward or off the edge, or a hopeless or farewell turn (round 13, `situations._R13`).
    Combo("train_due_at_tracks", ("track|step_off", "train_due", "step_off|death|intent|farewell|hopeless|prep"),
          L.IMMINENT, (PLAN, SI), "train_due"),
    # Method and access with a time or a decision.
    # (A weapon readied against someone else is harm to others, below, not the speaker's plan.)
    Combo("means_ready_for_time", ("lethal_means", "time_soon"), L.IMMINENT, (PLAN, SI), "lethal_means",
          unless=("threat",)),
    Combo("method_access_time", ("method|pills", "access", "time_soon", "death|intent|prep|farewell|hopeless"),
          L.IMMINENT, (PLAN, SI), "method|pills", unless=("threat",)),
    Combo("death_method_time", ("death", "method|pills|lethal_means", "time_soon"), L.IMMINENT, (PLAN, SI),
          "death"),
    Combo("death_intent_time", ("death", "intent", "time_soon"), L.IMMINENT, (PLAN, SI), "death"),
    # (A time that is an exam's or a race's, "me quiero morir, mañana examen", is not the plan's.)
    Combo("death_time", ("death", "time_soon"), L.IMMINENT, (PLAN, SI), "death", unless=("hypothetical", "event_time")),
    Combo("preparations_and_time", ("prep_many", "time_soon"), L.IMMINENT, (PLAN, SI), "prep_many"),
    Combo("prep_and_time", ("prep|farewell", "time_soon", "death|method|pills|lethal_means|intent"), L.IMMINENT,
          (PLAN, SI), "prep|farewell"),
    Combo("intent_time_distress", ("intent", "time_soon", "hopeless|farewell|prep"), L.IMMINENT, (PLAN, SI),
          "intent"),
    Combo("intent_with_means", ("intent", "lethal_means|method|pills", "death|prep|farewell|hopeless"), L.IMMINENT,
          (PLAN, SI), "intent", unless=("threat",)),
    Combo("exhaust_in_closed_space", ("engine_running", "enclosed"), L.IMMINENT, (PLAN, SI), "engine_running"),
    Combo("gas_in_closed_space", ("gas_on", "enclosed", "death|farewell|hopeless|intent|prep|time_soon"), L.IMMINENT,
          (PLAN, SI), "gas_on"),
    Combo("at_place_with_means", ("at_place", "method"), L.IMMINENT, (PLAN, SI), "at_place", unless=("sightseeing",)),
    # On a roof or a bridge with the height told ("ninth floor", "30 metres up"): where the speaker stands now
    # (C-SSRS: an act about to begin; round 14, `families.py`).
    Combo("at_place_height", ("at_place", "height"), L.IMMINENT, (PLAN, SI), "at_place", unless=("sightseeing",)),
    # Steering the car at a wall while driving: a method under way (a single-vehicle crash as suicide, Hernetkoski
    # and Keskinen 1998; C-SSRS: an act about to begin).
    Combo("crash_while_driving", ("crash_method", "driving_now|time_soon"), L.IMMINENT, (PLAN, SI), "crash_method"),
    # The means in place and a goodbye ("the rope is tied to the banister. Sorry for everything"): no time is said
    # because it is now.
    Combo("means_ready_farewell", ("lethal_means", "farewell"), L.IMMINENT, (PLAN, SI), "lethal_means",
          unless=("threat", "hypothetical")),
    # Harm to others with a weapon ready, or an attacker here now.
    Combo("threat_armed_now", ("threat", "weapon", "time_soon|access"), L.IMMINENT, (HTO,), "threat",
          subject="any"),
    Combo("attacker_here", ("violence_me|danger_me|weapon|child_harm", "under_threat_now"), L.IMMINENT, (ABUSE,),
          "under_threat_now", subject="any"),
    # A voice or God ordering harm, with a time, the means at hand or the person already in position (NICE CG178).
    Combo("command_now", ("command", "time_soon|access|at_place|position|lethal_means|under_way"), L.IMMINENT, (PSY,),
          "command"),
    # Plans and preparation without a time.
    Combo("lethal_means", ("lethal_means",), L.HIGH, (PLAN, SI), "lethal_means", unless=("threat",)),
    Combo("death_and_method", ("death", "method|pills"), L.HIGH, (PLAN, SI), "method|pills"),
    Combo("method_access_risk", ("method|pills", "access", "hopeless|farewell|prep|intent"), L.HIGH, (PLAN, SI),
          "method|pills"),
    Combo("preparations", ("prep_many",), L.HIGH, (PLAN, SI), "prep_many"),
    # Belongings given away and then a sense of closure ("there's nothing left", "so everyone is sorted"):
    # preparatory behaviour with a statement of finality (C-SSRS preparatory acts; AAS, Rudd et al. 2006).
    Combo("given_away_and_settled", ("give_away", "settled"), L.HIGH, (PLAN, SI), "give_away",
          unless=("ordinary_reason",)),
    Combo("prep_with_risk", ("prep", "death|method|pills|farewell|hopeless|intent"), L.HIGH, (PLAN, SI), "prep"),
    Combo("farewell_with_death", ("farewell", "death|intent"), L.HIGH, (SI,), "farewell"),
    Combo("death_with_intent", ("death", "intent"), L.HIGH, (PLAN, SI), "death"),
    Combo("stopped_treatment", ("stopped_treatment",), L.HIGH, (OD, SI), "stopped_treatment"),
    Combo("threat_to_person", ("threat",), L.HIGH, (HTO,), "threat", subject="any"),
    Combo("command_to_harm", ("command",), L.HIGH, (PSY,), "command"),
    # Someone's farewell message, then silence: a person in danger now (AAS warning signs, Rudd et al. 2006).
    Combo("goodbye_then_silence", ("message_goodbye", "unreachable"), L.HIGH, (SI,), "message_goodbye",
          subject="any"),
    Combo("violence_to_me", ("violence_me",), L.HIGH, (ABUSE,), "violence_me", subject="any"),
    Combo("child_harmed", ("child_harm",), L.HIGH, (ABUSE,), "child_harm", subject="any"),
    Combo("danger_to_me", ("danger_me",), L.HIGH, (ABUSE,), "danger_me", subject="any"),
    Combo("restriction_with_effects", ("restriction|purging|meal_skipping", "ed_effect|symptom"), L.HIGH, (ED,),
          "restriction|purging|meal_skipping"),
    Combo("eating_disorder_signs", ("ed_effects_many",), L.HIGH, (ED,), "ed_effects_many"),
    # A double dose taken by mistake, with its effects: poisoning to assess now (NICE CKS, poisoning).
    Combo("double_dose_effects", ("double_dose", "symptom|ed_effect"), L.HIGH, (OD,), "double_dose"),
    Combo("crash_method", ("crash_method",), L.HIGH, (PLAN, SI), "crash_method"),
    # Party drugs with their effects hours later (jaw locked, cold sweat, heart racing): serotonin toxicity or
    # sympathomimetic toxicity to assess now (round 15, `families_r15.py`).
    Combo("party_drug_effects", ("party_drug", "symptom"), L.HIGH, (SUB, OD), "party_drug"),
    # A wound swollen or infected with fever, or care avoided: sepsis risk after self-harm (NICE CG16).
    Combo("wound_infected", ("wound_bad", "care_avoided"), L.HIGH, (SH, OD), "wound_bad"),
    Combo("danger_now", ("under_threat_now",), L.HIGH, (ABUSE,), "under_threat_now", subject="any"),
    Combo("self_harm_recent", ("self_harm",), L.HIGH, (SH,), "self_harm"),
    Combo("depressant_with_alcohol", ("depressant", "alcohol"), L.HIGH, (SUB,), "depressant"),
    # A benzodiazepine on top of opioids: respiratory depression (FDA 2016 boxed warning on the combination).
    Combo("depressant_with_opioid", ("depressant", "opioid_use"), L.HIGH, (SUB,), "opioid_use"),
    # Alcohol or benzodiazepines stopped abruptly, with a fit, shaking or seeing things: withdrawal seizures and
    # delirium tremens are medical emergencies (NICE CG100).
    Combo("withdrawal_signs", ("withdrawal", "withdrawal_sign"), L.HIGH, (SUB, OD), "withdrawal"),
    # Opioids used alone: nobody there to give naloxone or call for help if the breathing stops.
    Combo("opioid_alone", ("opioid_use", "alone"), L.HIGH, (SUB,), "opioid_use"),
    Combo("indirect_with_means", ("indirect", "method|pills|prep|stopped_treatment|intent"), L.HIGH, (SI,),
          "indirect"),
    # Wishes and warning signs.
    Combo("death_wish", ("death",), L.MODERATE, (SI,), "death"),
    Combo("indirect_wish", ("indirect",), L.MODERATE, (SI,), "indirect"),
    # (Things given away for a move, a sale or because they were outgrown are not preparation on their own.)
    Combo("preparation", ("prep",), L.MODERATE, (SI,), "prep", unless=("ordinary_reason",)),
    Combo("self_harm_urges", ("self_harm_urge",), L.MODERATE, (SH,), "self_harm_urge"),
    # Eating disorders and drinking (NICE NG69: purging and restriction with physical signs are medical risk).
    Combo("purging", ("purging",), L.MODERATE, (ED,), "purging"),
    Combo("restriction", ("restriction",), L.MODERATE, (ED,), "restriction"),
    # Laxatives beside restriction: compensation, not constipation (NICE NG69).
    Combo("laxatives_with_restriction", ("laxative", "restriction|meal_skipping"), L.MODERATE, (ED,), "laxative"),
    Combo("heavy_drinking", ("alcohol", "frequency", "amount|cope"), L.MODERATE, (SUB,), "alcohol"),
    Combo("harm_thoughts", ("harm_thought",), L.MODERATE, (HTO,), "harm_thought", subject="any"),
    Combo("drink_driving", ("drink_driving",), L.MODERATE, (SUB,), "drink_driving"),
    Combo("voices_worse", ("voices_worse",), L.MODERATE, (PSY,), "voices_worse", subject="any"),
    Combo("method_with_hopelessness", ("method|pills", "hopeless"), L.MODERATE, (SI,), "method|pills"),
)

PARTS = frozenset(p for c in COMBOS for n in c.needs + c.unless for p in n.split("|")) - {"prep_many",
                                                                                         "ed_effects_many"} | {
    "denial", "fiction", "help_seeking"}


# Signs of alarm in the body that panic, illness and starving share (all six languages, normalised text).
_BODILY_ALARM = re.compile(
    r"faint|dizz|light ?headed|heart|palpitat|breath|sweat|shak|trembl|chest|black(?:ed|ing)? out|pass(?:ed|ing)? out"
    r"|mare[oa]|desmay|corazon|palpit|respir|sudo|tembl|pecho|todo negro"
    r"|malaise|evanou|vertige|coeur|transpir|poitrine|tete qui tourne|tombe dans les pommes"
    r"|ohnmacht|schwindel|herz|atem|schwitz|zitter|brust|schwarz vor"
    r"|desmai|tontu|tonto|coracao|suor|tremo|peito|apag"
    r"|sven|svien|vertigin|cuore|sudor|trem|petto|giramenti|capogiri")


@dataclass(slots=True)
class _Found:
    part: str
    start: int
    end: int


@functools.lru_cache(maxsize=256)
def _scan(code: str, text: str) -> dict[str, list[re.Match[str]]]:
    """One language's parts in a text (the denial, modifier and composing passes share it)."""
    return LEXICONS[code].scan(text)


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The words that are the part: its `at` group where the expression has one (the rest is its condition)."""
    return m.span("at") if "at" in m.re.groupindex and m.start("at") >= 0 else m.span()


def _find_parts(lex: Lexicon, text: str) -> list[_Found]:
    return [_Found(part, *_span(m)) for part, matches in _scan(lex.lang, text).items()
            for m in matches if _span(m)[1] > _span(m)[0]]


def _windows(text: str) -> list[tuple[int, int]]:
    """The whole message when it is short; otherwise runs of consecutive sentences up to WINDOW_CHARS."""
    if len(text) <= WINDOW_CHARS:
        return [(0, len(text))]
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() < len(text)]
    out = []
    for i, s in enumerate(starts):
        e = s
        for j in range(i + 1, len(starts) + 1):
            nxt = starts[j] if j < len(starts) else len(text)
            if nxt - s > WINDOW_CHARS and e > s:
                break
            e = nxt
        out.append((s, e))
    return out


def _negated(lex: Lexicon, text: str, f: _Found) -> bool:
    """A negation just before the part, in the same clause ("I'm not suicidal", "je n'ai pas pris")."""
    left = text[max(0, f.start - 60):f.start]
    # "and" starts a clause of its own, as in the pattern rules: "er sieht keinen Sinn mehr und wär lieber nicht da".
    clause = re.split(r"[.!?;,\n]| but | pero | mais | aber | mas | ma | and | und | et | y ", left)[-1]
    words = re.findall(r"\w+", clause)[-4:]
    if conditional_negation(words, lex.negation):  # "se eu não me cortar agora": a condition, not a denial
        return False
    return bool(words) and lex.negation.search(" ".join(words)) is not None


def _third_party(lex: Lexicon, text: str, f: _Found) -> bool:
    """The part is said of someone else: the last subject cue before it in its sentence is a third person."""
    s = max(max(text.rfind(c, 0, f.start) for c in ".!?\n") + 1, f.start - 200)  # bounded: long run-on texts
    prefix = text[s:f.start]
    first = max((m.end() for m in lex.first_person.finditer(prefix)), default=-1)
    third = max((m.end() for m in lex.third_party.finditer(prefix)), default=-1)
    return third > first


def compose(text: str, langs: tuple[str, ...]) -> list[Hit]:
    """Hits for every combination of parts that holds in a stretch of the normalised message."""
    hits: list[Hit] = []
    # A denial or an idiom in any of the languages read covers its words for all of them.
    denied = denial_spans(text, langs) + [m.span() for code in langs if code in PACKS
                                          for m in PACKS[code].idioms.finditer(text)] + said_of_an_act(text)
    for code in langs:
        lex = LEXICONS.get(code)
        if lex is None:
            continue
        found = _find_parts(lex, text)
        if not any(f.part in ANCHORS for f in found):
            continue
        if not found:
            continue
        pack = PACKS[code]
        denials = denied
        # "And no, it's not for a book": fiction denied is no fiction.
        has_fiction = any(f.part == "fiction" and not _negated(lex, text, f) for f in found)
        has_help = any(f.part == "help_seeking" for f in found)
        usable: list[_Found] = []
        third: set[int] = set()
        for f in found:
            if f.part in ("denial", "fiction", "help_seeking", "idiom"):
                continue
            if any(s < f.end and f.start < e for s, e in denials):
                continue  # within a denial or an idiom: "she asked about suicide and I said no", "dying of boredom"
            if f.part in lex.negatable and _negated(lex, text, f):
                continue
            if _third_party(lex, text, f):
                third.add(len(usable))
            usable.append(f)
        for ws, we in _windows(text):
            inside = [(i, f) for i, f in enumerate(usable) if ws <= f.start and f.end <= we]
            present: dict[str, list[tuple[int, _Found]]] = {}
            for i, f in inside:
                present.setdefault(f.part, []).append((i, f))
            _belongings_given_away(present)
            preps = present.get("prep", ())
            # Several preparations (letters written, the dog rehomed): separate statements, not two expressions
            # that matched overlapping words of one.
            if any(not (a.start < b.end and b.start < a.end) for _, a in preps for _, b in preps):
                present["prep_many"] = list(preps)
            effects = present.get("ed_effect", ())
            if len({f.start for _, f in effects}) >= 2 and any(  # 41 kg, fainting, hair falling out
                    not _BODILY_ALARM.search(text, f.start, f.end) for _, f in effects):
                # Fainting with a racing heart alone is how panic feels too: the signs say eating disorder only
                # when one of them is specific to starving or purging (weight, periods stopped, hair, cold).
                present["ed_effects_many"] = present["ed_effect"]
            for combo in COMBOS:
                if any(p in present for u in combo.unless for p in u.split("|")):
                    continue
                if not all(any(p in present for p in need.split("|")) for need in combo.needs):
                    continue
                anchor = next((present[p][0] for p in combo.anchor.split("|") if p in present), None)
                if anchor is None:
                    continue
                idx, af = anchor
                # The same words cannot be two parts: "on the bridge" is a place, not also a method.
                if not all(any(not (f.start < af.end and af.start < f.end) or f is af
                               for p in need.split("|") for _, f in present.get(p, ()))
                           for need in combo.needs):
                    continue
                level, cats, subject, notes = combo.level, combo.categories, "self", []
                if combo.subject == "self":
                    # Every part of the combination said of someone else: their risk, not the client's.
                    parts_idx = [i for need in combo.needs for p in need.split("|") for i, _ in present.get(p, ())]
                    if parts_idx and all(i in third for i in parts_idx):
                        if has_fiction or (has_help and combo.level < L.IMMINENT and not _SOMEONE_OF_MINE.search(text)):
                            continue  # a general question ("how do I help someone who is suicidal?")
                        subject, notes = "third_party", ["third_party"]
                        if lex.child.search(text[max(0, af.start - 120):af.end + 60]):
                            level, cats, notes = L.HIGH, (*cats, ABUSE), ["third_party", "child"]
                        else:
                            # Someone else at risk is the clinician's to know (moderate); someone in danger right
                            # now ("she took the whole bottle and doesn't answer") is high.
                            level = L.HIGH if combo.level >= L.IMMINENT else min(level, L.MODERATE)
                    elif has_fiction and not lex.first_person.search(text[max(0, af.start - 80):af.start]):
                        continue
                    window = text[ws:we]
                    # "Hoje tô em outro momento", "the scars don't bother me now": the time of being well, not of
                    # the act.
                    well = [f for _, f in present.get("well_now", ())]
                    now = any(p in present for p in ("under_way", "at_place")) or any(
                        not any(w.start <= f.start and f.end <= w.end for w in well)
                        and not (well and text[f.start:f.end] == "just")  # "I'm fine, I just want..."
                        for p in ("time_recent", "time_soon") for _, f in present.get(p, ()))
                    dated = "dated_past" in present and bool(well) and combo.level <= L.IMMINENT
                    if (dated and not now) or (pack.history.search(window) and not pack.recency.search(window)
                                               and not now):
                        # Told as history (C-SSRS separates lifetime from recent behaviour): a risk factor, low.
                        if subject != "self":
                            continue
                        level, cats, notes = L.LOW, (), ["historical"]
                for cat in cats or (None,):
                    hits.append(Hit(f"{code}.compose.{combo.name}", cat, level, af.start, af.end, code,
                                    subject=subject, notes=list(notes)))
                break  # the most severe combination that holds in this window
    return hits


def _belongings_given_away(present: dict[str, list[tuple[int, _Found]]]) -> None:
    """Possessions given away are a preparation (AAS warning signs, Rudd et al. 2006) when there are several
    (separate statements, often across turns) and no ordinary reason (a move, a sale) is given; one already read
    as a preparation by the language's own lexicon is not counted twice. (With a sense of closure, "there's
    nothing left", they are the combination `given_away_and_settled`.)"""
    given = present.get("give_away", [])
    if not given or "ordinary_reason" in present:
        return
    if any(not (a.start < b.end and b.start < a.end) for _, a in given for _, b in given) and not any(
            a.start < b.end and b.start < a.end for _, a in given for _, b in present.get("prep", ())):
        present.setdefault("prep", []).append(given[0])


def denial_spans(text: str, langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans where the client denies risk ("I said no when she asked about suicidal thoughts", "I'm not suicidal"),
    and idioms the lexicons know ("goodbye shyness", "see you Tuesday"): the risk words inside are not risk."""
    spans: list[tuple[int, int]] = []
    for code in langs:
        lex = LEXICONS.get(code)
        if lex is not None:
            found = _scan(code, text)
            spans.extend(m.span() for part in ("denial", "idiom") for m in found.get(part, ()))
    # A denial covers the items joined to it by "or" in its clause ("never had thoughts of hurting myself or of
    # ending my life").
    return [(s, _OR_MORE.match(text, e).end() if _OR_MORE.match(text, e) else e) for s, e in spans]


_OR_MORE = re.compile(r"(?:,? *(?:or|nor|o|ou|oder|ni|nem|ne|neanche|nemmeno|noch|weder)\b[^.!?;,\n]{1,60}"
                      r"?(?=$|[.!?;,\n]| but | pero | mais | aber | mas | ma ))+")


def dated_and_well(text: str, langs: tuple[str, ...]) -> bool:
    """An act dated in the past ("when I was 16", "vor zehn Jahren") and being well now ("hoy estoy bien") in the
    message: history, in any of the languages read."""
    return any(code in LEXICONS and {"dated_past", "well_now"} <= _scan(code, text).keys() for code in langs)


# "Suicidal" said of an act, with the act after it: "it's suicidal to play that the night before an exam", "c'est
# suicidaire de sortir", "es un suicidio conducir asi", "das ist selbstmord, bei dem wetter zu fahren", "e suicidio
# sair", "e un suicidio guidare": recklessness judged, not a wish (issue 13, idioms).
_SUICIDAL_ACT = re.compile(
    r"\b(?:(?:its|it is|thats|that is|it was|c ?est|cetait|ce serait) (?:\w+ )?(?:suicidal|suicidaire)"
    r"|(?:its|it is|thats|that is|it was|c ?est|cetait|ce serait|es|era|seria|sarebbe|ist|war|ware|e|foi)"
    r" (?:\w+ )?(?:suicide|du suicide|un suicide|un suicidio|suicidio|selbstmord))"
    r"(?:,? (?:to|de|d|di|zu|bei|with)\b| \w+(?:ing|er|ir|ar|are|ere|en)\b)")


def said_of_an_act(text: str) -> list[tuple[int, int]]:
    """Spans where "suicidal" judges an act as reckless ("it's suicidal to drive in this"): a figure of speech."""
    return [m.span() for m in _SUICIDAL_ACT.finditer(text)]


def someone_of_mine(text: str) -> bool:
    """The message names a particular person of the speaker's ("my friend"), not people in general."""
    return _SOMEONE_OF_MINE.search(text) is not None


def modifiers(text: str, langs: tuple[str, ...]) -> set[str]:
    """Which of denial, fiction and help_seeking occur in the normalised message, in any of the languages."""
    out: set[str] = set()
    for code in langs:
        lex = LEXICONS.get(code)
        if lex is not None:
            out |= {name for name in ("denial", "fiction", "help_seeking") if name in _scan(code, text)}
    return out


def fingerprint() -> str:
    """Every lexicon and combination, for the screen's version."""
    import hashlib

    h = hashlib.sha256()
    for code in sorted(LEXICONS):
        lex = LEXICONS[code]
        for name in sorted(lex.parts):
            h.update(f"{code}|{name}|{lex.parts[name]}".encode())
        h.update(lex.negation.pattern.encode())
    for c in COMBOS:
        h.update(repr(c).encode())
    return h.hexdigest()[:8]
