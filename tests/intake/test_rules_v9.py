"""Rules v9 with signals-v8 (after the eighth held-out set, issue #15). What a clinician triaging would reason:
means of suicide with a day chosen outweigh a questionnaire answered "never"; a child believed possessed or evil,
or psychotic symptoms after a birth, is an emergency (postpartum psychosis, NICE CG192); mania told by a relative
(days without sleep, with spending, grandiosity, racing speech or reckless driving) is urgent whatever the
opening; so are a bereaved relative who wants to join the dead and is declining, thoughts of crashing the car on
purpose, opioids stopped alone with withdrawal, and actual thoughts of killing oneself on the C-SSRS (question 2).
Impairment in words with no questionnaire is soon. Guards: "I'm ok right now" is not danger now; German negation
after the verb or noun. Each family in wording written for these tests (none of the data sets uses it), with
look-alikes that must stay lower."""

from __future__ import annotations

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, RANK, Inputs, default_rules

NO_CSSRS = {"cssrs_1": 0, "cssrs_2": 0, "cssrs_3": 0, "cssrs_4": 0, "cssrs_5": 0, "cssrs_6": 0}
MILD_PHQ = [1, 1, 0, 1, 0, 0, 1, 0, 0]


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v8").read(text, lang)}


def triage(text: str, lang: str, measures: dict | None = None, rules: engine.RuleSet | None = None):
    # The words alone (no screen verdict), with the questionnaires given.
    return (rules or default_rules()).triage(Inputs(measures=measures or {}, text=text, lang=lang))


def test_rules_v9_reading_signals_v8_are_the_default_and_every_earlier_version_stays_loadable() -> None:
    rules = default_rules()
    assert DEFAULT_VERSION == rules.version == "v9" and rules.signals.version == "signals-v8"
    assert signals.DEFAULT_VERSION == "signals-v8" and rules.spec.behalf_subject is True
    for n in range(1, 9):
        assert engine.shipped_rules(f"rules-v{n}.yaml").version == f"v{n}"
    for n in range(1, 8):
        assert signals.shipped(f"signals-v{n}").version == f"signals-v{n}"
    assert engine.shipped_rules("rules-v8.yaml").signals.version == "signals-v7"


# (tier, rule, signal, lang, text): a family in new words; the questionnaires, where given, deny everything.
RAISED = [
    # means of suicide with a day or date chosen, the C-SSRS answered no throughout
    ("emergency", "text.intent_plan_means_time", "means_and_time", "en",
     "I ticked no everywhere, but I've bought a rope and picked the date."),
    ("emergency", "text.intent_plan_means_time", "means_and_time", "es",
     "Contesté que no a todo, pero ya compré la soga y elegí el día."),
    ("emergency", "text.intent_plan_means_time", "means_and_time", "fr",
     "J'ai répondu non partout, mais j'ai acheté une corde et j'ai fixé la date."),
    ("emergency", "text.intent_plan_means_time", "means_and_time", "pt",
     "Marquei que não em tudo, mas já arranjei o veneno e defini a data."),
    ("emergency", "text.intent_plan_means_time", "means_and_time", "it",
     "Ho risposto di no a tutto, ma ho comprato una corda e ho scelto il giorno."),
    # a child believed possessed or evil, or psychotic symptoms, after a birth (whoever writes)
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "en",
     "My sister had her baby three weeks ago. Now she says the baby is evil and has to be purified."),
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "es",
     "Mi mujer dio a luz hace dos semanas y desde ayer dice que el niño está poseído."),
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "fr",
     "Ma compagne a accouché le mois dernier. Depuis lundi elle entend des voix qui parlent du bébé."),
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "de",
     "Meine Frau hat vor zwölf Tagen entbunden. Sie sagt, das Kind sei besessen."),
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "pt",
     "Desde o parto a minha nora diz que o bebé não é o seu filho de verdade."),
    ("emergency", "text.psychosis_child_at_risk", "child_delusion", "it",
     "Mia figlia ha partorito da poco e dice che il neonato ha il diavolo dentro."),
    # mania told by a relative, no on-behalf opening
    ("urgent", "text.mania", "mania_relative", "en",
     "Worried about my husband. He hasn't slept for nearly five nights and has blown our savings on crypto."),
    ("urgent", "text.mania", "mania_relative", "es",
     "Mi hermana lleva cinco días sin dormir, se ha gastado los ahorros y dice que es una profeta."),
    ("urgent", "text.mania", "mania_relative", "fr",
     "Ma femme ne dort presque plus et conduit comme une folle, elle dit qu'elle a une mission."),
    ("urgent", "text.mania", "mania_relative", "de",
     "Mein Bruder hat seit vier Tagen nicht geschlafen und redet extrem schnell."),
    ("urgent", "text.mania", "mania_relative", "pt",
     "O meu pai não dorme há uma semana e gastou as economias todas num barco."),
    ("urgent", "text.mania", "mania_relative", "it",
     "Mio fratello non dorme da giorni, parla a raffica e dice di essere un profeta."),
    # a bereaved relative who wants to join the dead, and is declining
    ("urgent", "text.other_wish_to_die_declining", "other_wish_to_join_dead", "en",
     "I'm worried about my grandad since grandma died. He barely eats and says he wants to be with her."),
    ("urgent", "text.other_wish_to_die_declining", "other_wish_to_join_dead", "fr",
     "Depuis le décès de ma mère, mon père ne mange presque plus et dit qu'il veut la rejoindre."),
    ("urgent", "text.other_wish_to_die_declining", "other_wish_to_join_dead", "pt",
     "A minha avó, desde que o avô morreu, bebe todos os dias e diz que quer ir ter com ele."),
    ("urgent", "text.other_wish_to_die_declining", "other_wish_to_join_dead", "it",
     "Da quando è morto il papà, la nonna non mangia quasi e ripete che vuole raggiungerlo."),
    # thoughts of crashing the car on purpose
    ("urgent", "text.method_thoughts", "crash_thoughts", "en",
     "Some days on the motorway I think about swerving into the barrier on purpose."),
    ("urgent", "text.method_thoughts", "crash_thoughts", "es",
     "A veces, conduciendo, pienso en estrellarme contra un árbol."),
    ("urgent", "text.method_thoughts", "crash_thoughts", "fr",
     "En voiture, je pense parfois à donner un coup de volant vers un camion."),
    ("urgent", "text.method_thoughts", "crash_thoughts", "de",
     "Beim Autofahren denke ich manchmal daran, gegen einen Baum zu fahren."),
    ("urgent", "text.method_thoughts", "crash_thoughts", "pt", "Às vezes penso em bater com o carro de propósito."),
    # opioids stopped alone, with withdrawal
    ("urgent", "text.opioid_withdrawal", "opioid_withdrawal", "en",
     "Day three of coming off heroin on my own, I'm vomiting and aching everywhere."),
    ("urgent", "text.opioid_withdrawal", "opioid_withdrawal", "es",
     "Estoy dejando la metadona por mi cuenta y tengo diarrea y escalofríos."),
    ("urgent", "text.opioid_withdrawal", "opioid_withdrawal", "fr",
     "J'ai arrêté l'héroïne avant-hier tout seul, crampes et sueurs toute la nuit."),
    ("urgent", "text.opioid_withdrawal", "opioid_withdrawal", "de",
     "Ich mache seit gestern kalten Entzug von Heroin, habe Durchfall und Gliederschmerzen."),
    ("urgent", "text.opioid_withdrawal", "opioid_withdrawal", "pt",
     "Larguei a heroína sozinho há dois dias e estou com diarreia e calafrios."),
]


@pytest.mark.parametrize(("tier", "rule", "signal", "lang", "text"), RAISED)
def test_each_family_is_read_and_raises_the_tier(tier: str, rule: str, signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang), found(text, lang)
    outcome = triage(text, lang, {"cssrs_screener": NO_CSSRS, "phq9": MILD_PHQ})
    assert outcome.tier == tier and rule in outcome.rules, outcome.rules
    reason = next(r for r in outcome.reasons if r.rule == rule)
    assert reason.evidence and reason.evidence[0] in reason.text


def test_the_plan_was_not_read_before_v9() -> None:
    text = "Marquei que não em tudo, mas já arranjei o veneno e defini a data."
    old = triage(text, "pt", {"cssrs_screener": NO_CSSRS}, engine.shipped_rules("rules-v8.yaml"))
    assert old.tier == "routine" and triage(text, "pt", {"cssrs_screener": NO_CSSRS}).tier == "emergency"


def test_active_thoughts_on_the_cssrs_are_urgent_and_a_wish_alone_stays_soon() -> None:
    active = triage("", "en", {"cssrs_screener": NO_CSSRS | {"cssrs_1": 1, "cssrs_2": 1}, "phq9": MILD_PHQ})
    assert active.tier == "urgent" and "cssrs.active_thoughts" in active.rules
    wish = triage("", "en", {"cssrs_screener": NO_CSSRS | {"cssrs_1": 1}, "phq9": MILD_PHQ})
    assert wish.tier == "soon" and "cssrs.active_thoughts" not in wish.rules


def test_impairment_in_words_is_soon_only_when_no_questionnaire_was_answered() -> None:
    text = "Ich gehe kaum noch raus und habe meine Stelle verloren, wegen der Angst."
    alone = triage(text, "de")
    assert alone.tier == "soon" and "text.impairment_without_questionnaires" in alone.rules
    answered = triage(text, "de", {"phq9": MILD_PHQ})
    assert answered.tier == "routine" and "text.impairment_without_questionnaires" not in answered.rules


LOOK_ALIKES = [
    # a toddler who is "a little devil", a birth with tiredness: no delusion
    ("routine", "en", "My toddler is a little devil at bedtime, I'd like some parenting tips."),
    ("routine", "fr", "J'ai accouché il y a deux mois, je suis fatiguée mais le bébé va bien."),
    # a relative who sleeps little for a new baby: no mania sign
    ("routine", "en", "My husband hasn't slept for three nights because of the baby, we're both exhausted."),
    # sleepless in grief, talking fast: not mania
    ("routine", "en", "My husband hasn't slept in three days since his mother died, he talks very fast and cries."),
    # a grandfather missing his wife, eating and going out: no decline
    ("routine", "en", "My grandad misses grandma and says he wants to be with her one day; he eats well."),
    # a fear of crashing, not a thought of doing it; a denial
    ("routine", "en", "I'm scared of crashing the car on the motorway since the accident last year."),
    ("routine", "it", "Non penso mai di schiantarmi, guido solo con un po' d'ansia."),
    # methadone kept up, no stopping
    ("routine", "en", "I've been on methadone for years and I'm stable, no problems with it."),
    # German negation after the verb or the noun
    ("routine", "de", "Ich ritze mich nicht, ich bin nur oft traurig."),
    ("routine", "de", "Selbstmordgedanken habe ich keine, aber ich grüble jeden Tag."),
]


@pytest.mark.parametrize(("tier", "lang", "text"), LOOK_ALIKES)
def test_look_alikes_stay_lower(tier: str, lang: str, text: str) -> None:
    outcome = triage(text, lang, {"cssrs_screener": NO_CSSRS, "phq9": MILD_PHQ})
    assert RANK[outcome.tier] >= RANK[tier], outcome.rules


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My partner hits me when he drinks. He's at his brother's till Friday, so I'm fine for now."),
        ("fr", "Mon mari me frappe quand il boit. Il est chez sa mère, je vais bien pour l'instant."),
        ("it", "Il mio compagno mi picchia quando beve. Ora è fuori città, sto bene per ora."),
    ],
)
def test_ok_for_now_with_the_partner_away_is_abuse_not_danger_now(lang: str, text: str) -> None:
    outcome = triage(text, lang)
    assert outcome.tier == "urgent" and "text.in_danger_now" not in outcome.rules, outcome.rules
