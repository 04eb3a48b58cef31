// quizstats extension: turns what extract.js read in each frame of a tab
// into an analyze request. These are the rules of toRequest in the Go
// command (cmd/quizstats/request.go), written again for the browser; a test
// runs both on the same cases.

var LIMITS = {
  questions: 100,
  minOptions: 2,
  maxOptions: 26,
  questionChars: 4000,
  optionChars: 1000,
  urlChars: 2048,
  titleChars: 500,
};
var API_KINDS = ["single", "multiple", "truefalse", "dropdown", "text"];

// mergeFrames puts the results of extract.js in the frames of a tab
// (chrome.scripting injection results) together: the top frame's questions
// first, then each frame's in the order Chrome lists the frames. A question
// that repeats the one before it from another frame is kept once (a host
// page that carries the data of the quiz its iframe shows).
function mergeFrames(injections) {
  var frames = (injections || []).filter(function (r) {
    return r && r.result && Array.isArray(r.result.questions);
  });
  frames.sort(function (a, b) {
    return (a.frameId === 0 ? 0 : 1) - (b.frameId === 0 ? 0 : 1);
  });
  var top = frames.length ? frames[0].result : { url: "", title: "" };
  var questions = [];
  var notices = [];
  var last = null;
  frames.forEach(function (f) {
    if (f.result.notice && notices.indexOf(f.result.notice) < 0) notices.push(f.result.notice);
    f.result.questions.forEach(function (q) {
      if (last && last.frameId !== f.frameId && sameQuestion(last.q, q)) return;
      questions.push(q);
      last = { q: q, frameId: f.frameId };
    });
  });
  return {
    url: top.url,
    title: top.title,
    questions: questions,
    notice: questions.length ? "" : notices.join(" "),
    frames: frames.length,
  };
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
// choice questions that cannot be sent; texts are cut to the API's limits.
function toRequest(result) {
  var out = {
    request: {
      source: { url: clip(result.url || "", LIMITS.urlChars), title: clip(result.title || "", LIMITS.titleChars) },
      questions: [],
    },
    labels: [],
    skipped: [],
  };
  (result.questions || []).forEach(function (q, i) {
    var label = String(i + 1);
    var subs = q.subquestions || [];
    if (q.kind === "rating") {
      skip(out, label, q.text, "asks for a rating, an opinion with no right answer");
    } else if (subs.length) {
      subs.forEach(function (s, j) {
        add(out, label + "." + (j + 1), joinText(q.text, s.text), s.kind, s.options);
      });
    } else if (q.kind === "dragdrop") {
      skip(out, label, q.text, "asks to place items on an image; the answer is a position, not an option");
    } else {
      add(out, label, q.text, q.kind, q.options);
    }
  });
  var n = out.request.questions.length;
  if (n > LIMITS.questions) {
    out.skipped.push("questions " + out.labels[LIMITS.questions] + " to " + out.labels[n - 1] +
      ": the server takes " + LIMITS.questions + " questions at a time; capture the rest again");
    out.request.questions = out.request.questions.slice(0, LIMITS.questions);
    out.labels = out.labels.slice(0, LIMITS.questions);
  }
  return out;
}

function add(out, label, text, kind, options) {
  text = clip((text || "").trim(), LIMITS.questionChars);
  if (!text) {
    skip(out, label, "", "has no text to ask");
    return;
  }
  var k = API_KINDS.indexOf(kind) >= 0 ? kind : "single";
  var q = { text: text, kind: k };
  if (k !== "text") {
    options = cleanOptions(options || []);
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
  out.request.questions.push(q);
  out.labels.push(label);
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

function cleanOptions(options) {
  var out = [];
  var seen = new Set();
  options.forEach(function (o) {
    o = clip(String(o).split(/\s+/).filter(Boolean).join(" "), LIMITS.optionChars);
    if (!o || seen.has(o)) return;
    seen.add(o);
    out.push(o);
  });
  return out;
}

// clip cuts s to n characters (code points, as the server counts them),
// marking the cut with an ellipsis.
function clip(s, n) {
  var chars = Array.from(s);
  return chars.length <= n ? s : chars.slice(0, n - 1).join("") + "…";
}
