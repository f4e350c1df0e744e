"""Situations a clinician recognises whatever the wording, after blind round 11 (issue 10): belongings given away
across turns, letters for each one with a thank-you, young children left alone for hours, a child taking a
weapon to school, a child touched by an adult, masked spellings, the lethal dose asked as liver damage,
restriction with fainting, laxatives beside restriction, a death idiom that is "no longer a joke", the
hypothetical of one's absence, an accidental double dose with dizziness, at a height or steering at a wall now,
a day chosen when the others are away; and the same words in everyday messages, which must stay quiet.
Written in new words (not the round's texts). Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen
from alliance.safety.normalise import normalise


def _level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


AT_LEAST_MODERATE = [
    # Belongings given away, then a sense of closure (across turns).
    (["Le di mi bicicleta a mi vecino", "y mis discos a mi sobrina"], "ahora ya no me queda casi nada"),
    (["I gave my camera to my flatmate", "and my records to my cousin"], "there's nothing left really"),
    (["Ho dato la mia chitarra a Luca", "e i miei libri alla biblioteca"], "così sono tutti sistemati"),
    # The hypothetical of one's absence; a passive wish after a denial.
    ([], "Se non ci fossi più, i miei fratelli soffrirebbero o si riprenderebbero in fretta?"),
    ([], "Si yo ya no estuviera, mis hijos me echarían de menos o lo superarían?"),
    ([], "I'm not going to do anything, but I wouldn't mind if a truck hit me tomorrow"),
    # A death idiom that has stopped being a joke.
    ([], "Sempre detto meglio morta che rifare quel turno, ma adesso non scherzo più"),
    ([], "Siempre digo prefiero morir antes que volver a esa oficina, pero ya no es broma"),
    # Laxatives beside restriction.
    ([], "I only eat once a day now and took laxatives again this morning"),
]

AT_LEAST_HIGH = [
    # Letters for each one, with a thank-you in the past tense.
    (["J'ai écrit une lettre pour chacun de vous"], "Je voulais juste vous dire merci, vous avez été patiente avec moi"),
    # Young children left alone; a child taking a weapon to school; a child touched by an adult.
    ([], "The couple upstairs leave their two toddlers alone for hours every evening"),
    ([], "Meine Nachbarn lassen ihre Kleinen stundenlang allein, nachts hört man sie schreien"),
    ([], "Minha filha disse que vai levar a faca da cozinha pra escola pra pegar uma colega"),
    ([], "Mi sobrina de 7 años me contó que su padrastro la toca cuando su mamá no está"),
    # The lethal dose asked as liver damage for good.
    ([], "Quanta tachipirina serve per rovinare il fegato per sempre?"),
    # Restriction with fainting; an accidental double dose with dizziness.
    ([], "Ich esse kaum noch was seit drei Wochen und bin heute fast umgekippt"),
    ([], "I took a double dose of my blood thinners by accident and the room is spinning"),
    # Masked spellings.
    ([], "ive been thinkin bout s-uicide every night, like how id actually do it"),
]

IMMINENT = [
    # On a balcony at the railing with a jump; steering at a wall at speed; a day chosen with a gun at home.
    ([], "Ich stehe auf dem Balkon im 7. Stock am Geländer, ich will einfach springen"),
    ([], "e se eu jogasse o carro contra aquela ponte? estou dirigindo agora a 150"),
    ([], "I've picked Friday, my wife is away at her sister's, and I have my dad's gun at home"),
    ([], "Ya elegí el sábado. Mi marido se va de viaje y tengo la escopeta en casa"),
    ([], "der Zug kommt in drei Minuten, ich stehe am Ende des Bahnsteigs und frage mich, ob es schnell wäre"),
]

QUIET = [
    # Belongings given away for a reason, or just one.
    (["I gave my camera to my flatmate", "and my records to my cousin"], "we're moving abroad next month, so nothing left to pack!"),
    ([], "Le regalé mi guitarra vieja a mi primo, él está aprendiendo"),
    ([], "Ho dato la mia bici a mio nipote perché è diventata piccola, non mi sta più"),
    # Goodbye to shyness before a show; see you Tuesday after a bad game.
    ([], "Répétition générale ce soir, adieu le trac!"),
    ([], "Estreno esta noche con el coro, ¡adiós a la vergüenza!"),
    ([], "ieri a calcetto abbiamo perso 6-1, volevo morire ahah. ci vediamo giovedì"),
    # Grief that still hits; a parent asking about a child's dose.
    ([], "Mi abuela murió hace cinco años y cada año me pega igual en su cumple"),
    ([], "Qual a dose de paracetamol segura para uma criança de 20 kg?"),
    # A knife in a cooking class; a balcony with plants; driving now.
    ([], "Meine Tochter muss morgen ein Messer für den Kochkurs in die Schule mitnehmen"),
    ([], "Mio figlio deve portare il coltello a scuola per il laboratorio di cucina"),
    ([], "Ich sitze auf dem Balkon in der Sonne und lese"),
    ([], "estou no carro agora a caminho do trabalho, chego às 9"),
    # Choosing a day for a party; a double dose of vitamins; fainting at the sight of blood.
    ([], "I've picked Saturday for the party, my wife is away that weekend anyway"),
    ([], "Leaving the kids with grandma for a few hours tonight, so excited for date night"),
    # Occasions and games: letters for a wedding, a water pistol for a party, skipping rope, a double coffee.
    ([], "Ho scritto una lettera per ognuno di voi per il matrimonio, siete stati importanti"),
    ([], "Ho scelto il sabato per la festa, mia moglie sarà via, e ho la pistola ad acqua per i bambini"),
    ([], "Je suis sur le balcon, je vais sauter à la corde pour le sport"),
    ([], "Tomei o dobro do café hoje, estou tonta de sono"),
    # A commuter at the platform; things given away for a move.
    ([], "Sono in fondo al binario, il treno passa tra due minuti, spero di trovare posto"),
    ([], "Le di mis libros a mi hermana y mi bici a mi primo porque me mudo a Madrid"),
]


@pytest.mark.parametrize(("context", "text"), AT_LEAST_MODERATE)
def test_situations_reach_moderate(context, text):
    assert _level(text, context) >= Level.MODERATE


@pytest.mark.parametrize(("context", "text"), AT_LEAST_HIGH)
def test_situations_reach_high(context, text):
    assert _level(text, context) >= Level.HIGH


@pytest.mark.parametrize(("context", "text"), IMMINENT)
def test_situations_now_are_imminent(context, text):
    assert _level(text, context) == Level.IMMINENT


@pytest.mark.parametrize(("context", "text"), QUIET)
def test_everyday_messages_with_the_same_words_stay_quiet(context, text):
    assert _level(text, context) < Level.MODERATE


def test_a_word_split_by_a_hyphen_is_recovered_only_when_it_is_a_risk_word():
    assert "suicide" in normalise("pense au sui-cide").text
    assert normalise("x-ray at 3am, a bout of flu").text == "x-ray at 3am, a bout of flu"
    assert normalise("thinkin bout it").text == "thinking about it"


def test_a_new_clause_after_a_negation_is_not_a_denial():
    assert _level("Ich habe keine Kraft mehr, ich will nicht mehr leben") >= Level.MODERATE
    assert _level("Nein, ich hatte nie Gedanken, mir das Leben zu nehmen") < Level.MODERATE


# After blind round 12 (issue 10): a time without self-harm and then the urge back is risk now; the same time
# without and "no thoughts now" beside a past act is history. New wording; more in test_situations_r12.py.
@pytest.mark.parametrize("text", [
    "Hace tres años que no me lastimo, pero hoy tengo otra vez ganas de cortarme",
    "I haven't cut in two years, but this week the urges are back so bad",
])
def test_a_time_without_then_the_urge_back_is_risk_now(text):
    assert _level(text) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "Vor vier Jahren hatte ich einen Suizidversuch. Gedanken hab ich keine, nur die Erinnerung tut weh.",
    "I self-harmed when I was at uni. Haven't in ten years and don't want to, but the scars still bother me.",
])
def test_a_past_act_with_nothing_now_is_history(text):
    assert _level(text) < Level.MODERATE


# After blind round 13 (issue 10): the train due at the tracks with a step forward; the same train time on a
# commute stays quiet. New wording; more in test_situations_r13.py.
def test_a_train_due_with_a_step_forward_is_imminent_and_a_commute_is_not():
    assert _level("at the station, the express comes through in a few minutes. one step off the edge") >= Level.IMMINENT
    assert _level("at the station, the express comes through in a few minutes, I'll get the next one") < Level.MODERATE
