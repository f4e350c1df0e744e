"""Rules v5 with signals-v4 (after the fourth held-out set, issue #15): mania, a referral written on behalf
of the person who needs care, a partner's threat to kill tonight, an overdose just taken in everyday words, a
firearm with "not coming back", and suicidal thoughts every day; each family in six languages, in wording
written for these tests (none of the data sets uses it), with the guards that keep it quiet."""

from __future__ import annotations

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, Inputs, default_rules

MILD_PHQ = [1, 0, 1, 1, 0, 0, 0, 0, 0]  # 3, item 9 at 0: the scores minimised


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v4").read(text, lang)}


def triage(text: str, lang: str, rules: engine.RuleSet | None = None) -> engine.Outcome:
    # The words alone (no screen verdict): what the signals add to the rules.
    return (rules or default_rules()).triage(Inputs(measures={"phq9": MILD_PHQ}, text=text, lang=lang))


def test_rules_v5_read_signals_v4_and_v6_is_the_default() -> None:
    rules = engine.shipped_rules("rules-v5.yaml")
    assert rules.version == "v5" and rules.signals.version == "signals-v4"
    assert DEFAULT_VERSION == default_rules().version == "v9" and signals.DEFAULT_VERSION == "signals-v8"
    assert rules.signals.on_behalf == "on_behalf"


# --- mania (NICE CG185): less need for sleep with grandiosity, spending, racing speech or a relapse ---------
MANIA = [
    ("en", "I honestly don't need sleep any more, four nights on the go. I spent 12,000 on studio gear "
           "yesterday and my ideas come faster than I can type."),
    ("es", "No necesito dormir, llevo así una semana. Me he gastado 6.000 euros en un coche y hablo tan "
           "rápido que nadie me sigue."),
    ("fr", "Je dors deux heures par nuit et je suis en pleine forme. J'ai emprunté 15 000 euros pour lancer "
           "trois projets, tout le monde est trop lent."),
    ("de", "Ich brauche kaum Schlaf, seit zehn Tagen. Ich habe meinen Job gekündigt, ich bin zu Höherem "
           "bestimmt und habe tausend Ideen."),
    ("pt", "Durmo duas horas por noite e nunca me senti tão bem. Pedi um empréstimo de 20 mil para abrir "
           "uma loja, os meus pensamentos estão a mil."),
    ("it", "Non ho più bisogno di dormire da giorni. Ho speso 9000 euro in una settimana e parlo troppo "
           "veloce, dicono, come nel 2021 prima del ricovero."),
]


@pytest.mark.parametrize(("lang", "text"), MANIA)
def test_less_need_for_sleep_with_spending_or_grandiosity_is_mania_and_urgent(lang: str, text: str) -> None:
    assert "mania" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "urgent" and "text.mania" in outcome.rules
    assert "bipolar" in outcome.needs


INSOMNIA = [
    ("en", "I only sleep three hours a night and I'm exhausted. Work is piling up and I spent the whole "
           "weekend worrying about money."),
    ("es", "Duermo cuatro horas, estoy agotada y no puedo dormir por las preocupaciones. Gasté 300 euros "
           "en el dentista."),
    ("fr", "Je dors trois heures par nuit, je suis épuisé. J'ai démissionné de rien du tout, je suis juste "
           "fatigué."),
    ("de", "Ich schlafe zwei Stunden, weil ich nicht einschlafen kann und völlig erschöpft bin. Alle sind "
           "zu langsam im Amt."),
    ("pt", "Durmo três horas porque não consigo dormir, estou exausta. Gastei 200 euros na farmácia."),
    ("it", "Dormo tre ore a notte perché non riesco a dormire, sono esausta. Ho speso 100 euro di farmaci."),
]


@pytest.mark.parametrize(("lang", "text"), INSOMNIA)
def test_insomnia_with_distress_is_not_mania(lang: str, text: str) -> None:
    assert "mania" not in found(text, lang)
    assert "text.mania" not in triage(text, lang).rules


def test_mania_long_ago_or_without_a_second_sign_stays_quiet() -> None:
    assert "mania" not in found("When I was 20 I didn't need sleep and spent 5,000 on a motorbike.", "en")
    assert "mania" not in found("I don't need much sleep, six hours and I'm fine.", "en")


# --- a referral written on behalf of the person who needs care ----------------------------------------------
ON_BEHALF_EMERGENCY = [
    ("en", "I'm writing for my grandmother. She stopped her diazepam on Friday when the pharmacy ran out, "
           "and since yesterday she doesn't know where she is and has had a seizure."),
    ("es", "Escribo por mi padre. Dejó de beber el domingo y hoy ve bichos en la pared y no sabe dónde "
           "está."),
    ("fr", "Je vous écris pour mon père. Il a arrêté de boire lundi; ce matin il a fait des convulsions et "
           "il ne sait plus où il est."),
    ("de", "Ich schreibe für meine Mutter. Sie hat vor vier Tagen die Beruhigungsmittel abgesetzt, jetzt ist "
           "sie ganz verwirrt und hat gekrampft."),
    ("pt", "Escrevo pelo meu pai. Ele parou de beber há três dias e hoje não sabe onde está, vê bichos."),
    ("it", "Scrivo per mio padre. Ha smesso di bere domenica, oggi non sa dove si trova e ha avuto "
           "convulsioni."),
]


@pytest.mark.parametrize(("lang", "text"), ON_BEHALF_EMERGENCY)
def test_a_referral_written_for_a_parent_in_withdrawal_danger_is_an_emergency(lang: str, text: str) -> None:
    assert {"on_behalf", "withdrawal_danger"} <= found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.medical_danger" in outcome.rules


ON_BEHALF_PSYCHOSIS = [
    ("en", "I'm writing on behalf of my son. He hears voices commenting on everything he does."),
    ("es", "Escribo por mi hija: dice que oye voces que hablan de ella y que la vigilan."),
    ("fr", "J'écris pour mon frère. Il entend des voix qui commentent tout ce qu'il fait."),
    ("de", "Ich schreibe für meinen Bruder. Er hört Stimmen, die über ihn reden, und meint, man überwacht "
           "ihn."),
    ("pt", "Escrevo pela minha irmã. Ela ouve vozes que comentam tudo o que faz."),
    ("it", "Scrivo per mio figlio. Sente voci che commentano quello che fa."),
]


@pytest.mark.parametrize(("lang", "text"), ON_BEHALF_PSYCHOSIS)
def test_a_referral_written_for_a_relative_reads_their_psychotic_symptoms(lang: str, text: str) -> None:
    outcome = triage(text, lang)
    assert outcome.tier == "urgent", (outcome.rules, found(text, lang))


def test_a_writer_who_is_the_client_and_mentions_someone_else_is_read_as_rules_v4_read_it() -> None:
    # The opening is the writer's own need, the friend's son someone else: no on_behalf, v4's reading kept.
    v4 = engine.shipped_rules("rules-v4.yaml")
    for text in (
        "I'd like help with my panic attacks. My friend's son hears voices and I don't know what to "
        "tell her.",
        "I want help with my own low mood. My friend's son stopped drinking and hears people who aren't "
        "there.",
        "I feel low since the move. I'm writing for my mum too, who worries about me.",
    ):
        assert "on_behalf" not in found(text, "en")
        assert triage(text, "en").tier == triage(text, "en", v4).tier
    text = "Ich möchte Hilfe für meine Ängste. Der Sohn meiner Freundin hört Stimmen."
    assert triage(text, "de").tier == "routine"


def test_a_relative_writing_about_mild_worries_stays_routine() -> None:
    text = "Scrivo per mia madre, da quando è in pensione è un po' giù ma esce e dorme bene. Io sto bene."
    assert triage(text, "it").tier == "routine"


# --- a partner's threat to kill tonight, with a weapon in the house or past strangulation -------------------
THREAT_TO_KILL = [
    ("en", "My husband texted that when he gets home he's going to kill me. He keeps a rifle in the "
           "wardrobe."),
    ("es", "Mi pareja me ha dicho que esta noche me va a matar. Ya me agarró del cuello en marzo."),
    ("fr", "Mon compagnon a dit qu'il va me tuer ce soir. Il a un fusil dans la cave."),
    ("de", "Mein Freund hat geschrieben, dass er mich heute Abend umbringt. Er hat mich schon einmal "
           "gewürgt."),
    ("pt", "O meu companheiro disse que vai me matar quando chegar. Ele tem uma pistola na gaveta."),
    ("it", "Mio marito mi ha detto che stasera mi ammazza. Ha una pistola nel cassetto."),
]


@pytest.mark.parametrize(("lang", "text"), THREAT_TO_KILL)
def test_a_threat_to_kill_tonight_with_a_weapon_or_strangulation_is_danger_now(lang: str, text: str) -> None:
    assert "threat_to_kill_now" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.in_danger_now" in outcome.rules


def test_a_relative_armed_and_the_writer_afraid_tonight_is_danger_now() -> None:
    text = "My brother says our mum is evil. Tonight he took a knife from the drawer. I'm scared."
    assert triage(text, "en").tier == "emergency"


def test_a_threat_in_idiom_or_without_a_weapon_or_time_is_not_danger_now() -> None:
    text = "My mum will kill me when she gets home and sees the mess lol."
    assert "threat_to_kill_now" not in found(text, "en")
    assert "threat_to_kill_now" not in found("My husband said he's going to kill me. He shouts a lot.", "en")


# --- an overdose just taken, in everyday words --------------------------------------------------------------
OVERDOSE = [
    ("en", "Just necked a whole packet of paracetamol with some cider. Feel weird."),
    ("es", "Me acabo de tomar una caja entera de pastillas para dormir."),
    ("fr", "Je viens d'avaler une boîte de Doliprane avec du rosé."),
    ("de", "Hab eben ne Packung Schlaftabletten mit Bier runtergespült und geschluckt."),
    ("pt", "Acabei de tomar uma caixa de comprimidos da minha mãe."),
    ("it", "Ho appena ingoiato una scatola di Tachipirina."),
]


@pytest.mark.parametrize(("lang", "text"), OVERDOSE)
def test_an_overdose_just_taken_in_everyday_words_is_an_act_under_way(lang: str, text: str) -> None:
    assert "overdose_just_taken" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.act_under_way" in outcome.rules


def test_taking_the_daily_tablets_is_not_an_overdose() -> None:
    assert "overdose_just_taken" not in found("I just took my tablets for the day and feel fine.", "en")
    assert "overdose_just_taken" not in found("I haven't just taken a whole box, don't worry.", "en")


# --- a firearm or weapon and "not coming back" --------------------------------------------------------------
NOT_COMING_BACK = [
    ("en", "My shotgun is in the boot and I'm heading up to the lake on Sunday. Not planning on coming "
           "back."),
    ("es", "Tengo la escopeta en el coche. Me voy al monte el sábado y no pienso volver."),
    ("fr", "J'ai pris mon fusil dans le char. Je monte au camp samedi, je reviendrai pas."),
    ("de", "Das Gewehr liegt im Kofferraum. Ich fahre am Wochenende in die Hütte und komme nicht zurück."),
    ("pt", "Levo a espingarda no carro. Vou para a serra no domingo e não penso voltar."),
    ("it", "Ho il fucile in macchina. Vado in montagna sabato e non ho intenzione di tornare."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COMING_BACK)
def test_a_firearm_and_not_coming_back_is_intent(lang: str, text: str) -> None:
    assert "armed_not_returning" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "emergency" and "text.intent_plan_means_time" in outcome.rules


def test_moving_abroad_for_good_without_a_weapon_is_not_intent() -> None:
    text = "I'm moving to Canada in March and not coming back, I'm nervous about it."
    assert "armed_not_returning" not in found(text, "en")


# --- suicidal thoughts every day or most days, in words -----------------------------------------------------
FREQUENT = [
    ("en", "I catch myself thinking about killing myself every day on the drive to work."),
    ("es", "Casi todos los días pienso en quitarme la vida, aunque no tengo ningún plan."),
    ("fr", "Je pense souvent à en finir, surtout le soir."),
    ("de", "Ich habe jeden Tag Suizidgedanken, seit der Trennung."),
    ("pt", "Penso em me matar todos os dias, mas não sei como."),
    ("it", "Ogni giorno penso di togliermi la vita."),
]


@pytest.mark.parametrize(("lang", "text"), FREQUENT)
def test_suicidal_thoughts_every_day_in_words_are_urgent(lang: str, text: str) -> None:
    assert "frequent_suicidal_thoughts" in found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == "urgent" and "text.frequent_suicidal_thoughts" in outcome.rules


def test_denied_or_past_suicidal_thoughts_are_not_frequent() -> None:
    text = "I don't think about killing myself, I'm just tired every day."
    assert "frequent_suicidal_thoughts" not in found(text, "en")
    text = "Ten years ago I had suicidal thoughts every day; that's behind me."
    assert "frequent_suicidal_thoughts" not in found(text, "en")


# --- the wider wording of v4's families -------------------------------------------------------------------
def test_voices_with_a_weapon_bought_and_one_of_us_wont_come_out_alive_are_emergencies() -> None:
    text = "The voices keep telling me what to do about him. I've got a crowbar now."
    assert triage(text, "en").tier == "emergency"
    text = "Tengo una navaja en la mochila. Uno de los dos no sale vivo de esta."
    assert triage(text, "es").tier == "emergency"


TRAUMA = [
    ("en", "Since the crash on the motorway the images keep coming back and I'm irritable with everyone."),
    ("es", "Desde el atraco en la tienda tengo pesadillas y apenas duermo."),
    ("fr", "Depuis l'agression dans le métro, j'ai des scènes qui reviennent et je m'énerve pour rien."),
    ("de", "Seit dem Überfall habe ich Albträume und bin ständig gereizt."),
    ("pt", "Depois do assalto tenho pesadelos e mal durmo."),
    ("it", "Dopo l'incidente ogni rumore mi fa saltare e non riesco più a dormire. Sono passati due mesi."),
]


@pytest.mark.parametrize(("lang", "text"), TRAUMA)
def test_trauma_with_images_or_sleep_lost_and_irritability_is_soon(lang: str, text: str) -> None:
    assert "trauma" in found(text, lang)
    assert triage(text, lang).tier == "soon"


def test_trauma_long_resolved_stays_quiet() -> None:
    text = "After the accident I had nightmares and couldn't sleep for a while. They stopped years ago."
    assert "trauma" not in found(text, "en")


def test_the_old_rules_keep_their_version_and_do_not_read_the_new_signals() -> None:
    text = MANIA[0][1]
    old = engine.shipped_rules("rules-v4.yaml")
    assert old.version == "v4" and old.signals.version == "signals-v3"
    assert "text.mania" not in triage(text, "en", old).rules
    assert triage(text, "en").rules_version == "v9"
