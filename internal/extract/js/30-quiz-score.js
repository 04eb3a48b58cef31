  // ---------------------------------------------------------------------
  // Is it a quiz? (generic candidates only)
  // ---------------------------------------------------------------------

  // Forms that are not quizzes. The strong words hold on any page; the weak
  // ones (a site wrapper called "account", a "profile" section) yield when
  // the page says it is a quiz.
  var NOT_QUIZ = /\b(log ?in|login|sign ?in|sign ?up|register|registration|password|checkout|check out|cart|basket|shipping|billing|payment|subscribe|newsletter|cookies?|consent|gdpr|search)\b/i;
  var NOT_QUIZ_WEAK = /\b(jump to|go to|navigation|navigate|delivery|address|settings|preferences|account|profile|privacy|filters?|sort by|language|currency|notifications?)\b/i;
  var QUIZ_WORD = /\b(quiz|quizzes|test|exam|question|questions|assessment|trivia|practice|problem set|homework|worksheet|exercises?|knowledge check|self-check|check your understanding|review questions|points? possible|cuestionario|pregunta|examen|prueba|frage|fragen|prüfung|questionnaire|teste|quest[aã]o|domanda|vraag)\b/i;

  // contextText is the identity of the forms and landmarks around el (ids,
  // classes, actions, labels, first heading), memoized per element so that
  // the many candidates of one form share the work.
  var ctxCache = new Map();
  function contextText(el) {
    if (!el || el === doc.body || el === doc.documentElement) return "";
    var c = ctxCache.get(el);
    if (c === undefined) {
      c = (ownContext(el) + " " + contextText(parentOf(el))).trim();
      ctxCache.set(el, c);
    }
    return c;
  }
  function ownContext(x) {
    var tag = x.localName;
    var role = x.getAttribute("role") || "";
    if (!(tag === "form" || tag === "section" || tag === "dialog" || tag === "aside" || tag === "nav" || tag === "header" || tag === "footer" || role === "dialog" || role === "search" || role === "banner" || x.id || /(^|\s)(modal|banner|consent|cookie|popup|settings|checkout)/i.test(cls(x)))) return "";
    var parts = [tag, x.id || "", cls(x), x.getAttribute("action") || "", x.getAttribute("name") || "", x.getAttribute("aria-label") || "", role];
    var h = (tag === "form" || tag === "section" || tag === "dialog" || role === "dialog") && x.querySelector("h1,h2,h3,legend");
    if (h) parts.push(textOf(h));
    return parts.join(" ").replace(/[_-]/g, " ");
  }

  var sensitiveCache = new Map();
  function formHasSensitiveFields(el) {
    // Only the control's own form counts: a search box in the page header
    // or a newsletter field in the footer says nothing about a quiz.
    var form = el.closest && el.closest("form");
    if (!form) return false;
    var scope = form;
    var v = sensitiveCache.get(scope);
    if (v === undefined) {
      v = hasSensitiveFields(scope);
      sensitiveCache.set(scope, v);
    }
    return v;
  }
  function hasSensitiveFields(scope) {
    return !!scope.querySelector("input[type=password], input[autocomplete^=cc-], input[autocomplete*=address], input[autocomplete=postal-code], input[name*=card], input[type=search], input[autocomplete=email], input[type=email], input[autocomplete=username]");
  }

  // quizScore rates how question-like a generic candidate is.
  function quizScore(c, pageQuizzy) {
    var q = c.q;
    var s = 0;
    var t = q.text;
    if (!t) return -10;
    if (/[?？]\s*(\(.*\))?\s*$/.test(t) || /[?？]/.test(t) && t.length > 15) s += 3;
    if (/^\s*(question|q|frage|pregunta)?\s*\d{1,3}\s*[.):\-]/i.test(t)) s += 2;
    if (MULTI_HINT.test(t)) s += 2;
    if (/^(which|what|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|select|choose|identify|name|find|calculate|solve|true or false)\b/i.test(t)) s += 2;
    // A sentence to complete ("... causes it to:", "... is ____").
    if (t.length >= 25 && /(:|…|\.\.\.|_{3,})\s*$/.test(t)) s += 2;
    if (q.kind === "truefalse") s += 2;
    if (q.options.length < 2 && !(q.subquestions && q.subquestions.length)) s -= 4;
    // The same label on every control (a "flag" or "bookmark" checkbox
    // repeated per question) is not a set of answers.
    if (q.options.length >= 2 && new Set(q.options).size === 1) s -= 8;
    if (q.options.length > 12 && q.kind !== "dropdown") s -= 2;
    if (q.kind === "dropdown" && q.options.length > 30) s -= 4;
    // A lone select is a setting or a navigation menu unless its label
    // asks something.
    if (q.kind === "dropdown" && !/[?？]|_{3,}|\.{4,}/.test(t) && !/^\s*\d{1,3}\s*[.):]/.test(t)) s -= 3;
    if (/^\d{1,3}$/.test(t)) s += 1; // a bare number: the stem is an image or audio
    else if (t.length < 4) s -= 3;
    if (manyGroups) s += 2;
    if (/:\s*$/.test(t) && t.length < 30 && !/\d/.test(t)) s -= 1;
    if (pageQuizzy) s += 2;
    var ctx = contextText(c.region || c.anchor || doc.body);
    if (NOT_QUIZ.test(ctx) && !QUIZ_WORD.test(ctx)) s -= 6;
    else if (NOT_QUIZ_WEAK.test(ctx) && !QUIZ_WORD.test(ctx) && !pageQuizzy) s -= 6;
    if ((NOT_QUIZ.test(t) || NOT_QUIZ_WEAK.test(t)) && !/[?？]/.test(t)) s -= 3;
    var first = c.controls && c.controls[0];
    if (first && formHasSensitiveFields(first)) s -= 6;
    return s;
  }

  // near: two elements a few levels from their common ancestor (twins of
  // one block), not two questions far apart that happen to read the same.
  function near(a, b) {
    var l = lca([a, b]);
    var da = 0, db = 0;
    for (var x = a; x && x !== l; x = parentOf(x)) da++;
    for (var y = b; y && y !== l; y = parentOf(y)) db++;
    return da <= 6 && db <= 6;
  }

