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
    if (/(^|\s)(answernumber|multi-choice-letter|multiple-choice-numbering|ordinal-number|qno|question-number|wpProQuiz_question_number|ays_quiz_question_number)(\s|$)/.test(c)) return true;
    return false;
  }

  function isRequiredMark(el) {
    var t = el.textContent.trim();
    if (t !== "*" && t !== "∗") return false;
    return true;
  }

  // textOf returns the visible text of el: hidden and screen-reader-only
  // parts left out, blocks separated by a space, whitespace collapsed.
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
    (function rec(node) {
      for (var ch = node.firstChild; ch && !stopped; ch = ch.nextSibling) {
        if (stopPath && stopPath.has(ch)) {
          if (ch === opts.stop) {
            stopped = true;
            return;
          }
          rec(ch);
          continue;
        }
        if (ch.nodeType === 3) {
          out.push(ch.data);
          continue;
        }
        if (ch.nodeType !== 1) continue;
        var tag = ch.localName;
        if (tag === "br") {
          out.push(" ");
          continue;
        }
        if (opts.skip && opts.skip.has(ch)) {
          out.push(" ");
          continue;
        }
        if (tag === "select" || tag === "textarea" || (tag === "input" && ch.type !== "hidden") || hasClass(ch, "drop") && opts.blanks) {
          if (opts.blanks && !hidden(ch) && (tag !== "input" || !/^(radio|checkbox|button|submit|reset|image)$/.test(ch.type))) {
            opts.blanks.push(ch);
            out.push(" [blank " + opts.blanks.length + "] ");
          }
          continue;
        }
        if (tag === "svg") continue;
        if (hidden(ch) || isEnumerator(ch) || isRequiredMark(ch)) continue;
        if (tag === "button" && opts.noButtons) continue;
        var block = isBlock(ch);
        if (block) out.push(" ");
        rec(ch);
        if (ch.shadowRoot) rec(ch.shadowRoot);
        if (block) out.push(" ");
      }
    })(el.shadowRoot && !el.firstChild ? el.shadowRoot : el);
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

