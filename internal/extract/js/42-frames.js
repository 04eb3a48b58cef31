  // ---------------------------------------------------------------------
  // Frame slots
  // ---------------------------------------------------------------------

  var slots = [];
  var owners = Array.isArray(frameOwners) ? frameOwners : [];
  for (var f = 0; f < owners.length; f++) {
    var o = owners[f];
    var p = o && o.nodeType === 1 ? pos(o) : -1;
    var n = 0;
    for (var z = 0; z < keptList.length; z++) if (pos(keptList[z].anchor) < p) n++;
    slots.push({ before: n, order: p });
  }

  var result = { url: location.href, title: clean(doc.title), questions: questions, notice: notice, frame_slots: slots };
  if (errors.length) result.errors = errors;
  // options.explain: every candidate with its source, scores and fate, to
  // see why a page reads as it does.
  if (options.explain) {
    result.candidates = candidates.map(function (c) {
      return { source: c.source, score: c.score, quiz: c.quiz === undefined ? null : c.quiz, kind: c.q.kind, text: c.q.text.slice(0, 120), options: c.q.options.slice(0, 12), kept: !!c.kept };
    });
  }
  mark("rest");
  if (options.timings) result.timings = timings;
  return result;
})(
  typeof arguments === "object" ? arguments[0] || {} : {},
  typeof arguments === "object" ? Array.prototype.slice.call(arguments, 1) : []
);
