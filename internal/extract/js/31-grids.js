  // ---------------------------------------------------------------------
  // Generic: grids (one row per statement, one column per answer)
  // ---------------------------------------------------------------------

  // mergeGrids turns consecutive choice groups that are the rows of one
  // table and offer the same options into one grid question (a matching
  // question for rows of dropdowns).
  function mergeGrids(list) {
    var out = [];
    var i = 0;
    while (i < list.length) {
      var c = list[i];
      var table = gridOf(c);
      var j = i + 1;
      while (table && j < list.length && gridOf(list[j]) === table && list[j].q.kind === c.q.kind && sameList(list[j].q.options, c.q.options) && (table !== "aria" || near(list[j - 1].anchor, list[j].anchor))) j++;
      if (j - i < 2) {
        out.push(c);
        i++;
        continue;
      }
      var rows = list.slice(i, j);
      var controls = [];
      rows.forEach(function (r) { controls.push.apply(controls, r.controls); });
      var seenRow = new Set();
      var subs = [];
      rows.forEach(function (r) {
        var row = r.gridRow ? null : r.controls[0].closest("tr, [role=row]");
        var head = row && row.querySelector("th, [role=rowheader]");
        var label = head ? textOf(head) : r.q.kind === "dropdown" ? r.q.text : row ? textOf(row, { skip: new Set(r.controls.map(optionBox)) }) : r.q.text;
        var sub = { text: label || r.q.text, options: r.q.options, kind: r.q.kind };
        // A grid drawn twice (desktop and mobile layouts) has each row twice.
        var key = JSON.stringify(sub);
        if (seenRow.has(key)) return;
        seenRow.add(key);
        subs.push(sub);
      });
      var box = table === "aria" ? lca(rows.map(function (r) { return r.region; })) : table;
      // The options start at the table, or at the first row of an ARIA grid.
      var from = table;
      if (table === "aria") {
        from = rows[0].region;
        while (from && parentOf(from) !== box) from = parentOf(from);
      }
      var stem = stemAround(controls, from || box);
      // A header row of column names is not the stem.
      var header = c.q.options.join(" ");
      if (stem.text.slice(-header.length) === header) stem.text = stem.text.slice(0, -header.length).trim();
      if (!stem.text && from !== box) stem = stemAround(controls, box);
      // Rows of dropdowns with the same choices match items to answers.
      var kind = c.q.kind === "dropdown" ? "matching" : "grid";
      out.push({ q: question(stem.text, [], kind, { subquestions: subs }), region: box, anchor: rows[0].anchor, controls: controls, score: 50, source: kind, generic: true });
      i = j;
    }
    return out;
  }

  function gridOf(c) {
    if (c.gridRow) return "aria";
    if (!c.controls.length || !(c.q.kind === "single" || c.q.kind === "multiple" || c.q.kind === "truefalse" || c.q.kind === "dropdown")) return null;
    var row = c.controls[0].closest("tr, [role=row]");
    if (!row || !c.controls.every(function (x) { return contains(row, x); })) return null;
    return row.closest("table, [role=grid], [role=table], [role=treegrid]");
  }

  function sameList(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }


  // mergeFrozen turns consecutive dropdowns that hold one choice each
  // (a review page freezes a matching question's dropdowns to the chosen
  // answer), side by side under one stem, into one matching question.
  function mergeFrozen(list) {
    function frozen(c) {
      return c.source === "select" && c.q.kind === "dropdown" && c.q.options.length <= 1;
    }
    var out = [];
    var i = 0;
    while (i < list.length) {
      var j = i + 1;
      while (frozen(list[i]) && j < list.length && frozen(list[j]) && near(list[j - 1].anchor, list[j].anchor)) j++;
      if (j - i < 2) {
        out.push(list[i]);
        i++;
        continue;
      }
      var rows = list.slice(i, j);
      var controls = [];
      rows.forEach(function (r) { controls.push.apply(controls, r.controls); });
      var box = lca(rows.map(function (r) { return r.region; }));
      var stem = stemAround(controls, box);
      var subs = rows.map(function (r) { return { text: r.q.text, options: r.q.options, kind: "dropdown" }; });
      out.push({ q: question(stem.text, [], "matching", { subquestions: subs }), region: box, anchor: rows[0].anchor, controls: controls, score: 50, source: "matching", generic: true });
      i = j;
    }
    return out;
  }
