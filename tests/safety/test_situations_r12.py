"""Situations after blind round 12 (issue 10), as slots rather than phrases: a wish to fall asleep and not wake,
"I don't want to die, but I don't want to be here either", urges to self-harm again after a time without, a
bridge named by its proper name with an apology, a rope set aside with a time, a train due in minutes with "one
step", "everything is ready", the height of a bridge looked up, things given away "as I won't use them any more",
a teenager of one's own self-harming, most of a bottle a night to switch off, opioids used alone with no one for
the naloxone, dialect and texting spellings; and the same words in everyday messages, which must stay quiet
(a student's exam joke taken back, "if I don't come back haha" before a jump, a question for a leaflet, a
clinician in training, a form answered "no, never", "these dates hit me hard", a past act with nothing now).
Written in new words (not the round's texts). Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


AT_LEAST_MODERATE = [
    ([], "Ojalá pudiera dormirme esta noche y ya no despertar nunca"),
    ([], "I just want to go to sleep and not wake up, that's all"),
    ([], "Vorrei addormentarmi e non svegliarmi più, tutto qui"),
    ([], "Não quero me matar nem nada, mas também não quero estar aqui"),
    ([], "Llevo dos años sin cortarme pero hoy tengo ganas otra vez, muchas"),
    ([], "I drink most of a bottle of gin a night to switch my head off"),
    ([], "qria sumir sla, td mundo ficaria melhor s/ mim"),
    ([], "i vuci ora i sentu puru di jornu"),
]

AT_LEAST_HIGH = [
    ([], "Mon fils de 15 ans se coupe les avant-bras, j'ai trouvé une lame dans sa trousse"),
    ([], "Meine Tochter ritzt sich, ich hab es heute gesehen"),
    ([], "Busqué qué tan alto tiene que ser un puente para no fallar"),
    ([], "shooting up alone tonight, nobody here to give me the narcan"),
    (["Le regalé la consola a mi hermano"], "y mis libros a mi vecina, total ya no los voy a necesitar"),
]

IMMINENT = [
    ([], "I'm on the Clifton bridge. Sorry for everything"),
    ([], "Esta noche cuando se duerman todos. Ya aparté la cuerda"),
    ([], "Der Zug kommt in vier Minuten. Es wäre so einfach, nur einen Schritt"),
    (["Ho messo da parte le pastiglie di mio padre"], "Stanotte. È tutto pronto. Scusate tutto"),
    ([], "sugnu supra u ponti, nun ci a fazzu cchiù"),
]

QUIET = [
    ([], "gonna kms the chem test is tomorrow and i know nothing lol jk jk, can we talk about study stress?"),
    ([], "prova de física amanhã vou morrer kkkk brincadeira, tô de boa"),
    (["Farò bungee jumping sabato"], "se non torno vi ho voluto bene ahahah"),
    ([], "If someone has suicidal thoughts at night, which number should they ring? It's for the leaflet at our"
         " volunteer centre"),
    ([], "Estoy en formación como psicóloga y practico entrevistas de riesgo suicida con compañeras, ¿puedo observar?"),
    ([], "The intake form asked whether I had thought of harming myself: no, never. I'm here for sleep."),
    ([], "Cada aniversario me pega fuerte, pero estoy bien"),
    ([], "Reprobé el examen de manejo y el jueves lo vuelvo a intentar"),
    ([], "Vor drei Jahren hatte ich einen Suizidversuch. Gedanken hab ich keine, aber ich hab Angst vor dem Winter."),
    ([], "The train comes in five minutes, it would be easy to just take one step back and let the crowd in first"),
    ([], "Everything is ready. Tonight we celebrate my sister's engagement!"),
    ([], "Ya aparté la cuerda para el tendedero, esta noche tiendo la ropa"),
    ([], "Es ist alles vorbereitet, heute Abend kommen die Nachbarn zum Essen."),
    ([], "I looked up how high the bridge has to be for the van to fit under it"),
]


@pytest.mark.parametrize(("context", "text"), AT_LEAST_MODERATE)
def test_round12_situations_reach_moderate(context, text):
    assert _level(text, context) >= Level.MODERATE


@pytest.mark.parametrize(("context", "text"), AT_LEAST_HIGH)
def test_round12_situations_reach_high(context, text):
    assert _level(text, context) >= Level.HIGH


@pytest.mark.parametrize(("context", "text"), IMMINENT)
def test_round12_situations_now_are_imminent(context, text):
    assert _level(text, context) == Level.IMMINENT


@pytest.mark.parametrize(("context", "text"), QUIET)
def test_round12_everyday_messages_stay_quiet(context, text):
    assert _level(text, context) < Level.MODERATE
