  // ---------------------------------------------------------------------
  // Text
  // ---------------------------------------------------------------------

  function clean(s) {
    return (s || "").replace(/[\s\u200b\ufeff]+/g, " ").trim();
  }

  function clip(s) {
    return s.length > LIMITS.textChars ? s.slice(0, LIMITS.textChars) + "…" : s;
  }

  var INLINE = /^(inline|inline-block|inline-flex|inline-grid|inline-table|contents|ruby)$/;
  var BLOCK_TAGS = /^(address|article|aside|blockquote|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|thead|tfoot|tr|td|th|ul|legend|caption)$/;

  function isBlock(el) {
    var d = style(el).display;
    if (d) return !INLINE.test(d);
    return BLOCK_TAGS.test(el.localName);
  }

  // Enumerators rendered in their own element ("a.", "B.") are left out of
  // option and question text; the ground truth the extractor is measured
  // against keeps literal label text.
  function isEnumerator(el) {
    var c = cls(el);
    // A numbering class on an element that holds the whole choice (an
    // author's HTML copied from a platform) numbers nothing: it is the text.
    if (/(^|\s)(answernumber|multi-choice-letter|multiple-choice-numbering|ordinal-number|qno|question-number|wpProQuiz_question_number|ays_quiz_question_number)(\s|$)/.test(c)) return el.textContent.trim().length <= 12;
    // Any library's numbering in an element of its own ("1.", "Q3)",
    // "(b)"), ahead of the text it numbers: a leaf whose whole text is
    // the enumerator, followed by more text in the same parent.
    if (el.children.length || !el.nextSibling && !el.nextElementSibling) return false;
    var t = el.textContent.trim();
    if (!/^(\(?\d{1,3}[.)]|[qQ]\d{1,3}[.):]?|\(?[a-hA-H][.)]|\([a-hA-H]\))$/.test(t)) return false;
    for (var prev = el.previousSibling; prev; prev = prev.previousSibling) if (clean(prev.textContent)) return false;
    var p = el.parentNode;
    return !!p && clean(p.textContent).length > t.length + 1;
  }

  function isRequiredMark(el) {
    var t = el.textContent.trim();
    if (t !== "*" && t !== "∗") return false;
    return true;
  }

  // textOf returns the visible text of el: hidden and screen-reader-only
  // parts left out, blocks separated by a space, whitespace collapsed. It
  // reads the flat tree, as the page is rendered: a web component's shadow
  // content in place of its light children, each <slot> filled with the
  // nodes assigned to it.
  // opts.skip: a Set of elements to leave out; opts.blanks: an array that
  // collects in-text controls, which are written as "[blank N]".
  function textOf(el, opts) {
    if (!el) return "";
    opts = opts || {};
    var out = [];
    // opts.stop: read only the text before this element.
    var stopPath = null;
    var stopped = false;
    if (opts.stop) {
      stopPath = new Set();
      for (var a = opts.stop; a && a !== el; a = parentOf(a)) stopPath.add(a);
    }
    function kids(node) {
      for (var ch = node.firstChild; ch && !stopped; ch = ch.nextSibling) one(ch);
    }
    function one(ch) {
      if (stopPath && stopPath.has(ch)) {
        if (ch === opts.stop) {
          stopped = true;
          return;
        }
        inner(ch);
        return;
      }
      if (ch.nodeType === 3) {
        out.push(ch.data);
        return;
      }
      if (ch.nodeType !== 1) return;
      var tag = ch.localName;
      if (tag === "br") {
        out.push(" ");
        return;
      }
      if (opts.skip && opts.skip.has(ch)) {
        out.push(" ");
        return;
      }
      if (tag === "select" || tag === "textarea" || (tag === "input" && ch.type !== "hidden") || hasClass(ch, "drop") && opts.blanks) {
        if (opts.blanks && !hidden(ch) && (tag !== "input" || !/^(radio|checkbox|button|submit|reset|image)$/.test(ch.type))) {
          opts.blanks.push(ch);
          out.push(" [blank " + opts.blanks.length + "] ");
        }
        return;
      }
      if (tag === "svg") return;
      if (hidden(ch) || isEnumerator(ch) || isRequiredMark(ch)) return;
      if (tag === "button" && opts.noButtons) return;
      var block = isBlock(ch);
      if (block) out.push(" ");
      inner(ch);
      if (block) out.push(" ");
    }
    function inner(node) {
      if (node.shadowRoot) return kids(node.shadowRoot);
      if (node.localName === "slot" && node.assignedNodes) {
        var assigned = node.assignedNodes({ flatten: true });
        if (assigned.length) {
          for (var i = 0; i < assigned.length && !stopped; i++) one(assigned[i]);
          return;
        }
      }
      kids(node);
    }
    inner(el);
    return clip(clean(out.join("")));
  }

  // labelText gives the label of a control the way assistive technology
  // would, minus hidden duplicates.
  function labelledBy(el) {
    var ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    var parts = [];
    for (var i = 0; i < ids.length; i++) {
      var t = byId(ids[i], el);
      if (t && t !== el && !hidden(t)) parts.push(textOf(t));
    }
    return clean(parts.join(" "));
  }

  // forLabels maps an id to the <label for=id> elements naming it, so that
  // a label can name what is not a form control (a form renderer's
  // <label for="q1"> above <div id="q1"> holding the radio buttons).
  var forLabelMap = null;
  function forLabels(el) {
    if (!el.id) return [];
    if (!forLabelMap) {
      forLabelMap = new Map();
      qsa("label[for]").forEach(function (lab) {
        var key = lab.htmlFor;
        if (!forLabelMap.has(key)) forLabelMap.set(key, []);
        forLabelMap.get(key).push(lab);
      });
    }
    var root = el.getRootNode ? el.getRootNode() : doc;
    return (forLabelMap.get(el.id) || []).filter(function (l) { return l.getRootNode() === root; });
  }

  // accName is the accessible name the browser would compute for el,
  // following accname's order: aria-labelledby, aria-label, the native
  // label (<label for>, a wrapping <label>, a fieldset's <legend>), a web
  // component's label attribute, then title. Hidden labels do not count.
  function accName(el) {
    if (!el || el.nodeType !== 1) return "";
    var t = labelledBy(el) || clean(el.getAttribute("aria-label"));
    if (t) return t;
    var tag = el.localName;
    var labs = /^(input|select|textarea|button|meter|output|progress)$/.test(tag) ? labelsOf(el) : forLabels(el);
    for (var i = 0; i < labs.length && !t; i++) if (!hidden(labs[i])) t = textOf(labs[i], { skip: new Set([el]) });
    if (t) return t;
    if (tag === "fieldset") {
      var legend = el.querySelector(":scope > legend");
      if (legend && !hidden(legend)) t = textOf(legend);
    }
    if (!t && tag.indexOf("-") > 0) t = clean(el.getAttribute("label"));
    return t || clean(el.getAttribute("title"));
  }

  // groupName names a container of answer controls (fieldset, ARIA group,
  // a form renderer's field, a web component) by what labels it, never by
  // its content.
  function groupName(el) {
    if (!el || el.nodeType !== 1 || el === doc.body) return "";
    var tag = el.localName;
    var role = el.getAttribute("role") || "";
    var t = labelledBy(el) || clean(el.getAttribute("aria-label"));
    if (!t) {
      var labs = forLabels(el);
      for (var i = 0; i < labs.length && !t; i++) if (!hidden(labs[i])) t = textOf(labs[i]);
    }
    if (!t && tag === "fieldset") t = accName(el);
    if (!t && tag.indexOf("-") > 0) t = clean(el.getAttribute("label"));
    if (!t && (role === "radiogroup" || role === "group")) t = clean(el.getAttribute("title"));
    return t;
  }

  function imageName(img) {
    var alt = clean(img.getAttribute("alt"));
    if (alt) return alt;
    var src = img.getAttribute("x-original-source") || img.getAttribute("data-src") || img.getAttribute("src") || "";
    if (/^data:/.test(src)) return "";
    var name = src.split(/[?#]/)[0].split("/").pop();
    try {
      return decodeURIComponent(name);
    } catch (e) {
      return name;
    }
  }

  // imageOnlyText names an option or item that shows only an image.
  function imageOnlyText(el) {
    var img = el.localName === "img" ? el : el.querySelector && el.querySelector("img");
    if (!img || hidden(img)) return "";
    var name = imageName(img);
    return name ? "[image: " + name + "]" : "[image]";
  }

