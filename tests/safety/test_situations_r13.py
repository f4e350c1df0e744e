"""After blind round 13 (issue 10): at the tracks with a train due (a clock time, "every few minutes", passing
through) with a step forward or after a hopeless turn, in the six languages; an earlier turn's death idiom made
meant in this message; and the same words in everyday messages (a commute, a film, a clinician's question answered
"never", a student's module, a paramedic's call-out), which must stay quiet. New wording, not the round's texts.
Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


IMMINENT_AT_THE_TRACKS = [
    ([], "on the platform now. the freight goes through every couple of minutes, one step forward and done"),
    ([], "Bin am Bahnsteig, der Güterzug rauscht gleich durch. Ein Schritt nach vorne und Ruhe ist."),
    ([], "Je suis sur le quai, le train de 21h40 passe sans s'arrêter. Un pas en avant, c'est tout."),
    (["ya no aguanto más"], "estoy junto a las vías, el tren de las 6:20 no para aquí"),
    (["non ce la faccio più"], "sono sul binario 3, il treno delle 19:15 passa senza fermarsi"),
    ([], "Estou na plataforma, o comboio das 23:05 passa sem parar. Só um passo em frente."),
]


@pytest.mark.parametrize(("context", "text"), IMMINENT_AT_THE_TRACKS)
def test_at_the_tracks_with_a_train_due_and_a_step_is_imminent(context, text):
    assert _level(text, context or None) >= Level.IMMINENT


@pytest.mark.parametrize("text", [
    "Stehe am Gleis 7, der ICE fährt gleich durch, also bitte einen Schritt zurück hat die Durchsage gesagt",
    "estoy en el andén, el tren de las 7:50 pasa sin parar, voy a llegar tarde otra vez",
    "sono sul binario 2, il regionale delle 8:10 passa tra poco, ci vediamo in ufficio",
    "Je suis sur le quai, le TER de 17h05 arrive dans 3 minutes, je serai là pour le dîner",
])
def test_a_train_time_on_a_commute_stays_quiet(text):
    assert _level(text) < Level.MODERATE


@pytest.mark.parametrize(("context", "text"), [
    (["I always say I'd rather die than do another night shift"], "honestly, I'm not joking any more"),
    (["siempre digo que prefiero morirme antes que volver a esa casa"], "ahora creo que lo digo en serio"),
])
def test_an_earlier_idiom_made_meant_is_risk(context, text):
    assert _level(text, context) >= Level.MODERATE


@pytest.mark.parametrize("text", [
    "On a vu un documentaire avec un homme qui saute du pont à l'élastique, trop beau.",
    "El médico me preguntó si alguna vez pensé en hacerme daño. Nunca, lo mío es estrés del trabajo.",
    "O enfermeiro perguntou se já pensei em me matar. Nunca. É só cansaço, marcamos quinta?",
    "Ich bin Student, wir hatten ein Seminar zur Suizidrisiko-Einschätzung. Darf ich ein Interview anfragen?",
    "Im Praktikum beim Rettungsdienst hatten wir gestern einen Einsatz nach Suizidversuch. Mir geht's gut.",
])
def test_the_same_words_in_everyday_messages_stay_quiet(text):
    assert _level(text) < Level.MODERATE
