"""Drug names from a maintained dictionary: generic and brand names mapped to one generic name.

The dictionary is the one shipped in the `drug-named-entity-recognition` wheel (MIT; DrugBank, MeSH, MedlinePlus
and NHS names, about 100,000 names of 20,000 drugs). Only its data file is read, from the installed package: no
network, no download at run time; it is loaded once a process, on first use (about a second), and kept.

Kept are names of medicines a patient takes (an entry with a MedlinePlus or NHS page): drug classes ("statins"),
laboratory chemicals and street drugs are left out. A US name is given as the international one (acetaminophen
is paracetamol, albuterol salbutamol), as notes in the UK, Ireland and Australia write them.

The lexicon of the notes' own drug names comes after it (BRANDS, GENERICS, `data/medications.txt`), and the
finding of the drug names said in a text (`_drug_mentions`), one generic name for each (`_generic`).
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle  # noqa: S403 - the data file of an installed, pinned package, not user input
import re
from functools import cache
from pathlib import Path

from alliance.notes.facts import MEDICATIONS

# US adopted names -> international nonproprietary names (WHO INN; BNF).
_INN = {
    "acetaminophen": "paracetamol", "albuterol": "salbutamol", "levalbuterol": "levosalbutamol",
    "epinephrine": "adrenaline", "norepinephrine": "noradrenaline", "thyroxine": "levothyroxine",
    "levothyroxine sodium": "levothyroxine", "meperidine": "pethidine", "glyburide": "glibenclamide",
    "cyclosporine": "ciclosporin", "rifampin": "rifampicin", "dextroamphetamine": "dexamfetamine",
    "isoproterenol": "isoprenaline", "furosemide": "furosemide", "acetylsalicylic acid": "aspirin",
    "polyethylene glycol 3350": "macrogol", "hydrocodone": "hydrocodone", "methylphenidate": "methylphenidate",
}
# Substances the dictionary lists that are not a patient's medicines in a note's medication list.
_NOT_MEDICINES = {"methamphetamine", "cocaine", "medical cannabis", "cannabis", "heroin", "ethanol", "nicotine",
                  "caffeine", "oxygen", "water", "sodium chloride"}
_NAME = re.compile(r"[a-z][a-z'-]*[a-z](?: [a-z][a-z'-]*[a-z])?")


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "drug_ner_dictionary.pkl.bz2"
    return path if path.exists() else None


@cache
def dictionary() -> dict[str, str]:
    """{name said, lower case: generic name} for every medicine name the dictionary holds (empty without it)."""
    path = _data_file()
    if path is None:
        return {}
    with bz2.open(path, "rb") as f:
        data = pickle.load(f)  # noqa: S301 - see the import
    canonical_data = data["drug_canonical_to_data"]
    out: dict[str, str] = {}
    variants = {**{c: [c] for c in canonical_data}, **data["drug_variant_to_canonical"]}  # a generic names itself
    for variant, canonicals in variants.items():
        if len(variant) < 4 or not _NAME.fullmatch(variant):
            continue
        for canonical in canonicals:
            generic = _INN.get(canonical, canonical)
            info = {**(canonical_data.get(canonical) or {}), **(canonical_data.get(generic) or {})}
            if canonical in _NOT_MEDICINES or not ("medline_plus_id" in info or "nhs_url" in info):
                continue
            out.setdefault(variant, generic)
            break
    return out


def generic_of(name: str) -> str | None:
    """The generic name of a drug named by any of its names ("Efexor" -> venlafaxine), or None if unknown."""
    return dictionary().get(name.lower().strip())


def is_brand(name: str) -> bool:
    """Whether the dictionary knows the name as another name of a drug (a brand), not as the generic itself."""
    generic = generic_of(name)
    return generic is not None and generic != name.lower().strip()


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
                   "the contraceptive pill", "the mini pill", "the morning after pill", "hrt",
                   # iron by its salt, as prescribed (BNF 9.1.1): "ferrous sulfate, 200 mg twice a day"
                   "ferrous sulfate", "ferrous sulphate", "ferrous fumarate", "ferrous gluconate"]


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


# A salt named after the drug ("lithium carbonate"), and a combination product said as one name
# ("buprenorphine-naloxone", "co-careldopa" is a brand and stays one word).
_SALT = re.compile(r"([a-z]+) (?:carbonate|citrate|hydrochloride|sulfate|sulphate|fumarate|succinate|tartrate|maleate|"
                   r"mesylate|besylate|bromide|phosphate)")
_COMBINATION = re.compile(r"([a-z]{4,})\s*[-/]\s*([a-z]{4,})")


def _generic(name: str) -> str:
    """One generic name for every name of a drug: the lexicon's brands, then the drug dictionary's names."""
    key = name.lower()
    combo = _COMBINATION.fullmatch(key)
    if combo:  # "buprenorphine-naloxone": one product, both generics
        return f"{_generic(combo.group(1))}/{_generic(combo.group(2))}"
    salt = _SALT.fullmatch(key)
    if salt and salt.group(1) in GENERICS:
        key = salt.group(1)  # "lithium carbonate" is lithium, the drug of the level and the review
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
    found.sort(key=lambda m: m.start())
    # Two drugs joined by a hyphen or slash are one combination product: "buprenorphine-naloxone 16 mg".
    joined: list[re.Match[str]] = []
    for m in found:
        if joined and re.fullmatch(r"\s*[-/]\s*", text[joined[-1].end(): m.start()]) \
                and _COMBINATION.fullmatch(text[joined[-1].start(): m.end()].lower()):
            joined[-1] = re.compile(rf"({re.escape(text[joined[-1].start(): m.end()])})").match(text, joined[-1].start())
            continue
        joined.append(m)
    return joined
