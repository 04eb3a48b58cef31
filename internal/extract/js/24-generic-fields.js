  // ---------------------------------------------------------------------
  // Generic: typed answers (text boxes) and blanks inside a sentence
  // ---------------------------------------------------------------------

  // Fields that hold who the person is or what they want, never an answer.
  var PERSONAL_FIELD = /^(e-?mail|password|search|tel|url)$/i;
  var PERSONAL_NAME = /(^|[\s_\-\[\].])(e-?mail|mail|user(name)?|login|pass(word)?|pwd|search|query|q|first[\s_-]?name|last[\s_-]?name|full[\s_-]?name|surname|name|phone|tel|mobile|address|street|city|zip|postal|postcode|country|state|company|card|cvc|cvv|coupon|promo|captcha|otp|code)($|[\s_\-\[\].])/i;
  var PERSONAL_LABEL = /^(your )?(e-?mail( address)?|name|full name|first name|last name|surname|phone( number)?|password|username|user name|company|city|zip( code)?|postal code|address|country|website|student (id|number)|id|matriculation number|nombre|correo( electrónico)?|apellidos?|vorname|nachname|nom|prénom|courriel)\s*[*:]?$/i;

  function isTextField(el) {
    if (el.localName === "textarea") return true;
    if (el.localName !== "input") return false;
    // A combobox's text box picks from a list: it is a dropdown.
    if (isCombobox(el)) return false;
    var t = (el.getAttribute("type") || "text").toLowerCase();
    return t === "text" || t === "number" || t === "date" || t === "time" || t === "datetime-local" || t === "month" || t === "week";
  }

  function personalField(el) {
    var ac = (el.getAttribute("autocomplete") || "").toLowerCase();
    if (ac && !/^(off|on|nope|false)$/.test(ac)) return true;
    if (PERSONAL_FIELD.test(el.getAttribute("type") || "") || PERSONAL_FIELD.test(el.getAttribute("inputmode") || "")) return true;
    if (/\b(comments?|message|reply|search|e-?mail|username|password|coupon|promo code|discount code|what's on your mind)\b/i.test(el.getAttribute("placeholder") || "")) return true;
    if (/(^|[\s_-])(comments?|reply|chat|message|composer)([\s_-]|$)/i.test(cls(el))) return true;
    var id = (el.getAttribute("name") || "") + " " + (el.id || "");
    return PERSONAL_NAME.test(id.replace(/([a-z])([A-Z])/g, "$1_$2"));
  }

  // inlineBlock is the block a field sits in as part of a sentence ("The
  // capital of France is [___]."), or null when the field stands on its own
  // line under its label.
  function inlineBlock(el) {
    var b = parentOf(el);
    while (b && b !== doc.body && !isBlock(b)) b = parentOf(b);
    if (!b || b === doc.body || b.localName === "label" || b.localName === "td" && b.children.length === 1) return null;
    if (b.querySelector("input[type=radio], input[type=checkbox], [role=radio], [role=checkbox]")) return null;
    var blanks = [];
    var t = textOf(b, { blanks: blanks });
    var at = t.indexOf("[blank 1]");
    if (at < 0 || !blanks.length) return null;
    var before = clean(t.slice(0, at));
    var after = clean(t.slice(t.indexOf("]", at) + 1).replace(/\[blank \d+\]/g, ""));
    // A label and its field on one line ("Answer: [___]") is a field under
    // its label; words on both sides, or several blanks, make a sentence.
    if (blanks.length >= 2 && (before || after)) return b;
    if (before.length >= 3 && after.length >= 1 && !/^[.?!:]$/.test(after) || before.length >= 3 && /^[.?!,;]/.test(after) && !/[:?]$/.test(before)) return b;
    return null;
  }

  function fieldKind(el) {
    if (el.localName === "textarea") return "paragraph";
    var t = (el.getAttribute("type") || "").toLowerCase();
    if (t === "date" || t === "month" || t === "week" || t === "datetime-local") return "date";
    if (t === "time") return "time";
    return "";
  }

  // Date and time entered in parts ("Day", "Month", "Year"): the parts
  // are one answer to the question around them.
  var PART_LABEL = /^(day|month|year|dd|mm|yy|yyyy|day of the month|hours?|minutes?|seconds?|hh|ss|am\/pm|día|mes|año|tag|monat|jahr|jour|mois|année|dia|ano)$/i;
  function partsGroup(el, label) {
    if (!PART_LABEL.test(label)) return null;
    for (var g = parentOf(el), depth = 0; g && g !== doc.body && depth < 10; g = parentOf(g), depth++) {
      var parts = qsa("input, select", g).filter(function (x) { return !hidden(x) && x.type !== "hidden"; });
      if (parts.length < 2) continue;
      var ok = parts.every(function (x) { return (isTextField(x) || x.localName === "select" || isCombobox(x)) && PART_LABEL.test(accName(x) || clean(x.getAttribute("placeholder"))); });
      return ok ? parts : null;
    }
    return null;
  }

  // The parts of dates and times read as one question (see partsGroup).
  var partFields = new Set();

  function fieldQuestions() {
    var seenBlocks = new Set();
    var seenParts = new Set();
    qsa("input, textarea, select").forEach(function (el) {
      var combo = el.localName === "input" && isCombobox(el);
      if (el.localName !== "select" && !isTextField(el) && !combo) return;
      if (hidden(el) || ariaHidden(el)) return;
      if (el.localName !== "select" && !combo && personalField(el)) return;
      var label = el.localName === "select" ? "" : accName(el);
      if (seenParts.has(el)) return;
      var parts = partsGroup(el, label || clean(el.getAttribute("placeholder")));
      if (parts) {
        parts.forEach(function (x) { seenParts.add(x); partFields.add(x); });
        var pstem = stemAround(parts);
        if (!pstem.text) return;
        var pq = question(pstem.text, [], "text");
        pq.input = /hour|minute|hh|am\/pm/i.test(label) ? "time" : "date";
        propose({ q: pq, region: lca(parts), anchor: parts[0], controls: parts, score: 44, source: "field", generic: true });
        return;
      }
      if (combo) return; // customDropdowns reads it
      var b = inlineBlock(el);
      if (b) {
        if (seenBlocks.has(b)) return;
        seenBlocks.add(b);
        var blanks = [];
        var text = textOf(b, { blanks: blanks });
        var subs = blanks.map(function (x, n) {
          return x.localName === "select" ? { text: "Blank " + (n + 1), options: selectOptions(x), kind: "dropdown" } : { text: "Blank " + (n + 1), options: [], kind: "text" };
        });
        // The sentence may follow its own stem ("Fill in the blank:").
        var stem = stemAround(blanks, b);
        if (stem.text && stem.text !== text && stem.text.length < 160 && /[:?？؟]$/.test(stem.text)) text = stem.text + " " + text;
        propose({ q: question(text, [], "cloze", { subquestions: subs }), region: b, anchor: b, controls: blanks, score: 52, source: "cloze", generic: true });
        return;
      }
      if (el.localName === "select") return; // nativeControls reads it
      // "Your answer" names the box, not the question ("Numerical
      // answer", "Short answer" too). So does "Answer:" in any language.
      if (/^((your|my|the|numerical|numeric|number|short|text|final|correct) )?(answer|response|reply)( here)?\s*[:*]?$|^(type|enter|write) (your|an|the) (answer|response)|^((tu|su|votre|ihre|sua) )?(respuesta|réponse|antwort|resposta|risposta|antwoord|odpowiedź|答案|回答|解答)\s*[:：*]?$/i.test(label)) label = "";
      var stem = label ? { text: dropInstructions(label), els: labelsOf(el) } : stemAround([el]);
      var text = stem.text;
      if (!text || PERSONAL_LABEL.test(text)) return;
      var q = question(text, [], "text", { images: imagesIn(stem.els, []) });
      var sub = fieldKind(el);
      if (sub) q.input = sub;
      propose({ q: q, region: el, anchor: el, controls: [el], score: 44, source: "field", generic: true });
    });
  }
