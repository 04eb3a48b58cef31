// quizstats extension: the options page. The server's address and token are
// kept in chrome.storage.local (not synced: the token is a secret). Saving
// asks for the permissions the extension needs for them: to reach a server
// that is not on this machine, and, when chosen, to read frames from other
// sites.

(function () {
"use strict";
// Everything lives in this function: a top-level "var status" would be
// window.status, a string, and every message shown through it would be
// dropped.
var DEFAULTS = { server: "http://127.0.0.1:8080", token: "" };
var ALL_SITES = { origins: ["<all_urls>"] };
var form = document.getElementById("form");
var server = document.getElementById("server");
var token = document.getElementById("token");
var frames = document.getElementById("frames");
var statusLine = document.getElementById("status");

function say(text, error) {
  statusLine.textContent = text;
  statusLine.className = error ? "error" : "";
}

chrome.storage.local.get(DEFAULTS).then(function (cfg) {
  server.value = cfg.server;
  token.value = cfg.token;
});
chrome.permissions.contains(ALL_SITES).then(function (yes) {
  frames.checked = yes;
});

form.addEventListener("submit", async function (e) {
  e.preventDefault();
  var url;
  try {
    url = new URL(server.value.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
  } catch (err) {
    say("Give the server as http://host:port", true);
    return;
  }
  // Access to all sites is given up first, and only when it was held:
  // Chrome withdraws every origin that "<all_urls>" covers when it is
  // removed, the server's just granted and the manifest's own among them,
  // so removing it after the request left the extension reaching nothing.
  if (!frames.checked && (await chrome.permissions.contains(ALL_SITES))) {
    await chrome.permissions.remove(ALL_SITES).catch(function () {});
  }
  // Asked while the click still counts as the person's (its activation
  // lasts a few seconds).
  var wanted = [url.origin + "/*"];
  if (frames.checked) wanted.push("<all_urls>");
  var granted = await chrome.permissions.request({ origins: wanted }).catch(function (err) {
    say("Not saved: " + err.message, true);
    return null;
  });
  if (granted === null) return;
  if (!granted) {
    say("Not saved: the extension needs permission to reach " + url.origin + ".", true);
    return;
  }
  await chrome.storage.local.set({ server: url.origin + url.pathname.replace(/\/+$/, ""), token: token.value.trim() });
  say("Saved.");
});
})();
