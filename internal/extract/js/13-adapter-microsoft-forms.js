  // ---------------------------------------------------------------------
  // Adapter: Microsoft Forms (classic designer/responder DOM and the newer
  // responder UI)
  // ---------------------------------------------------------------------

  function microsoftForms() {
    var qs = qsa(".office-form-question, [data-automation-id=questionItem]");
    for (var i = 0; i < qs.length; i++) {
      var el = qs[i];
      if (!visibleBlock(el)) continue;
      if (el.parentElement && el.parentElement.closest(".office-form-question, [data-automation-id=questionItem]")) continue;
      // The responder UI numbers titles in a span of their own; the title
      // text proper is .text-format-content.
      var title = el.querySelector("[data-automation-id=questionTitle] .text-format-content") || el.querySelector(".office-form-question-title, [data-automation-id=questionTitle]");
      var text = textOf(title);
      var radios = qsa("input[type=radio], input[type=checkbox]", el);
      var q;
      var controls = radios;
      if (radios.length) {
        var opts = qsa(".office-form-question-choice, [data-automation-id=choiceItem]", el).map(function (c) {
          var inp = c.querySelector("input");
          var span = c.querySelector(".office-form-question-choice-text-span, .text-format-content");
          return span ? textOf(span) : inp ? controlLabel(inp) : textOf(c);
        });
        if (!opts.length) opts = choiceOptions(radios);
        q = question(text, opts, choiceKind(radios[0].type, opts));
      } else if (el.querySelector(".rateit, [data-automation-id=ratingStar], [role=slider]")) {
        q = question(text, [], "rating");
        controls = qsa("[role=slider], .rateit", el);
      } else {
        var sel = el.querySelector("select, [role=listbox], [role=combobox]");
        q = question(text, sel && sel.localName === "select" ? selectOptions(sel) : [], sel ? "dropdown" : "text");
        controls = qsa("input, textarea, select, [role=listbox]", el);
      }
      propose({ q: q, region: el, controls: controls, score: 100, source: "msforms" });
    }
  }

  adapters.push(microsoftForms);

