// quizstats dropdown reader: opens, reads and closes the custom dropdowns
// of a document whose options exist only while they are open (react-select,
// Headless UI's Listbox, most design systems' comboboxes). The extractor
// itself only reads; this script runs before it, and its result is passed
// to the extractor as options.opened: {rank: [option texts]}, rank being
// the combobox's place in the extractor's own enumeration (the same
// selector over the document and its open shadow roots, in that order).
//
// It selects nothing: it opens a dropdown as a pointer would, reads the
// options that appear, presses Escape and gives the focus back, so that
// the page is left as it was. It resolves to {opened, count}.
(async function quizstatsOpenDropdowns(maxOpen, waitMS) {
  "use strict";
  var roots = [document];
  (function walk(root) {
    var all = root.querySelectorAll("*");
    for (var i = 0; i < all.length; i++) {
      if (all[i].shadowRoot) {
        roots.push(all[i].shadowRoot);
        walk(all[i].shadowRoot);
      }
    }
  })(document);
  function qsa(sel, scope) {
    if (scope) return Array.prototype.slice.call(scope.querySelectorAll(sel));
    var out = [];
    roots.forEach(function (r) { out.push.apply(out, r.querySelectorAll(sel)); });
    return out;
  }
  function isCombobox(el) {
    var role = el.getAttribute("role");
    if (role === "combobox") return true;
    // aria-haspopup="true" alone is a menu button (site navigation).
    return el.getAttribute("aria-haspopup") === "listbox" && !/^(menu|menuitem|dialog|link)$/.test(role || "");
  }
  function visible(el) {
    var r = el.getBoundingClientRect();
    var s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none";
  }
  function listbox(cb) {
    var ids = ((cb.getAttribute("aria-controls") || "") + " " + (cb.getAttribute("aria-owns") || "")).split(/\s+/).filter(Boolean);
    var root = cb.getRootNode();
    for (var i = 0; i < ids.length; i++) {
      var el = (root.getElementById && root.getElementById(ids[i])) || document.getElementById(ids[i]);
      if (!el) continue;
      if (el.getAttribute("role") === "listbox") return el;
      var inner = el.querySelector("[role=listbox]");
      if (inner) return inner;
    }
    return null;
  }
  function clean(s) { return (s || "").replace(/\s+/g, " ").trim(); }
  // An option's text is its accessible name: aria-label, when it has one,
  // names it even when its content is something else (a value).
  function optionName(o) {
    var by = (o.getAttribute("aria-labelledby") || "").split(/\s+/).map(function (id) { var e = id && document.getElementById(id); return e ? clean(e.textContent) : ""; }).join(" ").trim();
    return by || clean(o.getAttribute("aria-label")) || clean(o.innerText || o.textContent);
  }
  function optionTexts(lb) {
    return qsa("[role=option]", lb).map(optionName).filter(Boolean);
  }
  // rowsIn reads the popup as a person sees it: the longest run of visible
  // sibling rows that share a class and carry text. Some dropdowns keep a
  // screen-reader listbox of only the options near the active one (or none
  // at all) and draw every option in a list of plain rows next to it.
  function rowsIn(popup) {
    var best = [];
    var all = [popup].concat(Array.prototype.slice.call(popup.querySelectorAll("*")));
    all.forEach(function (p) {
      var kids = Array.prototype.filter.call(p.children, function (c) { return visible(c) && clean(c.innerText); });
      if (kids.length < 2 || kids.length <= best.length) return;
      var first = (kids[0].getAttribute("class") || "").split(/\s+/).filter(Boolean);
      var common = first.filter(function (k) { return kids.every(function (c) { return c.localName === kids[0].localName && c.classList.contains(k); }); });
      if (!common.length && !kids.every(function (c) { return c.hasAttribute("aria-selected"); })) return;
      best = kids;
    });
    return best.map(function (c) { return clean(c.innerText); });
  }
  // popupOf is the element the listbox was shown in: its ancestor just
  // under <body> (a portal) or, inline, the listbox itself.
  function popupOf(lb) {
    var p = lb;
    while (p.parentElement && p.parentElement !== document.body) p = p.parentElement;
    return p.parentElement === document.body ? p : lb;
  }
  function shownOptions(lb) {
    var named = qsa("[role=option]", lb).filter(visible).map(optionName).filter(Boolean);
    if (!visible(lb) || named.length < optionTexts(lb).length || !named.length) {
      var rows = rowsIn(popupOf(lb));
      if (rows.length > named.length) return rows.length >= optionTexts(lb).length ? rows : optionTexts(lb);
      return named.length ? named : optionTexts(lb);
    }
    return named;
  }
  // A combobox that names no listbox but sits in a custom element holding
  // its options (roles set in ElementInternals) is read as it is.
  var OPTION_TAG = /-(option|select-option|select-item|list-item|item)$/;
  function nearbyOptions(cb) {
    for (var up = cb.parentElement || (cb.parentNode && cb.parentNode.host), d = 0; up && d < 3 && up !== document.body; up = up.parentElement || (up.parentNode && up.parentNode.host), d++) {
      if (up.localName.indexOf("-") < 0) continue;
      return Array.prototype.filter.call(up.querySelectorAll("*"), function (e) { return e.getAttribute("role") === "option" || OPTION_TAG.test(e.localName); }).length;
    }
    return 0;
  }
  function pointAt(x, y) {
    var el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      var inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }
  function composedContains(a, b) {
    for (var x = b; x; x = x.parentElement || (x.parentNode && x.parentNode.host)) if (x === a) return true;
    return false;
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
  function fire(el, type, Ctor, init) {
    el.dispatchEvent(new Ctor(type, Object.assign({ bubbles: true, cancelable: true, composed: true, view: window }, init)));
  }

  var boxes = qsa("[role=combobox], [aria-haspopup=listbox]").filter(function (el) { return isCombobox(el) && el.localName !== "select"; });
  var opened = {};
  var count = 0;
  var focus = document.activeElement;
  var scroll = [window.scrollX, window.scrollY];
  var scrolled = false;
  for (var rank = 0; rank < boxes.length && count < maxOpen; rank++) {
    var cb = boxes[rank];
    if (!visible(cb) || cb.getAttribute("aria-disabled") === "true" || cb.disabled) continue;
    var lb = listbox(cb);
    if (lb && optionTexts(lb).length) continue; // readable as it is
    if (!lb && nearbyOptions(cb)) continue;
    var before = new Set(qsa("[role=listbox]"));
    // A react-select style combobox is an <input> inside its control: the
    // control takes the pointer.
    var target = cb.localName === "input" && cb.parentElement ? cb.parentElement.closest("[class*=control], [class*=Control]") || cb : cb;
    var r = target.getBoundingClientRect();
    // Out of the viewport nothing is under a pointer: bring it in (the
    // scroll is put back at the end).
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) {
      target.scrollIntoView({ block: "center", inline: "center" });
      scrolled = true;
      r = target.getBoundingClientRect();
    }
    var at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
    // A pointer presses what is on top at that point, inside the control
    // (the widget's own box, where its handlers listen), not the wrapper.
    var hit = pointAt(at.clientX, at.clientY);
    if (hit && hit !== target && composedContains(target, hit)) target = hit;
    fire(target, "pointerdown", PointerEvent, Object.assign({ pointerType: "mouse", isPrimary: true }, at));
    fire(target, "mousedown", MouseEvent, at);
    fire(target, "pointerup", PointerEvent, Object.assign({ pointerType: "mouse", isPrimary: true }, at));
    fire(target, "mouseup", MouseEvent, at);
    fire(target, "click", MouseEvent, at);
    var texts = [];
    for (var waited = 0; waited < waitMS && !texts.length; waited += 25) {
      await sleep(25);
      var now = listbox(cb);
      // A new listbox, or a screen-reader one of no size in a popup that
      // is shown.
      if (!now) now = qsa("[role=listbox]").filter(function (l) { return !before.has(l) && (visible(l) || visible(popupOf(l))); })[0] || null;
      if (now) texts = shownOptions(now);
    }
    // Close it again, as a person would.
    var esc = { key: "Escape", code: "Escape", keyCode: 27, which: 27 };
    var active = document.activeElement || cb;
    fire(active, "keydown", KeyboardEvent, esc);
    fire(active, "keyup", KeyboardEvent, esc);
    if (cb.getAttribute("aria-expanded") === "true") fire(target, "click", MouseEvent, at);
    if (texts.length) {
      opened[rank] = texts.slice(0, 200);
      count++;
    }
  }
  if (count) {
    await sleep(50);
    if (focus && focus.focus && focus !== document.body) focus.focus();
    else if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  }
  if (count || scrolled) window.scrollTo(scroll[0], scroll[1]);
  return { opened: opened, count: count };
})
