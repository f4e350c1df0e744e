"""Deterministic extraction of the facts a progress note must carry, each with its evidence.

From transcript segments: medications (generic and brand names, doses with or without units, in words or as part
of a tablet, frequency, changes: started, stopped, increased, reduced, switched, missed; a relative's drug and a
change only planned or explained are left out), questionnaire scores read out ("your PHQ-9 is 14 this week"; a
reading dated in the past is not the session's), interventions used in the session (not those of an earlier
session or the homework), homework set (not last week's), and the next appointment (weekday, day-of-month and
relative expressions resolved against the session date; someone else's date is not the appointment). No model is involved: lexicons, number words and a few cue patterns, in English and
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
    # antidepressants
    "efexor": "venlafaxine", "faverin": "fluvoxamine", "molipaxin": "trazodone", "oleptro": "trazodone",
    "valdoxan": "agomelatine", "manerix": "moclobemide", "nardil": "phenelzine", "parnate": "tranylcypromine",
    "marplan": "isocarboxazid", "emsam": "selegiline", "edronax": "reboxetine", "fetzima": "levomilnacipran",
    "viibryd": "vilazodone", "sinequan": "doxepin", "silenor": "doxepin", "aventyl": "nortriptyline",
    "norpramin": "desipramine", "prothiaden": "dosulepin", "lomont": "lofepramine", "zulresso": "brexanolone",
    "zurzuvae": "zuranolone",
    # antipsychotics and movement side effects
    "solian": "amisulpride", "dolmatil": "sulpiride", "largactil": "chlorpromazine", "thorazine": "chlorpromazine",
    "depixol": "flupentixol", "fluanxol": "flupentixol", "clopixol": "zuclopenthixol", "modecate": "fluphenazine",
    "stelazine": "trifluoperazine", "orap": "pimozide", "saphris": "asenapine", "sycrest": "asenapine",
    "fanapt": "iloperidone", "xeplion": "paliperidone", "trevicta": "paliperidone", "sustenna": "paliperidone",
    "maintena": "aripiprazole", "aristada": "aripiprazole", "denzapine": "clozapine", "zaponex": "clozapine",
    "versacloz": "clozapine", "nuplazid": "pimavanserin", "serenace": "haloperidol", "zypadhera": "olanzapine",
    "cogentin": "benztropine", "kemadrin": "procyclidine", "artane": "trihexyphenidyl",
    "austedo": "deutetrabenazine", "ingrezza": "valbenazine", "xenazine": "tetrabenazine",
    # mood stabilisers and anticonvulsants
    "lithobid": "lithium", "eskalith": "lithium", "liskonum": "lithium", "depakene": "valproate",
    "episenta": "valproate", "convulex": "valproate", "equetro": "carbamazepine", "keppra": "levetiracetam",
    # anxiolytics and hypnotics
    "stesolid": "diazepam", "tranxene": "clorazepate", "serax": "oxazepam", "restoril": "temazepam",
    "halcion": "triazolam", "mogadon": "nitrazepam", "frisium": "clobazam", "onfi": "clobazam",
    "belsomra": "suvorexant", "dayvigo": "lemborexant", "quviviq": "daridorexant", "rozerem": "ramelteon",
    "slenyto": "melatonin", "phenergan": "promethazine", "sominex": "promethazine", "nytol": "diphenhydramine",
    "benadryl": "diphenhydramine", "unisom": "doxylamine",
    # stimulants and ADHD
    "focalin": "dexmethylphenidate", "medikinet": "methylphenidate", "equasym": "methylphenidate",
    "xaggitin": "methylphenidate", "delmosart": "methylphenidate", "xenidate": "methylphenidate",
    "dexedrine": "dexamfetamine", "amfexa": "dexamfetamine", "mydayis": "amphetamine", "qelbree": "viloxazine",
    "nuvigil": "armodafinil", "sunosi": "solriamfetol",
    # alcohol and opioid treatment
    "selincro": "nalmefene", "lucemyra": "lofexidine", "britlofex": "lofexidine", "narcan": "naloxone",
    "prenoxad": "naloxone", "nyxoid": "naloxone", "espranor": "buprenorphine", "buvidal": "buprenorphine",
    "sublocade": "buprenorphine", "zubsolv": "buprenorphine", "physeptone": "methadone", "methadose":
    "methadone", "dolophine": "methadone",
    # dementia
    "aricept": "donepezil", "ebixa": "memantine", "namenda": "memantine", "reminyl": "galantamine",
    "razadyne": "galantamine",
    # common GP drugs
    "coumadin": "warfarin", "eliquis": "apixaban", "xarelto": "rivaroxaban", "glucophage": "metformin",
    "lipitor": "atorvastatin", "zocor": "simvastatin", "norvasc": "amlodipine", "zestril": "lisinopril",
    "tritace": "ramipril", "cozaar": "losartan", "tenormin": "atenolol", "losec": "omeprazole",
    "prilosec": "omeprazole", "nexium": "esomeprazole", "zoton": "lansoprazole", "prevacid": "lansoprazole",
    "ventolin": "salbutamol", "imigran": "sumatriptan", "imitrex": "sumatriptan", "nurofen": "ibuprofen",
    "advil": "ibuprofen", "motrin": "ibuprofen", "panadol": "paracetamol", "calpol": "paracetamol",
    "naprosyn": "naproxen", "zydol": "tramadol", "ultram": "tramadol", "oxycontin": "oxycodone",
    "zomorph": "morphine", "oramorph": "morphine", "eltroxin": "levothyroxine", "euthyrox": "levothyroxine",
    "mounjaro": "tirzepatide", "saxenda": "liraglutide", "victoza": "liraglutide", "nicorette": "nicotine",
    "deltasone": "prednisone", "cerazette": "desogestrel", "microgynon": "levonorgestrel",
}
_MORE_GENERICS = """
esketamine ketamine lumateperone semaglutide varenicline nicotine agomelatine moclobemide phenelzine
tranylcypromine selegiline doxepin dosulepin lofepramine trimipramine vilazodone levomilnacipran
asenapine iloperidone amisulpride sulpiride chlorpromazine flupentixol zuclopenthixol fluphenazine
perphenazine trifluoperazine promethazine temazepam oxazepam nitrazepam clobazam diphenhydramine
doxylamine ramelteon suvorexant lemborexant daridorexant dexamfetamine dexmethylphenidate viloxazine
solriamfetol nalmefene baclofen lofexidine naloxone levetiracetam valproic sodium omeprazole
atorvastatin simvastatin amlodipine lisinopril ramipril sumatriptan levonorgestrel estradiol
reboxetine milnacipran isocarboxazid desipramine protriptyline maprotiline mianserin brexanolone zuranolone
pimozide loxapine levomepromazine pericyazine benperidol pimavanserin procyclidine benztropine
trihexyphenidyl valbenazine deutetrabenazine tetrabenazine clorazepate chlordiazepoxide lormetazepam
triazolam zaleplon armodafinil dexamfetamine lisdexamfetamine methadone donepezil memantine rivastigmine
galantamine warfarin apixaban rivaroxaban losartan bisoprolol atenolol esomeprazole lansoprazole
salbutamol prednisolone naproxen co-codamol dihydrocodeine amoxicillin metoclopramide ondansetron
tirzepatide liraglutide desogestrel hydrocortisone
""".split()
GENERICS = frozenset((MEDICATIONS - set(BRANDS)) | set(_MORE_GENERICS) | set(BRANDS.values())) - {"sodium"}
DRUG_NAMES = frozenset(GENERICS | set(BRANDS)) - {"contraceptive", "dextromethorphan-bupropion"}

# Questionnaires: the measures the platform scores (alliance.measures) and others often read out in session.
# C-SSRS is left out on purpose: risk comes from the safety screen, and a suicide-risk rating is the clinician's.
# Spoken forms: "PHQ nine", "the GAD seven", "P H Q 9", "CORE ten", "DASS twenty-one".
INSTRUMENTS: dict[str, str] = {
    r"phq[- ]?9|phq[- ]?nine|p\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)|"
    r"patient health questionnaire(?:[- ]?(?:9|nine))?": "PHQ-9",
    r"phq[- ]?2|phq[- ]?two": "PHQ-2",
    r"phq[- ]?15|phq[- ]?fifteen": "PHQ-15",
    r"phq-a|phq(?![- ]?\d)": "PHQ-9",
    r"gad[- ]?7|gad[- ]?seven|g\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)": "GAD-7",
    r"gad[- ]?2|gad[- ]?two": "GAD-2",
    r"pcl[- ]?5|pcl[- ]?five|p\.?\s?c\.?\s?l\.?[- ]?(?:5|five)|ptsd checklist|pcl": "PCL-5",
    r"audit[- ]?c": "AUDIT-C",
    r"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back|came out))": "AUDIT",
    r"yp[- ]?core": "YP-CORE",
    r"core[- ]?10|core[- ]?ten|core[- ]?om|core[- ]?34|clinical outcomes in routine evaluation": "CORE-10",
    r"who[- ]?5|who[- ]?five|who wellbeing index": "WHO-5",
    r"k[- ]?10|k[- ]?ten|kessler(?: 10| ten)?(?: psychological distress scale)?": "K10",
    r"bdi(?:[- ]?ii|[- ]?2)?|beck depression inventory": "BDI-II",
    r"bai|beck anxiety inventory": "BAI",
    r"wemwbs|warwick[- ]edinburgh(?: mental wellbeing scale)?": "WEMWBS",
    r"epds|edinburgh(?: postnatal)?(?: depression)?(?: scale)?": "EPDS",
    r"dass[- ]?(?:21|twenty[- ]one|42|forty[- ]two)|dass|depression,? anxiety and stress scales?": "DASS-21",
    r"y[- ]?bocs|yale[- ]brown(?: obsessive compulsive scale)?": "Y-BOCS",
    r"oci[- ]?r|obsessive compulsive inventory": "OCI-R",
    r"oq[- ]?45": "OQ-45",
    r"isi|insomnia severity index": "ISI",
    r"wsas|work and social adjustment(?: scale)?": "WSAS",
    r"ors|outcome rating scale": "ORS",
    r"srs|session rating scale": "SRS",
    r"hads|hospital anxiety and depression(?: scale)?": "HADS",
    r"mdq|mood disorder questionnaire": "MDQ",
    r"asrs|adult adhd self[- ]report scale": "ASRS",
    r"dudit": "DUDIT",
    r"dast(?:[- ]?10)?|drug abuse screening test": "DAST-10",
    r"social phobia inventory|SPIN": "SPIN",
    r"lsas|liebowitz(?: social anxiety scale)?": "LSAS",
    r"pdss|panic disorder severity scale": "PDSS",
    r"pswq|penn state worry questionnaire": "PSWQ",
    r"rcads|revised child(?:ren's)? anxiety and depression scale": "RCADS",
    r"s?mfq|mood and feelings questionnaire": "MFQ",
    r"scared|screen for child anxiety": "SCARED",
    r"sdq|strengths and difficulties questionnaire": "SDQ",
    r"bprs|brief psychiatric rating scale": "BPRS",
    r"panss|positive and negative syndrome scale": "PANSS",
    r"ede[- ]?q|eating disorder examination(?: questionnaire)?": "EDE-Q",
    r"eat-26|eat26|eating attitudes test": "EAT-26",
    r"scoff": "SCOFF",
    r"asrm|altman(?: self[- ]rating)?(?: mania)?(?: rating)?(?: scale)?": "ASRM",
    r"ymrs|young mania rating scale": "YMRS",
    r"madrs|montgomery[- ]?(?:and |&\s?)?[aå]sberg": "MADRS",
    r"ham-d|hamd|hamilton depression(?: rating)?(?: scale)?": "HAM-D",
    r"ham-a|hama|hamilton anxiety(?: rating)?(?: scale)?": "HAM-A",
    r"qids(?:[- ]?sr)?": "QIDS",
    r"gds|geriatric depression scale": "GDS",
    r"ies[- ]?r|impact of events? scale": "IES-R",
    r"itq|international trauma questionnaire": "ITQ",
    r"caps[- ]?5": "CAPS-5",
    r"psqi|pittsburgh sleep quality index": "PSQI",
    r"epworth(?: sleepiness scale)?": "ESS",
    r"moca|montreal cognitive assessment": "MoCA",
    r"mmse|mini[- ]mental(?: state examination)?": "MMSE",
    r"honos": "HoNOS",
    r"reqol": "ReQoL",
    r"swls|satisfaction with life scale": "SWLS",
    r"aq[- ]?10|autism spectrum quotient": "AQ-10",
    r"ciwa(?:[- ]?ar)?": "CIWA-Ar",
    r"sadq|severity of alcohol dependence questionnaire": "SADQ",
}

# Interventions (Beck 2011; Martell et al. 2010; Miller & Rollnick 2013; Linehan 2015; NICE CG90/CG113/CG26).
INTERVENTIONS: dict[str, tuple[str, str]] = {
    # pattern: (canonical name, family)
    r"thought records?|thought diary|abc (?:sheet|worksheet|form|model)": ("thought record", "CBT"),
    r"cognitive restructuring|challeng(?:e|ing) (?:the |those |that |this |your )?(?:thoughts?|beliefs?)|"
    r"thought challenging|evidence for and against|(?:more )?balanced thought|alternative thoughts?|"
    r"downward arrow|responsibility pie|pie chart": ("cognitive restructuring", "CBT"),
    r"cognitive distortions?|thinking (?:traps|errors)|catastrophi[sz]ing": ("identifying thinking errors", "CBT"),
    r"(?:cbt |cognitive )?formulation|vicious (?:cycle|circle)|hot cross bun|five areas(?: model)?":
        ("formulation", "CBT"),
    r"behaviou?ral experiments?|test(?:ing)? (?:out )?(?:the|that|this|your) (?:prediction|belief)":
        ("behavioural experiment", "CBT"),
    r"behaviou?ral activation|activity scheduling|activity (?:diary|log|monitoring|schedule)|"
    r"pleasant activit(?:y|ies)": ("behavioural activation", "CBT"),
    r"exposure and response prevention|\berp\b|response prevention": ("exposure and response prevention", "CBT"),
    r"(?:graded|interoceptive|imaginal|in[- ]vivo|cue|situational|prolonged) exposure|"
    r"exposure (?:hierarchy|ladder|exercise|work|task|therapy|practice)|fear (?:ladder|hierarchy)|"
    r"exposure hierarchy|exposure": ("exposure", "CBT"),
    r"(?:notic(?:e|ing)|nam(?:e|ing)|find(?:ing)?|list(?:ing)?|spot(?:ting)?|look(?:ing)? for)\s+(?:five|5) things"
    r"(?: (?:that )?you (?:can )?(?:see|notice))?|5[- ]4[- ]3[- ]2[- ]1|five[- ]four[- ]three(?:[- ]two[- ]one)?|"
    r"(?:using|through) (?:your|the|all (?:your|five)) (?:five )?senses": ("5-4-3-2-1 grounding", "skills"),
    r"grounding(?: exercise| technique| skills?)?": ("grounding", "skills"),
    r"(?:diaphragmatic|box|paced|slow|belly|square|4[- ]7[- ]8) breathing|breathing (?:exercises?|techniques?|"
    r"skills?)": ("breathing exercise", "relaxation"),
    r"progressive muscle relaxation|muscle relaxation|\bpmr\b|applied relaxation": (
        "progressive muscle relaxation", "relaxation"),
    r"applied tension": ("applied tension", "CBT"),
    r"guided imagery|safe place (?:imagery|exercise|visuali[sz]ation)|visuali[sz]ation": ("imagery", "relaxation"),
    r"imagery rescripting|rescripting": ("imagery rescripting", "trauma"),
    r"mindful(?:ness)?(?: eating| walking| breathing)?|body scan|raisin exercise|attention training":
        ("mindfulness", "mindfulness"),
    r"psycho-?education|explain(?:ed|ing)? (?:to you )?(?:a (?:bit|little) |briefly |some(?:thing)? )?"
    r"(?:about|how|why|what)|(?:go|went|going) (?:through|over) how|information about how":
        ("psychoeducation", "psychoeducation"),
    r"motivational interviewing|decisional balance|pros and cons|importance (?:ruler|scale)|"
    r"confidence (?:ruler|scale)|change talk|on a scale (?:of|from) (?:zero|0|one|1) to (?:ten|10),? how "
    r"(?:important|confident|ready)": ("motivational interviewing", "MI"),
    r"problem[- ]solving": ("problem solving", "CBT"),
    r"role[- ]?play(?:ed|ing|s)?|rehears(?:e|al|ing) (?:the|that|what|it)": ("role play", "skills"),
    r"socratic (?:questioning|questions)": ("Socratic questioning", "CBT"),
    r"distress tolerance|\btipp?\b skills?|opposite action|chain analysis|\bdbt\b|dialectical|wise mind|"
    r"radical acceptance|dear man|emotion regulation skills?|check(?:ing)? the facts": ("DBT skills", "DBT"),
    r"\bemdr\b|eye movement desensiti[sz]ation": ("EMDR", "trauma"),
    r"trauma narrative|narrative exposure|prolonged exposure|cognitive processing therapy|\bcpt\b|"
    r"impact statement|stuck points?": ("trauma-focused therapy", "trauma"),
    r"sleep hygiene": ("sleep hygiene", "CBT-I"),
    r"sleep restriction|sleep window|sleep scheduling|time in bed restriction|sleep compression":
        ("sleep restriction", "CBT-I"),
    r"stimulus control|only (?:use|go to) (?:the )?bed for sleep|get out of bed if you can'?t sleep":
        ("stimulus control", "CBT-I"),
    r"safety plan(?:ning)?|crisis plan": ("safety planning", "safety"),
    r"assertive(?:ness)?(?: training| skills| communication)?|communication (?:skills?|exercise|work|practice)|"
    r"\bi[- ]statements?|speaker[- ]listener|active listening|reflect(?:ing)? back|soft start[- ]?up|"
    r"validat(?:e|ing|ion) (?:each other|her|him|their|your partner)": ("communication skills", "skills"),
    r"worry time|postpon(?:e|ing) (?:the |your )?worr(?:y|ies)|worry postponement|worry (?:period|window)":
        ("worry time", "CBT"),
    r"values (?:clarification|work|exercise|card)|acceptance and commitment|defusion|cognitive defusion":
        ("acceptance and commitment therapy", "ACT"),
    r"self[- ]compassion|compassion[- ]focused|compassionate (?:letter|friend|self|mind)":
        ("self-compassion", "CFT"),
    r"relapse (?:prevention|signature|blueprint|plan)|staying[- ]well plan|wellness (?:recovery )?plan|"
    r"(?:early )?warning signs": ("relapse prevention", "CBT"),
    r"habit reversal|competing response": ("habit reversal", "CBT"),
    r"urge surfing": ("urge surfing", "mindfulness"),
    r"regular eating": ("regular eating", "CBT-E"),
    r"journal(?:ing|ling)": ("journaling", "skills"),
    r"reestructuraci[oó]n cognitiva|registro de pensamientos": ("cognitive restructuring", "CBT"),
    r"activaci[oó]n conductual": ("behavioural activation", "CBT"),
    r"respiraci[oó]n (?:diafragm[aá]tica|profunda)|ejercicios? de respiraci[oó]n": ("breathing exercise",
                                                                                      "relaxation"),
    r"psicoeducaci[oó]n": ("psychoeducation", "psychoeducation"),
    r"exposici[oó]n": ("exposure", "CBT"),
    r"atenci[oó]n plena": ("mindfulness", "mindfulness"),
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
NUMBER = (rf"(?:(?:a|an)\s+)?(?:{_ATOM})(?:(?:\s+and\s+|\s+point\s+|\s+y\s+|[\s-]+)(?:{_ATOM}))*"
          r"(?:\s+and\s+a\s+half)?")
_NUMBER_RE = re.compile(rf"\b(?:{NUMBER})\b", re.IGNORECASE)
_HALF = r"half(?:\s+(?:a|of\s+a))?"


def parse_number(text: str) -> float | None:
    """A number from digits or English/Spanish number words ("a hundred and fifty" -> 150, "two point five" -> 2.5)."""
    t = text.strip().lower().replace(",", ".") if re.fullmatch(r"\d+,\d+", text.strip()) else text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    if re.fullmatch(_HALF, t):
        return 0.5
    and_a_half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", t)  # "two and a half" -> 2.5
    if and_a_half:
        whole = parse_number(and_a_half.group(1))
        return whole + 0.5 if whole is not None else None
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


# A full stop that ends no sentence: in a decimal ("7.5mg", "0.7", "9.30") or after a title ("Dr. Patel").
_TITLE_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|vs|approx|e\.g|i\.e)\.$", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The transcript's sentence spans, with the pieces of a decimal number or a title joined again."""
    spans: list[tuple[int, int]] = []
    for a, b in split_sentences(text) or [(0, len(text))]:
        if spans:
            pa, pb = spans[-1]
            decimal = text[pb - 1: pb] == "." and text[pb - 2: pb - 1].isdigit() and a == pb \
                and text[a: a + 1].isdigit()
            if decimal or _TITLE_END.search(text[pa:pb]):
                spans[-1] = (pa, b)
                continue
        spans.append((a, b))
    return spans


def _sentences(segments: Sequence[Segment]) -> list[_Sent]:
    out = []
    for i, seg in enumerate(segments):
        for a, b in sentence_spans(seg.text):
            out.append(_Sent(seg, i, a, b))
    return out


def _is_therapist(seg: Segment) -> bool:
    return seg.speaker in ("therapist", "unknown")


_NEGATED = re.compile(r"\b(?:not|n't|never|no|haven't|hasn't|didn't|don't|nunca|no he|sin)\b[\w' ]{0,20}$",
                      re.IGNORECASE)

# --- medications ---------------------------------------------------------------------------------------------

_DRUG_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(d) for d in DRUG_NAMES), key=len, reverse=True))
                      + r")\b", re.IGNORECASE)
_UNIT = (r"mg|mgs|milligrams?|miligramos?|mcg|micrograms?|µg|ug|mls?|millilit(?:er|re)s?|mililitros?|grams?|"
         r"gramos?|g|units?|unidades|iu")
_DOSE_RE = re.compile(rf"(?P<num>\b(?:{NUMBER})|{_HALF})\s*-?\s*(?P<unit>{_UNIT})\b", re.IGNORECASE)
_FREQ_RE = re.compile(
    r"\b(?:once|twice|three times|una vez|dos veces)(?: a| per| al)? (?:day|daily|night|week|d[ií]a|semana)"
    r"|\b(?:every|each|at|in the|por la|cada|at bed ?time)\s+(?:morning|evening|night|bedtime|day|ma[nñ]ana|"
    r"noche|d[ií]a)s?\b|\bat bedtime\b|\bdaily\b|\bnightly\b|\bas needed\b|\bwhen needed\b|\bprn\b|"
    r"\bal d[ií]a\b|\b(?:one|two|three|four|a|an|\d+)\s+(?:tablets?|capsules?|pills?)\s+(?:a|per|each)\s+"
    r"(?:day|night|morning|evening)\b", re.IGNORECASE)
# (pattern, change); the first that matches near the drug name wins, so specific patterns come first.
_CHANGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"\bswitch(?:ed|ing)?\b|\bchang(?:ed|ing) (?:me |it )?(?:from|over|to)\b|\bcambi(?:ó|o|ar|amos)\b",
     "switched"),
    (r"\b(?:increas(?:e|ed|ing)|upp(?:ed|ing)|rais(?:ed|ing)|went up|gone up|go up|bump(?:ed)? (?:it )?up|"
     r"put (?:me |it |my |her |his |the )?(?:\w+ )?up|doubl(?:ed|ing)|titrat(?:ed|ing) up|sub(?:ió|io|ir)|aument(?:ó|o|ar|amos))\b",
     "increased"),
    (r"\b(?:reduc(?:e|ed|ing)|decreas(?:e|ed|ing)|lower(?:ed|ing)?|cut (?:it |them |that |the dose )?(?:back|down)|"
     r"cut it |went down|"
     r"gone down|come down|came down|brought (?:it )?down|dropp?(?:ed|ing)? (?:it |me |the dose )?(?:down |back )?to|"
     r"halv(?:ed|ing)|taper(?:ed|ing)?|wean(?:ed|ing)?(?! off)|baj(?:ó|o|ar|amos)|reduj(?:o|imos))\b",
     "reduced"),
    (r"\b(?:stopp?(?:ed|ing)?|came off|come off|coming off|gone off|went off|weaned (?:me |myself )?off|quit|"
     r"discontinu(?:e|ed|ing)|no longer|"
     r"dej(?:é|e|ó|o|ar)(?: de tomar)?|suspend(?:ió|io|er|imos))\b", "stopped"),
    (r"\b(?:miss(?:ed|ing)?|forg(?:o|e)t(?:ten)?|skipp?(?:ed|ing)?|olvid(?:é|e|ó|o|ar))\b", "missed"),
    (r"\b(?:(?:re)?start(?:ed|ing)?|began|begun|put (?:me|her|him|them) on|prescrib(?:ed|ing)|new prescription|"
     r"back on|"
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


# A change that did not happen: said of what to avoid or what might be ("stopping it suddenly can cause ...",
# "if you miss a dose", "don't stop it").
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|without|avoid|never|don't|do not|shouldn't|should not|not to|in case)\s+(?:you\s+|we\s+|i\s+|"
    r"they\s+|she\s+|he\s+)?(?:\w+\s+)?$"
    # a change planned, not made: "the GP wants to increase it", "we might reduce it", "thinking about stopping"
    r"|\b(?:wants?|wanted|going|plans?|planning|hop(?:e|es|ing)|like|need|needs|ought|aim|aiming)\s+to\s+$"
    r"|\b(?:will|'ll|might|may|could|would|should|shall|(?:think|talk)(?:s|ing|ed)? (?:of|about)|consider(?:s|ing)?|"
    r"discuss(?:ed|ing)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
_GENERIC_EFFECT = re.compile(r"\b(?:can|could|may|might|will|would|tends? to|often|usually)\s+(?:\w+\s+)?"
                             r"(?:cause|make|lead|give|bring|trigger|leave|mean)\b", re.IGNORECASE)


def _change_near(text: str, start: int, end: int, *, reach: int = 45) -> str | None:
    """The change verb closest to the drug mention in the same sentence (not negated, not hypothetical)."""
    best: tuple[int, str] | None = None
    for pattern, change in _CHANGES:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 25): m.start()]
            if _NEGATED.search(before) or _HYPOTHETICAL_BEFORE.search(before):
                continue
            if m.group(0).lower().endswith("ing") and _GENERIC_EFFECT.search(text[m.end():]):
                continue  # "stopping sertraline suddenly can cause dizziness": what a change does, not one made
            dist = start - m.end() if m.end() <= start else m.start() - end
            dist = max(dist, 0)
            if dist <= reach and (best is None or dist < best[0]):
                best = (dist, change)
    return best[1] if best else None


# Whose drug: a relative's or a friend's is not the client's ("my wife takes zopiclone", "her propranolol",
# "Ron's warfarin", "the clinic put him on donepezil" after "how is your dad?").
_RELATIVE = (r"(?:wife|husband|partner|spouse|boyfriend|girlfriend|fianc[ée]e?|mum|mom|mam|mother|mummy|dad|"
             r"father|daddy|parents?|brother|sister|sibling|son|daughter|child|kid|aunt|auntie|aunty|uncle|"
             r"cousin|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|niece|"
             r"nephew|friend|mate|flatmate|housemate|roommate|colleague|neighbou?r|boss|in-laws?|stepdad|stepmum|"
             r"stepmom|stepfather|stepmother|granddaughter|grandson)s?")
_RELATIVE_RE = re.compile(rf"\b(?:my|your|his|her|their|our|a|the|whose)\s+(?:\w+\s+)?{_RELATIVE}(?:'s)?\b"
                          # said as a name: "Grandad was on Aricept", "Mum's diazepam"
                          r"|\b(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|granddad|"
                          r"grandpa)(?:'s)?\b",
                          re.IGNORECASE)
_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself|my own|you're|you've)\b", re.IGNORECASE)
_THIRD_POSSESSIVE = re.compile(r"\b(?:his|her|their|hers)\s+(?:\w+\s+)?$", re.IGNORECASE)
_THIRD_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b", re.IGNORECASE)
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)'s\s+(?:\w+\s+)?$")
_NOT_NAMES = {"it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how", "everything",
              "nothing", "something", "today", "doctor", "dr", "gp", "one", "mine", "yours", "this"}
_CLAUSE_START = re.compile(r".*(?:[;:!?]|\bbut\b|\bwhile\b|\bwhereas\b|,\s+(?:and|so)\b)", re.IGNORECASE | re.DOTALL)


def _third_party(sents: Sequence[_Sent], k: int, start: int) -> bool:
    """Whether the drug named at `start` of sentence k is someone else's (a relative's, a friend's)."""
    text = sents[k].text
    before = text[:start]
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    name = _NAME_POSSESSIVE.search(before)
    if name and name.group(1).lower() not in _NOT_NAMES:
        return True
    relative = None
    for relative in _RELATIVE_RE.finditer(clause):
        pass
    if relative is not None:
        between = clause[relative.end():]
        if not _SELF.search(between) or _THIRD_POSSESSIVE.search(before):
            return True
    if _THIRD_POSSESSIVE.search(before) and _RELATIVE_RE.search(text):
        return True
    # "The clinic put him on donepezil": a third person just spoken of, in this or the two sentences before.
    if _THIRD_PRONOUN.search(clause) and not _SELF.search(clause):
        context = " ".join(x.text for x in sents[max(0, k - 2): k + 1])
        return bool(_RELATIVE_RE.search(context))
    return False


# Doses said without a unit: "fluoxetine 40", "half a tablet of the 100", "tapered it from 150 to 75".
_BARE_NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER}))"
_DOSE_FRACTION = re.compile(
    rf"\b(?P<frac>half|a quarter|quarter|one|two|three|a|an)\s+(?:of\s+)?(?:a\s+)?(?:tablets?|pills?|capsules?|"
    rf"tabs?)\s+of\s+(?:the\s+|my\s+|a\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?",
    re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3}
_AFTER_NAME = re.compile(
    rf"^\s*,?\s*(?:at\s+|is\s+|now\s+|(?:up\s+|down\s+|back\s+)?to\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_BEFORE_NAME = re.compile(rf"\b(?:on|take|takes|taking|taken|had|get|gets)\s+(?P<num>{_BARE_NUMBER})\s+of\s+"
                          rf"(?:the\s+|my\s+|your\s+)?$", re.IGNORECASE)  # "I'm on 20 of citalopram"
_TO_DOSE = re.compile(
    rf"(?:\bfrom\s+(?:{_BARE_NUMBER})\s+|\b(?:up|down|back)\s+|\b(?:increas|reduc|decreas|lower|taper|cut|"
    rf"dropp?|rais|halv|doubl|titrat|bump|upp)\w*\s+(?:it\s+|them\s+|me\s+|that\s+|the dose\s+)?(?:back\s+|down\s+|"
    rf"up\s+)?)to\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_NOT_A_DOSE_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|%|"
                               r"percent|o'clock|am|pm|a\.m\.|p\.m\.|tablets?|pills?|capsules?|people|of (?:them|"
                               r"those)|out of|or so|in the (?:morning|afternoon|evening))\b", re.IGNORECASE)


def _plausible_dose(num_text: str, rest: str) -> float | None:
    """A number said next to a drug as its dose: not a duration, time or count, and in a dose's range."""
    if num_text.lower().strip() in ("a", "an", "one") or _NOT_A_DOSE_AFTER.match(rest):
        return None
    value = parse_number(num_text)
    return value if value is not None and 0 < value <= 3000 else None


def _fraction_dose(window: str) -> tuple[re.Match[str], float] | None:
    """"half a tablet of the 100": the match and the dose it makes (50)."""
    frac = _DOSE_FRACTION.search(window)
    strength = parse_number(frac.group("num")) if frac else None
    if frac is None or strength is None or not 0 < strength <= 3000:
        return None
    return frac, _FRACTIONS[frac.group("frac").lower()] * strength


def _unitless_dose(window: str, name_start: int, name_end: int) -> tuple[str, float, str | None] | None:
    """(dose as said, value, unit) for a dose without a unit in the clauses of one mention."""
    frac = _fraction_dose(window)
    if frac:
        return frac[0].group(0), frac[1], frac[0].group("unit")
    before = _BEFORE_NAME.search(window[:name_start])
    if before:
        value = _plausible_dose(before.group("num"), "")
        if value is not None:
            return before.group("num"), value, None
    after = _AFTER_NAME.match(window[name_end:])
    if after:
        end = name_end + after.end("num")
        value = _plausible_dose(after.group("num"), window[end:])
        if value is not None:
            return after.group("num"), value, None
    for m in _TO_DOSE.finditer(window):
        value = _plausible_dose(m.group("num"), window[m.end("num"):])
        if value is not None:
            return m.group("num"), value, None
    return None


_OBJECT_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:it|them|those|these|that one|the (?:tablets?|pills?|dose|doses|"
                           r"medication|medicine|capsules?|prescription))\b", re.IGNORECASE)


def _later_change(sents: Sequence[_Sent], k: int) -> tuple[str, _Sent] | None:
    """A change said of the drug just after the sentence naming it: the next sentence of the same turn ("The
    zopiclone, yes. I've stopped them.") or, with a pronoun, the next turn ("... the sertraline?" "I forgot it
    for three days.")."""
    here = sents[k]
    for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
        if _DRUG_RE.search(nxt.text):
            return None
        same_turn = nxt.seg.id == here.seg.id
        if not same_turn and nxt.index > here.index + 1:
            return None
        for pattern, change in _CHANGES:
            for m in pattern.finditer(nxt.text):
                before = nxt.text[max(0, m.start() - 25): m.start()]
                if _NEGATED.search(before) or _HYPOTHETICAL_BEFORE.search(before):
                    continue
                if m.group(0).lower().endswith("ing") and _GENERIC_EFFECT.search(nxt.text[m.end():]):
                    continue
                if same_turn and nxt is sents[k + 1] or _OBJECT_AFTER.match(nxt.text[m.end():]) \
                        or re.search(r"\b(?:it|them)\s*$", m.group(0), re.IGNORECASE):
                    return change, nxt
    return None


LOOKAHEAD = 3  # sentences after a drug named without a dose that may give it ("What dose?" "200 mg.")
MAX_MEDICATION_EVIDENCE = 4


def _spaced_units(text: str) -> str:
    """"100mg" -> "100 mg" (a note writes a space between a dose and its unit)."""
    return re.sub(rf"(?<=\d)(?=(?:{_UNIT})\b)", " ", text, flags=re.IGNORECASE)


def extract_medications(segments: Sequence[Segment]) -> list[Fact]:
    """Medications named in the session, one fact per drug: name, dose, frequency, changes, evidence. A drug
    said to be someone else's (a relative's, a friend's) is left out."""
    sents = _sentences(segments)
    by_drug: dict[str, Fact] = {}
    order: list[str] = []
    for k, s in enumerate(sents):
        mentions = list(_DRUG_RE.finditer(s.text))
        for j, m in enumerate(mentions):
            name = m.group(1)
            generic = _generic(name)
            if _third_party(sents, k, m.start()):
                continue
            dose = _dose_for(s.text, mentions, j)
            # The clauses this mention owns: up to the next drug named in the sentence.
            hi = mentions[j + 1].start() if j + 1 < len(mentions) else len(s.text)
            lo = mentions[j - 1].end() if j > 0 else 0
            window = s.text[lo:hi]
            evidence = [s.evidence()]
            dose_text = dose.group(0) if dose else None
            dose_value = parse_number(dose.group("num")) if dose else None
            unit = dose.group("unit") if dose else None
            frac = _fraction_dose(window)
            if frac and dose is not None and lo + frac[0].start() <= dose.start() < lo + frac[0].end():
                dose = None  # "half a tablet of the 20 mg citalopram": the dose is half of 20 mg
            if dose is None:
                bare = _unitless_dose(window, m.start() - lo, m.end() - lo)
                if bare:
                    dose_text, dose_value, unit = bare
            change = _change_near(window, m.start() - lo, m.end() - lo)
            freq = _FREQ_RE.search(window)
            if dose_text is None:
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
            if change is None:
                later = _later_change(sents, k)
                if later:
                    change = later[0]
                    if (later[1].seg.id, later[1].start) not in {(e.segment, e.start) for e in evidence}:
                        evidence.append(later[1].evidence())
            if change == "switched":
                before = s.text[max(0, m.start() - 12): m.start()].lower()
                if re.search(r"\b(?:from|de)\s*$", before):
                    change = "switched from"
                elif re.search(r"\b(?:to|onto|a|por)\s*$", before):
                    change = "switched to"
            fact = by_drug.get(generic)
            value = {"name": name, "generic": generic, "dose": dose_text, "dose_value": dose_value, "unit": unit,
                     "frequency": freq.group(0) if freq else None, "change": change,
                     "changes": [change] if change else []}
            if fact is None:
                by_drug[generic] = Fact(kind="medication", value=value, claim="", sentence="", evidence=evidence)
                order.append(generic)
                continue
            # Later mentions fill in what the earlier ones left out; a later change is added to the earlier ones
            # ("tapered it down to 25 in April" ... "I stopped the quetiapine": reduced, then stopped). A dose or
            # a change adds its evidence.
            added = False
            for key in ("dose", "frequency"):
                if value[key] and not fact.value.get(key):
                    fact.value[key] = value[key]
                    if key == "dose":
                        fact.value["dose_value"], fact.value["unit"] = value["dose_value"], value["unit"]
                    added = True
            if change and change not in fact.value["changes"]:
                fact.value["changes"].append(change)
                fact.value["change"] = change
                added = True
            if added:
                for ev in evidence:
                    if len(fact.evidence) < MAX_MEDICATION_EVIDENCE and (ev.segment, ev.start) not in {
                            (e.segment, e.start) for e in fact.evidence}:
                        fact.evidence.append(ev)
    facts = []
    for generic in order:
        fact = by_drug[generic]
        v = fact.value
        head = v["name"]
        if v["dose"] and not v["unit"] and re.fullmatch(_BARE_NUMBER, v["dose"], re.IGNORECASE):
            head, words = f"{head} {v['dose']}", [k for k in ("frequency",) if v[k]]  # "fluoxetine 40"
        else:
            words = [k for k in ("dose", "frequency") if v[k]]
        changes = ", then ".join(v["changes"])
        fact.claim = f"Medication: {', '.join([head] + [_lower_first(v[k]) for k in words])}" + (
            f" ({changes})." if changes else ".")
        fact.sentence = _spaced_units(fact.claim)
        facts.append(fact)
    return facts


# --- questionnaire scores ------------------------------------------------------------------------------------

# AUDIT is also an English word: only in capitals, or followed by a word that makes it a questionnaire.
_CASE_SENSITIVE = {"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back|came out))",
                   "social phobia inventory|SPIN", "scared|screen for child anxiety", "scoff"}
# Words that are questionnaires only in capitals (SCARED, SCOFF): the lower-case forms are ordinary words.
_UPPER_ONLY = {"scared|screen for child anxiety": r"SCARED|[Ss]creen for [Cc]hild [Aa]nxiety", "scoff": r"SCOFF",
               "social phobia inventory|SPIN": r"[Ss]ocial [Pp]hobia [Ii]nventory|SPIN"}
_INSTRUMENT_RE = [(re.compile(rf"(?<![\w-])(?:{_UPPER_ONLY.get(p, p)})(?![\w])",
                              0 if p in _CASE_SENSITIVE else re.IGNORECASE), name)
                  for p, name in INSTRUMENTS.items()]
_DURATION_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|"
                             r"semanas?|d[ií]as?|meses|a[nñ]os?|am|pm|o'clock|%|percent|mg|milligrams?)\b",
                             re.IGNORECASE)
_PREVIOUS = re.compile(rf"\b(?:from|previously|last time|before|down from|up from|compared (?:with|to)|desde)\s+"
                       rf"(?:a\s+)?"
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


# A score given a clause or a sentence after the instrument's name ("the RCADS, and your depression score came
# out at 14"; "You filled in the CORE-10. Your score today is 18").
_SCORE_CUE = re.compile(r"\b(?:scor(?:e|ed|es|ing)|came (?:out|back)|total|rated|rating|you(?:'re| are) (?:at|on)|"
                        r"it(?:'s| is| was) (?:at|on)|puts? you)\b", re.IGNORECASE)
SCORE_REACH = 40  # characters between an instrument's name and its score
SCORE_CUE_REACH = 90  # ... when a word such as "score" or "came out" comes between them
# A reading from the past, not this session's: "in the summer my PHQ was twenty", "your GAD-7 back in March".
_PAST_READING = re.compile(
    rf"\b(?:last (?:month|year|time|session|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|"
    rf"several|a few|\d+) (?:months?|weeks?|years?) ago|in (?:the )?(?:january|february|march|april|may|june|july|"
    rf"august|september|october|november|december|summer|spring|autumn|fall|winter)|back in|"
    rf"when (?:you|we) (?:first|started)|at (?:your|the) (?:first|initial|"
    rf"last|previous) (?:assessment|appointment|session|visit|review)|at the (?:start|beginning) of (?:treatment|"
    rf"therapy)|used to be)\b", re.IGNORECASE)
_PRESENT_READING = re.compile(r"\b(?:today|this (?:week|morning|afternoon|time|session)|now|just now|tonight|"
                              r"came (?:out|back)|is|are|you're|it's)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:but|down from|up from|compared|whereas|which)\b", re.IGNORECASE)


def _past_reading(text: str, name_start: int, start: int, end: int) -> bool:
    """Whether the clause of the score said at start..end (reaching back to the instrument's name at name_start
    when no clause break comes between them) dates the reading in the past."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after_name = [x for x in breaks if x > name_start]
    lo = after_name[-1] if after_name else max((x for x in breaks if x <= name_start), default=0)
    nxt = _CLAUSE_BREAK.search(text, end)
    clause = text[lo: nxt.start() if nxt else len(text)]
    return bool(_PAST_READING.search(clause)) and not _PRESENT_READING.search(clause)


def extract_scores(segments: Sequence[Segment]) -> list[Fact]:
    """Questionnaire scores read out: instrument, score and an earlier score when one is given. A reading dated
    in the past ("in the summer my PHQ was twenty") is not the session's score."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    for k, s in enumerate(sents):
        mentions = _instrument_mentions(s.text)
        for j, (a, b, name) in enumerate(mentions):
            if name in facts:  # the first reading of an instrument is the session's score; later ones repeat it
                continue
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
            pick = None
            past = None  # "was 14 when you started, and it's 9 now": 14 is the earlier score
            for cand in after:
                gap = cand.start() - (past.end() if past is not None else b)
                if not (gap <= SCORE_REACH or (cand.start() - b <= SCORE_CUE_REACH
                                               and _SCORE_CUE.search(s.text[b:cand.start()]))):
                    break
                if not _past_reading(s.text, a, cand.start(), cand.end()):
                    pick = cand
                    break
                if past is not None:
                    break
                past = cand
            if pick is None and past is None and before and a - before[-1].end() <= SCORE_REACH:
                pick = before[-1]
                if _past_reading(s.text, pick.start(), pick.start(), pick.end()):
                    continue
            if pick is None and past is not None:
                continue  # only a reading from the past
            if pick is not None and past is not None and previous is None:
                previous, group, prev_span = past, None, (past.start(), past.end())
            evidence = [s.evidence()]
            if pick is None:
                if after or before:
                    continue
                # The answer in the next turn ("And the GAD-7?" "I think it was eleven."), or the next sentence of
                # the same turn when it says it is the score ("Your score today is 18.").
                nxt = sents[k + 1] if k + 1 < len(sents) else None
                if nxt is None or _instrument_mentions(nxt.text) or len(nxt.text.split()) > 25:
                    continue
                if nxt.seg.id == s.seg.id and not _SCORE_CUE.search(nxt.text):
                    continue
                if nxt.seg.id != s.seg.id and len(nxt.text.split()) > 12:
                    continue
                nums = _score_numbers(nxt.text, [])
                if not nums or _past_reading(nxt.text, 0, nums[0].start(), nums[0].end()):
                    continue
                pick_text, value = nums[0].group(0), parse_number(nums[0].group(0))
                evidence.append(nxt.evidence())
            else:
                pick_text, value = pick.group(0), parse_number(pick.group(0))
            if value is None:
                continue
            prev_text = previous.group(group or 0) if previous and (pick is None or prev_span[0] != pick.start()) \
                else None
            said = s.text[a:b]
            claim = f"Score: {said} {pick_text}" + (f" (previously {prev_text})." if prev_text else ".")
            facts[name] = Fact(kind="score", value={"instrument": name, "said": said, "score": value,
                                                    "score_text": pick_text,
                                                    "previous": parse_number(prev_text) if prev_text else None},
                               claim=claim, sentence=claim, evidence=evidence)
    return list(facts.values())


# --- interventions -------------------------------------------------------------------------------------------

_INTERVENTION_RE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), name, family)
                    for p, (name, family) in INTERVENTIONS.items()]
_WE_DID = re.compile(r"\b(?:we|let's|let us|together|in session|today|hoy|hicimos|vamos)\b", re.IGNORECASE)


# A technique spoken of as done in an earlier session ("Last session we did the psychoeducation about panic",
# "back in the spring, when your homework was the activity schedule"), unless this session does it too.
_EARLIER_SESSION = re.compile(r"\b(?:last (?:session|time|week)|previous(?:ly| session)|back in|in the (?:spring|"
                              r"summer|autumn|winter)|(?:a few |two |three |several )?(?:weeks|months) ago|when we "
                              r"(?:first|started))\b", re.IGNORECASE)
_THIS_SESSION = re.compile(r"\b(?:today|now|this (?:session|time|morning|afternoon)|let's|let us|i'd like|"
                           r"i would like|we'll|we will|going to|shall we|try)\b", re.IGNORECASE)
_IN_SESSION = re.compile(r"\b(?:today|in (?:the )?session|here|right now|together now|let's (?:do|try|start|use|"
                         r"practi[cs]e))\b", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"^(?:so,?\s+|and\s+)?(?:how did|how was|how were|how has|how have|did you|have you "
                           r"been|were you able)\b.*\?\s*$", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:can|could|would|will) you\s+(?:\w+\s+)?$", re.IGNORECASE)  # "can you explain what..."
_TOPIC = re.compile(r"(?:[ \t]+(?!and\b|but\b|because\b|which\b|so\b|then\b|y\b|that\b|to\b)[\w'-]+){0,5}")
_TOPIC_TRAIL = re.compile(r"(?:\s+(?:about|with|a|an|the|on|for|of|in|at|your|my|some|y|de|la|el))+$",
                          re.IGNORECASE)
_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*([\w'][^.!?:;]*)")  # "sleep hygiene: no caffeine, no phone"
COLON_WORDS = 14  # the most words taken after a colon (cut back to a comma when longer)
ELABORATION_WORDS = 30  # the most words of a next sentence that describes a technique named alone


def _intervention_matches(text: str) -> list[tuple[re.Match[str], str, str]]:
    """Every technique named in a sentence, the longest where two overlap, in order."""
    found = [(m, name, family) for pattern, name, family in _INTERVENTION_RE for m in pattern.finditer(text)]
    found.sort(key=lambda x: (x[0].start(), -(x[0].end() - x[0].start())))
    kept: list[tuple[re.Match[str], str, str]] = []
    for m, name, family in found:
        if kept and m.start() < kept[-1][0].end():
            continue
        kept.append((m, name, family))
    return kept


def _intervention_phrase(text: str, m: re.Match[str]) -> tuple[str, int]:
    """The technique with what it was about ("thought record on the work worry", "sleep hygiene: no caffeine
    after midday"), up to a clause end; and where the phrase ends in the sentence."""
    said = m.group(0).strip()
    rest = text[m.end():]
    topic = _TOPIC.match(rest)
    raw = topic.group(0) if topic else ""
    colon = _AFTER_COLON.match(rest[len(raw):])
    if colon:
        words = colon.group(1)
        if len(words.split()) > COLON_WORDS:
            head = " ".join(words.split()[:COLON_WORDS])
            words = head[: head.rfind(",")] if "," in head else head
        words = words.rstrip(" \t,")
        return f"{said}{raw.rstrip()}: {words}", m.end() + len(raw) + colon.start(1) + len(words)
    tail = _TOPIC_TRAIL.sub("", raw.rstrip())
    return said + tail, m.end() + len(tail)


def extract_interventions(segments: Sequence[Segment]) -> list[Fact]:
    """Techniques the clinician used in the session (named in the clinician's turns, or "we did ..." by the
    client). Techniques named in one sentence make one fact; a technique named alone ("Let's set up a behavioural
    experiment.") takes the next sentence of the turn that describes it."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    for k, s in enumerate(sents):
        if not (_is_therapist(s.seg) or _WE_DID.search(s.text)):
            continue
        if _ABOUT_BEFORE.search(s.text):
            continue  # "How did the activity schedule go?": a question about last week's work
        if _HOMEWORK_CUE.search(s.text) and not _IN_SESSION.search(s.text):
            continue  # "please do a thought record twice this week": the homework, not what was done in session
        # One group per technique: a technique named inside another's phrase ("psychoeducation about early
        # warning signs") or named again in the sentence ("...; relapse signature: ...") joins that group.
        groups: list[dict[str, Any]] = []
        for m, name, family in _intervention_matches(s.text):
            before = s.text[: m.start()]
            if _NEGATED.search(before[-20:]):
                continue
            if name == "psychoeducation" and m.group(0).lower().startswith("explain") and _ASKED.search(before):
                continue
            if _EARLIER_SESSION.search(before) and not _THIS_SESSION.search(before):
                continue
            phrase, end = _intervention_phrase(s.text, m)
            if groups and m.start() < groups[-1]["end"]:
                g = groups[-1]
                if end > g["end"]:
                    g["texts"][-1] += s.text[g["end"]:end]
                    g["end"] = end
                if name not in g["names"]:
                    g["names"].append(name)
                continue
            same = next((g for g in groups if name in g["names"]), None)
            if same is not None:
                same["texts"].append(phrase)
                same["end"] = max(same["end"], end)
                continue
            groups.append({"end": end, "texts": [phrase], "names": [name], "family": family})
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        for n, g in enumerate(groups):
            if all(name in facts for name in g["names"]):
                continue
            evidence = [s.evidence()]
            texts = list(g["texts"])
            # A technique named alone at the end of its sentence takes the next sentence of the turn that
            # describes it ("... worry time. Instead of fighting the worries, we postpone them to ...").
            last = n == len(groups) - 1
            bare = last and not re.search(r"\w", s.text[g["end"]:]) and len(texts[-1].split()) <= 4 \
                and ":" not in texts[-1]
            if bare and nxt is not None and nxt.seg.id == s.seg.id and not nxt.text.rstrip().endswith("?") \
                    and len(nxt.text.split()) <= ELABORATION_WORDS \
                    and all(name in g["names"] for _, name, _ in _intervention_matches(nxt.text)):
                texts[-1] = f"{texts[-1]} ({_lower_first(nxt.text.rstrip(' .!'))})"
                evidence.append(nxt.evidence())
            claim = f"Intervention: {'; '.join(texts)}."
            fact = Fact(kind="intervention", value={"name": g["names"][0], "family": g["family"], "said": texts[0],
                                                    "names": g["names"]},
                        claim=claim, sentence=claim, evidence=evidence)
            for name in g["names"]:
                facts.setdefault(name, fact)
    return list({id(f): f for f in facts.values()}.values())


# --- homework ------------------------------------------------------------------------------------------------

_HOMEWORK_CUE = re.compile(
    r"\b(?:homework|for (?:this|next|the) week|this (?:coming )?week,?\s+(?:i'd like|i would like|i want|try|can|"
    r"could|please)|between (?:now and|sessions|our sessions)|before (?:we meet|next (?:time|session|week)|"
    r"our next)|i'?d like you to|i would like you to|i want you to|your (?:task|assignment|job)|"
    r"(?:can|could|will) you (?:try|keep|do|write|practi[cs]e|fill|track|log|go|take|schedule|plan|read|"
    r"listen)|please (?:do|try|keep|write|practi[cs]e|fill|use|make|listen|read|complete|go)\b(?!n't)|"
    r"try to .{0,60}\b(?:every|each|a) (?:day|morning|evening|night)|"
    r"for the (?:next|coming) (?:week|fortnight|two weeks|few days|month)|over the (?:next|coming) (?:week|"
    r"fortnight|few days)|until (?:i see you|next time|we meet|our next)|before we meet again|"
    r"tarea|para (?:esta|la pr[oó]xima) semana|me gustar[ií]a que)", re.IGNORECASE)
# A request with a time frame is a task too: "For the coming fortnight, could you touch the door handles three
# times a day?", "Over the break, could you keep up the Saturday swim?" (not "Can you tell me ... every day?").
_REQUEST = re.compile(
    r"\b(?:(?:could|can|would|will) you (?!tell|say|describe|remember|recall|think|explain|give me|show me|let me|"
    r"imagine|picture|hear|put|hold|look|stay|sit|stand|close|open)\w+|i'?d like you to|"
    r"i would like you to|i want you to|try to|try and|please (?!don't|do not)\w+|your (?:task|job|challenge|"
    r"assignment|practice))\b", re.IGNORECASE)
_TIME_FRAME = re.compile(
    r"\b(?:(?:every|each) (?:day|morning|evening|night|week|time)|(?:once|twice|three times|four times|\w+ times) "
    r"(?:a|per) (?:day|week)|daily|this (?:coming )?(?:week|month)|over the (?:next|coming|break|holidays?|"
    r"weekend|christmas|summer|half[- ]term)|for the (?:coming|next) (?:week|fortnight|two weeks|few days|month)|"
    r"until (?:i see you|next time|we meet|our next|then)|before (?:we meet|next time|i see you)|at home|"
    r"between (?:now and|sessions))\b", re.IGNORECASE)
# Homework spoken of as past: "how did the homework go?", "back in the spring, when your homework was ...".
_PAST_HOMEWORK = re.compile(
    r"\b(?:how did|did you|how was|how were|how's|how has|how have|were you able|you remember|remember when|"
    r"back in|last (?:week|time|session)'s|(?:homework|task|assignment|exercise) (?:was|were|went|had been)|"
    r"you (?:did|tried|managed)|we set|i set|i gave you)\b", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:so,?\s+|okay,?\s+|ok,?\s+|and\s+|alright,?\s+|great,?\s+|good,?\s+)*"
    r"(?:for (?:your )?homework,?\s*|as homework,?\s*|your homework (?:is|will be)(?: to)?,?\s*|"
    r"for (?:this|next|the) (?:coming )?week,?\s*|this (?:coming )?week,?\s*|between (?:our )?sessions,?\s*|"
    r"(?:for|over) the (?:coming |next )?(?:weekend|week|fortnight|two weeks|break|holidays?|month),?\s*|"
    r"until (?:i see you|next time|we meet|our next session),?\s*|"
    r"between now and (?:next|our next) "
    r"(?:time|session|week),?\s*|before (?:we meet(?: again)?|next (?:time|session|week)|our next session),?\s*)*"
    r"(?:your (?:task|job|challenge|assignment|homework)\b[^.?!]{0,40}?\b(?:is|will be)\s+(?:to\s+)?)?"
    r"(?:i'?d like (?:you|you both|the two of you|both of you|each of you) to|i would like you to|i want you to|"
    r"can you|could you|will you|please|try and|let's have you)?\s*", re.IGNORECASE)


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
        if not _is_therapist(s.seg) or not (_HOMEWORK_CUE.search(s.text) or (
                _REQUEST.search(s.text) and _TIME_FRAME.search(s.text))):
            continue
        if _PAST_HOMEWORK.search(s.text):
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
    rf"(?P<rel>same time next week|next week|(?:in|after) (?:a|one|two|three|four|five|six|eight|[1-9]|1[0-2]) "
    rf"weeks?(?:'? time)?|"
    rf"in a fortnight|in two weeks'? time|in a month|next month|tomorrow|la (?:pr[oó]xima|otra) semana|"
    rf"en (?:dos|2|una|1) semanas?|ma[nñ]ana)"
    rf"|(?P<wd_mod>next|this|coming|on|el|este|el pr[oó]ximo)?\s*(?P<weekday>{_WEEKDAY})s?\b"
    rf"(?:,?\s*(?:the\s+)?(?P<wd_day>{_ORD})(?:\s+(?:of\s+)?(?P<wd_month>{_MONTH}))?)?"
    rf"|(?:on\s+)?(?:the\s+)?(?P<day>{_ORD})\s+(?:of\s+)?(?P<month>{_MONTH})\b"
    rf"|(?:on\s+)?(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_ORD})\b"
    rf"|(?:on\s+)?the\s+(?P<day3>{_ORD})\b(?!\s+(?:of\s+)?(?:{_MONTH}))",
    re.IGNORECASE)
_TIME_RE = re.compile(
    r"\b(?:at\s+|a las\s+)(?P<time>(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
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
        n = re.search(r"\b(a|one|two|three|four|five|six|eight|una|dos|\d+)\b", rel)
        weeks = {"a": 1, "one": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "eight": 8}.get(
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


# Cues a clinician uses when booking ("we'll meet in a fortnight", "could we meet Monday the 14th", "Next
# Wednesday, the 25th, I can only do eleven"): taken from the clinician's turns only.
_CLINICIAN_APPOINTMENT_CUE = re.compile(
    r"\b(?:meet|shall we say|let's say|i can (?:only )?do|i've got (?:a |an )?(?:slot|space|opening|gap)|"
    r"pencil (?:you |that )?in|slot|next week is|back here)\b", re.IGNORECASE)
# Someone else's appointment or date: the GP, a blood test, an exam ("your lithium level in three months").
_OTHER_DATE = re.compile(
    r"\b(?:gp|doctor|dentist|psychiatrist|consultant|nurse|dr\.? [A-Z][a-z]+|hospital|scan|blood (?:test|tests|"
    r"work)|bloods|level|review with|court|hearing|interview|exam|deadline|essay|due|birthday|wedding|funeral|"
    r"holiday to|flight)\b", re.IGNORECASE)
_OURS = re.compile(r"\b(?:see you|we'll meet|we meet|meet (?:again|next|on|in|after)|our next|with me|i'll see|"
                   r"come back|back here|next (?:session|appointment)|same time)\b", re.IGNORECASE)
_AFTER_BREAK = re.compile(r"\bafter (?:the )?(?:holidays?|break|bank holiday|half[- ]term|christmas|new year|"
                          r"easter|summer|your (?:holiday|exams?|deadlines?))\s*,?\s*$", re.IGNORECASE)
_DATE_JOIN = re.compile(r"^[\s,]*(?:on|is|so|or rather|that's|that is)?[\s,]*$", re.IGNORECASE)
FALLBACK_SHARE = 0.3  # with no booking cue, a clinician's dated sentence in the last 30% of the session


def _specificity(m: re.Match[str]) -> int:
    g = m.groupdict()
    if g.get("day") or g.get("day2") or g.get("day3") or g.get("wd_day"):
        return 3  # a day of the month
    return 2 if g.get("weekday") else 1


def _date_phrase(text: str) -> tuple[re.Match[str], int, int] | None:
    """The date expression a sentence books: the most specific one (a day of the month over a weekday over "next
    week"), with the expressions beside it ("in a fortnight, on the 19th"); (match, start, end)."""
    found = [m for m in _DATE_RE.finditer(text) if m.group(0).strip()
             and m.group(0).strip().lower() not in ("on", "this", "next", "el", "este")]
    if not found:
        return None
    best = max(range(len(found)), key=lambda i: (_specificity(found[i]), -i))
    lo, hi = best, best
    while lo > 0 and _DATE_JOIN.match(text[found[lo - 1].end(): found[lo].start()]):
        lo -= 1
    while hi + 1 < len(found) and _DATE_JOIN.match(text[found[hi].end(): found[hi + 1].start()]):
        hi += 1
    start = found[lo].start() + len(found[lo].group(0)) - len(found[lo].group(0).lstrip())
    brk = _AFTER_BREAK.search(text[:start])
    if brk:
        start = brk.start()
    return found[best], start, found[hi].end()


def extract_appointment(segments: Sequence[Segment], session_date: date | datetime | None = None
                        ) -> list[Fact]:
    """The next appointment: the last sentence with an appointment cue and a date expression (or, with no cue, a
    clinician's sentence near the end of the session giving a day of the month), its date resolved against the
    session date. A date that belongs to someone else (the GP, a blood test, an exam) is not the appointment."""
    session = session_date.date() if isinstance(session_date, datetime) else session_date
    sents = _sentences(segments)
    found: Fact | None = None
    fallback: Fact | None = None
    for k, s in enumerate(sents):
        cued = bool(_APPOINTMENT_CUE.search(s.text)) or (
            _is_therapist(s.seg) and bool(_CLINICIAN_APPOINTMENT_CUE.search(s.text)))
        late = _is_therapist(s.seg) and k >= (1 - FALLBACK_SHARE) * len(sents)
        if not (cued or late):
            continue
        if _OTHER_DATE.search(s.text) and not _OURS.search(s.text):
            continue
        picked = _date_phrase(s.text)
        if picked is None:
            continue
        m, start, end = picked
        if not cued and _specificity(m) < 3:
            continue
        said = s.text[start:end].strip(" ,")
        t = next((t for t in _TIME_RE.finditer(s.text) if t.start() >= start), None)
        time_said = t.group("time") if t else None
        phrase = said + (f" at {time_said}" if time_said and not re.search(
            rf"\b{re.escape(time_said)}\b", said, re.IGNORECASE) else "")
        if re.search(r"\bsame time\b", s.text, re.IGNORECASE) and "same time" not in phrase.lower():
            phrase += ", same time"
        claim = f"Next appointment: {phrase}."
        when = resolve_date(m, session) if session else None
        sentence, derived = claim, None
        if when is not None:
            sentence = f"Next appointment: {phrase} ({when.strftime('%A')} {when.day} {when.strftime('%B %Y')})."
            derived = f"date resolved from the session date {session.isoformat()}"
        fact = Fact(kind="appointment", value={"said": phrase, "date": when.isoformat() if when else None,
                                               "time": time_said},
                    claim=claim, sentence=sentence, derived=derived, evidence=[s.evidence()])
        if cued:
            found = fact
        else:
            fallback = fact
    chosen = found or fallback
    return [chosen] if chosen else []


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
