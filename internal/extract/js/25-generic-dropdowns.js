  // ---------------------------------------------------------------------
  // Generic: custom dropdowns (ARIA comboboxes, web-component selects)
  // ---------------------------------------------------------------------

  function isCombobox(el) {
    var role = el.getAttribute("role");
    if (role === "combobox") return true;
    // aria-haspopup="true" alone is a menu button (site navigation).
    return el.getAttribute("aria-haspopup") === "listbox" && !/^(menu|menuitem|dialog|link)$/.test(role || "");
  }

  // The listbox a combobox opens: named by aria-controls or aria-owns,
  // possibly in a popup at the end of <body>, possibly hidden while it is
  // closed (its options are the answers all the same).
  function listboxOf(cb) {
    var ids = ((cb.getAttribute("aria-controls") || "") + " " + (cb.getAttribute("aria-owns") || "")).split(/\s+/).filter(Boolean);
    for (var i = 0; i < ids.length; i++) {
      var el = byId(ids[i], cb);
      if (!el) continue;
      if (el.getAttribute("role") === "listbox") return el;
      var inner = el.querySelector("[role=listbox]");
      if (inner) return inner;
    }
    return null;
  }

  function listboxOptions(lb) {
    return qsa("[role=option]", lb).filter(function (o) { return !ariaHidden(o) || hidden(lb); }).map(function (o) { return textOf(o) || accName(o) || clean(o.textContent); }).filter(function (t) { return t && !PLACEHOLDER.test(t); });
  }

  // nearbyOptions reads the options of a combobox that names no listbox
  // but sits in a widget that holds them all the same: a design system's
  // <x-dropdown> around the button and an <x-listbox> of <x-option>s, whose
  // roles are set in ElementInternals, not in attributes. The widget is
  // the nearest custom element around the combobox that holds no other.
  function nearbyOptions(cb) {
    var host = null;
    for (var up = parentOf(cb), d = 0; up && d < 3 && up !== doc.body; up = parentOf(up), d++) {
      if (up.localName.indexOf("-") > 0) {
        host = up;
        break;
      }
    }
    if (!host) return [];
    var others = qsa("[role=combobox], select, input, textarea", host).filter(function (e) { return e !== cb && !contains(cb, e); });
    if (others.length) return [];
    var items = qsa("[role=option]", host).concat(qsa("*", host).filter(function (e) { return OPTION_TAG.test(e.localName) && !e.hasAttribute("role"); }));
    items.sort(function (a, b) { return pos(a) - pos(b); });
    return items.map(function (o) { return accName(o) || textOf(o) || clean(o.textContent) || clean(o.getAttribute("value")); }).filter(function (t) { return t && !PLACEHOLDER.test(t); });
  }

  // opened holds the options of the comboboxes that the driver opened
  // and closed before this run, keyed by their rank among the page's
  // comboboxes (options.opened).
  var openedLists = (options.opened && typeof options.opened === "object") ? options.opened : {};

  var SELECT_TAG = /-select$/;
  var OPTION_TAG = /-(option|select-option|select-item|list-item|item)$/;

  function customDropdowns() {
    var boxes = qsa("[role=combobox], [aria-haspopup=listbox]").filter(function (el) { return isCombobox(el) && el.localName !== "select"; });
    var seen = new Set();
    boxes.forEach(function (cb, rank) {
      if (hidden(cb) || ariaHidden(cb) || partFields.has(cb)) return;
      // A combobox made of an input inside a labelled wrapper counts once.
      var top = cb;
      for (var up = parentOf(cb); up && isCombobox(up); up = parentOf(up)) top = up;
      if (seen.has(top)) return;
      seen.add(top);
      var lb = listboxOf(cb) || (cb !== top && listboxOf(top));
      var opts = lb ? listboxOptions(lb) : nearbyOptions(cb);
      var key = String(rank);
      // What the driver saw open wins over a closed listbox that keeps only
      // some options (a screen-reader copy of those near the active one).
      var seenOpen = Array.isArray(openedLists[key]) ? openedLists[key].map(clean).filter(function (t) { return t && !PLACEHOLDER.test(t); }) : [];
      if (seenOpen.length > opts.length) opts = seenOpen;
      var name = accName(cb) || accName(top);
      var stem = name && !PLACEHOLDER.test(name) ? { text: name, els: [] } : stemAround([top]);
      var controls = [top];
      if (cb !== top) controls.push(cb);
      if (lb) controls.push(lb);
      propose({ q: question(dropInstructions(stem.text), opts, "dropdown"), region: top, anchor: top, controls: controls, score: 54, source: "combobox", generic: true });
    });
    // <md-outlined-select label="..."><md-select-option>…</md-select-option>
    customEls.forEach(function (el) {
      if (!SELECT_TAG.test(el.localName) || seen.has(el) || hidden(el)) return;
      var items = Array.prototype.filter.call(el.children, function (c) { return OPTION_TAG.test(c.localName); });
      if (!items.length) return;
      // A closed menu hides its options; their text is still theirs.
      var opts = items.map(function (c) { return textOf(c) || clean(c.textContent) || clean(c.getAttribute("label")) || clean(c.getAttribute("value")); }).filter(function (t) { return t && !PLACEHOLDER.test(t); });
      var name = groupName(el) || accName(el);
      var stem = name ? { text: name, els: [] } : stemAround([el]);
      propose({ q: question(dropInstructions(stem.text), opts, "dropdown"), region: el, anchor: el, controls: [el].concat(items), score: 54, source: "wc-select", generic: true });
    });
  }
