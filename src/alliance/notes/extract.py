"""Deterministic extraction of the facts a progress note must carry, each with its evidence.

From transcript segments: medications (generic and brand names, doses with units, frequency, changes: started,
stopped, increased, reduced, switched, missed), questionnaire scores read out ("your PHQ-9 is 14 this week"),
interventions used in the session, homework set, and the next appointment (weekday and date expressions resolved
against the session date). No model is involved: lexicons, number words and a few cue patterns, in English and
Spanish. Every fact carries the segment ids and character spans of the sentences it rests on, and a note
sentence written in the transcript's own words (numbers and names as spoken), so that the grounding check
(`alliance.notes.grounding`, `alliance.notes.facts`) finds every number and name in its evidence.

`place_facts(fmt)` says which section of a note format each kind of fact lands in; `alliance.notes.drafting`
adds the facts the model's draft does not already state, marked `source="extracted"`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.notes.facts import MEDICATIONS
from alliance.notes.formats import NoteFormat
from alliance.notes.transcripts import Segment, split_sentences

Kind = Literal["medication", "score", "intervention", "homework", "appointment"]
KINDS: tuple[Kind, ...] = ("medication", "score", "intervention", "homework", "appointment")

# --- lexicons ------------------------------------------------------------------------------------------------

# Brand -> generic (US/UK/EU brands of the drugs most prescribed in outpatient mental health; WHO EML 2023 s.24).
BRANDS = {
    "zoloft": "sertraline", "lustral": "sertraline", "prozac": "fluoxetine", "sarafem": "fluoxetine",
    "celexa": "citalopram", "cipramil": "citalopram", "lexapro": "escitalopram", "cipralex": "escitalopram",
    "paxil": "paroxetine", "seroxat": "paroxetine", "luvox": "fluvoxamine", "effexor": "venlafaxine",
    "pristiq": "desvenlafaxine", "cymbalta": "duloxetine", "remeron": "mirtazapine", "zispin": "mirtazapine",
    "wellbutrin": "bupropion", "zyban": "bupropion", "desyrel": "trazodone", "trintellix": "vortioxetine",
    "brintellix": "vortioxetine", "elavil": "amitriptyline", "pamelor": "nortriptyline", "anafranil":
    "clomipramine", "tofranil": "imipramine", "lamictal": "lamotrigine", "depakote": "divalproex", "epilim":
    "valproate", "tegretol": "carbamazepine", "trileptal": "oxcarbazepine", "seroquel": "quetiapine", "zyprexa":
    "olanzapine", "risperdal": "risperidone", "abilify": "aripiprazole", "latuda": "lurasidone", "haldol":
    "haloperidol", "clozaril": "clozapine", "geodon": "ziprasidone", "invega": "paliperidone", "vraylar":
    "cariprazine", "rexulti": "brexpiprazole", "valium": "diazepam", "ativan": "lorazepam", "xanax": "alprazolam",
    "klonopin": "clonazepam", "rivotril": "clonazepam", "librium": "chlordiazepoxide", "buspar": "buspirone",
    "atarax": "hydroxyzine", "vistaril": "hydroxyzine", "inderal": "propranolol", "minipress": "prazosin",
    "catapres": "clonidine", "intuniv": "guanfacine", "ambien": "zolpidem", "stilnoct": "zolpidem", "zimovane":
    "zopiclone", "lunesta": "eszopiclone", "circadin": "melatonin", "ritalin": "methylphenidate", "concerta":
    "methylphenidate", "vyvanse": "lisdexamfetamine", "elvanse": "lisdexamfetamine", "adderall": "amphetamine",
    "strattera": "atomoxetine", "provigil": "modafinil", "revia": "naltrexone", "vivitrol": "naltrexone",
    "campral": "acamprosate", "antabuse": "disulfiram", "suboxone": "buprenorphine", "subutex": "buprenorphine",
    "neurontin": "gabapentin", "lyrica": "pregabalin", "topamax": "topiramate", "synthroid": "levothyroxine",
    "tylenol": "paracetamol", "acetaminophen": "paracetamol", "camcolit": "lithium", "priadel": "lithium",
    "spravato": "esketamine", "auvelity": "dextromethorphan-bupropion", "caplyta": "lumateperone",
    "ozempic": "semaglutide", "wegovy": "semaglutide", "chantix": "varenicline", "champix": "varenicline",
}
_MORE_GENERICS = """
esketamine ketamine lumateperone semaglutide varenicline nicotine agomelatine moclobemide phenelzine
tranylcypromine selegiline doxepin dosulepin lofepramine trimipramine vilazodone levomilnacipran
asenapine iloperidone amisulpride sulpiride chlorpromazine flupentixol zuclopenthixol fluphenazine
perphenazine trifluoperazine promethazine temazepam oxazepam nitrazepam clobazam diphenhydramine
doxylamine ramelteon suvorexant lemborexant daridorexant dexamfetamine dexmethylphenidate viloxazine
solriamfetol nalmefene baclofen lofexidine naloxone levetiracetam valproic sodium omeprazole
atorvastatin simvastatin amlodipine lisinopril ramipril sumatriptan levonorgestrel estradiol
""".split()
GENERICS = frozenset((MEDICATIONS - set(BRANDS)) | set(_MORE_GENERICS) | set(BRANDS.values())) - {"sodium"}
DRUG_NAMES = frozenset(GENERICS | set(BRANDS)) - {"contraceptive", "dextromethorphan-bupropion"}

# Questionnaires: the measures the platform scores (alliance.measures) and others often read out in session.
# C-SSRS is left out on purpose: risk comes from the safety screen, and a suicide-risk rating is the clinician's.
INSTRUMENTS: dict[str, str] = {
    r"phq[- ]?9|phq[- ]?nine|p\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)": "PHQ-9",
    r"phq[- ]?2|phq[- ]?two": "PHQ-2",
    r"phq(?![- ]?\d)": "PHQ-9",
    r"gad[- ]?7|gad[- ]?seven|g\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)": "GAD-7",
    r"gad[- ]?2|gad[- ]?two": "GAD-2",
    r"pcl[- ]?5|pcl[- ]?five|p\.?\s?c\.?\s?l\.?[- ]?(?:5|five)": "PCL-5",
    r"audit[- ]?c": "AUDIT-C",
    r"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back))": "AUDIT",
    r"core[- ]?10|core[- ]?ten|core[- ]?om": "CORE-10",
    r"who[- ]?5|who[- ]?five": "WHO-5",
    r"k[- ]?10|kessler": "K10",
    r"bdi(?:[- ]?ii|[- ]?2)?|beck depression inventory": "BDI-II",
    r"bai|beck anxiety inventory": "BAI",
    r"epds|edinburgh(?: postnatal)?(?: depression)?(?: scale)?": "EPDS",
    r"dass[- ]?21|dass": "DASS-21",
    r"y[- ]?bocs": "Y-BOCS",
    r"oq[- ]?45": "OQ-45",
    r"isi|insomnia severity index": "ISI",
    r"wsas|work and social adjustment": "WSAS",
    r"ors|outcome rating scale": "ORS",
    r"srs|session rating scale": "SRS",
    r"hads|hospital anxiety and depression": "HADS",
    r"mdq|mood disorder questionnaire": "MDQ",
    r"asrs": "ASRS",
    r"dudit": "DUDIT",
    r"social phobia inventory|SPIN": "SPIN",
}

# Interventions (Beck 2011; Martell et al. 2010; Miller & Rollnick 2013; Linehan 2015; NICE CG90/CG113/CG26).
INTERVENTIONS: dict[str, tuple[str, str]] = {
    # pattern: (canonical name, family)
    r"thought records?": ("thought record", "CBT"),
    r"cognitive restructuring|challeng(?:e|ing) (?:the |those |that |your )?(?:thoughts?|beliefs?)|"
    r"thought challenging|evidence for and against": ("cognitive restructuring", "CBT"),
    r"cognitive distortions?|thinking (?:traps|errors)|catastrophi[sz]ing": ("identifying thinking errors", "CBT"),
    r"behaviou?ral experiments?": ("behavioural experiment", "CBT"),
    r"behaviou?ral activation|activity scheduling|activity (?:diary|log|monitoring)|pleasant activit(?:y|ies)":
        ("behavioural activation", "CBT"),
    r"graded exposure|exposure (?:hierarchy|exercise|work|task|therapy)|fear (?:ladder|hierarchy)|"
    r"imaginal exposure|in vivo exposure|exposure": ("exposure", "CBT"),
    r"exposure and response prevention|\berp\b|response prevention": ("exposure and response prevention", "CBT"),
    r"grounding(?: exercise| technique| skills?)?|5[- ]4[- ]3[- ]2[- ]1|five[- ]four[- ]three":
        ("grounding", "skills"),
    r"(?:diaphragmatic|box|paced|slow|belly|square) breathing|breathing (?:exercises?|techniques?|skills?)":
        ("breathing exercise", "relaxation"),
    r"progressive muscle relaxation|muscle relaxation|\bpmr\b": ("progressive muscle relaxation", "relaxation"),
    r"mindfulness|body scan|mindful": ("mindfulness", "mindfulness"),
    r"psychoeducation|psycho-education|explained how (?:anxiety|depression|panic|trauma|sleep|the)":
        ("psychoeducation", "psychoeducation"),
    r"motivational interviewing|decisional balance|pros and cons|importance (?:ruler|scale)|"
    r"confidence (?:ruler|scale)|change talk": ("motivational interviewing", "MI"),
    r"problem[- ]solving": ("problem solving", "CBT"),
    r"role[- ]?play(?:ed|ing)?": ("role play", "skills"),
    r"socratic (?:questioning|questions)": ("Socratic questioning", "CBT"),
    r"distress tolerance|\btipp?\b skills?|opposite action|chain analysis|\bdbt\b|dialectical":
        ("DBT skills", "DBT"),
    r"\bemdr\b|eye movement desensiti[sz]ation": ("EMDR", "trauma"),
    r"trauma narrative|prolonged exposure|cognitive processing therapy|\bcpt\b|impact statement":
        ("trauma-focused therapy", "trauma"),
    r"sleep hygiene|sleep restriction|stimulus control|sleep diary|sleep window": ("CBT for insomnia", "CBT-I"),
    r"safety plan(?:ning)?": ("safety planning", "safety"),
    r"assertive(?:ness)?(?: training| skills| communication)?|communication skills|\bi[- ]statements?":
        ("communication skills", "skills"),
    r"worry time|postponing worry|worry postponement": ("worry time", "CBT"),
    r"values (?:clarification|work|exercise)|acceptance and commitment|defusion|cognitive defusion":
        ("acceptance and commitment therapy", "ACT"),
    r"self[- ]compassion|compassion[- ]focused": ("self-compassion", "CFT"),
    r"relapse prevention": ("relapse prevention", "CBT"),
    r"journal(?:ing|ling)": ("journaling", "skills"),
    r"urge surfing": ("urge surfing", "mindfulness"),
    r"reestructuraci[oó]n cognitiva|registro de pensamientos": ("cognitive restructuring", "CBT"),
    r"activaci[oó]n conductual": ("behavioural activation", "CBT"),
    r"respiraci[oó]n (?:diafragm[aá]tica|profunda)|ejercicios? de respiraci[oó]n": ("breathing exercise",
                                                                                      "relaxation"),
    r"psicoeducaci[oó]n": ("psychoeducation", "psychoeducation"),
    r"exposici[oó]n": ("exposure", "CBT"),
    r"atenci[oó]n plena|mindfulness": ("mindfulness", "mindfulness"),
}

# --- numbers -------------------------------------------------------------------------------------------------

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
}
_ATOM = (r"\d+(?:[.,]\d+)?|" + "|".join(sorted((w for w in _UNITS_WORDS if w not in {"once"}), key=len,
                                              reverse=True)) + r"|hundred|thousand")
# "a hundred and fifty", "twenty-five", "two point five", "12.5", "half a"
NUMBER = rf"(?:(?:a|an)\s+)?(?:{_ATOM})(?:(?:\s+and\s+|\s+point\s+|\s+y\s+|[\s-]+)(?:{_ATOM}))*"
_NUMBER_RE = re.compile(rf"\b(?:{NUMBER})\b", re.IGNORECASE)
_HALF = r"half(?:\s+(?:a|of\s+a))?"


def parse_number(text: str) -> float | None:
    """A number from digits or English/Spanish number words ("a hundred and fifty" -> 150, "two point five" -> 2.5)."""
    t = text.strip().lower().replace(",", ".") if re.fullmatch(r"\d+,\d+", text.strip()) else text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    if re.fullmatch(_HALF, t):
        return 0.5
    words = re.findall(r"[a-záéíóúñ]+|\d+(?:\.\d+)?", t)
    total, current, decimals, seen = 0.0, 0.0, None, False
    for w in words:
        if w in ("a", "an", "and", "y"):
            if w in ("a", "an"):
                current = current or 1
            continue
        if w == "point":
            decimals = ""
            continue
        if decimals is not None:
            value = _UNITS_WORDS.get(w) if not w.isdigit() else int(w)
            if value is None or value > 9:
                return None
            decimals += str(value)
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in _UNITS_WORDS:
            current += _UNITS_WORDS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    if decimals:
        value += float("0." + decimals)
    return value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def _fmt_number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# --- the model of a fact -------------------------------------------------------------------------------------


class FactEvidence(BaseModel):
    """The sentence of a segment a fact rests on (character span within the segment's text)."""

    segment: str
    start: int
    end: int
    text: str


class Fact(BaseModel):
    """One extracted fact: its kind, structured value, the note sentence and its evidence."""

    kind: Kind
    value: dict[str, Any] = Field(default_factory=dict)
    claim: str  # the note sentence in the transcript's own words (what grounding checks)
    sentence: str  # the claim plus anything derived (a resolved date), as written into the note
    derived: str | None = None  # how a derived part was computed ("resolved from the session date 2026-03-10")
    evidence: list[FactEvidence] = Field(default_factory=list)

    @property
    def segment_ids(self) -> list[str]:
        """The evidence segment ids, in order, once each."""
        return list(dict.fromkeys(e.segment for e in self.evidence))


class _Sent:
    """One sentence of one segment."""

    def __init__(self, seg: Segment, index: int, start: int, end: int) -> None:
        self.seg, self.index, self.start, self.end = seg, index, start, end
        self.text = seg.text[start:end]

    def evidence(self) -> FactEvidence:
        return FactEvidence(segment=self.seg.id, start=self.start, end=self.end, text=self.text)


def _sentences(segments: Sequence[Segment]) -> list[_Sent]:
    out = []
    for i, seg in enumerate(segments):
        for a, b in split_sentences(seg.text) or [(0, len(seg.text))]:
            out.append(_Sent(seg, i, a, b))
    return out


def _is_therapist(seg: Segment) -> bool:
    return seg.speaker in ("therapist", "unknown")


_NEGATED = re.compile(r"\b(?:not|n't|never|no|haven't|hasn't|didn't|don't|nunca|no he|sin)\b[\w' ]{0,20}$",
                      re.IGNORECASE)

# --- medications ---------------------------------------------------------------------------------------------

_DRUG_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(d) for d in DRUG_NAMES), key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
_UNIT = (r"mg|mgs|milligrams?|miligramos?|mcg|micrograms?|µg|ug|ml|millilit(?:er|re)s?|mililitros?|grams?|"
         r"gramos?|g|units?|unidades|iu")
_DOSE_RE = re.compile(rf"(?P<num>\b(?:{NUMBER})|{_HALF})\s*-?\s*(?P<unit>{_UNIT})\b", re.IGNORECASE)
_FREQ_RE = re.compile(
    r"\b(?:once|twice|three times|una vez|dos veces)(?: a| per| al)? (?:day|daily|night|week|d[ií]a|semana)"
    r"|\b(?:every|each|at|in the|por la|cada|at bed ?time)\s+(?:morning|evening|night|bedtime|day|ma[nñ]ana|"
    r"noche|d[ií]a)s?\b|\bat bedtime\b|\bdaily\b|\bnightly\b|\bas needed\b|\bwhen needed\b|\bprn\b|"
    r"\bal d[ií]a\b", re.IGNORECASE)
# (pattern, change); the first that matches near the drug name wins, so specific patterns come first.
_CHANGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"\bswitch(?:ed|ing)?\b|\bchang(?:ed|ing) (?:me |it )?(?:from|over|to)\b|\bcambi(?:ó|o|ar|amos)\b",
     "switched"),
    (r"\b(?:increas(?:e|ed|ing)|upp(?:ed|ing)|rais(?:ed|ing)|went up|gone up|go up|bump(?:ed)? (?:it )?up|"
     r"put (?:me |it |my |her |his |the )?(?:\w+ )?up|doubl(?:ed|ing)|titrat(?:ed|ing) up|sub(?:ió|io|ir)|aument(?:ó|o|ar|amos))\b",
     "increased"),
    (r"\b(?:reduc(?:e|ed|ing)|decreas(?:e|ed|ing)|lower(?:ed|ing)?|cut (?:it |back |down)|went down|"
     r"gone down|come down|halv(?:ed|ing)|taper(?:ed|ing)?|weaning|baj(?:ó|o|ar|amos)|reduj(?:o|imos))\b",
     "reduced"),
    (r"\b(?:stopp?(?:ed|ing)?|came off|come off|coming off|quit|discontinu(?:e|ed|ing)|no longer|"
     r"dej(?:é|e|ó|o|ar)(?: de tomar)?|suspend(?:ió|io|er|imos))\b", "stopped"),
    (r"\b(?:miss(?:ed|ing)?|forg(?:o|e)t(?:ten)?|skipp?(?:ed|ing)?|olvid(?:é|e|ó|o|ar))\b", "missed"),
    (r"\b(?:start(?:ed|ing)?|began|begun|put (?:me|her|him|them) on|prescrib(?:ed|ing)|new prescription|"
     r"just got|empec(?:é|e)|empez(?:ó|o|ar)|recet(?:ó|o|aron))\b", "started"),
)]
_TAKING = re.compile(r"\b(?:tak(?:e|es|ing)|on|tomo|tomando|toma)\b", re.IGNORECASE)


def _generic(name: str) -> str:
    key = name.lower()
    return BRANDS.get(key, key)


def _doses(text: str) -> list[re.Match[str]]:
    return [m for m in _DOSE_RE.finditer(text) if parse_number(m.group("num")) is not None]


def _dose_for(text: str, mentions: list[re.Match[str]], j: int) -> re.Match[str] | None:
    """The dose of the sentence nearest mention j (each dose belongs to its nearest drug name; on a tie, the
    name before it: "aripiprazole, 5 milligrams, on top of the lithium")."""
    best = None
    for d in _doses(text):
        def gap(m: re.Match[str]) -> tuple[int, int]:
            after = d.start() >= m.end()
            return (d.start() - m.end() if after else max(m.start() - d.end(), 0), 0 if after else 1)
        owner = min(range(len(mentions)), key=lambda i: gap(mentions[i]))
        if owner == j and gap(mentions[j])[0] <= 60 and (best is None or gap(mentions[j]) < best[0]):
            best = (gap(mentions[j]), d)
    return best[1] if best else None


def _change_near(text: str, start: int, end: int) -> str | None:
    """The change verb closest to the drug mention in the same sentence (not negated)."""
    best: tuple[int, str] | None = None
    for pattern, change in _CHANGES:
        for m in pattern.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 25): m.start()]):
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            dist = max(dist, 0)
            if dist <= 45 and (best is None or dist < best[0]):
                best = (dist, change)
    return best[1] if best else None


LOOKAHEAD = 3  # sentences after a drug named without a dose that may give it ("What dose?" "200 mg.")


def extract_medications(segments: Sequence[Segment]) -> list[Fact]:
    """Medications named in the session, one fact per drug: name, dose, frequency, change, evidence."""
    sents = _sentences(segments)
    by_drug: dict[str, Fact] = {}
    order: list[str] = []
    for k, s in enumerate(sents):
        mentions = list(_DRUG_RE.finditer(s.text))
        for j, m in enumerate(mentions):
            name = m.group(1)
            generic = _generic(name)
            dose = _dose_for(s.text, mentions, j)
            # The clauses this mention owns: up to the next drug named in the sentence.
            hi = mentions[j + 1].start() if j + 1 < len(mentions) else len(s.text)
            lo = mentions[j - 1].end() if j > 0 else 0
            window = s.text[lo:hi]
            evidence = [s.evidence()]
            dose_text = dose.group(0) if dose else None
            dose_value = parse_number(dose.group("num")) if dose else None
            unit = dose.group("unit") if dose else None
            change = _change_near(window, m.start() - lo, m.end() - lo)
            freq = _FREQ_RE.search(window)
            if dose is None:
                # "What dose are you on now?" / "A hundred milligrams." - a dose in the next few sentences,
                # unless another drug is named first.
                for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
                    others = {_generic(x.group(1)) for x in _DRUG_RE.finditer(nxt.text)} - {generic}
                    if others:
                        break
                    found = _doses(nxt.text)
                    if found:
                        d2 = found[0]
                        dose_text, dose_value, unit = d2.group(0), parse_number(d2.group("num")), d2.group("unit")
                        evidence.append(nxt.evidence())
                        change = change or _change_near(nxt.text, d2.start(), d2.end())
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
            if change == "switched":
                before = s.text[max(0, m.start() - 12): m.start()].lower()
                if re.search(r"\b(?:from|de)\s*$", before):
                    change = "switched from"
                elif re.search(r"\b(?:to|onto|a|por)\s*$", before):
                    change = "switched to"
            fact = by_drug.get(generic)
            value = {"name": name, "generic": generic, "dose": dose_text, "dose_value": dose_value, "unit": unit,
                     "frequency": freq.group(0) if freq else None, "change": change}
            if fact is None:
                by_drug[generic] = Fact(kind="medication", value=value, claim="", sentence="", evidence=evidence)
                order.append(generic)
                continue
            # Later mentions fill in what the earlier ones left out; a dose or a change adds its evidence.
            added = False
            for key in ("dose", "frequency", "change"):
                if value[key] and not fact.value.get(key):
                    fact.value[key] = value[key]
                    if key == "dose":
                        fact.value["dose_value"], fact.value["unit"] = value["dose_value"], value["unit"]
                    added = True
            if added:
                for ev in evidence:
                    if len(fact.evidence) < 3 and (ev.segment, ev.start) not in {
                            (e.segment, e.start) for e in fact.evidence}:
                        fact.evidence.append(ev)
    facts = []
    for generic in order:
        fact = by_drug[generic]
        v = fact.value
        words = [v["name"]] + [_lower_first(v[k]) for k in ("dose", "frequency") if v[k]]
        change = v["change"]
        fact.claim = f"Medication: {', '.join(words)}" + (f" ({change})." if change else ".")
        fact.sentence = fact.claim
        facts.append(fact)
    return facts


# --- questionnaire scores ------------------------------------------------------------------------------------

# AUDIT is also an English word: only in capitals, or followed by a word that makes it a questionnaire.
_CASE_SENSITIVE = {"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back))"}
_INSTRUMENT_RE = [(re.compile(rf"(?<![\w-])(?:{p})(?![\w])", 0 if p in _CASE_SENSITIVE else re.IGNORECASE), name)
                  for p, name in INSTRUMENTS.items()]
_DURATION_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|"
                             r"semanas?|d[ií]as?|meses|a[nñ]os?|am|pm|o'clock|%|percent|mg|milligrams?)\b",
                             re.IGNORECASE)
_PREVIOUS = re.compile(rf"\b(?:from|previously|last time|before|down from|up from|desde)\s+(?:a\s+)?"
                       rf"(?P<num>{NUMBER})\b|(?P<num2>\b{NUMBER})\s+(?:last|the (?:week|time|session|month) "
                       rf"before|previously|before)\b", re.IGNORECASE)


def _instrument_mentions(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for pattern, name in _INSTRUMENT_RE:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                continue
            found.append((m.start(), m.end(), name))
    return sorted(found)


def _score_numbers(text: str, skip: list[tuple[int, int]]) -> list[re.Match[str]]:
    out = []
    for m in _NUMBER_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip) or m.group(0).lower() in ("a", "an", "one", "una", "uno"):
            continue
        if _DURATION_AFTER.match(text[m.end():]) or parse_number(m.group(0)) is None:
            continue
        out.append(m)
    return out


def extract_scores(segments: Sequence[Segment]) -> list[Fact]:
    """Questionnaire scores read out: instrument, score and an earlier score when one is given."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    for k, s in enumerate(sents):
        mentions = _instrument_mentions(s.text)
        for j, (a, b, name) in enumerate(mentions):
            lo = mentions[j - 1][1] if j > 0 else 0
            hi = mentions[j + 1][0] if j + 1 < len(mentions) else len(s.text)
            numbers = _score_numbers(s.text, [(x, y) for x, y, _ in mentions])
            numbers = [m for m in numbers if lo <= m.start() < hi]
            previous = None
            for pm in _PREVIOUS.finditer(s.text[lo:hi]):
                previous = pm
            group = ("num" if previous.group("num") else "num2") if previous else None
            prev_span = (lo + previous.start(group), lo + previous.end(group)) if previous else None
            current = [m for m in numbers if prev_span is None or m.start() != prev_span[0]]
            after = [m for m in current if m.start() >= b]
            before = [m for m in current if m.end() <= a]
            pick = after[0] if after and after[0].start() - b <= 40 else (before[-1] if before and
                                                                           a - before[-1].end() <= 40 else None)
            evidence = [s.evidence()]
            if pick is None:
                nxt = sents[k + 1] if k + 1 < len(sents) else None
                if nxt is not None and nxt.seg.id != s.seg.id and len(nxt.text.split()) <= 12 \
                        and not _instrument_mentions(nxt.text):
                    nums = _score_numbers(nxt.text, [])
                    if nums:
                        pick_text, value = nums[0].group(0), parse_number(nums[0].group(0))
                        evidence.append(nxt.evidence())
                    else:
                        continue
                else:
                    continue
            else:
                pick_text, value = pick.group(0), parse_number(pick.group(0))
            if value is None:
                continue
            prev_text = previous.group(group) if previous and (pick is None or prev_span[0] != pick.start()) \
                else None
            key = name
            if key in facts:  # the first reading of an instrument is the session's score; later ones repeat it
                continue
            said = s.text[a:b]
            claim = f"Score: {said} {pick_text}" + (f" (previously {prev_text})." if prev_text else ".")
            facts[key] = Fact(kind="score", value={"instrument": name, "said": said, "score": value,
                                                   "score_text": pick_text,
                                                   "previous": parse_number(prev_text) if prev_text else None},
                              claim=claim, sentence=claim, evidence=evidence)
    return list(facts.values())


# --- interventions -------------------------------------------------------------------------------------------

_INTERVENTION_RE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), name, family)
                    for p, (name, family) in INTERVENTIONS.items()]
_WE_DID = re.compile(r"\b(?:we|let's|let us|together|in session|today|hoy|hicimos|vamos)\b", re.IGNORECASE)


def extract_interventions(segments: Sequence[Segment]) -> list[Fact]:
    """Techniques the clinician used in the session (named in the clinician's turns, or "we did ..." by the client)."""
    facts: dict[str, Fact] = {}
    for s in _sentences(segments):
        if not (_is_therapist(s.seg) or _WE_DID.search(s.text)):
            continue
        for pattern, name, family in _INTERVENTION_RE:
            m = pattern.search(s.text)
            if m is None or name in facts:
                continue
            if _NEGATED.search(s.text[max(0, m.start() - 20): m.start()]):
                continue
            said = m.group(0).strip()
            # The technique with what it was about ("thought record on the work worry"), up to a clause end.
            topic = re.match(r"(?:[ \t]+(?!and\b|but\b|because\b|which\b|so\b|then\b|y\b|that\b|to\b)"
                             r"[\w'-]+){0,5}", s.text[m.end():])
            tail = topic.group(0).rstrip() if topic else ""
            tail = re.sub(r"(?:\s+(?:about|with|a|an|the|on|for|of|in|at|your|my|some|y|de|la|el))+$", "", tail,
                          flags=re.IGNORECASE)
            phrase = said + tail
            claim = f"Intervention: {phrase}."
            facts[name] = Fact(kind="intervention", value={"name": name, "family": family, "said": said},
                               claim=claim, sentence=claim, evidence=[s.evidence()])
    return list(facts.values())


# --- homework ------------------------------------------------------------------------------------------------

_HOMEWORK_CUE = re.compile(
    r"\b(?:homework|for (?:this|next|the) week|this (?:coming )?week,?\s+(?:i'd like|i would like|i want|try|can|"
    r"could|please)|between (?:now and|sessions|our sessions)|before (?:we meet|next (?:time|session|week)|"
    r"our next)|i'?d like you to|i would like you to|i want you to|your (?:task|assignment|job)|"
    r"(?:can|could|will) you (?:try|keep|do|write|practi[cs]e|fill|track|log|go|take|schedule|plan|read|"
    r"listen)|please (?:do|try|keep|write|practi[cs]e|fill|use|make|listen|read|complete|go)|"
    r"try to .{0,60}\b(?:every|each|a) (?:day|morning|evening|night)|"
    r"tarea|para (?:esta|la pr[oó]xima) semana|me gustar[ií]a que)", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:so,?\s+|okay,?\s+|ok,?\s+|and\s+|alright,?\s+|great,?\s+|good,?\s+)*"
    r"(?:for (?:your )?homework,?\s*|as homework,?\s*|your homework (?:is|will be)(?: to)?,?\s*|"
    r"for (?:this|next|the) (?:coming )?week,?\s*|this (?:coming )?week,?\s*|between (?:our )?sessions,?\s*|"
    r"between now and (?:next|our next) "
    r"(?:time|session|week),?\s*|before (?:we meet|next (?:time|session|week)|our next session),?\s*)*"
    r"(?:i'?d like you to|i would like you to|i want you to|can you|could you|will you|please|try and|"
    r"let's have you)?\s*", re.IGNORECASE)


_TASK = re.compile(r"\b(?:homework|tarea|you to|could you|can you|please|practi[cs]e|keep|write|fill|track|"
                   r"listen|read|try)\b", re.IGNORECASE)


def _homework_task(text: str) -> str:
    task = _LEAD_IN.sub("", text.strip(), count=1).strip()
    task = re.sub(r"\s*[?!.]+$", "", task)
    task = re.sub(r"\b(?:for (?:your )?homework|as homework)\b,?\s*", "", task, flags=re.IGNORECASE).strip(" ,")
    return task[:1].lower() + task[1:] if task else task


def extract_homework(segments: Sequence[Segment]) -> list[Fact]:
    """Homework the clinician set: the assigning sentences of the clinician's turns (at most three)."""
    facts: list[Fact] = []
    seen: set[str] = set()
    for s in _sentences(segments):
        if not _is_therapist(s.seg) or not _HOMEWORK_CUE.search(s.text):
            continue
        if _APPOINTMENT_CUE.search(s.text) and _DATE_RE.search(s.text) and not _TASK.search(s.text):
            continue  # "I'll book you in for next week" is the appointment, not a task
        task = _homework_task(s.text)
        if len(task.split()) < 3:
            continue
        key = " ".join(sorted(set(task.lower().split())))
        if key in seen:
            continue
        seen.add(key)
        claim = f"Homework: {task}."
        facts.append(Fact(kind="homework", value={"task": task}, claim=claim, sentence=claim,
                          evidence=[s.evidence()]))
        if len(facts) == 3:
            break
    return facts


# --- next appointment ----------------------------------------------------------------------------------------

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}
MONTHS = {m: i + 1 for i, m in enumerate(("january february march april may june july august september october "
                                          "november december").split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS.update({m: i + 1 for i, m in enumerate(("enero febrero marzo abril mayo junio julio agosto septiembre "
                                               "octubre noviembre diciembre").split())})
_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
        r"twentieth|twenty[- ]first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth|"
        r"twenty[- ]sixth|twenty[- ]seventh|twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first)")
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({f"twenty {w}": 20 + i for w, i in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4),
                                                      ("fifth", 5), ("sixth", 6), ("seventh", 7),
                                                      ("eighth", 8), ("ninth", 9))})
_ORDINALS.update({"thirtieth": 30, "thirty first": 31})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE_RE = re.compile(
    rf"(?P<rel>same time next week|next week|(?:in|after) (?:a|one|two|three|four|2|3|4|1) weeks?(?:'? time)?|"
    rf"in a fortnight|in two weeks'? time|in a month|next month|tomorrow|la (?:pr[oó]xima|otra) semana|"
    rf"en (?:dos|2|una|1) semanas?|ma[nñ]ana)"
    rf"|(?P<wd_mod>next|this|coming|on|el|este|el pr[oó]ximo)?\s*(?P<weekday>{_WEEKDAY})s?\b"
    rf"(?:,?\s*(?:the\s+)?(?P<wd_day>{_ORD})(?:\s+(?:of\s+)?(?P<wd_month>{_MONTH}))?)?"
    rf"|(?:on\s+)?(?:the\s+)?(?P<day>{_ORD})\s+(?:of\s+)?(?P<month>{_MONTH})\b"
    rf"|(?:on\s+)?(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_ORD})\b"
    rf"|(?:on\s+)?the\s+(?P<day3>{_ORD})\b(?!\s+(?:of\s+)?(?:{_MONTH}))",
    re.IGNORECASE)
_TIME_RE = re.compile(
    r"\b(?:at\s+|a las\s+)(?P<time>(?:\d{1,2}(?::\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|noon|half past \w+|quarter (?:past|to) \w+)(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|in the morning|in the "
    r"afternoon|in the evening))?)", re.IGNORECASE)
_APPOINTMENT_CUE = re.compile(
    r"\b(?:see you|see each other|next (?:session|appointment|time|visit|meeting)|our next|meet (?:again|next)|"
    r"book(?:ed)? (?:you|it|in)|same time|come (?:back|in)|schedule[d]?|follow[- ]up|check in|appointment|"
    r"pr[oó]xima (?:sesi[oó]n|cita)|nos vemos|la cita)\b", re.IGNORECASE)


def _ordinal(text: str) -> int | None:
    t = re.sub(r"[- ]+", " ", text.lower()).strip()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    return _ORDINALS.get(t)


def _weekday_after(session: date, weekday: int, modifier: str | None) -> date:
    days = (weekday - session.weekday()) % 7 or 7
    when = session + timedelta(days=days)
    if modifier and modifier.lower().strip() in ("next", "el próximo", "el proximo") \
            and when.isocalendar()[1] == session.isocalendar()[1]:
        when += timedelta(days=7)  # "next Thursday" said on a Monday: the Thursday of next week
    return when


def resolve_date(match: re.Match[str], session: date) -> date | None:
    """The calendar date a date expression means, said at a session on `session`."""
    g = match.groupdict()
    if g.get("rel"):
        rel = g["rel"].lower()
        if "tomorrow" in rel or rel.startswith("ma"):
            return session + timedelta(days=1)
        if "month" in rel:
            return session + timedelta(days=28)
        if "fortnight" in rel:
            return session + timedelta(days=14)
        n = re.search(r"\b(a|one|two|three|four|una|dos|\d)\b", rel)
        weeks = {"a": 1, "one": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "four": 4}.get(
            n.group(1) if n else "", int(n.group(1)) if n and n.group(1).isdigit() else 1)
        return session + timedelta(days=7 * weeks)
    if g.get("weekday"):
        weekday = WEEKDAYS[g["weekday"].lower()]
        if g.get("wd_day"):
            day = _ordinal(g["wd_day"])
            month = MONTHS.get((g.get("wd_month") or "").lower()) if g.get("wd_month") else None
            when = _next_date(session, month, day) if day else None
            if when is not None:
                return when
        return _weekday_after(session, weekday, g.get("wd_mod"))
    if g.get("day") or g.get("day2"):
        day = _ordinal(g.get("day") or g.get("day2") or "")
        month = MONTHS.get((g.get("month") or g.get("month2") or "").lower())
        return _next_date(session, month, day) if day else None
    if g.get("day3"):
        day = _ordinal(g["day3"])
        return _next_date(session, None, day) if day else None
    return None


def _next_date(session: date, month: int | None, day: int) -> date | None:
    """The first date after the session with this day (and month, when given)."""
    candidates = []
    for add in range(0, 14):
        y, m = divmod(session.month - 1 + add, 12)
        year, mon = session.year + y, m + 1
        if month is not None and mon != month:
            continue
        try:
            when = date(year, mon, day)
        except ValueError:
            continue
        if when > session:
            candidates.append(when)
            break
    return candidates[0] if candidates else None


def extract_appointment(segments: Sequence[Segment], session_date: date | datetime | None = None
                        ) -> list[Fact]:
    """The next appointment: the last sentence with an appointment cue and a date expression (or the cue
    alone when nothing else is said), its date resolved against the session date."""
    session = session_date.date() if isinstance(session_date, datetime) else session_date
    found: Fact | None = None
    for s in _sentences(segments):
        if not _APPOINTMENT_CUE.search(s.text):
            continue
        m = _DATE_RE.search(s.text)
        if m is None or not m.group(0).strip():
            continue
        said = m.group(0).strip()
        if said.lower() in ("on", "this", "next", "el", "este"):
            continue
        t = _TIME_RE.search(s.text)
        time_said = t.group("time") if t else None
        phrase = said + (f" at {time_said}" if time_said and not re.search(
            rf"\b{re.escape(time_said)}\b", said, re.IGNORECASE) else "")
        claim = f"Next appointment: {phrase}."
        when = resolve_date(m, session) if session else None
        sentence, derived = claim, None
        if when is not None:
            sentence = f"Next appointment: {phrase} ({when.strftime('%A')} {when.day} {when.strftime('%B %Y')})."
            derived = f"date resolved from the session date {session.isoformat()}"
        found = Fact(kind="appointment", value={"said": phrase, "date": when.isoformat() if when else None,
                                                "time": time_said},
                     claim=claim, sentence=sentence, derived=derived, evidence=[s.evidence()])
    return [found] if found else []


# --- all together --------------------------------------------------------------------------------------------


def extract_facts(segments: Sequence[Segment], session_date: date | datetime | None = None) -> list[Fact]:
    """Every fact of the session, in the order medications, scores, interventions, homework, appointment."""
    segs = list(segments)
    return [*extract_medications(segs), *extract_scores(segs), *extract_interventions(segs),
            *extract_homework(segs), *extract_appointment(segs, session_date)]


# Where each kind of fact goes in the built-in formats (see formats.py for what each section holds): what the
# client reports (medications) with their words; measured scores with what was observed; techniques in the
# section for what the clinician did (assessment in SOAP, data in DAP); homework and the next appointment in plan.
BUILTIN_PLACES: dict[tuple[str, ...], dict[Kind, str]] = {
    ("subjective", "objective", "assessment", "plan"): {
        "medication": "subjective", "score": "objective", "intervention": "assessment",
        "homework": "plan", "appointment": "plan"},
    ("data", "assessment", "plan"): {
        "medication": "data", "score": "data", "intervention": "data", "homework": "plan", "appointment": "plan"},
    ("behavior", "intervention", "response", "plan"): {
        "medication": "behavior", "score": "behavior", "intervention": "intervention", "homework": "plan",
        "appointment": "plan"},
    ("goals", "intervention", "response", "plan"): {
        "medication": "response", "score": "response", "intervention": "intervention", "homework": "plan",
        "appointment": "plan"},
}
_KEYWORDS: dict[Kind, tuple[str, ...]] = {
    "medication": ("medic", "prescri", "subjective", "history_of_present", "present_illness", "data", "behavio",
                   "report", "history"),
    "score": ("score", "measure", "objective", "result", "data", "behavio", "observ"),
    "intervention": ("interven", "techni", "treatment", "assessment", "data"),
    "homework": ("homework", "plan", "next step", "task"),
    "appointment": ("appointment", "follow", "plan", "next"),
}


def place_facts(fmt: NoteFormat) -> dict[Kind, str]:
    """The section each kind of fact lands in for this format (built-in layouts; else by section names and
    instructions; else the first section for what was reported and the last for what comes next)."""
    names = tuple(fmt.section_names)
    if names in BUILTIN_PLACES:
        return dict(BUILTIN_PLACES[names])
    out: dict[Kind, str] = {}
    for kind in KINDS:
        for word in _KEYWORDS[kind]:
            hit = next((s.name for s in fmt.sections if word in s.name or word in s.instruction.lower()), None)
            if hit:
                out[kind] = hit
                break
        else:
            out[kind] = names[-1] if kind in ("homework", "appointment", "intervention") else names[0]
    return out


def states_fact(text: str, fact: Fact) -> bool:
    """Whether a sentence (the model's) already states this fact."""
    from alliance.notes.facts import tokens

    have = set(tokens(text))
    v = fact.value
    if fact.kind == "medication":
        names = {tokens(v["name"])[0], tokens(v["generic"])[0]}
        if not names & have:
            return False
        return v.get("dose_value") is None or _fmt_number(v["dose_value"]) in have or set(
            tokens(v.get("dose") or "")) <= have
    if fact.kind == "score":
        inst = set(tokens(v["instrument"])) | set(tokens(v["said"]))
        return bool(inst & have) and (_fmt_number(v["score"]) in have or set(tokens(v["score_text"])) <= have)
    if fact.kind == "appointment":
        said = set(tokens(v["said"])) - {"at", "on", "the", "next", "in"}
        return bool(re.search(r"\b(appointment|session|follow|meet|see)", text, re.IGNORECASE)) and said <= have
    from alliance.notes.grounding import content_words

    want = set(content_words(v.get("task") or v.get("said") or ""))
    got = set(content_words(text))
    return bool(want) and len(want & got) / len(want) >= 0.7
