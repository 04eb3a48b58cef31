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
