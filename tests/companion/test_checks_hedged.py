"""A diagnosis hedged or put at the end of the sentence is still a diagnosis the client must not see; talking about a
condition in general (psychoeducation the clinician offered) is not."""

import pytest

from alliance.companion.checks import OutputCheck


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "It sounds like you may be experiencing depression."),
    ("en", "What you describe sounds like panic disorder."),
    ("en", "I think you probably have an anxiety disorder."),
    ("de", "Ja, ich glaube, dass du eine Depression hast."),
    ("de", "Das klingt nach einer Depression."),
    ("es", "Podrías estar atravesando una depresión."),
    ("fr", "Vous traversez peut-être une dépression."),
    ("pt", "Isso pode ser uma depressão."),
    ("it", "Potresti avere una depressione."),
])
def test_a_hedged_diagnosis_is_blocked(lang, sentence):
    verdict = OutputCheck(lang).sentence(sentence)
    assert verdict is not None and verdict.category == "diagnosis"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Depression can make it hard to get going, so small steps help."),
    ("en", "Many people with anxiety find that slow breathing helps."),
    ("de", "Viele Menschen mit Depression finden kleine Schritte hilfreich."),
])
def test_talking_about_a_condition_in_general_passes(lang, sentence):
    verdict = OutputCheck(lang).sentence(sentence)
    assert verdict is None or verdict.category != "diagnosis"
