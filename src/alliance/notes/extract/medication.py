"""Medications: names (generic and brand), doses, frequency and changes, the client's and not a relative's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from alliance.notes.extract.common import (
    _HALF, _NEGATED, NUMBER, Fact, _Sent, _is_therapist, _lower_first, parse_number, _sentences,
)
from alliance.notes.extract.drugs import generic_of, is_brand
from alliance.notes.facts import MEDICATIONS
from alliance.notes.transcripts import Segment


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


_MEDICATIONS_FILE = Path(__file__).parent.parent / "data" / "medications.txt"


def _load_medications(path: Path = _MEDICATIONS_FILE) -> dict[str, list[str]]:
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

# A brand's product line said after it is part of its name: "Panadol Osteo", "Seroquel XL", "Ventolin Evohaler".
_PRODUCT_LINE = (r"(?:\s+(?-i:Osteo|Forte|Extra|Plus|Rapid|Retard|Continus|Evohaler|Accuhaler|Easyhaler|Turbohaler|"
                 r"Junior|Solutab|Velotab|XL|XR|SR|CR|ER|MR|LA|ODT)\b)?")
_DRUG_RE = re.compile(r"\b((?:" + "|".join(sorted((re.escape(d) for d in DRUG_NAMES), key=len, reverse=True))
                      + r")\b" + _PRODUCT_LINE + ")", re.IGNORECASE)
_PRODUCT_LINE_END = re.compile(_PRODUCT_LINE.removeprefix("(?:").removesuffix(")?") + "$")
_UNIT = (r"mg|mgs|milligrams?|miligramos?|mcg|micrograms?|µg|ug|mls?|mils?|millilit(?:er|re)s?|mililitros?|grams?|"
         r"gramos?|g|units?|unidades|iu")
_DOSE_RE = re.compile(rf"(?P<num>\b(?:{NUMBER})|{_HALF})\s*-?\s*(?P<unit>{_UNIT})\b", re.IGNORECASE)
_FREQ_RE = re.compile(
    r"\b(?:once|twice|three times|una vez|dos veces)(?: a| per| al)? (?:day|daily|night|week|d[ií]a|semana)"
    r"|\bevery (?:other|second|third) (?:day|night|morning|evening|week)\b|\b(?:on )?alternate (?:days|nights)\b"
    r"|\b(?:every|each|at|in the|por la|cada|at bed ?time)\s+(?:morning|evening|night|bedtime|day|ma[nñ]ana|"
    r"noche|d[ií]a)s?\b|\bat bedtime\b|\bdaily\b|\bnightly\b|\bas needed\b|\bwhen needed\b|\bas and when\b|\bprn\b|"
    r"\bal d[ií]a\b|\b(?:one|two|three|four|a|an|\d+)\s+(?:(?:tablets?|capsules?|pills?)\s+)?(?:a|per|each)\s+"
    r"(?:day|night|morning|evening)\b", re.IGNORECASE)
# The schedule said right after the dose, kept verbatim: "25 milligrams when I can't settle", "5 milligrams up to
# three times a day", "50 mg a day", "25 milligrams for the first week"; one clause only, the next one is not taken.
_SCHEDULE_PIECE = re.compile(
    r"\s*,?\s*(?P<piece>(?:(?:up to|at most|no more than)\s+)?(?:once|twice|three times|four times|(?:one|two|three|four|"
    r"\d+) (?:tablets?|capsules?|pills?|puffs?))(?: a| per)? (?:day|night|week|morning|evening)"
    r"|(?:a|per|each) (?:day|night|week)|daily|nightly|(?:every|each|at|in the) (?:morning|evening|night|bedtime|day)s?"
    r"|at bed ?time|as needed|when needed|as required|if needed|prn"
    r"|for the (?:first|next) (?:week|fortnight|few days|two weeks|month)|for (?:a|one|two) (?:week|weeks|fortnight)"
    r"|(?:only )?(?:when|if|whenever) (?:i|you|he|she|they|it|the|my|your)\b[^,.;:?!]{1,40}?)"
    r"(?=\s*(?:[,.;:?!]|$|\b(?:and|but|then|maybe|probably|so|since|until|which)\b))", re.IGNORECASE)
SCHEDULE_PIECES = 3


def _schedule_after(text: str, end: int) -> str | None:
    """The schedule and as-needed condition said right after a dose ending at end, verbatim with what joins it to
    the dose (" when I can't settle", ", up to three times a day"); None if none."""
    pieces, pos = 0, end
    while pieces < SCHEDULE_PIECES:
        m = _SCHEDULE_PIECE.match(text, pos)
        if m is None:
            break
        pieces, pos = pieces + 1, m.end()
    return text[end:pos].rstrip() or None


# (pattern, change); the first that matches near the drug name wins, so specific patterns come first.
_CHANGES: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), c) for p, c in (
    (r"\bswitch(?:ed|ing)?\b|\bswap(?:ped|ping|s)?\b|\breplac(?:e|ed|ing)\b|"
     r"\bchang(?:e|ed|ing) (?:me |you |it )?(?:from|over|to)\b|\bmov(?:e|ed|ing) (?:me |you )?(?:from|over|onto)\b|\bcambi(?:ó|o|ar|amos)\b",
     "switched"),
    (r"\b(?:increas(?:e|ed|ing)|upp(?:ed|ing)|rais(?:ed|ing)|went up|gone up|go up|bump(?:ed|ing)?(?! into)|"
     r"(?:put|take|taking|took|bring|brought|step|move|moving) (?:me |it |my |her |his |the )?"
     r"(?!(?:lift|stairs|escalator|elevator|steps) )(?:[\w-]+ )?up|doubl(?:ed|ing)|titrat(?:ed|ing) up|sub(?:ió|io|ir)|aument(?:ó|o|ar|amos))\b",
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
     r"tapered (?:me |myself |it |them )?off|t(?:ook|aken?) (?:me |her |him |them )?off|quit|discontinu(?:e|ed|ing)|no longer|given up|gave up|binned|ditch(?:ed|ing)?|"
     r"dej(?:é|e|ó|o|ar)(?: de tomar)?|suspend(?:ió|io|er|imos))\b", "stopped"),
    (r"\b(?:miss(?:ed|ing)?|forg(?:o|e)t(?:ten)?(?! to (?:tell|mention|say|ask|bring|let))|skipp?(?:ed|ing)?|r[au]n(?:ning)? out|haven't been taking|"
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
    """One generic name for every name of a drug: the lexicon's brands, then the drug dictionary's names."""
    key = name.lower()
    if key not in BRANDS and key not in GENERICS:
        key = _PRODUCT_LINE_END.sub("", name).lower()  # "Panadol Osteo": paracetamol
    if key in BRANDS:
        return BRANDS[key]
    found = generic_of(key)
    if key in GENERICS and (found is None or found not in GENERICS):
        return key  # the lexicon's own generic ("vitamin d", not ergocalciferol)
    return found or key


# A brand the lexicon lacks counts as a drug where the sentence is about medicines (a brand may also be a name:
# "Allegra"); a generic name the dictionary knows counts anywhere.
_MEDICINE_TALK = re.compile(r"\b(?:tablets?|pills?|capsules?|medic\w*|prescri\w*|doses?|inhalers?|puffs?|patch(?:es)?|"
                            r"cream|injections?|liquid|drops|mg|milligrams?|micrograms?|mcg|ml|mls)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def _drug_mentions(text: str) -> list[re.Match[str]]:
    """The drug names in a text, in order (group 1 the name as said): the lexicon's, then any other name the drug
    dictionary knows (two words before one: "Panadol Osteo" before "Panadol")."""
    found = list(_DRUG_RE.finditer(text))
    taken = [(m.start(), m.end()) for m in found]
    words = [w for w in _WORD.finditer(text) if not any(a < w.end() and w.start() < b for a, b in taken)]
    talk = None
    i = 0
    while i < len(words):
        w = words[i]
        pair = words[i + 1] if i + 1 < len(words) and text[w.end(): words[i + 1].start()] == " " else None
        for span in ((w.start(), pair.end()), (w.start(), w.end())) if pair else ((w.start(), w.end()),):
            name = re.sub(r"'s$", "", text[span[0]: span[1]])
            if generic_of(name) is None:
                continue
            if is_brand(name):
                if talk is None:
                    talk = bool(_MEDICINE_TALK.search(text) or found)
                if not talk:
                    continue
            found.append(re.compile(rf"({re.escape(name)})").match(text, span[0]))
            i += 1 if span[1] == w.end() else 2
            break
        else:
            i += 1
    return sorted(found, key=lambda m: m.start())


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
    if best and len(mentions) == 1:
        # a dose corrected as it is said: "one milligram at night - sorry, she is correcting me - two milligrams"
        later = next((d for d in _doses(text) if d.start() > best[1].end()
                      and d.start() - best[1].end() <= CORRECTION_REACH
                      and _DOSE_CORRECTED.search(text[best[1].end(): d.start()])), None)
        if later is not None:
            return later
    return best[1] if best else None


_DOSE_CORRECTED = re.compile(r"\b(?:sorry|no|i mean|she means|he means|correcting|correction|rather|make that|scratch "
                             r"that|wait)\b", re.IGNORECASE)
CORRECTION_REACH = 60  # characters between a dose and its correction


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
    if _drug_mentions(said) or re.search(r"\b(?:my|your|his|her|their|our)\b", said, re.IGNORECASE):
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
                          r"gets?|getting)(?:,\s+|\s+)(?:the\s+|some\s+|a\s+|his\s+|her\s+|their\s+)?$", re.IGNORECASE)
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


# A third person on medicines: "she's on blood pressure meds", "he takes tablets for his heart".
_THIRD_ON_MEDICINES = re.compile(r"\b(?:he|she|they)(?:'s|'re| is| are| was| were| has| have)?\s+(?:\w+\s+){0,2}?"
                                 r"(?:on|takes?|taking|gets?)\s+(?:\w+\s+){0,3}?(?:tablets|pills|meds|medications?|"
                                 r"medicines?|inhalers?|injections?)\b", re.IGNORECASE)
_VERBLESS_BEFORE = re.compile(r"\W*(?:(?:and|oh|um|uh|like|the|yeah|aye)\W+)*", re.IGNORECASE)
# A person named as the one doing something: "Nora does hers that way", "Tom has his in a pill box".
_NAMED_DOER = re.compile(r"\b(?-i:([A-Z][a-z]+))\s+(?:does|did|has|had|is|was|takes|took|gets|got|keeps|uses)\b")


# A parent or carer who says so in a turn labelled as the client's ("It's Mam here", "Dad again", "that's me,
# Dad"): "he", "she" and "her" are the child who is the client, "I" and "my own" the carer.
_CARER = r"(?:mam|mum|mom|mammy|mummy|mommy|dad|daddy|da|papa|mama|nan|nana|gran|granny|grandma|grandad|grandpa|" \
    r"auntie|aunt|uncle|stepmum|stepmom|stepdad|foster (?:mum|mom|dad|carer)|carer)"
_CARER_VOICE = re.compile(rf"(?:^|[.!?,]\s*)(?:(?:it'?s|this is|that'?s me,?|me,)\s+(?:\w+\s+)?{_CARER}\b|"
                          rf"{_CARER}\s+(?:here|again|speaking)\b)", re.IGNORECASE)


def _carer_turn(seg: Segment) -> bool:
    return seg.speaker == "client" and not _FAMILY_LABEL.match(seg.label or "") \
        and bool(_CARER_VOICE.search(seg.text[:120]))


# A third person as the subject of what happened next, not of the prescribing: "and she stopped talking".
_THIRD_STORY = re.compile(r"\b(?:and|then|so|until)\s+(?:she|he)\s+(?!put|upped|increased|reduced|lowered|raised|said|"
                          r"changed|started|prescribed|gave|switched|moved|wants?|thinks?|took|told|asked)\w+\s+(?!it\b|them\b|"
                          r"me\b|the\b|my\b)\w+", re.IGNORECASE)
STORY_SENTENCES = 12  # the client's sentences before, in which the relative of the story is named


def _third_party(sents: Sequence[_Sent], k: int, start: int) -> bool:
    """Whether the drug named at `start` of sentence k is someone else's (a relative's, a friend's)."""
    text = sents[k].text
    before = text[:start]
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    name = _NAME_POSSESSIVE.search(before) or _NAME_TAKES.search(before)
    if name and name.group(1).lower() not in _NOT_NAMES:
        return True
    if _carer_turn(sents[k].seg):  # the carer speaks of the child's medicines as "his", hers as "my own"
        return bool(_FIRST_PERSON_TAKES.search(clause) or re.search(r"\b(?:my own|myself|I take)\b", clause,
                                                                    re.IGNORECASE))
    if _FAMILY_LABEL.match(sents[k].seg.label or "") and _FIRST_PERSON_TAKES.search(clause):
        return True  # the mother in a family session: "I take Zoloft myself"
    prev = sents[k - 1] if k > 0 and sents[k - 1].seg.id == sents[k].seg.id else None
    if prev is not None and _THEIR_MEDICINES.search(prev.text) and not _FIRST_PERSON.search(clause) \
            and not _FIRST_PERSON.search(prev.text[: _THEIR_MEDICINES.search(prev.text).start()]):
        return True  # a verbless list continuing someone else's medicines
    # A drug named with no subject of its own just after a sentence about someone else taking medicines: "She's on
    # blood pressure meds ... Lisinopril, the twenty."
    if prev is not None and _VERBLESS_BEFORE.fullmatch(before) and _THIRD_ON_MEDICINES.search(prev.text) \
            and not _FIRST_PERSON.search(prev.text):
        return True
    # Someone named just before is the "she" who takes it: "Nora does hers that way. She's on about nine tablets
    # ..., the digoxin": the speaker says nothing of their own in the turn.
    if _THIRD_ON_MEDICINES.search(clause) or _THIRD_TAKES.search(clause):
        turn_before = " ".join(x.text for x in sents[max(0, k - 3): k] if x.seg.id == sents[k].seg.id)
        named = [x.group(1) for x in _NAMED_DOER.finditer(turn_before) if x.group(1).lower() not in _NOT_NAMES]
        if named and not _FIRST_PERSON.search(turn_before + " " + before) and not _carer_turn(sents[k].seg):
            return True
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
    after = text[start:]
    if not _is_therapist(sents[k].seg) and not _FIRST_PERSON.search(text) and _THIRD_STORY.search(after) \
            and any(_RELATIVE_RE.search(x.text) for x in sents[max(0, k - STORY_SENTENCES): k]
                    if not _is_therapist(x.seg)):
        return True  # the drug in a story of a relative: "... then they upped it, and she stopped talking."
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
        if any(_third_party(sents, k, d.start()) for d in _drug_mentions(before)):
            return True
    # "The clinic put him on donepezil": a third person just spoken of, in this or the two sentences before.
    if _THIRD_PRONOUN.search(clause) and not _SELF.search(clause):
        context = " ".join(x.text for x in sents[max(0, k - 2): k + 1])
        return bool(_RELATIVE_RE.search(context))
    return False


# Doses said without a unit: "fluoxetine 40", "half a tablet of the 100", "tapered it from 150 to 75".
_BARE_NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{NUMBER}))"
# A dose said as past, then the dose now in the next sentence of the turn.
_WAS_ON = re.compile(r"\b(?:i|she|he|they|we)(?: was| were|'d been| had been| used to be)\s+(?:on|taking)\s+(?:the\s+)?$",
                     re.IGNORECASE)
_NOW_LEAD = re.compile(r"^\W*(?:(?:and|but|so),?\s+)?(?:now|these days|at the moment|currently)\b", re.IGNORECASE)
_NOW_NUMBER = re.compile(rf"(?<![\w-])(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?", re.IGNORECASE)
_DOSE_FRACTION = re.compile(
    rf"\b(?P<frac>half|a quarter|quarter|one|two|three|a|an)\s+(?:of\s+)?(?:a\s+)?(?:tablets?|pills?|capsules?|"
    rf"tabs?)\s+of\s+(?:the\s+|my\s+|a\s+)?(?P<num>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit>{_UNIT})\b)?"
    # a part of the strength, no tablet named: "half of the twenty", "a quarter of the hundred"
    rf"|\b(?P<frac2>half|a quarter|quarter)\s+of\s+(?:the|my)\s+(?P<num2>{_BARE_NUMBER})(?:\s*-?\s*(?P<unit2>{_UNIT})\b)?",
    re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3}
_AFTER_NAME = re.compile(
    rf"^\s*,?\s*(?:(?:yeah|yes|yep|aye|um|uh|still)\s*,\s*)?(?:at\s+|is\s+|now\s+|(?:up\s+|down\s+|back\s+)?to\s+)?"
    rf"(?P<num>{_BARE_NUMBER})\b", re.IGNORECASE)
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
                              r"blood (?:levels?|tests?)|checks?|tests?|function|results?|scans?|clinic)\b", re.IGNORECASE)
# A medicine told as history, stopped long ago: "I stopped those two years ago", "I used to be on tramadol years
# back", "I stopped the mirtazapine back in the autumn" (not "two weeks ago": a recent change is the session's).
_LONG_AGO = re.compile(r"\b(?:(?:\w+|a few|a couple of) years? ago|years back|back in the (?:spring|summer|autumn|"
                       r"fall|winter)|back in (?:19|20)\d\d|in (?:19|20)\d\d|as a (?:teenager|student|kid|child)|when i was "
                       r"(?:younger|at (?:uni|university|school|college)|a teenager)|used to be on)\b", re.IGNORECASE)
_PAST_TAKING = re.compile(r"\b(?:stopped|came off|quit|used to|had|was on|were on|tried|took|ditched)\b", re.IGNORECASE)
_STILL_NOW = re.compile(r"\b(?:now|currently|still|at the moment|these days|today|this week)\b", re.IGNORECASE)


# A drug's blood level: "the lithium level", "your clozapine levels".
_LEVEL_AFTER = re.compile(r"^(?:'s)?\s+(?:blood\s+)?levels?\b", re.IGNORECASE)


def _dose_after_level(sents: Sequence[_Sent], k: int, generic: str) -> tuple[_Sent, re.Match[str]] | None:
    """The dose taken, said in the next sentences after a drug's blood level (this turn or the next), with its
    unit and no other drug named first; else None."""
    for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
        if nxt.index > sents[k].index + 1:
            return None
        if {_generic(x.group(1)) for x in _drug_mentions(nxt.text)} - {generic}:
            return None
        found = [d for d in _doses(nxt.text) if _TAKING.search(nxt.text[: d.start()])]
        if found:
            return nxt, found[0]
    return None


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

# A drug weighed and not started: "we'll talk about propranolol, but I'm not starting it today".
_NOT_STARTED_AFTER = re.compile(r"^[^.?!]{0,40}?\b(?:(?:i'?m|we'?re|i am|we are) not|(?:i|we) won'?t be|(?:i|we) won'?t)\s+"
                                r"(?:starting|start|prescribing|prescribe|adding|add)\s+(?:it|that|them|this)\b", re.IGNORECASE)


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
        # "from a hundred to fifty": both doses, as said
        label += f" from {text[new.start('old'): new.end('old_unit') if new.group('old_unit') else new.end('old')]}" \
            f" to {text[new.start('num'): new.end()].strip()}"
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
        if _drug_mentions(nxt.text):
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


_STOPPED_BEFORE = re.compile(r"^\W*(?:(?:yes|yeah|no|well|so),?\s+)?(?:i(?:'ve| have)?\s+|we(?:'ve)?\s+|she(?:'s)?\s+|"
                             r"he(?:'s)?\s+)?(?:stopped|quit|came off|come off|ditched|dropped)\s+(?:it|them|those|that|"
                             r"taking (?:it|them))\W*$", re.IGNORECASE)
_TAKES_VERB = re.compile(r"\b(?:take|takes|taking|on|started|start)\b", re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\b(?:now|currently|these days|at the moment)\b[^.,;]{0,15}$", re.IGNORECASE)
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
        mentions = list(_drug_mentions(s.text))
        for j, m in enumerate(mentions):
            name = m.group(1)
            generic = _generic(name)
            level = _LEVEL_AFTER.match(s.text[m.end():])
            if _third_party(sents, k, m.start()) or (_NOT_TAKEN_AFTER.match(s.text[m.end():]) and not level) \
                    or _NOT_TAKEN_BEFORE.search(s.text[: m.start()]) or _NOT_STARTED_AFTER.match(s.text[m.end():]):
                continue
            if _LONG_AGO.search(s.text) and _PAST_TAKING.search(s.text) and not _STILL_NOW.search(s.text):
                continue  # a medicine of the past, stopped long ago: history, not this session's medication
            if level:
                # "your lithium level came back at 0.8 ... You're still taking 900 milligrams at night?": the level is
                # a blood test, the dose said in the next sentences is the drug taken
                taken = _dose_after_level(sents, k, generic)
                if taken is not None and generic not in by_drug:
                    nxt, d = taken
                    freq = _FREQ_RE.search(nxt.text)
                    by_drug[generic] = Fact(kind="medication", value={
                        "name": name, "generic": generic, "dose": d.group(0), "dose_value": parse_number(d.group("num")),
                        "unit": d.group("unit"), "frequency": freq.group(0) if freq else None, "change": None,
                        "schedule": _schedule_after(nxt.text, d.end()),
                        "changes": [], "change_labels": []}, claim="", sentence="", evidence=[s.evidence(), nxt.evidence()])
                    order.append(generic)
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
            sched = _schedule_after(s.text, dose.end()) if dose else None
            frac = _fraction_dose(window)
            if frac and dose is not None and lo + frac[0].start() <= dose.start() < lo + frac[0].end():
                dose = None  # "half a tablet of the 20 mg citalopram": the dose is half of 20 mg
            count = _count_dose(window, m.start() - lo, m.end() - lo, name)
            if dose is None:
                bare = _unitless_dose(window, m.start() - lo, m.end() - lo)
                if bare and count is not None and parse_number(count.group("num")) == bare[1]:
                    bare = None  # "the Ventolin, two puffs": the number counts puffs
                if bare:
                    dose_text, dose_value, unit = bare
            step = _dose_change(window, m.start() - lo, m.end() - lo, planner=_is_therapist(s.seg))
            freq = _FREQ_RE.search(window)
            if dose_text is None and step.dose is None and count is None:
                # "What dose are you on now?" / "A hundred milligrams." - a dose in the next few sentences,
                # unless another drug is named first.
                for nxt in sents[k + 1: k + 1 + LOOKAHEAD]:
                    others = {_generic(x.group(1)) for x in _drug_mentions(nxt.text)} - {generic}
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
                        # "I was on fifty micrograms and now it's seventy-five": the dose said as now
                        d2 = next((d for d in found if _NOW_BEFORE.search(nxt.text[: d.start()])), found[0])
                        dose_text, dose_value, unit = d2.group(0), parse_number(d2.group("num")), d2.group("unit")
                        sched = _schedule_after(nxt.text, d2.end())
                        now_bare = _NOW_DOSE.search(nxt.text, d2.end()) if not _NOW_BEFORE.search(
                            nxt.text[: d2.start()]) and len(found) == 1 else None
                        value_bare = _plausible_dose(now_bare.group("num"), nxt.text[now_bare.end("num"):]) \
                            if now_bare else None
                        if value_bare is not None:  # "I was on 150 milligrams twice a day, now it's seventy-five"
                            dose_text, dose_value, unit = now_bare.group("num"), value_bare, None
                        evidence.append(nxt.evidence())
                        if step.change is None:
                            step = _dose_change(nxt.text, d2.start(), d2.end(), planner=_is_therapist(nxt.seg))
                        freq = freq or _FREQ_RE.search(nxt.text)
                        break
            if step.planned_span and dose is not None and step.planned_span[0] <= dose.start() - lo \
                    < step.planned_span[1]:
                dose_text = dose_value = unit = sched = None  # "I'd like to go up to 100mg": the dose planned
            if step.dose is not None:  # the dose after the change ("from one milligram to two milligrams")
                dose_text, dose_value, unit = step.dose
                sched = None
            elif dose_text is None and count is not None:
                dose_text = f"{count.group('num')} {count.group('unit')}"
                dose_value, unit = parse_number(count.group("num")) or 0.5, count.group("unit")
            change, label = step.change, step.label
            previous_dose = None
            nxt = sents[k + 1] if k + 1 < len(sents) and sents[k + 1].seg.id == s.seg.id else None
            if dose_text is not None and step.dose is None and nxt is not None and _WAS_ON.search(s.text[: m.start()]) \
                    and _NOW_LEAD.match(nxt.text) and not _drug_mentions(nxt.text):
                # "I was on the zopiclone, the seven and a half, for years. Now I'm cutting them in half - three
                # point seven five": the dose now, the one before kept beside it
                now = next((x for x in _NOW_NUMBER.finditer(nxt.text) if _plausible_dose(
                    x.group("num"), nxt.text[x.end("num"):]) is not None), None)
                if now is not None and parse_number(now.group("num")) != dose_value:
                    previous_dose = dose_text
                    dose_text, dose_value, unit = now.group(0).strip(), parse_number(now.group("num")), now.group("unit")
                    evidence.append(nxt.evidence())
            prev = sents[k - 1] if k > 0 and sents[k - 1].seg.id == s.seg.id else None
            if change is None and prev is not None and _STOPPED_BEFORE.match(prev.text) \
                    and not _drug_mentions(prev.text) and not _TAKES_VERB.search(s.text[: m.start()]):
                # "I stopped it. The five milligram Ambien.": the stop said first, the drug named after it
                change, label = "stopped", _change_label("stopped", prev.text.strip().rstrip("."))
                evidence.insert(0, prev.evidence())
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
                     "frequency": freq.group(0) if freq else None, "change": change, "schedule": sched,
                     "changes": [change] if change else [], "change_labels": [label or change] if change else []}
            if previous_dose:
                value["previous_dose"] = previous_dose
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
                if fact.value.get("dose") and fact.value.get("dose_value") != value["dose_value"] \
                        and not fact.value.get("previous_dose") and (fact.value.get("unit") or "").lower().rstrip(
                            "s") not in _COUNT_UNITS:
                    # "The sertraline, the 100 milligrams, ..." then "drop the sertraline down to 50 mg": the dose
                    # taken until now is kept beside the new one
                    fact.value["previous_dose"] = fact.value["dose"]
                fact.value["dose"] = None  # "... comes down from sixty to fifty-five mils": the dose after the change
            for key in ("dose", "frequency", "schedule"):
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
            # Another name for the same drug ("the Luvox?" "The fluvoxamine, yeah"): one drug, both names said.
            known = {x.group(1).lower() for e in fact.evidence for x in _drug_mentions(e.text)}
            if name.lower() not in known:
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
        said = {x.group(1).lower(): x.group(1) for e in fact.evidence for x in _drug_mentions(e.text)
                if _generic(x.group(1)) == generic}
        said.pop(v["name"].lower(), None)
        v["names"] = [v["name"], *said.values()]
        head = v["name"] + "".join(f" ({n})" for n in said.values())
        if v["dose"] and not v["unit"] and re.fullmatch(_BARE_NUMBER, v["dose"], re.IGNORECASE):
            head, words = f"{head} {v['dose']}", [k for k in ("frequency",) if v[k]]  # "fluoxetine 40"
        else:
            words = [k for k in ("dose", "frequency") if v[k]]
        sched = (v.get("schedule") or "").strip(" ,")
        if sched and v["frequency"] and v["frequency"].lower() in sched.lower():
            words = [k for k in words if k != "frequency"]  # "up to three times a day" holds "three times a day"
        # the schedule as said after the dose, after it: "25 milligrams, when I can't settle"
        parts = [head] + [_lower_first(v[k]) for k in words[:1]] + ([sched] if sched else []) \
            + [_lower_first(v[k]) for k in words[1:]]
        if v.get("previous_dose") and v["dose"]:
            parts.append(f"previously {v['previous_dose']}")
        changes = ", then ".join(v["change_labels"])
        fact.claim = f"Medication: {', '.join(parts)}" + (f" ({changes})." if changes else ".")
        fact.sentence = _spaced_units(fact.claim)
        facts.append(fact)
    return facts
