"""Rules v8 with signals-v7 (after the seventh held-out set, issue #15): a referral about another person is
triaged on that person. With an on-behalf opening, the screen's third-party evidence is the person's own, and
the person's risk told in the third person counts: saying they will kill themselves with the means, a place or
a time now, an overdose just taken (emergency), mania and new delusions (urgent), panic every day or school
dropped (soon); someone being hit right now, whoever writes, or just hit with a threat to come back and finish
it (emergency); thoughts of suicide back again (urgent); "I'm safe at the moment" is not danger now; a
sedative or alcohol stopped in nouns, a weapon laid ready with an end to a person. Each family in wording
written for these tests (none of the data sets uses it), with look-alikes that must stay lower."""

from __future__ import annotations

from typing import Any

import pytest

from alliance.intake import rules as engine
from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, RANK, Inputs, RulesInvalid, default_rules


def found(text: str, lang: str) -> set[str]:
    return {e.signal for e in signals.shipped("signals-v7").read(text, lang)}


def triage(
    text: str, lang: str, screening: dict[str, Any] | None = None, rules: engine.RuleSet | None = None
):
    # The words alone (no screen verdict unless given), no questionnaires.
    return (rules or default_rules()).triage(Inputs(text=text, lang=lang, screening=screening))


def test_rules_v8_reading_signals_v7_stay_shipped_beside_the_default_and_v7_too() -> None:
    rules = engine.shipped_rules("rules-v8.yaml")
    assert DEFAULT_VERSION == default_rules().version == "v9" and signals.DEFAULT_VERSION == "signals-v8"
    assert rules.version == "v8" and rules.signals.version == "signals-v7" and rules.spec.behalf_subject is True
    old = engine.shipped_rules("rules-v7.yaml")
    assert old.version == "v7" and old.signals.version == "signals-v6" and old.spec.behalf_subject is False


def test_a_bad_behalf_rule_not_refuses_the_file() -> None:
    with pytest.raises(RulesInvalid):
        text = default_rules().text.replace("behalf_rule_not: '\\.third\\.'", "behalf_rule_not: '('")
        engine.RuleSet.from_yaml(text)


def _third_party(text: str, rule: str = "en.compose.death_time") -> dict:
    evidence = [
        {"category": category, "level": "high", "subject": "third_party", "rule": rule, "text": text}
        for category in ("suicide_plan_intent", "suicidal_ideation")
    ]
    return {"level": "high", "evidence": evidence}


def test_third_party_evidence_is_the_persons_own_only_in_a_referral_written_for_them() -> None:
    behalf = "I'm writing for my uncle, he's 70. He keeps saying he won't see Christmas."
    assert "on_behalf" in found(behalf, "en")
    hit = triage(behalf, "en", _third_party("he won't see Christmas"))
    assert hit.tier == "emergency" and "text.intent_plan_means_time" in hit.rules
    # The same evidence in a writer's own referral stays the routine "someone else at risk" reason.
    own = triage("My uncle keeps saying he won't see Christmas and I can't sleep over it.", "en",
                 _third_party("he won't see Christmas"))
    assert own.tier == "routine" and "text.someone_else_at_risk" in own.rules
    # The screen's bare third-party reading stays third-party, even on someone's behalf.
    bare = triage(behalf, "en", _third_party("he won't see Christmas", rule="en.third.at_risk"))
    assert bare.tier == "routine"
    # v7 read the writer only.
    assert triage(behalf, "en", _third_party("x"), engine.shipped_rules("rules-v7.yaml")).tier == "routine"


RAISED = [
    # the person referred says they will kill themselves, with the means, a place or a time now
    ("emergency", "other_intent_now", "en",
     "I'm writing for my brother (33). He told me he will hang himself tonight, he has a rope in his car."),
    ("emergency", "other_intent_now", "de",
     "Ich schreibe für meine Schwester (29). Sie droht, sich heute vom Balkon zu stürzen, sagt, "
     "sie springt."),
    ("emergency", "other_intent_now", "es",
     "Escribo por mi hijo de 20 años: dice que se va a tirar, está en la azotea del edificio ahora mismo."),
    ("emergency", "other_intent_now", "it",
     "Scrivo per mia sorella di 30 anni, minaccia di buttarsi, è sul balcone da un'ora."),
    # an overdose just taken, told of the person referred
    ("emergency", "other_overdose_taken", "en",
     "Writing about my wife, she's 41. She has taken a whole box of sleeping tablets two hours ago "
     "and is drowsy."),
    ("emergency", "other_overdose_taken", "it",
     "Scrivo per mio marito di 50 anni, ha appena preso una scatola intera di ansiolitici, vomita."),
    # someone being hit right now, whoever writes
    ("emergency", "other_hurt_now", "en",
     "My neighbour is beating his mother right now, I can hear it through the wall."),
    ("emergency", "other_hurt_now", "es", "Mi cuñado le está pegando a mi hermana ahora mismo."),
    # mania told of the person referred
    ("urgent", "mania_other", "fr",
     "J'écris pour mon mari de 48 ans : il ne dort presque pas depuis dix jours et a acheté deux voitures."),
    ("urgent", "mania_other", "en",
     "My girlfriend, 27, hasn't slept in five days and has maxed out three credit cards on art supplies."),
    # new delusions told of the person referred
    ("urgent", "psychosis_other", "pt",
     "O meu irmão de 30 anos diz que a televisão lhe manda mensagens e tapou as janelas."),
    ("urgent", "psychosis_other", "en",
     "I'm writing for my flatmate. He believes we are watching him through the router and won't "
     "leave his room."),
    # panic every day or school dropped, told of the person referred (no questionnaires)
    ("soon", "severe_symptoms_other", "it",
     "Mia figlia di 17 anni ha attacchi di panico quasi tutti i giorni, è sempre in camera."),
    ("soon", "severe_symptoms_other", "fr",
     "Mon fils de 16 ans ne va plus au lycée depuis la rentrée, il a peur de sortir."),
    # a sedative or alcohol stopped, told in nouns, with a fit
    ("emergency", "withdrawal_danger", "pt",
     "Corte brusco do rivotril há quatro dias e ontem tive uma crise convulsiva."),
    ("emergency", "withdrawal_danger", "fr",
     "Arrêt net de l'alcool lundi, ce matin j'ai eu des convulsions."),
    # alcohol stopped since yesterday, with shaking
    ("urgent", "withdrawal_signs", "de", "Seit gestern keinen Tropfen, ich zittere am ganzen Körper."),
    # just hit, with a threat to come back and finish it
    ("emergency", "assault_return_threat", "en",
     "My boyfriend has just punched me and went out to the shop, he says he'll be back to finish it."),
    ("emergency", "assault_return_threat", "it",
     "Il mio compagno mi ha appena picchiata, è uscito e ha detto che torna a finire il lavoro."),
    # thoughts of suicide back again after a time without them
    ("urgent", "suicidal_thoughts_back", "en",
     "I had suicidal thoughts at uni and then nothing for ages. This month they came back."),
    ("urgent", "suicidal_thoughts_back", "es",
     "Hace tiempo tuve pensamientos suicidas; esta semana han vuelto."),
    # a weapon laid ready, with an end to a person
    ("emergency", "armed_threat", "de",
     "Das Messer hab ich bereitgelegt. Wenn mein Schwager wieder anfängt, mach ich dem ein Ende."),
]


@pytest.mark.parametrize(("tier", "signal", "lang", "text"), RAISED)
def test_each_family_is_read_and_raises_the_tier(tier: str, signal: str, lang: str, text: str) -> None:
    assert signal in found(text, lang), found(text, lang)
    outcome = triage(text, lang)
    assert outcome.tier == tier, outcome.rules


LOOK_ALIKES = [
    # a relative who once said it, well now: no time, place or means
    ("routine", "en", "My brother (33) said years ago he would kill himself, and he is doing well now."),
    # the writer's own worry about a relative, not written for them
    ("routine", "es", "Mi hermano dice que la tele es una basura y yo estoy harta de discutir."),
    # an overdose in the past, told of a relative in a writer's own referral
    ("routine", "en",
     "My mum took an overdose when I was a child; I'd like to talk about how that shaped me."),
    # someone hit last year, not now
    ("routine", "en", "My neighbour used to beat his dog, it upset me a lot back then."),
    # a sibling who sleeps little for exams: no spending or grandiosity
    ("routine", "fr", "J'écris pour mon frère de 19 ans : il ne dort presque pas à cause des examens."),
    # a knife for cooking, no person
    ("routine", "de", "Das Messer hab ich bereitgelegt, heute Abend koche ich für alle."),
    # a partner who hits, away for now and the writer safe: abuse (urgent), not danger now
    ("urgent", "en",
     "My husband slaps me when he drinks. He's at his mum's this week so I'm safe at the moment."),
    # the thoughts gone and not back
    ("soon", "en", "I had suicidal thoughts at uni. My energy came back this month and I'm doing better."),
    # alcohol stopped, no shaking, no fit ("niente" is a negation)
    ("routine", "it", "Da due giorni non bevo. Niente tremori, niente convulsioni, sto bene."),
]


@pytest.mark.parametrize(("tier", "lang", "text"), LOOK_ALIKES)
def test_look_alikes_stay_lower(tier: str, lang: str, text: str) -> None:
    outcome = triage(text, lang)
    assert RANK[outcome.tier] >= RANK[tier], outcome.rules
    assert not {"text.in_danger_now", "text.frequent_suicidal_thoughts"} & set(outcome.rules), outcome.rules
