  // ---------------------------------------------------------------------
  // Generic: plain text ("1. Question?" then "A. option" lines)
  // ---------------------------------------------------------------------

  var Q_LINE = /^\s*(?:(?:question|q|frage|pregunta|question n°)\s*)?(\d{1,3})\s*[.):\-]\s*(\S.*)$/i;
  var OPT_LINE = /^\s*(?:\(([a-hA-H])\)|([a-hA-H])\s*[.)]|([A-H])\s*[:\-])\s*(\S.*)$/;

  // textLines splits the visible text under root into lines (one per block
  // or <br>), each with the element it came from.
  function textLines(root, skipRegions) {
    var lines = [];
    var cur = [];
    var curEl = null;
    var marker = "";
    function br() {
      var t = clean(cur.join(""));
      if (t) lines.push({ text: t, el: curEl, marker: marker });
      cur = [];
      curEl = null;
      marker = "";
    }
    (function rec(node) {
      for (var ch = node.firstChild; ch; ch = ch.nextSibling) {
        if (ch.nodeType === 3) {
          if (ch.data.trim()) {
            if (!curEl) curEl = node.nodeType === 1 ? node : node.host;
            var parts = ch.data.split("\n");
            if (parts.length > 1 && node.closest && node.closest("pre")) {
              for (var p = 0; p < parts.length; p++) {
                if (p) br();
                if (!curEl) curEl = node;
                cur.push(parts[p]);
              }
            } else cur.push(ch.data);
          } else cur.push(" ");
          continue;
        }
        if (ch.nodeType !== 1) continue;
        if (ch.localName === "br") {
          br();
          continue;
        }
        if (skipRegions.has(ch) || hidden(ch) || /^(select|textarea|button|input|nav|header|footer|svg)$/.test(ch.localName)) continue;
        if (isEnumerator(ch) && !clean(cur.join(""))) {
          // "A." in its own element: the line's marker, not its text.
          marker = clean(ch.textContent);
          if (!curEl) curEl = node.nodeType === 1 ? node : node.host;
          continue;
        }
        var block = isBlock(ch);
        if (block) br();
        if (ch.localName === "li" && /alpha|latin/.test(style(ch).listStyleType)) {
          // <ol type="A">: the letters are drawn by CSS, not in the text.
          var idx = Array.prototype.indexOf.call(ch.parentElement.children, ch);
          var start = ch.parentElement.start || 1;
          marker = String.fromCharCode(64 + start + idx);
          curEl = ch;
        }
        rec(ch);
        if (ch.shadowRoot) rec(ch.shadowRoot);
        if (block) br();
      }
    })(root);
    br();
    return lines;
  }

  var MARKER = /^\(?([A-Ha-h])\s*[.):]?\)?$/;
  var ASKS = /[?？؟]\s*(\((choose|select|pick|mark)[^)]*\))?\s*$/i;

  // optionLetter gives the option letter of a line: its marker element
  // ("A." in its own element) or its literal prefix ("A) text").
  function optionLetter(line) {
    var mm = line.marker && MARKER.exec(line.marker);
    if (mm) return { letter: mm[1].toUpperCase(), text: line.text };
    var om = OPT_LINE.exec(line.text);
    if (om) return { letter: (om[1] || om[2] || om[3]).toUpperCase(), text: line.text };
    return null;
  }

  function plainText(claimed) {
    if (!doc.body) return;
    var lines = textLines(doc.body, claimed);
    for (var i = 0; i < lines.length; i++) {
      var numbered = Q_LINE.test(lines[i].text) && !optionLetter(lines[i]);
      // An unnumbered question must ask (end with "?") and be followed
      // at once by its options.
      var asks = !numbered && ASKS.test(lines[i].text) && i + 1 < lines.length && optionLetter(lines[i + 1]);
      if (!numbered && !asks) continue;
      var qEl = lines[i].el;
      var stemParts = [lines[i].text];
      if (asks) {
        // The lines before it in the same block belong to the stem.
        for (var b = i - 1; b >= 0 && i - b <= 5 && lines[b].el === qEl && !optionLetter(lines[b]); b--) stemParts.unshift(lines[b].text);
      }
      var j = i + 1;
      // Continuation lines of the stem, before the first option.
      while (j < lines.length && !optionLetter(lines[j]) && !Q_LINE.test(lines[j].text) && j - i < 4) {
        stemParts.push(lines[j].text);
        j++;
      }
      var opts = [];
      var optEls = [];
      var expect = 0;
      while (j < lines.length) {
        var ol = optionLetter(lines[j]);
        if (!ol || ol.letter.charCodeAt(0) - 65 !== expect) break;
        opts.push(clean(ol.text));
        optEls.push(lines[j].el);
        expect++;
        j++;
      }
      if (opts.length < 2) continue;
      var text = clean(stemParts.join(" "));
      var q = question(text, opts, MULTI_HINT.test(text) ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single");
      var region = lca([qEl].concat(optEls));
      propose({ q: q, region: region, anchor: qEl, controls: [], score: 30, source: "text", plain: true, els: [qEl].concat(optEls) });
      i = j - 1;
    }
  }

