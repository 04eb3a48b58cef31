  // ---------------------------------------------------------------------
  // Candidates
  // ---------------------------------------------------------------------

  // A candidate is {q: question, region: element, controls: [elements],
  // anchor: element (for document order), score, source}.
  var candidates = [];

  // The platform adapters, in the order they run. Each adapter's file adds
  // itself here, so adding one means adding one file (see README.md).
  var adapters = [];

  // A progress marker ("3 / 10", "Question 3 of 10:") before a question
  // tells where the quiz is, not what it asks.
  var PROGRESS = /^\s*(?:(?:[Qq]uestion|QUESTION|[Ff]rage|[Pp]regunta|[Dd]omanda|[Vv]raag|[Qq])\s*)?\d{1,3}\s*(?:\/|of|von|de|sur|di|van|из)\s*\d{1,3}(?:\s*[:.)\-–|]\s*|\s+(?=[\p{Lu}\p{Lo}\d"“«(¿¡]))(?=\S)/u;

  // A heading that only numbers the question ("Item 4", "Question 2"),
  // read together with the question below it, is no part of what it asks;
  // numbering written into the text ("4. Which …", "Q2) …") is.
  var NUMBER_HEADING = /^\s*(?:[Qq]uestion|QUESTION|[Ii]tem|[Pp]roblem|[Ee]xercise|[Tt]ask|[Ff]rage|[Aa]ufgabe|[Pp]regunta|[Dd]omanda|[Vv]raag|[Qq]uestion n°)\s*\d{1,3}\s+(?=[\p{Lu}\p{Lo}"“«(¿¡])/u;

  function question(text, options, kind, extra) {
    // "[blank 2] ," → "[blank 2],": blanks sit in the sentence like words.
    var t = clean(text).replace(/(\[blank \d+\]) ([.,;:!?)])/g, "$1$2").replace(PROGRESS, "").replace(NUMBER_HEADING, "");
    var q = { text: clip(t), options: options || [], kind: kind };
    if (extra && extra.subquestions && extra.subquestions.length) q.subquestions = extra.subquestions;
    if (extra && extra.images && extra.images.length) q.images = extra.images;
    return q;
  }

  function propose(c) {
    if (!c.q || (!c.q.text && !c.q.options.length)) return;
    c.controls = c.controls || [];
    c.anchor = c.anchor || c.region;
    candidates.push(c);
  }

  function lca(els) {
    if (!els.length) return null;
    var a = els[0];
    for (var i = 1; i < els.length; i++) {
      while (a && !contains(a, els[i])) a = parentOf(a);
    }
    return a;
  }

