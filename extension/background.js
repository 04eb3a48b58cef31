// quizstats extension: the service worker. The command (Alt+Shift+Q by
// default) or a click on the toolbar button reads the quiz in every frame of
// the active tab with extract.js, the extractor quizstats itself runs, and
// sends it to the quizstats server set in the options. The badge and a small
// notice in the page say how many questions were sent, or what failed. It
// only reads the page: it never clicks, selects or submits anything.
//
// The request goes from here and not from the page: with the server in
// host_permissions, the service worker's fetch needs no CORS from the server.

importScripts("limits.js", "request.js", "notice.js");

var DEFAULTS = { server: "http://127.0.0.1:8080", token: "" };
var COLORS = { busy: "#2563eb", ok: "#059669", error: "#dc2626" };

chrome.commands.onCommand.addListener(onCommand);
chrome.action.onClicked.addListener(function (tab) {
  capture(tab);
});

// onCommand handles the extension's keyboard command. Chrome passes the tab
// the shortcut was pressed in.
async function onCommand(command, tab) {
  if (command !== "capture") return null;
  if (!tab) {
    var tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    tab = tabs[0];
  }
  if (!tab) return { error: "no tab to read" };
  return capture(tab);
}

// capture reads the quiz of the tab and sends it. It resolves to {sent, id}
// or {error}, and tells the person either way.
async function capture(tab) {
  var tabId = tab.id;
  try {
    await tell(tabId, "busy", "…", "Reading the quiz…");
    var read = await readTab(tabId);
    var result = read.result;
    var mapped = read.mapped;
    var n = mapped.request.questions.length;
    if (!n) {
      var why = "No questions found on this page.";
      if (result.notice) why += " " + result.notice;
      else if (mapped.skipped.length) why = "None of the questions on this page can be sent: " + mapped.skipped[0] + ".";
      throw new Error(why);
    }
    var cfg = await chrome.storage.local.get(DEFAULTS);
    var found = result.questions.length;
    await tell(tabId, "busy", String(n), "Found " + found + " questions; sending " + n + "…");
    var analysis = await send(cfg.server, cfg.token, mapped.request);
    var answered = (analysis.answers || []).length;
    var msg = found + " questions found, " + answered + " answered by " + cfg.server;
    if (mapped.skipped.length) msg += " (" + mapped.skipped.length + " left out)";
    await tell(tabId, "ok", String(answered), msg + "; the answers are on its displays.");
    return { found: found, sent: n, answered: answered, id: analysis.id };
  } catch (e) {
    var message = String((e && e.message) || e);
    await tell(tabId, "error", "!", message);
    return { error: message };
  }
}

// readTab reads the quiz in every frame of the tab and maps it to an
// analyze request: {result, mapped}. It only reads.
async function readTab(tabId) {
  var result = mergeFrames(await injectExtractor(tabId));
  return { result: result, mapped: toRequest(result) };
}

// injectExtractor runs extract.js in every frame of the tab, without
// waiting for the page to finish loading (a page that keeps loading an
// advert is still read; the person pressed the shortcut on what they see). Chrome runs it
// in no frame at all when one of them is from a site the extension may not
// read (a cross-site iframe, without the option that allows it); the top
// frame is then read alone, and the person is told how to include frames.
async function injectExtractor(tabId) {
  try {
    return await chrome.scripting.executeScript({ target: { tabId: tabId, allFrames: true }, files: ["extract.js"], injectImmediately: true });
  } catch (e) {
    var top;
    try {
      top = await chrome.scripting.executeScript({ target: { tabId: tabId }, files: ["extract.js"], injectImmediately: true });
    } catch (e2) {
      throw new Error("quizstats cannot read this page: " + e2.message);
    }
    var questions = top[0] && top[0].result ? top[0].result.questions.length : 0;
    if (!questions) {
      throw new Error("No questions in the page itself, and frames from other sites may not be read: allow them in the extension's options, then try again.");
    }
    return top;
  }
}

// send posts the request and returns the server's analysis.
async function send(server, token, request) {
  var base = String(server || DEFAULTS.server).replace(/\/+$/, "");
  var origin;
  try {
    origin = new URL(base).origin;
  } catch (e) {
    throw new Error("The server address \"" + server + "\" is not a URL; fix it in the extension's options.");
  }
  if (!(await chrome.permissions.contains({ origins: [origin + "/*"] }))) {
    throw new Error("The extension may not reach " + origin + " yet: open its options and save the server address to allow it.");
  }
  var headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = "Bearer " + token;
  var resp;
  try {
    resp = await fetch(base + "/api/v1/analyze", { method: "POST", headers: headers, body: JSON.stringify(request) });
  } catch (e) {
    throw new Error("Cannot reach the quizstats server at " + base + ". Start it with \"quizstats serve\", or set its address in the extension's options.");
  }
  var body = null;
  try {
    body = await resp.json();
  } catch (e) {
    // not JSON: a proxy's error page; the status says enough
  }
  if (!resp.ok) {
    var err = body && body.error;
    var msg = "The server at " + base + " refused the quiz: " + (err && err.message ? err.message : "HTTP " + resp.status);
    if (err && err.field) msg += " (" + err.field + ")";
    if (resp.status === 401 || resp.status === 403) msg += ". Set the server's token in the extension's options.";
    throw new Error(msg);
  }
  return body || {};
}

// tell shows the state on the toolbar badge (for this tab) and in the page.
async function tell(tabId, tone, badge, message) {
  await Promise.all([
    chrome.action.setBadgeText({ tabId: tabId, text: badge }),
    chrome.action.setBadgeBackgroundColor({ tabId: tabId, color: COLORS[tone] }),
    chrome.action.setTitle({ tabId: tabId, title: "quizstats: " + message }),
  ]);
  try {
    await chrome.scripting.executeScript({ target: { tabId: tabId }, func: quizstatsNotice, args: [message, tone] });
  } catch (e) {
    // A page the extension may not script (the browser's own pages): the
    // badge and its title still tell.
  }
}
