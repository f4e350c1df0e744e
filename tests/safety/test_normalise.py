"""Layer 1: normalisation keeps a map back to the original offsets."""

import pytest

from alliance.safety.normalise import normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("su1c1de", "suicide"),
        ("s*icide", "suicide"),
        ("k!ll mys3lf", "kill myself"),
        ("I want to DIIIIE", "i want to die"),
        ("s u i c i d e", "suicide"),
        ("sucidal", "suicidal"),
        ("thinking about sewerslide", "thinking about suicide"),
        ("kms", "kill myself"),
        ("kys", "kill yourself"),
        ("gonna unalive myself", "going to kill myself"),
        ("Me muero de sueño", "me muero de sueno"),
        ("Ich möchte STERBEN", "ich mochte sterben"),
        ("I’m done", "im done"),
        ("self-h@rm", "self-harm"),
    ],
)
def test_normalise_recovers_obfuscated_and_accented_words(raw, expected):
    assert normalise(raw).text == expected


@pytest.mark.parametrize("raw", ["at 3am", "x-ray results", "mp3 player", "covid19 test", "24/7"])
def test_normalise_leaves_ordinary_tokens_with_digits_alone(raw):
    assert normalise(raw).text == raw.lower()


def test_normalised_span_maps_back_to_the_original_characters():
    n = normalise("OK so I want to k1ll  mys3lf!!")
    i = n.text.index("kill myself")
    start, end = n.to_original(i, i + len("kill myself"))
    assert n.original[start:end] == "k1ll  mys3lf"


def test_slang_expansion_maps_back_to_the_slang_word():
    n = normalise("honestly kms")
    i = n.text.index("kill myself")
    start, end = n.to_original(i, i + len("kill myself"))
    assert n.original[start:end] == "kms"


def test_emoji_for_means_are_spelled_out():
    assert "pills" in normalise("got the 💊 ready").text
