  // ---------------------------------------------------------------------
  // Adapter: SurveyJS
  // ---------------------------------------------------------------------

  function surveyJS() {
    var qs = qsa(".sd-question[data-name], .sv_q[data-name], .sv-question[data-name]");
    for (var i = 0; i < qs.length; i++) {
      var el = qs[i];
      if (!visibleBlock(el)) continue;
      var title = el.querySelector(".sd-question__title, .sv_q_title, .sv-question__title, h5, h3");
      var titleText = title ? textOf(title, { skip: new Set(qsa(".sd-question__num, .sv_q_num, .sd-question__required-text, .sv_q_required_text", title)) }) : "";
      genericWithin(el, null, el.querySelector(".sd-question__content, .sv_q_select_column, .sv-question__content, fieldset") || el, "surveyjs");
      var last = candidates[candidates.length - 1];
      if (last && last.region === el && titleText) last.q.text = titleText;
    }
  }

  adapters.push(surveyJS);

