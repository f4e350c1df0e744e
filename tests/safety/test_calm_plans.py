"""Crisis told calmly in a self-referral (`lexicon/calm_plans.py`, after the intake's second held-out set): calm words
over a plan (means acquired, a place chosen, a time, affairs settled), withdrawal with a fit, psychosis with danger
now, and idioms named as such. New wording in the six languages, not the set's sentences; lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Category, Level, screen


def _screen(text: str):
    return screen(text, use_classifier=False)


# Means acquired and a time: a plan for a day.
@pytest.mark.parametrize("text", [
    "All good here honestly. Got some tubing to fit onto the exhaust and I'll do it Saturday night.",
    "Estoy bien, de verdad. Ya tengo piedras en la mochila y el sábado por la mañana voy al embalse.",
    "Tout va bien. J'ai mis des cailloux dans mon sac à dos et samedi matin je descends au fleuve.",
    "Mir geht's ganz gut. Das Gewehr vom Dachboden ist geladen, am Sonntag früh ist es so weit.",
    "Estou bem. Comprei uma mangueira para o carro e no domingo de manhã acabo com isto.",
    "Sto bene, davvero. Ho messo i pesi nelle tasche del cappotto e sabato mattina vado al fiume.",
])
def test_means_acquired_with_a_time_is_imminent(text):
    result = _screen(text)
    assert result.level == Level.IMMINENT and Category.SUICIDE_PLAN_INTENT in result.categories, result.rules


# Means, a place chosen and affairs settled, no time said.
@pytest.mark.parametrize("text", [
    "I'm fine. I've chosen the place by the quarry, bought the rope, and emptied my savings account for my son.",
    "Estoy bien. Ya elegí el sitio, compré la cuerda y le he transferido todo a mi hija.",
    "Ça va. J'ai choisi l'endroit, j'ai acheté la corde et j'ai tout transféré à ma fille.",
    "Mir geht es gut. Ich hab mir den Ort ausgesucht, das Seil gekauft und beim Notar alles geregelt.",
    "Tô bem. Já escolhi o lugar, comprei a corda e transferi tudo para a minha filha.",
    "Sto bene. Ho scelto il posto, ho comprato la corda e ho sistemato tutto dal notaio.",
])
def test_means_place_and_settled_affairs_are_imminent(text):
    assert _screen(text).level == Level.IMMINENT, _screen(text).rules


@pytest.mark.parametrize("text", [
    "I keep the hunting rifle in the safe, it's loaded only during the hunting season.",
    "Mi padre vació su cuenta y lo transfirió todo a mi hermano para la casa.",
    "Ich habe meine Tochter gefragt, ob jemand sich um den Hund kümmert, wenn wir im Urlaub sind.",
])
def test_everyday_rifles_money_and_pets_stay_quiet(text):
    assert _screen(text).level < Level.HIGH, _screen(text).rules


# Alcohol or a benzodiazepine stopped abruptly, then a fit: medical danger.
@pytest.mark.parametrize("text", [
    "Came off my valium all at once ten days ago and this morning I had a seizure in the shower.",
    "Dejé de beber de golpe el lunes y anoche me desperté en el suelo con la lengua mordida.",
    "J'ai arrêté l'alcool du jour au lendemain et hier j'ai fait une convulsion devant les enfants.",
    "Ich habe am Montag mit dem Trinken aufgehört, allein, und heute Nacht einen Krampfanfall gehabt.",
    "Parei de beber de repente na segunda e ontem acordei no chão, mordi a língua.",
    "Ho smesso di bere da solo lunedì scorso e stanotte ho avuto le convulsioni.",
])
def test_withdrawal_with_a_fit_is_medical_danger(text):
    result = _screen(text)
    assert result.level >= Level.HIGH and Category.OVERDOSE_MEDICAL in result.categories, result.rules


def test_stopping_drinking_without_a_fit_is_not_medical_danger():
    result = _screen("I stopped drinking on Monday on my own and I feel proud, sleeping better already.")
    assert Category.OVERDOSE_MEDICAL not in result.categories


# God or a voice saying the speaker can fly or jump, with a time or a place; gas on behind sealed windows.
@pytest.mark.parametrize("text", [
    "God told me I can fly from the top of the car park and I'm going tonight.",
    "Dios me dijo que puedo volar desde la azotea esta noche, no necesito dormir.",
    "Dieu m'a dit que je peux voler du haut du pont ce soir.",
    "Gott hat mir gesagt, dass ich von der Brücke fliegen kann, heute Nacht zeige ich es allen.",
    "A voz disse-me que eu posso voar do viaduto e vou lá hoje à noite.",
    "Dio mi ha detto che posso volare dal ponte stanotte.",
])
def test_a_mission_to_fly_with_a_time_is_imminent(text):
    result = _screen(text)
    assert result.level == Level.IMMINENT and Category.PSYCHOSIS_COMMAND in result.categories, result.rules


@pytest.mark.parametrize("text", [
    "They're watching the flat so I taped all the windows and turned on the gas so they can't get in.",
    "Sellé todas las ventanas con cinta y abrí el gas para que no entren los espías.",
    "J'ai calfeutré toutes les fenêtres et ouvert le gaz, comme ça ils ne rentreront pas.",
    "Ich habe alle Türen abgedichtet und den Gashahn aufgedreht, damit die Agenten wegbleiben.",
    "Vedei todas as janelas e abri o gás para eles não entrarem.",
    "Ho sigillato tutte le finestre e aperto il gas così non entrano.",
])
def test_gas_on_behind_sealed_windows_is_imminent(text):
    assert _screen(text).level == Level.IMMINENT, _screen(text).rules


def test_the_gas_turned_on_to_cook_stays_quiet():
    assert _screen("I turned on the gas to make pasta and opened the windows for the steam.").level < Level.HIGH


# A method named a figure of speech, or said of a condition with laughter: not risk.
@pytest.mark.parametrize("text", [
    "If my landlord raises the rent again I'll throw myself off the balcony, figure of speech obviously.",
    "Mi suegra me saca de quicio, me pego un tiro cualquier día. Bueno, es una forma de hablar.",
    "Avec ce voisin je vais me jeter sous un train, c'est une façon de parler hein.",
    "Noch eine Steuererklärung und ich erschieße mich, bildlich gesprochen.",
    "Com este chefe atiro-me da janela qualquer dia, é só uma maneira de falar.",
    "Con questo traffico mi butto dal balcone, per modo di dire.",
    "I'd jump off the roof if I had to sit through another of those meetings lol",
])
def test_a_method_named_a_figure_of_speech_is_not_risk(text):
    assert _screen(text).level < Level.HIGH, _screen(text).rules


@pytest.mark.parametrize("text", [
    "I'm going to jump off the bridge, and it's not a figure of speech.",
    "Me voy a tirar del puente, y no es una forma de hablar.",
    "Vou atirar-me da ponte, não é uma maneira de falar.",
])
def test_a_figure_of_speech_denied_keeps_the_risk(text):
    assert _screen(text).level >= Level.MODERATE, _screen(text).rules
