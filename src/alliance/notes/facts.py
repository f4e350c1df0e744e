"""Facts a note must never invent: diagnoses, numbers, medications, doses, durations, instruments and risk.

Grounding by similarity lets a sentence that invents a diagnosis pass when it shares enough words with a turn
("formulated the client's symptoms as a worry disorder"). A sentence that names one of these things must find
that thing in its evidence, or it is unsupported (`alliance.notes.grounding`). Terms are compared after light
normalisation: lower case, number words as digits, and a stem ("depressed" and "depression" are one term).
"""

from __future__ import annotations

import re

# Psychotropic and common medications by generic and brand name (WHO Model List of Essential Medicines 2023,
# section 24, and the drugs most prescribed in outpatient mental health in the US and UK).
MEDICATIONS = frozenset("""
sertraline zoloft fluoxetine prozac citalopram celexa escitalopram lexapro cipralex paroxetine paxil seroxat
fluvoxamine venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta mirtazapine remeron bupropion
wellbutrin trazodone vortioxetine trintellix amitriptyline nortriptyline clomipramine imipramine lithium
lamotrigine lamictal valproate depakote divalproex carbamazepine tegretol oxcarbazepine quetiapine seroquel
olanzapine zyprexa risperidone risperdal aripiprazole abilify lurasidone latuda haloperidol clozapine
ziprasidone paliperidone cariprazine brexpiprazole diazepam valium lorazepam ativan alprazolam xanax clonazepam
klonopin chlordiazepoxide buspirone hydroxyzine propranolol prazosin clonidine guanfacine zolpidem ambien
zopiclone eszopiclone melatonin methylphenidate ritalin concerta lisdexamfetamine vyvanse adderall amphetamine
atomoxetine strattera modafinil naltrexone acamprosate disulfiram buprenorphine suboxone methadone gabapentin
pregabalin lyrica topiramate prednisone levothyroxine metformin insulin ibuprofen paracetamol acetaminophen
tylenol aspirin codeine tramadol oxycodone morphine fentanyl contraceptive
""".split())
DIAGNOSES = frozenset("""
disorder disorders depression depressive dysthymia dysthymic bipolar mania manic hypomania hypomanic
schizophrenia schizoaffective psychosis psychotic ptsd cptsd gad ocd adhd add autism autistic asperger anorexia
bulimia arfid bpd personality insomnia narcolepsy agoraphobia phobia panic dementia delirium
""".split())
INSTRUMENTS = frozenset("""
phq phq9 gad7 pcl pcl5 ssrs cssrs who5 k10 core10 oq45 bdi bai hamd madrs ybocs bocs edeq wsas dass
""".split())
RISK = frozenset("""
suicide suicidal suicidality overdose overdosed selfharm cutting homicidal kill killing die dying
abuse abused assault assaulted strangled strangulation weapon gun knife
""".split())
UNITS = frozenset("mg milligram milligrams mcg ml microgram micrograms".split())
DURATIONS = frozenset("day days week weeks month months year years fortnight hour hours".split())
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_TOKEN = re.compile(r"[a-z0-9]+")
# Spoken and written forms of one unit or instrument.
_SAME = {"milligram": "mg", "milligrams": "mg", "microgram": "mcg", "micrograms": "mcg", "milliliters": "ml",
         "millilitres": "ml", "tylenol": "paracetamol", "acetaminophen": "paracetamol"}


def _stem(word: str) -> str:
    for suffix in ("ssion", "ssed", "sive", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("ss" if suffix.startswith("ss") else "")
    return word


def tokens(text: str) -> list[str]:
    """Lower-case tokens with number words as digits ("nine" -> "9") and stems."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in _NUMBER_WORDS:
            out.append(str(_NUMBER_WORDS[tok]))
        else:
            out.append(_SAME.get(tok) or _stem(tok))
    return out


_STEMMED = {name: frozenset(_stem(w) for w in words) for name, words in (
    ("medication", MEDICATIONS), ("diagnosis", DIAGNOSES), ("instrument", INSTRUMENTS), ("risk", RISK),
    ("unit", UNITS))}


def salient(text: str) -> dict[str, str]:
    """The facts a sentence names, each with its kind: {"12": "number", "sertraline": "medication", ...}."""
    found: dict[str, str] = {}
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.isdigit():
            # A number beside a duration word is a duration ("two weeks"); both must be found.
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            found[tok] = "duration" if _stem(nxt) in {_stem(d) for d in DURATIONS} else "number"
            continue
        for kind, words in _STEMMED.items():
            if tok in words:
                found[tok] = kind
                break
    return found


def missing(sentence: str, evidence: str) -> dict[str, str]:
    """The facts of a sentence that its evidence does not contain (empty: nothing invented)."""
    need = salient(sentence)
    if not need:
        return {}
    have = set(tokens(evidence))
    return {term: kind for term, kind in need.items() if term not in have}
