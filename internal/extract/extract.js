(function quizstatsExtract(frameOwners) {
  "use strict";
  return { url: location.href, title: document.title, questions: [], notice: "", frame_slots: frameOwners.map(function (_, i) { return { before: 0, order: i }; }) };
})(typeof arguments === "object" ? Array.prototype.slice.call(arguments) : []);
