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

  adapters.push(examTopics);

