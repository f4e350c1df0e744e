"""Spanish and Portuguese situations composed from their parts (issue 10, after round 6's first score).

Each family is written in several wordings of our own (Spain, Latin America, Brazil, Portugal, Angola), with the
ordinary messages that share its words. Lexical layers only: the point is that the parts compose.
"""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def level(text: str) -> Level:
    return screen(text, use_classifier=False).level


AT_LEAST = [
    # an ending told with a time, and nothing else
    ("es", "A las 12 se acaba todo", Level.IMMINENT),
    ("es", "esta noche a las 11 termina todo para mi", Level.IMMINENT),
    ("es", "Se acaba todo esta noche.", Level.IMMINENT),
    ("pt", "Às 12 acaba tudo.", Level.IMMINENT),
    ("pt", "hoje à noite às 11 termina tudo pra mim, já está tudo pronto", Level.IMMINENT),
    # on the way to, or at, a place to jump, with a decision
    ("es", "Voy caminando hacia el viaducto. No me escribas más, ya lo he decidido.", Level.IMMINENT),
    ("es", "voy rumbo al puente, ya lo tengo decidido", Level.IMMINENT),
    ("pt", "tô indo pra ponte agora, já decidi", Level.IMMINENT),
    # a rope already fixed, the children away
    ("pt", "Já tenho a corda presa no corrimão das escadas. Os miúdos estão na escola. Desculpe por tudo.",
     Level.IMMINENT),
    ("pt", "a corda já está amarrada na viga da garagem", Level.HIGH),
    ("es", "ya tengo la cuerda atada a la barandilla de la escalera", Level.HIGH),
    # research into lethality, one's own or a relative's medicines
    ("pt", "Já pesquisei qual remédio da minha vó é mais forte e quantos precisa. Só não decidi o dia ainda.",
     Level.HIGH),
    ("es", "Busqué en internet cuáles de las pastillas de mi madre son más fuertes y cuántas hacen falta", Level.HIGH),
    ("es", "Una pregunta: si alguien se tira desde un sexto piso, ¿se muere seguro? Yo vivo en un sexto.",
     Level.HIGH),
    ("pt", "se alguém pular do oitavo andar morre na hora?", Level.HIGH),
    ("es", "ya solo me falta elegir el día", Level.HIGH),
    # a child in danger: marks at home, a small child alone or with an intoxicated adult
    ("pt", "A menina do 302 tem uns 9 anos e aparece toda semana com marca de queimadura nos braços.", Level.HIGH),
    ("es", "El nene de los vecinos tiene 7 años y siempre llega con moretones al cole", Level.HIGH),
    ("pt", "Meu filho de 2 anos tá sozinho em casa com meu ex que tá usando pedra, ele não atende", Level.HIGH),
    ("es", "mi hija de 3 años está sola en casa con su padre que está borracho y no contesta", Level.HIGH),
    ("es", "voy a dormir con un cuchillo debajo de la almohada x si acaso. tengo 14", Level.HIGH),
    ("pt", "vou dormir com uma faca debaixo do travesseiro, tenho medo que ele entre", Level.HIGH),
    # eating: days without food with fainting
    ("es", "Hoy me he mareado dos veces y se me pone todo negro al levantarme. No como nada desde el lunes",
     Level.HIGH),
    ("pt", "não como nada desde segunda e desmaiei no banho", Level.HIGH),
    # passive wishes, older adults
    ("pt", "Tenho 76 anos, era melhor para todos se eu fosse desta para melhor.", Level.MODERATE),
    ("pt", "quem me dera bater as botas de uma vez", Level.MODERATE),
    ("es", "Es que si mañana me atropellara un coche tampoco me importaría mucho, la verdad.", Level.MODERATE),
    ("es", "si no me despierto mañana me daría igual", Level.MODERATE),
    ("pt", "Tô morta por dentro. E dessa vez não é força de expressão.", Level.MODERATE),
    # self-harm urges back after a clean spell
    ("pt", "Faz um ano que não me corto e hoje a vontade voltou muito forte.", Level.MODERATE),
    ("es", "llevaba ocho meses sin cortarme y anoche las ganas volvieron", Level.MODERATE),
    # intrusive thoughts of harming a baby
    ("es", "Cuando baño a mi bebé me vienen imágenes de que lo suelto en el agua.", Level.MODERATE),
    ("pt", "tenho imagens na cabeça em que deixo cair o bebê da escada", Level.MODERATE),
    # drugs used to get through, more and more often
    ("pt", "Tô cheirando todo fim de semana pra aguentar a semana.", Level.MODERATE),
    ("es", "me meto perico todos los findes para aguantar la semana", Level.MODERATE),
]

BELOW_MODERATE = [
    # something else "killing me"
    ("es", "Me mató el partido de Boca, che. Igual lo vi con mi viejo en la cancha y estuvo re lindo"),
    ("es", "me mataron los tacones en la boda"),
    ("pt", "Este calor de Luanda está a me matar, kota. Nem consigo dormir."),
    ("pt", "esse trânsito tá a matar-me"),
    # someone else's warning about an activity
    ("es", "mi marido dice que un día me voy a matar en esa escalera"),
    ("pt", "o meu marido diz que ainda vou me matar naquela escada"),
    # a denial to the clinician
    ("es", "No, nunca he pensado en quitarme la vida, te lo digo de verdad. Lo que me pasa es que no duermo."),
    ("pt", "não, nunca pensei em me matar, juro. só ando cansada"),
    # ordinary endings with a time
    ("es", "a las 3 se acaba todo, ¡vacaciones!"),
    ("es", "mañana se acaba todo el plazo de la matrícula"),
    ("pt", "às 18h acaba tudo, férias finalmente!"),
    # ordinary research, routes and ropes
    ("pt", "pesquisei qual time é mais forte no campeonato"),
    ("es", "busqué cuál es la dosis de paracetamol para mi hijo de 20 kilos"),
    ("es", "voy caminando hacia el puente para ver el atardecer con mi novia"),
    ("pt", "a corda do baloiço está presa na árvore do quintal"),
    ("es", "ya solo me falta elegir el día de la boda"),
    # children and marks from play
    ("es", "mi hijo de 5 años llega con moretones del fútbol"),
    ("pt", "a menina chegou com marcas de queimadura do sol da praia"),
    ("pt", "meu filho de 15 anos está sozinho em casa hoje"),
    # eating ordinary
    ("es", "no como carne desde el lunes, me estoy haciendo vegetariana"),
    # a kitchen knife, a chair at the door
    ("es", "corté el pan con un cuchillo y me fui a dormir"),
]


@pytest.mark.parametrize(("lang", "text", "least"), AT_LEAST)
def test_family_reaches_its_level(lang: str, text: str, least: Level) -> None:
    assert level(text) >= least, text


@pytest.mark.parametrize(("lang", "text"), BELOW_MODERATE)
def test_ordinary_message_is_not_flagged(lang: str, text: str) -> None:
    assert level(text) < Level.MODERATE, text
