// quizstats extractor: reads the multiple-choice quiz in the current document.
//
// This file is the only copy of the extractor. The Go driver embeds it and
// runs it in every frame of a tab (in an isolated world, through the DevTools
// protocol); the browser extension injects it as a content script. It is one
// self-contained expression: its value is a plain JSON-able object
//
//   {url, title, questions: [{text, options, kind, subquestions, images}],
//    notice, frame_slots}
//
// It only reads. It never clicks, focuses, selects, types or submits, and it
// leaves no trace in the page (no attributes, no globals).
//
// How it works: several strategies propose candidate questions, each with a
// score and the page region and controls it claims. Platform adapters
// (Moodle, Google Forms, ...) score highest, then generic ARIA widgets,
// native form controls, answer buttons, then plain numbered text. Generic
// candidates must also look like quiz questions (quizScore). Candidates
// are accepted best-first; a candidate overlapping an accepted one is
// dropped. The accepted ones are returned in document order.
//
// When run through Runtime.callFunctionOn inside a wrapper function, the
// wrapper's first argument is an options object ({adapters: false} turns
// the platform adapters off, to measure the generic strategies alone) and
// the others are <iframe> elements of this document; frame_slots then
// tells, for each, how many of this document's questions come before it,
// so the driver can put the frame's own questions in their place.
(function quizstatsExtract(options, frameOwners) {
  "use strict";

  var LIMITS = {
    questions: 500,
    options: 200,
    textChars: 4000,
    imagesPerQuestion: 4,
    dataURLs: 24, // images per document read into data URLs
    dataURLChars: 150000, // larger encodings are left out
    imageSide: 768, // images are scaled down to fit
  };
  var doc = document;
  // options.timings: report how long each phase took (development aid).
  var t0 = performance.now();
  var timings = {};
  function mark(name) {
    var now = performance.now();
    timings[name] = Math.round((now - t0) * 10) / 10;
    t0 = now;
  }

  var errors = [];
  // safely runs one strategy (or one question of it): a page that breaks
  // it must not cost the others their questions.
  function safely(fn) {
    try {
      fn();
    } catch (e) {
      errors.push(String((e && e.stack) || e).slice(0, 300));
    }
  }

  // ---------------------------------------------------------------------
  // Document order, shadow roots
  // ---------------------------------------------------------------------

  // One walk over the flat tree (open shadow roots included, a host's shadow
  // content before its light children) gives every element its position, so
  // later sorting needs no compareDocumentPosition storms across shadow
  // boundaries.
  var order = new Map();
  var roots = [doc];
  (function walk() {
    var n = 0;
    var stack = [doc.documentElement];
    while (stack.length) {
      var el = stack.pop();
      if (!el || el.nodeType !== 1) continue;
      order.set(el, n++);
      var kids = [];
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        for (var c = el.shadowRoot.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
      }
      for (var d = el.firstElementChild; d; d = d.nextElementSibling) kids.push(d);
      for (var i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  })();

  function pos(el) {
    var p = order.get(el);
    return p === undefined ? -1 : p;
  }

  // qsa queries the document and every open shadow root.
  function qsa(sel, scope) {
    var out = [];
    if (scope) {
      out = Array.prototype.slice.call(scope.querySelectorAll(sel));
      if (scope.shadowRoot) out = out.concat(Array.prototype.slice.call(scope.shadowRoot.querySelectorAll(sel)));
      return out;
    }
    for (var i = 0; i < roots.length; i++) {
      var r = roots[i].querySelectorAll(sel);
      for (var j = 0; j < r.length; j++) out.push(r[j]);
    }
    return out;
  }

  // parentOf crosses shadow boundaries (a shadow root's parent is its host).
  function parentOf(el) {
    if (el.parentElement) return el.parentElement;
    var r = el.parentNode;
    return r && r.host ? r.host : null;
  }

  function contains(a, b) {
    for (var x = b; x; x = parentOf(x)) if (x === a) return true;
    return false;
  }

  function byId(id, near) {
    if (!id) return null;
    var root = near && near.getRootNode ? near.getRootNode() : doc;
    var el = root.getElementById ? root.getElementById(id) : null;
    return el || doc.getElementById(id);
  }

  function cls(el) {
    return typeof el.className === "string" ? el.className : (el.getAttribute && el.getAttribute("class")) || "";
  }

  function hasClass(el, name) {
    return el.classList && el.classList.contains(name);
  }

  // ---------------------------------------------------------------------
  // Visibility (memoized: one getComputedStyle per element at most)
  // ---------------------------------------------------------------------

  var styleCache = new Map();
  function style(el) {
    var s = styleCache.get(el);
    if (!s) {
      s = getComputedStyle(el);
      styleCache.set(el, s);
    }
    return s;
  }

  // Class names that mean "for screen readers only" or "hidden" on common
  // frameworks; saved pages often lack their stylesheets, and real pages
  // use them to carry duplicates of visible text.
  // The "hidden" class names are trusted only when some stylesheet failed
  // to load (a saved page without its CSS): with the styles there, the
  // computed style is the truth ("hidden md:block" is shown on a desktop).
  var stylesMissing = qsa("link[rel~=stylesheet]").some(function (l) { return !l.sheet && !l.disabled; });
  var SR_ONLY = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|screen-reader-only|accesshide|watupro-screen-reader|accessibility-reader-no-display|a11y-hidden|assistive-text|element-invisible|offscreen|cdk-visually-hidden|ui-helper-hidden-accessible|sr_only|show-for-sr)(\s|$)/;
  var HIDDEN_CLASS = /(^|\s)(hidden|d-none|hide|is-hidden|invisible|display-none|u-hidden)(\s|$)/;

  var hiddenCache = new Map();
  // hidden reports whether el is not rendered for a sighted reader:
  // display:none, visibility:hidden, the hidden attribute, template
  // content, screen-reader-only, or collapsed to nothing.
  function hidden(el) {
    if (!el || el.nodeType !== 1) return false;
    var v = hiddenCache.get(el);
    if (v !== undefined) return v;
    v = computeHidden(el);
    hiddenCache.set(el, v);
    return v;
  }
  function computeHidden(el) {
    var tag = el.localName;
    if (tag === "script" || tag === "style" || tag === "template" || tag === "noscript" || tag === "head" || tag === "title") return true;
    if (el.hasAttribute("hidden") && tag !== "input") return true;
    var p = parentOf(el);
    if (p && hidden(p)) {
      // visibility:visible can undo an ancestor's visibility:hidden, but
      // nothing undoes display:none or our class heuristics.
      return true;
    }
    var c = cls(el);
    if (c && (SR_ONLY.test(c) || (stylesMissing && HIDDEN_CLASS.test(c)))) return true;
    var s = style(el);
    if (s.display === "none") return true;
    if (s.visibility === "hidden" || s.visibility === "collapse") return true;
    if (s.position === "absolute" || s.position === "fixed") {
      // The usual screen-reader-only recipes: clipped to a 1px box, or
      // moved far off screen.
      if (s.clip && s.clip.indexOf("rect(0") === 0) return true;
      var box = el.getBoundingClientRect();
      if (box.right < -500 || box.bottom < -500) return true;
      if (s.clipPath && /inset\(50%|circle\(0/.test(s.clipPath)) return true;
      var w = parseFloat(s.width), h = parseFloat(s.height);
      if (w <= 1 && h <= 1 && s.overflow === "hidden") return true;
    }
    if (s.opacity === "0" && tag !== "input") return true;
    if (s.overflow === "hidden" || s.overflow === "clip") {
      // A box collapsed to nothing that clips its content shows nothing.
      var r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return true;
    }
    return false;
  }

  // zeroSize is for containers: a question block collapsed to nothing is
  // not shown (e.g. inactive pages of a paged quiz kept at height 0).
  function zeroSize(el) {
    if (style(el).display === "contents") return false;
    var r = el.getBoundingClientRect();
    return r.width === 0 && r.height === 0;
  }

  function visibleBlock(el) {
    return !hidden(el) && !zeroSize(el);
  }

  // ariaHidden: inside an aria-hidden="true" subtree (templates, visual
  // duplicates kept away from assistive technology).
  function ariaHidden(el) {
    for (var x = el; x; x = parentOf(x)) {
      if (x.getAttribute && x.getAttribute("aria-hidden") === "true") return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------
  // Text
  // ---------------------------------------------------------------------

  function clean(s) {
    return (s || "").replace(/[\s\u200b\ufeff]+/g, " ").trim();
  }

  function clip(s) {
    return s.length > LIMITS.textChars ? s.slice(0, LIMITS.textChars) + "…" : s;
  }

  var INLINE = /^(inline|inline-block|inline-flex|inline-grid|inline-table|contents|ruby)$/;
  var BLOCK_TAGS = /^(address|article|aside|blockquote|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|thead|tfoot|tr|td|th|ul|legend|caption)$/;

  function isBlock(el) {
    var d = style(el).display;
    if (d) return !INLINE.test(d);
    return BLOCK_TAGS.test(el.localName);
  }

  // Enumerators rendered in their own element ("a.", "B.") are left out of
  // option and question text; the ground truth the extractor is measured
  // against keeps literal label text.
  function isEnumerator(el) {
    var c = cls(el);
    if (/(^|\s)(answernumber|multi-choice-letter|multiple-choice-numbering|ordinal-number|qno|question-number|wpProQuiz_question_number|ays_quiz_question_number)(\s|$)/.test(c)) return true;
    return false;
  }

  function isRequiredMark(el) {
    var t = el.textContent.trim();
    if (t !== "*" && t !== "∗") return false;
    return true;
  }

  // textOf returns the visible text of el: hidden and screen-reader-only
  // parts left out, blocks separated by a space, whitespace collapsed.
  // opts.skip: a Set of elements to leave out; opts.blanks: an array that
  // collects in-text controls, which are written as "[blank N]".
  function textOf(el, opts) {
    if (!el) return "";
    opts = opts || {};
    var out = [];
    // opts.stop: read only the text before this element.
    var stopPath = null;
    var stopped = false;
    if (opts.stop) {
      stopPath = new Set();
      for (var a = opts.stop; a && a !== el; a = parentOf(a)) stopPath.add(a);
    }
    (function rec(node) {
      for (var ch = node.firstChild; ch && !stopped; ch = ch.nextSibling) {
        if (stopPath && stopPath.has(ch)) {
          if (ch === opts.stop) {
            stopped = true;
            return;
          }
          rec(ch);
          continue;
        }
        if (ch.nodeType === 3) {
          out.push(ch.data);
          continue;
        }
        if (ch.nodeType !== 1) continue;
        var tag = ch.localName;
        if (tag === "br") {
          out.push(" ");
          continue;
        }
        if (opts.skip && opts.skip.has(ch)) {
          out.push(" ");
          continue;
        }
        if (tag === "select" || tag === "textarea" || (tag === "input" && ch.type !== "hidden") || hasClass(ch, "drop") && opts.blanks) {
          if (opts.blanks && !hidden(ch) && (tag !== "input" || !/^(radio|checkbox|button|submit|reset|image)$/.test(ch.type))) {
            opts.blanks.push(ch);
            out.push(" [blank " + opts.blanks.length + "] ");
          }
          continue;
        }
        if (tag === "svg") continue;
        if (hidden(ch) || isEnumerator(ch) || isRequiredMark(ch)) continue;
        if (tag === "button" && opts.noButtons) continue;
        var block = isBlock(ch);
        if (block) out.push(" ");
        rec(ch);
        if (ch.shadowRoot) rec(ch.shadowRoot);
        if (block) out.push(" ");
      }
    })(el.shadowRoot && !el.firstChild ? el.shadowRoot : el);
    return clip(clean(out.join("")));
  }

  // labelText gives the label of a control the way assistive technology
  // would, minus hidden duplicates.
  function labelledBy(el) {
    var ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    var parts = [];
    for (var i = 0; i < ids.length; i++) {
      var t = byId(ids[i], el);
      if (t && t !== el && !hidden(t)) parts.push(textOf(t));
    }
    return clean(parts.join(" "));
  }

  function imageName(img) {
    var alt = clean(img.getAttribute("alt"));
    if (alt) return alt;
    var src = img.getAttribute("x-original-source") || img.getAttribute("data-src") || img.getAttribute("src") || "";
    if (/^data:/.test(src)) return "";
    var name = src.split(/[?#]/)[0].split("/").pop();
    try {
      return decodeURIComponent(name);
    } catch (e) {
      return name;
    }
  }

  // imageOnlyText names an option or item that shows only an image.
  function imageOnlyText(el) {
    var img = el.localName === "img" ? el : el.querySelector && el.querySelector("img");
    if (!img || hidden(img)) return "";
    var name = imageName(img);
    return name ? "[image: " + name + "]" : "[image]";
  }

  // ---------------------------------------------------------------------
  // Options of native controls
  // ---------------------------------------------------------------------

  var PLACEHOLDER = /^(|-+|—+|\.\.\.|…|choose|choose\.\.\.|choose…|choose one|choose an answer|choose an option|select|select\.\.\.|select one|select an option|select an answer|select\s*…|please select|- ?please select ?-|--.*--|- .* -|selecionar|seleccionar|seleccione|selecciona|elegir|elige|escoger|wählen|bitte wählen|auswählen|choisir|sélectionner|scegli|seleziona|kies|selecteer|выберите|選択|请选择|選擇)$/i;

  function selectOptions(sel) {
    var out = [];
    var opts = sel.options || [];
    for (var i = 0; i < opts.length && out.length < LIMITS.options; i++) {
      var o = opts[i];
      if (o.hidden || (o.parentElement && o.parentElement.localName === "optgroup" && o.parentElement.hidden)) continue;
      var t = clean(o.label || o.textContent);
      // A first empty-valued or "Choose..." entry (also "[ Choose ]") is a
      // prompt, not an option.
      var bare = t.replace(/^[\[(<\s]+|[\])>\s]+$/g, "");
      if ((PLACEHOLDER.test(t) || PLACEHOLDER.test(bare)) && (i === 0 || o.value === "" || o.disabled)) continue;
      if (t === "" && o.value === "") continue;
      out.push(t);
    }
    return out;
  }

  // labelsOf gives a control's labels from one pass over the <label>
  // elements: control.labels scans the whole document on each first read,
  // which makes long quizzes quadratic.
  var labelMap = null;
  function labelsOf(el) {
    if (!labelMap) {
      labelMap = new Map();
      qsa("label").forEach(function (lab) {
        var c = lab.control;
        if (!c) return;
        if (!labelMap.has(c)) labelMap.set(c, []);
        labelMap.get(c).push(lab);
      });
    }
    return labelMap.get(el) || [];
  }

  // controlLabel finds the visible text of a radio/checkbox option.
  function controlLabel(input) {
    var t = "";
    var labels = labelsOf(input);
    if (labels.length) {
      for (var i = 0; i < labels.length && !t; i++) {
        var lab = labels[i];
        if (!hidden(lab)) t = textOf(lab, { skip: new Set([input]) });
        if (!t) t = imageOnlyText(lab);
      }
    }
    if (!t && input.hasAttribute("aria-labelledby")) t = labelledBy(input);
    if (!t) {
      // Text right after the input up to the next control or block.
      var parts = [];
      for (var n = input.nextSibling; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          parts.push(n.data);
          continue;
        }
        if (n.nodeType !== 1) continue;
        if (n.localName === "br" || n.localName === "input" || n.localName === "select" || n.localName === "textarea") break;
        if (n.querySelector && n.querySelector("input,select,textarea")) break;
        if (hidden(n)) continue;
        if (isBlock(n) && clean(parts.join(""))) break;
        parts.push(" " + textOf(n) + " ");
        if (isBlock(n)) break;
      }
      t = clean(parts.join(""));
    }
    if (!t) {
      var p = input.parentElement;
      if (p && p.querySelectorAll("input[type=radio],input[type=checkbox]").length === 1 && !hidden(p)) t = textOf(p);
    }
    if (!t) t = clean(input.getAttribute("aria-label") || input.getAttribute("title") || "");
    if (!t) t = columnHeader(input);
    if (!t && input.value && !/^(on|\d+|true|false)$/i.test(input.value) && input.value.length < 200 && !/^[0-9a-f-]{8,}$/i.test(input.value)) t = clean(input.value);
    return t;
  }

  // columnHeader names a control in a table cell by its column's header
  // (Likert matrices: one row per statement, one column per answer).
  function columnHeader(input) {
    var cell = input.closest("td, th");
    var table = cell && cell.closest("table");
    if (!table) return "";
    var row = cell.parentElement;
    var idx = Array.prototype.indexOf.call(row.cells, cell);
    var head = table.tHead ? table.tHead.rows[0] : table.rows[0];
    if (!head || head === row || idx < 0) return "";
    var hc = head.cells[idx];
    return hc && !hc.querySelector("input") ? textOf(hc) : "";
  }

  // labelElements are the elements that hold a control's option text, so
  // the question text around them can leave them out.
  function labelElements(input) {
    var out = [];
    labelsOf(input).forEach(function (l) { out.push(l); });
    var ids = (input.getAttribute("aria-labelledby") || "").split(/\s+/);
    for (var j = 0; j < ids.length; j++) {
      var e = ids[j] && byId(ids[j], input);
      if (e) out.push(e);
    }
    return out;
  }

  var CLEAR_CHOICE = /^(clear my choice|clear selection|clear choice|clear|reset|borrar mi elección|quitar mi elección|effacer mon choix|auswahl löschen|limpar minha escolha)$/i;

  // choiceOptions reads the options of a radio/checkbox group, dropping the
  // "clear my choice" pseudo-option.
  function choiceOptions(inputs) {
    var out = [];
    for (var i = 0; i < inputs.length && out.length < LIMITS.options; i++) {
      var inp = inputs[i];
      if (inp.closest && inp.closest(".qtype_multichoice_clearchoice")) continue;
      var t = controlLabel(inp);
      if (CLEAR_CHOICE.test(t)) continue;
      out.push(t);
    }
    return out;
  }

  var TRUE_FALSE = [
    ["true", "false"], ["verdadero", "falso"], ["verdadeiro", "falso"], ["vrai", "faux"], ["wahr", "falsch"],
    ["richtig", "falsch"], ["vero", "falso"], ["waar", "onwaar"], ["t", "f"], ["correct", "incorrect"],
  ];
  function isTrueFalse(options) {
    if (options.length !== 2) return false;
    var a = options[0].toLowerCase().replace(/[.!]$/, ""), b = options[1].toLowerCase().replace(/[.!]$/, "");
    for (var i = 0; i < TRUE_FALSE.length; i++) {
      var p = TRUE_FALSE[i];
      if ((a === p[0] && b === p[1]) || (a === p[1] && b === p[0])) return true;
    }
    return false;
  }

  function choiceKind(type, options) {
    if (type === "checkbox") return "multiple";
    return isTrueFalse(options) ? "truefalse" : "single";
  }

  var MULTI_HINT = /\b(choose|select|pick|mark|check)\s+(two|three|four|five|all|\d)\b|\b(all|those) that apply\b|\bselect one or more\b|\bmore than one\b|\belija (las )?(dos|tres)\b|\bseleccione (una o más|todas)\b/i;

  // ---------------------------------------------------------------------
  // Images
  // ---------------------------------------------------------------------

  var dataURLsLeft = LIMITS.dataURLs;
  var canvas = null;

  function imageInfo(img, scope) {
    var raw = img.getAttribute("src") || "";
    var src = img.currentSrc || img.src || "";
    var info = { src: src, alt: clean(img.getAttribute("alt")), scope: scope };
    if (/^data:/.test(raw)) {
      // The page inlined the image: keep the bytes (bounded) and point src
      // to where it came from, when the page says.
      info.src = img.getAttribute("x-original-source") || raw.slice(0, raw.indexOf(",") + 1);
      if (raw.length <= LIMITS.dataURLChars) {
        info.data_url = raw;
        return info;
      }
      // Too large as it is: scaled down below, like a loaded image.
    }
    if (dataURLsLeft > 0 && img.complete && img.naturalWidth > 0) {
      try {
        var scale = Math.min(1, LIMITS.imageSide / Math.max(img.naturalWidth, img.naturalHeight));
        canvas = canvas || doc.createElement("canvas");
        canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
        canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
        var ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        // toDataURL throws for cross-origin images (tainted canvas); those
        // keep only their src.
        var url = canvas.toDataURL("image/jpeg", 0.8);
        if (url.length <= LIMITS.dataURLChars) {
          info.data_url = url;
          dataURLsLeft--;
        }
      } catch (e) {
        /* not readable from this origin */
      }
    }
    return info;
  }

  function meaningfulImage(img) {
    if (hidden(img) || ariaHidden(img)) return false;
    var c = cls(img);
    if (/(^|\s)(icon|emoji|questionflagimage|avatar|spinner|loading)(\s|$)/.test(c)) return false;
    var w = img.naturalWidth || img.width, h = img.naturalHeight || img.height;
    if (img.complete && w && h && w < 16 && h < 16) return false;
    return true;
  }

  function imagesIn(questionEls, optionEls) {
    var out = [];
    var seen = new Set();
    function add(els, scope) {
      for (var i = 0; i < els.length && out.length < LIMITS.imagesPerQuestion; i++) {
        if (!els[i]) continue;
        var imgs = els[i].localName === "img" ? [els[i]] : qsa("img", els[i]);
        for (var j = 0; j < imgs.length && out.length < LIMITS.imagesPerQuestion; j++) {
          var img = imgs[j];
          if (seen.has(img) || !meaningfulImage(img)) continue;
          seen.add(img);
          out.push(imageInfo(img, scope));
        }
      }
    }
    add(optionEls || [], "option");
    var opt = out.slice();
    out = [];
    add(questionEls || [], "question");
    return out.concat(opt).slice(0, LIMITS.imagesPerQuestion);
  }

  // ---------------------------------------------------------------------
  // Candidates
  // ---------------------------------------------------------------------

  // A candidate is {q: question, region: element, controls: [elements],
  // anchor: element (for document order), score, source}.
  var candidates = [];

  function question(text, options, kind, extra) {
    // "[blank 2] ," → "[blank 2],": blanks sit in the sentence like words.
    var q = { text: clip(clean(text).replace(/(\[blank \d+\]) ([.,;:!?)])/g, "$1$2")), options: options || [], kind: kind };
    if (extra && extra.subquestions && extra.subquestions.length) q.subquestions = extra.subquestions;
    if (extra && extra.images && extra.images.length) q.images = extra.images;
    return q;
  }

  function propose(c) {
    if (!c.q || (!c.q.text && !c.q.options.length)) return;
    c.controls = c.controls || [];
    c.anchor = c.anchor || c.region;
    candidates.push(c);
  }

  function lca(els) {
    if (!els.length) return null;
    var a = els[0];
    for (var i = 1; i < els.length; i++) {
      while (a && !contains(a, els[i])) a = parentOf(a);
    }
    return a;
  }

  // ---------------------------------------------------------------------
  // Adapter: Moodle (mod/quiz attempt and review pages)
  // ---------------------------------------------------------------------

  var MOODLE_QTYPES_NOT_QUESTIONS = /^(description|informationitem)$/;

  function moodle() {
    var ques = qsa("div.que");
    for (var i = 0; i < ques.length; i++) safely(moodleQuestion.bind(null, ques[i]));
  }

  function moodleQuestion(que) {
    {
      if (!visibleBlock(que)) return;
      var qtype = que.classList[1] || "";
      if (MOODLE_QTYPES_NOT_QUESTIONS.test(qtype) || hasClass(que, "description")) return;
      var formulation = que.querySelector(".formulation") || que.querySelector(".content") || que;
      var qtext = formulation.querySelector(".qtext");
      var c = { region: que, score: 100, source: "moodle", controls: [] };
      var q;
      if (qtype === "multianswer" || !qtext && formulation.querySelector(".subquestion, fieldset.answer, .answer")) {
        q = moodleCloze(formulation);
      } else if (qtype === "match") {
        q = moodleMatch(que, qtext);
      } else if (qtype === "ddwtos") {
        q = moodleDropText(que, qtext, "dragdrop");
      } else if (qtype === "gapselect") {
        q = moodleDropText(que, qtext, "cloze");
      } else if (qtype === "ddmarker" || qtype === "ddimageortext") {
        var items = qsa(".draghomes .draghome, .draghomes .marker", que).filter(function (e) { return !hidden(e) || e.localName === "img"; });
        var opts = [];
        for (var k = 0; k < items.length; k++) {
          var t = textOf(items[k]) || imageOnlyText(items[k]);
          if (t) opts.push(t);
        }
        q = question(textOf(qtext), opts, "dragdrop");
      } else {
        var choices = qsa(".answer input[type=radio], .answer input[type=checkbox]", formulation).filter(function (e) { return !hidden(e) || !e.closest(".qtype_multichoice_clearchoice"); });
        choices = choices.filter(function (e) { return !e.closest(".qtype_multichoice_clearchoice") && e.value !== "-1"; });
        var selects = qsa("select", formulation).filter(function (e) { return !hidden(e); });
        var texts = qsa("input[type=text], input[type=number], textarea, [role=textbox], .qtype_essay_editor", formulation);
        if (choices.length) {
          var options = choiceOptions(choices);
          var kind = qtype === "truefalse" ? "truefalse" : choices[0].type === "checkbox" ? "multiple" : "single";
          q = question(textOf(qtext), options, kind);
          c.controls = choices;
        } else if (selects.length === 1 && !texts.length) {
          q = question(textOf(qtext), selectOptions(selects[0]), "dropdown");
          c.controls = selects;
        } else {
          q = question(textOf(qtext), [], "text");
          c.controls = texts;
        }
      }
      if (!q) return;
      q.images = imagesIn([qtext || formulation].concat(qsa(".ddarea .dropbackground", que)), qsa(".answer, .draghomes, .answercontainer", formulation));
      if (!q.images.length) delete q.images;
      c.q = q;
      c.controls = c.controls.length ? c.controls : qsa("input:not([type=hidden]),select,textarea", formulation);
      propose(c);
    }
  }

  function moodleMatch(que, qtext) {
    var rows = qsa("table.answer tr", que);
    var subs = [];
    for (var i = 0; i < rows.length; i++) {
      var sel = rows[i].querySelector("select");
      if (!sel) continue;
      var td = rows[i].querySelector("td.text") || rows[i].cells[0];
      subs.push({ text: textOf(td), options: selectOptions(sel), kind: "dropdown" });
    }
    return question(textOf(qtext), [], "matching", { subquestions: subs });
  }

  // moodleDropText handles text with gaps: select boxes (gapselect) or drop
  // zones with draggable words (ddwtos).
  function moodleDropText(que, qtext, kind) {
    var blanks = [];
    var text = textOf(qtext, { blanks: blanks });
    var subs = [];
    for (var i = 0; i < blanks.length; i++) {
      var b = blanks[i];
      if (b.localName === "select") {
        subs.push({ text: "Blank " + (i + 1), options: selectOptions(b), kind: "dropdown" });
        continue;
      }
      var m = /(?:^|\s)group(\d+)(?:\s|$)/.exec(cls(b));
      var homes = m ? qsa(".answercontainer .draghome.group" + m[1], que) : [];
      var opts = [];
      var seen = new Set();
      for (var k = 0; k < homes.length; k++) {
        if (homes[k].closest(".drop")) continue;
        var t = textOf(homes[k]) || clean(homes[k].textContent) || imageOnlyText(homes[k]);
        if (t && !seen.has(t)) {
          seen.add(t);
          opts.push(t);
        }
      }
      subs.push({ text: "Blank " + (i + 1), options: opts, kind: "dragdrop" });
    }
    return question(text, [], kind, { subquestions: subs });
  }

  // moodleCloze reads an embedded-answers (Cloze) question: text with
  // inline selects, text boxes and radio groups. Each control is a
  // subquestion whose prompt is the text just before it; the question
  // text has "[blank N]" in place of each.
  function moodleCloze(formulation) {
    var skip = new Set(qsa(".outcome, .feedback, .accesshide, .sr-only, h4, .subq, .feedbackspan, .specificfeedback, .feedbacktrigger, .questionflag, .info", formulation));
    var parts = []; // text pieces and blank markers, in order
    var subs = [];
    var pending = []; // text since the last control; "\n" marks block edges
    var doneGroups = new Set();
    function flush() {
      var t = clean(pending.join(""));
      if (t) parts.push(t);
      var lines = pending.join("").split("\n").map(clean).filter(Boolean);
      pending = [];
      return lines.length ? lines[lines.length - 1].replace(/^[.,;:!?)\]*•-]+\s*/, "") : "";
    }
    function blank(sub) {
      subs.push(sub);
      parts.push("[blank " + subs.length + "]");
    }
    (function rec(node) {
      for (var ch = node.firstChild; ch; ch = ch.nextSibling) {
        if (ch.nodeType === 3) {
          // Newlines break lines only where the page shows them (<pre>).
          var pre = node.nodeType === 1 && /^pre/.test(style(node).whiteSpace);
          pending.push(pre ? ch.data.replace(/\n/g, " \n ") : ch.data);
          continue;
        }
        if (ch.nodeType !== 1 || skip.has(ch)) continue;
        var tag = ch.localName;
        if (tag === "br") {
          pending.push(" \n ");
          continue;
        }
        if (tag === "input" && ch.type === "hidden") continue;
        if (tag === "select" || tag === "textarea" || (tag === "input" && !/^(radio|checkbox)$/.test(ch.type))) {
          var prompt = flush();
          blank({ text: prompt, options: tag === "select" ? selectOptions(ch) : [], kind: tag === "select" ? "dropdown" : "text" });
          continue;
        }
        if (tag === "input") {
          var key = ch.name || ch.id;
          if (doneGroups.has(key)) continue;
          doneGroups.add(key);
          var group = ch.name ? qsa("input[name=\"" + cssEscape(ch.name) + "\"]", formulation) : [ch];
          var p2 = flush();
          var fs = ch.closest("fieldset");
          var legend = fs && fs.querySelector("legend");
          var opts = choiceOptions(group);
          blank({ text: p2 || (legend ? clean(legend.textContent) : ""), options: opts, kind: choiceKind(ch.type, opts) });
          continue;
        }
        if (tag === "label") {
          var target = ch.htmlFor ? byId(ch.htmlFor, ch) : ch.querySelector("input");
          if (target && isChoice(target)) continue; // read with its group
        }
        if (hidden(ch) || isEnumerator(ch)) continue;
        var block = isBlock(ch);
        if (block) pending.push(" \n ");
        if (ch.querySelector("input,select,textarea")) rec(ch);
        else pending.push(textOf(ch));
        if (block) pending.push(" \n ");
      }
    })(formulation);
    flush();
    return question(clean(parts.join(" ")), [], "cloze", { subquestions: subs });
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, "\\$&");
  }

  // ---------------------------------------------------------------------
  // Adapter: Canvas Classic Quizzes (take and results pages)
  // ---------------------------------------------------------------------

  function canvasQuizzes() {
    var qs = qsa("div.display_question.question");
    for (var i = 0; i < qs.length; i++) {
      var el = qs[i];
      if (!visibleBlock(el)) continue;
      var typeEl = el.querySelector(".question_type");
      var type = (typeEl && clean(typeEl.textContent)) || Array.prototype.filter.call(el.classList, function (c) { return /^[a-z_]+_question$/.test(c) && c !== "display_question"; })[0] || "";
      if (type === "text_only_question") continue;
      var textEl = qsa(".question_text", el).filter(function (e) { return !hidden(e); })[0];
      // On the take page the blanks are selects or inputs inside the text.
      var blanks = [];
      var text = textOf(textEl, { blanks: blanks });
      var answers = qsa(".answers .answer", el).filter(function (e) { return !hidden(e); });
      var q;
      if (type === "multiple_dropdowns_question") {
        var groups = qsa(".answer_group", el).filter(function (e) { return !hidden(e); });
        var subs = [];
        for (var g = 0; g < groups.length; g++) {
          var head = groups[g].querySelector(".answer-group-heading");
          var gAnswers = qsa(".answer", groups[g]).filter(function (e) { return !hidden(e); });
          subs.push({ text: clean(textOf(head)).replace(/:$/, ""), options: canvasAnswerTexts(gAnswers), kind: "dropdown" });
        }
        if (!groups.length) {
          blanks.forEach(function (b, n) {
            if (b.localName === "select") subs.push({ text: "Blank " + (n + 1), options: selectOptions(b), kind: "dropdown" });
          });
        }
        q = question(text, [], "cloze", { subquestions: subs });
      } else if (type === "matching_question") {
        var msubs = [];
        for (var m = 0; m < answers.length; m++) {
          var left = answers[m].querySelector(".answer_match_left");
          var sel = answers[m].querySelector(".answer_match_right select");
          if (!sel) continue;
          msubs.push({ text: textOf(left), options: selectOptions(sel), kind: "dropdown" });
        }
        q = question(text, [], "matching", { subquestions: msubs });
      } else if (/^(multiple_choice|true_false|multiple_answers)_question$/.test(type)) {
        var opts = canvasAnswerTexts(answers);
        var kind = type === "multiple_answers_question" ? "multiple" : type === "true_false_question" ? "truefalse" : "single";
        q = question(text, opts, kind);
      } else if (type === "fill_in_multiple_blanks_question") {
        var fsubs = blanks.map(function (_, n) { return { text: "Blank " + (n + 1), options: [], kind: "text" }; });
        q = question(text, [], "cloze", { subquestions: fsubs });
      } else {
        q = question(text, [], "text");
      }
      var imgs = imagesIn([textEl], answers);
      if (imgs.length) q.images = imgs;
      propose({ q: q, region: el, controls: qsa("input:not([type=hidden]),select,textarea", el), score: 100, source: "canvas" });
    }
  }

  function canvasAnswerTexts(answers) {
    var out = [];
    for (var i = 0; i < answers.length; i++) {
      var sel = answers[i].querySelector(".select_answer");
      var t = "";
      if (sel) {
        var parts = qsa(".answer_text, .answer_html", sel).filter(function (e) { return !hidden(e); });
        for (var k = 0; k < parts.length && !t; k++) t = textOf(parts[k]) || imageOnlyText(parts[k]);
        if (!t) t = textOf(sel);
      }
      if (!t) t = textOf(answers[i].querySelector(".answer_text"));
      if (t) out.push(t);
    }
    return out;
  }

  // ---------------------------------------------------------------------
  // Adapter: WordPress quiz plugins (WatuPRO, Watu, LearnDash / WP Pro Quiz,
  // Quiz Maker by AYS, HD Quiz)
  // ---------------------------------------------------------------------

  function wordpressQuizzes() {
    // WatuPRO / Watu: take page.
    var wq = qsa("div.watu-question");
    for (var i = 0; i < wq.length; i++) {
      var el = wq[i];
      if (!visibleBlock(el)) continue;
      var content = el.querySelector(".question-content");
      var choicesEl = el.querySelector(".question-choices");
      genericWithin(el, content, choicesEl, "watupro");
    }
    // WatuPRO results page: answers are list items, no controls.
    var shown = qsa("div.show-question");
    for (var j = 0; j < shown.length; j++) {
      var s = shown[j];
      if (!visibleBlock(s)) continue;
      var c = s.querySelector(".show-question-content");
      var lis = qsa(".show-question-choices li.answer", s).filter(function (e) { return !hidden(e); });
      var opts = lis.map(function (li) {
        var sp = li.querySelector("span.answer");
        return textOf(sp || li) || imageOnlyText(li);
      });
      var text = textOf(c);
      var kind = isTrueFalse(opts) ? "truefalse" : MULTI_HINT.test(text) ? "multiple" : "single";
      if (!opts.length) kind = "text";
      propose({ q: question(text, opts, kind, { images: imagesIn([c], lis) }), region: s, score: 100, source: "watupro-results" });
    }
    // LearnDash / WP Pro Quiz.
    var lq = qsa(".wpProQuiz_listItem");
    for (var k = 0; k < lq.length; k++) {
      if (!visibleBlock(lq[k])) continue;
      genericWithin(lq[k], lq[k].querySelector(".wpProQuiz_question_text"), lq[k].querySelector(".wpProQuiz_questionList"), "wpproquiz");
    }
    // Quiz Maker by AYS.
    var ays = qsa("div.step[data-question-id]");
    for (var a = 0; a < ays.length; a++) {
      if (!visibleBlock(ays[a])) continue;
      genericWithin(ays[a], ays[a].querySelector(".ays_quiz_question"), ays[a].querySelector(".ays-quiz-answers"), "ays");
    }
    // HD Quiz.
    var hd = qsa(".hdq_question");
    for (var h = 0; h < hd.length; h++) {
      if (!visibleBlock(hd[h])) continue;
      genericWithin(hd[h], hd[h].querySelector(".hdq_question_heading, h3"), null, "hdquiz");
    }
  }

  // genericWithin reads one question container whose stem and choices a
  // platform marks up: the choices are whatever native or ARIA controls it
  // holds.
  function genericWithin(el, stemEl, choicesEl, source) {
    var scope = choicesEl || el;
    var radios = qsa("input[type=radio], input[type=checkbox]", scope).filter(function (e) { return !ariaHidden(e); });
    var selects = qsa("select", scope).filter(function (e) { return !hidden(e); });
    var ariaOpts = qsa("[role=radio], [role=checkbox]", scope).filter(function (e) { return e.localName !== "input" && !hidden(e); });
    var stem = stemEl ? textOf(stemEl) : "";
    var q;
    var controls = [];
    if (radios.length) {
      var opts = choiceOptions(radios);
      q = question(stem, opts, choiceKind(radios[0].type, opts));
      controls = radios;
    } else if (selects.length) {
      q = question(stem, selectOptions(selects[0]), "dropdown");
      controls = selects;
    } else if (ariaOpts.length) {
      var ao = ariaOpts.map(ariaOptionText);
      q = question(stem, ao, ariaOpts[0].getAttribute("role") === "checkbox" ? "multiple" : isTrueFalse(ao) ? "truefalse" : "single");
      controls = ariaOpts;
    } else {
      var texts = qsa("input[type=text], input:not([type]), textarea, input[type=number]", scope);
      if (!texts.length) return;
      q = question(stem, [], "text");
      controls = texts;
    }
    if (!stem) {
      q.text = stemAround(controls).text;
    }
    if (MULTI_HINT.test(q.text) && q.kind === "single" && !radios.length) q.kind = "multiple";
    var imgs = imagesIn([stemEl], choicesEl ? [choicesEl] : []);
    if (imgs.length) q.images = imgs;
    propose({ q: q, region: el, controls: controls, score: 100, source: source });
  }

  // ---------------------------------------------------------------------
  // Adapter: Microsoft Forms (classic designer/responder DOM and the newer
  // responder UI)
  // ---------------------------------------------------------------------

  function microsoftForms() {
    var qs = qsa(".office-form-question, [data-automation-id=questionItem]");
    for (var i = 0; i < qs.length; i++) {
      var el = qs[i];
      if (!visibleBlock(el)) continue;
      if (el.parentElement && el.parentElement.closest(".office-form-question, [data-automation-id=questionItem]")) continue;
      // The responder UI numbers titles in a span of their own; the title
      // text proper is .text-format-content.
      var title = el.querySelector("[data-automation-id=questionTitle] .text-format-content") || el.querySelector(".office-form-question-title, [data-automation-id=questionTitle]");
      var text = textOf(title);
      var radios = qsa("input[type=radio], input[type=checkbox]", el);
      var q;
      var controls = radios;
      if (radios.length) {
        var opts = qsa(".office-form-question-choice, [data-automation-id=choiceItem]", el).map(function (c) {
          var inp = c.querySelector("input");
          var span = c.querySelector(".office-form-question-choice-text-span, .text-format-content");
          return span ? textOf(span) : inp ? controlLabel(inp) : textOf(c);
        });
        if (!opts.length) opts = choiceOptions(radios);
        q = question(text, opts, choiceKind(radios[0].type, opts));
      } else if (el.querySelector(".rateit, [data-automation-id=ratingStar], [role=slider]")) {
        q = question(text, [], "rating");
        controls = qsa("[role=slider], .rateit", el);
      } else {
        var sel = el.querySelector("select, [role=listbox], [role=combobox]");
        q = question(text, sel && sel.localName === "select" ? selectOptions(sel) : [], sel ? "dropdown" : "text");
        controls = qsa("input, textarea, select, [role=listbox]", el);
      }
      propose({ q: q, region: el, controls: controls, score: 100, source: "msforms" });
    }
  }

  // ---------------------------------------------------------------------
  // Adapter: Google Forms (the embedded FB_PUBLIC_LOAD_DATA_ first)
  // ---------------------------------------------------------------------

  // scriptJSON finds `name = <json>` in the page's inline scripts. Reading
  // the script text (not window globals) works from an isolated world and
  // from an extension's content script alike.
  function scriptValue(re) {
    var scripts = qsa("script:not([src])");
    for (var i = 0; i < scripts.length; i++) {
      var s = scripts[i].textContent;
      if (!s || s.length < 20) continue;
      var m = re.exec(s);
      if (!m) continue;
      var start = m.index + m[0].length;
      var json = balanced(s, start);
      if (!json) continue;
      try {
        return JSON.parse(json);
      } catch (e) {
        /* not JSON */
      }
    }
    return undefined;
  }

  // balanced returns the JSON array/object starting at s[i] (skipping
  // spaces), matched by bracket depth with strings honoured.
  function balanced(s, i) {
    while (i < s.length && /\s/.test(s[i])) i++;
    var open = s[i];
    if (open !== "[" && open !== "{") return "";
    var depth = 0, inStr = false, q = "";
    for (var j = i; j < s.length; j++) {
      var ch = s[j];
      if (inStr) {
        if (ch === "\\") j++;
        else if (ch === q) inStr = false;
        continue;
      }
      if (ch === '"') {
        inStr = true;
        q = ch;
      } else if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) return s.slice(i, j + 1);
      }
    }
    return "";
  }

  function googleForms() {
    var data = scriptValue(/FB_PUBLIC_LOAD_DATA_\s*=\s*/);
    if (!data || !data[1] || !Array.isArray(data[1][1])) return googleFormsDOM();
    var items = data[1][1];
    // Containers of the items shown now: a multi-page form carries every
    // page in its JSON but shows one.
    var containers = new Map();
    qsa("[data-params]").forEach(function (el) {
      var m = /^%\.@\.\[(\d+)/.exec(el.getAttribute("data-params"));
      if (m) containers.set(m[1], el.closest("[role=listitem]") || el);
    });
    qsa("[data-item-id]").forEach(function (el) {
      containers.set(el.getAttribute("data-item-id"), el);
    });
    var anyContainer = containers.size > 0;
    var before = true;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (!Array.isArray(it)) continue;
      var type = it[3];
      if (type === 8) {
        before = false; // page break: later pages are not shown yet
        continue;
      }
      if (type === 6 || type === 11 || type === 12) continue; // text, image, video blocks
      var id = String(it[0]);
      var el = containers.get(id) || null;
      if (anyContainer ? !el || !visibleBlock(el) : !before) continue;
      var title = clean(it[1]);
      var ans = Array.isArray(it[4]) ? it[4] : [];
      var q;
      if (type === 0 || type === 1 || type === 9 || type === 10) {
        q = question(title, [], "text");
      } else if (type === 2 || type === 3 || type === 4) {
        var choices = (ans[0] && ans[0][1]) || [];
        var opts = [];
        for (var k = 0; k < choices.length; k++) {
          var ch = choices[k];
          if (ch[4] === 1) opts.push(otherLabel(el));
          else opts.push(clean(ch[0]));
        }
        q = question(title, opts, type === 3 ? "dropdown" : type === 4 ? "multiple" : "single");
      } else if (type === 5) {
        var scale = ((ans[0] && ans[0][1]) || []).map(function (c) { return clean(c[0]); });
        q = question(title, scale, "single");
      } else if (type === 7) {
        var subs = [];
        for (var r = 0; r < ans.length; r++) {
          var row = ans[r];
          var cols = (row[1] || []).map(function (c) { return clean(c[0]); });
          var multi = row[11] && row[11][0] === 1;
          subs.push({ text: clean(row[3] && row[3][0]), options: cols, kind: multi ? "multiple" : "single" });
        }
        q = question(title, [], "grid", { subquestions: subs });
      } else {
        continue;
      }
      if (el) {
        var imgs = imagesIn([el], []);
        if (imgs.length) q.images = imgs;
      }
      propose({ q: q, region: el || doc.body, anchor: el || doc.body, controls: el ? qsa("input,textarea,[role=radio],[role=checkbox],[role=listbox],[role=option]", el) : [], score: 110, source: "gforms-json", claimsPage: !el });
    }
  }

  function otherLabel(container) {
    var o = container && container.querySelector("[data-value=__other_option__], [data-answer-value=__other_option__]");
    var t = o && clean(o.getAttribute("aria-label"));
    if (!t && o) t = textOf(o.closest("label") || o.parentElement);
    if (!t && container) {
      var lab = container.querySelector(".freebirdFormviewerComponentsQuestionRadioOtherOptionLabel, .freebirdFormviewerComponentsQuestionCheckboxOtherOptionLabel");
      t = lab && textOf(lab);
    }
    return t || "Other:";
  }

  // googleFormsDOM reads the rendered form when its JSON is missing.
  function googleFormsDOM() {
    var items = qsa("div.Qr7Oae[role=listitem], .freebirdFormviewerViewNumberedItemContainer");
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      if (!visibleBlock(el)) continue;
      var head = el.querySelector("[role=heading], .freebirdFormviewerComponentsQuestionBaseTitle");
      genericWithin(el, head, null, "gforms-dom");
    }
  }

  // ---------------------------------------------------------------------
  // Adapter: H5P (embedded content JSON, and rendered MultiChoice)
  // ---------------------------------------------------------------------

  function h5p() {
    var rendered = qsa(".h5p-multichoice, .h5p-true-false");
    for (var r = 0; r < rendered.length; r++) {
      var el = rendered[r];
      if (!visibleBlock(el)) continue;
      var intro = el.querySelector(".h5p-question-introduction, .h5p-question-content > div:first-child");
      var answers = qsa("li.h5p-answer, [role=radio], [role=checkbox]", el).filter(function (e) { return !hidden(e); });
      var opts = answers.map(function (a) { return textOf(a.querySelector(".h5p-alternative-inner") || a); });
      var multi = answers.length && answers[0].getAttribute("role") === "checkbox";
      propose({ q: question(textOf(intro), opts, multi ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn([intro], answers) }), region: el, controls: answers, score: 100, source: "h5p" });
    }
    var integ = scriptValue(/H5PIntegration\s*=\s*/);
    if (!integ || !integ.contents) return;
    var keys = Object.keys(integ.contents);
    for (var i = 0; i < keys.length; i++) {
      var content = integ.contents[keys[i]];
      var lib = String(content.library || "");
      var json;
      try {
        json = typeof content.jsonContent === "string" ? JSON.parse(content.jsonContent) : content.jsonContent;
      } catch (e) {
        continue;
      }
      if (!json) continue;
      var cid = keys[i].replace(/^cid-/, "");
      // Rendered in this document already: the DOM adapter above read it.
      var host = qsa("[data-content-id=\"" + cssEscape(cid) + "\"]")[0];
      if (host && host.querySelector(".h5p-multichoice, .h5p-true-false")) continue;
      var anchor = host || qsa("iframe.h5p, iframe.h5p-iframe, iframe[src*=h5p_embed], iframe[src*=h5p]")[0] || doc.body;
      h5pContent(lib, json, anchor);
    }
  }

  function htmlText(html) {
    var d = new DOMParser().parseFromString("<body>" + (html || "") + "</body>", "text/html");
    var blocks = d.body.querySelectorAll("p,div,li,br,h1,h2,h3,h4,h5,h6");
    for (var i = 0; i < blocks.length; i++) blocks[i].insertAdjacentText(blocks[i].localName === "br" ? "afterend" : "beforeend", " ");
    return clean(d.body.textContent);
  }

  function h5pContent(lib, json, anchor) {
    if (/^H5P\.MultiChoice /.test(lib) && Array.isArray(json.answers)) {
      var opts = json.answers.map(function (a) { return htmlText(a.text); });
      var correct = json.answers.filter(function (a) { return a.correct; }).length;
      var single = json.behaviour && (json.behaviour.type === "single" || (json.behaviour.type !== "multi" && correct <= 1));
      propose({ q: question(htmlText(json.question), opts, single ? "single" : "multiple"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
    } else if (/^H5P\.TrueFalse /.test(lib)) {
      var l10n = json.l10n || {};
      propose({ q: question(htmlText(json.question), [clean(l10n.trueText) || "True", clean(l10n.falseText) || "False"], "truefalse"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
    } else if (/^H5P\.(QuestionSet|SingleChoiceSet) /.test(lib)) {
      var list = json.questions || json.choices || [];
      for (var i = 0; i < list.length; i++) {
        var sub = list[i];
        if (sub && sub.library && sub.params) h5pContent(sub.library, sub.params, anchor);
        else if (sub && sub.question && Array.isArray(sub.answers)) {
          propose({ q: question(htmlText(sub.question), sub.answers.map(htmlText), "single"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
        }
      }
    }
  }

  // ---------------------------------------------------------------------
  // Adapter: SurveyJS
  // ---------------------------------------------------------------------

  function surveyJS() {
    var qs = qsa(".sd-question[data-name], .sv_q[data-name], .sv-question[data-name]");
    for (var i = 0; i < qs.length; i++) {
      var el = qs[i];
      if (!visibleBlock(el)) continue;
      var title = el.querySelector(".sd-question__title, .sv_q_title, .sv-question__title, h5, h3");
      var titleText = title ? textOf(title, { skip: new Set(qsa(".sd-question__num, .sv_q_num, .sd-question__required-text, .sv_q_required_text", title)) }) : "";
      genericWithin(el, null, el.querySelector(".sd-question__content, .sv_q_select_column, .sv-question__content, fieldset") || el, "surveyjs");
      var last = candidates[candidates.length - 1];
      if (last && last.region === el && titleText) last.q.text = titleText;
    }
  }

  // ---------------------------------------------------------------------
  // Adapter: ExamTopics-style static question pages
  // ---------------------------------------------------------------------

  function examTopics() {
    var bodies = qsa(".question-body");
    for (var i = 0; i < bodies.length; i++) {
      var el = bodies[i];
      if (!visibleBlock(el)) continue;
      var items = qsa(".question-choices-container li.multi-choice-item, .question-choices-container li", el).filter(function (e) { return !hidden(e); });
      if (!items.length) continue;
      var stem = el.querySelector(".card-text");
      var text = textOf(stem);
      var opts = items.map(function (li) { return textOf(li) || imageOnlyText(li); });
      propose({ q: question(text, opts, MULTI_HINT.test(text) ? "multiple" : "single", { images: imagesIn([stem], items) }), region: el, score: 100, source: "examtopics" });
    }
  }

  // ---------------------------------------------------------------------
  // Generic: native radio/checkbox groups and selects
  // ---------------------------------------------------------------------

  function isChoice(el) {
    return el.localName === "input" && (el.type === "radio" || el.type === "checkbox");
  }

  // The controls of the document that may be answers.
  var allChoices = qsa("input[type=radio], input[type=checkbox]").filter(function (e) { return !ariaHidden(e); });
  var allSelects = qsa("select");
  var allAria = qsa("[role=radio], [role=checkbox], [role=option], [role=menuitemradio]").filter(function (e) { return e.localName !== "input" && e.localName !== "option"; });
  var groupOf = new Map(); // control -> group id (for "foreign controls")

  function nativeGroups() {
    var groups = new Map();
    var keys = [];
    function add(key, inp) {
      if (!groups.has(key)) {
        groups.set(key, []);
        keys.push(key);
      }
      groups.get(key).push(inp);
    }
    var byName = new Map();
    var keyOf = new Map();
    allChoices.forEach(function (inp) {
      var form = inp.form || inp.closest("form");
      var k = inp.name ? inp.type + "|" + inp.name + "|" + (form ? pos(form) : -1) + "|" + pos(inp.getRootNode().host || doc.documentElement) : "";
      if (k) byName.set(k, (byName.get(k) || 0) + 1);
      keyOf.set(inp, k);
    });
    for (var i = 0; i < allChoices.length; i++) {
      var inp = allChoices[i];
      var k = keyOf.get(inp);
      // Checkboxes often carry one name each ("q2_a", "q2_b"), and
      // unnamed controls have none: those group by their container.
      if (!k || (inp.type === "checkbox" && byName.get(k) === 1)) {
        var box = optionBox(inp);
        var container = inp.closest("fieldset, [role=group], [role=radiogroup], ul, ol") || parentOf(box) || box;
        k = "box|" + inp.type + "|" + pos(container);
      }
      add(k, inp);
    }
    var out = [];
    keys.forEach(function (k) {
      out.push.apply(out, clusters(groups.get(k)));
    });
    return out;
  }

  // clusters splits a same-name group whose members sit in separate
  // option lists (pages that reuse one name for every question, or
  // redact names): each member joins the lowest ancestor it shares with
  // another member.
  function clusters(members) {
    if (members.length < 4) return [members];
    var count = new Map();
    var chains = members.map(function (m) {
      var chain = [];
      for (var a = optionBox(m); a; a = parentOf(a)) chain.push(a);
      chain.forEach(function (a) { count.set(a, (count.get(a) || 0) + 1); });
      return chain;
    });
    var byKey = new Map();
    var keys = [];
    chains.forEach(function (chain, i) {
      var key = chain[chain.length - 1];
      for (var j = 0; j < chain.length; j++) {
        if (count.get(chain[j]) >= 2) {
          key = chain[j];
          break;
        }
      }
      if (!byKey.has(key)) {
        byKey.set(key, []);
        keys.push(key);
      }
      byKey.get(key).push(members[i]);
    });
    var parts = keys.map(function (k) { return byKey.get(k); });
    // Two clusters may be the two columns of one question's options;
    // three or more lists of two or more are separate questions.
    var lists = parts.filter(function (p) { return p.length >= 2; }).length;
    return lists >= 3 ? parts : [members];
  }

  // A control's option box: the element around it that holds its label.
  var boxCache = new Map();
  function optionBox(inp) {
    var b = boxCache.get(inp);
    if (!b) {
      b = findOptionBox(inp);
      boxCache.set(inp, b);
    }
    return b;
  }
  function findOptionBox(inp) {
    var lab = labelsOf(inp)[0];
    if (lab && contains(lab, inp)) return lab;
    var p = inp.parentElement;
    if (p && p.querySelectorAll("input[type=radio],input[type=checkbox]").length === 1 && p.localName !== "form" && p !== doc.body) return p;
    return lab || inp;
  }

  // stemAround finds the question text for a group of controls: the
  // fieldset legend or ARIA group label; else the text of the nearest
  // enclosing block that holds nothing but this group, less the options;
  // else the text just before the group. It returns {text, els}, els being
  // where the text came from (for the question's images).
  function stemAround(controls, from) {
    var fieldset = controls[0].closest && controls[0].closest("fieldset");
    if (fieldset && controls.every(function (c) { return contains(fieldset, c); })) {
      var legend = fieldset.querySelector("legend");
      var lt = legend && !hidden(legend) ? dropInstructions(textOf(legend)) : "";
      if (lt && !/^(answer|answers|options|choices)[:.]?$/i.test(lt)) return { text: lt, els: [legend] };
    }
    var group = controls[0].closest && controls[0].closest("[role=radiogroup], [role=group]");
    if (group && controls.every(function (c) { return contains(group, c); })) {
      var gl = labelledBy(group) || clean(group.getAttribute("aria-label"));
      // "Question 2" only numbers the question; its text is elsewhere.
      if (gl && !/^(question|q|frage|pregunta|question n°)\s*\d+$/i.test(gl)) return { text: gl, els: [] };
    }
    var skip = new Set();
    controls.forEach(function (c) {
      skip.add(c);
      if (isChoice(c)) {
        labelElements(c).forEach(function (l) { skip.add(l); });
        skip.add(optionBox(c));
      } else if (c.getAttribute && c.getAttribute("role")) skip.add(c);
    });
    var own = new Set(controls);
    var block = from ? parentOf(from) : lca(controls);
    if (block && /^(input|select|textarea|option)$/.test(block.localName)) block = parentOf(block);
    // The stem comes before the options; what follows them (feedback,
    // explanations, buttons) is not part of the question.
    var first = from || (isChoice(controls[0]) ? optionBox(controls[0]) : controls[0]);
    for (var depth = 0; block && depth < 8; depth++) {
      if (block === doc.body || block === doc.documentElement) break;
      if (hasForeign(block, own)) break;
      var t = dropInstructions(textOf(block, { skip: skip, noButtons: true, stop: contains(block, first) ? first : null }));
      if (t) return { text: t, els: [block], skip: skip };
      var up = parentOf(block);
      if (!up || hasForeign(up, own)) break;
      block = up;
    }
    // The text before the group: previous siblings of the group's block,
    // up to the previous control.
    var start = block && !hasForeign(block, own) ? block : from || optionBox(controls[0]);
    for (var x = start; x && x !== doc.body; x = parentOf(x)) {
      var texts = [];
      var els = [];
      for (var sib = x.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (hidden(sib)) continue;
        if (hasControls(sib)) break;
        var st = dropInstructions(textOf(sib, { noButtons: true }));
        if (!st && sib.querySelector && sib.querySelector("img")) els.unshift(sib);
        if (st) {
          texts.unshift(st);
          els.unshift(sib);
          if (texts.join(" ").length > 20 || /[?:]$|^\s*\d+[.)]/.test(st)) break;
        }
      }
      if (texts.length) return { text: clean(texts.join(" ")), els: els };
      var px = parentOf(x);
      if (!px || hasForeign(px, own)) {
        // Inline text right before the first option, in the same parent.
        var prev = [];
        for (var n = x.previousSibling; n; n = n.previousSibling) {
          if (n.nodeType === 1 && (hasControls(n) || n.localName === "br" && clean(prev.join("")))) break;
          if (n.nodeType === 3) prev.unshift(n.data);
          else if (n.nodeType === 1 && !hidden(n)) prev.unshift(" " + textOf(n) + " ");
        }
        return { text: clean(prev.join("")), els: [] };
      }
    }
    return { text: "", els: [] };
  }

  // Answering instructions ("Select one:") are not the question; they
  // are dropped from the end of a stem, and a stem made only of them
  // means the real one is further out.
  var INSTRUCTION = /(^|\s)((please )?(select|choose|pick|mark|check|tick) (one|one answer|an answer|the correct answer|the best answer|one or more|all that apply|one option|two|three)[^.:?]{0,30}[.:]?|seleccione una( o más de una)?[:.]?|elija una( o más de una)?[:.]?|selecione uma( ou mais)?[:.]?|wählen Sie (eine|mindestens eine)[^.:]{0,30}[.:]?|choisissez (une|au moins une)[^.:]{0,30}[.:]?|answer[:.]?|respuesta[:.]?|antwort[:.]?|réponse[:.]?)\s*$/i;
  function dropInstructions(t) {
    var m = INSTRUCTION.exec(t);
    if (!m) return t;
    // "Select one:" is a prompt before the options; "Select the correct
    // answer." or "Select all that apply." is said by the question itself.
    if (/:\s*$/.test(m[0])) return t.slice(0, m.index).trim();
    return t;
  }

  function hasControls(el) {
    if (el.matches && el.matches("input:not([type=hidden]),select,textarea,[role=radio],[role=checkbox],[role=listbox]")) return true;
    return !!(el.querySelector && el.querySelector("input:not([type=hidden]),select,textarea,[role=radio],[role=checkbox],[role=listbox]"));
  }

  // hasForeign: el holds answer controls other than own.
  // It compares subtree counts, built once, so that climbing from every
  // group of a long quiz is not quadratic.
  var answerSet = null;
  var answerCount = null;
  function hasForeign(el, own) {
    if (!answerSet) {
      answerSet = new Set(allChoices.concat(allSelects, qsa("[role=radio], [role=checkbox], [role=listbox]").filter(function (e) {
        return e.localName !== "input" && !ariaHidden(e);
      })));
      answerCount = new Map();
      answerSet.forEach(function (c) {
        for (var a = c; a; a = parentOf(a)) answerCount.set(a, (answerCount.get(a) || 0) + 1);
      });
    }
    var n = answerCount.get(el) || 0;
    if (!n) return false;
    var mine = 0;
    own.forEach(function (o) {
      if (answerSet.has(o) && contains(el, o)) mine++;
    });
    return n > mine;
  }

  function nativeControls() {
    var groups = nativeGroups();
    for (var i = 0; i < groups.length; i++) {
      var g = groups[i].filter(function (inp) { return !hidden(inp) || !hidden(optionBox(inp)); });
      if (!g.length) continue;
      var opts = choiceOptions(g);
      var stem = stemAround(g);
      var kind = choiceKind(g[0].type, opts);
      var q = question(stem.text, opts, kind, { images: imagesIn(stem.els, g.map(optionBox)) });
      propose({ q: q, region: lca(g), anchor: optionBox(g[0]), controls: g, score: 50, source: "native", generic: true });
    }
    for (var s = 0; s < allSelects.length; s++) {
      var sel = allSelects[s];
      if (hidden(sel)) continue;
      var so = selectOptions(sel);
      var sl = labelsOf(sel);
      var st = sl.length ? textOf(sl[0]) : labelledBy(sel) || clean(sel.getAttribute("aria-label"));
      var sstem = st ? { text: st, els: [] } : stemAround([sel]);
      propose({ q: question(sstem.text, so, "dropdown", { images: imagesIn(sstem.els, []) }), region: sel, controls: [sel], score: 45, source: "select", generic: true });
    }
  }

  // ---------------------------------------------------------------------
  // Generic: ARIA widgets
  // ---------------------------------------------------------------------

  function ariaOptionText(el) {
    var lab = el.closest("label");
    return clean(el.getAttribute("aria-label")) || labelledBy(el) || textOf(el) || (lab && textOf(lab)) || imageOnlyText(el) || clean(el.getAttribute("data-value"));
  }

  // stripRowLabel removes the row label and the words joining it from
  // options that all end with it; null when they do not.
  function stripRowLabel(opts, label) {
    if (opts.length < 2) return null;
    var rest = [];
    for (var i = 0; i < opts.length; i++) {
      if (opts[i].length <= label.length || opts[i].slice(-label.length) !== label) return null;
      rest.push(opts[i].slice(0, -label.length));
    }
    // The common tail left (", response for ") goes too.
    var tail = rest[0];
    for (var k = 1; k < rest.length; k++) {
      while (tail && rest[k].slice(-tail.length) !== tail) tail = tail.slice(1);
    }
    var out = rest.map(function (r) { return clean(r.slice(0, r.length - tail.length).replace(/[\s,;:–-]+$/, "")); });
    return out.every(Boolean) ? out : null;
  }

  function ariaWidgets() {
    var groups = new Map();
    var keys = [];
    for (var i = 0; i < allAria.length; i++) {
      var el = allAria[i];
      if (ariaHidden(el) || hidden(el)) continue;
      var role = el.getAttribute("role");
      var container = role === "option" ? el.closest("[role=listbox]") : el.closest("[role=radiogroup], [role=group], [role=list], [role=menu]") || parentOf(el);
      if (!container) continue;
      if (role === "option" && container.closest("select")) continue;
      if (!groups.has(container)) {
        groups.set(container, []);
        keys.push(container);
      }
      groups.get(container).push(el);
    }
    for (var k = 0; k < keys.length; k++) {
      var container = keys[k];
      var items = groups.get(container);
      var role = items[0].getAttribute("role");
      var opts = items.map(ariaOptionText).filter(function (t) { return !PLACEHOLDER.test(t); });
      var text = labelledBy(container) || clean(container.getAttribute("aria-label"));
      // Accessible grids name each cell "Column, response for Row": the
      // group is one row of a grid, its options the column names.

      var controls = role === "option" ? [container].concat(items) : items;
      var astem = text ? { text: text, els: [] } : stemAround(controls);
      var gridRow = false;
      var stripped = astem.text.length >= 2 ? stripRowLabel(opts, astem.text) : null;
      if (stripped) {
        opts = stripped;
        gridRow = true;
      }
      var kind = role === "option" ? "dropdown" : role === "checkbox" ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single";
      propose({ q: question(astem.text, opts, kind, { images: imagesIn(astem.els, items) }), region: container, anchor: container, controls: controls, score: 55, source: "aria", generic: true, gridRow: gridRow });
    }
  }

  // ---------------------------------------------------------------------
  // Generic: answer buttons (trivia sites: a question, then one button per
  // answer)
  // ---------------------------------------------------------------------

  var ACTION = /^(next|previous|prev|back|skip|submit|send|save|check|check answer|start|restart|retry|try again|continue|finish|done|ok|cancel|close|share|reset|clear|hint|show answer|reveal|accept|accept all|reject|reject all|more|menu|login|log in|sign in|sign up|search|weiter|zurück|siguiente|anterior|enviar|suivant|précédent|valider)\b/i;

  // ANSWER_CLASS marks clickable answer boxes that are neither buttons nor
  // controls (<div class="option" onclick=...>).
  var ANSWER_CLASS = /(^|[\s_-])(options?|answers?|choices?|alternatives?|opt|ans|respuestas?|reponses?|antworten)(-?(item|btn|button|box|card|text|label))?($|\s)/i;

  function buttonChoices() {
    var groups = new Map();
    var keys = [];
    var clickable = qsa("button, [role=button], input[type=button]");
    qsa("div[class], li[class], span[class], a[class], p[class]").forEach(function (el) {
      if (ANSWER_CLASS.test(cls(el)) && !hasControls(el) && !el.querySelector("button, [role=button], div[class], li[class]") && style(el).cursor === "pointer") clickable.push(el);
    });
    clickable.forEach(function (b) {
      if (hidden(b) || ariaHidden(b) || b.closest("form[role=search], nav, header, footer")) return;
      // A button wrapped in its own list item or cell groups by the list.
      var p = parentOf(b);
      if (p && p.children.length === 1 && /^(li|div|span|td)$/.test(p.localName)) p = parentOf(p);
      if (!p) return;
      if (!groups.has(p)) {
        groups.set(p, []);
        keys.push(p);
      }
      groups.get(p).push(b);
    });
    keys.forEach(function (p) {
      var bs = groups.get(p);
      if (bs.length < 2 || bs.length > 10) return;
      var opts = bs.map(function (b) { return b.localName === "input" ? clean(b.value) : textOf(b) || clean(b.getAttribute("aria-label")) || imageOnlyText(b); });
      if (opts.some(function (o) { return !o || o.length > 200 || ACTION.test(o); })) return;
      var stem = stemAround(bs);
      // Buttons are everywhere; only a stem that asks makes them answers.
      if (!/[?？]\s*$|^\s*(question|q)?\s*\d{1,3}\s*[.):]/i.test(stem.text) && !(stem.text.length >= 25 && /(:|…|_{3,})\s*$/.test(stem.text))) return;
      propose({ q: question(stem.text, opts, isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn(stem.els, bs) }), region: p, anchor: bs[0], controls: bs, score: 40, source: "buttons", generic: true });
    });
  }

  // ---------------------------------------------------------------------
  // Generic: plain text ("1. Question?" then "A. option" lines)
  // ---------------------------------------------------------------------

  var Q_LINE = /^\s*(?:(?:question|q|frage|pregunta|question n°)\s*)?(\d{1,3})\s*[.):\-]\s*(\S.*)$/i;
  var OPT_LINE = /^\s*(?:\(([a-hA-H])\)|([a-hA-H])\s*[.)]|([A-H])\s*[:\-])\s*(\S.*)$/;

  // textLines splits the visible text under root into lines (one per block
  // or <br>), each with the element it came from.
  function textLines(root, skipRegions) {
    var lines = [];
    var cur = [];
    var curEl = null;
    var marker = "";
    function br() {
      var t = clean(cur.join(""));
      if (t) lines.push({ text: t, el: curEl, marker: marker });
      cur = [];
      curEl = null;
      marker = "";
    }
    (function rec(node) {
      for (var ch = node.firstChild; ch; ch = ch.nextSibling) {
        if (ch.nodeType === 3) {
          if (ch.data.trim()) {
            if (!curEl) curEl = node.nodeType === 1 ? node : node.host;
            var parts = ch.data.split("\n");
            if (parts.length > 1 && node.closest && node.closest("pre")) {
              for (var p = 0; p < parts.length; p++) {
                if (p) br();
                if (!curEl) curEl = node;
                cur.push(parts[p]);
              }
            } else cur.push(ch.data);
          } else cur.push(" ");
          continue;
        }
        if (ch.nodeType !== 1) continue;
        if (ch.localName === "br") {
          br();
          continue;
        }
        if (skipRegions.has(ch) || hidden(ch) || /^(select|textarea|button|input|nav|header|footer|svg)$/.test(ch.localName)) continue;
        if (isEnumerator(ch) && !clean(cur.join(""))) {
          // "A." in its own element: the line's marker, not its text.
          marker = clean(ch.textContent);
          if (!curEl) curEl = node.nodeType === 1 ? node : node.host;
          continue;
        }
        var block = isBlock(ch);
        if (block) br();
        if (ch.localName === "li" && /alpha|latin/.test(style(ch).listStyleType)) {
          // <ol type="A">: the letters are drawn by CSS, not in the text.
          var idx = Array.prototype.indexOf.call(ch.parentElement.children, ch);
          var start = ch.parentElement.start || 1;
          marker = String.fromCharCode(64 + start + idx);
          curEl = ch;
        }
        rec(ch);
        if (ch.shadowRoot) rec(ch.shadowRoot);
        if (block) br();
      }
    })(root);
    br();
    return lines;
  }

  var MARKER = /^\(?([A-Ha-h])\s*[.):]?\)?$/;
  var ASKS = /[?？]\s*(\((choose|select|pick|mark)[^)]*\))?\s*$/i;

  // optionLetter gives the option letter of a line: its marker element
  // ("A." in its own element) or its literal prefix ("A) text").
  function optionLetter(line) {
    var mm = line.marker && MARKER.exec(line.marker);
    if (mm) return { letter: mm[1].toUpperCase(), text: line.text };
    var om = OPT_LINE.exec(line.text);
    if (om) return { letter: (om[1] || om[2] || om[3]).toUpperCase(), text: line.text };
    return null;
  }

  function plainText(claimed) {
    if (!doc.body) return;
    var lines = textLines(doc.body, claimed);
    for (var i = 0; i < lines.length; i++) {
      var numbered = Q_LINE.test(lines[i].text) && !optionLetter(lines[i]);
      // An unnumbered question must ask (end with "?") and be followed
      // at once by its options.
      var asks = !numbered && ASKS.test(lines[i].text) && i + 1 < lines.length && optionLetter(lines[i + 1]);
      if (!numbered && !asks) continue;
      var qEl = lines[i].el;
      var stemParts = [lines[i].text];
      if (asks) {
        // The lines before it in the same block belong to the stem.
        for (var b = i - 1; b >= 0 && i - b <= 5 && lines[b].el === qEl && !optionLetter(lines[b]); b--) stemParts.unshift(lines[b].text);
      }
      var j = i + 1;
      // Continuation lines of the stem, before the first option.
      while (j < lines.length && !optionLetter(lines[j]) && !Q_LINE.test(lines[j].text) && j - i < 4) {
        stemParts.push(lines[j].text);
        j++;
      }
      var opts = [];
      var optEls = [];
      var expect = 0;
      while (j < lines.length) {
        var ol = optionLetter(lines[j]);
        if (!ol || ol.letter.charCodeAt(0) - 65 !== expect) break;
        opts.push(clean(ol.text));
        optEls.push(lines[j].el);
        expect++;
        j++;
      }
      if (opts.length < 2) continue;
      var text = clean(stemParts.join(" "));
      var q = question(text, opts, MULTI_HINT.test(text) ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single");
      var region = lca([qEl].concat(optEls));
      propose({ q: q, region: region, anchor: qEl, controls: [], score: 30, source: "text", plain: true, els: [qEl].concat(optEls) });
      i = j - 1;
    }
  }

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

  // ---------------------------------------------------------------------
  // Generic: grids (one row per statement, one column per answer)
  // ---------------------------------------------------------------------

  // mergeGrids turns consecutive choice groups that are the rows of one
  // table and offer the same options into one grid question.
  function mergeGrids(list) {
    var out = [];
    var i = 0;
    while (i < list.length) {
      var c = list[i];
      var table = gridOf(c);
      var j = i + 1;
      while (table && j < list.length && gridOf(list[j]) === table && list[j].q.kind === c.q.kind && sameList(list[j].q.options, c.q.options) && (table !== "aria" || near(list[j - 1].anchor, list[j].anchor))) j++;
      if (j - i < 2) {
        out.push(c);
        i++;
        continue;
      }
      var rows = list.slice(i, j);
      var controls = [];
      rows.forEach(function (r) { controls.push.apply(controls, r.controls); });
      var seenRow = new Set();
      var subs = [];
      rows.forEach(function (r) {
        var row = r.gridRow ? null : r.controls[0].closest("tr, [role=row]");
        var head = row && row.querySelector("th, [role=rowheader]");
        var label = head ? textOf(head) : row ? textOf(row, { skip: new Set(r.controls.map(optionBox)) }) : r.q.text;
        var sub = { text: label || r.q.text, options: r.q.options, kind: r.q.kind };
        // A grid drawn twice (desktop and mobile layouts) has each row twice.
        var key = JSON.stringify(sub);
        if (seenRow.has(key)) return;
        seenRow.add(key);
        subs.push(sub);
      });
      var box = table === "aria" ? lca(rows.map(function (r) { return r.region; })) : table;
      // The options start at the table, or at the first row of an ARIA grid.
      var from = table;
      if (table === "aria") {
        from = rows[0].region;
        while (from && parentOf(from) !== box) from = parentOf(from);
      }
      var stem = stemAround(controls, from || box);
      // A header row of column names is not the stem.
      var header = c.q.options.join(" ");
      if (stem.text.slice(-header.length) === header) stem.text = stem.text.slice(0, -header.length).trim();
      if (!stem.text && from !== box) stem = stemAround(controls, box);
      out.push({ q: question(stem.text, [], "grid", { subquestions: subs }), region: box, anchor: rows[0].anchor, controls: controls, score: 50, source: "grid", generic: true });
      i = j;
    }
    return out;
  }

  function gridOf(c) {
    if (c.gridRow) return "aria";
    if (!c.controls.length || !(c.q.kind === "single" || c.q.kind === "multiple" || c.q.kind === "truefalse")) return null;
    var row = c.controls[0].closest("tr, [role=row]");
    if (!row || !c.controls.every(function (x) { return contains(row, x); })) return null;
    return row.closest("table, [role=grid], [role=table], [role=treegrid]");
  }

  function sameList(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  // ---------------------------------------------------------------------
  // Run
  // ---------------------------------------------------------------------

  mark("walk");
  if (options.adapters !== false) {
    safely(moodle);
    safely(canvasQuizzes);
    safely(wordpressQuizzes);
    safely(microsoftForms);
    safely(googleForms);
    safely(h5p);
    safely(surveyJS);
    safely(examTopics);
  }
  var adapterCount = candidates.length;
  mark("adapters");
  safely(ariaWidgets);
  safely(nativeControls);
  safely(buttonChoices);
  mark("generic");
  safely(function () {
    var generic = candidates.slice(adapterCount).sort(function (a, b) { return pos(a.anchor) - pos(b.anchor); });
    candidates = candidates.slice(0, adapterCount).concat(mergeGrids(generic));
  });

  // The page's own word on what it is.
  var pageText = (doc.title || "") + " " + qsa("h1, h2, [role=heading]").slice(0, 8).map(function (h) { return clean(h.textContent); }).join(" ");
  var generic = candidates.slice(adapterCount);
  var questionLike = generic.filter(function (c) { return /[?？]/.test(c.q.text) || /^\s*\d{1,3}\s*[.)]/.test(c.q.text); }).length;
  var pageQuizzy = QUIZ_WORD.test(pageText) || questionLike >= 3;
  // Many answer groups of the same make (five or more radio/checkbox
  // groups with distinct options) are a quiz or a survey, whatever
  // their stems say.
  var manyGroups = generic.filter(function (c) {
    return (c.q.kind === "single" || c.q.kind === "multiple" || c.q.kind === "truefalse") && c.q.options.length >= 2 && new Set(c.q.options).size > 1 && !NOT_QUIZ.test(contextText(c.region || c.anchor)) && !NOT_QUIZ_WEAK.test(contextText(c.region || c.anchor));
  }).length >= 5;

  // Accept best-first; drop overlaps.
  function claims(c) {
    return c.controls.length ? c.controls : c.els || [c.region];
  }

  function swallows(c, a) {
    var ac = claims(a);
    for (var j = 0; j < ac.length; j++) for (var k = 0; k < c.els.length; k++) if (ac[j] && contains(c.els[k], ac[j])) return true;
    return false;
  }

  function accept(list) {
    var accepted = [];
    var claimedControls = new Set();
    var regions = new Set(); // regions (or plain-text lines) of accepted candidates
    list.sort(function (a, b) { return b.score - a.score || pos(a.anchor) - pos(b.anchor); });
    for (var i = 0; i < list.length; i++) {
      var c = list[i];
      var clash = false;
      for (var k = 0; k < c.controls.length && !clash; k++) if (claimedControls.has(c.controls[k])) clash = true;
      if (!c.claimsPage) {
        var cc = claims(c);
        // A claim inside an accepted region clashes: walk up from it.
        for (var m = 0; m < cc.length && !clash; m++) for (var x = cc[m]; x && !clash; x = parentOf(x)) if (regions.has(x)) clash = true;
      }
      // A plain-text question must not swallow another question's parts.
      for (var j = 0; j < accepted.length && !clash && c.els; j++) clash = !accepted[j].claimsPage && swallows(c, accepted[j]);
      if (clash) continue;
      accepted.push(c);
      c.controls.forEach(function (x) { claimedControls.add(x); });
      if (!c.claimsPage) (c.els || [c.region]).forEach(function (r) { if (r) regions.add(r); });
    }
    return accepted;
  }

  mark("grids+page");
  var kept = [];
  candidates.forEach(function (c, i) {
    if (i >= adapterCount) {
      c.quiz = quizScore(c, pageQuizzy);
      if (c.quiz < 2) return;
      c.score += c.quiz;
    }
    kept.push(c);
  });
  var accepted = accept(kept);

  mark("score+accept");
  // Plain text last: only where nothing else claimed the page.
  var claimed = new Set();
  accepted.forEach(function (c) { if (c.region && !c.claimsPage) claimed.add(c.region); });
  var before = candidates.length;
  safely(function () { plainText(claimed); });
  var plain = candidates.slice(before).filter(function (c) { return quizScore(c, true) >= 2; });
  accepted = accept(accepted.concat(plain));

  mark("plain");
  accepted.sort(function (a, b) { return pos(a.anchor) - pos(b.anchor); });

  // Hidden-duplicate twins that are both rendered (desktop + mobile
  // layouts) are read once.
  var seen = new Map();
  var questions = [];
  for (var i = 0; i < accepted.length && questions.length < LIMITS.questions; i++) {
    var q = accepted[i].q;
    var key = JSON.stringify([q.text, q.options, q.kind, q.subquestions || []]);
    var twin = seen.get(key);
    if (twin && accepted[i].generic && near(twin.anchor, accepted[i].anchor)) continue;
    seen.set(key, accepted[i]);
    accepted[i].kept = true;
    questions.push(q);
  }
  var keptList = accepted.filter(function (c) { return c.kept; });

  // ---------------------------------------------------------------------
  // Notices
  // ---------------------------------------------------------------------

  var notice = "";
  if (!questions.length) {
    var START = /^(start|begin|take|attempt|launch|start the|begin the|take the)\b.*\b(quiz|test|exam|assessment|now|attempt|trivia|questionnaire)\b|^(start|begin|let's go|let's start|start quiz|start test|start now|comenzar|empezar|iniciar|commencer|démarrer|starten|beginnen|inizia|iniziare)$/i;
    var buttons = qsa("button, [role=button], input[type=button], input[type=submit], a");
    for (var b = 0; b < buttons.length; b++) {
      var el = buttons[b];
      if (hidden(el)) continue;
      var label = clean(el.localName === "input" ? el.value : textOf(el) || el.getAttribute("aria-label"));
      if (label && label.length < 60 && START.test(label)) {
        notice = "The quiz has not started yet: press \"" + label + "\" on the page first, then capture again.";
        break;
      }
    }
    if (!notice && qsa(".problems-wrapper[data-url]").length) {
      notice = "The problems on this page are loaded on demand and are not in the page yet.";
    }
  }

  // ---------------------------------------------------------------------
  // Frame slots
  // ---------------------------------------------------------------------

  var slots = [];
  var owners = Array.isArray(frameOwners) ? frameOwners : [];
  for (var f = 0; f < owners.length; f++) {
    var o = owners[f];
    var p = o && o.nodeType === 1 ? pos(o) : -1;
    var n = 0;
    for (var z = 0; z < keptList.length; z++) if (pos(keptList[z].anchor) < p) n++;
    slots.push({ before: n, order: p });
  }

  var result = { url: location.href, title: clean(doc.title), questions: questions, notice: notice, frame_slots: slots };
  if (errors.length) result.errors = errors;
  mark("rest");
  if (options.timings) result.timings = timings;
  return result;
})(
  typeof arguments === "object" ? arguments[0] || {} : {},
  typeof arguments === "object" ? Array.prototype.slice.call(arguments, 1) : []
);
