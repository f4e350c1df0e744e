"""Layer 2: direct risk, negation and idioms in each of the six languages."""

import pytest

from alliance.safety import Level, screen

DIRECT = [
    ("en", "I want to kill myself"),
    ("es", "Me quiero morir, ya no puedo más"),
    ("fr", "J'ai envie de mourir"),
    ("de", "Ich will nicht mehr leben, ich will sterben"),
    ("pt", "Quero morrer, não aguento mais"),
    ("it", "Voglio morire"),
]
NEGATED = [
    ("en", "I have never wanted to hurt myself"),
    ("es", "Nunca he querido hacerme daño"),
    ("fr", "Je n'ai jamais eu envie de me faire du mal"),
    ("de", "Ich will nicht sterben"),
    ("pt", "Não quero morrer, só estou cansada do trabalho"),
    ("it", "Non voglio morire, sono solo stanco"),
]
IDIOMS = [
    ("en", "My boss will kill me if I'm late"),
    ("en", "I'm dying to see it"),
    ("en", "This traffic is killing me"),
    ("es", "Me muero de sueño"),
    ("fr", "Je meurs de faim"),
    ("de", "Ich sterbe vor Hunger"),
    ("pt", "Tô morrendo de fome"),
    ("it", "Sono morto di fame"),
]


@pytest.mark.parametrize(("lang", "text"), DIRECT)
def test_direct_suicidal_statement_is_flagged_high_in_each_language(lang, text):
    s = screen(text, use_classifier=False)
    assert s.level >= Level.HIGH
    assert any(r.startswith(f"{lang}.") for r in s.rules)


@pytest.mark.parametrize(("lang", "text"), DIRECT)
def test_direct_statement_is_flagged_without_a_language_hint_or_with_the_wrong_one(lang, text):
    wrong = "en" if lang != "en" else "de"
    assert screen(text, lang=wrong, use_classifier=False).level >= Level.HIGH
    assert screen(text, lang=None, use_classifier=False).level >= Level.HIGH


@pytest.mark.parametrize(("lang", "text"), NEGATED)
def test_negated_statement_is_not_flagged(lang, text):
    assert screen(text, use_classifier=False).level < Level.MODERATE


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_everyday_idiom_about_death_is_not_flagged(lang, text):
    assert screen(text, use_classifier=False).level == Level.NONE


def test_language_is_reported_when_detected():
    assert screen("Je pense au suicide tous les jours depuis que j'ai perdu mon travail", use_classifier=False).lang == "fr"
