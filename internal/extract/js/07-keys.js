  // ---------------------------------------------------------------------
  // Answer keys shown by the page
  // ---------------------------------------------------------------------

  // A review or results page often shows which options were right: in
  // words ("The correct answer is: Mars", Moodle's .rightanswer, and the
  // same in other languages) or by marking the options (a class such as
  // correct-answer, a tick titled "Correct"). The key goes with the
  // question (key: option indices), for a quiz author to score a model
  // against; the page is only read, and a page that shows no key gives
  // none.
  var KEY_WORDS = /^(?:the\s+)?(?:correct|right)\s+answers?\s*(?:is|are|was|were)?\s*[:：]?\s*|^(?:la|las)\s+respuestas?\s+correctas?\s+(?:es|son)\s*:?\s*|^(?:la|les)\s+bonnes?\s+réponses?\s+(?:est|sont)\s*:?\s*|^(?:la|les)\s+réponses?\s+correctes?\s+(?:est|sont)\s*:?\s*|^die\s+richtigen?\s+antwort(?:en)?\s+(?:ist|sind|lautet|lauten)\s*:?\s*|^(?:a|as)\s+respostas?\s+corretas?\s+(?:é|são)\s*:?\s*|^(?:la|le)\s+rispost[ae]\s+corrett[ae]\s+(?:è|sono)\s*:?\s*|^正确答案(?:是|为)?\s*[:：]?\s*/i;
  // Marks that say an option is a right answer whether or not it was
  // chosen, and marks that say the chosen option was right.
  var KEY_CLASS = /(^|[\s_-])(correct[-_]?answer|right[-_]?answer|answer[-_]correct|is[-_]correct|correct[-_]option|option[-_]correct)($|[\s_-])/i;
  var CHOSEN_RIGHT_CLASS = /(^|\s)(correct|right)(\s|$)/i;
  var RIGHT_WORD = /^(correct|correct answer|right|right answer|richtig|correcta?|correcto|juste|corretta?|正确)$/i;

  function normKey(s) {
    return clean(s).replace(/^["'‘’“”«»「」]+|["'‘’“”«»「」]+$/g, "").replace(/[.。]$/, "").replace(/^["'‘’“”«»「」]+|["'‘’“”«»「」]+$/g, "").toLowerCase();
  }

  // keyFromWords finds the stated key in the question's box.
  function keyFromWords(c) {
    var box = c.region;
    if (!box || c.claimsPage) return null;
    var els = qsa(".rightanswer, .correct-answer, .correctanswer, p, div, span, li, dd, td", box);
    for (var i = 0; i < els.length && i < 400; i++) {
      var t = clean(els[i].textContent);
      if (t.length > 1200 || !KEY_WORDS.test(t)) continue;
      var said = t.replace(KEY_WORDS, "");
      if (!said) continue;
      var key = matchKey(c.q, said);
      if (key) return key;
    }
    return null;
  }

  function matchKey(q, said) {
    var opts = q.options.map(normKey);
    var whole = normKey(said);
    var at = opts.indexOf(whole);
    if (at >= 0) return [at];
    if (q.kind !== "multiple") return null;
    var parts = said.split(/\s*[,;、，]\s*|\s+(?:and|und|et|y|e)\s+/).map(normKey).filter(Boolean);
    var key = [];
    for (var i = 0; i < parts.length; i++) {
      // Repeated option texts are each their own option.
      var k = -1;
      for (var j = 0; j < opts.length && k < 0; j++) if (opts[j] === parts[i] && key.indexOf(j) < 0) k = j;
      if (k < 0) return null;
      key.push(k);
    }
    return key.length ? key.sort(function (a, b) { return a - b; }) : null;
  }

  // keyFromMarks reads the marks on the options' boxes (up to three
  // elements above each control or option, within the question's box).
  function keyFromMarks(c) {
    var q = c.q;
    var els = (c.optionEls || []).concat(c.controls.filter(function (x) { return x.localName === "input" && /^(radio|checkbox)$/.test(x.type); }));
    if (!els.length) return null;
    var answers = [], chosen = [];
    // An option's box is what holds it and no other option.
    function holdsOther(box, el) {
      for (var j = 0; j < els.length; j++) if (els[j] !== el && contains(box, els[j])) return true;
      return false;
    }
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      var text = el.localName === "input" ? controlLabel(el) : c.optionText ? c.optionText(el) : textOf(el);
      var at = q.options.indexOf(text);
      if (at < 0) continue;
      var box = el;
      for (var up = 0; up < 4 && box && box !== c.region && !holdsOther(box, el); up++, box = parentOf(box)) {
        var k = cls(box);
        if (/incorrect|wrong|not[-_]?correct|partially/i.test(k)) break;
        if (KEY_CLASS.test(k) || rightMarkIn(box)) {
          if (answers.indexOf(at) < 0) answers.push(at);
          break;
        }
        // "correct" on the box of a chosen option: that choice was right.
        if (CHOSEN_RIGHT_CLASS.test(k) && chosenIn(box)) {
          if (chosen.indexOf(at) < 0) chosen.push(at);
          break;
        }
      }
    }
    var key = answers.length ? answers : q.kind !== "multiple" ? chosen : [];
    if (!key.length || (q.kind !== "multiple" && key.length !== 1)) return null;
    return key.sort(function (a, b) { return a - b; });
  }

  function chosenIn(box) {
    if (box.querySelector("input:checked, [aria-checked=true], [aria-selected=true]")) return true;
    return box.localName === "input" && box.checked;
  }

  // rightMarkIn finds a tick or a screen-reader word in an option's box
  // that says "correct answer" (not only "correct", which may mean the
  // person's choice was right; that is a class above).
  function rightMarkIn(box) {
    var marks = box.querySelectorAll("[title], [aria-label], .sr-only, .screen-reader-text, .watupro-screen-reader, .visually-hidden, .accesshide");
    for (var i = 0; i < marks.length && i < 8; i++) {
      var m = marks[i];
      var said = clean(m.getAttribute("aria-label") || m.getAttribute("title") || m.textContent);
      if (/^(correct answer|right answer|the correct answer|richtige antwort|respuesta correcta|bonne réponse|resposta correta|risposta corretta)$/i.test(said)) return true;
      if (RIGHT_WORD.test(said) && m.closest && !m.closest("input") && /screen-reader|sr-only|visually-hidden|accesshide/.test(cls(m))) return true;
    }
    return false;
  }

  function answerKeys(list) {
    list.forEach(function (c) {
      var q = c.q;
      if (!q.options || q.options.length < 2 || q.subquestions) return;
      var key = keyFromWords(c) || keyFromMarks(c);
      if (key) q.key = key;
    });
  }
