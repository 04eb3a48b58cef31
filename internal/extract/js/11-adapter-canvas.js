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

  adapters.push(canvasQuizzes);

