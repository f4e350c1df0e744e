"""Not risk, after blind round 9 (issue 10): the near misses of the structures for risk to and from others,
and the false alarms' structures in new words (a sports "me mató", a method taken back at once, a denial with
the negator after the noun, which number to call for someone, an ordinary dose of an ordinary medicine).
Lexical layers only."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _screen(text: str):
    return screen(text, use_classifier=False)


QUIET = [
    # Threats: a game, a party, a score.
    "I'll shoot you a message later about the bbq",
    "In Warzone tonight I'm going to take out every one of them lol",
    "Hicimos una masacre en el partido de fútbol, 7 a 0.",
    "Wir haben beim Fussball ein Massaker angerichtet, 8:0.",
    "Fizemos um massacre no jogo de ontem, 5 a 0.",
    "Stasera in discoteca faccio una strage di cuori",
    # Images and people that are not harm; messages that are not stalking.
    "I have lovely images of my holiday with my partner in my head",
    "Tengo pensamientos de dejar a mi pareja",
    "I sent 50 messages to the group chat about the party",
    "Sent my ex a birthday message, she said thanks",
    "Drove past my old school today, so many memories",
    "Paso por su trabajo para dejarle las llaves a mi hermana",
    # A bruise from sport; a phone off without a goodbye; a trip.
    "My son got a bruise on his knee playing football",
    "Mio figlio è tornato dal calcio con un livido sullo stinco",
    "Mi hijo llegó con un ojo morado del partido de fútbol",
    "Meine Schwester geht nicht ans Handy, sie ist wohl im Kino.",
    "Drunk driving is a crime and the ads on TV show it",
    # Rather not be somewhere, not rather not be alive.
    "He'd rather not be at the party tonight, he's tired",
    "Prefiere no estar en la reunión del lunes",
    "Preferirebbe non esserci alla cena di domani",
    # A denial with the negator after the noun.
    "Pensamientos de suicidio no tengo, solo estoy cansada",
    "Ganas de morirme no tengo, eso se lo aseguro",
    "Vontade de morrer não tenho, só ando cansada",
    "Vontade de me matar não tenho, só cansaço",
    "Idee suicide non ne ho mai avute, sono solo stanca",
    "Pensieri suicidi non ne ho, sono solo triste",
    "Des idées suicidaires, je n'en ai pas, je suis juste épuisée",
    "Suizidgedanken habe ich keine, ich bin nur erschöpft.",
    "Thoughts of suicide? None, I'm just exhausted.",
    # Which number to call for someone, or for oneself one day, while well now.
    "Which number do you call if someone close talks about killing themselves? Just want it saved.",
    "¿A qué número llamo si un amigo habla de matarse? Lo quiero tener guardado",
    "Quel numéro on appelle si quelqu'un de proche parle de se suicider ?",
    "Welche Nummer ruft man an, wenn jemand von Suizid spricht?",
    "Pra qual número se liga se alguém próximo fala em se matar?",
    "A che numero si chiama se qualcuno vicino parla di uccidersi?",
    "Si algún día tengo ganas de matarme, ¿a quién llamo si la consulta está cerrada? Estoy bien ahora.",
    "Se um dia eu tiver vontade de me matar, pra quem eu ligo de madrugada? Hoje estou bem.",
    "If one day I feel like killing myself, who do I call if the clinic is shut? I'm fine now, just asking.",
    "Si un jour j'ai envie de me tuer, j'appelle qui quand le cabinet est fermé ? Je vais bien maintenant.",
    "Wenn ich irgendwann mal Lust hätte, mich umzubringen, wen ruf ich an, wenn die Praxis zu ist? "
    "Mir gehts gut.",
    "Se un giorno mi venisse voglia di uccidermi, chi chiamo quando lo studio è chiuso? Ora sto bene.",
    # An ordinary dose of an ordinary medicine.
    "Took two paracetamol and lay down, feeling better now",
    "I took two ibuprofen and lay down, the headache is gone",
    "Me tomé un ibuprofeno y me acosté, ya estoy mejor",
    "J'ai pris un Doliprane et je me suis couchée, ça va mieux",
    "Hab zwei Ibuprofen genommen und mich hingelegt, jetzt geht's besser",
    "Tomei um paracetamol e deitei, já passou",
    "Ho preso una tachipirina e mi sono messa a letto, sto meglio",
    # A method taken back at once ("(non)", "jk", "brincadeira").
    "this essay is killing me, gonna jump off the roof jk",
    "el parcial me está matando, me tiro por la ventana (no) jajaja",
    "Die Klausur bringt mich um, ich spring aus dem Fenster, nur Spaß",
    "a prova de amanhã tá me matando, vou pular da janela kkkk brincadeira",
    "sto esame mi sta uccidendo, mi butto dalla finestra (scherzo)",
    # Something else killed me (Rioplatense and Peninsular sport and exams).
    "Ese parcial me mató, no sé ni cómo me fue",
    "La final de ayer me mató, qué partidazo",
]


@pytest.mark.parametrize("text", QUIET)
def test_near_miss_is_not_flagged(text: str) -> None:
    s = _screen(text)
    assert s.level < Level.MODERATE, (text, s.level, s.rules)


# The command structure reads an order from a voice, God or a demon, not a teacher, a sat nav or a denial (the
# older pattern rules are not what this checks).
@pytest.mark.parametrize("text", [
    "My singing teacher says my voice needs to be louder.",
    "the GPS voice told me to turn left and I missed the exit",
    "my inner voice tells me to quit my job",
    "God told me to forgive my brother and I did",
    "Mi profe de canto dice que mi voz tiene que sonar más fuerte.",
    "Ya no oigo voces que me digan que me haga daño.",
    "Ma prof de chant dit que ma voix doit être plus forte.",
    "Meine Gesangslehrerin sagt, meine Stimme muss lauter werden.",
    "Die Stimmen sagen mir nicht mehr, dass ich mich verletzen soll.",
    "Minha professora de canto diz que a minha voz tem de ser mais forte.",
    "La mia insegnante di canto dice che la voce deve essere più forte.",
])
def test_no_command_read_where_nothing_is_ordered(text: str) -> None:
    assert not any(".compose.command" in r for r in _screen(text).rules), text


@pytest.mark.parametrize(("text", "least"), [
    # Taken back is not taken back when a time comes first, or when the joke is denied.
    ("I'll jump off the bridge tonight jk", Level.HIGH),
    ("vou me jogar da janela amanhã jk", Level.HIGH),
    ("cuantas pastis de paracetamol hacen falta pa no despertar? no es broma", Level.HIGH),
    ("Le prochain qui me touche, je lui mets un coup de couteau, je rigole pas", Level.HIGH),
    # A denial that turns, or a dose that is not ordinary, stays risk.
    ("Ganas de morir no tengo tantas como antes, pero sí a veces", Level.MODERATE),
    ("Pensieri di farla finita non ne ho mai avuti così tanti come adesso", Level.MODERATE),
    ("Tomei duas caixas de dipirona e deitei", Level.MODERATE),
    # "Me mató" with a time before it is the speaker's own plan.
    ("Esta noche me mato, ya no aguanto más", Level.IMMINENT),
])
def test_turned_near_misses_stay_risk(text: str, least: Level) -> None:
    s = _screen(text)
    assert s.level >= least, (text, s.level, s.rules)
