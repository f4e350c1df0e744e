"""The gateway's practice side: provider per purpose with the consent gate, the call log, practice prompts."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest

from alliance.accounts.models import Role
from alliance.consent.models import Feature
from alliance.consent.service import ConsentRequired
from alliance.errors import BadRequest, Forbidden
from alliance.llm import providers as llm_providers
from alliance.llm import service
from alliance.llm.config import LLMSettings, ProviderConfig
from alliance.llm.prompts import get_template
from alliance.llm.records import CallRecord
from tests.support.factories import actor, make_client, make_consent, make_practice, make_user, token_headers


@pytest.fixture
def cloud_configured():
    """A server with the embedded model and an external (cloud) provider."""
    with llm_providers.using(LLMSettings(providers=[ProviderConfig(
            name="cloud", kind="openai", base_url="http://127.0.0.1:9/v1", model="big-model", privacy="external")])):
        yield


@pytest.fixture
def only_cloud():
    """A server whose only providers are external."""
    with llm_providers.using(LLMSettings(provider="cloud", providers=[ProviderConfig(
            name="cloud", kind="openai", base_url="http://127.0.0.1:9/v1", model="big-model", privacy="external"),
            ProviderConfig(name="embedded", kind="openai", base_url="http://127.0.0.1:9/v1", model="x",
                           privacy="external")])):
        yield


async def test_purposes_default_to_the_local_embedded_model(session):
    practice = await make_practice(session)
    assert set((await service.purpose_map(session, practice.id)).values()) == {"embedded"}


async def test_external_provider_is_used_only_with_the_clients_consent(session, cloud_configured):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice)
    await service.set_purpose_provider(session, actor(admin), "notes", "cloud")
    without = await service.choose_provider(session, practice.id, "notes", client.id)
    assert (without.provider, without.privacy, without.fell_back) == ("embedded", "local", True)
    await make_consent(session, client, Feature.external_ai, by=admin)
    with_consent = await service.choose_provider(session, practice.id, "notes", client.id)
    assert (with_consent.provider, with_consent.privacy) == ("cloud", "external")


async def test_no_local_model_and_no_consent_refuses(session, only_cloud):
    practice = await make_practice(session)
    client = await make_client(session, practice)
    with pytest.raises(ConsentRequired):
        await service.choose_provider(session, practice.id, "companion", client.id)


async def test_only_admins_choose_providers_and_only_configured_ones(session, cloud_configured):
    practice = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    clinician = await make_user(session, practice, Role.clinician)
    with pytest.raises(Forbidden):
        await service.set_purpose_provider(session, actor(clinician), "notes", "cloud")
    with pytest.raises(BadRequest):
        await service.set_purpose_provider(session, actor(admin), "notes", "nowhere")
    with pytest.raises(BadRequest):
        await service.set_purpose_provider(session, actor(admin), "poetry", "cloud")


def _record(client_id=None, **overrides) -> CallRecord:
    data = dict(call_id=uuid.uuid4().hex, started_at=datetime.now(timezone.utc), purpose="notes", kind="structured",
                provider="embedded", model="smollm2-135m", privacy="local", template_id="note.soap",
                template_version=1, prompt_tokens=120, completion_tokens=40, latency_ms=850.0, outcome="ok",
                attempts=1, redaction_applied=False, client_id=str(client_id) if client_id else None)
    return CallRecord(**(data | overrides))


async def test_call_log_lists_the_practices_calls_with_totals(session):
    practice = await make_practice(session)
    other = await make_practice(session)
    admin = await make_user(session, practice, Role.admin)
    client = await make_client(session, practice)
    outsider = await make_client(session, other)
    await service.insert_call(session, _record(client.id))
    await service.insert_call(session, _record(client.id, outcome="timeout", completion_tokens=0))
    await service.insert_call(session, _record(outsider.id))
    rows, totals = await service.list_calls(session, actor(admin))
    assert len(rows) == 2 and totals.calls == 2 and totals.failures == 1
    assert totals.prompt_tokens == 240 and totals.completion_tokens == 40
    only_failures, _ = await service.list_calls(session, actor(admin), outcome="timeout")
    assert [r.outcome for r in only_failures] == ["timeout"]


async def test_call_log_is_for_admins(session, http):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    admin = await make_user(session, practice, Role.admin)
    clinician_headers, admin_headers = await token_headers(session, clinician), await token_headers(session, admin)
    assert (await http.get("/api/v1/llm/calls", headers=clinician_headers)).status_code == 403
    body = (await http.get("/api/v1/llm/calls", headers=admin_headers)).json()
    assert body["totals"]["calls"] == 0 and body["calls"] == []


async def test_a_real_call_is_logged_without_its_text(tmp_path, monkeypatch):
    """The gateway's sink writes to the database the server uses: a fresh one here, built from the migrations."""
    from alliance.config import get_settings
    from alliance.db.migrate import upgrade_async
    from alliance.db.session import create_engine
    from alliance.llm import gateway
    from alliance.llm.models import LlmCall
    from alliance.llm.records import add_call_sink, remove_call_sink
    from sqlalchemy import select

    url = f"sqlite+aiosqlite:///{tmp_path / 'calls.db'}"
    await upgrade_async(url)
    monkeypatch.setattr(get_settings(), "database_url", url)
    add_call_sink(service.store_call)
    try:
        with llm_providers.using(LLMSettings(model="smollm2-135m", n_ctx=1024, n_threads=1, max_tokens=8)):
            reply = await gateway.complete("Say the word blue.", purpose="summaries", max_tokens=8)
    finally:
        remove_call_sink(service.store_call)
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = (await connection.execute(select(LlmCall.__table__))).mappings().all()
    finally:
        await engine.dispose()
    assert len(rows) == 1
    row = rows[0]
    assert row["purpose"] == "summaries" and row["outcome"] == "ok" and row["call_id"] == reply.call_id
    assert row["completion_tokens"] > 0
    assert "blue" not in " ".join(str(v) for v in row.values())


async def test_practice_version_is_used_only_after_a_supervisor_approves_it(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    supervisor = await make_user(session, practice, Role.supervisor)
    base = get_template("note.soap")
    system = base.system + "\nWrite in the first person plural (\"we discussed\")."
    draft = await service.create_draft(session, actor(clinician), "note.soap", system=system, user=base.user,
                                       change_note="House style")
    assert draft.status == "draft"
    assert (await service.effective_template(session, practice.id, "note.soap")).system == base.system
    with pytest.raises(Forbidden):
        await service.approve(session, actor(clinician), "note.soap", draft.version)
    await service.approve(session, actor(supervisor), "note.soap", draft.version)
    used = await service.effective_template(session, practice.id, "note.soap")
    assert used.system == system and used.version == draft.version
    assert used.reviewed_by == supervisor.display_name
    other = await make_practice(session)
    assert (await service.effective_template(session, other.id, "note.soap")).system == base.system
    listed = await service.versions(session, actor(clinician), "note.soap")
    assert [v.in_use for v in listed if v.template.version == draft.version] == [True]
    assert "first person plural" in service.diff(base, used)


async def test_a_broken_template_is_refused(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    base = get_template("note.soap")
    with pytest.raises(BadRequest):
        await service.create_draft(session, actor(clinician), "note.soap", system="{% if %}", user=base.user,
                                   change_note="broken")
    with pytest.raises(BadRequest):
        await service.create_draft(session, actor(clinician), "note.soap", system=base.system,
                                   user="{{ no_such_variable }}", change_note="unknown variable")


async def test_prompt_pages_render(session, http):
    practice = await make_practice(session)
    supervisor = await make_user(session, practice, Role.supervisor)
    admin = await make_user(session, practice, Role.admin)
    headers = await token_headers(session, supervisor) | {"accept": "text/html"}
    admin_headers = await token_headers(session, admin) | {"accept": "text/html"}
    assert "note.soap" in (await http.get("/prompts", headers=headers)).text
    page = await http.get("/prompts/note.soap?compare=1&to=1", headers=headers)
    assert page.status_code == 200 and "Adapt for your practice" in page.text
    assert (await http.get("/admin/models", headers=admin_headers)).status_code == 200
    assert (await http.get("/admin/llm-calls", headers=admin_headers)).status_code == 200


async def test_the_catalogue_says_which_templates_a_feature_uses(session, http):
    practice = await make_practice(session)
    supervisor = await make_user(session, practice, Role.supervisor)
    page = (await http.get("/prompts", headers=await token_headers(session, supervisor) | {"accept": "text/html"})).text
    draft_row = page.split('href="/prompts/note.draft"', 1)[1].split("</tr>", 1)[0]
    soap_row = page.split('href="/prompts/note.soap"', 1)[1].split("</tr>", 1)[0]
    assert "Used by session-note drafting" in draft_row
    assert "approving a version changes nothing today" in soap_row
