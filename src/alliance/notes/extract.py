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
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from alliance.notes.facts import MEDICATIONS
from alliance.notes.formats import NoteFormat
from alliance.notes.transcripts import Segment, split_sentences

# "risk" is the clinician's risk enquiry (`extract_risk_enquiry`); the risk finding itself is the safety screen's.
Kind = Literal["medication", "score", "intervention", "homework", "appointment", "risk"]
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
    # more psychiatric brands
    "cobenfy": "xanomeline-trospium", "wakix": "pitolisant", "xyrem": "sodium oxybate", "xywav": "sodium oxybate",
    "heminevrin": "clomethiazole", "stemetil": "prochlorperazine", "compazine": "prochlorperazine",
    "contrave": "naltrexone-bupropion", "mysimba": "naltrexone-bupropion", "lybalvi": "olanzapine-samidorphan",
    "exelon": "rivastigmine", "leqembi": "lecanemab", "kisunla": "donanemab", "tenex": "guanfacine",
    "kapvay": "clonidine", "jornay": "methylphenidate", "quillichew": "methylphenidate", "daytrana":
    "methylphenidate", "evekeo": "amphetamine", "zenzedi": "dexamfetamine", "azstarys": "serdexmethylphenidate",
    "nicotinell": "nicotine", "niquitin": "nicotine", "pabrinex": "thiamine", "tegretol retard": "carbamazepine",
    "zyban sr": "bupropion", "anafranil sr": "clomipramine",
    # common non-psychiatric brands clients mention
    "roaccutane": "isotretinoin", "accutane": "isotretinoin", "zyrtec": "cetirizine", "piriton": "chlorphenamine",
    "claritin": "loratadine", "clarityn": "loratadine", "singulair": "montelukast", "lasix": "furosemide",
    "plavix": "clopidogrel", "voltaren": "diclofenac", "voltarol": "diclofenac", "pepcid": "famotidine",
    "januvia": "sitagliptin", "jardiance": "empagliflozin", "forxiga": "dapagliflozin", "trulicity": "dulaglutide",
    "flomax": "tamsulosin", "proscar": "finasteride", "propecia": "finasteride", "viagra": "sildenafil",
    "cialis": "tadalafil", "epanutin": "phenytoin", "dilantin": "phenytoin", "vimpat": "lacosamide",
    "zonegran": "zonisamide", "neurontin": "gabapentin", "cytomel": "liothyronine", "maxalt": "rizatriptan",
    "xenical": "orlistat", "buscopan": "hyoscine", "imodium": "loperamide", 
    "fultium": "colecalciferol", "symbicort": "budesonide-formoterol", "seretide":
    "fluticasone-salmeterol", "clenil": "beclometasone", "qvar": "beclometasone", "flixotide": "fluticasone",
    "plaquenil": "hydroxychloroquine", "humira": "adalimumab", "utrogestan": "progesterone", "evorel":
    "estradiol", "oestrogel": "estradiol", "premarin": "conjugated estrogens", "yasmin": "drospirenone",
    "depo-provera": "medroxyprogesterone", "nexplanon": "etonogestrel", "mirena": "levonorgestrel",
    "co-amoxiclav": "amoxicillin-clavulanate", "augmentin": "amoxicillin-clavulanate",
    "keflex": "cefalexin", "cipro": "ciprofloxacin", "flagyl": "metronidazole", "tamiflu": "oseltamivir",
    "paxlovid": "nirmatrelvir", "truvada": "emtricitabine-tenofovir", "descovy": "emtricitabine-tenofovir",
    "biktarvy": "bictegravir", "efavirenz": "efavirenz", "accupro": "quinapril", "crestor": "rosuvastatin",
    "ventolin evohaler": "salbutamol",
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
xanomeline pitolisant clomethiazole prochlorperazine promazine droperidol cyproheptadine flurazepam
meprobamate chloral lecanemab donanemab serdexmethylphenidate amfetamine dextroamphetamine perampanel
brivaracetam cenobamate phenytoin lacosamide zonisamide phenobarbital primidone ethosuximide clonazepam
cytisine cytisinicline thiamine pabrinex cyanocobalamin hydroxocobalamin colecalciferol cholecalciferol
ergocalciferol folate multivitamin multivitamins melatonin omega-3 ferrous isotretinoin cetirizine
loratadine fexofenadine chlorphenamine montelukast beclometasone budesonide fluticasone formoterol
salmeterol tiotropium furosemide bendroflumethiazide indapamide spironolactone doxazosin candesartan
irbesartan valsartan enalapril perindopril quinapril clopidogrel ticagrelor edoxaban dabigatran diclofenac
celecoxib etoricoxib mefenamic tapentadol buprenorphine pizotifen rizatriptan zolmitriptan naratriptan
propylthiouracil carbimazole liothyronine gliclazide sitagliptin linagliptin empagliflozin dapagliflozin
canagliflozin dulaglutide pioglitazone glimepiride finasteride tamsulosin sildenafil tadalafil mebeverine
lactulose senna docusate macrogol loperamide hyoscine famotidine ranitidine pantoprazole rabeprazole
domperidone prochlorperazine betahistine cinnarizine hydroxychloroquine methotrexate sulfasalazine
adalimumab dexamethasone fludrocortisone progesterone medroxyprogesterone norethisterone drospirenone
etonogestrel testosterone tibolone raloxifene alendronate doxycycline lymecycline minocycline
nitrofurantoin trimethoprim clarithromycin erythromycin azithromycin ciprofloxacin cefalexin
flucloxacillin metronidazole penicillin aciclovir valaciclovir oseltamivir rosuvastatin pravastatin
ezetimibe orlistat phentermine mefloquine chloroquine interferon ribavirin efavirenz dolutegravir
tenofovir emtricitabine bictegravir glucagon
""".split()
# Two-word names ("folic acid", "vitamin D"), matched as one.
_MORE_GENERICS += ["folic acid", "vitamin d", "vitamin d3", "vitamin b12", "vitamin b", "vitamin b complex",
                   "iron tablets", "st john's wort", "st johns wort", "nicotine patches", "nicotine patch",
                   "nicotine gum", "sodium valproate", "valproic acid", "lithium carbonate", "fish oil",
                   "the contraceptive pill", "the mini pill", "the morning after pill", "hrt"]


def _load_medications(path: Path = Path(__file__).parent / "data" / "medications.txt") -> dict[str, list[str]]:
    """The medication lexicon's data file: {generic: [brand, ...]} ("generic: brand, brand" a line; # comments)."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            generic, _, brands = line.partition(":")
            out[generic.strip().lower()] = [b.strip().lower() for b in brands.split(",") if b.strip()]
    return out


for _generic_name, _brands in _load_medications().items():
    _MORE_GENERICS.append(_generic_name)
    BRANDS.update({b: _generic_name for b in _brands if b not in BRANDS})
GENERICS = frozenset((MEDICATIONS - set(BRANDS)) | set(_MORE_GENERICS) | set(BRANDS.values())) - {"sodium"}
DRUG_NAMES = frozenset(GENERICS | set(BRANDS)) - {"contraceptive", "dextromethorphan-bupropion"}

# Questionnaires: the measures the platform scores (alliance.measures) and the validated questionnaires of adult
# and child mental health often read out in session, by abbreviation and full name. Spoken forms: "PHQ nine", "the
# GAD seven", "P H Q 9", "CORE ten", "DASS twenty-one". An abbreviation that is also an English word (CAGE, FAST,
# SPIN, ACE) counts only in capitals: `(?-i:...)`. A risk rating (C-SSRS) is kept as a score; its sentence is left
# out of a draft when it names suicide (`alliance.notes.drafting` skips risk words), risk comes from the screen.
INSTRUMENTS: dict[str, str] = {
    r"phq[- ]?9|phq[- ]?nine|p\.?\s?h\.?\s?q\.?[- ]?(?:9|nine)|"
    r"patient health questionnaire(?:[- ]?(?:9|nine))?": "PHQ-9",
    r"phq[- ]?2|phq[- ]?two": "PHQ-2",
    r"phq[- ]?15|phq[- ]?fifteen": "PHQ-15",
    r"phq[- ]?a|phq (?:for )?adolescents?": "PHQ-A",
    r"phq(?![- ]?(?:\d|nine|two|fifteen|a\b))": "PHQ-9",
    r"gad[- ]?7|gad[- ]?seven|g\.?\s?a\.?\s?d\.?[- ]?(?:7|seven)|generali[sz]ed anxiety disorder[- ](?:7|seven)":
        "GAD-7",
    r"gad[- ]?2|gad[- ]?two": "GAD-2",
    r"(?-i:GAD)(?![- ]?\d)|gad (?=score|questionnaire|total)": "GAD-7",  # "a GAD of 9 today"
    r"core[- ]?34|core[- ]?thirty[- ]four|core[- ]?om": "CORE-34",
    r"c[- ]?ssrs|columbia(?: suicide severity rating scale| scale| protocol)?": "C-SSRS",
    r"pss(?:[- ]?(?:10|14|4|ten|fourteen|four))?|perceived stress scale": "PSS",
    r"(?-i:ESS)|epworth(?: sleepiness scale)?": "ESS",
    r"(?-i:CSI)|couples? satisfaction index": "CSI",
    r"(?-i:SDS)|severity of dependence scale|sheehan disability scale": "SDS",
    r"ders(?:[- ]?(?:16|18|sf))?|difficulties (?:in|with) emotion(?:al)? regulation(?: scale)?": "DERS",
    r"cdi(?:[- ]?2)?|children'?s depression inventory": "CDI",
    r"scas|spence(?: children'?s)?(?: anxiety scale)?": "SCAS",
    r"ces[- ]?d|center for epidemiologic(?:al)? studies depression(?: scale)?": "CES-D",
    r"crafft": "CRAFFT",
    r"(?-i:ACEs?)(?= (?:score|questionnaire|total))|adverse childhood experiences?(?: questionnaire| score)?":
        "ACE",
    r"psc[- ]?17|pediatric symptom checklist": "PSC-17",
    r"bsl[- ]?23|borderline symptom list": "BSL-23",
    r"msi[- ]?bpd|mclean screening instrument": "MSI-BPD",
    r"(?-i:DES)(?:[- ]?(?:II|2))?|dissociative experiences scale": "DES",
    r"zbi|zarit(?: burden)?(?: interview)?|caregiver burden (?:interview|scale)": "ZBI",
    r"bads|behaviou?ral activation for depression scale": "BADS",
    r"rrs|ruminative responses? scale": "RRS",
    r"aaq[- ]?(?:ii|2)|acceptance and action questionnaire": "AAQ-II",
    r"ffmq|five facet mindfulness questionnaire": "FFMQ",
    r"(?-i:SCS)|self[- ]compassion scale": "SCS",
    r"rses|rosenberg(?: self[- ]esteem scale)?": "RSES",
    r"ucla loneliness scale": "UCLA Loneliness Scale",
    r"(?-i:R?DAS)|(?:revised )?dyadic adjustment scale": "DAS",
    r"pc[- ]?ptsd[- ]?5|primary care ptsd screen": "PC-PTSD-5",
    r"lec[- ]?5|life events checklist": "LEC-5",
    r"(?-i:CRIES)(?:[- ]?(?:8|13))?|children'?s revised impact of event scale": "CRIES",
    r"(?-i:CATS)|child and adolescent trauma screen": "CATS",
    r"pgsi|problem gambling severity index": "PGSI",
    r"cudit(?:[- ]?r)?|cannabis use disorder identification test": "CUDIT-R",
    r"ftnd|fagerstr[oö]m(?: test)?": "FTND",
    r"ldq|leeds dependence questionnaire": "LDQ",
    r"(?-i:CAGE)": "CAGE",
    r"(?-i:FAST)(?= (?:score|questionnaire|screen|total))|fast alcohol screening test": "FAST",
    r"(?-i:ASSIST)|alcohol,? smoking and substance involvement screening test": "ASSIST",
    r"cy[- ]?bocs|children'?s yale[- ]brown": "CY-BOCS",
    r"(?-i:DOCS)|dimensional obsessive[- ]compulsive scale": "DOCS",
    r"(?-i:S?HAI)|(?:short )?health anxiety inventory": "HAI",
    r"ius(?:[- ]?12)?|intolerance of uncertainty scale": "IUS",
    r"fne|fear of negative evaluation(?: scale)?": "FNE",
    r"(?-i:BES)|binge eating scale": "BES",
    r"(?-i:CIA)|clinical impairment assessment": "CIA",
    r"cgi(?:[- ]?[si])?|clinical global impressions?(?: scale)?": "CGI",
    r"gaf|global assessment of functioning": "GAF",
    r"whodas(?:[- ]?2(?:\.0)?)?|who disability assessment schedule": "WHODAS",
    r"k[- ]?6|kessler[- ]?(?:6|six)": "K6",
    r"ghq[- ]?12|ghq|general health questionnaire": "GHQ-12",
    r"sw[- ]?emwbs|short warwick[- ]edinburgh": "SWEMWBS",
    r"psychlops": "PSYCHLOPS",
    r"score[- ]?15": "SCORE-15",
    r"c[- ]?ors|child outcome rating scale": "CORS",
    r"c[- ]?srs|child session rating scale": "CSRS",
    r"cbcl|child behaviou?r checklist": "CBCL",
    r"conners(?:[- ]?(?:3|4|three|four))?(?: rating scales?)?": "Conners",
    r"vanderbilt(?: adhd)?(?: rating scale| assessment scale)?": "Vanderbilt",
    r"snap[- ]?iv|snap[- ]?4": "SNAP-IV",
    r"adhd[- ]?rs(?:[- ]?(?:iv|5))?|adhd rating scale": "ADHD-RS",
    r"cdrs(?:[- ]?r)?|children'?s depression rating scale": "CDRS-R",
    r"(?-i:MASC)(?:[- ]?2)?|multidimensional anxiety scale for children": "MASC",
    r"rcmas|revised children'?s manifest anxiety scale": "RCMAS",
    r"hcl[- ]?32|hypomania checklist": "HCL-32",
    r"bsds|bipolar spectrum diagnostic scale": "BSDS",
    r"bsi(?:[- ]?18)?|brief symptom inventory": "BSI",
    r"scl[- ]?90(?:[- ]?r)?|symptom checklist[- ]90": "SCL-90-R",
    r"wai(?:[- ]?sr?)?|working alliance inventory": "WAI",
    r"csq[- ]?8|client satisfaction questionnaire": "CSQ-8",
    r"stop[- ]?bang": "STOP-BANG",
    r"(?-i:SCI)|sleep condition indicator": "SCI",
    r"dbas(?:[- ]?16)?|dysfunctional beliefs and attitudes about sleep": "DBAS",
    r"ace[- ]?(?:iii|3)|addenbrooke'?s(?: cognitive examination)?": "ACE-III",
    r"6[- ]?cit|six[- ]item cognitive impairment test": "6CIT",
    r"npi(?:[- ]?q)?|neuropsychiatric inventory": "NPI",
    r"cornell scale(?: for depression in dementia)?": "Cornell Scale",
    r"pq[- ]?16|prodromal questionnaire": "PQ-16",
    r"cape[- ]?42|community assessment of psychic experiences": "CAPE-42",
    r"qpr|questionnaire about the process of recovery": "QPR",
    r"eq[- ]?5d(?:[- ]?5l)?": "EQ-5D",
    r"mcq[- ]?30|metacognitions questionnaire": "MCQ-30",
    r"pid[- ]?5|personality inventory for dsm": "PID-5",
    r"pdq[- ]?4|personality diagnostic questionnaire": "PDQ-4",
    r"(?-i:SAPS|SANS)|scale for the assessment of (?:positive|negative) symptoms": "SAPS/SANS",
    r"pcl[- ]?5|pcl[- ]?five|p\.?\s?c\.?\s?l\.?[- ]?(?:5|five)|ptsd checklist|pcl": "PCL-5",
    r"audit[- ]?c": "AUDIT-C",
    r"AUDIT|audit(?= (?:score|questionnaire|results?|total|came back|came out))": "AUDIT",
    r"yp[- ]?core": "YP-CORE",
    r"core[- ]?10|core[- ]?ten|clinical outcomes in routine evaluation": "CORE-10",
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
    r"ham-d|hamd|hamilton depression(?: rating)?(?: scale)?|hamilton(?! anxiety)": "HAM-D",
    r"ham-a|hama|hamilton anxiety(?: rating)?(?: scale)?": "HAM-A",
    r"qids(?:[- ]?sr)?": "QIDS",
    r"gds|geriatric depression scale": "GDS",
    r"ies[- ]?r|impact of events? scale": "IES-R",
    r"itq|international trauma questionnaire": "ITQ",
    r"caps[- ]?5": "CAPS-5",
    r"psqi|pittsburgh sleep quality index": "PSQI",
    r"moca|montreal cognitive assessment": "MoCA",
    r"mmse|mini[- ]mental(?: state examination)?": "MMSE",
    r"honos": "HoNOS",
    r"reqol": "ReQoL",
    r"swls|satisfaction with life scale": "SWLS",
    r"aq[- ]?10|autism spectrum quotient": "AQ-10",
    r"ciwa(?:[- ]?ar)?": "CIWA-Ar",
    r"psyrats|psychotic symptom rating scales?": "PSYRATS",
    r"(?-i:ICG)(?:[- ]?r)?|inventory of complicated grief": "ICG",
    r"pain catastrophi[sz]ing scale": "PCS",
    r"(?-i:CAPE)(?![- ]?\d)": "CAPE-42",
    r"sadq|severity of alcohol dependence questionnaire": "SADQ",
}

# Interventions (Beck 2011; Martell et al. 2010; Miller & Rollnick 2013; Linehan 2015; NICE CG90/CG113/CG26).
INTERVENTIONS: dict[str, tuple[str, str]] = {
    # pattern: (canonical name, family)
    r"thought records?|thought diary|abc (?:sheet|worksheet|form|model)": ("thought record", "CBT"),
    r"cognitive restructuring|challeng(?:e|ing) (?:the |those |that |this |your )?(?:thoughts?|beliefs?)|"
    r"thought challenging|evidence for and against|(?:more )?balanced thought|alternative thoughts?|"
    r"downward arrow|responsibility pie|pie chart": ("cognitive restructuring", "CBT"),
    r"de-?catastrophi[sz](?:ing|e)": ("decatastrophising", "CBT"),
    r"cognitive distortions?|thinking (?:traps|errors)|catastrophi[sz]ing": ("identifying thinking errors", "CBT"),
    r"coping strateg(?:y|ies)(?: enhancement)?|coping skills": ("coping strategy enhancement", "CBT"),
    r"(?:activity )?pacing(?! (?:up|around|about|the|back))|boom[- ]and[- ]bust cycle": ("pacing", "CBT"),
    r"energy accounting|spoon theory|energy (?:budget|bank)(?:ing)?": ("energy accounting", "skills"),
    r"(?:the|open|weekly|in-session|collaborative) weighing|weigh[- ]in": ("in-session weighing", "CBT-E"),
    r"(?:cbt |cognitive )?formulation|vicious (?:cycle|circle)|hot cross bun|five areas(?: model)?":
        ("formulation", "CBT"),
    r"behaviou?ral experiments?|test(?:ing)? (?:out )?(?:the|that|this|your) (?:prediction|belief)":
        ("behavioural experiment", "CBT"),
    r"behaviou?ral activation|activity scheduling|activity (?:diary|log|monitoring|schedule)|"
    r"pleasant activit(?:y|ies)": ("behavioural activation", "CBT"),
    r"exposure and response prevention|\berp\b|response prevention": ("exposure and response prevention", "CBT"),
    r"(?:graded|interoceptive|imaginal|in[- ]vivo|cue|situational|prolonged) exposure|"
    r"exposure (?:hierarchy|ladder|exercise|work|task|therapy|practice)|imaginal (?:version|rehearsal|practice|run)|"
    r"fear (?:ladder|hierarchy)|"
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
    r"confidence (?:ruler|scale)|readiness (?:ruler|scale)|change talk|on a scale (?:of|from) (?:zero|0|one|1) to (?:ten|10),? how "
    r"(?:important|confident|ready)": ("motivational interviewing", "MI"),
    r"problem[- ]solving": ("problem solving", "CBT"),
    r"role[- ]?play(?:ed|ing|s)?|rehears(?:e|al|ing) (?:the|that|what|it)": ("role play", "skills"),
    r"socratic (?:questioning|questions)": ("Socratic questioning", "CBT"),
    # DBT skills, each its own technique: a session often uses two ("chain analysis", then "opposite action").
    r"chain analysis|behaviou?r(?:al)? chain": ("chain analysis", "DBT"),
    r"opposite action": ("opposite action", "DBT"),
    r"(?-i:TIPP?)(?: skills?)?|temperature skill|(?:cold water|ice) (?:on (?:your|the) face|dive)|paced breathing "
    r"and (?:paired|progressive)": ("TIPP", "DBT"),
    r"radical acceptance|turning the mind": ("radical acceptance", "DBT"),
    r"dear man|give skills?|fast skills?|interpersonal effectiveness": ("interpersonal effectiveness", "DBT"),
    r"wise mind|(?:what|how) skills": ("wise mind", "DBT"),
    r"check(?:ing)? the facts": ("check the facts", "DBT"),
    r"self[- ]sooth(?:e|ing)(?: with the (?:five )?senses)?|\baccepts skills?|\bimprove the moment|"
    r"\bstop skill|pros and cons of (?:acting|tolerating)": ("distress tolerance", "DBT"),
    r"distress tolerance|\bdbt\b|dialectical|emotion regulation skills?|(?-i:PLEASE) skills?":
        ("DBT skills", "DBT"),
    r"grief work|grief (?:processing|counsel+ing)|bereavement work|continuing bonds|dual[- ]process (?:model|idea|approach|theory)|"
    r"(?:letter|talk(?:ing)?) to (?:the person|him|her) (?:who|you) (?:died|lost)|empty chair":
        ("grief work", "grief"),
    r"naloxone (?:training|demonstration|refresher)|(?:go(?:ing)? over|refresh(?:er)? on|train(?:ing)? (?:you )?on|"
    r"demonstrat\w*|practi[cs]e) (?:the |using )?(?:naloxone|narcan)|overdose (?:awareness|prevention|training)|harm reduction":
        ("harm reduction", "harm reduction"),
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
    r"\bi[- ]statements?|speaker[- ]listener|active listening|reflect(?:ing)? back|soft(?:ened)? start[- ]?up|"
    r"validat(?:e|ing|ion) (?:each other|her|him|their|your partner)": ("communication skills", "skills"),
    r"validation(?! (?:of|from)\b)|validating (?:responses?|statements?|sentences?|what)": ("validation", "DBT"),
    r"normali[sz](?:ing|ation|e (?:it|that|this|what|how))": ("normalising", "CBT"),
    r"(?:interpersonal and )?social rhythm(?:s)?(?: metric| therapy| chart| tracking)?": (
        "social rhythm therapy", "IPSRT"),
    r"body[- ]doubl(?:ing|e)": ("body doubling", "skills"),
    r"acceptance (?:exercise|practice|strateg(?:y|ies)|work|skills?)|leaves on a stream": ("acceptance", "ACT"),
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
    # More named techniques (CBT, third-wave, systemic, older-adult, ADHD and addiction work), each as said.
    r"implementation intentions?|if[- ]then plans?": ("implementation intentions", "CBT"),
    r"reminiscence(?: work| therapy)?|life review": ("reminiscence work", "older adults"),
    r"cognitive stimulation(?: therapy)?|memory aids?|errorless learning": ("cognitive stimulation", "older adults"),
    r"life story (?:work|book)": ("life story work", "older adults"),
    r"solution[- ]focused|miracle question|scaling questions?|exception[- ]finding": ("solution-focused", "SFBT"),
    r"externali[sz]ing (?:the problem|conversation)|narrative therapy|re-?authoring": ("narrative therapy", "narrative"),
    r"interpersonal inventory|role transition|interpersonal (?:psycho)?therapy|\bipt\b": ("interpersonal therapy",
                                                                                           "IPT"),
    r"schema (?:therapy|work|mode)|mode work|chair ?work|two[- ]chair": ("schema/chair work", "schema"),
    r"mentali[sz](?:ation|ing)(?:[- ]based)?": ("mentalization", "MBT"),
    r"contingency management|functional analysis|abc analysis|trigger mapping|cue exposure":
        ("functional analysis", "CBT"),
    r"stress inoculation|anger management|time[- ]out (?:plan|technique)": ("stress management", "CBT"),
    r"planned ignoring|labell?ed praise|special time|child[- ]directed play|parent(?:ing)? training|\bpcit\b":
        ("parent training", "parenting"),
    r"detached mindfulness|attention (?:training|shifting)|worry tree": ("metacognitive techniques", "MCT"),
    r"dropping (?:the )?safety behaviou?rs?|safety behaviou?rs? (?:experiment|drop)|video feedback|survey method":
        ("safety-behaviour work", "CBT"),
    r"positive data log|gratitude (?:diary|journal|list)|three good things": ("positive data log", "CBT"),
    r"task (?:breakdown|chunking)|break(?:ing)? (?:it|tasks?|things) (?:down )?into (?:smaller|small|tiny) "
    r"(?:steps|chunks)": ("task breakdown", "ADHD"),
    r"emotion(?:ally)?[- ]focused|emotion coaching": ("emotion-focused work", "EFT"),
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
    spoken = re.fullmatch(r"(one|two|three|four|five|six|seven|eight|nine)[- ](\w+(?:[- ]\w+)?)", t)
    if spoken and not re.search(r"\b(?:hundred|thousand|point|and)\b", t):  # "one-fifty": 150, "two-twenty-five"
        rest = parse_number(spoken.group(2))
        if rest is not None and 10 <= rest <= 99:
            return _UNITS_WORDS[spoken.group(1)] * 100 + rest
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


_LABEL = re.compile(r"^(?:Medication|Score|Intervention|Homework|Next appointment|Also booked):\s*")


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
    def grounding_text(self) -> str:
        """The claim without its label ("Intervention: ", "Next appointment: "): the words the transcript said, which
        is what grounding compares with the evidence (a label the transcript never says only dilutes a short claim)."""
        return _LABEL.sub("", self.claim, count=1) or self.claim

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
            # A clock time's "a.m."/"p.m." is one word: "at 1 p.m. Does that work?", "at 7 a.m., before work".
            meridiem = bool(re.search(r"\b[ap]\.$", text[pa:pb]) and text[a: a + 2].lower() == "m.") or bool(
                re.search(r"\b[ap]\.m\.$", text[pa:pb], re.IGNORECASE) and not text[a: a + 1].isupper())
            if decimal or meridiem or _TITLE_END.search(text[pa:pb]):
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
_UNIT = (r"mg|mgs|milligrams?|miligramos?|mcg|micrograms?|µg|ug|mls?|mils?|millilit(?:er|re)s?|mililitros?|grams?|"
         r"gramos?|g|units?|unidades|iu")
_DOSE_RE = re.compile(rf"(?P<num>\b(?:{NUMBER})|{_HALF})\s*-?\s*(?P<unit>{_UNIT})\b", re.IGNORECASE)
_FREQ_RE = re.compile(
    r"\b(?:once|twice|three times|una vez|dos veces)(?: a| per| al)? (?:day|daily|night|week|d[ií]a|semana)"
    r"|\b(?:every|each|at|in the|por la|cada|at bed ?time)\s+(?:morning|evening|night|bedtime|day|ma[nñ]ana|"
    r"noche|d[ií]a)s?\b|\bat bedtime\b|\bdaily\b|\bnightly\b|\bas needed\b|\bwhen needed\b|\bas and when\b|\bprn\b|"
    r"\bal d[ií]a\b|\b(?:one|two|three|four|a|an|\d+)\s+(?:(?:tablets?|capsules?|pills?)\s+)?(?:a|per|each)\s+"
    r"(?:day|night|morning|evening)\b", re.IGNORECASE)
# (pattern, change); the first that matches near the drug name wins, so specific patterns come first.
_CHANGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"\bswitch(?:ed|ing)?\b|\bswap(?:ped|ping|s)?\b|\breplac(?:e|ed|ing)\b|"
     r"\bchang(?:e|ed|ing) (?:me |you |it )?(?:from|over|to)\b|\bmov(?:e|ed|ing) (?:me |you )?(?:from|over|onto)\b|\bcambi(?:ó|o|ar|amos)\b",
     "switched"),
    (r"\b(?:increas(?:e|ed|ing)|upp(?:ed|ing)|rais(?:ed|ing)|went up|gone up|go up|bump(?:ed|ing)?(?! into)|"
     r"(?:put|take|taking|took|bring|brought|step|move|moving) (?:me |it |my |her |his |the )?(?:[\w-]+ )?up|doubl(?:ed|ing)|titrat(?:ed|ing) up|sub(?:ió|io|ir)|aument(?:ó|o|ar|amos))\b",
     "increased"),
    (r"\b(?:reduc(?:e|ed|ing)|decreas(?:e|ed|ing)|lower(?:ed|ing)?|cut (?:it |them |that |the dose )?(?:back|down)|"
     # the particle after the drug: "cut the tramadol down", "brought my quetiapine down"
     r"(?:cut|brought|bring|take|taking|taken|took|knocked|step|move|drop) (?:the |my |your |it |them )?(?:[\w-]+ )?"
     r"(?:back|down)\b(?! to (?:the )?(?:chemist|pharmacy|shop|clinic|surgery))|step(?:ped|ping)? down|"
     r"cut it |went down|"
     r"gone down|come down|came down|brought (?:it )?down|dropp?(?:ed|ing)? (?:it |me |the dose )?(?:down |back )?to|"
     r"halv(?:e|ed|ing)|taper(?:ed|ing)?(?! off)|tapering (?:it |them )?off|wean(?:ed|ing)?(?! off)|"
     r"weaning (?:me |myself |it )?off|(?:only |just )?tak(?:e|es|ing|en) half|baj(?:ó|o|ar|amos)|"
     r"reduj(?:o|imos))\b",
     "reduced"),
    (r"\b(?:stopp?(?:ed|ing)?|came off|come off|coming off|gone off|went off|weaned (?:me |myself )?off|"
     r"tapered (?:me |myself |it |them )?off|t(?:ook|aken?) (?:me |her |him |them )?off|quit|discontinu(?:e|ed|ing)|no longer|given up|gave up|binned|"
     r"dej(?:é|e|ó|o|ar)(?: de tomar)?|suspend(?:ió|io|er|imos))\b", "stopped"),
    (r"\b(?:miss(?:ed|ing)?|forg(?:o|e)t(?:ten)?|skipp?(?:ed|ing)?|r[au]n(?:ning)? out|haven't been taking|"
     r"hasn't been taking|not been taking|(?:only )?tak(?:e|en|ing) (?:it|them) (?:on and off|now and then|"
     r"sometimes)|olvid(?:é|e|ó|o|ar))\b", "missed"),
    (r"\b(?:(?:re)?start(?:ed|ing)?|began|begun|put (?:me|her|him|them) on|prescrib(?:ed|ing)|new prescription|"
     r"back on|just got|going back on|went back on|empec(?:é|e)|empez(?:ó|o|ar)|recet(?:ó|o|aron))\b",
     "started"),
    (r"\b(?:stay(?:s|ed|ing)? on|keep(?:s|ing)? (?:you )?(?:on|taking)|continu(?:e|ed|ing|es)|"
     r"carry(?:ing)? on (?:with|taking)|remain(?:s|ed|ing)? on)\b", "continued"),
)]
# What the clinician decides in the session is a planned change ("I'd like to bump the mirtazapine up to 30mg",
# "let's reduce it to 100"); what someone else might do, or the client would like, is not a change.
_DECIDED = re.compile(r"\b(?:i'?d like (?:you )?to|i would like (?:you )?to|i want you to|i'?m going to|i am going to|i'?ll|i will|we'?ll|we will|"
                      r"let'?s|let us|we'?re going to|we are going to|i want to|we(?:'ve| have)? agreed to|"
                      r"(?:the )?(?:plan|idea|aim|intention)\b[^.,;]{0,30}?\bis to|i'?m (?:happy|suggesting) (?:for you |with you )?to)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)
PLANNED = {"increased": "increase planned", "reduced": "reduction planned", "stopped": "stop planned",
           "started": "start planned", "switched": "switch planned", "continued": "continued"}
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
        # A sentence naming one drug: its dose wherever it is said ("Sertraline is the one we use most ..., so
        # I'll prescribe fifty milligrams once a day").
        reach = len(text) if len(mentions) == 1 else 60
        if owner == j and gap(mentions[j])[0] <= reach and (best is None or gap(mentions[j]) < best[0]):
            best = (gap(mentions[j]), d)
    return best[1] if best else None


# A change that did not happen: said of what to avoid or what might be ("stopping it suddenly can cause ...",
# "if you miss a dose", "don't stop it").
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:if|unless|without|avoid|never|don't|do not|shouldn't|should not|not to|in case)\s+(?:you\s+|we\s+|i\s+|"
    r"they\s+|she\s+|he\s+)?(?:\w+\s+)?$"
    # a change planned, not made: "the GP wants to increase it", "we might reduce it", "thinking about stopping"
    r"|\b(?:is|was) to\s+$"  # "the plan from the memory clinic is to increase it"
    r"|\b(?:wants?|wanted|going|plans?|planning|hop(?:e|es|ing)|like|need|needs|ought|aim|aiming)\s+"
    r"(?:(?:you|him|her|them)\s+)?to\s+$"
    r"|\b(?:will|'ll|might|may|could|would|should|shall|(?:think|talk)(?:s|ing|ed)? (?:of|about)|consider(?:s|ing)?|"
    r"discuss(?:ed|ing)?)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
_GENERIC_EFFECT = re.compile(r"\b(?:can|could|may|might|will|would|tends? to|often|usually)\s+(?:\w+\s+)?"
                             r"(?:cause|make|lead|give|bring|trigger|leave|mean)\b", re.IGNORECASE)


def _change_event(text: str, start: int, end: int, *, reach: int = 45, planner: bool = False
                  ) -> tuple[str, re.Match[str]] | None:
    """The change verb closest to the drug mention in the same sentence (not negated, not hypothetical; with
    `planner`, the clinician's decision made in the session is a planned change) and its match."""
    best: tuple[int, str, re.Match[str]] | None = None
    for pattern, change in _CHANGES:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 25): m.start()]
            if _NEGATED.search(before):
                continue
            if change == "continued" and text.rstrip().endswith("?"):
                continue  # "Are you continuing the sertraline?" asks; the answer says
            planned = False
            if _HYPOTHETICAL_BEFORE.search(before):
                if not (planner and _DECIDED.search(text[max(0, m.start() - 40): m.start()])):
                    continue
                planned = True
            if m.group(0).lower().endswith("ing") and _GENERIC_EFFECT.search(text[m.end():]):
                continue  # "stopping sertraline suddenly can cause dizziness": what a change does, not one made
            dist = start - m.end() if m.end() <= start else m.start() - end
            dist = max(dist, 0)
            # A verb further on whose object points back at the drug: "..., but I've skipped the lunchtime ones".
            back = m.start() >= end and bool(_OBJECT_AFTER.match(text[m.end():])) and dist <= 2 * reach
            if (dist <= reach or back) and (best is None or dist < best[0]):
                best = (dist, PLANNED[change] if planned else change, m)
    return (best[1], best[2]) if best else None


def _change_near(text: str, start: int, end: int, *, reach: int = 45, planner: bool = False) -> str | None:
    """The change closest to the drug mention in the same sentence (see `_change_event`)."""
    event = _change_event(text, start, end, reach=reach, planner=planner)
    return event[0] if event else None


# What follows a change verb and belongs to it: "skipped about five days", "weaned off", "bumped ... up to 30mg".
_CHANGE_TAIL = re.compile(
    rf"^(?:\s+(?:off|up|down|back|over))?(?:\s+(?:me|myself|it|them)(?=\s+(?:off|up|down|back)\b))?"
    rf"(?:\s+(?:off|up|down|back))?(?:(?:\s+(?:about|around|roughly|maybe|nearly|almost|over|at least|a few|"
    rf"a couple of|the odd|some|(?:{NUMBER})|half)\b)+\s+(?:days?|doses?|nights?|weeks?|tablets?|pills?|"
    rf"capsules?|mornings?|evenings?|times?)\b)?", re.IGNORECASE)
_AMOUNT_AFTER = re.compile(
    rf"^[^.;,?!]{{0,30}}?\s((?:(?:like|about|around|roughly|maybe|nearly|almost|for)\s+)?(?:{NUMBER}|a few|a couple of|"
    rf"the odd)\s+(?:days?|doses?|nights?|weeks?|tablets?|pills?|mornings?|evenings?|times)(?:\s+ago)?)\b", re.IGNORECASE)
CHANGE_WORDS = 8  # the most words of a change as said


def _change_said(text: str, verb: re.Match[str], to: re.Match[str] | None = None) -> str:
    """The change as said: the verb with its particle and amount ("weaned off", "skipped about five days"), and
    the new dose of a planned change (" to 30mg"). Words naming the drug or whose it is ("put my sertraline up")
    are left to the rest of the note sentence."""
    end = verb.end() + _CHANGE_TAIL.match(text[verb.end():]).end()
    said = re.sub(r"\s+", " ", text[verb.start(): end]).strip(" ,")
    amount = _AMOUNT_AFTER.match(text[end:]) if end == verb.end() else None
    if amount is not None:  # "skipped the Lexapro like three days": how much, said after the drug
        said = f"{said} {amount.group(1)}"
    if _DRUG_RE.search(said) or re.search(r"\b(?:my|your|his|her|their|our)\b", said, re.IGNORECASE):
        said = ""
    words = said.split()
    said = " ".join(words[:CHANGE_WORDS]) if len(words) > CHANGE_WORDS else said
    if to is not None:
        dose = text[to.start("num"): to.end()].strip()
        said = f"{said} to {dose}".strip()
    return said


def _change_label(change: str, said: str) -> str:
    """"stopped: weaned off" (the canonical change and the words said); "missed two doses" when the words said
    begin with the change's own verb; "stopped" when they are the same."""
    first, _, rest = said.partition(" ")
    if not said:
        return change
    if first.lower() == "to":  # "increase planned to 30mg"
        return f"{change} {said}"
    if first.lower().startswith(change.split()[0][:4].lower()):
        return f"{change} {rest}".strip()
    return f"{change}: {said}"




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
_THIRD_TAKES = re.compile(r"\b(?:he|she|they)(?:'s|'re|'d| is| are| was| were| has| had| have)?(?:\s+(?!me\b|my\b|"
                          r"you\b|your\b)[\w']+){0,3}?\s+(?:on|takes?|taking|took|uses?|using|started(?: on)?|been on|"
                          r"gets?|getting)\s+(?:the\s+|some\s+|a\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b", re.IGNORECASE)
_PUT_THIRD_ON = re.compile(r"\b(?:put|started|got|switched|moved|changed)\s+(?:him|her|them)\s+(?:on(?:to)?|to)\s+"
                           r"(?:the\s+|some\s+)?$", re.IGNORECASE)
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)'s\s+(?:\w+\s+)?$")
_NOT_NAMES = {"it", "that", "what", "there", "here", "he", "she", "who", "let", "where", "how", "everything",
              "i", "you", "we", "they", "and", "so", "but", "still", "now", "just", "also", "mine", "everyone",
              "nobody", "somebody", "someone", "everybody", "anyone", "which", "then", "well", "yes", "yeah",
              "nothing", "something", "today", "doctor", "dr", "gp", "one", "mine", "yours", "this"}
_CLAUSE_START = re.compile(r".*(?:[;:!?]|\bbut\b|\bwhile\b|\bwhereas\b|,\s+(?:and|so)\b)", re.IGNORECASE | re.DOTALL)


# Someone named who takes the drug: "Kathleen's on the warfarin", "Tom takes lithium too".
_NAME_TAKES = re.compile(r"\b([A-Z][a-z]+)(?:(?:'s|\s+is|\s+was|\s+has been)\s+(?:(?:still|now|also|just|always)\s+)?"
                         r"(?:on|taking)|\s+(?:(?:still|now|also|just|always)\s+)?(?:takes|took|uses|gets))\s+"
                         r"(?:the\s+|some\s+|her\s+|his\s+|their\s+)?$")
# A family member in the room, by the speaker label ("Mother:", "Partner:"): their "I take" is their own drug.
_FAMILY_LABEL = re.compile(rf"^\s*(?:{_RELATIVE}|family|carer|caregiver|guardian|guest_family)\b", re.IGNORECASE)
_FIRST_PERSON_TAKES = re.compile(r"\b(?:i|i'm|i've|i've been|i was|i am)\s+(?:\w+\s+){0,2}?(?:on|take|took|taking|"
                                 r"use|using|get|been on)\s+(?:the\s+|some\s+|my\s+)?$|\bmy\s+(?:own\s+)?$",
                                 re.IGNORECASE)
# Someone else's medicines spoken of just before: "His tablets are still in the drawer. The morphine patches..."
_THEIR_MEDICINES = re.compile(r"(?:\b(?:his|her|their)|\b(?-i:[A-Z][a-z]+)'s)\s+(?:\w+\s+)?(?:tablets|pills|meds|medications?|medicines?|"
                              r"prescriptions?|patches|inhalers?|injections?)\b", re.IGNORECASE)


def _third_party(sents: Sequence[_Sent], k: int, start: int) -> bool:
    """Whether the drug named at `start` of sentence k is someone else's (a relative's, a friend's)."""
    text = sents[k].text
    before = text[:start]
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    name = _NAME_POSSESSIVE.search(before) or _NAME_TAKES.search(before)
    if name and name.group(1).lower() not in _NOT_NAMES:
        return True
    if _FAMILY_LABEL.match(sents[k].seg.label or "") and _FIRST_PERSON_TAKES.search(clause):
        return True  # the mother in a family session: "I take Zoloft myself"
    prev = sents[k - 1] if k > 0 and sents[k - 1].seg.id == sents[k].seg.id else None
    if prev is not None and _THEIR_MEDICINES.search(prev.text) and not _FIRST_PERSON.search(clause) \
            and not _FIRST_PERSON.search(prev.text[: _THEIR_MEDICINES.search(prev.text).start()]):
        return True  # a verbless list continuing someone else's medicines
    # An answer that names the drug asked about as someone else's: "... worried about Tom's tablets still being in
    # the house?" "The warfarin, yes."
    asked = sents[k - 1] if k > 0 and sents[k - 1].seg.id != sents[k].seg.id else None
    their = _THEIR_MEDICINES.search(asked.text) if asked is not None else None
    if their is not None and not re.sub(r"^\W*(?:the|my|your|and)?\W*", "", before, flags=re.IGNORECASE) \
            and not _NOT_NAMES & {their.group(0).split("'")[0].lower()}:
        return True
    relative = None
    for relative in _RELATIVE_RE.finditer(clause):
        pass
    if relative is not None:
        between = clause[relative.end():]
        if not _SELF.search(between) or _THIRD_POSSESSIVE.search(before):
            return True
    if _THIRD_POSSESSIVE.search(before):
        return True  # "upped her methylphenidate", "his lithium": the client's is "my" or "your"
    if _PUT_THIRD_ON.search(before[-40:]):
        return True  # "her GP put her on sertraline"
    if _THIRD_TAKES.search(clause):
        # "Is he still on the donepezil?" (the clinician speaks to the client as "you"); "Get Sharon to hold my card.
        # She's just started on fluoxetine" (the client, who says "I" and "my", speaks of someone else). A parent
        # who says only "she's still taking the fluoxetine" may speak of the child in a family session: kept.
        turn = " ".join(x.text for x in sents[:k] if x.seg.id == sents[k].seg.id) + " " + before
        if _is_therapist(sents[k].seg) or _FIRST_PERSON.search(turn):
            return True
        # "Her GP put her on sertraline ... and she's on iron tablets too": the same person as the drug before.
        if any(_third_party(sents, k, d.start()) for d in _DRUG_RE.finditer(before)):
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
    rf"tabs?)\s+of\s+(?:the\s+|my\s+|a\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
    # a part of the strength, no tablet named: "half of the twenty", "a quarter of the hundred"
    rf"|\b(?P<frac2>half|a quarter|quarter)\s+of\s+(?:the|my)\s+(?P<num2>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit2>{_UNIT})\b)?",
    re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3}
_AFTER_NAME = re.compile(
    rf"^\s*,?\s*(?:at\s+|is\s+|now\s+|(?:up\s+|down\s+|back\s+)?to\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
# The dose as a thing named after the drug, in the clause that follows: "the amitriptyline, the ten at night",
# "lithium, still the nine hundred", "the Abilify Maintena, the four hundred", "the fluoxetine's twenty now"
# (a brand's second word, such as "Maintena" or "XL", may come between).
_THE_DOSE_AFTER = re.compile(
    rf"^(?:\s+(?:[A-Z][\w-]+|XL|XR|SR|ER|CR))?(?:'s\s+|\s*,\s*|\s+(?:is|was)\s+)(?:(?:still|now|just|only|currently|"
    rf"on|at)\s+)?(?:(?:still|now|just|only|currently|on|at)\s+)?(?:the|a|an)?\s*(?P<num>{_BARE_NUMBER})\b(?!\s+(?:of|or)\b)")
# The dose said in the clause before the name, set off by a comma: "I'm on the sixty now, the fluoxetine".
_ON_DOSE_BEFORE = re.compile(
    rf"\b(?:i'm|i am|i've been|she's got me|he's got me|they've got me|got me|has me|have me)\s+(?:on|taking|at)\s+"
    rf"(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s+now)?\s*,\s*(?:the\s+|my\s+|that's\s+(?:the\s+)?)?$",
    re.IGNORECASE)
# The dose taken now given in the next sentence of the same turn: "... increased the fluvoxamine. Earlier it was
# one hundred, now one fifty at night."
_NOW_DOSE = re.compile(rf"(?:^|,\s*|\bbut\s+|\band\s+)(?:it's\s+|it is\s+|i'm\s+(?:on\s+)?)?(?:now|currently)\s+"
                       rf"(?:it's\s+|it is\s+|on\s+|at\s+)?(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_BEFORE_NAME = re.compile(rf"(?<!of )\b(?:on|take|takes|taking|taken|had|get|gets|the|still|just)\s+"
                          rf"(?P<num>{_BARE_NUMBER})\s+"
                          rf"(?:of\s+(?:the\s+|my\s+|your\s+)?)?$", re.IGNORECASE)
# "I'm on 20 of citalopram", "still the twenty-five of quetiapine", "the two co-codamol"
# The dose taken now said in a clause after the name: "bumped up the lithium, I'm on eight hundred now".
_ON_DOSE = re.compile(rf"^[^.;?]{{0,40}}?\b(?:i'm|i am|i've been|you're|you are|now|currently|got me|has me|"
                      rf"have me|had me|put me|keeps? me)\s+"
                      rf"(?:on|taking|at)\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
# A dose in a sentence of its own after the name: "... forgot my Wellbutrin. The one-fifty."
_DOSE_ALONE = re.compile(rf"^\W*(?:the\s+|on\s+(?:the\s+)?)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
                         rf"(?:\s+ones?)?\W*$", re.IGNORECASE)
_TO_DOSE = re.compile(
    rf"(?:\bfrom\s+(?:{_BARE_NUMBER})\s+|\b(?:up|down|back)\s+|\b(?:increas|reduc|decreas|lower|taper|cut|"
    rf"dropp?|rais|halv|doubl|titrat|bump|upp)\w*\s+(?:it\s+|them\s+|me\s+|that\s+|the dose\s+)?(?:back\s+|down\s+|"
    rf"up\s+)?)to\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
_NOT_A_DOSE_AFTER = re.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sessions?|ago|%|"
                               r"percent|o'clock|am|pm|a\.m\.|p\.m\.|tablets?|pills?|capsules?|people|of (?:them|"
                               r"those)|(?:a|per|each) (?:day|night|week)|out of|or so|in the (?:morning|afternoon|evening))\b", re.IGNORECASE)


# A new dose: "from one milligram to two milligrams", "up to 30mg", "down to 0.5 mg".
_NEW_DOSE = re.compile(
    rf"(?:\bfrom\s+(?P<old>{_BARE_NUMBER})(?:\s*-?\s*(?P<old_unit>{_UNIT})\b)?\s+(?:up\s+|down\s+|back\s+)?|"
    rf"\b(?:up|down|back)\s+)to\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?",
    re.IGNORECASE)
# A dose counted in tablets: "two acamprosate tablets", "one capsule of pregabalin", "2 puffs".
_COUNT_DOSE = (rf"(?P<num>{NUMBER}|half(?:\s+a)?)\s+(?:{{name}}\s+)?"
               r"(?P<unit>tablets?|capsules?|pills?|puffs?|sachets?|patch(?:es)?|injections?|drops?|tabs?)\b")
# A drug named as a thing kept, taught or tested, not taken: "your naloxone kit", "the lithium level".
_NOT_TAKEN_AFTER = re.compile(r"^(?:'s)?\s+(?:kits?|training|leaflets?|pens?|nasal spray kits?|levels?|"
                              r"blood (?:levels?|tests?))\b", re.IGNORECASE)


def _count_dose(window: str, name_start: int, name_end: int, name: str) -> re.Match[str] | None:
    """"Two acamprosate tablets": a count of tablets said beside the drug (within a few words)."""
    pattern = re.compile(r"\b" + _COUNT_DOSE.replace("{name}", re.escape(name)), re.IGNORECASE)
    for m in pattern.finditer(window):
        if m.group("num").lower() in ("a", "an"):
            continue
        near = m.end() >= name_start - 25 and m.start() <= name_end + 30
        if near and parse_number(m.group("num")) is not None or m.group("num").lower().startswith("half"):
            return m
    return None


# A drug gone over or taught, not taken: "I want to go over naloxone with you again", "show me how to use the".
_NOT_TAKEN_BEFORE = re.compile(r"\b(?:go(?:ing)? over|run(?:ning)? through|show(?:ing)? (?:you|me) how (?:to|you'?d) use|"
                               r"train(?:ing)? (?:you )?(?:on|in|with)|teach(?:ing)? (?:you )?(?:about|how to use)|"
                               r"demonstrat\w*|refresher on)\s+(?:the\s+|your\s+|a\s+)?$", re.IGNORECASE)


class _Step:
    """A change found beside a drug: the change, its label as said, and the dose after it."""

    def __init__(self, change: str | None = None, label: str | None = None,
                 dose: tuple[str, float | None, str | None] | None = None,
                 planned_span: tuple[int, int] | None = None) -> None:
        self.change, self.label, self.dose = change, label, dose
        self.planned_span = planned_span  # where a planned new dose is said (not the dose taken now)


def _dose_change(text: str, start: int, end: int, *, planner: bool) -> _Step:
    """The change said beside text[start:end] (a drug or its dose) and the new dose it gives: "bumped the prazosin
    from one milligram to two milligrams" is increased to two milligrams; "I'd like to bump the mirtazapine up to
    30mg" is an increase planned, the dose taken stays; "started on 25mg, and it goes up to 50 in two weeks" is
    started at 25 (the step up is not the verb's)."""
    event = _change_event(text, start, end, planner=planner)
    new = next((x for x in _NEW_DOSE.finditer(text)
                if _plausible_dose(x.group("num"), text[x.end("num"):]) is not None), None)
    if new is None and event is not None:  # "increase the sertraline to 100mg": the verb's own "to"
        new = next((x for x in _TO_AFTER_VERB.finditer(text, event[1].end(), min(len(text), event[1].end() + 60))
                    if _plausible_dose(x.group("num"), text[x.end("num"):]) is not None), None)
    if new is not None and event is not None:
        verb = event[1]
        between = text[verb.end(): new.start()] if verb.end() <= new.start() else text[new.end(): verb.start()]
        if len(between) > 45 or _CLAUSE_END.search(between):
            new = None  # the new dose belongs to another clause
    change = event[0] if event else None
    if change is None and new is not None and new.group("old"):
        old_v, new_v = parse_number(new.group("old")), parse_number(new.group("num"))
        if old_v is not None and new_v is not None and old_v != new_v:
            change = "increased" if new_v > old_v else "reduced"
    if change is None:
        return _Step()
    planned = change.endswith("planned")
    said = _change_said(text, event[1], new if planned else None) if event else ""
    label = _change_label(change, said)
    if new is None or planned:
        return _Step(change, label, planned_span=(new.start("num"), new.end()) if new is not None else None)
    unit = new.group("unit") or new.group("old_unit")
    dose_text = text[new.start("num"): new.end()].strip() if new.group("unit") else new.group("num")
    if unit and not new.group("unit"):
        dose_text = f"{dose_text} {unit}"
    if new.group("old"):
        label += f" from {text[new.start('old'): new.end('old_unit') if new.group('old_unit') else new.end('old')]}"
    return _Step(change, label, (dose_text, parse_number(new.group("num")), unit))


_TO_AFTER_VERB = re.compile(rf"\bto\s+(?:the\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
                            rf"(?P<old>)?(?P<old_unit>)?", re.IGNORECASE)
_COUNT_UNITS = {"tablet", "capsule", "pill", "puff", "sachet", "patche", "patch", "injection", "drop", "tab"}
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|so|then)\b|\b(?:but|if|when|once|after|until)\b", re.IGNORECASE)


def _plausible_dose(num_text: str, rest: str) -> float | None:
    """A number said next to a drug as its dose: not a duration, time or count, and in a dose's range."""
    if num_text.lower().strip() in ("a", "an", "one") or _NOT_A_DOSE_AFTER.match(rest):
        return None
    value = parse_number(num_text)
    return value if value is not None and 0 < value <= 3000 else None


def _fraction_dose(window: str) -> tuple[re.Match[str], float] | None:
    """"half a tablet of the 100": the match and the dose it makes (50)."""
    frac = _DOSE_FRACTION.search(window)
    if frac is None:
        return None
    strength = parse_number(frac.group("num") or frac.group("num2"))
    if strength is None or not 0 < strength <= 3000:
        return None
    return frac, _FRACTIONS[(frac.group("frac") or frac.group("frac2")).lower()] * strength


def _unitless_dose(window: str, name_start: int, name_end: int) -> tuple[str, float, str | None] | None:
    """(dose as said, value, unit) for a dose without a unit in the clauses of one mention."""
    frac = _fraction_dose(window)
    if frac:
        return frac[0].group(0), frac[1], frac[0].group("unit") or frac[0].group("unit2")
    before = _BEFORE_NAME.search(window[:name_start])
    if before:
        value = _plausible_dose(before.group("num"), "")
        if value is not None:
            return before.group("num"), value, None
    before = _ON_DOSE_BEFORE.search(window[:name_start])
    if before:
        value = _plausible_dose(before.group("num"), window[before.end("num"):])
        if value is not None:
            return before.group("num"), value, None
    for after in (_AFTER_NAME.match(window[name_end:]), _THE_DOSE_AFTER.match(window[name_end:]),
                  _ON_DOSE.match(window[name_end:])):
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
                           r"medication|medicine|capsules?|prescription)|the (?:\w+\s+)?(?:ones?|doses?|tablets?|"
                           r"pills?))\b", re.IGNORECASE)


_BARE_AFTER = re.compile(r"^(?:\s*[,.;!?]|\s*$|\s+(?:on|last|about|for|a few|a couple|some|the odd|since|in|at|"
                         r"over|and|but|so|because|when|after|before|once|twice|again|yesterday|\d+|"
                         r"(?:one|two|three|four|five|six|seven|ten)\b))", re.IGNORECASE)


def _later_change(sents: Sequence[_Sent], k: int) -> tuple[str, _Sent, str] | None:
    """A change said of the drug just after the sentence naming it: the next sentence of the same turn ("The
    zopiclone, yes. I've stopped them.") or, with a pronoun, the next turn ("... the sertraline?" "I forgot it
    for three days.")."""
    here = sents[k]
    asked = here.text.rstrip().endswith("?") and _is_therapist(here.seg)
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
                # The answer to a question about the drug, its verb with no other object: "... the quetiapine?"
                # "I ran out on Thursday ... so I missed a few nights." (not "I started running").
                answer = asked and not same_turn and not _is_therapist(nxt.seg) and bool(
                    _BARE_AFTER.match(nxt.text[m.end():]))
                if same_turn and nxt is sents[k + 1] or _OBJECT_AFTER.match(nxt.text[m.end():]) or answer \
                        or re.search(r"\b(?:it|them)\s*$", m.group(0), re.IGNORECASE):
                    if change == "continued" and nxt.text.rstrip().endswith("?"):
                        continue
                    return change, nxt, _change_label(change, _change_said(nxt.text, m, None))
    return None


LOOKAHEAD = 3  # sentences after a drug named without a dose that may give it ("What dose?" "200 mg.")
MAX_MEDICATION_EVIDENCE = 6


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
            if _third_party(sents, k, m.start()) or _NOT_TAKEN_AFTER.match(s.text[m.end():]) \
                    or _NOT_TAKEN_BEFORE.search(s.text[: m.start()]):
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
            count = _count_dose(window, m.start() - lo, m.end() - lo, name)
            step = _dose_change(window, m.start() - lo, m.end() - lo, planner=_is_therapist(s.seg))
            freq = _FREQ_RE.search(window)
            if dose_text is None and step.dose is None and count is None:
                # "What dose are you on now?" / "A hundred milligrams." - a dose in the next few sentences,
                # unless another drug is named first.
                for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
                    others = {_generic(x.group(1)) for x in _DRUG_RE.finditer(nxt.text)} - {generic}
                    if others:
                        break
                    alone = _DOSE_ALONE.match(nxt.text) if nxt.seg.id == s.seg.id else None
                    value_alone = _plausible_dose(alone.group("num"), "") if alone else None
                    if value_alone is not None:  # "The one-fifty."
                        dose_text, dose_value, unit = alone.group(0).strip(" .,!").removeprefix("The ").removeprefix(
                            "the "), value_alone, alone.group("unit")
                        evidence.append(nxt.evidence())
                        break
                    now = _NOW_DOSE.search(nxt.text) if nxt.seg.id == s.seg.id else None
                    rest_now = nxt.text[now.end("num"):] if now else ""
                    if re.match(r"\s*in the (?:morning|afternoon|evening)", rest_now, re.IGNORECASE):
                        rest_now = ""  # "now a hundred in the morning": when it is taken
                    value_now = _plausible_dose(now.group("num"), rest_now) if now else None
                    if value_now is not None and not _doses(nxt.text):  # "Earlier it was 100, now one fifty."
                        dose_text, dose_value, unit = now.group("num"), value_now, None
                        evidence.append(nxt.evidence())
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
                    count_next = _count_dose(nxt.text, 0, 0, name) if nxt.seg.id == s.seg.id else None
                    if count_next is not None and not _doses(nxt.text):  # "The acamprosate. Two tablets, three
                        count = count_next  # times a day."
                        freq = freq or _FREQ_RE.search(nxt.text)
                        evidence.append(nxt.evidence())
                        break
                    found = _doses(nxt.text)
                    if found:
                        d2 = found[0]
                        dose_text, dose_value, unit = d2.group(0), parse_number(d2.group("num")), d2.group("unit")
                        evidence.append(nxt.evidence())
                        if step.change is None:
                            step = _dose_change(nxt.text, d2.start(), d2.end(), planner=_is_therapist(nxt.seg))
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
            if step.planned_span and dose is not None and step.planned_span[0] <= dose.start() - lo \
                    < step.planned_span[1]:
                dose_text = dose_value = unit = None  # "I'd like to go up to 100mg": the dose planned, not taken
            if step.dose is not None:  # the dose after the change ("from one milligram to two milligrams")
                dose_text, dose_value, unit = step.dose
            elif dose_text is None and count is not None:
                dose_text = f"{count.group('num')} {count.group('unit')}"
                dose_value, unit = parse_number(count.group("num")) or 0.5, count.group("unit")
            change, label = step.change, step.label
            if change is None:
                later = _later_change(sents, k)
                if later:
                    change, label = later[0], later[2]
                    if (later[1].seg.id, later[1].start) not in {(e.segment, e.start) for e in evidence}:
                        evidence.append(later[1].evidence())
                    new = next((x for x in _NEW_DOSE.finditer(later[1].text)
                                if _plausible_dose(x.group("num"), later[1].text[x.end("num"):]) is not None), None)
                    if new is not None and not change.endswith("planned") and dose_text is None:
                        # "The amitriptyline, yes. ... she's cut it down to ten": the dose after the change
                        dose_text = later[1].text[new.start("num"): new.end()].strip() if new.group("unit") \
                            else new.group("num")
                        dose_value, unit = parse_number(new.group("num")), new.group("unit")
            if change == "switched":
                before = s.text[max(0, m.start() - 12): m.start()].lower()
                if re.search(r"\b(?:from|de)\s*$", before):
                    change = "switched from"
                elif re.search(r"\b(?:to|onto|a|por)\s*$", before):
                    change = "switched to"
                label = change if label is None or label.startswith("switched") and ":" not in label else \
                    change + label[len("switched"):]
            fact = by_drug.get(generic)
            value = {"name": name, "generic": generic, "dose": dose_text, "dose_value": dose_value, "unit": unit,
                     "frequency": freq.group(0) if freq else None, "change": change,
                     "changes": [change] if change else [], "change_labels": [label or change] if change else []}
            if fact is None:
                by_drug[generic] = Fact(kind="medication", value=value, claim="", sentence="", evidence=evidence)
                order.append(generic)
                continue
            # Later mentions fill in what the earlier ones left out; a later change is added to the earlier ones
            # ("tapered it down to 25 in April" ... "I stopped the quetiapine": reduced, then stopped). A dose or
            # a change adds its evidence.
            added = False
            counted = (fact.value.get("unit") or "").lower().rstrip("s") in _COUNT_UNITS
            if value["dose"] and counted and (value["unit"] or "").lower().rstrip("s") not in _COUNT_UNITS:
                fact.value["dose"] = None  # "half a tablet" ... "mirtazapine 7.5mg at night": the strength
            if value["dose"] and value["unit"] and re.match(r"(?:half|a quarter|quarter)\b", fact.value.get("dose") or "",
                                                            re.IGNORECASE) and not fact.value.get("unit"):
                fact.value["dose"] = None  # "a quarter of the 100" ... "25 milligrams": the dose in its unit
            if step.dose is not None and value["dose"] and value["dose"] != fact.value.get("dose") \
                    and not (change or "").endswith("planned"):
                fact.value["dose"] = None  # "... comes down from sixty to fifty-five mils": the dose after the change
            for key in ("dose", "frequency"):
                if value[key] and not fact.value.get(key):
                    fact.value[key] = value[key]
                    if key == "dose":
                        fact.value["dose_value"], fact.value["unit"] = value["dose_value"], value["unit"]
                    added = True
            label = label or change
            if change and (change not in fact.value["changes"] or (
                    change.endswith("planned") and label not in fact.value["change_labels"])):
                fact.value["changes"].append(change)
                fact.value["change_labels"].append(label)
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
        # Every name the evidence gives the drug, as said: "buprenorphine" ... "take the Suboxone down".
        said = {x.group(1).lower(): x.group(1) for e in fact.evidence for x in _DRUG_RE.finditer(e.text)
                if _generic(x.group(1)) == generic}
        said.pop(v["name"].lower(), None)
        v["names"] = [v["name"], *said.values()]
        head = v["name"] + "".join(f" ({n})" for n in said.values())
        if v["dose"] and not v["unit"] and re.fullmatch(_BARE_NUMBER, v["dose"], re.IGNORECASE):
            head, words = f"{head} {v['dose']}", [k for k in ("frequency",) if v[k]]  # "fluoxetine 40"
        else:
            words = [k for k in ("dose", "frequency") if v[k]]
        changes = ", then ".join(v["change_labels"])
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
                       rf"(?:a\s+|the\s+|your\s+)?"
                       rf"(?P<num>{NUMBER})\b|(?P<num2>\b{NUMBER})\s+(?:last|the (?:week|time|session|month) "
                       rf"before|previously|before)\b", re.IGNORECASE)


# Two names of one questionnaire side by side: "your GDS, the geriatric depression scale, ...", "the severity of
# dependence scale, the SDS", "the PCL (PTSD checklist)".
_APPOSITION = re.compile(r"^\s*(?:,|\(|-|–|—)?\s*(?:the|or|i\.e\.?|also called|a\.?k\.?a\.?)?\s*$", re.IGNORECASE)


# A questionnaire the lexicon does not know, named by its title in capitals: "the Brief Resilience Scale", "the
# Inventory of Complicated Grief", "the Self-Harm Behaviour Questionnaire" (the name as said is its name).
_TITLE_WORD = r"(?!(?:The|A|An|On|In|Your|My|His|Her|Their|Our|And|So|Then|For|At|Of|This|That)\b)[A-Z][\w'-]+"
_TITLED_INSTRUMENT = re.compile(
    rf"\b(?:{_TITLE_WORD}\s+){{1,4}}(?:Scale|Inventory|Index|Questionnaire|Checklist|Schedule|Measure|Survey)s?\b"
    rf"|\b(?:Inventory|Index|Scale|Questionnaire|Checklist) (?:of|for) (?:{_TITLE_WORD}\s?){{1,4}}")


# A questionnaire the lexicon does not know, named by its acronym with its item count ("your CSI-32", "the
# RCADS-25") or by an acronym followed by its score ("the SMFQ score"); the acronym as said is its name.
_ACRONYM_INSTRUMENT = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,6}-\d{1,3}(?![\w-])|"
                                 r"(?<![\w-])[A-Z]{2,6}(?=(?:'s)?\s+(?:score|total|came (?:out|back)|scored)\b)")
_NOT_INSTRUMENTS = {"COVID-19", "SARS-2", "GP", "NHS", "HR", "ADHD", "OCD", "PTSD", "GAD", "A&E", "CBT", "DBT",
                    "ACT", "EMDR", "MRI", "ECG", "TV", "BMI"}


# A questionnaire the lexicon does not know, named just after a word for a questionnaire: "the withdrawal scale,
# the SOWS", "the side-effect questionnaire for me, the Glasgow one" (the name as said is its name).
_APPOSED_INSTRUMENT = re.compile(
    r"\b(?:questionnaire|scale|form|checklist|measure|screen(?:er|ing)?|inventory|index|survey|rating)s?\b"
    r"[^.?!;,]{0,20},\s+the\s+(?P<name>(?-i:[A-Z][A-Za-z0-9-]+)(?:\s+(?-i:[A-Z][A-Za-z0-9-]+))?)(?=\s+one\b|\W)",
    re.IGNORECASE)


def _instrument_mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of each questionnaire named; two names of one questionnaire side by side
    make one mention."""
    found: list[tuple[int, int, str]] = []
    for pattern, name in _INSTRUMENT_RE:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                continue
            count = re.match(r"-\d{1,3}(?![\w-])", text[m.end():])  # its item count: "CSI-32", "EPDS-10"
            found.append((m.start(), m.end() + (count.end() if count else 0), name))
    for m in _ACRONYM_INSTRUMENT.finditer(text):
        if m.group(0).upper() in _NOT_INSTRUMENTS or any(x < m.end() and m.start() < y for x, y, _ in found):
            continue
        found.append((m.start(), m.end(), m.group(0)))
    for m in _APPOSED_INSTRUMENT.finditer(text):
        a, b = m.span("name")
        if m.group("name").upper() not in _NOT_INSTRUMENTS and not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, m.group("name")))
    for m in _TITLED_INSTRUMENT.finditer(text):
        a, b = m.start(), m.start() + len(m.group(0).rstrip())
        if not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, text[a:b]))
    merged: list[tuple[int, int, str]] = []
    for a, b, name in sorted(found):
        if merged and merged[-1][2] == name and _APPOSITION.match(text[merged[-1][1]:a]):
            merged[-1] = (merged[-1][0], b, name)
            continue
        merged.append((a, b, name))
    return merged


def _instrument_said(text: str, a: int, b: int, name: str) -> str:
    """The questionnaire's name as said; two names side by side as "GDS (geriatric depression scale)"."""
    names = [m.group(0) for pattern, n in _INSTRUMENT_RE if n == name for m in pattern.finditer(text, a, b)]
    if not names:  # a questionnaire named by its title
        return text[a:b]
    if len(names) < 2:
        return text[a:b]
    short, long = sorted(names[:2], key=len)
    return f"{short} ({long})"


def _score_numbers(text: str, skip: list[tuple[int, int]]) -> list[re.Match[str]]:
    out = []
    for m in _NUMBER_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip) or m.group(0).lower() in ("a", "an", "one", "una", "uno"):
            continue
        if _DURATION_AFTER.match(text[m.end():]) or parse_number(m.group(0)) is None:
            continue
        if re.search(r"\bout of\s*$", text[: m.start()], re.IGNORECASE):
            continue  # "9 out of 27": the most the questionnaire allows, not the score
        out.append(m)
    return out


# A score given a clause or a sentence after the instrument's name ("the RCADS, and your depression score came
# out at 14"; "You filled in the CORE-10. Your score today is 18").
_SCORE_CUE = re.compile(r"\b(?:scor(?:e|ed|es|ing)|c[oa]mes? (?:out|back|to)|coming (?:out|to)|total(?:s|led)?|"
                        r"add(?:s|ed|ing)? (?:it |them |that |those )?up|rated|rating|ticked|endorsed|circled|"
                        r"you(?:'re| are) (?:at|on)|it(?:'s| is| was) (?:at|on)|puts? you)\b", re.IGNORECASE)
# A short next sentence that states a number: "It's thirty-two today.", "That's nineteen."
_NUMBER_STATEMENT = re.compile(rf"^\W*(?:(?:so|okay|ok|right|and|well),?\s+)*(?:it|that|this|you|yours)(?:'s|'re|'ve|"
                               rf"\s+(?:is|are|was|were|have|got|comes? to))\s+(?:got\s+)?(?:a\s+|at\s+|on\s+)?"
                               rf"(?:{NUMBER})\b", re.IGNORECASE)
# The total after the parts: "obsessions eleven, compulsions thirteen, that's a total of twenty-four".
_TOTAL_BEFORE = re.compile(r"\b(?:total(?:s|led)?(?: (?:of|is|was|comes to))?|c[oa]mes? (?:out )?(?:to|at)|"
                           r"add(?:s|ed)? up to|altogether|overall|in all)\s+(?:a\s+|at\s+|of\s+)?$",
                           re.IGNORECASE)
TOTAL_REACH = 160  # characters between an instrument's name and a total said after its parts
_SCORED_ON = re.compile(rf"\b(?:scored|got|had|was|were|at|to|totall?ing|came (?:out|back) (?:at|as))\s+(?:a\s+)?(?P<num>{NUMBER})"
                        rf"(?:\s+(?:points?|out of \d+))?\s+(?:on|in|for)\s+(?:the\s+|your\s+|this\s+)?$",
                        re.IGNORECASE)
SCORE_REACH = 40  # characters between an instrument's name and its score
SCORE_CUE_REACH = 90  # ... when a word such as "score" or "came out" comes between them
# A reading from the past, not this session's: "in the summer my PHQ was twenty", "your GAD-7 back in March".
_PAST_READING = re.compile(
    rf"\b(?:last (?:month|year|time|session|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|"
    rf"several|a few|\d+) (?:months?|weeks?|years?) ago|in (?:the )?(?:january|february|march|april|may|june|july|"
    rf"august|september|october|november|december|summer|spring|autumn|fall|winter)|back in|"
    rf"when (?:you|we) (?:first|started)|at (?:your|the|our) (?:first|initial|"
    rf"last|previous) (?:assessment|appointment|session|visit|review)|at the (?:start|beginning) of (?:treatment|"
    rf"therapy)|used to be|at (?:intake|assessment|referral|baseline|the (?:initial )?assessment)|"
    rf"at (?:the|your) (?:intake|referral|baseline))\b", re.IGNORECASE)
_PRESENT_READING = re.compile(r"\b(?:today|this (?:week|morning|afternoon|time|session)|now|just now|tonight|"
                              r"came (?:out|back)|is|are|you're|it's)\b", re.IGNORECASE)
_STRONG_BREAK = re.compile(r"[;:—–]|\s-\s|\b(?:but|whereas|while|and now|today)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:but|down from|up from|compared|whereas|which)\b", re.IGNORECASE)


def _past_reading(text: str, name_start: int, start: int, end: int) -> bool:
    """Whether the clause of the score said at start..end (reaching back to the instrument's name at name_start
    when no clause break comes between them) dates the reading in the past."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    after_name = [x for x in breaks if x > name_start]
    lo = after_name[-1] if after_name else max((x for x in breaks if x <= name_start), default=0)
    nxt = _CLAUSE_BREAK.search(text, end)
    clause = text[lo: nxt.start() if nxt else len(text)]
    if _PAST_READING.search(clause):
        return not _PRESENT_READING.search(clause)
    # A time said clauses before: "but last year, when you first came, your PHQ-9 was 19" (from the last "but" or
    # ";"), unless something present comes between it and the score.
    strong = [m.end() for m in _STRONG_BREAK.finditer(text, 0, min(name_start, start))]
    head = text[strong[-1] if strong else 0: end]
    past = None
    for past in _PAST_READING.finditer(head):
        pass
    return past is not None and not _PRESENT_READING.search(head[past.end():])


# Another person's reading said after the first in one sentence: ", and Rob, yours was eighty-four", "and his
# came out at 12".
_OTHER_READING = re.compile(
    rf"[^.;?!]{{0,12}}?,?\s+(?:and|while|whereas)\s+(?P<who>(?:[A-Z][a-z]+,\s+)?(?:yours|his|hers|theirs|"
    rf"[A-Z][a-z]+'s))\s+(?:was|is|were|came (?:out |back )?(?:at|to|as)|scored)\s+(?:a\s+)?(?P<num>{NUMBER})\b")


# A questionnaire named by what it measures ("the depression questionnaire", "the anxiety one", "your sleep
# score"): the session's one questionnaire of that kind, named elsewhere in it.
_DOMAINS: dict[str, tuple[str, ...]] = {
    "depression": ("PHQ-9", "PHQ-2", "PHQ-A", "BDI-II", "CES-D", "QIDS", "MADRS", "HAM-D", "EPDS", "MFQ", "CDI",
                   "CDRS-R", "GDS"),
    "anxiety": ("GAD-7", "GAD-2", "BAI", "HAM-A", "PSWQ", "SCARED", "SCAS", "MASC", "LSAS", "SPIN", "PDSS"),
    "trauma": ("PCL-5", "IES-R", "ITQ", "CAPS-5", "CATS", "CRIES", "PC-PTSD-5"),
    "alcohol": ("AUDIT", "AUDIT-C", "SADQ", "FAST", "CAGE"),
    "sleep": ("ISI", "PSQI", "ESS"),
    "wellbeing": ("WEMWBS", "SWEMWBS", "WHO-5"),
    "ocd": ("Y-BOCS", "OCI-R", "DOCS", "CY-BOCS"),
    "eating": ("EDE-Q", "EAT-26", "SCOFF"),
}
_DOMAIN_WORDS = {"depression": r"(?:low )?mood|depression|depressive", "anxiety": r"anxiety|worry|anxious",
                 "trauma": r"trauma|ptsd", "alcohol": r"drinking|alcohol", "sleep": r"sleep|insomnia",
                 "wellbeing": r"well-?being", "ocd": r"ocd|obsessions?|checking", "eating": r"eating"}
_DOMAIN_RE = re.compile(
    r"\b(?:the|your|that|this|his|her)\s+(?:" + "|".join(f"(?P<{d}>{w})" for d, w in _DOMAIN_WORDS.items())
    + r")\s+(?:one|questionnaire|form|scale|measure|score|checklist|screen)\b", re.IGNORECASE)


def _domain_mentions(text: str, named: dict[str, tuple[str, _Sent]]) -> list[tuple[int, int, str]]:
    """(start, end, instrument) of each questionnaire named by its domain, when the session names one of it."""
    out = []
    for m in _DOMAIN_RE.finditer(text):
        domain = next(d for d in _DOMAIN_WORDS if m.group(d))
        if domain in named:
            out.append((m.start(), m.end(), named[domain][0]))
    return out


def extract_scores(segments: Sequence[Segment]) -> list[Fact]:
    """Questionnaire scores read out: instrument, score and an earlier score when one is given. A reading dated
    in the past ("in the summer my PHQ was twenty") is not the session's score."""
    sents = _sentences(segments)
    facts: dict[str, Fact] = {}
    by_domain: dict[str, list[tuple[str, _Sent]]] = {}
    first_said: dict[str, str] = {}
    for s in sents:
        for a, b, name in _instrument_mentions(s.text):
            first_said.setdefault(name, _instrument_said(s.text, a, b, name))
            for domain, names in _DOMAINS.items():
                if name in names and name not in {x[0] for x in by_domain.get(domain, [])}:
                    by_domain.setdefault(domain, []).append((name, s))
    named = {d: xs[0] for d, xs in by_domain.items() if len(xs) == 1}  # only when it is unambiguous
    for k, s in enumerate(sents):
        mentions = _instrument_mentions(s.text)
        aliases = [x for x in _domain_mentions(s.text, named)  # not when the sentence names it too
                   if not any(a < x[1] and x[0] < b or n == x[2] for a, b, n in mentions)]
        mentions = sorted(mentions + aliases)
        alias_spans = {(a, b) for a, b, _ in aliases}
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
            lead = _SCORED_ON.search(s.text[lo:a])  # "you scored seventeen on the PHQ-9": the number before
            if lead and before and before[-1].start() == lo + lead.start("num"):
                after = []
            total = next((c for c in after if c.start() - b <= TOTAL_REACH
                          and _TOTAL_BEFORE.search(s.text[max(b, c.start() - 30): c.start()])), None)
            if total is not None and total is not after[0] and not _past_reading(s.text, a, total.start(),
                                                                                  total.end()):
                after = [total]  # the parts come before it
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
                if nxt.seg.id == s.seg.id and not (_SCORE_CUE.search(nxt.text) or _NUMBER_STATEMENT.search(nxt.text)):
                    continue
                if nxt.seg.id != s.seg.id and len(nxt.text.split()) > 12:
                    continue
                nums = _score_numbers(nxt.text, [])
                totals = [x for x in nums if _TOTAL_BEFORE.search(nxt.text[max(0, x.start() - 30): x.start()])]
                nums = totals[:1] or nums
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
            said = _instrument_said(s.text, a, b, name)
            last_k = k + len(evidence) - 1  # the sentence the score was read from (this one or the next)
            if (a, b) in alias_spans:  # "the anxiety one": the name said elsewhere, with its evidence
                said = f"{first_said.get(name, name)} ({_lower_first(s.text[a:b])})"
                first = next(x[1] for d, x in named.items() if x[0] == name)
                if (first.seg.id, first.start) != (s.seg.id, s.start):
                    evidence.insert(0, first.evidence())
            claim = f"Score: {said} {pick_text}" + (f" (previously {prev_text})." if prev_text else ".")
            facts[name] = Fact(kind="score", value={"instrument": name, "said": said, "score": value,
                                                    "score_text": pick_text,
                                                    "previous": parse_number(prev_text) if prev_text else None},
                               claim=claim, sentence=claim, evidence=evidence)
            other = _OTHER_READING.match(s.text, pick.end(), hi) if pick is not None else None
            other_value = parse_number(other.group("num")) if other else None
            if other is not None and other_value is not None:
                # "Priya, your CSI-32 came out at seventy-eight, and Rob, yours was eighty-four": another
                # person's reading of the same questionnaire, in the same sentence
                told = s.text[other.start("who"): other.end("num")].strip()
                claim2 = f"Score: {said}, {told}."
                facts[f"{name} ({told})"] = Fact(
                    kind="score", value={"instrument": name, "said": told, "score": other_value,
                                         "score_text": other.group("num"), "previous": None},
                    claim=claim2, sentence=claim2, evidence=list(evidence))
            second = _second_reading(sents, last_k, facts[name])
            if second is not None:
                facts[f"{name} ({second.value['said']})"] = second
    return list(facts.values())


# Another reading of the questionnaire just scored, for another person or form, said in the clinician's next
# sentences without naming it again: "And Dad, on the parent form you scored him at nineteen.", "Fifteen, Alex."
_ASKED_EARLIER = re.compile(r"\b(?:before|previously|at the (?:start|beginning)|used to|originally|last)\b",
                            re.IGNORECASE)
_SECOND_CUE = re.compile(r"\b(?:version|form|report|rated|scored|score|c[oa]mes? (?:out|to)|came out|yours|his|hers|"
                         r"theirs)\b", re.IGNORECASE)
SECOND_WORDS = 16  # the most words of a sentence giving another reading
SECOND_REACH = 3  # sentences after the first reading


def _second_reading(sents: Sequence[_Sent], k: int, first: Fact) -> Fact | None:
    here = sents[k]
    for nxt in sents[k + 1: k + 1 + SECOND_REACH]:
        if nxt.index > here.index + 2 or _instrument_mentions(nxt.text) or _DRUG_RE.search(nxt.text):
            return None
        if _PAST_READING.search(nxt.text) or _PREVIOUS.search(nxt.text) or _ASKED_EARLIER.search(nxt.text):
            return None  # "Last month it was in the fifties, wasn't it?" "Fifty-two.": the earlier reading
        if not _is_therapist(nxt.seg) or len(nxt.text.split()) > SECOND_WORDS:
            continue
        nums = _score_numbers(nxt.text, [])
        if not nums or _PREVIOUS.search(nxt.text) or _past_reading(nxt.text, 0, nums[0].start(), nums[0].end()):
            continue
        leading = not re.search(r"\w", nxt.text[: nums[0].start()])
        if not (leading or _SECOND_CUE.search(nxt.text)):
            continue
        value = parse_number(nums[0].group(0))
        if value is None:
            continue
        told = re.sub(r"^(?:and|so|okay|ok|right),?\s+", "", nxt.text.strip().rstrip(".!"), flags=re.IGNORECASE)
        said = first.value["said"]
        claim = f"Score: {said}, {told}."
        return Fact(kind="score", value={"instrument": first.value["instrument"], "said": told, "score": value,
                                         "score_text": nums[0].group(0), "previous": None},
                    claim=claim, sentence=claim, evidence=[*first.evidence, nxt.evidence()])
    return None


# --- interventions -------------------------------------------------------------------------------------------

_INTERVENTION_RE = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), name, family)
                    for p, (name, family) in INTERVENTIONS.items()]
_WE_DID = re.compile(r"\b(?:we|let's|let us|together|in session|today|hoy|hicimos|vamos)\b", re.IGNORECASE)


# A technique spoken of as done in an earlier session ("Last session we did the psychoeducation about panic",
# "back in the spring, when your homework was the activity schedule"), unless this session does it too.
_EARLIER_SESSION = re.compile(r"\b(?:last (?:session|time|week)|previous(?:ly| session)|back in|in the (?:spring|"
                              r"summer|autumn|winter)|(?:a few |two |three |several )?(?:weeks|months) ago|when we "
                              r"(?:first|started)|(?:i|we)(?:'d| had)? (?:also )?(?:suggested|mentioned|tried))\b",
                              re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"^[^,.;]{0,15}\b(?:a while (?:back|ago)|last (?:session|time|week|month)|before)\b",
                            re.IGNORECASE)  # "journaling a while back"
# A technique introduced by name, known to the lexicon or not: "something called energy accounting", "a
# technique called the two-chair dialogue".
_CALLED = re.compile(r"(?:\b(?:something|a (?:technique|skill|tool|exercise|strategy|approach|method|model|idea)) "
                     r"(?:called|known as)|\bwhat(?:'s| is) (?:called|known as)|\bwhat (?:we|i|people|they) call|"
                     r"\b(?:it'?s|it is|this is) called) (?P<name>(?:the |a )?[\w'-]+(?: [\w'-]+){0,3}?)"
                     r"(?=[.,;:!?]|$| (?:which|that|where)\b)",
                     re.IGNORECASE)
_LATER_SESSION = re.compile(r"\b(?:next (?:session|time|week|appointment)|(?:in|at) (?:a )?(?:future|later) "
                            r"sessions?|another (?:time|day|session)|down the (?:line|track)|in (?:a )?(?:few|couple of) "
                            r"(?:weeks|sessions))\b", re.IGNORECASE)
_THIS_SESSION = re.compile(r"\b(?:today|now|this (?:session|time|morning|afternoon)|let's|let us|i'd like|"
                           r"i would like|we'll|we will|going to|shall we|try)\b", re.IGNORECASE)
_IN_SESSION = re.compile(r"\b(?:today|in (?:the )?session|here|right now|together now|let's (?:do|try|start|use|"
                         r"practi[cs]e))\b", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"^(?:so,?\s+|and\s+)?(?:how did|how was|how were|how has|how have|did you|have you "
                           r"been|were you able)\b.*\?\s*$"
                           # a question that reviews work done since: "Can we look at the worksheet you did on ...?"
                           r"|^(?:so,?\s+|and\s+)?(?:can|could|shall) we (?:look at|go over|go through|check)\b"
                           r".*\b(?:you|we) (?:did|filled|completed|brought|wrote|tried|kept)\b.*\?\s*$", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:can|could|would|will) you\s+(?:\w+\s+)?$", re.IGNORECASE)  # "can you explain what..."
_TOPIC = re.compile(r"(?:[ \t]+(?!and\b|but\b|because\b|which\b|so\b|then\b|y\b|that\b|to\b)[\w'-]+){0,5}")
_TOPIC_TRAIL = re.compile(r"(?:\s+(?:about|around|with|a|an|the|on|for|of|in|at|your|my|some|y|de|la|el))+$",
                          re.IGNORECASE)
_AFTER_COLON = re.compile(r"[ \t]*:[ \t]*([\w'][^.!?:;]*)")  # "sleep hygiene: no caffeine, no phone"
COLON_WORDS = 14  # the most words taken after a colon (cut back to a comma when longer)
ELABORATION_WORDS = 30  # the most words of a next sentence that describes a technique named alone


def _intervention_matches(text: str) -> list[tuple[re.Match[str], str, str]]:
    """Every technique named in a sentence, the longest where two overlap, in order (not the words of a
    questionnaire's name: "the Pain Catastrophising Scale")."""
    found = [(m, name, family) for pattern, name, family in _INTERVENTION_RE for m in pattern.finditer(text)]
    found += [(_called_name(text, c), c.group("name").lower(), "other") for c in _CALLED.finditer(text)]
    scales = [(a, b) for a, b, _ in _instrument_mentions(text)]
    found = [x for x in found if not any(a < x[0].end() and x[0].start() < b for a, b in scales)]
    found.sort(key=lambda x: (x[0].start(), -(x[0].end() - x[0].start())))
    kept: list[tuple[re.Match[str], str, str]] = []
    for m, name, family in found:
        if kept and m.start() < kept[-1][0].end():
            continue
        kept.append((m, name, family))
    return kept


def _called_name(text: str, called: re.Match[str]) -> re.Match[str]:
    """The name of a technique introduced as "something called X", as a match of its own."""
    found = re.compile(re.escape(called.group("name"))).search(text, called.start("name"))
    assert found is not None
    return found


# Nothing said after a technique but a pointer to what came before: "let's do some problem solving around that."
_NOTHING_AFTER = re.compile(r"^\s*(?:(?:around|about|with|on|for)\s+)?(?:that|this|it|them)?\s*(?:,?\s*(?:as well|too|"
                            r"now|today|together|first))?\W*$", re.IGNORECASE)
# What the technique is about, after a word set off by commas: "a bit of normalising, as well, around the voices".
_FILLER_TOPIC = re.compile(r"^,\s*(?:as well|too|also|briefly|together|today|first)\s*,\s*((?:around|about|on|for|"
                           r"with)\s+[^.,;:!?]{3,60})")


_KIND_BEFORE = re.compile(r"\b(structured|graded|guided|formal|brief|collaborative|systematic|gentle|"
                          r"in[- ]vivo|imaginal|interoceptive|written|daily|weekly|cognitive|behaviou?ral)\s+$",
                          re.IGNORECASE)


def _intervention_phrase(text: str, m: re.Match[str]) -> tuple[str, int]:
    """The technique with what it was about ("thought record on the work worry", "sleep hygiene: no caffeine
    after midday"), up to a clause end; and where the phrase ends in the sentence. A word that says which kind of
    the technique ("structured problem-solving", "graded exposure") is kept with it."""
    said = m.group(0).strip()
    kind = _KIND_BEFORE.search(text[: m.start()])
    if kind and not said.lower().startswith(kind.group(1).lower()):
        said = f"{kind.group(1)} {said}"
    rest = text[m.end():]
    filler = _FILLER_TOPIC.match(rest)
    if filler:
        return f"{said} {filler.group(1).rstrip()}", m.end() + filler.end(1)
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
    clause = _DESCRIBED.match(text[m.end() + len(tail):])
    if clause and len(clause.group(1).split()) <= DESCRIBED_WORDS:
        # "your coping strategies, looking at what already works and doing more of it": what it was
        described = re.sub(r",?\s+(?:Dr|Mr|Mrs|Ms|Mx|Prof)$", "", clause.group(1).rstrip())
        return f"{said}{tail} ({described})", m.end() + len(tail) + clause.start(1) + len(described)
    return said + tail, m.end() + len(tail)


# A clause after a technique that says what it is: ", looking at what already works", ", where you ...".
_DESCRIBED = re.compile(r"^,\s+((?:looking at|finding|noticing|using|working out|where (?:you|we)|which (?:means|is)|"
                        r"so that|so you|that is)\b[^.;:!?]*)", re.IGNORECASE)
DESCRIBED_WORDS = 16


# Names that gather several techniques of one approach: each technique said is a fact of its own ("a decisional
# balance" and, later, "an importance ruler" are two motivational-interviewing techniques used).
# (Not a trauma-focused protocol: its impact statement and stuck points are the one therapy's parts.)
_UMBRELLA = {"motivational interviewing", "communication skills", "grief work",
             "acceptance and commitment therapy", "distress tolerance", "harm reduction",
             "interpersonal effectiveness"}


def _technique_key(name: str, said: str) -> str:
    """What makes two mentions one technique: its name, and for an umbrella name the words said ("importance
    ruler" and "importance scale" are one, "decisional balance" another)."""
    if name not in _UMBRELLA:
        return name
    words = re.findall(r"[a-z]+", said.lower())
    if words[:2] == ["on", "a"]:
        return name  # a scaling question asked in passing ("on a scale of zero to ten, how important...") is
        # the approach's conversation, not a tool of its own
    if {"scale", "ruler"} & set(words):
        return f"{name}:ruler"  # "importance ruler", "on a scale of zero to ten, how important"
    if {"balance", "cons"} & set(words):
        return f"{name}:balance"  # "decisional balance", "pros and cons"
    return f"{name}:{words[0] if words else ''}"


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
        if _IMPERATIVE.search(s.text) and _TIME_FRAME.search(s.text) and not _IN_SESSION.search(s.text):
            continue  # "And practise the TIPP skill whenever the urge is high": a task set for the week
        # One group per technique: a technique named inside another's phrase ("psychoeducation about early
        # warning signs") or named again in the sentence ("...; relapse signature: ...") joins that group.
        groups: list[dict[str, Any]] = []
        for m, name, family in _intervention_matches(s.text):
            before = s.text[: m.start()]
            if _NEGATED.search(before[-20:]):
                continue
            if name == "psychoeducation" and m.group(0).lower().startswith("explain") and _ASKED.search(before):
                continue
            owner = _NAME_POSSESSIVE.search(before[-30:])
            if _THIRD_POSSESSIVE.search(before[-30:]) or owner and owner.group(1).lower() not in _NOT_NAMES | {
                    "today", "tonight", "week", "session", "time"}:
                continue  # "the health visitor's coming Friday for her weigh-in": someone else's, not this session's
            if (_EARLIER_SESSION.search(before) or _EARLIER_AFTER.match(s.text[m.end():])) \
                    and not _THIS_SESSION.search(before):
                continue
            if _LATER_SESSION.search(s.text) and not _IN_SESSION.search(s.text):
                continue  # "Next session we'll start EMDR": planned for later, not used today
            phrase, end = _intervention_phrase(s.text, m)
            if groups and m.start() < groups[-1]["end"]:
                g = groups[-1]
                if end > g["end"]:
                    g["texts"][-1] += s.text[g["end"]:end]
                    g["end"] = end
                if name not in g["names"]:
                    g["names"].append(name)
                g["keys"].append(_technique_key(name, m.group(0)))
                continue
            same = next((g for g in groups if name in g["names"]), None)
            if same is not None:
                same["texts"].append(phrase)
                same["end"] = max(same["end"], end)
                continue
            groups.append({"end": end, "texts": [phrase], "names": [name], "family": family,
                           "keys": [_technique_key(name, m.group(0))]})
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        for n, g in enumerate(groups):
            if all(key in facts or key in _UMBRELLA and any(k.startswith(f"{key}:") for k in facts)
                   for key in g["keys"]):
                continue  # said before; a question of the approach joins a technique of it already used
            evidence = [s.evidence()]
            texts = list(g["texts"])
            # A technique named alone at the end of its sentence takes the next sentence of the turn that
            # describes it ("... worry time. Instead of fighting the worries, we postpone them to ...").
            last = n == len(groups) - 1
            bare = last and _NOTHING_AFTER.match(s.text[g["end"]:]) and len(texts[-1].split()) <= 4 \
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
            for key in g["keys"]:
                facts.setdefault(key, fact)
    out: list[Fact] = []
    for fact in {id(f): f for f in facts.values()}.values():
        same = next((f for f in out if f.evidence[0].segment == fact.evidence[0].segment
                     and f.evidence[-1].start < fact.evidence[0].start), None)
        if same is None:
            out.append(fact)
            continue
        # Techniques named in the sentences of one turn make one fact ("Let's practise TIPP now. Here's an ice
        # pack. ... we'll do paced breathing."); two named in one sentence stay two.
        same.value["names"] = [*same.value["names"], *fact.value["names"]]
        same.claim = same.sentence = f"{same.claim[:-1]}; {fact.claim.removeprefix('Intervention: ')}"
        same.evidence += [e for e in fact.evidence if (e.segment, e.start) not in {
            (x.segment, x.start) for x in same.evidence}]
    return out


# --- homework ------------------------------------------------------------------------------------------------

_HOMEWORK_CUE = re.compile(
    r"\b(?:homework|for (?:this|next|the) week|this (?:coming )?week,?\s+(?:i'd like|i would like|i want|try|can|"
    r"could|please)|between (?:now and|sessions|our sessions)|before (?:we meet|next (?:time|session|week)|"
    r"our next)|i'?d like you(?: two| both| all)? to|i would like you(?: two| both| all)? to|i want you(?: two| both)? "
    r"to|your (?:task|assignment|job)|here'?s (?:the|your|a|one) (?:task|plan|challenge|assignment|job)|"
    r"(?:can|could|will) you (?:try|keep|do|write|practi[cs]e|fill|track|log|go|take|schedule|plan|read|"
    r"listen)|please (?:do|try|keep|write|practi[cs]e|fill|use|make|listen|read|complete|go)\b(?!n't)|"
    r"your (?:job|task|challenge|mission) (?:this|for the|over the) (?:week|fortnight|weekend)|see if you can|"
    r"i'?d (?:also |really |then )?like you to|i'?d (?:also )?love you to|"
    # an invitation to a task done away from the session: "Would you like to try writing to her?"
    r"would you like to (?:try|have a go at) (?!.*\b(?:now|here|with me|today|in (?:the )?session)\b)|"
    r"try to .{0,60}\b(?:every|each|a) (?:day|morning|evening|night)|"
    r"(?:for|over|in) the (?:next|coming) (?:(?:few|two|three|four|couple of) )?(?:days?|weeks?|fortnight|"
    r"months?)|until (?:i see you|next time|we meet|our next)|before we meet again|"
    r"tarea|para (?:esta|la pr[oó]xima) semana|me gustar[ií]a que)", re.IGNORECASE)
# A request with a time frame is a task too: "For the coming fortnight, could you touch the door handles three
# times a day?", "Over the break, could you keep up the Saturday swim?" (not "Can you tell me ... every day?").
_REQUEST = re.compile(
    r"\b(?:(?:could|can|would|will) you (?!tell|say|describe|remember|recall|think|explain|give me|show me|let me|"
    r"imagine|picture|hear|put|hold|look|stay|sit|stand|close|open|be\b)\w+|"
    r"(?:would|could|will) you be (?:up for|willing to|happy to|able to|ok(?:ay)? to)|have a go at|"
    r"i'?d like you(?: two| both| all)? to|"
    r"(?:could|can|would|will) you (?:tell|ask|remind|show) (?:him|her|them|your [\w'-]+|[A-Z][a-z]+) to\b|"
    r"i would like you to|i want you to|try to|try and|see (?:if|whether) you can|"
    r"(?:how|what) about (?:just |maybe |you )?\w+ing|would you like to (?:try|have a go)|"
    r"please (?!don't|do not)\w+|your (?:task|job|challenge|"
    r"assignment|practice))\b", re.IGNORECASE)
_TIME_FRAME = re.compile(
    r"\b(?:(?:every|each) (?:(?:work|week|school|other|single)[- ]?(?:day)?\s?)?(?:day|morning|evening|night|week|"
    r"time|afternoon|lunchtime)s?|always|whenever|every time|each time|weekdays|"
    # a routine tied to a moment: "when they start", "when you notice the worry", "if you catch yourself"
    r"when(?:ever)? (?:you|they|it|he|she) (?!were|was|did|had|used|said|told|came|went)\w+|"
    r"when(?:ever)? (?:the|your|that|a|an) (?:[\w'-]+ ){1,2}(?:starts?|comes?|hits?|happens?|shows? up|kicks? in|"
    r"arrives?|builds?)\b|"
    r"if (?:you|he|she|they) (?:notice|catch|feel|find|get|start|text|call|wake)\w*|"
    r"(?:once|twice|three times|four times|\w+ times) "
    r"(?:a|per) (?:day|week)|daily|this (?:coming )?(?:week|month)|over the (?:next|coming|break|holidays?|"
    r"weekend|christmas|summer|half[- ]term)|for the (?:coming|next) (?:week|fortnight|two weeks|few days|month)|"
    r"until (?:i see you|next time|we meet|our next|then)|before (?:we meet|next time|i see you)|at home|"
    r"between (?:now and|sessions)|(?:for|during|at) the (?:weekend|week ahead|break|holidays?)|this weekend)\b",
    re.IGNORECASE)
# A day named frames a request as a task: "have a go at the tax paperwork with Jess on Sunday".
_DAY_FRAME = re.compile(r"\b(?:on (?:a )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|this weekend|"
                        r"at the weekend)\b", re.IGNORECASE)
# Homework spoken of as past: "how did the homework go?", "back in the spring, when your homework was ...".
_PAST_HOMEWORK = re.compile(
    # (not a comparison with what was done: "walk him through it, just like you did with me")
    r"(?<!like )(?<!as )\b(?:how did|did you|how was|how were|how's|how has|how have|were you able|you remember|"
    r"remember when|back in|last (?:week|time|session)'s|(?:homework|task|assignment|exercise) (?:was|were|went|"
    r"had been)|you (?:did|tried|managed)|we set|i set|i gave you)\b", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:so,?\s+|okay,?\s+|ok,?\s+|and\s+|alright,?\s+|great,?\s+|good,?\s+)*"
    r"(?:for (?:your )?homework,?\s*|as homework,?\s*|your homework (?:is|will be)(?: to)?,?\s*|"
    r"(?:at home\s+)?(?:for (?:this|next|the) (?:coming )?week|this (?:coming )?week)\s*[,:]?\s*|"
    r"between (?:our )?sessions,?\s*|"
    r"(?:for|over|in) the (?:coming |next )?(?:(?:few|two|three|four|couple of) )?(?:weekend|weeks?|fortnight|"
    r"break|holidays?|months?|days),?\s*|"
    r"until (?:i see you(?: next| again)?|next time|we meet|our next session),?\s*|"
    r"between now and (?:next|our next) "
    r"(?:time|session|week),?\s*|before (?:we meet(?: again)?|next (?:time|session|week)|our next session),?\s*)*"
    r"(?:your (?:task|job|challenge|assignment|homework)\b(?:[^.?!:]{0,40}?\b(?:is|will be)\s+(?:to\s+)?|"
    r"[^.?!:]{0,40}:\s*))?"
    r"(?:i'?d (?:also |really |then )?like (?:you|you both|you two|you all|the two of you|both of you|each of you) to|"
    r"i would like you to|i want you to|"
    r"can you|could you|will you|would you|please|try and|let's have you|(?:how|what) about (?:just |maybe |you )?|"
    r"would you like to|see if you can)?\s*", re.IGNORECASE)


_TASK = re.compile(r"\b(?:homework|tarea|you to|could you|can you|please|practi[cs]e|keep|write|fill|track|"
                   r"listen|read|try)\b", re.IGNORECASE)


def _homework_task(text: str) -> str:
    task = _LEAD_IN.sub("", text.strip(), count=1).strip().lstrip(":;, ")
    task = re.sub(r"\s*[?!.]+$", "", task)
    task = re.sub(r"\b(?:for (?:your )?homework|as homework)\b,?\s*", "", task, flags=re.IGNORECASE).strip(" ,")
    return task[:1].lower() + task[1:] if task else task


# A task said in everyday words as an instruction: "And schedule one short walk a day", "Also, keep a diary",
# "Maybe go to one choir rehearsal". It is homework with a time frame, or just after a task was set (the same
# turn or the clinician's next two turns); in-session instructions ("Close your eyes", "Tell me ...") are not.
_TASK_VERBS = (
    r"schedule|plan|keep|write|jot|note|log|track|record|fill(?: in| out)?|complete|read|listen|watch|practi[cs]e|"
    r"try|do|go|walk|run|swim|stretch|exercise|take|pack|prepare|cook|eat|drink|call|ring|phone|text|message|"
    r"email|contact|book|join|visit|attend|set|use|spend|make|bring|put|stick|carry|ask|talk|speak|say|give|"
    r"reward|treat|buy|get|tick|touch|limit|cut(?: down| back)?|reduce|turn off|switch off|leave|stay|sit|reach out|check|"
    r"rate|list|pick|choose|reflect|meditate|send|share|show|remind|repeat|continue|carry on|look up|sign up|"
    r"notice|spot|catch|count|start|aim|allow|let|plant|water|tidy|clean|open|fill|finish|arrange|organi[sz]e|"
    r"wait|hold off|pause|delay|resist|breathe|hum|sing|walk away")
_IMPERATIVE = re.compile(
    rf"^(?:(?:and|also|so|then|plus|oh|okay|ok|right|great|good|alright|one more thing|finally|lastly|last thing|"
    rf"maybe|perhaps|just|and then|"
    rf"and maybe|and also|and just|if you can|if you like|if possible|ideally),?\s+)*"
    # a condition first: "And if he texts, try TIPP first", "And when you get back, rate your mood"
    # a time frame first: "So this week, put the box by your toothbrush", "At home this week: touch the handle"
    rf"(?:(?:at home\s+)?(?:for\s+)?(?:this (?:coming )?week|this weekend|over the (?:weekend|next few days|break)|"
    rf"between now and (?:next time|next session|then)|until (?:next time|i see you)|every (?:day|morning|evening)|"
    rf"each (?:day|morning|evening)|at home)(?:\s+(?:this|next) (?:week|weekend|fortnight))?\s*[,:]\s*"
    rf"(?:(?:and|then|so)\s+)?)?"
    rf"(?:(?:if|when|whenever|once|after|before|each time|every time)\s+[^,.?!]{{1,60}},\s+)?(?:please\s+)?"
    rf"(?:try (?:and |to )?|have a go at\s+)?(?:{_TASK_VERBS}|have a go)\b(?!'s\b|\s+(?:me|us)\b)", re.IGNORECASE)
# A request that involves someone outside the room is done outside the session: "Could you ask him to stop
# reassuring you?", "can you tell your sister ...".
_OUTSIDE = re.compile(rf"\b(?:ask|tell|show|remind|text|call|ring)\s+(?:him|her|them|your\s+(?:\w+\s+)?{_RELATIVE}|"
                      rf"[A-Z][a-z]+)\b(?!\s+(?:me|about what))")
# A plan recapped in note form, without a subject: "So, bed at twelve-thirty, up at six-thirty, every day.",
# "Great, so Tuesday, the canteen, lunch from the plan, and count the lookers."
# A sentence with a finite verb states something ("Your window will be half twelve to half six, every night"): not
# a plan recapped in note form.
_STATEMENT_VERB = re.compile(r"\b(?:will be|would be|is|are|was|were|has|have|had)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"\b(?:i|you|we|he|she|they|it|there|that|this|what|how)(?:'\w+)?\b", re.IGNORECASE)
# A task the client turns down in the next turn is not set: "That... no. I don't think I can ask her that.",
# "Nah, I'm not ready for meetings."
_DECLINED = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:no|nah|nope)\b(?!\s+(?:problem|worries|bother))|"
                       r"\bnot (?:yet|ready|this week|for me)\b|\bi(?:'m| am) (?:not|no) (?:ready|going|gonna|doing)|"
                       r"\bi don'?t think i (?:can|could|"
                       r"will|want)|\bi (?:can'?t|won'?t|couldn'?t) (?:do|ask|face|manage)\b", re.IGNORECASE)
_ACCEPTED = re.compile(r"\b(?:yes|yeah,? (?:ok|sure|i can|i will|fine)|i'll|i will|(?:i|we) can (?:do|try|manage)|"
                       r"doable|okay|ok|sure|fine|"
                       r"got it|will do|sounds good|deal)\b", re.IGNORECASE)
# Hesitation is a refusal too: "Hmm. I don't know about that yet.", "I'd rather not.", "Maybe not."
_HESITANT = re.compile(r"\bi (?:don'?t|do not) know (?:about|if|whether) (?:that|this|it|doing)|\b(?:i'?m )?not sure "
                       r"(?:about|i (?:can|could|want))|\bi'?d rather (?:not|leave|skip)|\bmaybe not\b|\bnot really\b",
                       re.IGNORECASE)
REPLY_LEAD_WORDS = 4  # the words of a reply that answer the request (a filler such as "Hmm." is read past)


def _declined(reply: str) -> bool:
    """Whether the client's reply turns the task down: its opening words refuse or hesitate and do not accept.
    What the client refuses later in the turn is something else ("Yeah, I can do that. I'm not going to the
    group, though.")."""
    lead = ""
    for a, b in sentence_spans(reply):
        lead = f"{lead} {reply[a:b]}"
        if len(lead.split()) >= REPLY_LEAD_WORDS:
            break
    refusal = _DECLINED.search(lead) or _HESITANT.search(lead)
    return bool(refusal) and not _ACCEPTED.search(lead.replace(refusal.group(0), " "))  # ("not sure" accepts nothing)


_CLAUSE_IMPERATIVE = re.compile(rf",\s+(?:and|then)\s+(?:{_TASK_VERBS})\b", re.IGNORECASE)
_FOLLOW_ON = re.compile(r"^(?:and|also|plus|oh|one more thing|finally|lastly|last thing|maybe|perhaps|and then)\b",
                        re.IGNORECASE)
_WH_QUESTION = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+)?(?:what|how|why|when|where|which|who|whose|is|are|do|"
                          r"does|did|have|has)\b.*\?\s*$", re.IGNORECASE)
_NOTE_FORM_THING = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+)?(?:an?|the|some|one|your)\s+(?!\w+ing\b)\w+",
                              re.IGNORECASE)  # "So an actual kitchen timer, sitting on your desk."
NOTE_FORM_WORDS = 12  # the most words of a note-form sentence just before a request, taken with it
_WHEN_REQUEST = re.compile(r"^(?:and\s+|so\s+)?(?:when|whenever|if)\b[^?]*,\s*(?:could|can|would|will) you\b",
                           re.IGNORECASE)
# A suggestion asked as a question: "How about just jotting down one good moment a day?"
_SUGGESTION = re.compile(r"^(?:so,?\s+|and\s+|okay,?\s+|well,?\s+)?(?:how|what) about (?:just |maybe |you )?\w+ing\b",
                         re.IGNORECASE)
# A sentence that announces another task: "And the second thing.", "One more thing for the week."
_NEXT_TASK = re.compile(r"\b(?:second|third|next|other|another|one more|last) (?:thing|task|bit|job|piece)\b|"
                        r"^(?:and\s+|so\s+)?(?:one|a) (?:small |quick |little |practical |last |more )*"
                        r"(?:thing|task|job|piece|challenge)\b",
                        re.IGNORECASE)
# A task for the session itself: "Today I'd like you to touch the handle", "Right now, could you ...".
_NOW_TASK = re.compile(r"^(?:(?:so|okay|ok|right|and|now),?\s+)*(?:today|right now|now|in (?:the )?session|here|"
                       r"in here)\b,?\s+(?:i'?d like you to|i want you to|i would like you to|let's|could you|can you|"
                       r"would you)", re.IGNORECASE)
FRAME_WORDS = 8  # the most words of a sentence that only frames the next one's request in time
# A task whose object points back at the sentence before: "For homework, try that three mornings this week."
_ANAPHOR_TASK = re.compile(r"^(?:try|do|practi[cs]e|repeat|use|run|test)\s+(?:that|this|it|them|those)\b", re.IGNORECASE)
ANAPHOR_WORDS = 40  # the most words of the sentence a task points back at
FOLLOW_TURNS = 2  # a task set in everyday words counts up to the clinician's second turn after the last task set
MAX_HOMEWORK = 6


def extract_homework(segments: Sequence[Segment]) -> list[Fact]:
    """Homework the clinician set: the assigning sentences of the clinician's turns (at most six), and the
    instructions said in everyday words just after them ("And pack a lunch for library days")."""
    facts: list[Fact] = []
    seen: set[str] = set()
    last_task: int | None = None  # the segment index of the last task set
    segs = list(segments)
    sents = _sentences(segs)
    for s in sents:
        if not _is_therapist(s.seg):
            continue
        if _WH_QUESTION.search(s.text) and not _WHEN_REQUEST.match(s.text) and not _SUGGESTION.match(s.text):
            continue  # "What could you do differently on payday?" asks, it does not set ("When ..., could you ...?" does)
        turns = None if last_task is None else sum(
            1 for x in segs[last_task + 1: s.index + 1] if _is_therapist(x))
        prev_sent = next((x for x in reversed(sents) if x.seg is s.seg and x.end <= s.start), None)
        follows = turns is not None and turns <= FOLLOW_TURNS and (
            _FOLLOW_ON.search(s.text) or turns == 0 or bool(prev_sent and _NEXT_TASK.search(prev_sent.text)))
        request = _REQUEST.search(s.text)
        # A time frame said just before, in a short sentence of the turn: "And one practical thing this week.
        # Could you ...?"
        framed_before = bool(prev_sent and len(prev_sent.text.split()) <= FRAME_WORDS
                             and _TIME_FRAME.search(prev_sent.text) and not _PAST_HOMEWORK.search(prev_sent.text))
        cued = bool(_HOMEWORK_CUE.search(s.text) or (request and (
            _TIME_FRAME.search(s.text) or framed_before or _DAY_FRAME.search(s.text[request.start():]) or follows or _OUTSIDE.search(s.text[request.start():]))))
        if not cued and _IMPERATIVE.search(s.text):
            cued = bool(follows or _TIME_FRAME.search(s.text) or re.search(
                r"\b(?:a|per|each|every) (?:day|night|morning|evening|week)\b", s.text, re.IGNORECASE))
        if not cued and not s.text.rstrip().endswith("?") and not _SUBJECT.search(s.text) \
                and not _STATEMENT_VERB.search(s.text) and not _NEXT_TASK.search(s.text) and len(s.text.split()) >= 5:
            cued = bool(_TIME_FRAME.search(s.text) or (
                re.search(rf"\b(?:{_WEEKDAY})\b", s.text, re.IGNORECASE) and _CLAUSE_IMPERATIVE.search(s.text)))
        if not cued:
            continue
        if _NEXT_TASK.search(s.text) and not request and not _IMPERATIVE.search(s.text) \
                and len(s.text.split()) <= FRAME_WORDS:
            continue  # "One small job for the weekend.": it announces the task the next sentence sets
        if _PAST_HOMEWORK.search(s.text):
            continue
        if _NOW_TASK.match(s.text) and not _TIME_FRAME.search(s.text):
            continue  # "Today I'd like you to touch the handle, then ...": done in the session, not homework
        reply = segs[s.index + 1] if s.index + 1 < len(segs) else None
        if reply is not None and not _is_therapist(reply) and s.end >= len(s.seg.text.rstrip()) - 1 \
                and _declined(reply.text):
            continue
        if _APPOINTMENT_CUE.search(s.text) and _DATE_RE.search(s.text) and not _TASK.search(s.text):
            continue  # "I'll book you in for next week" is the appointment, not a task
        task = _homework_task(s.text)
        if len(task.split()) < 3:
            continue
        evidence = [s.evidence()]
        prev = next((x for x in sents if x.seg is s.seg and x.end <= s.start and not x.text[x.end - x.start:].strip()
                     and s.seg.text[x.end: s.start].strip() == ""), None)
        if prev is not None and not _SUBJECT.search(prev.text) and not prev.text.rstrip().endswith("?") \
                and 3 <= len(prev.text.split()) <= NOTE_FORM_WORDS and _NOTE_FORM_THING.match(prev.text) \
                and not _NEXT_TASK.search(prev.text):
            # "So an actual kitchen timer, on your desk. Could you have a go at two Pomodoros each morning?": the
            # note-form sentence before the request says what the task uses.
            task = f"{_homework_task(prev.text)}; {task}"
            evidence.insert(0, prev.evidence())
        if _ANAPHOR_TASK.match(task) and prev_sent is not None and not prev_sent.text.rstrip().endswith("?") \
                and len(prev_sent.text.split()) <= ANAPHOR_WORDS and prev_sent.evidence() not in evidence:
            task = f"{_homework_task(prev_sent.text)}; {task}"
            evidence.insert(0, prev_sent.evidence())
        if _DRUG_RE.search(task) and (_doses(task) or any(p.search(task) for p, _ in _CHANGES)):
            continue  # "go up to one and a half tablets of the 100 sertraline": the medication fact says it
        key = " ".join(sorted(set(task.lower().split())))
        if key in seen:
            continue
        seen.add(key)
        claim = f"Homework: {task}."
        facts.append(Fact(kind="homework", value={"task": task}, claim=claim, sentence=claim, evidence=evidence))
        last_task = s.index
        if len(facts) == MAX_HOMEWORK:
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
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "twenty-one": 21}
_DAYS_WORDS = "|".join(sorted(_DAYS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_DATE_RE = re.compile(
    rf"\s*(?P<week_on>(?:a|one) (?:week|fortnight) on (?:{_WEEKDAY})|(?:the\s+)?(?:{_WEEKDAY}) after next|"
    rf"(?:{_WEEKDAY}) (?:week|fortnight)\b)"
    rf"|(?P<week_of>(?:the\s+)?(?:first|second|third|fourth|last) week (?:of|in) (?:{_MONTH}))\b"
    rf"|(?P<rel>same time next week|this time next week|the week after next|next week|"
    rf"(?:in|after) (?:a|one|two|three|four|five|six|eight|[1-9]|1[0-2]) weeks?(?:'? time)?|"
    rf"for (?:a|one|two|three|four|five|six|eight|[1-9]|1[0-2]) weeks?'? time|"
    rf"(?:in|after) (?:{_DAYS_WORDS}|[1-9]|1[0-9]|2[0-1]) days?(?:'? time)?|"
    rf"(?:a|one|two|three|four|five|six|[1-6]) weeks? (?:today|tomorrow|from (?:today|now)|on from today)|"
    rf"(?:in )?a fortnight(?:'s time| today| tomorrow| from (?:today|now))?|in two weeks'? time|in a month|"
    rf"next month|a month (?:today|from (?:today|now))|tomorrow|la (?:pr[oó]xima|otra) semana|"
    rf"en (?:dos|2|una|1) semanas?|ma[nñ]ana)"
    rf"|(?P<wd_mod>next|this|coming|on|el|este|el pr[oó]ximo)?\s*(?P<weekday>{_WEEKDAY})s?\b"
    rf"(?:,?\s*(?:the\s+)?(?P<wd_day>{_ORD})(?:\s+(?:of\s+)?(?P<wd_month>{_MONTH}))?)?"
    rf"|(?:on\s+)?(?:the\s+)?(?P<day>{_ORD})\s+(?:of\s+)?(?P<month>{_MONTH})\b"
    rf"|(?:on\s+)?(?P<month2>{_MONTH})\s+(?:the\s+)?(?P<day2>{_ORD})\b"
    # "the 24th", "on the twelfth" (not "the first signs", "the second time": an ordinal before a noun counts)
    rf"|(?:on\s+)?the\s+(?P<day3>{_ORD})\b(?!\s+(?:of\s+)?(?:{_MONTH})|\s+(?!at\b|of\b|on\b|in\b|for\b|or\b|and\b|"
    rf"then\b|instead\b|with\b|if\b|is\b|works?\b|suits?\b|please\b|then\b|that\b|again\b)[a-z]+)",
    re.IGNORECASE)
_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TIME_RE = re.compile(
    # a clock time that needs no "at": "half two", "quarter to four", "four fifteen", "10:30", "3pm"
    rf"\b(?P<bare>(?:half (?:past )?{_CLOCK_WORD}|quarter (?:past|to) {_CLOCK_WORD}|"
    rf"{_CLOCK_WORD}[- ](?:fifteen|thirty|forty[- ]five|o'clock)|\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}\s*(?:am|pm|a\.m\.|p\.m\.)|"
    rf"{_CLOCK_WORD}\s*(?:am|pm|a\.m\.|p\.m\.))"
    rf"(?:\s*(?:am|pm|a\.m\.|p\.m\.|in the morning|in the afternoon|in the evening))?)(?![\w:.]\d)"
    r"|\b(?:at\s+|a las\s+)(?P<time>(?:\d{1,2}(?:[:.]\d{2})?|"
    rf"{_CLOCK_WORD}[- ](?:fifteen|thirty|forty[- ]five|o'clock)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
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
    if g.get("week_on"):  # "a week on Thursday", "Thursday week": the Thursday after the coming one
        weekday = next(WEEKDAYS[w] for w in g["week_on"].lower().split() if w in WEEKDAYS)
        weeks = 2 if "fortnight" in g["week_on"].lower() else 1  # "Thursday fortnight": a week later still
        return _weekday_after(session, weekday, None) + timedelta(days=7 * weeks)
    if g.get("week_of"):  # "the first week of August": its first day
        words = g["week_of"].lower().split()
        nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[words[-4]]
        start = _next_date(session, MONTHS[words[-1]], 1)
        return start + timedelta(days=7 * (nth - 1)) if start else None
    if g.get("rel"):
        rel = g["rel"].lower()
        extra = 1 if "tomorrow" in rel and rel != "tomorrow" else 0  # "a fortnight tomorrow"
        if rel == "tomorrow" or rel.startswith("ma"):
            return session + timedelta(days=1)
        if "after next" in rel:
            return session + timedelta(days=14)
        if "fortnight" in rel:
            return session + timedelta(days=14 + extra)
        if "month" in rel:
            return session + timedelta(days=28)
        days = re.search(rf"\b({_DAYS_WORDS}|\d+) days?\b", rel)
        if days:  # "in ten days"
            return session + timedelta(days=_DAYS.get(days.group(1), 0) or int(days.group(1)))
        n = re.search(r"\b(a|one|two|three|four|five|six|eight|una|dos|\d+)\b", rel)
        weeks = {"a": 1, "one": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "eight": 8}.get(
            n.group(1) if n else "", int(n.group(1)) if n and n.group(1).isdigit() else 1)
        return session + timedelta(days=7 * weeks + extra)
    if g.get("weekday"):
        weekday = WEEKDAYS[g["weekday"].lower()]
        if g.get("wd_day"):
            day = _ordinal(g["wd_day"])
            month = MONTHS.get((g.get("wd_month") or "").lower()) if g.get("wd_month") else None
            when = _next_date(session, month, day, weekday=None if month else weekday) if day else None
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


def _next_date(session: date, month: int | None, day: int, *, weekday: int | None = None) -> date | None:
    """The first date after the session with this day (and month, when given; and weekday, when given: "Friday the
    3rd" is the next 3rd that is a Friday)."""
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
            if weekday is None or when.weekday() == weekday:
                return when
    return candidates[0] if candidates else None  # a weekday said wrongly: the day of the month wins


# Cues a clinician uses when booking ("we'll meet in a fortnight", "could we meet Monday the 14th", "Next
# Wednesday, the 25th, I can only do eleven"): taken from the clinician's turns only.
_CLINICIAN_APPOINTMENT_CUE = re.compile(
    r"\b(?:meet|shall we say|let's say|i can (?:only )?do|catch up|move (?:you|it|that|us) to|make it|"
    r"i've got (?:a |an )?(?:slot|space|opening|gap)|"
    r"pencil (?:you |that )?in|slot|next week is|back here|"
    # a day proposed or changed: "could we do Wednesday week instead", "I had you down for Monday"
    r"(?:could|can|shall) we (?:do|say|go for|make it|meet|try)|(?:does|would) that (?:work|suit)|"
    r"let's (?:book|do|go for)|book (?:the|us|you for)|"
    r"i (?:had|have) you (?:down|booked|pencilled) (?:in )?for|you're (?:down|booked) for|"
    r"i've (?:got|put) you (?:down )?for)\b", re.IGNORECASE)
# Someone else's appointment or date: the GP, a blood test, an exam ("your lithium level in three months").
_OTHER_DATE = re.compile(
    r"\b(?:gp|doctor|dentist|psychiatrist|consultant|nurse|dr\.? [A-Z][a-z]+|hospital|scan|blood (?:test|tests|"
    r"work)|bloods|level|review with|court|hearing|interview|exam|deadline|essay|due|birthday|wedding|funeral|"
    r"holiday to|flight)\b", re.IGNORECASE)
_OURS = re.compile(r"\b(?:see you|we'll meet|we meet|meet (?:again|next|on|in|after)|our next|with me|i'll see|"
                   r"here at the (?:clinic|practice|surgery|centre|center|house)|next \w+(?:'s| is) due|"
                   r"come back|back here|next (?:session|appointment)|same time)\b", re.IGNORECASE)
_AFTER_BREAK = re.compile(r"\bafter (?:the )?(?:holidays?|break|bank holiday|half[- ]term|christmas|new year|"
                          r"easter|summer|your (?:holiday|exams?|deadlines?))\s*,?\s*(?:on\s+)?(?:the\s+)?$",
                          re.IGNORECASE)
_DATE_JOIN = re.compile(r"^[\s,]*(?:on|is|so|or rather|that's|that is|instead|then)?[\s,]*$", re.IGNORECASE)
_CORRECTION = re.compile(r"\b(?:but|so|instead|actually|move (?:\w+ )?to|change (?:\w+ )?to|make it)\b", re.IGNORECASE)
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|not)\s+(?:on\s+)?$", re.IGNORECASE)
FALLBACK_SHARE = 0.3
CONFIRM_TURNS = 2  # segments after a booking sentence in which the clinician's date settles it
CONFIRM_WORDS = 16  # with no booking cue, a clinician's dated sentence in the last 30% of the session


def _easter(year: int) -> date:
    """Easter Sunday (Western churches; the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _break_anchor(said: str, session: date) -> date | None:
    """The last day of a break a date is said after, when the calendar fixes it: Easter Sunday, Boxing Day, New
    Year's Day (the next one after the session); school holidays and "the break" are not resolvable."""
    low = said.lower()
    if not low.startswith("after"):
        return None
    for year in (session.year, session.year + 1):
        if "easter" in low:
            day = _easter(year)
        elif "christmas" in low:
            day = date(year, 12, 26)
        elif "new year" in low:
            day = date(year + 1, 1, 1) if session.month == 12 else date(year, 1, 1)
        else:
            return None
        if day >= session:
            return day
    return None


def _specificity(m: re.Match[str]) -> int:
    g = m.groupdict()
    if g.get("day") or g.get("day2") or g.get("day3") or g.get("wd_day"):
        return 3  # a day of the month
    return 2 if g.get("weekday") or g.get("week_on") else 1


def _date_phrase(text: str) -> tuple[re.Match[str], int, int] | None:
    """The date expression a sentence books: the most specific one (a day of the month over a weekday over "next
    week"), with the expressions beside it ("in a fortnight, on the 19th"); (match, start, end)."""
    found = [m for m in _DATE_RE.finditer(text) if m.group(0).strip()
             and m.group(0).strip().lower() not in ("on", "this", "next", "el", "este")]
    if not found:
        return None
    def corrected(i: int) -> int:
        """1: the date after a correction ("Our next session was Wednesday, but ... can we move you to Friday?",
        "I'm out Monday, so let's say Tuesday"); -1: a date set aside ("rather than Monday"); else 0."""
        between = text[found[i - 1].end() if i else 0: found[i].start()]
        if _SET_ASIDE.search(between):
            return -1
        return 1 if i and _CORRECTION.search(between) and not _DATE_JOIN.match(between) else 0

    best = max(range(len(found)), key=lambda i: (_specificity(found[i]) if corrected(i) >= 0 else 0,
                                                 corrected(i), -i))
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
    found_also: Fact | None = None
    fallback: Fact | None = None
    last_cued: int | None = None  # the segment index of the last sentence that booked
    for k, s in enumerate(sents):
        cued = bool(_APPOINTMENT_CUE.search(s.text)) or (
            _is_therapist(s.seg) and bool(_CLINICIAN_APPOINTMENT_CUE.search(s.text)))
        if not cued and _is_therapist(s.seg) and last_cued is not None and s.index - last_cued <= CONFIRM_TURNS \
                and len(s.text.split()) <= CONFIRM_WORDS:
            # The clinician settles the day just after the booking ("Can we do Thursday?" "Thursday at four-fifteen,
            # done."): a weekday or a day of the month said then is the appointment.
            picked = _date_phrase(s.text)
            cued = picked is not None and _specificity(picked[0]) >= 2
        if cued:
            last_cued = s.index
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
        time_said = (t.group("time") or t.group("bare")) if t else None
        phrase = said + (f" at {time_said}" if time_said and not re.search(
            rf"\b{re.escape(time_said)}\b", said, re.IGNORECASE) else "")
        if re.search(r"\bsame time\b", s.text, re.IGNORECASE) and "same time" not in phrase.lower():
            phrase += ", same time"
        claim = f"Next appointment: {phrase}."
        when = resolve_date(m, session) if session else None
        anchor = _break_anchor(said, session) if session else None
        if anchor is not None and m.group("weekday") and not m.group("wd_day"):
            # "after Easter, on the Tuesday": the first Tuesday after Easter Sunday
            when = _weekday_after(anchor, WEEKDAYS[m.group("weekday").lower()], None)
        sentence, derived = claim, None
        if when is not None:
            sentence = f"Next appointment: {phrase} ({when.strftime('%A')} {when.day} {when.strftime('%B %Y')})."
            derived = f"date resolved from the session date {session.isoformat()}"
        fact = Fact(kind="appointment", value={"said": phrase, "date": when.isoformat() if when else None,
                                               "time": time_said},
                    claim=claim, sentence=sentence, derived=derived, evidence=[s.evidence()])
        if cued:
            found = fact
            also = _ALSO_BOOKED.search(s.text, end)
            second = _date_phrase(also.group(0)) if also else None
            if also and second is not None and not _OTHER_DATE.search(also.group("what")):
                # "Thursday at one with me, and skills group on Monday evening as usual": the other fixture
                when2 = resolve_date(second[0], session) if session else None
                said2 = f"{also.group('what').strip()} {also.group(0)[second[1]:second[2]].strip(' ,')}"
                claim2 = f"Also booked: {said2}."
                found_also = Fact(kind="appointment", value={"said": said2, "date": when2.isoformat() if when2
                                                             else None, "time": None, "also": True},
                                  claim=claim2, sentence=claim2 if when2 is None else
                                  f"Also booked: {said2} ({when2.strftime('%A')} {when2.day} "
                                  f"{when2.strftime('%B %Y')}).",
                                  derived=derived, evidence=[s.evidence()])
            else:
                found_also = None
        else:
            fallback = fact
    chosen = found or fallback
    if chosen is None:
        return []
    extra = found_also if found is not None and found_also is not None \
        and found_also.evidence[0] == found.evidence[0] else None
    return [chosen, extra] if extra else [chosen]


# Another fixture booked in the same sentence: "..., and skills group on Monday evening", "and the family session
# on the 12th".
_ALSO_BOOKED = re.compile(
    r",?\s+and\s+(?:then\s+)?(?P<what>(?:the\s+|your\s+|our\s+)?(?:[\w']+[- ])?(?:group|session|review|clinic|"
    r"meeting|call|appointment|class|workshop|check-in))\s+(?:is\s+)?(?:on|at|next|this)\s+[^.;!?]{2,40}",
    re.IGNORECASE)


# --- risk enquiry --------------------------------------------------------------------------------------------

# The clinician's risk questions (NICE NG225 self-harm assessment; C-SSRS screen wording): thoughts of suicide or
# of being better off dead, self-harm, plans and means, safety at home; asked, or raised from a questionnaire item
# ("On the question about harming yourself, you ticked 'hardly ever'. Can we talk about that?").
_RISK_ENQUIRY = re.compile(
    r"\b(?:suicid\w*|kill(?:ing)? yourself|end(?:ing)? (?:your|it) (?:life|all)|tak(?:e|ing) your (?:own )?life|"
    r"(?:harm|hurt)(?:ing)? yourself|self[- ]harm\w*|better off (?:dead|without you)|not (?:being )?(?:here|around)|"
    r"thoughts? (?:of|about) (?:death|dying)|wish(?:ed|ing)? you were dead|(?:a )?plan (?:to|for) (?:end|hurt|harm)|"
    r"safe (?:at home|tonight|right now|to go home)|item (?:9|nine)|question (?:9|nine))",
    re.IGNORECASE)
_ENQUIRY_FORM = re.compile(r"\?\s*$|\b(?:can|could) we (?:talk|go) (?:about|over|through)|\btell me (?:more )?about|"
                           r"\bi (?:need|have) to ask|\bi ask everyone|\bi'?d like to ask", re.IGNORECASE)
ANSWER_WORDS = 40  # the most words of the client's answer kept with a risk question


def extract_risk_enquiry(segments: Sequence[Segment]) -> list[Fact]:
    """The clinician's risk questions and the client's answers, each with its evidence. Not a risk rating: the
    draft's risk finding is the safety screen's, and the clinician documents the assessment."""
    sents = _sentences(segments)
    segs = list(segments)
    facts: list[Fact] = []
    for k, s in enumerate(sents):
        if not _is_therapist(s.seg) or not _RISK_ENQUIRY.search(s.text):
            continue
        turn = [x for x in sents[k: k + 3] if x.seg.id == s.seg.id]
        asked = next((x for x in turn if _ENQUIRY_FORM.search(x.text)), None)
        if asked is None or any(s.seg.id in f.segment_ids for f in facts):
            continue
        evidence = [s.evidence()] + ([asked.evidence()] if asked is not s else [])
        answer = segs[s.index + 1] if s.index + 1 < len(segs) else None
        said = " ".join(x.text for x in ([s] if asked is s else [s, asked]))
        claim = f"Risk enquiry: {said}"
        if answer is not None and not _is_therapist(answer):
            reply = [x for x in sents if x.seg.id == answer.id]
            kept: list[_Sent] = []
            for x in reply:
                if kept and sum(len(y.text.split()) for y in kept) + len(x.text.split()) > ANSWER_WORDS:
                    break
                kept.append(x)
            evidence += [x.evidence() for x in kept]
            claim += f" Answer: {' '.join(x.text for x in kept)}"
        facts.append(Fact(kind="risk", value={"question": said}, claim=claim, sentence=claim, evidence=evidence))
    return facts


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
