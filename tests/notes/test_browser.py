"""Issue 6's acceptance in Debian's Chromium against a real `alliance serve` of the demo practice (its own
huey worker, the real jobs): a clinician opens a session of Marisol's, uploads espeak-ng speech, watches the
progress, reviews the draft with its evidence, edits, signs and downloads the PDF; the signed note cannot be
edited (409), only amended. The server drafts with SmolLM2 (the small test model), set in the gateway's
settings."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, page, start_server  # noqa: F401  (e2e fixtures)
from tests.e2e.helpers import CLINICIAN, DEMO_PASSWORD, LiveServer, assert_accessible, service_missing
from tests.notes.conftest import espeak

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.llm]

MARISOL = "Marisol Quintanilla-Ward"
SPEECH = (
    "I have been feeling anxious at work and my sleep has been poor. "
    "We practised a breathing exercise today. This week I will keep a thought record every evening."
)


@pytest.fixture(scope="module")
def browser():  # noqa: ANN201
    """Debian's Chromium with a fake microphone (a test tone) that needs no permission prompt."""
    import os

    if not Path(CHROMIUM).exists():
        service_missing("Chromium", f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    args = [*CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def notes_server(start_server) -> LiveServer:  # noqa: ANN001, F811
    """A demo server of our own, drafting with SmolLM2 (a risk-free session, but it writes notes)."""
    return start_server("notes-live", "sqlite", ALLIANCE_LLM_MODEL="smollm2-135m", ALLIANCE_LLM_TIMEOUT="400")


def test_upload_watch_review_edit_sign_download_then_only_amend(
    notes_server: LiveServer,
    page: Page,  # noqa: F811
    tmp_path: Path,
) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    audio = espeak(SPEECH, tmp_path / "session.wav")
    server = notes_server
    page.goto(f"{server.base_url}/login")
    page.get_by_label("E-mail").fill(CLINICIAN)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/today$"))
    page.goto(f"{server.base_url}/caseload")
    page.get_by_role("link", name=MARISOL).click()
    page.get_by_role("navigation", name="Client workspace").get_by_role("link", name="Sessions and notes").click()

    # A one-section practice template keeps SmolLM2's answer short on a loaded 2-core machine.
    csrf = page.locator('meta[name="csrf-token"]').get_attribute("content")
    made = page.request.post(
        f"{server.base_url}/api/v1/note-formats",
        headers={"X-CSRF-Token": csrf},
        data={
            "name": "brief",
            "title": "Brief note",
            "sections": [{"name": "plan", "instruction": "what the client reported and the plan agreed"}],
        },
    )
    assert made.status == 201, made.text()
    notes = page.locator("#notes")
    expect(notes.get_by_role("table", name="Session notes")).to_contain_text("signed")  # the demo's notes
    notes.get_by_label("New note for this session").select_option(index=1)  # the latest completed session
    notes.get_by_role("button", name="Open session note").click()
    expect(page.get_by_role("heading", name=re.compile("^Session note"))).to_be_visible()
    # First the way the note is made, then only that form.
    expect(page.get_by_role("heading", name="How will you create this note?")).to_be_visible()
    assert_accessible(page, name="note method chooser")
    session_page = page.url
    page.get_by_role("link", name=re.compile("Upload session audio")).click()
    expect(page.get_by_role("heading", name="Paste a transcript")).to_have_count(0)

    upload = page.locator("section", has=page.get_by_role("heading", name="Upload session audio"))
    upload.get_by_label(re.compile("^Audio file")).set_input_files(str(audio))
    upload.get_by_label("Note format").select_option("brief")
    expect(upload.get_by_label(re.compile("Draft the note with AI"))).to_be_checked()
    upload.get_by_role("button", name="Upload and transcribe").click()

    progress = page.locator("#note-progress")
    expect(progress).to_be_visible()
    expect(progress.get_by_role("progressbar")).to_be_attached()
    # The worker transcribes (Whisper base) and drafts (SmolLM2); the page polls and reloads itself.
    expect(page.get_by_role("heading", name="AI draft (as produced)")).to_be_visible(timeout=420_000)

    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text("breathing")
    cited_sentences = page.locator('#draft .sentence:not([data-evidence=""])')
    sentence = (cited_sentences if cited_sentences.count() else page.locator("#draft .sentence")).first
    cited = sentence.get_attribute("data-evidence") or ""
    sentence.click()
    expect(sentence).to_have_attribute("aria-pressed", "true")
    if cited:
        expect(page.locator(f"#seg-{cited.split()[0]}")).to_have_class(re.compile("evidence-hit"))
    expect(sentence.locator("xpath=..").locator("details summary")).to_contain_text("Evidence")

    page.get_by_label("Plan", exact=True).fill("Thought record every evening; review it next session.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    # An edit made after saving and never saved is signed too: signing signs what the clinician sees.
    page.get_by_label("Plan", exact=True).fill("Thought record every evening; bring it next session.")
    page.get_by_label(re.compile("I have reviewed this note")).check()
    page.get_by_role("button", name="Sign note").click()
    expect(page.locator("#signature")).to_contain_text("Signed by Dr. Maya Okafor")
    expect(page.locator("main")).to_contain_text("Thought record every evening; bring it next session.")
    expect(page.locator("#signature")).to_contain_text("PsyD")
    expect(page.get_by_role("textbox", name="Plan", exact=True)).to_have_count(0)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    pdf = Path(download_info.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-")

    note_url = page.url.split("#")[0]
    refused = page.request.post(f"{note_url}/sections", form={"csrf_token": csrf, "section_plan": "changed"})
    assert refused.status == 409

    page.get_by_label("Reason for the amendment").fill("Homework time clarified")
    page.get_by_label("Amended text: Plan").fill("Thought record every evening at 9 pm.")
    page.get_by_role("button", name="Add amendment").click()
    expect(page.locator("#amendments")).to_contain_text("Amendment 1")
    expect(page.locator("#amendments")).to_contain_text("Homework time clarified")

    # Recording in the browser: MediaRecorder (webm/opus) uploaded with fetch and the CSRF header.
    page.goto(session_page)
    page.get_by_role("link", name=re.compile("Record the session")).click()
    recorder = page.locator("#recorder")
    recorder.get_by_label(re.compile("Draft the note with AI")).uncheck()
    recorder.get_by_role("button", name="Start recording").click()
    expect(page.locator("#record-status")).to_contain_text("Recording")
    page.wait_for_timeout(2500)
    recorder.get_by_role("button", name="Stop and upload").click()
    expect(page).to_have_url(re.compile(r"/notes/[0-9a-f-]{36}$"), timeout=30_000)
    assert "browser recording" in page.locator("main").inner_text()
    # The fake microphone plays a tone, not speech: the editor opens for a note written by hand.
    expect(page.get_by_role("heading", name="Your note")).to_be_visible(timeout=120_000)
