// The paced-breathing timer: "Breathe in" and "Breathe out" announced politely at each change (aria-live), the
// count and time left shown beside them. No animation. Without JavaScript the page's steps say what to do.
(function () {
  "use strict";
  var root = document.getElementById("breathing-timer");
  if (!root) { return; }
  var inhale = parseInt(root.getAttribute("data-in"), 10) || 4;
  var exhale = parseInt(root.getAttribute("data-out"), 10) || 6;
  // The words come from the page, in the client's language (English when the page gives none).
  function words(name, fallback) { return root.getAttribute("data-say-" + name) || fallback; }
  var minutes = document.getElementById("bt-minutes");
  var start = document.getElementById("bt-start");
  var stop = document.getElementById("bt-stop");
  var phase = document.getElementById("bt-phase");
  var count = document.getElementById("bt-count");
  var left = document.getElementById("bt-left");
  var practised = document.getElementById("br-minutes");
  var timer = null;
  var endsAt = 0;
  var startedAt = 0;

  function clock(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function finish(message) {
    if (timer !== null) { window.clearInterval(timer); timer = null; }
    start.disabled = false;
    minutes.disabled = false;
    stop.disabled = true;
    count.textContent = "–";
    phase.textContent = message;
    var done = Math.round((Date.now() - startedAt) / 60000);
    if (practised && done >= 1) { practised.value = String(Math.min(done, 60)); }
  }

  function tick() {
    var now = Date.now();
    var remaining = Math.max(0, Math.ceil((endsAt - now) / 1000));
    left.textContent = clock(remaining);
    if (remaining === 0) {
      finish(words("done", "Time is up. Let your breathing return to normal and notice how you feel."));
      return;
    }
    var elapsed = Math.floor((now - startedAt) / 1000) % (inhale + exhale);
    var breathingIn = elapsed < inhale;
    var word = breathingIn ? words("in", "Breathe in") : words("out", "Breathe out");
    if (phase.textContent !== word) { phase.textContent = word; }
    count.textContent = String(breathingIn ? elapsed + 1 : elapsed - inhale + 1);
  }

  start.addEventListener("click", function () {
    var length = parseInt(minutes.value, 10) || 3;
    startedAt = Date.now();
    endsAt = startedAt + length * 60000;
    start.disabled = true;
    minutes.disabled = true;
    stop.disabled = false;
    phase.textContent = "";
    tick();
    timer = window.setInterval(tick, 250);
    stop.focus();
  });

  stop.addEventListener("click", function () {
    finish(words("stopped", "Stopped. Let your breathing return to normal."));
    start.focus();
  });

  root.hidden = false;
})();
