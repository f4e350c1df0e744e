"""Rules v4 with signals-v3 (after the third held-out set, issue #15): crisis told in calm words that the
screen may not read, each family a combination in six languages, in wording written for these tests (none of
the data sets uses it), with the guards that keep it quiet: negated, long resolved, about someone else."""

from __future__ import annotations

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, Inputs, default_rules

MILD_PHQ = [1, 0, 1, 1, 0, 0, 0, 0, 0]  # 3, item 9 at 0: the scores minimised


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v3").read(text, lang)}


def triage(text: str, lang: str, rules: engine.RuleSet | None = None) -> engine.Outcome:
    # The words alone (no screen verdict): what the signals add to the rules.
    return (rules or default_rules()).triage(Inputs(measures={"phq9": MILD_PHQ}, text=text, lang=lang))


def test_rules_v4_read_signals_v3_and_v5_is_the_default() -> None:
    rules = engine.shipped_rules("rules-v4.yaml")
    assert rules.version == "v4" and rules.signals.version == "signals-v3"
    assert DEFAULT_VERSION == default_rules().version == "v9" and signals.DEFAULT_VERSION == "signals-v8"


# --- means kept ready with a day or time chosen, affairs settled, or a decision -----------------------------
MEANS_AND_TIME = [
    ("en", "Life's okay I suppose. I've stockpiled my sleeping pills in a shoebox and Thursday night "
           "is the one."),
    ("es", "Todo tranquilo. Compré una soga en la ferretería y el sábado, mientras mi mujer está en "
           "el pueblo, lo hago."),
    ("fr", "Je vais bien. J'ai planqué le pistolet de mon oncle dans le garage, et ce sera mardi."),
    ("de", "Alles in Ordnung. Das Gift liegt schon im Keller, übermorgen mache ich es."),
    ("pt", "Está tudo bem. Arranjei carvão e fita para a porta, vai ser na sexta-feira."),
    ("it", "Sto bene. La doppietta è già carica in cantina e giovedì chiudo i conti."),
    ("en", "I've made out my will and given away my guitars. The shotgun's loaded in the cupboard."),
]


@pytest.mark.parametrize(("lang", "text"), MEANS_AND_TIME)
def test_means_kept_ready_with_a_time_or_affairs_settled_is_an_emergency(lang, text) -> None:
    assert "means_and_time" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.intent_plan_means_time" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I haven't bought a rope and I'm not planning anything for Friday."),
    ("en", "Ten years ago I had a rope in the loft and a date picked, but that's long behind me."),
    ("en", "He bought a rope last week, he says Saturday is the day."),
    ("en", "We keep a tow rope in the boot for Sunday's sailing trip."),
    ("es", "No compré ninguna cuerda, el sábado voy al cine con mi hermana."),
    ("de", "Mein Nachbar hat ein Seil gekauft, am Samstag ist sein Umzug."),
])
def test_means_and_time_negated_past_someone_elses_or_everyday_do_not_raise(lang, text) -> None:
    assert "means_and_time" not in found(text, lang)
    assert triage(text, lang).tier == "routine"


# --- withdrawal from alcohol or a sedative ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I packed in the booze on Monday and this morning I had a seizure in the shower."),
    ("es", "Hace cinco días que dejé el trago de golpe y anoche tuve convulsiones en el sofá."),
    ("fr", "J'ai arrêté l'alcool d'un coup samedi et depuis je vois des insectes courir au plafond."),
    ("de", "Ich habe das Diazepam vor drei Tagen einfach abgesetzt und heute früh einen Anfall gehabt."),
    ("pt", "Larguei a cachaça há quatro dias e hoje de manhã tive um ataque epiléptico na cozinha."),
    ("it", "Ho sospeso lo Xanax di punto in bianco e stanotte mi è venuta una crisi epilettica."),
])
def test_withdrawal_with_a_fit_or_hallucinations_is_an_emergency(lang, text) -> None:
    assert "withdrawal_danger" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.medical_danger" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since I came off the diazepam on Saturday I've had the shakes and sweats every night."),
    ("es", "Dejé de beber el domingo y tengo temblores y sudores por la noche."),
    ("fr", "J'ai arrêté de boire lundi, je tremble des mains et j'ai des sueurs."),
    ("de", "Seit drei Tagen trocken, und meine Hände zittern ständig."),
    ("pt", "Parei de beber no sábado e estou com tremedeira e suores."),
    ("it", "Ho mollato l'alcol lunedì e ho un tremito alle mani."),
])
def test_withdrawal_with_shaking_is_urgent(lang, text) -> None:
    assert "withdrawal_signs" in found(text, lang) and "withdrawal_danger" not in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "urgent" and "text.withdrawal_signs" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I stopped drinking last week and thankfully no seizures or shaking at all."),
    ("en", "Years ago, when I stopped drinking, I had a seizure, but that's long behind me."),
    ("en", "He had a seizure after he stopped drinking, my mum says."),
    ("fr", "J'ai arrêté de boire il y a un mois, aucune crise, je dors mieux."),
    ("de", "Ich zittere vor Prüfungen immer, Alkohol trinke ich nicht."),
])
def test_withdrawal_negated_past_or_someone_elses_does_not_raise(lang, text) -> None:
    assert not found(text, lang) & {"withdrawal_danger", "withdrawal_signs"}
    assert triage(text, lang).tier == "routine"


# --- a weapon at hand with a threat to a person or a condition on them --------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My ex keeps showing up at my job. I've got a crowbar in the van and if he shows his face again "
           "I'll batter him."),
    ("es", "Mi vecino me tiene harto. Guardo un machete detrás de la puerta y como vuelva a gritarme "
           "lo rajo."),
    ("fr", "Le mec de ma soeur la frappe. J'ai une batte dans le coffre et s'il la touche encore "
           "je le défonce."),
    ("de", "Der Typ bedroht meine Mutter. Ich hab ein Messer griffbereit, und wenn er nochmal kommt, "
           "stech ich ihn ab."),
    ("pt", "O vizinho anda a ameaçar a minha mãe. Tenho um facão na garagem e se ele voltar dou cabo dele."),
    ("it", "Il mio ex perseguita mia sorella. Tengo una mazza in macchina e se si fa vedere "
           "lo faccio fuori."),
    ("en", "I drove round to his flat with a hammer last night. I don't know if I can hold myself "
           "back next time."),
])
def test_a_weapon_at_hand_with_a_threat_or_a_condition_is_an_emergency(lang, text) -> None:
    assert "armed_threat" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.harm_to_others_intent" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I will not kill him, and there's no knife in this house."),
    ("en", "Years ago I kept a bat by the door and said I'd smash his head in, but that's long behind me."),
    ("en", "My brother has a knife and says he'll kill him if he comes round."),
    ("es", "No tengo ningún cuchillo y no voy a hacer nada si viene."),
    ("it", "Mio cugino tiene un fucile in cantina per la caccia."),
])
def test_a_weapon_negated_past_or_someone_elses_does_not_raise(lang, text) -> None:
    assert "armed_threat" not in found(text, lang)
    assert triage(text, lang).tier == "routine"


# --- a child with a partner or relative who is drunk, high or armed, now ------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My husband is blind drunk in the flat with our toddler and won't let me back in."),
    ("es", "Mi ex está drogado en casa con mis hijos y no contesta el teléfono."),
    ("fr", "Mon compagnon est complètement bourré à la maison avec notre fille de deux ans."),
    ("de", "Mein Freund ist total besoffen und allein mit meinem Sohn in der Wohnung."),
    ("pt", "O meu companheiro está bêbado em casa com o nosso bebé e não me deixa entrar."),
    ("it", "Mio marito è ubriaco fradicio e si è chiuso in camera con nostra figlia."),
])
def test_a_child_with_a_drunk_or_armed_partner_now_is_an_emergency(lang, text) -> None:
    assert "child_with_abuser_now" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "child_at_risk_now" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My partner is sober and at home with our son tonight."),
    ("en", "Years ago my father was drunk at home with my little brother, that's long behind me."),
    ("en", "My husband has a beer at home with the kids every evening."),
])
def test_a_child_with_a_sober_parent_or_long_ago_does_not_raise(lang, text) -> None:
    assert "child_with_abuser_now" not in found(text, lang)
    assert triage(text, lang).tier == "routine"


# --- a baby shaken ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The baby wouldn't stop screaming and I shook her really hard an hour ago."),
    ("es", "La bebé no paraba de llorar y la sacudí muy fuerte."),
    ("fr", "Il hurlait sans arrêt et j'ai secoué mon bébé trop fort."),
    ("de", "Das Baby hat nur geschrien und ich habe es heftig geschüttelt."),
    ("pt", "O bebé não parava de chorar e eu sacudi-o com força."),
    ("it", "Il bambino piangeva da ore e l'ho scosso forte."),
])
def test_a_baby_shaken_is_an_emergency(lang, text) -> None:
    assert "shaken_child" in found(text, lang)
    assert triage(text, lang).tier == "emergency"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I was scared I might lose it, so I put the baby in the cot and walked away."),
    ("en", "I shook my son awake for school and he was grumpy."),
    ("en", "Years ago my dad shook my little brother; that's long behind me."),
])
def test_a_baby_not_shaken_or_woken_does_not_raise(lang, text) -> None:
    assert "shaken_child" not in found(text, lang)


# --- no fluids for days -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since Monday I've barely had a sip of water and I feel faint when I stand."),
    ("es", "Hace tres días que no tomo agua ni como nada, me mareo."),
    ("fr", "Depuis quatre jours je ne bois presque plus d'eau."),
    ("de", "Seit Tagen habe ich kaum etwas getrunken und mir ist schwindlig."),
    ("pt", "Há três dias que mal bebo água."),
    ("it", "Da quattro giorni non bevo più acqua."),
])
def test_no_fluids_for_days_is_an_emergency(lang, text) -> None:
    assert "no_fluids" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.medical_danger" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For three days I've been fasting with no water until sunset."),
    ("en", "Ten years ago I had no water for three days on a hike."),
    ("en", "I drink plenty of water, I just sleep badly these days."),
])
def test_fasting_long_ago_or_drinking_well_does_not_raise(lang, text) -> None:
    assert "no_fluids" not in found(text, lang)


# --- a presence that tells the writer to jump or harm -------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An angel visits me at night. She wants me to walk into the sea."),
    ("es", "Dios me pide que me tire a las vías."),
    ("fr", "Une voix m'ordonne de me jeter sous le métro."),
    ("de", "Der Teufel sagt mir, dass ich vom Dach springen soll."),
    ("pt", "Uma voz me manda pular da ponte."),
    ("it", "Uno spirito mi dice di buttarmi dalla finestra."),
])
def test_a_presence_commanding_a_jump_or_harm_is_an_emergency(lang, text) -> None:
    assert "psychosis_command" in found(text, lang)
    assert triage(text, lang).tier == "emergency"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My coach tells me to jump higher at training."),
    ("en", "No voice tells me to jump; I just feel low."),
])
def test_a_command_without_a_presence_or_negated_does_not_raise(lang, text) -> None:
    assert "psychosis_command" not in found(text, lang)


# --- wider wording for the earlier families -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "signal"), [
    ("de", "Ich bin sicher, dass im Schlafzimmer Mikrofone versteckt sind.", "psychosis"),
    ("it", "Di notte una voce maschile mi chiama e mi insulta.", "psychosis"),
    ("pt", "Sinto que estão lendo os meus pensamentos pelo telemóvel.", "psychosis"),
    ("es", "Me estoy cortando las piernas con una cuchilla desde el verano.", "self_harm"),
    ("de", "Ich schaff's nicht mehr zu kochen oder einzukaufen.", "impairment"),
])
def test_wider_wording_for_psychosis_self_harm_and_impairment(lang, text, signal) -> None:
    assert signal in found(text, lang)


def test_danger_now_that_the_writer_says_is_not_expected_does_not_make_an_emergency() -> None:
    text = (
        "My boyfriend hit me last week. He is staying with friends, and I doubt anything will happen "
        "right now."
    )
    assert "abuse_now" not in found(text, "en") and "domestic_abuse" in found(text, "en")
    assert triage(text, "en").tier == "urgent"


def test_the_old_rules_keep_their_version_and_do_not_read_the_new_signals() -> None:
    text = MEANS_AND_TIME[0][1]
    old = engine.shipped_rules("rules-v3.yaml")
    assert old.signals.version == "signals-v2" and triage(text, "en", old).tier == "routine"
    assert triage(text, "en").rules_version == DEFAULT_VERSION


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I ordered charcoal for the barbecue on Saturday."),
    ("de", "Ich habe Holzkohle gekauft, wir grillen am Samstag."),
    ("pt", "Comprei uma corda para o estendal, vou pendurar a roupa amanhã."),
    ("it", "Il fucile è in cantina da anni, lo usava mio nonno. Domenica pranzo di famiglia."),
    ("en", "I've got a knife in my bag because I work as a chef; if he comes in late I'll cook for him."),
])
def test_an_everyday_use_anywhere_in_the_sentence_drops_the_means_or_the_weapon(lang, text) -> None:
    assert not found(text, lang) & {"means_and_time", "armed_threat"}


def test_except_sentence_is_read_from_the_file_and_the_older_versions_do_not_use_it() -> None:
    assert signals.shipped("signals-v3").parts["means_ready"].except_sentence is not None
    assert all(p.except_sentence is None for p in signals.shipped("signals-v2").parts.values())


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "My cousin told me she's been hurting herself. I want to be there for her. "
           "I'm fine myself, honestly."),
    ("pt", "Cuido da minha sogra, que está acamada, e ando exausta."),
    ("it", "Mia sorella sta passando un brutto periodo e vorrei aiutarla. Io sto bene."),
])
def test_a_referral_about_supporting_someone_else_or_a_bedridden_relative_is_read_as_such(lang, text) -> None:
    assert "about_someone_else" in found(text, lang)


def test_the_screens_self_harm_or_abuse_evidence_does_not_raise_a_referral_about_someone_else() -> None:
    text = "Meine Cousine hat sich früher geritzt. Ich will ihr helfen. Mir geht es soweit gut."
    evidence = [
        {"start": 0, "end": 10, "text": "geritzt", "rule": "lex.sh.x", "category": cat, "level": "high",
         "subject": "self"}
        for cat in ("self_harm", "abuse_safeguarding")
    ]
    verdict = {"level": "high", "categories": ["self_harm", "abuse_safeguarding"], "evidence": evidence}
    inputs = Inputs(measures={"phq9": MILD_PHQ}, screening=verdict, text=text, lang="de")
    assert default_rules().triage(inputs).tier == "routine"
    assert engine.shipped_rules("rules-v3.yaml").triage(inputs).tier == "urgent"


# --- an eating disorder in words ----------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I make myself sick after dinner, three times a week at least."),
    # (5 kilos: from rules v6, restriction with 8 kg or more lost is urgent, see test_rules_v6.py)
    ("es", "Me salto las comidas y he perdido 5 kilos en dos meses."),
    ("fr", "Je me fais vomir après les repas, tous les jours maintenant."),
    ("de", "Ich habe Essanfälle und nehme danach Abführmittel, mehrmals pro Woche."),
    ("pt", "Tomo laxantes depois de comer, todos os dias."),
    ("it", "Mi faccio vomitare dopo ogni pasto da mesi."),
])
def test_an_eating_disorder_in_words_is_soon(lang, text) -> None:
    assert "eating_disorder" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "soon" and "text.eating_disorder" in outcome.rules, outcome.rules


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I've never made myself sick, I just skip breakfast some days."),
    ("en", "Ten years ago I was purging every day, but that's long behind me."),
    ("en", "She makes herself sick after every meal and I don't know how to help."),
])
def test_an_eating_disorder_negated_past_or_someone_elses_does_not_raise(lang, text) -> None:
    assert "eating_disorder" not in found(text, lang)
