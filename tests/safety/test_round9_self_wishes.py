"""The speaker's own death wish said indirectly (issue 10, after round 9's first score), in our own wordings.

Families: a religious or passive wish of an older adult (asking or waiting for God, the Lord or the Virgin to
take them, a life lived to its end, "easier not to wake up"); burden (the family better off, calmer or freer
without the speaker, "if I were no longer here, would my children manage?"); a death idiom followed by a wish
that it came true; "I don't want to kill myself, but I don't want to be here either"; and a last thank-you as
a whole message after loose ends tied up in the earlier turns. Each in the six languages, with near misses
that share their words. Lexical layers only.
"""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def level(text: str, context: list[str] | None = None) -> Level:
    return screen(text, context=context, use_classifier=False).level


AT_LEAST = [
    # asking or waiting for God to take them
    ("en", "Every night I ask the good Lord to come for me, I've had enough of this bed.", Level.MODERATE),
    ("en", "Since Margaret passed I just sit here waiting for God to call me home.", Level.MODERATE),
    ("en", "A'm praying the Lord takes me soon, hen.", Level.MODERATE),
    ("es", "Todas las noches le ruego a la Virgen que ya me recoja, no quiero ser más carga.",
     Level.MODERATE),
    ("es", "Desde que murió mi viejo, espero que Diosito se acuerde de mí.", Level.MODERATE),
    ("fr", "Chaque soir je supplie le Seigneur de venir me chercher.", Level.MODERATE),
    ("fr", "J'attends que le bon Dieu me rappelle à lui, voilà tout.", Level.MODERATE),
    ("de", "Jeden Abend bete ich, dass mich der liebe Gott endlich zu sich nimmt.", Level.MODERATE),
    ("de", "I hoff jeden Tag, dass mi der Herrgott bald holt.", Level.MODERATE),
    ("de", "Ich warte eigentlich nur noch auf den Tod.", Level.MODERATE),
    ("pt", "Todos os dias rezo a Deus para que me leve, já estou cansada.", Level.MODERATE),
    ("pt", "Peço a Nossa Senhora de Fátima que me venha buscar.", Level.MODERATE),
    ("it", "Ogni sera prego la Madonna che mi porti via con sé.", Level.MODERATE),
    ("it", "Aspetto solo che il Padreterno mi chiami.", Level.MODERATE),
    # a life lived to its end
    ("en", "I've lived all I was meant to live, love. I'm just waiting now.", Level.MODERATE),
    ("es", "Ya viví todo lo que me tocaba vivir, mija.", Level.MODERATE),
    ("fr", "J'ai vécu ce que j'avais à vivre, vous savez.", Level.MODERATE),
    ("pt", "Já vivi o que tinha para viver, menina.", Level.MODERATE),
    ("it", "Ho già vissuto abbastanza, dottore.", Level.MODERATE),
    # easier not to wake up
    ("en", "honestly it would be easier if I just didn't wake up tomorrow", Level.MODERATE),
    ("es", "sería más fácil no despertarme mañana, la verdad", Level.MODERATE),
    ("fr", "Franchement ce serait plus simple de ne pas me réveiller demain.", Level.MODERATE),
    ("de", "Es wäre leichter, einfach nicht mehr aufzuwachen.", Level.MODERATE),
    ("it", "Sarebbe più facile non svegliarmi più domattina.", Level.MODERATE),
    # burden: better off, calmer or freer without the speaker, in any order
    ("en", "My kids would honestly be calmer without me dragging them down.", Level.MODERATE),
    ("en", "everyone'd be less stressed if i wasn't around tbh", Level.MODERATE),
    ("es", "Mis hijos vivirían más tranquilos sin tener que ocuparse de mí.", Level.MODERATE),
    ("es", "A veces pienso que mi familia estaría más aliviada si yo ya no estuviera.", Level.MODERATE),
    ("fr", "Ma femme serait plus libre sans moi, je le sais.", Level.MODERATE),
    ("fr", "Ils vivraient mieux sans avoir à s'occuper de moi.", Level.MODERATE),
    ("de", "Meine Kinder wären ohne mich viel besser dran.", Level.MODERATE),
    ("de", "Meine Frau hätte es ohne mich so viel leichter.", Level.MODERATE),
    ("pt", "Os meus filhos ficavam mais sossegados sem mim.", Level.MODERATE),
    ("pt", "Minha família viveria mais tranquila sem ter que cuidar de mim.", Level.MODERATE),
    ("it", "I miei figli starebbero più sereni senza di me.", Level.MODERATE),
    ("it", "Vivrebbero meglio senza dover pensare a me.", Level.MODERATE),
    # the own absence imagined, with a question about those left
    ("en", "If I was gone, would my grandkids be alright?", Level.MODERATE),
    ("es", "Si yo faltara, ¿mis nietos saldrían adelante?", Level.MODERATE),
    ("fr", "Si je n'étais plus là, est-ce que mes petits-enfants s'en sortiraient ?", Level.MODERATE),
    ("de", "Wenn ich nicht mehr da wäre, würden meine Enkel zurechtkommen?", Level.MODERATE),
    ("pt", "Se eu já não estivesse cá, os meus netos safavam-se?", Level.MODERATE),
    ("it", "Se morissi, mia moglie se la caverebbe?", Level.MODERATE),
    # a death idiom, then a wish that it came true
    ("en", "This commute is killing me, and tbh part of me hopes it does.", Level.MODERATE),
    ("en", "I'm working myself to death and honestly I wouldn't mind if it actually happened.",
     Level.MODERATE),
    ("es", "Este trabajo me va a matar y, sinceramente, no me importaría.", Level.MODERATE),
    ("fr", "Ces gardes de nuit vont finir par me tuer, et franchement ça ne me dérangerait pas.",
     Level.MODERATE),
    ("de", "Die Schichtarbeit bringt mich noch um, und ehrlich gesagt hätte ich nichts dagegen.",
     Level.MODERATE),
    ("pt", "Esse emprego vai me matar, e sinceramente não me importava nada.", Level.MODERATE),
    ("it", "Questo lavoro mi ammazzerà, e sotto sotto non mi dispiacerebbe.", Level.MODERATE),
    # not killing myself, but not wanting to be here either
    ("en", "I don't want to kill myself but I don't want to be here anymore either.", Level.MODERATE),
    ("es", "No es que quiera matarme, pero tampoco quiero seguir existiendo.", Level.MODERATE),
    ("fr", "Je veux pas me tuer, mais je veux plus être là non plus.", Level.MODERATE),
    ("de", "Ich will mich nicht umbringen, aber ich will auch nicht mehr hier sein.", Level.MODERATE),
    ("pt", "Não quero me matar, mas também não quero continuar vivo.", Level.MODERATE),
    ("it", "Non voglio ammazzarmi, però non voglio nemmeno restare qui.", Level.MODERATE),
]

UP_TO = [
    # God asked for help, not for death; someone else taking the speaker somewhere
    ("en", "I pray God takes me through this surgery safely.", Level.LOW),
    ("en", "My gran always prayed the Lord would keep us safe.", Level.LOW),
    ("en", "Mum asked the priest to take me to mass on Sunday.", Level.LOW),
    ("en", "I pray God takes me to see the Holy Land one day.", Level.LOW),
    ("es", "Le pido a Dios que me lleve por buen camino en el trabajo nuevo.", Level.LOW),
    ("es", "Mi abuela reza a la Virgen cada noche por todos nosotros.", Level.LOW),
    ("fr", "Je prie Dieu qu'il me prenne par la main dans cette épreuve.", Level.LOW),
    ("fr", "J'attends que le bus vienne me chercher.", Level.LOW),
    ("de", "Ich bete, dass Gott meine Enkel beschützt.", Level.LOW),
    ("de", "Ich warte drauf, dass mich mein Sohn vom Bahnhof holt.", Level.LOW),
    ("de", "Ich warte nur noch auf den Bus.", Level.LOW),
    ("pt", "Peço a Deus que me leve pelo bom caminho.", Level.LOW),
    ("pt", "Espero que o meu pai me leve ao aeroporto.", Level.LOW),
    ("it", "Prego il Signore che mi dia la forza per i miei figli.", Level.LOW),
    ("it", "Spero che Dio mi porti a casa sana e salva dal viaggio.", Level.LOW),
    # not waking someone else up
    ("en", "It's easier not to wake the baby up when she naps.", Level.LOW),
    ("es", "Es más fácil no despertar al bebé si lo dejo en la cuna.", Level.LOW),
    # a life lived somewhere else, before a move
    ("es", "Ya viví lo que tenía que vivir en esa empresa, ahora toca cambiar.", Level.LOW),
    ("fr", "J'ai vécu ce que j'avais à vivre dans cette ville, je déménage.", Level.LOW),
    ("it", "Ho vissuto abbastanza a Milano, adesso torno in Puglia.", Level.LOW),
    # better without the speaker for a while, at a place, or while the speaker does something
    ("en", "The team will be fine without me for a week while I'm on holiday.", Level.LOW),
    ("en", "My kids are happier without me nagging about homework.", Level.LOW),
    ("en", "My kids would be happier without me working weekends.", Level.LOW),
    ("en", "If I wasn't here next week, would the kids be ok with their dad?", Level.LOW),
    ("es", "Mi equipo estaría mejor sin mí en la final, estoy lesionado.", Level.LOW),
    ("fr", "Mes enfants seraient tranquilles si je partais en vacances une semaine.", Level.LOW),
    ("fr", "Sans moi l'équipe serait mieux organisée ce week-end.", Level.LOW),
    ("de", "Meine Kollegen kommen ohne mich im Urlaub gut zurecht.", Level.LOW),
    ("pt", "O time estaria melhor sem mim no jogo de domingo.", Level.LOW),
    ("it", "La squadra starebbe meglio senza di me nella partita di domenica.", Level.LOW),
    # an idiom with something ordinary wished after it
    ("en", "This job is killing me, but I love the people, honestly wouldn't change it.", Level.LOW),
    ("en", "This week is killing me, I wouldn't mind a long weekend.", Level.LOW),
    ("es", "Este examen me va a matar, pero no me importaría sacar un cinco.", Level.LOW),
    ("fr", "Ce prof va me tuer avec ses devoirs, ça m'arrangerait qu'il en donne moins.", Level.LOW),
    ("de", "Der Chef bringt mich noch um, wär mir recht, wenn er mal Urlaub macht.", Level.LOW),
    ("it", "Questo trasloco mi ammazza, non mi dispiacerebbe una pausa.", Level.LOW),
    # not wanting to be at a place, or to live with someone
    ("es", "Tampoco quiero seguir aquí en esta empresa, busco otro trabajo.", Level.LOW),
    ("fr", "Je veux pas vivre avec mes parents l'an prochain.", Level.LOW),
    ("it", "Non voglio vivere con lui, preferisco un appartamento da sola.", Level.LOW),
]

# Loose ends tied up in the earlier turns, then a thank-you or a strange calm as the whole message.
AFTER_LOOSE_ENDS = [
    ("en", ["Gave my bike to my nephew, he'll look after it better than me.",
            "Paid the rent up for the next three months."], "Anyway, cheers for everything, doc."),
    ("es", ["Devolví todos los libros que me habían prestado.", "Di de baja el gimnasio y la línea."],
     "Bueno, gracias por todo, doctora."),
    ("fr", ["J'ai rendu tous les outils que j'avais empruntés aux voisins.", "J'ai résilié mon forfait."],
     "Merci de tout, vraiment."),
    ("fr", ["J'ai rendu tous les livres que j'avais empruntés.",
            "J'ai appelé mon frère pour lui dire que je l'aimais."],
     "Je me sens bizarrement apaisée depuis hier."),
    ("de", ["Hab mein Motorrad verkauft und das Geld meiner Schwester gegeben.",
            "Hab meinen Handyvertrag gekündigt."],
     "Na ja, danke für alles, Frau Doktor."),
    ("pt", ["Devolvi todos os livros que me emprestaram.", "Cancelei a academia e o plano do celular."],
     "Enfim, obrigadão por tudo."),
    ("it", ["Ho restituito tutto quello che avevo in prestito.", "Ho disdetto la palestra."],
     "Comunque grazie di tutto, dottoressa."),
]

ORDINARY_TURNS = [
    ("it", ["Oggi è andata bene al lavoro.", "Ho fatto la spesa."], "Grazie di tutto, ci vediamo martedì."),
    ("fr", ["J'ai fini mes examens.", "On part en vacances samedi."],
     "Je me sens étrangement calme depuis hier."),
    ("en", ["Gave my bike to my nephew for his birthday.", "Work was fine."],
     "Thanks for everything today, see you Tuesday."),
]


@pytest.mark.parametrize(("lang", "text", "floor"), AT_LEAST)
def test_indirect_wish_reaches_level(lang: str, text: str, floor: Level) -> None:
    assert level(text) >= floor, text


@pytest.mark.parametrize(("lang", "text", "ceiling"), UP_TO)
def test_near_miss_stays_below(lang: str, text: str, ceiling: Level) -> None:
    assert level(text) <= ceiling, text


@pytest.mark.parametrize(("lang", "context", "text"), AFTER_LOOSE_ENDS)
def test_goodbye_after_loose_ends_is_high(lang: str, context: list[str], text: str) -> None:
    assert all(level(turn) <= Level.LOW for turn in context), context
    assert level(text) <= Level.LOW, text
    assert level(text, context) >= Level.HIGH, text


@pytest.mark.parametrize(("lang", "context", "text"), ORDINARY_TURNS)
def test_thanks_after_ordinary_turns_stays_low(lang: str, context: list[str], text: str) -> None:
    assert level(text, context) <= Level.LOW, text
