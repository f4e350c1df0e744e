"""The optional AI summary of a referral: the job grounds every sentence in the referral's answers and words
and stores it sealed, marks what they do not support, never touches the tier, uses the practice's approved
prompt, and is for clinicians and supervisors only. The model is a local OpenAI-compatible server answering
a scripted reply through the gateway's real HTTP provider: SmolLM2 cannot finish the prompt's JSON within a
test's token budget, and the grounding checks need sentences a model would write only by chance."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from alliance.accounts.models import Role
from alliance.errors import Conflict, Forbidden, Unavailable
from alliance.intake import service, summary
from alliance.intake.models import Referral, TierChange, TriageResult
from alliance.intake.schemas import ReferralCreate
from alliance.intake.summary_models import ReferralSummary
from alliance.llm import providers
from alliance.llm import service as llm_service
from alliance.llm.config import LLMSettings, ProviderConfig
from alliance.security.audit import Actor
from tests.support.factories import actor, make_practice, make_user, token_headers

# PHQ-9 22 with item 9 at 2: urgent by the rules (Kroenke 2001 bands; issue 15 defaults).
MEASURES = {"phq9": [3, 3, 3, 3, 2, 2, 2, 2, 2], "gad7": [2, 2, 2, 2, 1, 1, 2]}
WORDS = "I lost my job in March and I have not been sleeping. My sister worries about me."
REPLY = {
    "summary": "The client scored 22 on the PHQ-9, in the severe range. "
    "The client takes sertraline 50 mg daily.",
    "concerns": ["The client lost their job in March and has not been sleeping."],
    "screening": "The GAD-7 total was 12.",
    "questions_for_first_session": ["What support does the client have?"],
}


class Scripted(http.server.BaseHTTPRequestHandler):
    """POST /v1/chat/completions: the next scripted reply as a chat completion; every request body is kept."""

    script: list[str] = []
    requests: list[dict] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        type(self).requests.append(json.loads(self.rfile.read(int(self.headers.get("content-length", 0)))))
        content = type(self).script.pop(0) if type(self).script else "{}"
        body = json.dumps(
            {
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": "scripted",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": content},
                    }
                ],
                "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
            }
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _settings(url: str, summaries: str) -> LLMSettings:
    return LLMSettings(
        model="smollm2-135m",
        n_ctx=2048,
        n_threads=1,
        timeout=60,
        max_retries=0,
        retry_backoff=0.01,
        providers=[
            ProviderConfig(name="scripted", base_url=url, model="scripted", privacy="local"),
            ProviderConfig(name="keyless", base_url=url, model="m", api_key_env="ALLIANCE_TEST_NO_SUCH_KEY"),
            ProviderConfig(
                name="down", base_url="http://127.0.0.1:9/v1", model="m", privacy="local", timeout=2
            ),
        ],
        purpose_providers={"summaries": summaries},
    )


@pytest.fixture
def scripted(server_url: str) -> Iterator[type[Scripted]]:
    Scripted.script, Scripted.requests = [json.dumps(REPLY)], []
    with providers.using(_settings(server_url, "scripted")):
        yield Scripted


async def _world(session):
    practice = await make_practice(session)
    clinician = await make_user(session, practice, Role.clinician)
    supervisor = await make_user(session, practice, Role.supervisor)
    admin = await make_user(session, practice, Role.admin)
    data = ReferralCreate(
        given_name="Robin",
        family_name="Ashdown",
        date_of_birth=date(1991, 3, 4),
        email="robin@example.org",
        text=WORDS,
        measures=MEASURES,
        consent_to_processing=True,
    )
    submitted = await service.create_referral(
        session, Actor.system(practice.id), practice.id, data, source="staff"
    )
    return practice, clinician, supervisor, admin, await session.get(Referral, submitted.referral_id)


def _by_ref(evidence: list[dict]) -> dict[str, dict]:
    return {e["ref"]: e for e in evidence}


async def test_the_job_grounds_each_sentence_marks_the_unsupported_and_leaves_the_tier_alone(
    session, scripted
):
    _, clinician, _, _, referral = await _world(session)
    assert referral.tier == "urgent"
    triages = await session.scalar(select(func.count()).select_from(TriageResult))
    row = await summary.request_summary(session, actor(clinician), referral.id)
    done = await summary.draft_now(session, row.id)
    assert done.status == "draft", done.error
    assert (done.provider, done.model, done.prompt_id, done.prompt_version) == (
        "scripted",
        "scripted",
        "intake.summary",
        1,
    )
    content = json.loads(done.content_json)
    evidence = _by_ref(content["evidence"])
    by_text = {s["text"]: s for s in content["sentences"]}
    assert list(by_text) == [  # the suggested questions rest on no answer and are not kept
        "The client scored 22 on the PHQ-9, in the severe range.",
        "The client takes sertraline 50 mg daily.",
        "The client lost their job in March and has not been sleeping.",
        "The GAD-7 total was 12.",
    ]
    phq = by_text["The client scored 22 on the PHQ-9, in the severe range."]
    assert phq["supported"] and "PHQ-9 total 22 (severe)" in [evidence[r]["text"] for r in phq["evidence"]]
    job = by_text["The client lost their job in March and has not been sleeping."]
    assert job["supported"] and [evidence[r] for r in job["evidence"]][0] == {
        "ref": job["evidence"][0],
        "kind": "words",
        "text": "I lost my job in March and I have not been sleeping.",
    }
    gad = by_text["The GAD-7 total was 12."]
    assert gad["supported"] and any(evidence[r]["text"].startswith("GAD-7 total 12") for r in gad["evidence"])
    invented = by_text["The client takes sertraline 50 mg daily."]
    assert not invented["supported"] and {"sertraline", "50"} <= set(invented["missing"])
    # The model read the words and scores but no name; the stored draft is sealed.
    sent = json.dumps(scripted.requests[-1]["messages"])
    assert (
        "not been sleeping" in sent and "PHQ-9: 22" in sent and "Robin" not in sent and "Ashdown" not in sent
    )
    raw = await session.scalar(select(ReferralSummary.content_ct).where(ReferralSummary.id == row.id))
    assert b"sertraline" not in raw and b"sleeping" not in raw
    # The tier is the rules' still: no new triage, no change, nothing set by anyone else.
    await session.refresh(referral)
    assert (referral.tier, referral.tier_set_by) == ("urgent", "engine")
    assert await session.scalar(select(func.count()).select_from(TriageResult)) == triages
    assert await session.scalar(select(TierChange.id)) is None
    view = summary.view(done, (await service.get_referral(session, actor(clinician), referral.id)).triage.id)
    assert view["unsupported"] == 1 and not view["out_of_date"]
    reviewed = await summary.mark_reviewed(session, actor(clinician), referral.id, row.id)
    assert (reviewed.status, reviewed.reviewed_by) == ("reviewed", clinician.id)
    with pytest.raises(Conflict):
        await summary.mark_reviewed(session, actor(clinician), referral.id, row.id)


async def test_the_practices_approved_prompt_is_the_one_used(session, scripted):
    _, clinician, supervisor, _, referral = await _world(session)
    base = llm_service.get_template("intake.summary")
    draft = await llm_service.create_draft(
        session,
        actor(clinician),
        "intake.summary",
        system=base.system + "\nWrite for our intake team.",
        user=base.user,
        change_note="our team",
    )
    await llm_service.approve(session, actor(supervisor), "intake.summary", draft.version)
    row = await summary.request_summary(session, actor(clinician), referral.id)
    done = await summary.draft_now(session, row.id)
    assert done.status == "draft" and done.prompt_version == draft.version
    assert "Write for our intake team." in scripted.requests[-1]["messages"][0]["content"]


async def test_a_second_request_while_drafting_is_refused_and_a_dead_model_fails_the_draft(
    session, server_url
):
    _, clinician, _, _, referral = await _world(session)
    with providers.using(_settings(server_url, "down")):
        row = await summary.request_summary(session, actor(clinician), referral.id)
        with pytest.raises(Conflict):
            await summary.request_summary(session, actor(clinician), referral.id)
        failed = await summary.draft_now(session, row.id)
    assert (
        failed.status == "failed"
        and failed.error
        and failed.content_json
        and "sentences" in failed.content_json
    )


async def test_admins_get_no_summary_and_nothing_is_offered_without_a_model(session, http, server_url):
    practice, clinician, _, admin, referral = await _world(session)
    with pytest.raises(Forbidden):
        await summary.request_summary(session, actor(admin), referral.id)
    with pytest.raises(Forbidden):
        await summary.latest(session, actor(admin), referral.id)
    with providers.using(_settings(server_url, "keyless")):  # its key variable is not set: not usable
        assert not await summary.available(session, practice.id)
        with pytest.raises(Unavailable):
            await summary.request_summary(session, actor(clinician), referral.id)
        staff = await token_headers(session, clinician)
        page = await http.get(f"/intake/referrals/{referral.id}", headers=staff)
        assert "No AI model is set up for summaries" in page.text and "Draft a summary (AI)" not in page.text


async def test_the_page_drafts_shows_evidence_and_marks_and_hides_it_from_admins(session, http, scripted):
    _, clinician, _, admin, referral = await _world(session)
    referral_id = referral.id
    staff, office = await token_headers(session, clinician), await token_headers(session, admin)
    page = await http.get(f"/intake/referrals/{referral_id}", headers=staff)
    assert "Draft a summary (AI)" in page.text and "It does not change the tier" in page.text
    queued = await http.post(f"/intake/referrals/{referral_id}/summaries", headers=staff)
    assert queued.status_code == 303 and queued.headers["location"].endswith("#summary")
    row = await session.scalar(select(ReferralSummary).where(ReferralSummary.referral_id == referral_id))
    row_id = row.id  # a refused request rolls back and expires what the session holds
    again = await http.post(f"/intake/referrals/{referral_id}/summaries", headers=staff)
    assert again.status_code == 409 and "already being drafted" in again.text
    await summary.draft_now(session, row_id)
    html = (await http.get(f"/intake/referrals/{referral_id}", headers=staff)).text
    assert "AI-drafted" in html and "Not reviewed yet" in html and "1 sentence is not supported" in html
    assert "<q>I lost my job in March and I have not been sleeping.</q>" in html
    assert "PHQ-9 total 22 (severe)" in html and "Not supported by the referral: check it" in html
    hidden = await http.get(f"/intake/referrals/{referral_id}", headers=office)
    assert (
        hidden.status_code == 200
        and "Summary drafted by AI" not in hidden.text
        and "sertraline" not in hidden.text
    )
    assert (await http.post(f"/intake/referrals/{referral_id}/summaries", headers=office)).status_code == 403
    refused = await http.post(f"/intake/referrals/{referral_id}/summaries/{row_id}/review", headers=office)
    assert refused.status_code == 403
    reviewed = await http.post(f"/intake/referrals/{referral_id}/summaries/{row_id}/review", headers=staff)
    assert reviewed.status_code == 303
    html = (await http.get(f"/intake/referrals/{referral_id}?done=summary_reviewed", headers=staff)).text
    assert "Reviewed " in html and "The tier is unchanged" in html
