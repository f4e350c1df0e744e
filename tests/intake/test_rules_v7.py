"""Rules v7 with signals-v6 (after the sixth held-out set, issue #15): means got today, pills on the bedside table
with a time, goodbyes said with a gun cleaned (whoever writes, a referral opening with the person and their age),
a weapon already got with where the person lives, eating very little with fainting, blows and a child screaming
now, "some kind of fit" or not knowing the day after stopping alcohol or a sedative (emergency); thoughts of dying
for weeks, cuts made again, mania told as money they do not have (urgent); heavy drinking with a partner leaving or
the liver (soon); and the guard on self-harm urges. Each family in six languages, in wording written for these
tests (none of the data sets uses it), with look-alikes that must stay lower."""

from __future__ import annotations

from typing import Any

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, RANK, Inputs, default_rules

MILD_PHQ = [1, 0, 1, 1, 0, 0, 0, 0, 0]  # 3, item 9 at 0: the scores minimised


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v6").read(text, lang)}


def triage(text: str, lang: str, screening: dict[str, Any] | None = None, rules: engine.RuleSet | None = None):
    # The words alone (no screen verdict unless given): what the signals add to the rules.
    inputs = Inputs(measures={"phq9": MILD_PHQ}, text=text, lang=lang, screening=screening)
    return (rules or default_rules()).triage(inputs)


def test_rules_v7_reading_signals_v6_are_the_default_and_v6_stays_shipped() -> None:
    rules = default_rules()
    assert DEFAULT_VERSION == rules.version == "v9" and rules.signals.version == "signals-v8"
    assert signals.DEFAULT_VERSION == "signals-v8" and rules.signals.on_behalf == "on_behalf"
    old = engine.shipped_rules("rules-v6.yaml")
    assert old.version == "v6" and old.signals.version == "signals-v5"


EMERGENCY = [
    # means of suicide got today or yesterday, no time named
    ("means_acquired_now", "en", "Picked up a length of rope this morning. Don't bother calling me."),
    ("means_acquired_now", "es", "Ayer compré una cuerda en la ferretería."),
    ("means_acquired_now", "fr", "J'ai acheté une corde hier, voilà."),
    ("means_acquired_now", "de", "Heute einen Strick besorgt. Mehr gibt es nicht zu sagen."),
    ("means_acquired_now", "pt", "Comprei uma corda hoje."),
    ("means_acquired_now", "it", "Oggi ho comprato una corda."),
    # pills on the bedside table or by the bed, with a time
    ("means_beside_me_time", "en", "The sleeping pills are on my bedside table and tonight I'm taking the lot."),
    ("means_beside_me_time", "es", "Tengo el frasco de pastillas en la mesita de noche, esta noche me lo tomo."),
    ("means_beside_me_time", "fr",
     "La boîte de somnifères est sur ma table de chevet, ce soir je les prends toutes."),
    ("means_beside_me_time", "de", "Die Schlaftabletten liegen auf dem Nachttisch, heute Nacht nehme ich alle."),
    ("means_beside_me_time", "pt", "Os comprimidos estão na mesa de cabeceira, hoje à noite tomo tudo."),
    ("means_beside_me_time", "it", "Le pastiglie sono sul comodino, stanotte le prendo tutte."),
    # goodbyes said or accounts put in order, with a gun cleaned (whoever writes)
    ("farewell_with_means", "en", "My dad said his goodbyes to all of us and cleaned his shotgun yesterday."),
    ("farewell_with_means", "es", "Mi padre se ha despedido de todos nosotros y limpió su escopeta."),
    ("farewell_with_means", "fr", "Mon père a fait ses adieux et a nettoyé son fusil."),
    ("farewell_with_means", "de",
     "Mein Opa hat sich von der ganzen Familie verabschiedet und sein Gewehr gereinigt."),
    ("farewell_with_means", "pt", "Meu pai se despediu de todos e limpou a espingarda."),
    ("farewell_with_means", "it", "Mio nonno ha salutato tutti e ha pulito il fucile."),
    # a weapon already got, and where the person lives or no holding back
    ("armed_going_after", "en", "I know where he works. I already have the knife."),
    ("armed_going_after", "es", "Sé dónde vive. El cuchillo ya lo tengo."),
    ("armed_going_after", "fr", "Je sais où il habite. J'ai déjà le couteau."),
    ("armed_going_after", "de", "Ich weiß, wo er wohnt. Die Pistole hab ich schon."),
    ("armed_going_after", "pt", "Sei onde ele mora. A faca já tenho."),
    ("armed_going_after", "it", "So dove lavora. Il coltello ce l'ho già."),
    # eating very little with fainting, or a large weight loss with the heart racing (NICE NG69)
    ("ed_medical_danger", "en", "I eat one yoghurt a day and fainted twice this week."),
    ("ed_medical_danger", "en", "I've lost 12 kg since the summer and my heart keeps racing."),
    ("ed_medical_danger", "es", "Solo como una manzana y ayer me desmayé en el trabajo."),
    ("ed_medical_danger", "fr", "Je mange presque rien depuis un mois et je me suis évanouie hier."),
    ("ed_medical_danger", "de", "Ich esse nur noch einen Apfel am Tag und bin heute umgekippt."),
    ("ed_medical_danger", "pt", "Como só uma maçã por dia e desmaiei na escola."),
    ("ed_medical_danger", "it", "Mangio solo una mela e ieri sono svenuta."),
    # blows heard and a child screaming, now
    ("child_hurt_now", "en", "Right now I can hear blows next door and a child screaming."),
    ("child_hurt_now", "es", "Ahora mismo oigo golpes en el piso de arriba y un niño que grita."),
    ("child_hurt_now", "fr", "En ce moment j'entends des coups et un bébé qui hurle."),
    ("child_hurt_now", "de", "Gerade jetzt höre ich Schläge nebenan und ein Kind schreit."),
    ("child_hurt_now", "pt", "Neste momento ouço pancadas e uma criança a gritar no apartamento ao lado."),
    ("child_hurt_now", "it", "In questo momento sento colpi e un bambino che urla."),
    # a fit in everyday words, or not knowing the day, after stopping alcohol or a sedative
    ("withdrawal_danger", "en", "I quit my xanax on Friday. Last night I had some sort of fit."),
    ("withdrawal_danger", "es", "Dejé de beber el lunes y hoy no sé ni qué día es."),
    ("withdrawal_danger", "fr", "J'ai arrêté brutalement mes somnifères et j'ai eu une espèce de crise ce matin."),
    ("withdrawal_danger", "de", "Ich habe vor drei Tagen mit dem Trinken aufgehört und sehe Käfer an der Wand."),
    ("withdrawal_danger", "pt", "Parei de beber há três dias e tive uma espécie de ataque."),
    ("withdrawal_danger", "it", "Ho smesso di bere tre giorni fa e non so più che giorno è."),
]

URGENT = [
    # thoughts of dying for days or weeks (as PHQ-9 question 9 on more than half the days)
    ("frequent_suicidal_thoughts", "en", "For weeks now I keep thinking about dying."),
    ("frequent_suicidal_thoughts", "es", "Llevo semanas pensando en morirme."),
    ("frequent_suicidal_thoughts", "fr", "Depuis des semaines je pense à mourir."),
    ("frequent_suicidal_thoughts", "de", "Seit Wochen denke ich ans Sterben."),
    ("frequent_suicidal_thoughts", "pt", "Há semanas que penso em morrer."),
    ("frequent_suicidal_thoughts", "it", "Da settimane penso di morire."),
    # cuts made again
    ("self_harm", "en", "Last month I started making cuts on my arms again."),
    ("self_harm", "es", "La semana pasada volví a hacerme cortes en las piernas."),
    ("self_harm", "fr", "Je me suis fait des entailles aux bras hier soir."),
    ("self_harm", "de", "Ich habe mir wieder Schnitte an den Armen gemacht."),
    ("self_harm", "pt", "Voltei a fazer cortes nas pernas."),
    ("self_harm", "it", "Mi sono fatta dei tagli sulle braccia ieri."),
    # mania told as money they do not have, feeling like God, several books at once (NICE CG185)
    ("mania", "en", "I'm sleeping two hours a night, spending money I don't have and I feel like God."),
    ("mania", "es", "Duermo dos horas, gasto dinero que no tengo y me siento Dios."),
    ("mania", "fr", "Je dors deux heures par nuit et j'écris trois livres en même temps."),
    ("mania", "de", "Ich schlafe nur zwei Stunden und fühle mich wie Gott."),
    ("mania", "pt", "Durmo duas horas e estou escrevendo três livros."),
    ("mania", "it", "Dormo tre ore e mi sento Dio."),
]

SOON = [
    # heavy drinking with a consequence: a partner leaving, the liver, blackouts
    ("harmful_drinking", "en", "I drink 4 pints every night and my liver tests are abnormal."),
    ("harmful_drinking", "es", "Me tomo cervezas todos los días y mi mujer amenaza con dejarme."),
    ("harmful_drinking", "fr", "Je bois une quinzaine de bières par jour et ma femme menace de partir."),
    ("harmful_drinking", "de", "Jeden Abend trinke ich 6 Bier, die Leberwerte sind zu hoch."),
    ("harmful_drinking", "pt", "Bebo cachaça todos os dias e não me lembro da noite anterior."),
    ("harmful_drinking", "it", "Bevo una bottiglia di vino al giorno e il fegato non va bene."),
]


@pytest.mark.parametrize(("signal", "lang", "text"), EMERGENCY)
def test_each_new_emergency_family_is_an_emergency(signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang)
    assert triage(text, lang).tier == "emergency"


@pytest.mark.parametrize(("signal", "lang", "text"), URGENT)
def test_each_new_urgent_family_is_urgent(signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang)
    assert triage(text, lang).tier == "urgent"


@pytest.mark.parametrize(("signal", "lang", "text"), SOON)
def test_heavy_drinking_with_a_consequence_is_soon(signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang)
    assert triage(text, lang).tier == "soon"


LOWER = [
    # (lang, text, the tier it must stay below or at)
    ("en", "Bought rope today for the climbing trip at the weekend.", "routine"),
    ("en", "My grandad's rifle is in the loft. Today I got a new job and I feel a bit better.", "routine"),
    ("en", "My pills are on the bedside table so I remember to take them every morning.", "routine"),
    ("en", "My dad cleaned his shotgun before the hunting season.", "routine"),
    ("en", "I know where he lives but I would never go there, I just want to stop thinking about him.", "routine"),
    ("en", "I don't eat much when I'm anxious and my heart races before exams.", "routine"),
    ("fr", "Je mange presque rien et j'ai perdu 12 kg, mais pas de malaise.", "urgent"),
    ("en", "I sometimes hear the neighbours' kids screaming while they play in the garden.", "routine"),
    ("en", "I sleep two hours a night because of the baby and I'm exhausted, I pray to God for help.", "soon"),
    ("pt", "Fiz cortes de cabelo para os meus filhos no fim de semana.", "routine"),
    ("en", "I drink 2 beers on Saturdays with friends.", "routine"),
]


@pytest.mark.parametrize(("lang", "text", "ceiling"), LOWER)
def test_look_alikes_stay_lower(lang: str, text: str, ceiling: str) -> None:
    outcome = triage(text, lang)
    assert RANK[outcome.tier] >= RANK[ceiling], outcome.rules


def test_a_referral_opening_with_the_person_and_their_age_is_written_on_their_behalf() -> None:
    assert "on_behalf" in found("Mein Vater (67) hat aufgehört zu essen.", "de")
    assert "on_behalf" in found("My mum, 81, has stopped eating.", "en")
    assert "on_behalf" in found("Mio figlio (24) si è chiuso in camera.", "it")
    assert "on_behalf" not in found("My partner and I keep arguing about money.", "en")
    assert "on_behalf" not in found("My sister hears voices and is under the early intervention team.", "en")


def _verdict(*evidence: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "level": max((e[2] for e in evidence), key=engine.LEVELS.index),
        "evidence": [
            {"rule": rule, "category": cat, "level": level, "text": "x", "subject": "self"}
            for rule, cat, level in evidence
        ],
    }


def test_self_harm_urges_the_screen_read_are_not_recent_self_harm_without_an_act_in_words() -> None:
    verdict = _verdict(
        ("es.compose.self_harm_urges", "self_harm", "moderate"), ("es.sh.self_harm", "self_harm", "high")
    )
    text = "Tengo ganas de hacerme daño casi cada noche, pero no lo he hecho."
    new = triage(text, "es", verdict)
    assert "text.recent_self_harm" not in new.rules and new.tier == "soon", new.rules
    old = triage(text, "es", verdict, engine.shipped_rules("rules-v6.yaml"))
    assert old.tier == "urgent"
    act = triage("Tengo ganas de cortarme y anoche volví a hacerme cortes.", "es", verdict)
    assert "text.recent_self_harm" in act.rules and act.tier == "urgent"
