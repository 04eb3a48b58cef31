  // ---------------------------------------------------------------------
  // Adapter: H5P (embedded content JSON, and rendered MultiChoice)
  // ---------------------------------------------------------------------

  function h5p() {
    var rendered = qsa(".h5p-multichoice, .h5p-true-false");
    for (var r = 0; r < rendered.length; r++) {
      var el = rendered[r];
      if (!visibleBlock(el)) continue;
      var intro = el.querySelector(".h5p-question-introduction, .h5p-question-content > div:first-child");
      var answers = qsa("li.h5p-answer, [role=radio], [role=checkbox]", el).filter(function (e) { return !hidden(e); });
      var opts = answers.map(function (a) { return textOf(a.querySelector(".h5p-alternative-inner") || a); });
      var multi = answers.length && answers[0].getAttribute("role") === "checkbox";
      propose({ q: question(textOf(intro), opts, multi ? "multiple" : isTrueFalse(opts) ? "truefalse" : "single", { images: imagesIn([intro], answers) }), region: el, controls: answers, score: 100, source: "h5p" });
    }
    var integ = scriptValue(/H5PIntegration\s*=\s*/);
    if (!integ || !integ.contents) return;
    var keys = Object.keys(integ.contents);
    for (var i = 0; i < keys.length; i++) {
      var content = integ.contents[keys[i]];
      var lib = String(content.library || "");
      var json;
      try {
        json = typeof content.jsonContent === "string" ? JSON.parse(content.jsonContent) : content.jsonContent;
      } catch (e) {
        continue;
      }
      if (!json) continue;
      var cid = keys[i].replace(/^cid-/, "");
      // Rendered in this document already: the DOM adapter above read it.
      var host = qsa("[data-content-id=\"" + cssEscape(cid) + "\"]")[0];
      if (host && host.querySelector(".h5p-multichoice, .h5p-true-false")) continue;
      var anchor = host || qsa("iframe.h5p, iframe.h5p-iframe, iframe[src*=h5p_embed], iframe[src*=h5p]")[0] || doc.body;
      h5pContent(lib, json, anchor);
    }
  }

  function htmlText(html) {
    var d = new DOMParser().parseFromString("<body>" + (html || "") + "</body>", "text/html");
    var blocks = d.body.querySelectorAll("p,div,li,br,h1,h2,h3,h4,h5,h6");
    for (var i = 0; i < blocks.length; i++) blocks[i].insertAdjacentText(blocks[i].localName === "br" ? "afterend" : "beforeend", " ");
    return clean(d.body.textContent);
  }

  function h5pContent(lib, json, anchor) {
    if (/^H5P\.MultiChoice /.test(lib) && Array.isArray(json.answers)) {
      var opts = json.answers.map(function (a) { return htmlText(a.text); });
      var correct = json.answers.filter(function (a) { return a.correct; }).length;
      var single = json.behaviour && (json.behaviour.type === "single" || (json.behaviour.type !== "multi" && correct <= 1));
      propose({ q: question(htmlText(json.question), opts, single ? "single" : "multiple"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
    } else if (/^H5P\.TrueFalse /.test(lib)) {
      var l10n = json.l10n || {};
      propose({ q: question(htmlText(json.question), [clean(l10n.trueText) || "True", clean(l10n.falseText) || "False"], "truefalse"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
    } else if (/^H5P\.(QuestionSet|SingleChoiceSet) /.test(lib)) {
      var list = json.questions || json.choices || [];
      for (var i = 0; i < list.length; i++) {
        var sub = list[i];
        if (sub && sub.library && sub.params) h5pContent(sub.library, sub.params, anchor);
        else if (sub && sub.question && Array.isArray(sub.answers)) {
          propose({ q: question(htmlText(sub.question), sub.answers.map(htmlText), "single"), region: anchor, anchor: anchor, score: 90, source: "h5p-json", claimsPage: anchor === doc.body });
        }
      }
    }
  }

  adapters.push(h5p);

