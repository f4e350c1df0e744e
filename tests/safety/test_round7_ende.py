"""English and German structures written after blind round 7 (issue 10): denials, planning ahead, history told
with a year, study and role-play frames, and the misses (a place of danger with a goodbye, starving with signs in
the body, a platform with a fast train due, a goodbye to a helper, lethal-dose research, means in the hand, someone
unconscious). Each structure is tested on paraphrases of its own, positives and near-miss negatives, lexical layers
only (the semantic layer must not be what passes them)."""

from __future__ import annotations

import pytest

from alliance.safety import Level, screen


def _level(text: str) -> Level:
    return screen(text, use_classifier=False).level


# --- Not risk: the structure says so. ---
NOT_FLAGGED = [
    # A denial: strong negator + mental verb + risk words in its clause, no turn.
    "To answer the form properly this time: no, I've never wanted to hurt myself or end my life. I'm just burnt out.",
    "nope, never had any thoughts of suicide, just tired",
    "Not once have I thought about killing myself, I just hate my job",
    "I have never seriously considered taking my own life or hurting myself.",
    "Nein, ich hatte nie Gedanken, mir das Leben zu nehmen. Bin nur erschöpft.",
    # Planning ahead: a conditional about the future + a question about a number or a service.
    "If a friend ever told me they were suicidal, what number should I give them? Just want it saved in my phone.",
    "what's the number for the samaritans in case my brother ever says he wants to kill himself",
    "If I ever feel suicidal again, who do I call? Asking so I have it ready",
    "Wenn ich mal wieder so eine Phase hab, welche Nummer ist die Telefonseelsorge?",
    "Falls eine Freundin mir irgendwann sagt, dass sie sterben will, wen kann man da anrufen?",
    # Study, work and role-play frames.
    "We're doing The Bell Jar for A-level and I've got to write 1500 words on how Plath presents Esther's suicide "
    "attempt. Any tips on structuring it?",
    "essay on the theme of suicide in Hamlet due friday, help",
    "I played a client who'd taken an overdose and it was surprisingly intense to do. Is that normal?",
    "in skills lab we role-played a caller who wanted to kill himself, I was the caller",
    "Für mein Referat über Suizid in Werther brauche ich Quellen.",
    "Im Rollenspiel hab ich eine Klientin gespielt, die eine Überdosis genommen hatte. War echt heftig.",
    # History: a past year attached to the act, and being well now.
    "my 2016 overdose was the worst time of my life, I'm doing well now",
    "back in 2009 I tried to kill myself. these days I'm happy",
    "Hab mein altes Tagebuch aus der Klinikzeit gefunden, von 2016, nach dem Suizidversuch. Hab geheult. Mir geht's "
    "heute wirklich gut, aber das hat mich mitgenommen.",
    "Nach meinem Suizidversuch 2012 hab ich lange gebraucht, heute bin ich stabil.",
    # Near misses of the risk structures.
    "Thanks for today, you were so kind to me, see you next week",
    "Danke für die vielen Gespräche, Frau Doktor, bis nächste Woche!",
    "I'm sat on the bridge watching the fireworks with my mates",
    "Meine Schwester geht nicht ans Handy, sie ist wohl im Kino.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_risk_structures(text: str) -> None:
    assert _level(text) < Level.MODERATE


# --- Risk: the same structures turned, and the misses' structures in new words. ---
AT_LEAST = [
    # A denial with a turn is an admission.
    ("i never wanted to die until this week", Level.MODERATE),
    ("I never thought about suicide but lately I do all the time", Level.MODERATE),
    ("I've never wanted to die as much as I do now", Level.MODERATE),
    ("Ich wollte mir noch nie etwas antun, aber seit letzter Woche denke ich dran.", Level.MODERATE),
    # Planning ahead with risk now is risk.
    ("What number should I call? I want to kill myself tonight", Level.IMMINENT),
    ("Welche Nummer ruf ich an? Ich will mich heute Nacht umbringen.", Level.IMMINENT),
    ("I want to kill myself, my essay is due and I can't do this anymore, I have the pills", Level.HIGH),
    ("I tried to kill myself in 2025 and I still want to", Level.HIGH),
    # At a place of danger with a goodbye, in dialect; a platform with a fast train due.
    ("Am sat on the Erskine Bridge.\nCannae dae this anymair.\nSorry for wasting aw yer time these last months, ye were "
     "good tae me.", Level.IMMINENT),
    ("stood on the viaduct now. you were always good to me", Level.IMMINENT),
    ("Platform 3. The express doesn't stop here, board says 4 minutes.", Level.IMMINENT),
    ("I steh grad am Bahnsteig in Meidling. Der nächste Zug fährt in vier Minuten durch. I wollt nur, dass wer weiß, "
     "dass i's probiert hab mit der Therapie.", Level.IMMINENT),
    # Starving with signs in the body.
    ("I'm down to an apple and black coffee most days since Easter. I fainted in the shower on Sunday and my heart "
     "does this fluttery racing thing every time I stand up.", Level.HIGH),
    # A goodbye to a helper.
    ("Danke für die vielen Gespräche, Frau Doktor. Sie waren immer gut zu mir.", Level.HIGH),
    # Lethal-dose research with the packet at home.
    ("Rein theoretisch: Ab wie vielen Amitriptylin wird es tödlich? Ich hab noch eine volle Packung von früher.",
     Level.HIGH),
    # Means in the hand, now.
    ("Sie sagt, ich muss es jetzt machen, mit der Schere. Ich halt sie schon in der Hand.", Level.IMMINENT),
    # Someone else's farewell, now unreachable; someone unconscious.
    ("Meine Mitbewohnerin hat mir um halb drei geschrieben 'Danke für alles, pass auf Mimi auf' – Mimi ist ihre "
     "Katze. Sie geht nicht ans Handy und ihr Zimmer ist leer.", Level.HIGH),
    ("er liegt jetzt aufm boden und atmet ganz komisch, ich krieg ihn nicht wach", Level.HIGH),
    # Drinking alone every evening to quiet the head, in dialect.
    ("Seit die Milchpreise so im Keller san, trink i abends allein im Stall. Meistens a Flaschn Obstler, manchmal "
     "mehr. Anders krieg i den Kopf ned still.", Level.MODERATE),
]


@pytest.mark.parametrize(("text", "least"), AT_LEAST)
def test_risk_structures(text: str, least: Level) -> None:
    assert _level(text) >= least
