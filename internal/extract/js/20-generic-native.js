  // ---------------------------------------------------------------------
  // Generic: native radio/checkbox groups and selects
  // ---------------------------------------------------------------------

  // A web component that wraps one radio button or checkbox in its shadow
  // root (<md-radio>, <sl-checkbox>, a design system's <x-radio>) is that
  // control as far as the page is concerned: it carries the name, the label
  // (<label for> or around it) and the place in the group.
  function innerChoice(host) {
    if (!host.shadowRoot || host.localName.indexOf("-") < 0) return null;
    var ins = host.shadowRoot.querySelectorAll("input[type=radio], input[type=checkbox]");
    return ins.length === 1 ? ins[0] : null;
  }
  function choiceHost(inp) {
    var root = inp.getRootNode();
    var host = root && root.host;
    return host && innerChoice(host) === inp ? host : inp;
  }
  // Web components that draw the control themselves, with no input
  // inside, say what they are by their name (<md-radio>, <sl-radio>,
  // <ion-checkbox>, <vaadin-radio-button>).
  var RADIO_TAG = /-radio(-button)?$/;
  var CHECKBOX_TAG = /-check-?box$/;
  function choiceType(el) {
    if (el.localName === "input") return el.type;
    var inner = innerChoice(el);
    if (inner) return inner.type;
    return RADIO_TAG.test(el.localName) ? "radio" : CHECKBOX_TAG.test(el.localName) ? "checkbox" : "";
  }
  function choiceName(el) {
    return el.localName === "input" ? el.name : el.getAttribute("name") || (innerChoice(el) || {}).name || "";
  }

  function isChoice(el) {
    var t = choiceType(el);
    return t === "radio" || t === "checkbox";
  }

  // The controls of the document that may be answers.
  var allChoices = qsa("input[type=radio], input[type=checkbox]").map(choiceHost);
  (function () {
    var hosts = new Set(allChoices);
    customEls.forEach(function (el) {
      // One that slots a native input of its own (a light-DOM child) is
      // that input, already counted.
      if (!hosts.has(el) && (RADIO_TAG.test(el.localName) || CHECKBOX_TAG.test(el.localName)) && !innerChoice(el) && !el.hasAttribute("role") && !el.querySelector("input[type=radio], input[type=checkbox]")) allChoices.push(el);
    });
    allChoices.sort(function (a, b) { return pos(a) - pos(b); });
  })();
  allChoices = allChoices.filter(function (e) { return !ariaHidden(e); });
  var allSelects = qsa("select");
  var allAria = qsa("[role=radio], [role=checkbox], [role=option], [role=menuitemradio]").filter(function (e) { return e.localName !== "input" && e.localName !== "option"; });
  var groupOf = new Map(); // control -> group id (for "foreign controls")

  // LOOSE_REACH is how far above an option's box its question's block
  // may be: a row, its table body and table, a wrapper or two.
  var LOOSE_REACH = 5;
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
      var form = inp.form || closestDeep(inp, "form");
      var name = choiceName(inp);
      var k = name ? choiceType(inp) + "|" + name + "|" + (form ? pos(form) : -1) + "|" + pos(inp.getRootNode().host || doc.documentElement) : "";
      if (k) byName.set(k, (byName.get(k) || 0) + 1);
      keyOf.set(inp, k);
    });
    // Checkboxes often carry one name each ("q2_a", "q2_b"), and
    // unnamed controls have none: those group by their container, a list
    // or fieldset around them, or else the nearest element they share
    // with others of their kind (a question's block of <div><label>s or
    // its table of rows): the element right around each holds one only.
    var loose = allChoices.filter(function (inp) {
      var k = keyOf.get(inp);
      return !k || (choiceType(inp) === "checkbox" && byName.get(k) === 1);
    });
    var listOf = new Map();
    var shared = new Map();
    loose.forEach(function (inp) {
      var list = closestDeep(inp, "fieldset, [role=group], [role=radiogroup], ul, ol");
      if (list) return listOf.set(inp, list);
      for (var a = parentOf(optionBox(inp)), up = 0; a && up < LOOSE_REACH; a = parentOf(a), up++) {
        var key = choiceType(inp) + "|" + pos(a);
        shared.set(key, (shared.get(key) || 0) + 1);
      }
    });
    function looseContainer(inp) {
      var box = optionBox(inp);
      for (var a = parentOf(box), up = 0; a && up < LOOSE_REACH; a = parentOf(a), up++) {
        if (shared.get(choiceType(inp) + "|" + pos(a)) >= 2) return a;
      }
      return parentOf(box) || box;
    }
    loose.forEach(function (inp) {
      keyOf.set(inp, "box|" + choiceType(inp) + "|" + pos(listOf.get(inp) || looseContainer(inp)));
    });
    for (var i = 0; i < allChoices.length; i++) add(keyOf.get(allChoices[i]), allChoices[i]);
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
    if (p && choicesUnder(p) === 1 && p.localName !== "form" && p !== doc.body) {
      // A styled box around the control alone ("<span class=box>") holds
      // no words: the row around it, still its own, has the option's.
      for (var up = 0; up < 2 && !lab && !clean(textOf(p)); up++) {
        var q = p.parentElement;
        if (!q || choicesUnder(q) !== 1 || q.localName === "form" || q === doc.body) break;
        p = q;
      }
      return p;
    }
    return lab || inp;
  }

  // choicesUnder counts the choice controls (web components included) in
  // el's subtree, from counts built once.
  var choiceCount = null;
  function choicesUnder(el) {
    if (!choiceCount) {
      choiceCount = new Map();
      allChoices.forEach(function (c) {
        for (var a = c; a; a = parentOf(a)) choiceCount.set(a, (choiceCount.get(a) || 0) + 1);
      });
    }
    return choiceCount.get(el) || 0;
  }

  // stemAround finds the question text for a group of controls: the
  // fieldset legend or ARIA group label; else the text of the nearest
  // enclosing block that holds nothing but this group, less the options;
  // else the text just before the group. It returns {text, els}, els being
  // where the text came from (for the question's images).
  function stemAround(controls, from) {
    var own = new Set(controls);
    // What labels the group (a legend, aria-labelledby, a <label for> on
    // the field's container, a web component's label) names the question,
    // from the innermost container that holds this group and no other.
    for (var g = lca(controls); g && g !== doc.body; g = parentOf(g)) {
      if (hasForeign(g, own)) break;
      if (own.has(g) || g.localName === "label") continue;
      if (/^(form|main|article|body|html)$/.test(g.localName) || /^(form|main|region|dialog|document|application)$/.test(g.getAttribute("role") || "")) continue;
      var gn = dropInstructions(groupName(g));
      // "Question 2" only numbers the question; "Answer" names the
      // options. The text is elsewhere.
      if (gn && !/^(question|q|frage|pregunta|question n°)\s*\d+$/i.test(gn) && !/^(answer|answers|options|choices|antwort|respuesta|réponse)[:.]?$/i.test(gn)) {
        var gels = g.localName === "fieldset" ? [g.querySelector(":scope > legend")].filter(Boolean) : forLabels(g);
        return { text: gn, els: gels };
      }
    }
    var skip = new Set();
    controls.forEach(function (c) {
      skip.add(c);
      if (isChoice(c)) {
        labelElements(c).forEach(function (l) { skip.add(l); });
        skip.add(optionBox(c));
      } else if (c.getAttribute && c.getAttribute("role")) skip.add(c);
    });
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
  // Badges a quiz widget prints after the question: how many to pick,
  // what it is worth, whether it is required.
  var META_TAIL = /(\s+(\(?(single|multiple)( selection| choice| answers?)?\)?|\(?(pick|choose|select) (\d+|one|all|any)( answers?| options?)?\)?|\(?\d+(\.\d+)? ?(points?|pts?|marks?|punkte|puntos)\)?|\(?(required|optional|obligatoire|obligatorio|pflichtfeld)\)?|\*))+\s*$/i;
  function dropInstructions(t) {
    var tail = META_TAIL.exec(t);
    if (tail && tail.index > 0 && /[?？؟:.]$/.test(t.slice(0, tail.index).trim())) t = t.slice(0, tail.index).trim();
    var m = INSTRUCTION.exec(t);
    if (!m) return t;
    // "Select one:" is a prompt before the options; "Select the correct
    // answer." or "Select all that apply." is said by the question itself.
    if (/:\s*$/.test(m[0])) return t.slice(0, m.index).trim();
    return t;
  }

  function hasControls(el) {
    if (choicesUnder(el) > 0) return true;
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

  var BOX_LABEL = /^(answer|blank|gap|drop ?zone|item|part|select|choice|response|respuesta|réponse|antwort|lücke|hueco)\s*\d*\s*((question|frage|pregunta)\s*\d+)?\s*[:.]?$/i;

  function nativeControls() {
    var groups = nativeGroups();
    for (var i = 0; i < groups.length; i++) {
      var g = groups[i].filter(function (inp) { return !hidden(inp) || !hidden(optionBox(inp)); });
      if (!g.length) continue;
      var opts = choiceOptions(g);
      var stem = stemAround(g);
      var kind = choiceKind(choiceType(g[0]), opts);
      var q = question(stem.text, opts, kind, { images: imagesIn(stem.els, g.map(optionBox)) });
      propose({ q: q, region: lca(g), anchor: optionBox(g[0]), controls: g, score: 50, source: "native", generic: true });
    }
    for (var s = 0; s < allSelects.length; s++) {
      var sel = allSelects[s];
      if (hidden(sel)) continue;
      var so = selectOptions(sel);
      var sl = labelsOf(sel);
      var st = sl.length ? textOf(sl[0]) : labelledBy(sel) || clean(sel.getAttribute("aria-label"));
      // "Answer 1 Question 4", "Blank 2": a label that numbers the box
      // says nothing of what it asks; the text around it does.
      if (BOX_LABEL.test(st)) st = "";
      var sstem = st ? { text: st, els: [] } : stemAround([sel]);
      propose({ q: question(sstem.text, so, "dropdown", { images: imagesIn(sstem.els, []) }), region: sel, controls: [sel], score: 45, source: "select", generic: true });
    }
  }

