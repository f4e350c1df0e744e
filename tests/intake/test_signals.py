"""Intake signals: each signal in several phrasings per language, its guards (negation, everyday use, resolved
history, jokes, someone else), and the rules v2 that read them, quoting the words and recording the version.
Pure: no database, no screen (verdicts left out), so only the signals decide.
"""

from __future__ import annotations


import pytest

from alliance.intake import signals
from alliance.intake.rules import DEFAULT_VERSION, Inputs, RuleSet, RulesInvalid, default_rules

LEX = signals.shipped()
SEVERE_PHQ = [2, 2, 2, 2, 2, 2, 2, 1, 0]  # 15, item 9 at 0
MILD_PHQ = [1, 1, 1, 1, 0, 0, 0, 0, 0]


def fired(text: str, lang: str) -> set[str]:
    return {e.signal for e in LEX.read(text, lang)}


FIRES = [
    # new psychotic symptoms
    ("psychosis", "en", "Lately I hear voices when nobody is in the room, they comment on what I'm doing."),
    ("psychosis", "en", "im sure my phone is bugged and the police are following me everywhere"),
    ("psychosis", "en", "For a month the radio has been sending me messages only I understand."),
    ("psychosis", "es", "Desde hace poco oigo voces que hablan de mí cuando estoy sola."),
    ("psychosis", "es", "Estoy convencido de que los vecinos me vigilan y me graban por la ventana."),
    ("psychosis", "fr", "Depuis quelques semaines j'entends des voix qui commentent tout ce que je fais."),
    ("psychosis", "fr", "Je sais qu'ils lisent dans mes pensées au bureau."),
    ("psychosis", "de", "Seit kurzem höre ich Stimmen, die über mich reden."),
    ("psychosis", "de", "Ich bin sicher, dass mich die Nachbarn überwachen, überall sind Wanzen."),
    ("psychosis", "pt", "Há umas semanas escuto vozes a comentar o que eu faço."),
    ("psychosis", "pt", "Tenho certeza que me vigiam, tem câmeras escondidas no apartamento."),
    ("psychosis", "it", "Da qualche settimana sento delle voci che parlano di me."),
    ("psychosis", "it", "Sono sicura che mi spiano e che il telegiornale parla di me."),
    # command hallucinations
    ("psychosis_command", "en", "The voices keep telling me to hurt my brother."),
    ("psychosis_command", "de", "Die Stimmen sagen mir, ich soll mich umbringen."),
    ("psychosis_command", "en", "Since the birth a voice is telling me the baby would be better off without me."),
    # domestic abuse
    ("domestic_abuse", "en", "My boyfriend hits me when he's drunk."),
    ("domestic_abuse", "en", "My husband controls all my money and won't let me see my friends."),
    ("domestic_abuse", "es", "Mi pareja me revisa el celular y la semana pasada me empujó."),
    ("domestic_abuse", "fr", "Mon conjoint m'a étranglée la semaine dernière, j'ai peur de lui."),
    ("domestic_abuse", "de", "Mein Freund schlägt mich, wenn er wütend ist."),
    ("domestic_abuse", "pt", "O meu companheiro bate em mim e fica com o meu salário."),
    ("domestic_abuse", "it", "Il mio compagno mi picchia e mi controlla il cellulare."),
    ("abuse_now", "en", "My husband hit me again and he's outside the door right now."),
    # recent self-harm
    ("self_harm", "en", "I've been cutting my arms again, last time was friday."),
    ("self_harm", "es", "Me corto desde hace meses, la última vez ayer."),
    ("self_harm", "fr", "Je me suis scarifiée hier soir."),
    ("self_harm", "de", "Ich habe mich gestern wieder geritzt."),
    ("self_harm", "pt", "Voltei a me cortar esta semana."),
    ("self_harm", "it", "Mi sono tagliata di nuovo ieri sera."),
    # trauma that disrupts daily life
    ("trauma", "en", "Since the assault I have nightmares and I can't take the bus any more."),
    ("trauma", "es", "Desde el accidente tengo flashbacks y me sobresalto con cualquier ruido."),
    ("trauma", "fr", "Depuis l'incendie je fais des cauchemars et je suis en arrêt maladie."),
    ("trauma", "de", "Seit dem Überfall habe ich Albträume und bin krankgeschrieben."),
    ("trauma", "pt", "Depois do assalto tenho pesadelos e não consigo sair sozinha."),
    ("trauma", "it", "Dopo l'incidente ho incubi ogni notte e non riesco più a guidare."),
    # impairment and severe symptoms in words
    ("impairment", "en", "I haven't left the house in a month and I stay in bed all day."),
    ("impairment", "es", "Ya no salgo de casa y no puedo trabajar."),
    ("impairment", "de", "Ich komme kaum noch aus dem Bett und gehe nicht mehr zur Arbeit."),
    ("severe_symptoms", "en", "I haven't slept for days and I have panic attacks every day."),
    ("severe_symptoms", "fr", "Je fais des crises d'angoisse tous les jours."),
    ("severe_symptoms", "it", "Non dormo da giorni e piango tutto il giorno."),
]

SILENT = [
    # negation
    ("en", "I have never heard voices and nobody is following me."),
    ("es", "No oigo voces, solo estoy cansada."),
    ("de", "Ich höre keine Stimmen."),
    ("en", "My partner has never hit me, we just argue about money."),
    ("fr", "Je ne me suis jamais scarifiée."),
    # everyday uses and idioms
    ("en", "There's a little voice in my head telling me I'm not good enough."),
    ("en", "lol I'm hearing voices in my head telling me to buy shoes"),
    ("en", "My wife beats me at chess every time and reads my mind about dinner."),
    ("en", "I cut myself shaving this morning, anyway the real issue is stress."),
    ("es", "Me corté el pelo y me quemé con el sol en la playa."),
    ("fr", "Je me suis coupée de mes amis depuis le déménagement."),
    ("de", "Ich schlage mich irgendwie durch, die Arbeit ist stressig."),
    ("en", "I feel like everyone is watching me when I speak in meetings."),
    ("en", "Work has been a nightmare since the reorganisation."),
    ("es", "Me muero de ganas de dormir ocho horas."),
    # someone else
    ("en", "My sister hears voices and is under the early intervention team."),
    ("es", "Mi hermano dice que escucha voces."),
    ("en", "My son has nightmares since the accident and is off school."),
    ("pt", "Meu filho se corta e está em tratamento."),
    ("de", "Mein Sohn ritzt sich, er ist in Behandlung."),
    # resolved history
    ("en", "I had flashbacks after the crash years ago, they stopped."),
    ("en", "When I was a teenager I used to cut myself, that's long behind me."),
    ("fr", "Il y a dix ans j'entendais des voix, ça a cessé avec le traitement."),
    ("it", "Da ragazza mi tagliavo, è acqua passata."),
    # life events, not impairment; mild symptoms
    ("es", "Desde que perdí el trabajo estoy más irritable."),
    ("en", "I sleep about five hours a night and wake at 4am."),
    ("pt", "Durmo mal há meses por causa dos turnos."),
]


@pytest.mark.parametrize(("signal", "lang", "text"), FIRES)
def test_each_signal_fires_on_its_phrasings(signal: str, lang: str, text: str) -> None:
    assert signal in fired(text, lang), LEX.read(text, lang)


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_guards_keep_idioms_negations_other_people_and_history_out(lang: str, text: str) -> None:
    assert fired(text, lang) == set(), LEX.read(text, lang)


def test_an_unknown_language_is_read_in_all_six() -> None:
    assert fired("Mein Mann kontrolliert mein Handy und schlägt mich.", None) == {"domestic_abuse"}


def test_evidence_quotes_the_applicants_own_words() -> None:
    text = "Everything is fine at work. My husband checks my phone and last week he pushed me down the stairs."
    (ev,) = LEX.read(text, "en")
    assert ev.signal == "domestic_abuse" and ev.text in text and "pushed me" in ev.text


def triage(text: str, lang: str, measures: dict | None = None):
    return default_rules().triage(Inputs(measures=measures or {}, text=text, lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "measures", "tier", "rule"),
    [
        ("Seit zwei Wochen höre ich Stimmen, die kommentieren, was ich tue.", "de", {"phq9": MILD_PHQ}, "urgent",
         "text.psychotic_symptoms"),
        ("Le voci mi dicono di uccidere il mio vicino.", "it", {}, "emergency", "text.command_hallucinations"),
        ("Meu marido me bateu e agora mesmo ele está na porta.", "pt", {}, "emergency", "text.in_danger_now"),
        ("Mi novio me controla el móvil y me ha dado una bofetada.", "es", {"phq9": MILD_PHQ}, "urgent",
         "domestic_abuse"),
        ("ich ritz mich seit ein paar monaten, zuletzt gestern", "de", {"phq9": MILD_PHQ}, "urgent",
         "text.recent_self_harm"),
        ("Depuis l'agression je revois la scène la nuit et je sursaute au moindre bruit.", "fr",
         {"phq9": MILD_PHQ}, "soon", "trauma_disrupts_life"),
        ("I haven't left the house in three weeks and I'm not washing.", "en", {"phq9": SEVERE_PHQ}, "urgent",
         "text.impairment_with_severe_symptoms"),
        ("I haven't left the house in three weeks.", "en", {"phq9": MILD_PHQ}, "routine", "text.impairment"),
        ("Tengo ataques de pánico todos los días.", "es", {}, "soon", "text.severe_symptoms_without_questionnaires"),
    ],
)
def test_rules_v2_read_the_signals_and_quote_the_words(text, lang, measures, tier, rule) -> None:
    outcome = triage(text, lang, measures)
    assert outcome.tier == tier and outcome.rules_version == DEFAULT_VERSION == "v9", outcome.rules
    reason = next(r for r in outcome.reasons if r.rule == rule)
    assert any(e.strip('"') in text for e in reason.evidence) and reason.evidence[0] in reason.text


def test_impairment_in_words_does_not_stand_in_for_a_given_wsas_and_severe_words_need_no_questionnaire() -> None:
    given = triage("Ya no salgo de casa.", "es", {"phq9": SEVERE_PHQ, "wsas": [2, 2, 2, 2, 2]})
    assert "text.impairment_with_severe_symptoms" not in given.rules and "text.impairment" not in given.rules
    answered = triage("I have panic attacks every day.", "en", {"gad7": [1] * 7})
    assert "text.severe_symptoms_without_questionnaires" not in answered.rules


def test_a_rules_file_must_name_a_shipped_signals_version_and_known_signals() -> None:
    text = default_rules().text
    with pytest.raises(RulesInvalid, match="signals version"):
        RuleSet.from_yaml(text.replace("signals: signals-v8\n", ""))
    with pytest.raises(RulesInvalid, match="unknown signals version"):
        RuleSet.from_yaml(text.replace("signals: signals-v8", "signals: signals-v9"))
    with pytest.raises(RulesInvalid, match="unknown signal 'telepathy'"):
        RuleSet.from_yaml(text.replace("signal: trauma", "signal: telepathy"))


def test_a_signals_file_that_fails_validation_is_refused() -> None:
    good = (signals.importlib.resources.files("alliance.intake") / "data" / "signals-v1.yaml").read_text("utf-8")
    for change, message in [
        (("guards: [history, joke, third_party]", "guards: [vibes]"), "unknown guard"),
        (("any: [[self_harm_act]]", "any: [[self_harm_thoughts]]"), "unknown part"),
        (("    en: ['\\bpanic", "    xx: ['\\bpanic"), "patterns by language"),
        (("(?:hore|hor|horte", "(?:hore|hor|horte("), "not a regular expression"),
    ]:
        assert change[0] in good, change
        with pytest.raises(signals.SignalsInvalid, match=message):
            signals.from_yaml(good.replace(*change))
