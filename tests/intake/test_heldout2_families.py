"""After the second held-out set (issues #15 and #10): the families its misses belong to, triaged end to end (the
crisis screen's lexical layers, then rules v3 with signals-v2), in new wording, not the set's sentences: calm words
over a plan, withdrawal with a fit, psychosis with danger now -> emergency; a method named a figure of speech, and a
referral about someone else with the writer well -> not raised by the words."""

from __future__ import annotations

import pytest

from alliance.intake import service, signals
from alliance.intake.rules import DEFAULT_VERSION, default_rules

MILD_PHQ = [1, 0, 1, 1, 0, 0, 0, 0, 0]  # 3, item 9 at 0: the scores minimised
MODERATE_GAD = [2, 1, 1, 1, 1, 1, 1]


def triage(text: str, lang: str, measures: dict | None = None):
    outcome, _ = service.assess(text, lang, measures or {}, use_classifier=False)
    return outcome


def test_the_newest_rules_and_signals_are_the_default() -> None:
    rules = default_rules()
    assert DEFAULT_VERSION == rules.version == "v9" and rules.signals.version == "signals-v8"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Doing alright, no complaints really. I've picked the spot down by the weir, and stones are in my "
           "rucksack already. Sunday morning before the others are up."),
    ("es", "Estoy bien, tranquila. Compré veneno y ya elegí el sitio en el monte; el domingo temprano lo resuelvo "
           "esto de una vez. Vacié mi cuenta para mis hijos."),
    ("fr", "Ça va, vraiment. Le fusil est chargé dans le garage, j'ai tout transféré à ma fille et demain matin "
           "ça va être réglé."),
    ("de", "Mir geht es gut. Ich habe mir die Stelle am Steinbruch ausgesucht, das Seil gekauft und beim Notar "
           "alles geregelt."),
    ("pt", "Estou bem, a sério. Já escolhi o lugar, comprei a corda e amanhã cedo resolvo isto de vez."),
    ("it", "Sto bene. Ho comprato il veleno per topi, ho scelto il posto e domattina, prima che si sveglino, "
           "chiudo tutto una volta per tutte."),
])
def test_calm_words_over_means_a_place_and_a_time_are_an_emergency(lang, text) -> None:
    outcome = triage(text, lang, {"phq9": MILD_PHQ})
    assert outcome.tier == "emergency", outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Quit the booze cold turkey four days ago. Last night I had a seizure and came round on the "
           "bathroom floor."),
    ("es", "Dejé el rivotril de golpe hace una semana y ayer tuve convulsiones en la cocina."),
    ("fr", "J'ai arrêté le xanax d'un coup, et hier soir je me suis réveillé par terre, la langue mordue."),
    ("de", "Ich habe das Tavor abrupt abgesetzt und gestern einen Krampfanfall gehabt."),
    ("pt", "Parei de beber sozinho no domingo e hoje de manhã tive uma convulsão."),
    ("it", "Ho smesso di bere di colpo e ieri ho avuto una crisi convulsiva davanti ai bambini."),
])
def test_withdrawal_with_a_fit_is_an_emergency(lang, text) -> None:
    outcome = triage(text, lang, {"gad7": MODERATE_GAD})
    assert outcome.tier == "emergency" and "text.medical_danger" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I don't need sleep now. God told me I can fly off the multistorey and I'm going tonight."),
    ("es", "Las voces me dijeron que puedo volar desde el puente, esta noche lo demuestro."),
    ("de", "Die Nachbarn spionieren mich aus. Ich habe alle Fenster abgeklebt und den Gashahn aufgedreht."),
    ("it", "Mi spiano dal palazzo di fronte, ho sigillato tutte le finestre e ho aperto il gas."),
])
def test_psychosis_with_danger_now_is_an_emergency(lang, text) -> None:
    assert triage(text, lang).tier == "emergency"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My commute is a nightmare, I'd throw myself under the bus if I had to do it daily lol. "
           "Want help with stress."),
    ("es", "Con tanta reunión un día me tiro por la ventana. Bueno, es una forma de hablar. "
           "Quiero aprender a relajarme."),
    ("fr", "Mon chef me rend fou, je vais me jeter du pont, c'est une façon de parler. J'aimerais mieux dormir."),
    ("it", "Questo capo mi fa impazzire, mi butto dal balcone, per modo di dire. Vorrei gestire meglio l'ansia."),
])
def test_a_method_named_a_figure_of_speech_does_not_raise_the_tier(lang, text) -> None:
    outcome = triage(text, lang, {"phq9": MILD_PHQ})
    assert outcome.tier == "routine", outcome.rules


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "I'm writing about my brother, who hardly leaves his room. I'm fine myself, really.", True),
    ("fr", "Je m'inquiète beaucoup pour ma mère depuis l'hiver. Moi, ça va.", True),
    ("pt", "Escrevo pela minha irmã, que anda muito em baixo. Eu estou bem.", True),
    ("de", "Ich pflege meinen Mann mit Parkinson und bin oft gereizt.", True),
    ("en", "I'm worried about my brother, and honestly I'm not coping either.", False),
])
def test_a_referral_about_someone_else_is_read_as_such(lang, text, expected) -> None:
    found = {e.signal for e in signals.shipped("signals-v2").read(text, lang)}
    assert ("about_someone_else" in found) is expected


def test_a_concern_about_someone_else_does_not_raise_the_tier_but_the_old_rules_still_do() -> None:
    from alliance.intake import rules as engine

    verdict = {"level": "moderate", "categories": ["abuse_safeguarding"], "rules": ["semantic:x"],
               "evidence": [{"start": 0, "end": 10, "text": "x", "rule": "semantic:x",
                             "category": "abuse_safeguarding", "level": "moderate", "subject": "self"}]}
    text = "Scrivo per mia sorella, che beve troppo da quando è sola. Io sto bene, davvero."
    inputs = engine.Inputs(measures={"phq9": MILD_PHQ}, screening=verdict, text=text, lang="it")
    assert default_rules().triage(inputs).tier == "routine"
    assert engine.shipped_rules("rules-v2.yaml").triage(inputs).tier == "soon"


def test_people_heard_talking_about_the_writer_are_psychotic_symptoms_but_a_relative_overheard_is_not() -> None:
    lex = signals.shipped("signals-v2")
    assert "psychosis" in {e.signal for e in lex.read("For weeks I keep hearing men talk about me through the "
                                                        "ceiling, and the flat upstairs is empty.", "en")}
    assert "psychosis" not in {e.signal for e in lex.read("I heard my dad talk about me to the neighbour.", "en")}
