  // ---------------------------------------------------------------------
  // Generic: answer buttons (trivia sites: a question, then one button per
  // answer)
  // ---------------------------------------------------------------------

  var ACTION = /^(next|previous|prev|back|skip|submit|send|save|check|check answer|start|restart|retry|try again|continue|finish|done|ok|cancel|close|share|reset|clear|hint|show answer|reveal|accept|accept all|reject|reject all|more|menu|login|log in|sign in|sign up|search|weiter|zurück|siguiente|anterior|enviar|suivant|précédent|valider)\b/i;

  // ANSWER_CLASS marks clickable answer boxes that are neither buttons nor
  // controls (<div class="option" onclick=...>).
  var ANSWER_CLASS = /(^|[\s_-])(options?|answers?|choices?|alternatives?|opt|ans|respuestas?|reponses?|antworten)(-?(item|btn|button|box|card|text|label))?($|\s)/i;

  // A web component whose shadow root holds one button and nothing else
  // to press (<x-button>) is that button: its place among its siblings is
  // the host's, its text what the host slots in.
  function buttonHost(b) {
    var root = b.getRootNode();
    var host = root && root.host;
    if (host && host.localName.indexOf("-") > 0 && root.querySelectorAll("button, [role=button], input, select, textarea, a[href]").length === 1) return host;
    return b;
  }

  function buttonChoices() {
    var groups = new Map();
    var keys = [];
    var clickable = [];
    var taken = new Set();
    qsa("button, [role=button], input[type=button]").forEach(function (b) {
      b = buttonHost(b);
      if (!taken.has(b)) {
        taken.add(b);
        clickable.push(b);
      }
    });
    qsa("div[class], li[class], span[class], a[class], p[class]").forEach(function (el) {
      if (ANSWER_CLASS.test(cls(el)) && !hasControls(el) && !el.querySelector("button, [role=button], div[class], li[class]") && style(el).cursor === "pointer") clickable.push(el);
    });
    clickable.forEach(function (b) {
      if (hidden(b) || ariaHidden(b) || b.closest("form[role=search], nav, header, footer")) return;
      // A button wrapped in its own list item or cell groups by the list.
      var p = parentOf(b);
      if (p && p.children.length === 1 && /^(li|div|span|td)$/.test(p.localName)) p = parentOf(p);
      if (!p) return;
      if (!groups.has(p)) {
        groups.set(p, []);
        keys.push(p);
      }
      groups.get(p).push(b);
    });
    keys.forEach(function (p) {
      var bs = groups.get(p);
      if (bs.length < 2 || bs.length > 10) return;
      var opts = bs.map(function (b) { return b.localName === "input" ? clean(b.value) : textOf(b) || clean(b.getAttribute("aria-label")) || imageOnlyText(b); });
      if (opts.some(function (o) { return !o || o.length > 200 || ACTION.test(o); })) return;
      var stem = stemAround(bs);
      // Buttons are everywhere; only a stem that asks makes them answers.
      if (!/[?？؟]\s*$|^\s*(question|q)?\s*\d{1,3}\s*[.):]/i.test(stem.text) && !(stem.text.length >= 25 && /(:|…|_{3,})\s*$/.test(stem.text))) return;
      propose({ q: question(stem.text, opts, isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn(stem.els, bs) }), region: p, anchor: bs[0], controls: bs, score: 40, source: "buttons", generic: true });
    });
  }

