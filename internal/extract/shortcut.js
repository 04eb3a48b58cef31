// quizstats watch: the shortcut listener. quizstats watch runs it in an
// isolated world of every document of the browser it drives, with the
// shortcut as its argument: {ctrl, alt, shift, meta, code, key, binding}.
// When the person presses the shortcut it calls the binding, through which
// quizstats captures the tab.
//
// Only trusted events count (real input, not a page's dispatchEvent); the
// key is matched by its physical position (the code) or by what it types,
// so both Alt+Shift+Q on a keyboard whose Alt changes the character, and Q
// on an AZERTY keyboard, work.
(function (sc) {
  "use strict";
  if (self.__quizstatsShortcut) return;
  self.__quizstatsShortcut = true;
  addEventListener("keydown", function (e) {
    if (!e.isTrusted || e.repeat) return;
    if (e.ctrlKey !== sc.ctrl || e.altKey !== sc.alt || e.shiftKey !== sc.shift || e.metaKey !== sc.meta) return;
    var key = e.key && e.key.length === 1 ? e.key.toUpperCase() : e.key;
    if (e.code !== sc.code && key !== sc.key) return;
    // The key must not also type into an answer field.
    e.preventDefault();
    self[sc.binding](JSON.stringify({ url: location.href }));
  }, true);
})
