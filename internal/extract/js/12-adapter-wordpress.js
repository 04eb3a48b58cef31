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
      var opts = lis.map(watuproOption);
      var text = textOf(c);
      var kind = isTrueFalse(opts) ? "truefalse" : MULTI_HINT.test(text) ? "multiple" : "single";
      if (!opts.length) kind = "text";
      propose({ q: question(text, opts, kind, { images: imagesIn([c], lis) }), region: s, optionEls: lis, optionText: watuproOption, score: 100, source: "watupro-results" });
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

  function watuproOption(li) {
    var sp = li.querySelector("span.answer");
    return textOf(sp || li) || imageOnlyText(li);
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

  adapters.push(wordpressQuizzes);

