  // ---------------------------------------------------------------------
  // Generic: options listed without controls (review and results pages,
  // printed quizzes): a list whose items are marked as answers, under the
  // question they answer
  // ---------------------------------------------------------------------

  function answerLists() {
    var lists = qsa("ul, ol").filter(function (l) {
      if (hidden(l) || ariaHidden(l) || closestDeep(l, "nav, header, footer, [role=navigation], [role=menu], [role=menubar]") || hasControls(l)) return false;
      var items = Array.prototype.filter.call(l.children, function (c) { return c.localName === "li" && !hidden(c); });
      if (items.length < 2 || items.length > 10) return false;
      // The list, its box or every item says it holds answers.
      var marked = ANSWER_CLASS.test(cls(l)) || ANSWER_CLASS.test(cls(parentOf(l))) || items.every(function (li) {
        return ANSWER_CLASS.test(cls(li)) || !!(li.firstElementChild && ANSWER_CLASS.test(cls(li.firstElementChild)));
      });
      if (!marked) return false;
      return items.every(function (li) {
        var t = textOf(li);
        return t && t.length <= 300 && !li.querySelector("ul, ol, a[href]");
      });
    });
    // One list so marked is a page's menu as often as a question; several
    // of the same make are a quiz's review.
    if (lists.length < 2) return;
    lists.forEach(function (l) {
      var items = Array.prototype.filter.call(l.children, function (c) { return c.localName === "li" && !hidden(c); });
      // Review marks ("correct", "your answer") read by screen readers only
      // are already left out of the text.
      var opts = items.map(function (li) { return textOf(li) || imageOnlyText(li); });
      var stem = stemAround(items, l);
      if (!stem.text) return;
      propose({ q: question(stem.text, opts, isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn(stem.els, items) }), region: l, anchor: l, controls: items, score: 35, source: "list", generic: true });
    });
  }

  // ---------------------------------------------------------------------
  // Generic: answer boxes without controls (review pages that show every
  // choice of a dropdown blank as a box under "Answer 1:", printed and
  // exported quizzes): sibling blocks of one make, marked as answers
  // ---------------------------------------------------------------------

  function boxText(item) {
    // A box's label holds its text; ids and review marks beside it are
    // not part of the choice.
    var labels = Array.prototype.filter.call(item.querySelectorAll("label"), function (l) { return !hidden(l); });
    var t = labels.length === 1 ? textOf(labels[0]) : "";
    return t || textOf(item) || imageOnlyText(item);
  }

  // boxSet is the set of answer boxes el belongs to: its parent's visible
  // children of the same tag, each marked as an answer.
  function boxSet(el) {
    var p = parentOf(el);
    if (!p) return null;
    var items = Array.prototype.filter.call(p.children, function (c) {
      return c.localName === el.localName && ANSWER_CLASS.test(cls(c)) && !hidden(c) && !ariaHidden(c);
    });
    if (items.length < 2 || items.length > 40) return null;
    // Hidden copies of the choice (an edit form's text box kept in the
    // page) are not controls to answer with.
    if (items.some(function (it) { return liveControls(it) || it.querySelector("ul, ol, a[href], button, [role=button]"); })) return null;
    var opts = items.map(boxText);
    if (opts.some(function (t) { return !t || t.length > 300; }) || new Set(opts).size < opts.length) return null;
    // What stands before the first box, in the same parent, names the
    // blank ("Answer 1:"); the sentence it fills is the question's.
    var label = "";
    for (var s = items[0].previousElementSibling; s; s = s.previousElementSibling) {
      if (hidden(s)) continue;
      var t = textOf(s);
      if (t) {
        if (t.length <= 40) label = t.replace(/\s*[:：]\s*$/, "");
        break;
      }
    }
    return { parent: p, items: items, options: opts, label: label };
  }

  function liveControls(el) {
    return qsa("input:not([type=hidden]), select, textarea, [role=radio], [role=checkbox], [role=listbox]", el).some(function (c) {
      return !hidden(c) || (isChoice(c) && !hidden(optionBox(c)));
    });
  }

  function answerBoxes() {
    var seen = new Set();
    var sets = [];
    qsa("div[class], span[class], p[class], section[class]").forEach(function (el) {
      var p = parentOf(el);
      if (!p || seen.has(p) || !ANSWER_CLASS.test(cls(el)) || hidden(el)) return;
      if (closestDeep(el, "nav, header, footer, [role=navigation], [role=menu], [role=menubar], [role=tablist]")) return;
      var set = boxSet(el);
      if (!set) return;
      seen.add(p);
      sets.push(set);
    });
    // Sets side by side in one block (the blanks of one question) are
    // one question; the block's stem is before them.
    var groups = [];
    sets.forEach(function (s) {
      var last = groups[groups.length - 1];
      var up = parentOf(s.parent);
      if (last && s.label && last[0].label && parentOf(last[0].parent) === up) last.push(s);
      else groups.push([s]);
    });
    // One set so marked is a page's menu as often as a question; several
    // are a quiz's review.
    if (groups.length < 2) return;
    groups.forEach(function (g) {
      var items = [];
      g.forEach(function (s) { items.push.apply(items, s.items); });
      var labelled = g[0].label && (g.length > 1 || BOX_LABEL.test(g[0].label));
      var region = labelled ? parentOf(g[0].parent) : g[0].parent;
      var stem = stemAround(items, labelled ? region : g[0].parent);
      if (!stem.text) return;
      if (labelled) {
        var subs = g.map(function (s) { return { text: s.label, options: s.options, kind: "dropdown" }; });
        propose({ q: question(stem.text, [], "cloze", { subquestions: subs, images: imagesIn(stem.els, items) }), region: region, anchor: items[0], controls: items, score: 35, source: "boxes", generic: true });
        return;
      }
      var opts = g[0].options;
      // A blank's dropdown may offer many choices; a question's list not.
      if (opts.length > 12) return;
      propose({ q: question(stem.text, opts, isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn(stem.els, items) }), region: region, anchor: items[0], controls: items, score: 35, source: "boxes", generic: true });
    });
  }
