"""The speaker's own risk told by what is in their hands or what they have done (issue 10, after round 9's
first score): our own wordings, not round 9's.

Families: self-harm with the instrument held or kept on them, the urge back after years, self-harm done
recently in an obfuscated spelling; the speaker at an edge now (a ledge, a cornice, the far side of a railing,
the edge of the platform with the train coming); an overdose taken with the amount apart from the noun;
opioids used with the breathing slowing, or used alone; the lethal dose asked; laxatives at several times the
dose or before weigh-ins; fainting after days without eating. Each in the six languages, with near misses that
share their words. Lexical layers only.
"""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def level(text: str) -> Level:
    return screen(text, use_classifier=False).level


AT_LEAST = [
    # the instrument in hand or kept on them, used or not
    ("en", "held a razor blade against my wrist for ages last night but put it down", Level.MODERATE),
    ("en", "I've been carrying a blade in my pocket all week, just in case", Level.MODERATE),
    ("en", "the urge to cut has been creeping back since the breakup", Level.MODERATE),
    ("es", "Anoche estuve media hora con la cuchilla en la mano, no la usé.", Level.MODERATE),
    ("es", "Llevo una cuchilla en la cartera a todas partes.", Level.MODERATE),
    ("es", "Volvieron las ganas de cortarme desde que me echaron.", Level.MODERATE),
    ("fr", "J'ai tenu la lame contre mon bras pendant une heure hier soir.", Level.MODERATE),
    ("fr", "Je garde un cutter sur moi depuis lundi, au cas où.", Level.MODERATE),
    ("fr", "Les envies de me scarifier sont revenues depuis la rentrée.", Level.MODERATE),
    ("de", "Ich hab die Rasierklinge den ganzen Abend in der Hand gehalten.", Level.MODERATE),
    ("de", "Seit Tagen trag ich eine Klinge in der Jackentasche mit mir rum.", Level.MODERATE),
    ("de", "Der Drang, mich zu ritzen, ist wieder da.", Level.MODERATE),
    ("pt", "Fiquei meia hora com a lâmina na mão ontem, não usei mas quase.", Level.MODERATE),
    ("pt", "Ando com uma gilete no bolso para o caso de precisar.", Level.MODERATE),
    ("pt", "A vontade de me cortar voltou com força.", Level.MODERATE),
    ("it", "Ho tenuto il taglierino in mano per un'ora ieri notte.", Level.MODERATE),
    ("it", "Porto sempre una lametta nel portafoglio.", Level.MODERATE),
    ("it", "Mi ritrovo a fissare le lamette del rasoio ogni sera.", Level.MODERATE),
    # urges back after years: history with a now
    ("fr", "Ça faisait cinq ans que j'avais arrêté, mais l'envie de me couper revient depuis Noël.",
     Level.MODERATE),
    ("it", "Non mi tagliavo dai tempi del liceo, ma questa settimana la voglia di farmi del male è tornata.",
     Level.MODERATE),
    # self-harm done recently, in an obfuscated spelling
    ("it", "stanotte di nuovo autolesi0ni sulle braccia", Level.HIGH),
    ("es", "anoche otra vez autolesi0nes, nadie lo sabe", Level.HIGH),
    ("pt", "ontem de novo automutilaçao, escondi com manga comprida", Level.HIGH),
    # at an edge now
    ("en", "I'm sitting on the balcony railing, 9 floors up, I can't do this anymore", Level.IMMINENT),
    ("es", "Estoy sentado en la cornisa del sexto piso. Ya no puedo más.", Level.IMMINENT),
    ("es", "Me subí al pretil del puente, perdónenme.", Level.IMMINENT),
    ("fr", "Je suis de l'autre côté de la rambarde du pont. Pardon à tous.", Level.IMMINENT),
    ("fr", "Le métro arrive dans une minute et je suis juste au bord du quai, je vais sauter.",
     Level.IMMINENT),
    ("de", "Ich sitz auf dem Sims im fünften Stock und kann nicht mehr.", Level.IMMINENT),
    ("de", "Steh an der Bahnsteigkante, gleich kommt der ICE, ich spring.", Level.IMMINENT),
    ("pt", "Estou mesmo à beira da plataforma e o comboio já vem aí. Vou saltar.", Level.IMMINENT),
    ("it", "Mo so' sur cornicione, nun ce la faccio più.", Level.IMMINENT),
    ("it", "Sono dall'altra parte della ringhiera del ponte. Addio.", Level.IMMINENT),
    ("it", "Sono sul bordo della banchina, il treno arriva tra un minuto, mi butto.", Level.IMMINENT),
    # an overdose taken, the amount apart from the noun
    ("en", "swallowed maybe 40 of my mum's co-codamol about an hour ago, feel really sick", Level.IMMINENT),
    ("es", "Me tomé como 40 de las pastillas para dormir de mi madre hace un rato y me siento mareada.",
     Level.IMMINENT),
    ("fr", "J'ai avalé une trentaine de comprimés de Doliprane il y a une heure, j'ai la tête qui tourne.",
     Level.IMMINENT),
    ("pt", "Tomei umas 30 pílulas de dormir da minha avó faz uma hora, tô tonta.", Level.IMMINENT),
    ("it", "Ho preso una trentina di pasticche di mia nonna un'ora fa, mi gira la testa.", Level.IMMINENT),
    # opioids used with the breathing slowing: an overdose under way
    ("en", "Shot up on my own in the car park toilets, my breathing's gone really slow", Level.IMMINENT),
    ("es", "Me inyecté heroína sola en el baño y casi no puedo respirar.", Level.IMMINENT),
    ("fr", "Je me suis shooté à l'héro tout seul, je respire mal.", Level.IMMINENT),
    ("de", "Hab mir allein im Auto Heroin gedrückt und krieg kaum Luft.", Level.IMMINENT),
    ("pt", "Usei heroína sozinho no carro e tô com dificuldade pra respirar.", Level.IMMINENT),
    ("it", "Mi sono bucato da solo, respiro a fatica.", Level.IMMINENT),
    # opioids used alone
    ("en", "using fent by myself tonight, no one's home", Level.HIGH),
    ("es", "Estoy fumando fentanilo solo en mi cuarto, mis papás se fueron de viaje.", Level.HIGH),
    ("fr", "je prends de l'oxycodone en cachette toute seule dans ma chambre", Level.HIGH),
    ("de", "Ich nehm Fentanyl allein in meinem Zimmer, meine Mitbewohnerin ist verreist.", Level.HIGH),
    ("pt", "Ando a consumir fentanil sozinha em casa, ninguém sabe.", Level.HIGH),
    ("it", "Fumo eroina da sola in camera, i miei sono in vacanza.", Level.HIGH),
    # the lethal dose asked
    ("en", "What dose of sertraline would be lethal for someone my size?", Level.HIGH),
    ("es", "¿A partir de cuántas pastillas de clonazepam es mortal?", Level.HIGH),
    ("fr", "Quelle quantité de paracétamol est mortelle ? C'est pour moi.", Level.HIGH),
    ("de", "Ab wie vielen Tabletten Paracetamol ist es tödlich?", Level.HIGH),
    ("pt", "Qual é a dose letal de paracetamol para alguém de 60 quilos?", Level.HIGH),
    ("it", "Qual è la dose letale di tachipirina per una persona di 50 chili?", Level.HIGH),
    # laxatives at several times the dose or before weigh-ins
    ("en", "I take triple the dose of senna before every weigh-in", Level.MODERATE),
    ("es", "Tomo el triple de la dosis de laxantes antes de cada pesaje.", Level.MODERATE),
    ("fr", "Je prends le double de la dose de laxatifs avant les compétitions.", Level.MODERATE),
    ("de", "Ich nehme vor jedem Wiegen die dreifache Dosis Abführmittel.", Level.MODERATE),
    ("pt", "Tomo o dobro da dose de laxante antes da pesagem.", Level.MODERATE),
    ("it", "Prendo il triplo della dose di lassativi prima della pesata.", Level.MODERATE),
    # fainting after days without eating
    ("en", "Haven't eaten anything for four days and I keep blacking out at work", Level.HIGH),
    ("es", "No he comido nada desde antier y me desmayé en clase.", Level.HIGH),
    ("fr", "Ça fait trois jours que je n'ai rien mangé et j'ai fait un malaise au boulot.", Level.HIGH),
    ("de", "Hab seit drei Tagen nichts gegessen und bin heute umgekippt.", Level.HIGH),
    ("pt", "Não como nada há quatro dias e desmaiei no trabalho.", Level.HIGH),
    ("it", "Non mangio niente da tre giorni e oggi sono svenuta.", Level.HIGH),
]

UP_TO = [
    # blades and knives for shaving, work, crafts or cooking
    ("en", "I had the razor in my hand shaving when the doorbell went.", Level.LOW),
    ("en", "I keep a box cutter in my bag for work.", Level.LOW),
    ("es", "Tengo la navaja en el bolsillo para el trabajo en el campo.", Level.LOW),
    ("fr", "J'avais le rasoir à la main pour me raser.", Level.LOW),
    ("fr", "Je garde toujours un cutter dans ma poche pour les colis au boulot.", Level.LOW),
    ("de", "Ich hatte das Cuttermesser in der Hand, weil ich Kartons aufgeschnitten hab.", Level.LOW),
    ("pt", "Tenho o estilete na mochila para as aulas de artes.", Level.LOW),
    ("it", "Avevo la lama in mano per tagliare le cipolle.", Level.LOW),
    ("it", "Tengo il taglierino in tasca per il lavoro in magazzino.", Level.LOW),
    # self-harm as a topic
    ("pt", "Fizemos um trabalho da escola sobre automutilação.", Level.LOW),
    # an ordinary balcony, ledge or platform
    ("es", "Estoy en el balcón tomando un café, hoy hace buen día.", Level.LOW),
    ("es", "El gato se subió a la cornisa y no quiere bajar.", Level.LOW),
    ("fr", "Je suis sur le balcon en train de fumer, il fait doux ce soir.", Level.LOW),
    ("fr", "Le chat est sur le rebord de la fenêtre.", Level.LOW),
    ("de", "Ich steh auf dem Balkon und rauch eine.", Level.LOW),
    ("de", "Die Katze sitzt auf dem Fenstersims.", Level.LOW),
    ("pt", "Estou na varanda a apanhar sol, o dia está lindo.", Level.LOW),
    ("pt", "Fiquei na beira da piscina a ler.", Level.LOW),
    ("it", "Sono sul balcone a prendere il sole.", Level.LOW),
    ("it", "Il piccione è sul cornicione.", Level.LOW),
    # a roof, a car park, a platform for an errand or a commute
    ("en", "I'm on the roof fixing the aerial tonight", Level.LOW),
    ("en", "I'm standing at the edge of the platform waiting for my train, it's late again.", Level.LOW),
    ("en", "Not worth jumping ship for, the grass is always greener on the other side of the fence.",
     Level.LOW),
    ("fr", "je suis sur le parking du supermarché, j'arrive dans 5 minutes", Level.LOW),
    ("fr", "Je suis sur le toit de l'immeuble pour réparer l'antenne ce soir", Level.LOW),
    ("es", "Llevo la navaja en el bolsillo para pelar fruta en el campo.", Level.LOW),
    # an amount that is not pills; medicines prescribed and taken as prescribed
    ("en", "Took about 20 minutes to get there in the end.", Level.LOW),
    ("en", "My nan takes her prescribed morphine alone at night.", Level.LOW),
    ("es", "Mi abuela toma morfina recetada por el médico.", Level.LOW),
    ("es", "Consumo tramadol recetado por el traumatólogo, solo por las noches.", Level.LOW),
    ("fr", "Mon père prend de la morphine prescrite pour son cancer.", Level.LOW),
    ("de", "Mein Opa bekommt Morphin im Hospiz.", Level.LOW),
    ("pt", "A minha mãe toma morfina receitada para as dores.", Level.LOW),
    ("it", "Mio nonno prende la morfina prescritta dal medico.", Level.LOW),
    # a lethal dose for a pet
    ("en", "What dose of chocolate is lethal for a dog?", Level.LOW),
    ("fr", "C'est quoi la dose mortelle de caféine pour un chat ?", Level.LOW),
    # laxatives for constipation or a procedure
    ("it", "Il medico mi ha prescritto lassativi per la stitichezza.", Level.LOW),
    ("it", "Prendo un lassativo prima della colonscopia.", Level.LOW),
    # not eating because of an illness, or since the morning
    ("it", "Non mangio da due giorni per l'influenza, sto a letto con la febbre.", Level.LOW),
    ("en", "I haven't eaten since 9 this morning, starving lol", Level.LOW),
]


@pytest.mark.parametrize(("lang", "text", "floor"), AT_LEAST)
def test_act_reaches_level(lang: str, text: str, floor: Level) -> None:
    assert level(text) >= floor, text


@pytest.mark.parametrize(("lang", "text", "ceiling"), UP_TO)
def test_near_miss_stays_below(lang: str, text: str, ceiling: Level) -> None:
    assert level(text) <= ceiling, text
