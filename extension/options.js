// quizstats extension: the options page. The server's address and token are
// kept in chrome.storage.local (not synced: the token is a secret). Saving
// asks for the permissions the extension needs for them: to reach a server
// that is not on this machine, and, when chosen, to read frames from other
// sites.

var DEFAULTS = { server: "http://127.0.0.1:8080", token: "" };
var ALL_SITES = { origins: ["<all_urls>"] };
var form = document.getElementById("form");
var server = document.getElementById("server");
var token = document.getElementById("token");
var frames = document.getElementById("frames");
var status = document.getElementById("status");

function say(text, error) {
  status.textContent = text;
  status.className = error ? "error" : "";
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
  // Permissions are asked while the click still counts as the person's.
  var wanted = [url.origin + "/*"];
  if (frames.checked) wanted.push("<all_urls>");
  var granted = await chrome.permissions.request({ origins: wanted });
  if (!frames.checked) await chrome.permissions.remove(ALL_SITES).catch(function () {});
  if (!granted) {
    say("Not saved: the extension needs permission to reach " + url.origin + ".", true);
    return;
  }
  await chrome.storage.local.set({ server: url.origin + url.pathname.replace(/\/+$/, ""), token: token.value.trim() });
  say("Saved.");
});
