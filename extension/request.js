// quizstats extension: turns what extract.js read in each frame of a tab
// into an analyze request. The rules are those of ToRequest in
// internal/extract/request.go, which owns them; the limits and names they
// use (LIMITS, API_KINDS, IMAGE_TYPES, MEDIA) are written from there into
// limits.js with the extension, and a test runs the Go code and this file
// on the same pages, frames included, for the same request.

// mergeFrames puts the results of extract.js in the frames of a tab
// (chrome.scripting injection results) together, each frame's questions in
// the place its frame element has in the document that holds it, as the Go
// driver does. The extension is not told which element holds which frame:
// each result says how deep its frame is and its parent's origin, and each
// document lists its frame elements with their addresses (frame_slots), so
// a frame is matched to the first free element of its parent that gave it
// its address. A frame matched nowhere (it navigated away from the address
// its element gave) comes after the questions of the top document. A
// question that repeats the one before it from another frame is kept once
// (a host page that carries the data of the quiz its iframe shows).
function mergeFrames(injections) {
  var frames = (injections || []).filter(function (r) {
    return r && r.result && Array.isArray(r.result.questions);
  });
  frames.sort(function (a, b) {
    return (a.frameId || 0) - (b.frameId || 0);
  });
  var top = frames.filter(function (f) { return !f.result.depth; })[0] || frames[0];
  if (!top) return { url: "", title: "", questions: [], notice: "", frames: 0 };
  var free = frames.filter(function (f) { return f !== top; });

  function node(f) {
    var n = { frame: f, kids: [] };
    var slots = (f.result.frame_slots || []).slice().sort(function (a, b) { return a.order - b.order; });
    var depth = (f.result.depth || 0) + 1;
    var origin = originOf(f.result);
    slots.forEach(function (s) {
      for (var i = 0; i < free.length; i++) {
        var r = free[i].result;
        if (r.depth === depth && r.parent_origin === origin && r.url === s.src) {
          var child = free.splice(i, 1)[0];
          n.kids.push({ before: s.before, node: node(child) });
          return;
        }
      }
    });
    return n;
  }
  var root = node(top);
  free.forEach(function (f) {
    root.kids.push({ before: Infinity, node: { frame: f, kids: [] } });
  });

  var placed = [];
  var notices = [];
  (function merge(n) {
    var r = n.frame.result;
    if (r.notice && notices.indexOf(r.notice) < 0) notices.push(r.notice);
    var qs = r.questions;
    var own = function (from, to) {
      for (var i = from; i < to; i++) placed.push({ q: qs[i], frame: n.frame });
    };
    var at = 0;
    n.kids.forEach(function (k) {
      var before = Math.min(Math.max(k.before, at), qs.length);
      own(at, before);
      at = before;
      merge(k.node);
    });
    own(at, qs.length);
  })(root);

  var questions = [];
  placed.forEach(function (p, i) {
    if (i > 0 && placed[i - 1].frame !== p.frame && sameQuestion(placed[i - 1].q, p.q)) return;
    questions.push(p.q);
  });
  return {
    url: top.result.url,
    title: top.result.title,
    questions: questions,
    notice: questions.length ? "" : notices.join(" "),
    frames: frames.length,
  };
}

// originOf is the origin of the document a result came from; about:blank
// and about:srcdoc documents have their parent's.
function originOf(result) {
  if (/^about:/.test(result.url || "")) return result.parent_origin || "null";
  try {
    return new URL(result.url).origin;
  } catch (e) {
    return "null";
  }
}

function sameQuestion(a, b) {
  if (a.text !== b.text || a.kind !== b.kind || a.options.length !== b.options.length) return false;
  var x = a.options.slice().sort();
  var y = b.options.slice().sort();
  return x.every(function (o, i) { return o === y[i]; });
}

// toRequest maps an extraction to {request, labels, skipped}: grid rows,
// matching items and blanks become questions of their own with the parent's
// text in front; ratings and drag-onto-image questions are left out, as are
// choice questions that cannot be sent; texts are cut to the API's limits;
// readable images go along (within the quiz's budget) and audio or video a
// question plays is named.
function toRequest(result) {
  var out = {
    request: {
      source: { url: clip(result.url || "", LIMITS.urlChars), title: clip(result.title || "", LIMITS.titleChars) },
      questions: [],
    },
    labels: [],
    skipped: [],
    pageKey: [],
  };
  var budget = { left: LIMITS.images };
  (result.questions || []).forEach(function (q, i) {
    var label = String(i + 1);
    var subs = q.subquestions || [];
    if (q.kind === "rating") {
      skip(out, label, q.text, "asks for a rating, an opinion with no right answer");
    } else if (subs.length) {
      subs.forEach(function (s, j) {
        add(out, label + "." + (j + 1), joinText(q.text, s.text), s,
          requestImages((q.images || []).concat(s.images || []), budget), requestMedia(q.media, s.media));
      });
    } else if (q.kind === "dragdrop") {
      skip(out, label, q.text, "asks to place items on an image; the answer is a position, not an option");
    } else {
      add(out, label, q.text, q, requestImages(q.images || [], budget), requestMedia(q.media, null));
    }
  });
  var n = out.request.questions.length;
  if (n > LIMITS.questions) {
    out.skipped.push("questions " + out.labels[LIMITS.questions] + " to " + out.labels[n - 1] +
      ": the server takes " + LIMITS.questions + " questions at a time; capture the rest again");
    out.request.questions = out.request.questions.slice(0, LIMITS.questions);
    out.labels = out.labels.slice(0, LIMITS.questions);
    out.pageKey = out.pageKey.slice(0, LIMITS.questions);
  }
  var key = pageAnswerKey(out.pageKey);
  if (key) out.request.answer_key = key;
  return out;
}

// pageAnswerKey is the page's key as the API takes it, when the page
// shows the right options of at least one question sent; the others get
// [] and are not scored.
function pageAnswerKey(page) {
  var known = false;
  var key = page.map(function (k) {
    if (k && k.length) {
      known = true;
      return k;
    }
    return [];
  });
  return known ? key : null;
}

// requestKey is a page key in the indices of the options sent, or null
// when it does not fit the question.
function requestKey(page, at, kind) {
  if (!page || !page.length || kind === "text") return null;
  var key = [];
  for (var i = 0; i < page.length; i++) {
    var p = page[i];
    if (p < 0 || p >= at.length || at[p] < 0) return null;
    if (key.indexOf(at[p]) < 0) key.push(at[p]);
  }
  key.sort(function (a, b) { return a - b; });
  if (kind !== "multiple" && key.length !== 1) return null;
  return key;
}

function add(out, label, text, src, images, media) {
  var kind = src.kind;
  var options = src.options;
  var at = [];
  text = clip((text || "").trim(), LIMITS.questionChars);
  if (!text) {
    skip(out, label, "", "has no text to ask");
    return;
  }
  var k = API_KINDS.indexOf(kind) >= 0 ? kind : "single";
  var q = { text: text, kind: k };
  if (k !== "text") {
    var cleaned = cleanOptions(options || []);
    options = cleaned.options;
    at = cleaned.at;
    var n = options.length;
    if (n === 0) {
      q.kind = "text"; // a blank typed into
    } else if (n < LIMITS.minOptions) {
      skip(out, label, text, "has fewer than two options to choose from");
      return;
    } else if (n > LIMITS.maxOptions) {
      skip(out, label, text, "has " + n + " options; the server takes at most " + LIMITS.maxOptions);
      return;
    } else {
      if (k === "truefalse" && n !== 2) q.kind = "single";
      q.options = options;
    }
  }
  if (images.length) q.images = images;
  if (media.length) q.media = media;
  out.request.questions.push(q);
  out.labels.push(label);
  out.pageKey.push(requestKey(src.key, at, q.kind));
}

// requestImages keeps the images the browser read into a data URL of a
// type models take, within the API's size, while the quiz's budget lasts.
function requestImages(images, budget) {
  var out = [];
  for (var i = 0; i < images.length && budget.left > 0; i++) {
    var u = images[i].data_url || "";
    if (!u || u.length > LIMITS.imageURLBytes || !takenType(u)) continue;
    var img = { url: u };
    var alt = Array.from(images[i].alt || "").slice(0, LIMITS.altChars).join("");
    if (alt) img.alt = alt;
    out.push(img);
    budget.left--;
  }
  return out;
}

function takenType(u) {
  var head = u.slice(0, 32).toLowerCase();
  return IMAGE_TYPES.some(function (p) { return u.length > p.length && head.indexOf(p) === 0; });
}

function requestMedia(parent, own) {
  var out = [];
  (parent || []).concat(own || []).forEach(function (m) {
    if (MEDIA.indexOf(m) >= 0 && out.indexOf(m) < 0) out.push(m);
  });
  return out;
}

function skip(out, label, text, why) {
  out.skipped.push(text ? "question " + label + " (" + JSON.stringify(clip(text, 60)) + ") " + why : "question " + label + " " + why);
}

function joinText(parent, sub) {
  parent = (parent || "").trim();
  sub = (sub || "").trim();
  if (!parent) return sub;
  if (!sub) return parent;
  return parent + " — " + sub;
}

// cleanOptions drops empty and repeated options and cuts long ones; at[i]
// is where option i went (a repeated one: where its first went), -1 for a
// dropped empty one.
function cleanOptions(options) {
  var out = [];
  var at = [];
  var seen = new Map();
  options.forEach(function (o) {
    o = clip(String(o).split(/\s+/).filter(Boolean).join(" "), LIMITS.optionChars);
    if (!o) {
      at.push(-1);
    } else if (seen.has(o)) {
      at.push(seen.get(o));
    } else {
      seen.set(o, out.length);
      at.push(out.length);
      out.push(o);
    }
  });
  return { options: out, at: at };
}

// clip cuts s to n characters (code points, as the server counts them),
// marking the cut with an ellipsis.
function clip(s, n) {
  var chars = Array.from(s);
  return chars.length <= n ? s : chars.slice(0, n - 1).join("") + "…";
}
