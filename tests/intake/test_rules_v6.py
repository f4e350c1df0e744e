"""Rules v6 with signals-v5 (after the fifth held-out set, issue #15): means tried out or laid out with a time in
colloquial words, a fit described after stopping alcohol or a sedative, goodbye messages and shut in, a delusion
acted on against a person, a weapon taken to where the person is, a threat to kill a child now, a relative's
words written for them, thoughts of a method every night, severe restriction with a large weight loss; and the
guards (resolved history, impairment with moderate symptoms). Each family in six languages, in wording written
for these tests (none of the data sets uses it)."""

from __future__ import annotations

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, Inputs, default_rules

MILD_PHQ = [1, 0, 1, 1, 0, 0, 0, 0, 0]  # 3, item 9 at 0: the scores minimised


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v5").read(text, lang)}


def triage(text: str, lang: str, measures: dict | None = None, rules: engine.RuleSet | None = None):
    # The words alone (no screen verdict): what the signals add to the rules.
    inputs = Inputs(measures=measures if measures is not None else {"phq9": MILD_PHQ}, text=text, lang=lang)
    return (rules or default_rules()).triage(inputs)


def test_rules_v6_read_signals_v5_and_v7_is_the_default() -> None:
    shipped = engine.shipped_rules("rules-v6.yaml")
    assert shipped.version == "v6" and shipped.signals.version == "signals-v5"
    assert shipped.signals.on_behalf == "on_behalf"
    assert DEFAULT_VERSION == default_rules().version == "v9" and signals.DEFAULT_VERSION == "signals-v8"
    old = engine.shipped_rules("rules-v5.yaml")
    assert old.version == "v5" and old.signals.version == "signals-v4"


EMERGENCY = [
    # means in place and tried out (a rehearsal), "lol" beside it
    ("means_rehearsed", "en", "haha whatever, the noose is tied up in the garage and i tested whether the beam holds"),
    ("means_rehearsed", "es", "Ya tengo la cuerda guardada en el trastero y probé si la viga aguanta."),
    ("means_rehearsed", "fr", "J'ai caché une corde dans la cave et j'ai testé si la poutre tient."),
    ("means_rehearsed", "de", "Das Seil hab ich im Keller versteckt und getestet, ob der Haken hält."),
    ("means_rehearsed", "pt", "Comprei uma corda e testei se a viga aguenta o meu peso."),
    ("means_rehearsed", "it", "Ho comprato una corda e ho provato se la trave regge."),
    # pills laid out beside them, waiting to be alone or a time in colloquial words
    ("means_beside_me_time", "en", "Got all my tablets lined up on the bed, just waiting for my mum to go out."),
    ("means_beside_me_time", "es", "Tengo las pastillas al lado mío, espero a que mi novio se vaya a trabajar."),
    ("means_beside_me_time", "fr", "Mes cachets sont sur la table pis une bouteille, c'est pour à soir."),
    ("means_beside_me_time", "de", "Die Tabletten liegen neben mir, ich warte bis meine Frau aus dem Haus ist."),
    ("means_beside_me_time", "pt", "Os comprimidos estão ao meu lado, espero que o meu marido saia."),
    ("means_beside_me_time", "it", "Ho le pastiglie accanto a me, aspetto che mio marito esca."),
    # a fit described, not named, or confusion, after alcohol or a sedative stopped
    ("withdrawal_danger", "en", "I stopped the diazepam last week. Today I blacked out and was jerking on the sofa."),
    ("withdrawal_danger", "es", "Dejé el alcohol hace tres días. Esta mañana tuve una ausencia con sacudidas."),
    ("withdrawal_danger", "fr", "J'ai arrêté le Xanax dimanche. Hier soir je ne la reconnaissais plus, ma fille."),
    ("withdrawal_danger", "de", "Hab das Tavor abgesetzt. Seit gestern weiß ich oft nicht, wo ich bin."),
    ("withdrawal_danger", "pt", "Parei de beber na sexta. Hoje desmaiei com espasmos no chão da cozinha."),
    ("withdrawal_danger", "it", "Ho smesso di bere lunedì. Stamattina vedevo delle formiche sul letto."),
    # goodbye messages sent, and shut in or not answering (whoever writes)
    ("farewell_shut_in", "en", "My friend posted goodbye messages an hour ago and now she isn't answering."),
    ("farewell_shut_in", "es", "Mi hermano mandó mensajes de despedida al grupo y no contesta el teléfono."),
    ("farewell_shut_in", "fr", "Mon ami a laissé des lettres d'adieu et il s'est enfermé dans sa chambre."),
    ("farewell_shut_in", "de", "Meine Schwester hat eine Abschiedsnachricht geschickt und geht nicht ran."),
    ("farewell_shut_in", "pt", "A minha amiga deixou cartas de despedida e trancou-se no quarto. Não atende."),
    ("farewell_shut_in", "it", "Mio figlio ha mandato messaggi d'addio e non risponde più."),
    # a presence's command to stop a person, and preparation (a delusion acted on)
    ("delusion_against_person", "en", "God showed me the landlord is a demon. I have to stop him before Sunday. Everything is ready."),
    ("delusion_against_person", "es", "Dios me habló: hay que detenerla antes del lunes. Ya tengo todo lo necesario."),
    ("delusion_against_person", "fr", "Un ange m'a parlé de mon patron. Il faut l'arrêter. Tout est prêt."),
    ("delusion_against_person", "de", "Gott hat gesagt, ich muss ihn aufhalten. Ich habe alles vorbereitet."),
    ("delusion_against_person", "pt", "Deus revelou-me que o vizinho é o mal, tenho que detê-lo. Já preparei tudo."),
    ("delusion_against_person", "it", "Dio mi ha parlato: devo fermarlo entro domenica. Ho preparato tutto."),
    # a weapon taken, and going where the other person is
    ("armed_going_after", "en", "I know where her new bloke works and I grabbed the knife from the drawer."),
    ("armed_going_after", "es", "Ya sé dónde trabaja ese tipo y tengo la pistola en el coche."),
    ("armed_going_after", "fr", "Je sais où il travaille, son copain, et j'ai pris le fusil de mon père."),
    ("armed_going_after", "de", "Ich weiß, wo er wohnt, und ich habe das Messer schon geholt."),
    ("armed_going_after", "pt", "Sei onde o ex dela mora e peguei a faca da cozinha."),
    ("armed_going_after", "it", "So dove abita, ho preso la pistola di mio zio."),
    # a threat to kill a child, happening now
    ("child_threatened_now", "en", "The man upstairs is screaming that he will kill the boy, it's been going on for hours."),
    ("child_threatened_now", "es", "El vecino grita que va a matar al niño, acabo de oír golpes."),
    ("child_threatened_now", "fr", "Le voisin hurle qu'il va tuer le petit, depuis des heures."),
    ("child_threatened_now", "de", "Der Vater schreit gerade, dass er das Kind umbringen will, bringt den Kleinen um."),
    ("child_threatened_now", "pt", "O vizinho está a gritar que vai matar o menino, acabei de ouvir vidros."),
    ("child_threatened_now", "it", "Il vicino urla che ammazza il bambino, va avanti da ore."),
]


@pytest.mark.parametrize(("signal", "lang", "text"), EMERGENCY)
def test_emergency_families_are_read_in_six_languages(signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang)
    assert triage(text, lang).tier == "emergency"


URGENT = [
    # thoughts of a method every night
    ("frequent_method_thoughts", "en", "Every night I lie there thinking about jumping off the car park roof."),
    ("frequent_method_thoughts", "es", "Cada noche pienso en tirarme a las vías del tren."),
    ("frequent_method_thoughts", "fr", "Tous les soirs je pense à me jeter du balcon."),
    ("frequent_method_thoughts", "de", "Jede Nacht denke ich daran, mich vor den Zug zu werfen."),
    ("frequent_method_thoughts", "pt", "Todas as noites penso em me atirar da ponte."),
    ("frequent_method_thoughts", "it", "Ogni notte penso di buttarmi dal ponte."),
    # the person referred says every day they want to die (referral written for them)
    ("other_says_wants_to_die", "en", "I'm writing for my dad. Every day he says he wants to end it since mum died."),
    ("other_says_wants_to_die", "es", "Escribo por mi padre. Todos los días dice que se quiere morir."),
    ("other_says_wants_to_die", "fr", "J'écris pour ma mère. Elle répète tous les jours qu'elle veut mourir."),
    ("other_says_wants_to_die", "de", "Ich schreibe für meinen Vater. Er sagt jeden Tag, er will nicht mehr leben."),
    ("other_says_wants_to_die", "pt", "Escrevo pela minha mãe. Ela diz todos os dias que quer morrer."),
    ("other_says_wants_to_die", "it", "Scrivo per mio padre. Ogni giorno dice che vuole morire."),
    # the person referred believes they are watched (referral written for them, a flatmate or friend too)
    ("psychosis_other", "en", "I'm writing for my flatmate. He is convinced the police are watching him through the TV."),
    ("psychosis_other", "es", "Escribo por mi amiga. Cree que los vecinos la espían por el enchufe."),
    ("psychosis_other", "fr", "J'écris pour ma colocataire. Elle croit que ses collègues l'espionnent."),
    ("psychosis_other", "de", "Ich schreibe für meinen Freund. Er glaubt, dass die Nachbarn ihn über das Handy abhört."),
    ("psychosis_other", "pt", "Escrevo pelo meu amigo. Ele acha que a polícia o vigia pela janela."),
    ("psychosis_other", "it", "Scrivo per il mio coinquilino. Crede che i vicini lo spiano dal muro."),
    # eating very little with 8 kg or more lost
    ("ed_severe_loss", "en", "Most days I only have a yoghurt and some cucumber. I've lost 11 kilos since spring."),
    ("ed_severe_loss", "es", "Como solo una manzana al día y he perdido 10 kilos."),
    ("ed_severe_loss", "fr", "Je mange presque rien, j'ai perdu 9 kilos depuis la rentrée."),
    ("ed_severe_loss", "de", "Ich esse nur noch einen Apfel am Tag, 12 Kilo abgenommen."),
    ("ed_severe_loss", "pt", "Como só uma maçã por dia, perdi 8 quilos desde o Natal."),
    ("ed_severe_loss", "it", "Mangio solo uno yogurt al giorno e ho perso 10 chili."),
    # mania in everyday words
    ("mania", "en", "Haven't slept more than 3 hours all week and never felt better, maxed out my credit card on gear."),
    ("mania", "es", "No necesito dormir, estoy a mil y voy a dejar el curro para montar un bar."),
    ("mania", "de", "Seit fünf Nächten kaum Schlaf, habe 20.000 Euro für ein Projekt überwiesen."),
    ("mania", "it", "Non dormo da giorni ma non serve, ho comprato tre moto."),
]


@pytest.mark.parametrize(("signal", "lang", "text"), URGENT)
def test_urgent_families_are_read_in_six_languages(signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang)
    assert triage(text, lang).tier == "urgent"


def test_voices_telling_a_relative_to_kill_with_a_weapon_readied_is_an_emergency() -> None:
    text = "Escrevo pelo meu marido. Ele diz que uma voz a mandar matar o irmão. Ontem afiou uma faca."
    assert "voices_command_other_armed" in found(text, "pt")
    outcome = triage(text, "pt")
    assert outcome.tier == "emergency" and "text.command_hallucinations" in outcome.rules


GUARDS = [
    # a shelf tested, no means; a rope for climbing
    ("en", "I tested whether the new shelf holds my books, it does."),
    ("en", "Bought a new rope for climbing and tested if the anchor holds."),
    # pills beside them with no time; a goodbye message when moving abroad, answering
    ("fr", "Mes comprimés sont à côté de moi pour ne pas oublier de les prendre."),
    ("es", "Mi amiga mandó mensajes de despedida porque se muda a Chile, luego hablamos."),
    # God and preparation, no person to stop
    ("it", "Dio mi dà forza. Ho preparato tutto per il battesimo."),
    # knowing where someone works, no weapon
    ("pt", "Sei onde ele trabalha, vou lá falar com o chefe dele."),
    # a child in an idiom, no threat now
    ("en", "My sister jokes she'll kill the kid if he draws on the wall again lol."),
    # weight lost without restriction
    ("it", "Ho perso 9 chili con la palestra e mangio bene."),
    # a relative says so once, in a referral not written for them
    ("fr", "Ma mère dit parfois qu'elle veut mourir quand elle a mal au dos."),
]


@pytest.mark.parametrize(("lang", "text"), GUARDS)
def test_guards_keep_everyday_words_below_urgent(lang: str, text: str) -> None:
    assert triage(text, lang).tier in ("soon", "routine"), triage(text, lang).rules


def test_shaking_after_stopping_a_sedative_is_urgent_and_a_fit_described_is_an_emergency() -> None:
    shaking = "Hab das Tavor abgesetzt, ich zittere morgens ein bisschen."
    assert triage(shaking, "de").tier == "urgent"
    fit = "Hab das Tavor abgesetzt, heute war ich weggetreten und habe am ganzen Körper gezuckt."
    assert triage(fit, "de").tier == "emergency"


def _verdict(rule: str, category: str, level: str, text: str) -> dict:
    ev = {"rule": rule, "category": category, "level": level, "subject": "self", "text": text}
    return {"evidence": [ev]}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Tentei pôr fim à vida em 1998 com comprimidos. Estou bem há muitos anos e tenho filhos."),
        ("de", "Mit 30 versucht, mich umzubringen. Seitdem stabil, jetzt geht es um meine Ehe."),
        ("en", "I attempted suicide when I was nineteen. I've been well for years, this is about my job."),
    ],
)
def test_an_attempt_long_resolved_with_no_ideation_now_is_not_an_emergency(lang: str, text: str) -> None:
    verdict = _verdict(f"{lang}.plan.pills_plan", "suicide_plan_intent", "high", text)
    no_now = {"cssrs_screener": {"cssrs_1": 0, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 0}}
    outcome = default_rules().triage(Inputs(measures=no_now, screening=verdict, text=text, lang=lang))
    assert "attempt_long_resolved" in found(text, lang)
    assert outcome.tier == "routine", outcome.rules
    # The same words with a wish to be dead now on the C-SSRS keep the screen's reading.
    wish = {"cssrs_screener": {"cssrs_1": 1, "cssrs_2": 0, "cssrs_6": 1, "cssrs_6_recent": 0}}
    kept = default_rules().triage(Inputs(measures=wish, screening=verdict, text=text, lang=lang))
    assert kept.tier == "emergency"


def test_impairment_in_words_needs_severe_symptoms_unless_they_cannot_look_after_themselves() -> None:
    moderate = {"phq9": [3, 2, 2, 3, 2, 2, 2, 1, 0]}  # 17
    severe = {"phq9": [3, 3, 3, 3, 2, 2, 2, 2, 0]}  # 20
    work = "I stopped working in March, I just sit at home."
    assert "impairment" in found(work, "en")
    assert triage(work, "en", moderate).tier == "soon"
    assert triage(work, "en", severe).tier == "urgent"
    neglect = "I haven't showered in two weeks, I live on crackers."
    assert "self_neglect" in found(neglect, "en")
    assert triage(neglect, "en", moderate).tier == "urgent"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It's a bottle of gin every night now. My husband has given me an ultimatum."),
        ("es", "Me tomo 8 cervezas cada noche y me quitaron el carnet en mayo."),
        ("fr", "Je bois 5 à 7 verres le soir, et j'ai eu un retrait de permis."),
        ("de", "Jeden Abend 6-7 Bier, letzten Monat eine Abmahnung bekommen."),
        ("pt", "Bebo 12 cervejas ao fim do dia e perdi o emprego por isso."),
        ("it", "Bevo 7-8 bicchieri al giorno e mi hanno ritirato la patente."),
    ],
)
def test_heavy_drinking_with_a_consequence_is_soon(lang: str, text: str) -> None:
    assert "harmful_drinking" in found(text, lang)
    assert triage(text, lang).tier == "soon"


def test_heavy_drinking_long_ago_or_a_consequence_alone_stays_routine() -> None:
    past = "Ten years ago I drank 10 beers a night and lost my job. Sober for a long time now."
    assert "harmful_drinking" not in found(past, "en") and triage(past, "en").tier == "routine"
    assert triage("I lost my licence for speeding last year.", "en").tier == "routine"
