  // ---------------------------------------------------------------------
  // Visibility (memoized: one getComputedStyle per element at most)
  // ---------------------------------------------------------------------

  var styleCache = new Map();
  function style(el) {
    var s = styleCache.get(el);
    if (!s) {
      s = getComputedStyle(el);
      styleCache.set(el, s);
    }
    return s;
  }

  // Class names that mean "for screen readers only" or "hidden" on common
  // frameworks; saved pages often lack their stylesheets, and real pages
  // use them to carry duplicates of visible text.
  // The "hidden" class names are trusted only when some stylesheet failed
  // to load (a saved page without its CSS): with the styles there, the
  // computed style is the truth ("hidden md:block" is shown on a desktop).
  var stylesMissing = qsa("link[rel~=stylesheet]").some(function (l) { return !l.sheet && !l.disabled; });
  var SR_ONLY = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|screen-reader-only|accesshide|watupro-screen-reader|accessibility-reader-no-display|a11y-hidden|assistive-text|element-invisible|offscreen|cdk-visually-hidden|ui-helper-hidden-accessible|sr_only|show-for-sr)(\s|$)/;
  var HIDDEN_CLASS = /(^|\s)(hidden|d-none|hide|is-hidden|invisible|display-none|u-hidden|NotVisible|not-visible)(\s|$)/;

  var hiddenCache = new Map();
  // hidden reports whether el is not rendered for a sighted reader:
  // display:none, visibility:hidden, the hidden attribute, template
  // content, screen-reader-only, or collapsed to nothing.
  function hidden(el) {
    if (!el || el.nodeType !== 1) return false;
    var v = hiddenCache.get(el);
    if (v !== undefined) return v;
    v = computeHidden(el);
    hiddenCache.set(el, v);
    return v;
  }
  function computeHidden(el) {
    var tag = el.localName;
    if (tag === "script" || tag === "style" || tag === "template" || tag === "noscript" || tag === "head" || tag === "title") return true;
    if (el.hasAttribute("hidden") && tag !== "input") return true;
    var p = parentOf(el);
    if (p && hidden(p)) {
      // visibility:visible can undo an ancestor's visibility:hidden, but
      // nothing undoes display:none or our class heuristics.
      return true;
    }
    var c = cls(el);
    if (c && (SR_ONLY.test(c) || (stylesMissing && HIDDEN_CLASS.test(c)))) return true;
    var s = style(el);
    if (s.display === "none") return true;
    if (s.visibility === "hidden" || s.visibility === "collapse") return true;
    if (s.position === "absolute" || s.position === "fixed") {
      // The usual screen-reader-only recipes: clipped to a 1px box, or
      // moved far off screen.
      if (s.clip && s.clip.indexOf("rect(0") === 0) return true;
      var box = el.getBoundingClientRect();
      if (box.right < -500 || box.bottom < -500) return true;
      if (s.clipPath && /inset\(50%|circle\(0/.test(s.clipPath)) return true;
      var w = parseFloat(s.width), h = parseFloat(s.height);
      if (w <= 1 && h <= 1 && s.overflow === "hidden") return true;
    }
    if (s.opacity === "0" && tag !== "input") return true;
    if (s.overflow === "hidden" || s.overflow === "clip") {
      // A box collapsed to nothing that clips its content shows nothing.
      var r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return true;
    }
    return false;
  }

  // zeroSize is for containers: a question block collapsed to nothing is
  // not shown (e.g. inactive pages of a paged quiz kept at height 0).
  function zeroSize(el) {
    if (style(el).display === "contents") return false;
    var r = el.getBoundingClientRect();
    return r.width === 0 && r.height === 0;
  }

  function visibleBlock(el) {
    return !hidden(el) && !zeroSize(el);
  }

  // ariaHidden: inside an aria-hidden="true" subtree (templates, visual
  // duplicates kept away from assistive technology).
  function ariaHidden(el) {
    for (var x = el; x; x = parentOf(x)) {
      if (x.getAttribute && x.getAttribute("aria-hidden") === "true") return true;
    }
    return false;
  }

