  // ---------------------------------------------------------------------
  // Frame slots
  // ---------------------------------------------------------------------

  // The Go driver passes the frame owners it knows; the extension, which
  // cannot, gets a slot for every frame element in document order, with
  // the address the frame was given, to find its frames by (request.js).
  var slots = [];
  var givenOwners = Array.isArray(frameOwners) && frameOwners.length > 0;
  var owners = givenOwners ? frameOwners : qsa("iframe, frame");
  for (var f = 0; f < owners.length; f++) {
    var o = owners[f];
    var p = o && o.nodeType === 1 ? pos(o) : -1;
    var n = 0;
    for (var z = 0; z < keptList.length; z++) if (pos(keptList[z].anchor) < p) n++;
    var slot = { before: n, order: p };
    if (!givenOwners) slot.src = o.hasAttribute("srcdoc") ? "about:srcdoc" : o.src || "about:blank";
    slots.push(slot);
  }

  var result = { url: location.href, title: clean(doc.title), questions: questions, notice: notice, frame_slots: slots };
  // Where this document sits among the tab's frames: how deep, and the
  // origin of the document that holds it (for the extension, see above).
  var ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length) {
    result.depth = ancestors.length;
    result.parent_origin = ancestors[0];
  }
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
