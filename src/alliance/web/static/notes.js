// Session notes: highlight a draft sentence's evidence in the transcript, and record a session with MediaRecorder.
// No inline scripts (CSP script-src 'self'); without JavaScript the evidence is listed under each sentence.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function showEvidence(sentence) {
    document.querySelectorAll(".segments li.evidence-hit").forEach(function (li) { li.classList.remove("evidence-hit"); });
    document.querySelectorAll(".sentence.active").forEach(function (s) {
      s.classList.remove("active");
      s.setAttribute("aria-pressed", "false");
    });
    sentence.classList.add("active");
    sentence.setAttribute("aria-pressed", "true");
    var ids = (sentence.getAttribute("data-evidence") || "").split(" ").filter(Boolean);
    var first = null;
    ids.forEach(function (id) {
      var seg = document.getElementById("seg-" + id);
      if (seg) {
        seg.classList.add("evidence-hit");
        first = first || seg;
      }
    });
    if (first) { first.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("details, a")) { return; }
    var sentence = event.target.closest("button.sentence");
    if (sentence) { showEvidence(sentence); }
  });
  document.addEventListener("keydown", function (event) {
    var sentence = event.target.closest && event.target.closest(".sentence");
    if (sentence && event.target === sentence && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      showEvidence(sentence);
    }
  });

  function setUpRecorder() {
    var box = document.getElementById("recorder");
    if (!box) { return; }
    var start = document.getElementById("record-start");
    var stop = document.getElementById("record-stop");
    var status = document.getElementById("record-status");
    var form = document.getElementById("record-form");
    if (!window.MediaRecorder || !navigator.mediaDevices) {
      status.textContent = "This browser cannot record; upload a file instead.";
      start.disabled = true;
      return;
    }
    var recorder = null;
    var chunks = [];
    var mime = MediaRecorder.isTypeSupported("audio/webm;codecs=opus") ? "audio/webm;codecs=opus" : "audio/ogg;codecs=opus";
    start.addEventListener("click", function () {
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        chunks = [];
        recorder = new MediaRecorder(stream, { mimeType: mime });
        recorder.addEventListener("dataavailable", function (e) { if (e.data.size) { chunks.push(e.data); } });
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (t) { t.stop(); });
          upload(new Blob(chunks, { type: mime }));
        });
        recorder.start(1000);
        start.disabled = true;
        stop.disabled = false;
        status.textContent = "Recording… press Stop and upload when the session ends.";
      }).catch(function () {
        status.textContent = "The microphone could not be used. Check the browser's permission, or upload a file.";
      });
    });
    stop.addEventListener("click", function () {
      if (recorder && recorder.state !== "inactive") { recorder.stop(); }
      stop.disabled = true;
      status.textContent = "Uploading…";
    });

    function upload(blob) {
      var data = new FormData();
      data.append("file", blob, mime.indexOf("webm") >= 0 ? "recording.webm" : "recording.ogg");
      data.append("source", "recording");
      var fmt = form.querySelector('select[name="format"]');
      data.append("format", fmt ? fmt.value : "soap");
      var ai = form.querySelector('input[name="use_ai"]');
      data.append("use_ai", ai && ai.checked ? "true" : "false");
      var appt = form.querySelector('input[name="appointment_id"]');
      if (appt) { data.append("appointment_id", appt.value); }
      fetch(box.getAttribute("data-upload-url"), {
        method: "POST", body: data, credentials: "same-origin", headers: { "X-CSRF-Token": csrfToken() }
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        if (result.ok) {
          window.location.href = "/notes/" + result.body.id;
        } else {
          status.textContent = "The upload failed: " + (result.body.detail || "please try again.");
          start.disabled = false;
        }
      }).catch(function () {
        status.textContent = "The upload failed; please try again.";
        start.disabled = false;
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpRecorder);
  } else {
    setUpRecorder();
  }
})();
