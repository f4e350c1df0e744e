"""Lazy grammar decoding: the same answer as llama.cpp's full grammar at temperature 0, far fewer full checks."""

from __future__ import annotations

import json

import jsonschema
import pytest

from alliance.llm.providers.grammar import LazyGrammar, schema_grammar

pytestmark = pytest.mark.llm

SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["subjective", "plan"],
    "properties": {
        name: {"type": "array", "maxItems": 2, "items": {
            "type": "object", "additionalProperties": False, "required": ["text", "evidence"],
            "properties": {"text": {"type": "string", "maxLength": 60},
                           "evidence": {"type": "array", "maxItems": 2,
                                        "items": {"type": "string", "pattern": "^S[1-9][0-9]{0,3}$"}}}}}
        for name in ("subjective", "plan")
    },
}
MESSAGES = [
    {"role": "system", "content": "Reply with JSON valid against: " + json.dumps(SCHEMA)},
    {"role": "user", "content": "S1 Client: I slept badly and argued with my sister.\n"
                                "S2 Therapist: Let's do one thought record a day this week.\nWrite the note."},
]


@pytest.fixture(scope="module")
def llama(smollm2_path):
    from llama_cpp import Llama

    model = Llama(model_path=str(smollm2_path), n_ctx=1024, n_threads=1, verbose=False)
    yield model
    model.close()


def test_lazy_grammar_gives_the_full_grammars_answer_with_fewer_full_checks(llama):
    from llama_cpp import LlamaGrammar

    grammar = schema_grammar(SCHEMA)
    llama.reset()
    full = llama.create_chat_completion(messages=MESSAGES, max_tokens=300, temperature=0,
                                        grammar=LlamaGrammar.from_string(grammar))
    llama.reset()
    with LazyGrammar(llama, grammar) as lazy:
        fast = llama.create_chat_completion(messages=MESSAGES, max_tokens=300, temperature=0,
                                            logits_processor=[lazy])
    text = fast["choices"][0]["message"]["content"]
    assert fast["choices"][0]["finish_reason"] == "stop"
    assert text == full["choices"][0]["message"]["content"]
    jsonschema.validate(json.loads(text), SCHEMA)
    assert lazy.steps >= fast["usage"]["completion_tokens"]
    assert lazy.full_checks <= lazy.refusals < lazy.steps / 2


def test_lazy_grammar_forces_the_structure_the_model_would_not_write(llama):
    grammar = 'root ::= "ANSWER: " [0-9] [0-9] "\\n"'
    llama.reset()
    with LazyGrammar(llama, grammar) as lazy:
        reply = llama.create_chat_completion(
            messages=[{"role": "user", "content": "Write a poem about the sea."}], max_tokens=12,
            temperature=0, logits_processor=[lazy])
    text = reply["choices"][0]["message"]["content"]
    assert text.startswith("ANSWER: ") and text[8:10].isdigit()
    assert lazy.refusals >= 1


def test_an_unparsable_grammar_is_refused(llama):
    with pytest.raises(ValueError):
        LazyGrammar(llama, "root ::= (")
