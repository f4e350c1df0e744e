"""The output check: every sentence of a model reply, and the whole reply, before the client sees it.

Deterministic rules written per language (en es fr de pt it), plus the crisis screen and language identification.
A reply is replaced by a written fallback (companion/fallbacks.py) when it:

- diagnoses ("you have depression", "these are signs of PTSD");
- advises on medication or doses (any medicine's name, a dose, "stop taking your pills");
- claims to be a person or a therapist ("I am your therapist", "I'm not an AI");
- promises secrecy from the clinician ("this stays between us", "your therapist won't see this");
- leaves the plan's scope: a topic the clinician steers back to session, or a phone number or web address (crisis
  lines come only from the curated resources: a wrong emergency number is the commonest failure of mental-health
  apps, Pichowicz et al. 2025);
- is not in the client's language (lingua, restricted to the six languages);
- urges harm ("hurt yourself"), or reads as risk to the crisis screen's deterministic layers (patterns,
  composition, context), each sentence and the whole reply. The screen's classifier is left out here: trained on
  clients' messages, it reads ordinary coping instructions as risk ("Let's slow down. Breathe in for four. Then out
  for six." scores moderate), which would replace the very replies the companion is for.

The rules run on text folded to lower case without accents, so they are written without accents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from alliance.safety.levels import Level

CATEGORIES = ("diagnosis", "medication", "persona", "secrecy", "scope", "contact", "language", "risk", "empty")
LABELS = {
    "diagnosis": "Diagnosed or named a condition",
    "medication": "Advice on medication or doses",
    "persona": "Claimed to be a person or a therapist",
    "secrecy": "Promised secrecy from the clinician",
    "scope": "Left the plan's scope (a topic for the session)",
    "contact": "Gave a phone number or web address",
    "language": "Not in the client's language",
    "risk": "Urged harm, or read as risk by the crisis screen",
    "empty": "The model gave no reply",
}


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u00df", "ss"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(text.split())


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# --- diagnosis ---------------------------------------------------------------------------------------------------

_EN_CONDITIONS = (r"(?:clinical |major |severe |mild |generali[sz]ed |social )*(?:depression|anxiety disorder|"
                  r"panic disorder|ptsd|bipolar(?: disorder)?|adhd|ocd|borderline|schizophreni\w*|psychosis|"
                  r"anorexia|bulimia|an? (?:\w+ )?disorder|a mental illness|\w+ disorder)")
DIAGNOSIS = {
    "en": _rx(rf"\byou (?:\w+ )?(?:have|suffer from|are suffering from|have got|'ve got) (?:an? |some )?"
              rf"{_EN_CONDITIONS}",
              rf"\b(?:sounds|looks|seems) like (?:you have |you've got )?{_EN_CONDITIONS}",
              rf"\b(?:signs?|symptoms?|indicative) of {_EN_CONDITIONS}",
              r"\byou(?: are|'re) (?:clinically |probably |likely |clearly )?(?:depressed|bipolar|autistic|"
              r"schizophrenic|anorexic|bulimic|psychotic|an alcoholic|an addict)\b",
              r"\byour diagnosis (?:is|would be)\b", r"\bi (?:would )?diagnose you\b",
              r"\b(?:you )?meet (?:the )?criteria for\b"),
    "es": _rx(r"\b(?:tienes|tiene|padeces|padece|sufres de|sufre de)(?: \w+)? (?:una? |de )?(?:depresion|trastorno|"
              r"tept|bipolar|tdah|toc\b|esquizofrenia|psicosis|anorexia|bulimia|fobia social)",
              r"\b(?:eres|es usted) (?:\w+ )?(?:bipolar|depresiv[oa]|esquizofrenic[oa]|anorexic[oa]|psicotic[oa]|"
              r"alcoholic[oa]|adict[oa])\b",
              r"\b(?:sintomas?|signos?|senales?|suena a|parece una?)(?: \w+)? (?:de )?(?:una? )?(?:depresion|"
              r"trastorno|tept|esquizofrenia|psicosis)",
              r"\btu diagnostico (?:es|seria)\b", r"\bsu diagnostico (?:es|seria)\b"),
    "fr": _rx(r"\b(?:vous avez|tu as|vous souffrez|tu souffres)(?: \w+)? (?:d'|de |une |un |la |d'une |d'un )*"
              r"(?:depression|trouble|tspt|bipolaire|tdah|toc\b|schizophrenie|psychose|anorexie|boulimie)",
              r"\b(?:vous etes|tu es) (?:\w+ )?(?:bipolaire|depressif|depressive|schizophrene|anorexique|"
              r"psychotique|alcoolique)\b",
              r"\b(?:signes?|symptomes?)(?: \w+)? (?:de la |d'une |d'un |du |de )(?:depression|trouble|tspt|"
              r"bipolarite|schizophrenie|psychose)",
              r"\b(?:votre|ton) diagnostic (?:est|serait)\b"),
    "de": _rx(r"\b(?:sie haben|du hast|sie leiden an|du leidest an|sie leiden unter|du leidest unter)(?: \w+){0,2} "
              r"(?:eine |einer |an |einen |einem )?(?:depression|\w*storung|ptbs|bipolar\w*|adhs|schizophrenie|"
              r"psychose|magersucht|anorexie|bulimie)",
              r"\b(?:sie sind|du bist) (?:wahrscheinlich |vermutlich |klar |eindeutig |klinisch )?(?:depressiv|"
              r"bipolar|schizophren|magersuchtig|psychotisch|alkoholiker\w*|suchtig)\b",
              r"\b(?:anzeichen|symptome?|zeichen|hinweise?) (?:einer |fur eine |von einer |von |auf eine )"
              r"(?:depression|\w*storung|ptbs|schizophrenie|psychose)",
              r"\b(?:ihre|deine) diagnose (?:ist|lautet|ware)\b"),
    "pt": _rx(r"\b(?:voce tem|tu tens|voce sofre de|tu sofres de|voce esta com|estas com)(?: \w+)? (?:uma |um |de |da )?"
              r"(?:depressao|transtorno|perturbacao|tept|bipolar|tdah|toc\b|esquizofrenia|psicose|anorexia|bulimia)",
              r"\b(?:voce e|tu es) (?:\w+ )?(?:bipolar|depressiv[oa]|esquizofrenic[oa]|anorexic[oa]|psicotic[oa]|"
              r"alcoolatra)\b",
              r"\b(?:sinais|sintomas|sinal|sintoma)(?: \w+)? (?:de |da |de uma |de um )(?:depressao|transtorno|"
              r"perturbacao|tept|esquizofrenia|psicose)",
              r"\b(?:seu|o seu|teu|o teu) diagnostico (?:e|seria)\b"),
    "it": _rx(r"\b(?:hai|lei ha|soffri di|lei soffre di)(?: \w+)? (?:una |un |di |la |della )?(?:depressione|disturbo|"
              r"dpts|ptsd|bipolare|adhd|doc\b|schizofrenia|psicosi|anoressia|bulimia)",
              r"\b(?:sei|lei e) (?:\w+ )?(?:bipolare|depress[oa]|schizofrenic[oa]|anoressic[oa]|psicotic[oa]|"
              r"alcolizzat[oa])\b",
              r"\b(?:segni|sintomi|segno|sintomo)(?: \w+)? (?:di |della |di una |di un )(?:depressione|disturbo|dpts|"
              r"schizofrenia|psicosi)",
              r"\b(?:la tua|la sua) diagnosi (?:e|sarebbe)\b"),
}

# Softer and verb-final wordings of the same claim ("it sounds like you may be experiencing depression",
# "ich glaube, dass du eine Depression hast"): a diagnosis hedged is still a diagnosis.
_CONDITIONS = {
    "es": r"(?:una? )?(?:depresion|trastorno|tept|bipolar\w*|tdah|toc\b|esquizofrenia|psicosis|anorexia|bulimia)",
    "fr": r"(?:une |un |d'une |d'un )?(?:depression|trouble \w+|tspt|bipolarite|tdah|toc\b|schizophrenie|psychose"
          r"|anorexie|boulimie)",
    "de": r"(?:eine |einer |an einer |unter einer )?(?:depression|\w*storung|ptbs|bipolar\w*|adhs|schizophrenie|psychose"
          r"|magersucht|anorexie|bulimie)",
    "pt": r"(?:uma |um )?(?:depressao|transtorno|perturbacao|tept|bipolar\w*|tdah|toc\b|esquizofrenia|psicose"
          r"|anorexia|bulimia)",
    "it": r"(?:una |un )?(?:depressione|disturbo|dpts|ptsd|bipolare|adhd|doc\b|schizofrenia|psicosi|anoressia|bulimia)",
}
_HEDGED = {
    "en": (rf"\byou (?:\w+ ){{0,3}}(?:experiencing|dealing with|going through|living with|struggling with|showing"
           rf"|displaying|developing|suffering from|having) (?:some |the )?(?:signs of |symptoms of )?(?:an? )?"
           rf"{_EN_CONDITIONS}",
           rf"\b(?:i think|i believe|i suspect|it seems|it sounds|it looks|probably|likely|maybe|perhaps)(?: like| that)?"
           rf" you (?:\w+ ){{0,3}}(?:have|'ve got|got) (?:an? )?{_EN_CONDITIONS}",
           rf"\b(?:this|that|what you describe|what you're describing|these) (?:\w+ ){{0,2}}(?:is|are|could be|might be"
           rf"|may be|sounds like|looks like|seems like) (?:\w+ ){{0,2}}(?:a sign of |signs of |symptoms of |typical of )?"
           rf"(?:an? )?{_EN_CONDITIONS}"),
    "es": (rf"\b(?:experimentando|atravesando|viviendo|sufriendo|desarrollando|padeciendo) (?:\w+ )?{_CONDITIONS['es']}",
           rf"\b(?:podrias|podria|puedes|puede) (?:tener|padecer|sufrir de) {_CONDITIONS['es']}",
           rf"\b(?:esto|eso|lo que describes|lo que cuentas) (?:\w+ ){{0,2}}(?:es|son|podria ser|suena a|parece)"
           rf" (?:\w+ ){{0,2}}{_CONDITIONS['es']}"),
    "fr": (rf"\b(?:traversez|traverses|vivez|vis|faites|fais|developpez|developpes|souffrez|souffres)"
           rf" (?:peut[- ]etre |sans doute |probablement )?{_CONDITIONS['fr']}",
           rf"\b(?:vous etes|tu es|etre) en (?:pleine )?(?:depression|burn out)",
           rf"\b(?:pourriez|pourrais|pouvez|peux) (?:avoir|souffrir d'?|souffrir de) {_CONDITIONS['fr']}",
           rf"\b(?:cela|ca|ce que vous decrivez|ce que tu decris) (?:\w+ ){{0,2}}(?:est|ressemble a|evoque|fait penser a)"
           rf" (?:\w+ ){{0,2}}{_CONDITIONS['fr']}"),
    "de": (rf"\b(?:du|sie) (?:\w+ ){{0,4}}{_CONDITIONS['de']} (?:hast|habest|haben|hattest|hatten|leidest|leiden|entwickelst"
           rf"|entwickeln)\b",
           rf"\b(?:das|dies|was du beschreibst|was sie beschreiben) (?:\w+ ){{0,2}}(?:ist|klingt nach|spricht fur|deutet auf"
           rf"|konnte|konnten) (?:\w+ ){{0,2}}{_CONDITIONS['de']}"),
    "pt": (rf"\b(?:passando por|a passar por|vivendo|enfrentando|desenvolvendo|sofrendo de|sofrendo com)"
           rf" (?:\w+ )?{_CONDITIONS['pt']}",
           rf"\b(?:pode|podes|poderia|poderias) (?:ter|estar com|sofrer de) {_CONDITIONS['pt']}",
           rf"\b(?:isso|isto|o que voce descreve|o que descreves) (?:\w+ ){{0,2}}(?:e|sao|pode ser|parece)"
           rf" (?:\w+ ){{0,2}}{_CONDITIONS['pt']}"),
    "it": (rf"\b(?:stai vivendo|stai attraversando|stai affrontando|stai sviluppando|soffrire di|potresti avere"
           rf"|potrebbe avere|potresti soffrire di) (?:\w+ )?{_CONDITIONS['it']}",
           rf"\b(?:questo|cio che descrivi|quello che descrivi) (?:\w+ ){{0,2}}(?:e|sembra|potrebbe essere|fa pensare a)"
           rf" (?:\w+ ){{0,2}}{_CONDITIONS['it']}"),
}
DIAGNOSIS = {lang: re.compile(rx.pattern + "|" + "|".join(f"(?:{p})" for p in _HEDGED.get(lang, ())))
             for lang, rx in DIAGNOSIS.items()}


# --- medication and doses ----------------------------------------------------------------------------------------

# Any medicine named by the companion is advice it must not give (the prescriber answers): common psychiatric,
# sleep and over-the-counter medicines in their international and brand spellings, and the classes.
_DRUGS = (r"sertralin\w*|fluoxetin\w*|escitalopram|citalopram|paroxetin\w*|venlafaxin\w*|duloxetin\w*|bupropion\w*|"
          r"mirtazapin\w*|trazodon\w*|amitriptylin\w*|amitriptilin\w*|lithium|litio|quetiapin\w*|olanzapin\w*|"
          r"risperidon\w*|aripiprazol\w*|lamotrigin\w*|valpro\w*|diazepam|lorazepam|alprazolam|clonazepam|"
          r"xanax|valium|ativan|klonopin|zoloft|prozac|lexapro|zolpidem|ambien|melatonin\w*|ibuprofen\w*|"
          r"paracetamol|acetaminophen|tylenol|aspirin\w*|propranolol\w*|hydroxyzin\w*|gabapentin\w*|"
          r"pregabalin\w*|methylphenidat\w*|metilfenidat\w*|ritalin\w*|adderall|benzodiazepin\w*|ssris?|snris?|"
          r"isrs|irsn|antidepress\w*|antidepres\w*|anxiolyti\w*|ansioliti\w*|neurolepti\w*|antipsicoti\w*|"
          r"antipsychoti\w*|somnifere\w*|schlaftablette\w*|schlafmittel\w*|sonnifer\w*|sleeping pills?")
_DOSE = (r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|milligramos?|miligramos?|milligrammes?|milligramm|miligramas?|"
         r"milligrammi|mcg|\u00b5g|ug|ml)\b|\b(?:dose|doses|dosage|dosis|dosierung|dosagem|dosaggio|posologie|"
         r"posologia)\b")
_MED_WORDS = {
    "en": (r"(?:take|taking|stop taking|start taking|increase|decrease|reduce|lower|double|skip|come off|cut down on|"
           r"switch|stop)", r"(?:medication|medicine|meds|pills?|tablets?)"),
    "es": (r"(?:toma|tome|tomar|deja de tomar|deje de tomar|aumenta|aumente|reduce|reduzca|baja|duplica|suspende|"
           r"deja)", r"(?:medicacion|medicamentos?|medicinas?|pastillas?|pildoras?|comprimidos?)"),
    "fr": (r"(?:prenez|prends|prendre|arretez|arrete|augmentez|augmente|diminuez|diminue|reduisez|doublez)",
           r"(?:medicaments?|traitement|pilules?|comprimes?|cachets?)"),
    "de": (r"(?:nehmen sie|nimm|setzen sie|setz|erhohen sie|erhoh|reduzieren sie|reduzier|verdoppeln sie|"
           r"verdopple)", r"(?:medikament\w*|tabletten?|pillen?|arznei\w*)"),
    "pt": (r"(?:tome|toma|tomar|pare de tomar|para de tomar|deixe de tomar|aumente|aumenta|reduza|reduz|duplique)",
           r"(?:medicacao|medicamentos?|remedios?|comprimidos?|pilulas?)"),
    "it": (r"(?:prendi|prenda|prendere|smetti di prendere|smetta di prendere|aumenta|aumenti|riduci|riduca|"
           r"raddoppia|sospendi)", r"(?:farmac[oi]|medicin[ae]|pillol[ae]|compress[ae])"),
}
MEDICATION = {lang: _rx(rf"\b(?:{_DRUGS})\b", _DOSE, rf"\b{verb}\s+(?:\S+\s+){{0,3}}{noun}\b",
                        *([r"\b(?:medikament\w*|tabletten?|pillen?) (?:\w+ ){0,3}(?:absetzen|einnehmen|nehmen|"
                           r"erhohen|reduzieren|weglassen)\b"] if lang == "de" else []))
              for lang, (verb, noun) in _MED_WORDS.items()}

# --- claims to be a person or a therapist --------------------------------------------------------------------------

PERSONA = {
    "en": _rx(r"\bi(?:'m| am) (?:a |an |your )?(?:real |actual |human |licensed |qualified |trained )*(?:person|"
              r"human(?: being)?|therapist|psychologist|psychiatrist|counsell?or|doctor|clinician|nurse|"
              r"social worker)\b",
              r"\bas (?:a|your) (?:therapist|psychologist|psychiatrist|counsell?or|doctor|clinician)\b",
              r"\bi(?:'m| am) not (?:an? )?(?:ai|bot|robot|machine|computer|program|chatbot)\b"),
    "es": _rx(r"(?<!no )\bsoy (?:una? |tu |su )?(?:persona|humano|humana|ser humano|terapeuta|psicolog[oa]|"
              r"psiquiatra|medic[oa]|doctora?|consejer[oa]|enfermer[oa])\b",
              r"\bcomo (?:tu|su) (?:terapeuta|psicolog[oa]|medic[oa])\b",
              r"\bno soy (?:una? )?(?:ia|inteligencia artificial|bot|robot|maquina|programa|chatbot)\b"),
    "fr": _rx(r"\bje suis (?:une? |votre |ton |ta )?(?:vraie? |veritable )?(?:personne|humain|humaine|etre humain|"
              r"therapeute|psychologue|psychiatre|medecin|docteur|infirmier|infirmiere|conseiller|conseillere)\b",
              r"\ben tant que (?:votre|ton|ta) (?:therapeute|psychologue|medecin)\b",
              r"\bje ne suis pas (?:une? )?(?:ia|intelligence artificielle|bot|robot|machine|programme|chatbot)\b"),
    "de": _rx(r"\bich bin (?:ein |eine |dein |deine |ihr |ihre )?(?:echter |echte |richtiger |richtige )?(?:mensch|"
              r"person|therapeut|therapeutin|psychologe|psychologin|psychiater|psychiaterin|arzt|arztin|berater|"
              r"beraterin)\b",
              r"\bals (?:dein|deine|ihr|ihre) (?:therapeut|therapeutin|psychologe|psychologin|arzt|arztin)\b",
              r"\bich bin (?:keine?|nicht) (?:eine? )?(?:ki|kunstliche intelligenz|bot|roboter|maschine|programm|"
              r"chatbot)\b"),
    "pt": _rx(r"(?<!nao )\bsou (?:uma? |o seu |a sua |seu |sua |teu |tua )?(?:pessoa|humano|humana|ser humano|"
              r"terapeuta|psicolog[oa]|psiquiatra|medic[oa]|doutora?|conselheir[oa]|enfermeir[oa])\b",
              r"\bcomo (?:seu|sua|teu|tua|o seu|a sua) (?:terapeuta|psicolog[oa]|medic[oa])\b",
              r"\bnao sou (?:uma? )?(?:ia|inteligencia artificial|bot|robo|maquina|programa|chatbot)\b"),
    "it": _rx(r"(?<!non )\bsono (?:una? |il tuo |la tua |tuo |tua )?(?:persona|umano|umana|essere umano|terapeuta|"
              r"psicolog[oa]|psichiatra|medico|dottore|dottoressa|consulente|infermier[ea])\b",
              r"\bcome (?:tuo|tua|il tuo|la tua) (?:terapeuta|psicolog[oa]|medico)\b",
              r"\bnon sono (?:una? )?(?:ia|intelligenza artificiale|bot|robot|macchina|programma|chatbot)\b"),
}

# --- secrecy from the clinician --------------------------------------------------------------------------------------

SECRECY = {
    "en": _rx(r"\b(?:i )?(?:won't|will not|wont|don't|do not|never|promise not to) (?:ever )?(?:tell|share (?:this |"
              r"it |that )?with|inform|show) (?:your |the )?(?:clinician|therapist|counsell?or|doctor|anyone|"
              r"anybody|nobody)",
              r"\bbetween (?:you and me|us)\b", r"\bour (?:little )?secret\b",
              r"\bkeep (?:it|this|that|your secret) (?:a )?secret\b", r"\bstays? (?:just )?between us\b",
              r"\b(?:no one|nobody|no-one) (?:else )?(?:will|can|is going to) (?:ever )?(?:see|read|know)\b",
              r"\byour (?:clinician|therapist|counsell?or) (?:won't|will not|can't|cannot|will never|doesn't|"
              r"does not|never) (?:have to )?(?:see|read|know|find out)\b"),
    "es": _rx(r"\bno (?:se lo |le )?(?:dire|contare|comentare|mostrare)(?: nada)? (?:a nadie|a tu|a su)\b",
              r"\bentre (?:tu y yo|usted y yo|nosotros|nosotras)\b", r"\bnuestro secreto\b",
              r"\b(?:tu|su) (?:terapeuta|clinic[oa]|psicolog[oa]) no (?:lo )?(?:vera|leera|sabra|va a ver|va a leer)\b",
              r"\bnadie (?:mas )?(?:lo )?(?:vera|leera|sabra|va a ver|va a leer)\b",
              r"\b(?:guardare|mantendre) (?:el|tu|su|este|ese) secreto\b"),
    "fr": _rx(r"\bje ne (?:le |lui )?(?:dirai|raconterai|repeterai|montrerai) (?:rien|pas|a personne|jamais)\b",
              r"\bentre (?:nous|toi et moi|vous et moi)\b", r"\bnotre secret\b",
              r"\b(?:votre|ton|ta) (?:therapeute|clinicien|clinicienne|psychologue) ne (?:le )?(?:verra|lira|saura) "
              r"(?:pas|rien|jamais)\b",
              r"\bpersonne (?:d'autre )?ne (?:le )?(?:verra|lira|saura)\b",
              r"\bje garderai (?:le|ton|votre|ce) secret\b"),
    "de": _rx(r"\bich (?:werde|sage|erzahle|verrate) (?:es |das |dies |davon )?(?:niemandem|keinem|nicht weiter|nichts)\b",
              r"\bunter uns\b", r"\bunser geheimnis\b",
              r"\b(?:dein|deine|ihr|ihre) (?:therapeut|therapeutin|psychologe|psychologin|behandler|behandlerin) "
              r"(?:wird|erfahrt|sieht|liest) (?:das |es |dies |davon )?(?:nicht|nie|niemals|nichts)\b",
              r"\bniemand (?:wird|erfahrt|sieht|liest) (?:das|es|dies|davon)\b",
              r"\bich behalte (?:es|das) fur mich\b"),
    "pt": _rx(r"\bnao (?:vou )?(?:contar|direi|conto|dizer|mostrar)(?: nada)? (?:a ninguem|ao seu|a sua|ao teu|a tua)\b",
              r"\bentre (?:nos|voce e eu|tu e eu|mim e voce|mim e ti)\b", r"\bnosso segredo\b",
              r"\b(?:seu|sua|teu|tua|o seu|a sua|o teu|a tua) (?:terapeuta|clinic[oa]|psicolog[oa]) nao "
              r"(?:vai )?(?:ver|ler|saber|vera|lera|sabera)\b",
              r"\bninguem (?:mais )?(?:vai )?(?:ver|ler|saber|vera|lera|sabera)\b",
              r"\bguardarei (?:o|este|esse|seu|teu) segredo\b"),
    "it": _rx(r"\bnon (?:lo |glielo )?(?:diro|raccontero|riferiro|mostrero) (?:a nessuno|al tuo|alla tua|niente|nulla)\b",
              r"\btra (?:noi|me e te)\b", r"\bil nostro segreto\b",
              r"\b(?:il tuo|la tua|tuo|tua|il suo|la sua) (?:terapeuta|clinico|psicolog[oa]) non (?:lo )?"
              r"(?:vedra|leggera|sapra)\b",
              r"\bnessuno (?:lo )?(?:vedra|leggera|sapra)\b",
              r"\bmanterro (?:il|questo|quel|tuo) segreto\b"),
}

# --- encouraging harm (the crisis screen reads the writer's own risk; a reply that urges harm is caught here) -------

HARM = {
    "en": _rx(r"\b(?:kill|hurt|harm|cut|starve|hang|shoot) yourself\b", r"\bend (?:your|your own) life\b",
              r"\b(?:overdose|od on)\b", r"\bhow to (?:die|kill|overdose|hang)\b"),
    "es": _rx(r"\b(?:matate|suicidate|hazte dano|cortate|ahorcate)\b", r"\bquitarte la vida\b", r"\bsobredosis\b"),
    "fr": _rx(r"\b(?:tue-toi|tue toi|suicide-toi|fais-toi du mal|coupe-toi|pends-toi)\b",
              r"\bmettre fin a (?:tes|vos) jours\b", r"\b(?:surdose|overdose)\b"),
    "de": _rx(r"\b(?:bring dich um|tote dich|toete dich|verletz dich|ritz dich|erhang dich)\b",
              r"\b(?:deinem|ihrem) leben ein ende\b", r"\buberdosis\b"),
    "pt": _rx(r"\b(?:mata-te|mate-se|suicida-te|machuca-te|corta-te|enforca-te)\b",
              r"\btirar a (?:sua|tua) (?:propria )?vida\b", r"\boverdose\b"),
    "it": _rx(r"\b(?:ammazzati|ucciditi|suicidati|fatti del male|tagliati|impiccati)\b",
              r"\btoglier(?:ti|si) la vita\b", r"\boverdose\b"),
}

# --- phone numbers and addresses (crisis lines come only from the curated resources) ------------------------------

PHONE = re.compile(r"\+?\d[\d ().-]{5,}\d")  # a telephone number when it holds seven digits or more
CONTACT = re.compile(
    r"(?:\b(?:call|dial|text|ring|phone|llama|llame|marca|marque|appelez|appelle|composez|compose|ruf|rufen sie|"
    r"wahle|wahlen sie|ligue|ligar|liga|disque|chiama|chiami|componi|componga)\b(?: \w+){0,3}? \d{3,6}\b)"
    r"|(?:https?://|www\.)"
    r"|(?:\b[a-z0-9-]+\.(?:com|org|net|gov|info|es|fr|de|it|pt|br|mx|ca|uk|ie|ch|at|be|us|nl)\b)")

# Words a clinician's steer topic may use that say nothing about the topic itself.
GENERIC = frozenset("""
about around details detail things thing topics topic issues issue questions question stuff anything everything
talk talking discuss discussing specific specifics past history their other session sessions
detalles detalle temas tema cosas cosa cuestiones sobre acerca hablar pasado especificos
details sujets sujet choses chose questions propos parler passe
details themen thema dinge sachen fragen uber sprechen vergangenheit einzelheiten
detalhes assuntos assunto coisas questoes sobre falar passado
dettagli argomenti argomento cose questioni parlare passato
""".split())


def steer_terms(steer_topics: str | None) -> list[str]:
    """The words of the clinician's steer-to-session topics that name the topic ("trauma details" -> trauma)."""
    if not steer_topics:
        return []
    words = re.findall(r"[a-z0-9]+", fold(steer_topics))
    return list(dict.fromkeys(w for w in words if len(w) >= 4 and w not in GENERIC))


def _scope_rx(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w{0,3}\b")


@dataclass(frozen=True)
class Verdict:
    """A failed check: the category, a short reason for the clinician (never the text itself)."""

    category: str
    reason: str


class OutputCheck:
    """The checks for one client's plan: language, steer topics. Call `sentence` per sentence, then `whole`."""

    # Language identification is unreliable on short text: a sentence is judged from this many letters, the whole
    # reply from the same; below that only the rules run.
    MIN_LETTERS = 40
    CONFIDENT = 0.60

    def __init__(self, lang: str, steer_topics: str | None = None) -> None:
        self.lang = lang if lang in DIAGNOSIS else "en"
        self.scope = _scope_rx(steer_terms(steer_topics))
        self.level = Level.NONE  # the crisis screen's highest level over what was checked
        self.version: str | None = None

    def _rules(self, folded: str) -> Verdict | None:
        langs = dict.fromkeys((self.lang, "en"))  # English slips into every language's replies
        for category, table in (("risk", HARM), ("diagnosis", DIAGNOSIS), ("medication", MEDICATION),
                                ("persona", PERSONA), ("secrecy", SECRECY)):
            for code in langs:
                if table[code].search(folded):
                    return Verdict(category, f"{category} rule ({code})")
        if CONTACT.search(folded) or any(sum(c.isdigit() for c in m.group()) >= 7 for m in PHONE.finditer(folded)):
            return Verdict("contact", "a phone number or address")
        if self.scope is not None and self.scope.search(folded):
            return Verdict("scope", "a topic the clinician keeps for the session")
        return None

    def _language(self, text: str) -> Verdict | None:
        if sum(ch.isalpha() for ch in text) < self.MIN_LETTERS:
            return None
        from alliance.safety.language import ranked

        values = dict(ranked(text))
        if not values:
            return None
        top = max(values, key=values.__getitem__)
        if top != self.lang and values[top] >= self.CONFIDENT and values.get(self.lang, 0.0) < 0.2:
            return Verdict("language", f"written in {top}, not {self.lang}")
        return None

    def _risk(self, text: str) -> Verdict | None:
        from alliance.safety.screening import screen

        result = screen(text, lang=self.lang, use_classifier=False)
        self.level, self.version = max(self.level, result.level), result.version
        if result.level >= Level.MODERATE:
            return Verdict("risk", f"crisis screen {result.level}")
        return None

    def sentence(self, text: str) -> Verdict | None:
        """The first check a sentence fails, or None when the client may see it."""
        return self._rules(fold(text)) or self._language(text) or self._risk(text)

    def whole(self, text: str) -> Verdict | None:
        """The check over the whole reply: rules that span sentences, its language, the crisis screen."""
        if not text.strip():
            return Verdict("empty", "no reply")
        return self._rules(fold(text)) or self._language(text) or self._risk(text)


# --- sentences from a stream ----------------------------------------------------------------------------------------

_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u00bb)]*\s+|\n+")
# An abbreviation's full stop does not end a sentence ("Dr. Okafor", "e.g. breathing").
_ABBREV = re.compile(r"\b(?:dr|mr|mrs|ms|sr|sra|st|e\.g|i\.e|z\.b|p\.ex|ex|etc|vs|approx|min|no|nr)\.$", re.I)
MAX_SENTENCE = 400  # a run-on without a full stop is shown in pieces of about this size


class Sentences:
    """Cut a stream of text chunks into sentences: `feed` returns the finished ones, `flush` the rest."""

    def __init__(self) -> None:
        self.buffer = ""

    def feed(self, chunk: str) -> list[str]:
        self.buffer += chunk
        out: list[str] = []
        start = 0
        for match in _END.finditer(self.buffer):
            candidate = self.buffer[start:match.start()]
            if match.group().strip() == "" and "\n" not in match.group() and _ABBREV.search(candidate):
                continue
            if candidate.strip():
                out.append(candidate.strip())
            start = match.end()
        self.buffer = self.buffer[start:]
        if len(self.buffer) > MAX_SENTENCE:
            cut = self.buffer.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > 0 else MAX_SENTENCE
            out.append(self.buffer[:cut].strip())
            self.buffer = self.buffer[cut:]
        return out

    def flush(self) -> list[str]:
        rest, self.buffer = self.buffer.strip(), ""
        return [rest] if rest else []
