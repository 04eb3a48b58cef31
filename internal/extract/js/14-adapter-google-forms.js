  // ---------------------------------------------------------------------
  // Adapter: Google Forms (the embedded FB_PUBLIC_LOAD_DATA_ first)
  // ---------------------------------------------------------------------

  // scriptJSON finds `name = <json>` in the page's inline scripts. Reading
  // the script text (not window globals) works from an isolated world and
  // from an extension's content script alike.
  function scriptValue(re) {
    var scripts = qsa("script:not([src])");
    for (var i = 0; i < scripts.length; i++) {
      var s = scripts[i].textContent;
      if (!s || s.length < 20) continue;
      var m = re.exec(s);
      if (!m) continue;
      var start = m.index + m[0].length;
      var json = balanced(s, start);
      if (!json) continue;
      try {
        return JSON.parse(json);
      } catch (e) {
        /* not JSON */
      }
    }
    return undefined;
  }

  // balanced returns the JSON array/object starting at s[i] (skipping
  // spaces), matched by bracket depth with strings honoured.
  function balanced(s, i) {
    while (i < s.length && /\s/.test(s[i])) i++;
    var open = s[i];
    if (open !== "[" && open !== "{") return "";
    var depth = 0, inStr = false, q = "";
    for (var j = i; j < s.length; j++) {
      var ch = s[j];
      if (inStr) {
        if (ch === "\\") j++;
        else if (ch === q) inStr = false;
        continue;
      }
      if (ch === '"') {
        inStr = true;
        q = ch;
      } else if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) return s.slice(i, j + 1);
      }
    }
    return "";
  }

  function googleForms() {
    var data = scriptValue(/FB_PUBLIC_LOAD_DATA_\s*=\s*/);
    if (!data || !data[1] || !Array.isArray(data[1][1])) return googleFormsDOM();
    var items = data[1][1];
    // Containers of the items shown now: a multi-page form carries every
    // page in its JSON but shows one.
    var containers = new Map();
    qsa("[data-params]").forEach(function (el) {
      var m = /^%\.@\.\[(\d+)/.exec(el.getAttribute("data-params"));
      if (m) containers.set(m[1], el.closest("[role=listitem]") || el);
    });
    qsa("[data-item-id]").forEach(function (el) {
      containers.set(el.getAttribute("data-item-id"), el);
    });
    var anyContainer = containers.size > 0;
    var before = true;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      if (!Array.isArray(it)) continue;
      var type = it[3];
      if (type === 8) {
        before = false; // page break: later pages are not shown yet
        continue;
      }
      if (type === 6 || type === 11 || type === 12) continue; // text, image, video blocks
      var id = String(it[0]);
      var el = containers.get(id) || null;
      if (anyContainer ? !el || !visibleBlock(el) : !before) continue;
      var title = clean(it[1]);
      var ans = Array.isArray(it[4]) ? it[4] : [];
      var q;
      if (type === 0 || type === 1 || type === 9 || type === 10) {
        q = question(title, [], "text");
      } else if (type === 2 || type === 3 || type === 4) {
        var choices = (ans[0] && ans[0][1]) || [];
        var opts = [];
        for (var k = 0; k < choices.length; k++) {
          var ch = choices[k];
          if (ch[4] === 1) opts.push(otherLabel(el));
          else opts.push(clean(ch[0]));
        }
        q = question(title, opts, type === 3 ? "dropdown" : type === 4 ? "multiple" : "single");
      } else if (type === 5) {
        var scale = ((ans[0] && ans[0][1]) || []).map(function (c) { return clean(c[0]); });
        q = question(title, scale, "single");
      } else if (type === 7) {
        var subs = [];
        for (var r = 0; r < ans.length; r++) {
          var row = ans[r];
          var cols = (row[1] || []).map(function (c) { return clean(c[0]); });
          var multi = row[11] && row[11][0] === 1;
          subs.push({ text: clean(row[3] && row[3][0]), options: cols, kind: multi ? "multiple" : "single" });
        }
        q = question(title, [], "grid", { subquestions: subs });
      } else {
        continue;
      }
      if (el) {
        var imgs = imagesIn([el], []);
        if (imgs.length) q.images = imgs;
      }
      propose({ q: q, region: el || doc.body, anchor: el || doc.body, controls: el ? qsa("input,textarea,[role=radio],[role=checkbox],[role=listbox],[role=option]", el) : [], score: 110, source: "gforms-json", claimsPage: !el });
    }
  }

  function otherLabel(container) {
    var o = container && container.querySelector("[data-value=__other_option__], [data-answer-value=__other_option__]");
    var t = o && clean(o.getAttribute("aria-label"));
    if (!t && o) t = textOf(o.closest("label") || o.parentElement);
    if (!t && container) {
      var lab = container.querySelector(".freebirdFormviewerComponentsQuestionRadioOtherOptionLabel, .freebirdFormviewerComponentsQuestionCheckboxOtherOptionLabel");
      t = lab && textOf(lab);
    }
    return t || "Other:";
  }

  // googleFormsDOM reads the rendered form when its JSON is missing.
  function googleFormsDOM() {
    var items = qsa("div.Qr7Oae[role=listitem], .freebirdFormviewerViewNumberedItemContainer");
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      if (!visibleBlock(el)) continue;
      var head = el.querySelector("[role=heading], .freebirdFormviewerComponentsQuestionBaseTitle");
      genericWithin(el, head, null, "gforms-dom");
    }
  }

  adapters.push(googleForms);

