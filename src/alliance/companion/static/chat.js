// The companion's conversation: send the form to the streaming address and show each checked sentence as it comes.
// Without this script (or a browser without streams) the form posts normally and the page reloads with the reply.
(function () {
  "use strict";
  var form = document.getElementById("companion-form");
  if (!form || !window.fetch || !window.TextDecoder || !window.ReadableStream || !window.FormData) return;
  var log = document.getElementById("companion-turns");
  var status = document.getElementById("companion-status");
  var box = document.getElementById("companion-text");
  var button = form.querySelector("button[type=submit]");
  var bubble = null;

  function say(text) { status.textContent = text || ""; }

  function add(html) {
    var empty = document.getElementById("chat-empty");
    if (empty) empty.remove();
    log.insertAdjacentHTML("beforeend", html);
    return log.lastElementChild;
  }

  function pending() {
    if (bubble) return bubble;
    bubble = document.createElement("li");
    bubble.className = "turn companion";
    bubble.setAttribute("aria-busy", "true");
    var who = document.createElement("p");
    who.className = "who";
    who.innerHTML = "<strong></strong>";
    who.firstChild.textContent = form.dataset.companion || "Companion (AI)";
    var said = document.createElement("p");
    said.className = "said";
    bubble.appendChild(who);
    bubble.appendChild(said);
    log.appendChild(bubble);
    return bubble;
  }

  function handle(name, data) {
    if (name === "turn") { add(data.html); }
    else if (name === "crisis" || name === "paused") {
      var turn = add(data.html);
      say(data.status);
      var help = turn && turn.querySelector(".crisis");
      if (help) { help.setAttribute("tabindex", "-1"); help.focus(); }
    }
    else if (name === "waiting") { pending(); say(data.status); }
    else if (name === "sentence") {
      var said = pending().querySelector(".said");
      said.textContent = said.textContent ? said.textContent + " " + data.text : data.text;
    }
    else if (name === "replace") { pending().querySelector(".said").textContent = data.text; }
    else if (name === "done") {
      var done = add(data.html);
      if (bubble) { bubble.remove(); log.appendChild(done); }
      bubble = null;
      say(data.status);
    }
    else if (name === "problem") { say(data.detail); }
  }

  function dispatch(block) {
    var name = "message", data = "";
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) name = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) data += line.slice(5).replace(/^ /, "");
    });
    if (data) handle(name, JSON.parse(data));
  }

  form.addEventListener("submit", function (event) {
    if (!box.value.trim()) return;  // the browser's own "required" message
    event.preventDefault();
    var body = new FormData(form);
    var typed = box.value;
    button.disabled = true;
    say(form.dataset.sending);
    bubble = null;
    fetch(form.dataset.stream, {
      method: "POST", body: body, credentials: "same-origin",
      headers: {"Accept": "text/event-stream", "X-CSRF-Token": body.get("csrf_token") || ""}
    }).then(function (response) {
      if (!response.ok || !response.body) { form.submit(); return null; }
      box.value = "";
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) return;
          buffer += decoder.decode(step.value, {stream: true});
          // Line ends may be CRLF, split across chunks: a lone CR at the end waits for the next chunk.
          var end = buffer.charAt(buffer.length - 1) === "\r" ? buffer.length - 1 : buffer.length;
          buffer = buffer.slice(0, end).replace(/\r\n?/g, "\n") + buffer.slice(end);
          var cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            dispatch(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
          return pump();
        });
      }
      return pump();
    }).catch(function () {
      if (!box.value) box.value = typed;
      say(form.dataset.failed);
    }).then(function () {
      button.disabled = false;
      if (bubble) { bubble.removeAttribute("aria-busy"); bubble = null; }
      box.focus();
    });
  });
})();
