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
  function optionTexts(lb) {
    return qsa("[role=option]", lb).map(function (o) { return (o.innerText || o.textContent || "").replace(/\s+/g, " ").trim(); }).filter(Boolean);
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
  for (var rank = 0; rank < boxes.length && count < maxOpen; rank++) {
    var cb = boxes[rank];
    if (!visible(cb) || cb.getAttribute("aria-disabled") === "true" || cb.disabled) continue;
    var lb = listbox(cb);
    if (lb && optionTexts(lb).length) continue; // readable as it is
    var before = new Set(qsa("[role=listbox]"));
    // A react-select style combobox is an <input> inside its control: the
    // control takes the pointer.
    var target = cb.localName === "input" && cb.parentElement ? cb.parentElement.closest("[class*=control], [class*=Control]") || cb : cb;
    var r = target.getBoundingClientRect();
    var at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0 };
    fire(target, "pointerdown", PointerEvent, Object.assign({ pointerType: "mouse", isPrimary: true }, at));
    fire(target, "mousedown", MouseEvent, at);
    fire(target, "pointerup", PointerEvent, Object.assign({ pointerType: "mouse", isPrimary: true }, at));
    fire(target, "mouseup", MouseEvent, at);
    fire(target, "click", MouseEvent, at);
    var texts = [];
    for (var waited = 0; waited < waitMS && !texts.length; waited += 25) {
      await sleep(25);
      var now = listbox(cb);
      if (!now) now = qsa("[role=listbox]").filter(function (l) { return !before.has(l) && visible(l); })[0] || null;
      if (now) texts = optionTexts(now);
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
    window.scrollTo(scroll[0], scroll[1]);
  }
  return { opened: opened, count: count };
})
