  // ---------------------------------------------------------------------
  // Generic: ARIA widgets
  // ---------------------------------------------------------------------

  function ariaOptionText(el) {
    var lab = el.closest("label");
    return clean(el.getAttribute("aria-label")) || labelledBy(el) || textOf(el) || (lab && textOf(lab)) || imageOnlyText(el) || clean(el.getAttribute("data-value"));
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
      var container = role === "option" ? el.closest("[role=listbox]") : el.closest("[role=radiogroup], [role=group], [role=list], [role=menu]") || parentOf(el);
      if (!container) continue;
      if (role === "option" && container.closest("select")) continue;
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
      var text = labelledBy(container) || clean(container.getAttribute("aria-label"));
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

