  // ---------------------------------------------------------------------
  // Notices
  // ---------------------------------------------------------------------

  var notice = "";
  if (!questions.length) {
    var START = /^(start|begin|take|attempt|launch|start the|begin the|take the)\b.*\b(quiz|test|exam|assessment|now|attempt|trivia|questionnaire)\b|^(start|begin|let's go|let's start|start quiz|start test|start now|comenzar|empezar|iniciar|commencer|démarrer|starten|beginnen|inizia|iniziare)$/i;
    var buttons = qsa("button, [role=button], input[type=button], input[type=submit], a");
    for (var b = 0; b < buttons.length; b++) {
      var el = buttons[b];
      if (hidden(el)) continue;
      var label = clean(el.localName === "input" ? el.value : textOf(el) || el.getAttribute("aria-label"));
      if (label && label.length < 60 && START.test(label)) {
        notice = "The quiz has not started yet: press \"" + label + "\" on the page first, then capture again.";
        break;
      }
    }
    if (!notice && qsa(".problems-wrapper[data-url]").length) {
      notice = "The problems on this page are loaded on demand and are not in the page yet.";
    }
  }

