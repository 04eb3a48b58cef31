  // ---------------------------------------------------------------------
  // Generic: ARIA widgets
  // ---------------------------------------------------------------------

  // An option's text is what a sighted reader sees next to it: its own
  // text, else what names it (aria-labelledby, aria-label, a <label for>
  // beside it, the <label> around it), else its image.
  function ariaOptionText(el) {
    var lab = closestDeep(el, "label");
    var own = textOf(el);
    var named = accName(el);
    // A visible text that the name repeats with extras ("Mars, 2 of 4")
    // is the option; a name and no text (an empty styled box) is too.
    return own || named || (lab && textOf(lab)) || imageOnlyText(el) || clean(el.getAttribute("data-value"));
  }

  // stripRowLabel removes the row label and the words joining it from
  // options that all end with it; null when they do not.
  function stripRowLabel(opts, label) {
    if (opts.length < 2) return null;
    var rest = [];
    for (var i = 0; i < opts.length; i++) {
      if (opts[i].length <= label.length || opts[i].slice(-label.length) !== label) return null;
      rest.push(opts[i].slice(0, -label.length));
    }
    // The common tail left (", response for ") goes too.
    var tail = rest[0];
    for (var k = 1; k < rest.length; k++) {
      while (tail && rest[k].slice(-tail.length) !== tail) tail = tail.slice(1);
    }
    var out = rest.map(function (r) { return clean(r.slice(0, r.length - tail.length).replace(/[\s,;:–-]+$/, "")); });
    return out.every(Boolean) ? out : null;
  }

  function ariaWidgets() {
    var groups = new Map();
    var keys = [];
    for (var i = 0; i < allAria.length; i++) {
      var el = allAria[i];
      if (ariaHidden(el) || hidden(el)) continue;
      var role = el.getAttribute("role");
      var container = role === "option" ? closestDeep(el, "[role=listbox]") : closestDeep(el, "[role=radiogroup], [role=group], [role=list], [role=menu]") || parentOf(el);
      if (!container) continue;
      if (role === "option" && closestDeep(container, "select")) continue;
      if (!groups.has(container)) {
        groups.set(container, []);
        keys.push(container);
      }
      groups.get(container).push(el);
    }
    for (var k = 0; k < keys.length; k++) {
      var container = keys[k];
      var items = groups.get(container);
      var role = items[0].getAttribute("role");
      var opts = items.map(ariaOptionText).filter(function (t) { return !PLACEHOLDER.test(t); });
      var text = groupName(container);
      if (/^(question|q|frage|pregunta|question n°)\s*\d+$/i.test(text)) text = "";
      // Accessible grids name each cell "Column, response for Row": the
      // group is one row of a grid, its options the column names.

      var controls = role === "option" ? [container].concat(items) : items;
      var astem = text ? { text: text, els: [] } : stemAround(controls);
      var gridRow = false;
      var stripped = astem.text.length >= 2 ? stripRowLabel(opts, astem.text) : null;
      if (stripped) {
        opts = stripped;
        gridRow = true;
      }
      var kind = role === "option" ? "dropdown" : role === "checkbox" ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single";
      propose({ q: question(astem.text, opts, kind, { images: imagesIn(astem.els, items) }), region: container, anchor: container, controls: controls, score: 55, source: "aria", generic: true, gridRow: gridRow });
    }
  }


  // Rating scales drawn as a slider (stars, a 1–10 scale: role=slider or
  // <input type=range>): a question answered on a scale, named by what
  // labels the slider.
  // A media player's seek bar and volume, a price filter and a zoom
  // control are sliders too.
  var NOT_RATING = /\b(volume|seek|progress|playback|position|time|timeline|scrub|zoom|brightness|contrast|speed|price|budget|distance|radius|min(imum)?|max(imum)?|page|slide|carousel)\b/i;
  function ratingScales() {
    qsa("[role=slider], input[type=range]").forEach(function (el) {
      if (hidden(el) || ariaHidden(el)) return;
      var lab = labelsOf(el);
      var name = labelledBy(el) || (lab.length ? textOf(lab[0]) : "") || clean(el.getAttribute("aria-label"));
      var stem = name ? { text: name, els: [] } : stemAround([el]);
      // A control's short label says what it sets; a question about time
      // or price is longer.
      if (stem.text.length < 30 && NOT_RATING.test(stem.text) || NOT_RATING.test(cls(el)) || NOT_RATING.test(el.getAttribute("name") || "")) return;
      // A player's controls sit next to its video, in the same block.
      var player = false;
      for (var up = parentOf(el), depth = 0; up && up !== doc.body && depth < 3 && !hasForeign(up, new Set([el])); up = parentOf(up), depth++) if (up.querySelector("video, audio")) player = true;
      if (player) return;
      propose({ q: question(dropInstructions(stem.text), [], "rating"), region: el, anchor: el, controls: [el], score: 44, source: "rating", generic: true });
    });
  }
