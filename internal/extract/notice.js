// quizstats in-page notice: a small box in the corner of the page, clearly
// labelled quizstats, that says what a capture did ("12 questions sent") or
// what went wrong, then fades.
//
// quizstats watch runs it through the DevTools protocol and the browser
// extension through chrome.scripting, both in an isolated world; it is one
// function declaration so that both can pass it as a function. The box
// lives in a closed shadow root, so the page's styles do not change it and
// the extractor (which reads open shadow roots) never reads it as part of a
// quiz. Each call replaces the box the last call left.
function quizstatsNotice(message, tone) {
  "use strict";
  var TAG = "quizstats-notice";
  // How long each tone stays, in ms: work in progress until replaced (with
  // a cap, should the next call never come), results long enough to read.
  var STAY = { busy: 30000, ok: 5000, error: 12000 };
  var COLOR = { busy: "#60a5fa", ok: "#34d399", error: "#f87171" };
  if (!STAY[tone]) tone = "ok";

  var old = document.querySelectorAll(TAG);
  for (var i = 0; i < old.length; i++) old[i].remove();

  var host = document.createElement(TAG);
  var root = host.attachShadow({ mode: "closed" });
  var box = document.createElement("div");
  box.setAttribute("role", tone === "error" ? "alert" : "status");
  box.setAttribute("aria-live", tone === "error" ? "assertive" : "polite");
  box.title = "Click to close";
  var label = document.createElement("strong");
  label.textContent = "quizstats";
  var text = document.createElement("span");
  text.textContent = String(message);
  box.append(label, text);

  var style = document.createElement("style");
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  style.textContent =
    ":host { all: initial; }" +
    "div { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: min(420px, calc(100vw - 32px));" +
    " box-sizing: border-box; padding: 10px 14px; border-radius: 8px; border-left: 4px solid " + COLOR[tone] + ";" +
    " background: #111827; color: #f9fafb; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;" +
    " box-shadow: 0 4px 16px rgba(0,0,0,.35); cursor: pointer; opacity: 1;" +
    (reduce ? "" : " transition: opacity .4s ease;") + " }" +
    "strong { display: block; font-weight: 700; font-size: 12px; letter-spacing: .04em; color: " + COLOR[tone] + "; }" +
    "span { display: block; overflow-wrap: anywhere; }";
  root.append(style, box);
  (document.body || document.documentElement).appendChild(host);

  function close() {
    box.style.opacity = "0";
    setTimeout(function () { host.remove(); }, reduce ? 0 : 450);
  }
  box.addEventListener("click", close);
  setTimeout(close, STAY[tone]);
}
