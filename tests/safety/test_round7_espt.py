"""Spanish and Portuguese structures, written before looking at round 7's items (issue 10, after round 7's score).

Each family is a structure, not a phrase: planning ahead (a conditional about the future with a question about a
number or a line), work and study (a role, and the risk words as the topic of a service or a course), a role
played, an old attempt dated in the past with a present statement of being well, jokes, and on the risk side
means + a sealed room + a time, an armed wait where someone works, an edge over the water with belongings handed
over, intrusive images of harming a baby, better off without me in any tense, cuts seen on a child, restriction
with its effects, drinking to cope, opioids used alone, commanding voices. Each is written in several wordings of
our own (Spain, Latin America, Brazil, Portugal, Angola), with near misses that share its words. Lexical layers only.
"""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def level(text: str) -> Level:
    return screen(text, use_classifier=False).level


AT_LEAST = [
    # means for carbon monoxide, a room sealed, a time
    ("pt", "Comprei carvão ontem e já tapei as frestas das janelas do quarto. Vai ser esta noite.", Level.IMMINENT),
    ("pt", "Tapei com fita as janelas da casa de banho e tenho aqui o fogareiro. Hoje à noite acaba.",
     Level.IMMINENT),
    ("pt", "o carvão tá no porta-malas e já vedei as portas da garagem, vai ser amanhã cedo", Level.IMMINENT),
    ("es", "Ya compré el carbón y sellé las ventanas del baño. Será esta noche.", Level.IMMINENT),
    # an apology that takes the blame off the reader, with a means and a time
    ("pt", "Já tenho os comprimidos todos aqui, é hoje. Não é culpa tua, mãe.", Level.IMMINENT),
    ("es", "Tengo las pastillas aquí, es esta noche. No es culpa tuya, de verdad.", Level.IMMINENT),
    # at an edge over the water, belongings handed over, a goodbye
    ("pt", "Tô na beira do cais olhando o rio. Deixei o celular e a carteira no carro. Obrigado por tudo.",
     Level.IMMINENT),
    ("pt", "estou sentado na falésia a olhar o mar, já não aguento mais. adeus", Level.IMMINENT),
    ("pt", "Já entreguei as chaves e os documentos à minha irmã. Não aguento mais isto.", Level.MODERATE),
    # an armed wait where someone works or lives, with the time he comes out
    ("pt", "Sei onde ele mora. Estou em frente ao prédio dele com a faca, ele chega às oito.", Level.IMMINENT),
    ("pt", "tô na saída da escola com o canivete, esse moleque vai ver hoje", Level.IMMINENT),
    ("es", "Llevo la navaja en la mochila. El que me pega en el recreo mañana se va a enterar.", Level.IMMINENT),
    ("es", "ese cabrón que me robó se va a enterar, tengo el bate en el coche y sé dónde vive", Level.HIGH),
    # intrusive images of harming a baby (moderate: thoughts the parent fears, not intent)
    ("pt", "Tenho pensamentos de que o afogo quando lhe dou banho. Nunca faria isso mas assusta-me.",
     Level.MODERATE),
    ("pt", "vem-me à cabeça a imagem de o atirar pela janela, tenho pavor", Level.MODERATE),
    ("es", "Me vienen ideas de que lo suelto en la bañera. Me da terror.", Level.MODERATE),
    ("es", "tengo imágenes horribles: que le hago daño con las tijeras mientras duerme", Level.MODERATE),
    # better off without me, in any tense
    ("pt", "acho que os meus filhos viviam melhor sem mim", Level.MODERATE),
    ("pt", "eles iam ficar melhor sem mim, sinceramente", Level.MODERATE),
    ("pt", "a minha mulher ficaria bem melhor se eu não estivesse cá", Level.MODERATE),
    ("es", "mis hijos estaban mejor sin mí, eso pienso a veces", Level.MODERATE),
    ("es", "les iría mejor sin mí a todos", Level.MODERATE),
    ("es", "estarían mejor con la pensión si yo no estuviera", Level.MODERATE),
    ("es", "mi padre dice que ya no le ve sentido a seguir vivo", Level.MODERATE),
    ("es", "ya no le encuentro sentido a seguir viva", Level.MODERATE),
    # cuts seen on a child or shown by her
    ("pt", "A minha filha de 14 anos mostrou-me cortes nos braços.", Level.HIGH),
    ("pt", "vi as cicatrizes nas coxas da minha enteada de 12 anos", Level.HIGH),
    ("es", "Mi hija de 13 me enseñó los cortes en el brazo y me pidió que no dijera nada.", Level.HIGH),
    ("es", "le vi unas cicatrices en los muslos a mi sobrina de 14 años", Level.HIGH),
    # restriction with its effects
    ("pt", "Estou só a chá e bolacha há duas semanas e ontem desmaiei no trabalho.", Level.HIGH),
    ("pt", "tô só na água há 5 dias, ontem desmaiei no ônibus", Level.HIGH),
    # compensating by exercise
    ("es", "Corro una hora cada noche para quemar lo que comí, y si no puedo me pongo fatal.", Level.MODERATE),
    ("es", "después de cenar hago 500 saltos para compensar la cena", Level.MODERATE),
    # drinking every day to cope
    ("pt", "Bebo umas doses de whisky todas as noites. Só assim adormeço.", Level.MODERATE),
    ("pt", "despacho uma grade de cerveja por dia, só assim esqueço", Level.MODERATE),
    ("es", "Me tomo media botella de ron cada noche, es la única forma de dormir.", Level.MODERATE),
    # opioids used alone
    ("pt", "Recaí na heroína e injeto sozinha no quarto.", Level.HIGH),
    ("pt", "voltei ao fentanil, uso sozinho pra ninguém ver", Level.HIGH),
    # commanding voices across a sentence break
    ("es", "La voz otra vez. Dice que tengo que tirarme del balcón.", Level.HIGH),
    ("es", "Las voces no paran. Me ordenan que me corte.", Level.HIGH),
    ("pt", "As vozes outra vez. Agora mandam-me cortar os pulsos.", Level.HIGH),
    ("pt", "a voz diz que tenho de matar o meu vizinho", Level.HIGH),
    # a joke taken back: the figure of speech is no longer a joke
    ("es", "Siempre digo 'mejor muerta que ir a esa cena', pero ya no lo digo en broma.", Level.MODERATE),
    ("es", "Antes muerto que volver con él... y la verdad es que ahora lo digo en serio.", Level.MODERATE),
    # how much would be lethal, however the end is said
    ("es", "¿Cuántas pastillas de ibuprofeno de 600 harían falta para que no haya vuelta atrás?", Level.HIGH),
    ("es", "cuantos comprimidos serían demasiados para una persona, digo, por saber", Level.HIGH),
    ("es", "Pregunta rápida: cuántas pastillas de lorazepam hacen falta para que sea irreversible", Level.HIGH),
    # a young child left alone, and marks seen on a child
    ("es", "Los del quinto dejan solo a su hijo de tres años toda la tarde.", Level.HIGH),
    ("es", "El nene de la vecina tiene seis años. Lo vi ayer con moratones en la cara.", Level.HIGH),
    # a denied euphemism does not cover what is said after a turn
    ("es", "No voy a hacer ninguna tontería, pero tengo las pastillas guardadas y esta noche me las tomo todas.",
     Level.HIGH),
    # risk now stays risk, even with a conditional or a number in it
    ("pt", "Se algum dia eu tiver coragem, é hoje à noite: quero morrer. Já tenho os comprimidos. Qual é o "
           "número do CVV?", Level.HIGH),
    ("es", "si algún día lo hago será hoy, ya tengo las pastillas. cuál era el número de la línea?", Level.MODERATE),
]

UP_TO = [
    # planning ahead: a conditional about the future and a question about a number, a line or whom to call
    ("pt", "Se algum dia eu tiver pensamentos de me matar, o CVV é o 188 mesmo? Só pra deixar salvo no celular.",
     Level.LOW),
    ("pt", "Caso um dia eu pense em suicídio, para quem devo ligar em Portugal?", Level.LOW),
    ("pt", "se um dia eu ficar mesmo mal e pensar em acabar com tudo, qual é o número da linha de apoio?", Level.LOW),
    ("pt", "Qual é o telefone da SOS Voz Amiga? Quero ter à mão se alguma vez me sentir suicida.", Level.LOW),
    ("es", "Si algún día tengo ideas de matarme, ¿a qué número llamo? Es para tenerlo apuntado.", Level.LOW),
    ("es", "si alguna vez me vienen pensamientos suicidas, ¿el 024 sigue funcionando?", Level.LOW),
    ("es", "¿Cuál es el teléfono de la línea de crisis, por si algún día quiero morirme?", Level.LOW),
    ("es", "Por si acaso un día pienso en quitarme la vida, ¿a quién debo llamar en México?", Level.LOW),
    # work and study: the risk words as the topic of a service, a course or a study
    ("es", "Estoy haciendo las prácticas del máster en una línea de atención a la conducta suicida y hoy me tocó "
           "mi primera llamada difícil. Salió bien.", Level.LOW),
    ("es", "Soy voluntaria en un teléfono de prevención del suicidio y esta noche tengo turno.", Level.LOW),
    ("es", "Trabajo en una unidad de atención a personas con ideación suicida; hoy ha sido un día largo.", Level.LOW),
    ("es", "Mi TFG va sobre prevención del suicidio en adolescentes y mañana lo entrego.", Level.LOW),
    ("pt", "Sou voluntária do CVV e hoje atendi chamadas de prevenção do suicídio a noite toda.", Level.LOW),
    ("pt", "Estou a fazer o estágio numa unidade de intervenção em crises suicidas e hoje correu bem.", Level.LOW),
    ("pt", "A minha tese de mestrado é sobre prevenção de overdoses em jovens, entrego amanhã.", Level.LOW),
    # a role played in training or on stage
    ("es", "En el taller hice de paciente que se había tomado una sobredosis y fue muy intenso.", Level.LOW),
    ("es", "hoy en teatro interpreté a una chica que quiere suicidarse", Level.LOW),
    ("pt", "Na formação fiz de utente que tinha tomado comprimidos a mais. Foi estranho.", Level.LOW),
    ("pt", "no ensaio interpretei uma mulher que se quer matar, foi pesado", Level.LOW),
    # an old attempt dated in the past, told with a present statement of being well
    ("es", "Mi intento de suicidio de 2009 ya quedó atrás; hoy me siento mucho más ligera.", Level.LOW),
    ("es", "Aquella sobredosis de 2014 me cambió la vida. Ahora estoy bien y estable.", Level.LOW),
    ("pt", "A minha tentativa de suicídio de 2011 já passou; hoje sinto-me em paz.", Level.LOW),
    ("pt", "Aquela overdose em 2016 foi o fundo do poço. Hoje estou bem melhor.", Level.LOW),
    # a euphemism for an act, denied (the semantic layer is not consulted where the lexicons read a denial)
    ("es", "No es que quiera hacer nada raro, solo que estoy agobiadísimo con las deudas.", Level.LOW),
    ("es", "tranquila, no voy a hacer ninguna tontería, solo necesitaba desahogarme", Level.LOW),
    ("pt", "Não é que eu queira fazer alguma besteira, só estou muito cansado das dívidas.", Level.LOW),
    ("pt", "calma, não vou fazer nenhuma asneira, só precisava de desabafar", Level.LOW),
    # jokes
    ("es", "el examen de química de mañana me va a m4tar literal 💀 kms jajaja es broma", Level.LOW),
    ("es", "Vamos a matarlos 😂 bueno, a ver si no me muero yo de un tirón en el gemelo", Level.LOW),
    ("es", "mañana les vamos a reventar en la final jajaja", Level.LOW),
    # near misses of the new risk parts
    ("pt", "Comprei carvão para o churrasco de domingo.", Level.LOW),
    ("pt", "Vedei as janelas do anexo por causa da humidade.", Level.LOW),
    ("pt", "Deixei as chaves com o vizinho porque vou de férias.", Level.LOW),
    ("pt", "estou na ponta da ilha com os miúdos, que dia lindo", Level.LOW),
    ("pt", "Sei onde ele trabalha, vou lá entregar o currículo.", Level.LOW),
    ("pt", "Não é culpa tua que o jogo tenha corrido mal.", Level.LOW),
    ("pt", "bebo um copo de vinho por dia ao jantar", Level.LOW),
    ("pt", "o médico receitou-me metadona e vou à consulta sozinho", Level.LOW),
    ("pt", "as vozes do coro estavam lindas hoje", Level.LOW),
    ("pt", "a minha filha mostrou-me os cortes de cabelo que quer fazer", Level.LOW),
    ("es", "Mi madre se va a enterar de que suspendí, qué miedo.", Level.LOW),
    ("es", "La vecina deja sola a su hija de 16 años los fines de semana.", Level.LOW),
    ("es", "Hago una hora de bici para despejarme.", Level.LOW),
    ("es", "no le veo sentido a esta serie, la verdad", Level.LOW),
    ("es", "Siempre digo 'antes muerta que sencilla' y me río.", Level.LOW),
    ("es", "¿Cuántos ibuprofenos puedo tomar al día para el dolor de muelas?", Level.LOW),
]


@pytest.mark.parametrize(("lang", "text", "floor"), AT_LEAST)
def test_structure_reaches_level(lang: str, text: str, floor: Level) -> None:
    assert level(text) >= floor, text


@pytest.mark.parametrize(("lang", "text", "ceiling"), UP_TO)
def test_structure_stays_below(lang: str, text: str, ceiling: Level) -> None:
    assert level(text) <= ceiling, text
