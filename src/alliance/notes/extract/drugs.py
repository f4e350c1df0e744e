"""Drug names from a maintained dictionary: generic and brand names mapped to one generic name.

The dictionary is the one shipped in the `drug-named-entity-recognition` wheel (MIT; DrugBank, MeSH, MedlinePlus
and NHS names, about 100,000 names of 20,000 drugs). Only its data file is read, from the installed package: no
network, no download at run time; it is loaded once a process, on first use (about a second), and kept.

Kept are names of medicines a patient takes (an entry with a MedlinePlus or NHS page): drug classes ("statins"),
laboratory chemicals and street drugs are left out. A US name is given as the international one (acetaminophen
is paracetamol, albuterol salbutamol), as notes in the UK, Ireland and Australia write them.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle  # noqa: S403 - the data file of an installed, pinned package, not user input
import re
from functools import cache
from pathlib import Path

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
