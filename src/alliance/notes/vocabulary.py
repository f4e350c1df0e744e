"""The recogniser's vocabulary: medication and questionnaire names given to Whisper, and its measured effect.

Whisper turns drug names it has rarely heard into ordinary words ("sertraline" -> "search line"). faster-whisper
takes `hotwords` (a text placed before every 30-second window's prompt) and `initial_prompt` (before the first
window only); `transcribe(..., vocabulary=True)` passes `recognition_vocabulary()` as hotwords. `term_error(...)`
measures, on espeak-ng speech, the share of medication and instrument names not recognised, with and without it
(`alliance notes vocabulary-check`; figures in docs/notes.md).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Literal

# The drugs most prescribed in outpatient mental health (generic names; Whisper knows most brand names), and the
# questionnaires read out in session. Kept under about 200 Whisper tokens: a hotwords text longer than half the
# decoder's window (224 tokens) is cut.
VOCABULARY_DRUGS = (
    "sertraline fluoxetine citalopram escitalopram paroxetine venlafaxine duloxetine mirtazapine bupropion "
    "trazodone vortioxetine amitriptyline lithium lamotrigine valproate quetiapine olanzapine risperidone "
    "aripiprazole lurasidone clozapine lorazepam clonazepam diazepam alprazolam buspirone hydroxyzine "
    "propranolol prazosin zopiclone zolpidem melatonin methylphenidate lisdexamfetamine atomoxetine naltrexone "
    "acamprosate buprenorphine gabapentin pregabalin"
).split()
VOCABULARY_INSTRUMENTS = ("PHQ-9", "GAD-7", "PCL-5", "AUDIT", "CORE-10", "WHO-5", "K10")


def recognition_vocabulary() -> str:
    """The hotwords text: instrument and medication names, comma-separated."""
    return ", ".join([*VOCABULARY_INSTRUMENTS, *VOCABULARY_DRUGS]) + "."


# Sentences of a session (English, espeak-ng's en-us voice), each with the terms it names.
CHECK_SENTENCES: list[tuple[str, tuple[str, ...]]] = [
    ("My doctor increased the sertraline last week and the nausea is better.", ("sertraline",)),
    ("I stopped the quetiapine because it made me so tired in the mornings.", ("quetiapine",)),
    ("Your PHQ-9 score is lower than last month.", ("PHQ-9",)),
    ("The GAD-7 came back in the moderate range today.", ("GAD-7",)),
    ("She switched me from citalopram to escitalopram in January.", ("citalopram", "escitalopram")),
    ("I take mirtazapine at night and it helps me sleep.", ("mirtazapine",)),
    ("The psychiatrist started lamotrigine alongside the lithium.", ("lamotrigine", "lithium")),
    ("I forgot the venlafaxine twice and felt dizzy.", ("venlafaxine",)),
    ("We went through your PCL-5 answers together.", ("PCL-5",)),
    ("I only use lorazepam when the panic gets really bad.", ("lorazepam",)),
    ("The naltrexone takes the edge off the cravings.", ("naltrexone",)),
    ("My GP wants to add aripiprazole to the fluoxetine.", ("aripiprazole", "fluoxetine")),
    ("Your AUDIT score suggests we should talk about drinking.", ("AUDIT",)),
    ("I was on duloxetine before, then bupropion.", ("duloxetine", "bupropion")),
    ("The propranolol helps with the shaking before meetings.", ("propranolol",)),
    ("Let's fill in the CORE-10 at the start of each session.", ("CORE-10",)),
]


def _norm(text: str) -> str:
    text = text.lower().replace("‑", "-")
    text = re.sub(r"\b([a-z]{2,5})[\s-]?(\d{1,2})\b", r"\1\2", text)  # "phq 9", "phq-9" -> "phq9"
    return " " + " ".join(re.findall(r"[a-z0-9]+", text)) + " "


def term_found(term: str, hypothesis: str) -> bool:
    """Whether the term is in the recognised text (case, hyphens and spacing ignored)."""
    return _norm(term) in _norm(hypothesis)


def term_error(*, model: str = "base", mode: Literal["none", "hotwords", "prompt"] = "none",
               voice: str = "en-us") -> dict[str, Any]:
    """Speak every check sentence with espeak-ng, transcribe it, and report the share of terms missed (term
    error), the overall word error rate and the words each missed term became."""
    from alliance.errors import Unavailable
    from alliance.notes.transcription import transcribe, word_error_rate

    if shutil.which("espeak-ng") is None:
        raise Unavailable("espeak-ng is not installed (apt-get install espeak-ng)")
    missed: list[dict[str, str]] = []
    terms = 0
    refs, hyps = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (sentence, names) in enumerate(CHECK_SENTENCES):
            wav = Path(tmp) / f"s{k}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(wav), sentence], check=True)
            result = transcribe(wav, model=model, language="en", vocabulary={"none": False, "hotwords": True,
                                                                             "prompt": "prompt"}[mode])
            refs.append(sentence)
            hyps.append(result.text)
            for name in names:
                terms += 1
                if not term_found(name, result.text):
                    missed.append({"term": name, "heard": result.text})
    return {"model": model, "mode": mode, "terms": terms, "missed": len(missed),
            "term_error": round(len(missed) / terms, 3),
            "word_error": round(word_error_rate(" ".join(refs), " ".join(hyps)), 3), "examples": missed}
