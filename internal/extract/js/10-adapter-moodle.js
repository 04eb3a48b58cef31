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

  adapters.push(moodle);

