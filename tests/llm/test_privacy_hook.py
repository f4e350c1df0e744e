"""External providers: PHI is never sent when redaction is missing; streamed replies are restored whole."""

from __future__ import annotations

import sys

import pytest

from alliance.llm import complete
from alliance.llm.errors import ProviderNotAllowed, RedactionUnavailable
from alliance.llm.privacy import StreamRestorer

from .conftest import ScriptedHandler


async def test_external_call_is_refused_when_redaction_is_missing(gateway, records, monkeypatch):
    monkeypatch.setitem(sys.modules, "alliance.llm.redaction", None)  # as if the component were not installed
    ScriptedHandler.requests.clear()
    with pytest.raises(RedactionUnavailable) as caught:
        await complete("Jane Doe, DOB 1980-02-03, says hello", purpose="test", provider="scripted-external",
                       allow_external=True)
    assert caught.value.status_code == 503
    assert ScriptedHandler.requests == []  # nothing left the process
    assert records[-1].outcome == "refused" and records[-1].privacy == "external"


def test_stream_restorer_restores_placeholders_split_across_chunks():
    pytest.importorskip("alliance.llm.redaction")  # restore() comes from the real redaction module
    restorer = StreamRestorer({"<PERSON_1>": "Jane Doe", "<DATE_1>": "3 May"})
    chunks = ["Hello <PER", "SON_1>, see you on <DA", "TE_1>", ". Bye PERS", "ON_1."]
    pieces = [restorer.feed(c) for c in chunks]
    assert "".join(pieces) + restorer.flush() == "Hello Jane Doe, see you on 3 May. Bye Jane Doe."
    assert not any("<" in p or "PERS" in p for p in pieces)  # no partial placeholder ever reaches the caller


async def test_external_call_redacts_before_sending_and_restores_the_reply(gateway, records):
    pytest.importorskip("alliance.llm.redaction")
    ScriptedHandler.requests.clear()
    ScriptedHandler.script[:] = ["Thanks, <PERSON_1>."]
    result = await complete("My name is Jane Doe and my phone is 555-867-5309.", purpose="test",
                            provider="scripted-external", allow_external=True)
    sent = ScriptedHandler.requests[-1]["body"]["messages"][0]["content"]
    assert "Jane Doe" not in sent and "867-5309" not in sent
    assert result.text == "Thanks, Jane Doe."
    assert records[-1].redaction_applied is True


async def test_external_provider_is_refused_unless_the_call_allows_it(gateway, records):
    ScriptedHandler.requests.clear()
    with pytest.raises(ProviderNotAllowed) as caught:
        await complete("Jane Doe says hello", purpose="test", provider="scripted-external")
    assert caught.value.status_code == 403
    assert ScriptedHandler.requests == []
    assert records[-1].outcome == "refused" and records[-1].redaction_applied is False
