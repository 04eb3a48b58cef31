  // ---------------------------------------------------------------------
  // Run
  // ---------------------------------------------------------------------

  mark("walk");
  if (options.adapters !== false) adapters.forEach(safely);
  var adapterCount = candidates.length;
  mark("adapters");
  safely(ariaWidgets);
  safely(nativeControls);
  safely(fieldQuestions);
  safely(customDropdowns);
  safely(ratingScales);
  safely(buttonChoices);
  safely(answerLists);
  safely(answerBoxes);
  mark("generic");
  safely(function () {
    var generic = candidates.slice(adapterCount).sort(function (a, b) { return pos(a.anchor) - pos(b.anchor); });
    candidates = candidates.slice(0, adapterCount).concat(mergeFrozen(mergeGrids(generic)));
  });

  // The page's own word on what it is.
  var pageText = (doc.title || "") + " " + qsa("h1, h2, [role=heading]").slice(0, 8).map(function (h) { return clean(h.textContent); }).join(" ");
  var generic = candidates.slice(adapterCount);
  var questionLike = generic.filter(function (c) { return /[?？؟]/.test(c.q.text) || /^\s*\d{1,3}\s*[.)]/.test(c.q.text); }).length;
  var pageQuizzy = quizWords(pageText) || questionLike >= 3;
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
  safely(function () { attachMedia(keptList); });
  safely(function () { answerKeys(keptList); });

