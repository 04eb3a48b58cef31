  // ---------------------------------------------------------------------
  // Options of native controls
  // ---------------------------------------------------------------------

  var PLACEHOLDER = /^(|-+|—+|\.\.\.|…|choose|choose\.\.\.|choose…|choose one|choose an answer|choose an option|select|select\.\.\.|select one|select an option|select an answer|select\s*…|please select|- ?please select ?-|--.*--|- .* -|[—–]+ ?.* ?[—–]+|selecionar|seleccionar|seleccione|selecciona|elegir|elige|escoger|wählen|bitte wählen|auswählen|choisir|sélectionner|scegli|seleziona|kies|selecteer|выберите|選択|请选择|選擇)$/i;

  function selectOptions(sel) {
    var out = [];
    var opts = sel.options || [];
    for (var i = 0; i < opts.length && out.length < LIMITS.options; i++) {
      var o = opts[i];
      if (o.hidden || (o.parentElement && o.parentElement.localName === "optgroup" && o.parentElement.hidden)) continue;
      var t = clean(o.label || o.textContent);
      // A first empty-valued or "Choose..." entry (also "[ Choose ]") is a
      // prompt, not an option.
      var bare = t.replace(/^[\[(<\s]+|[\])>\s]+$/g, "");
      if ((PLACEHOLDER.test(t) || PLACEHOLDER.test(bare)) && (i === 0 || o.value === "" || o.disabled)) continue;
      if (t === "" && o.value === "") continue;
      // A first entry whose value is empty while every other has one is
      // the prompt, whatever it says ("Open this select menu").
      if (i === 0 && o.hasAttribute("value") && o.value === "" && opts.length > 2 && Array.prototype.slice.call(opts, 1).every(function (x) { return x.value !== ""; })) continue;
      out.push(t);
    }
    return out;
  }

  // labelsOf gives a control's labels from one pass over the <label>
  // elements: control.labels scans the whole document on each first read,
  // which makes long quizzes quadratic.
  var labelMap = null;
  function labelsOf(el) {
    if (!labelMap) {
      labelMap = new Map();
      qsa("label").forEach(function (lab) {
        var c = lab.control;
        if (!c) return;
        if (!labelMap.has(c)) labelMap.set(c, []);
        labelMap.get(c).push(lab);
      });
    }
    return labelMap.get(el) || [];
  }

  // controlLabel finds the visible text of a radio/checkbox option.
  function controlLabel(input) {
    // A web component's own (slotted) text is its label.
    var t = input.localName === "input" ? "" : textOf(input);
    var labels = t ? [] : labelsOf(input);
    if (labels.length) {
      for (var i = 0; i < labels.length && !t; i++) {
        var lab = labels[i];
        if (!hidden(lab)) t = textOf(lab, { skip: new Set([input]) });
        if (!t) t = imageOnlyText(lab);
      }
    }
    if (!t && input.hasAttribute("aria-labelledby")) t = labelledBy(input);
    if (!t) {
      // Text right after the input up to the next control or block.
      var parts = [];
      for (var n = input.nextSibling; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          parts.push(n.data);
          continue;
        }
        if (n.nodeType !== 1) continue;
        if (n.localName === "br" || n.localName === "input" || n.localName === "select" || n.localName === "textarea") break;
        if (n.querySelector && n.querySelector("input,select,textarea")) break;
        if (hidden(n)) continue;
        if (isBlock(n) && clean(parts.join(""))) break;
        parts.push(" " + textOf(n) + " ");
        if (isBlock(n)) break;
      }
      t = clean(parts.join(""));
    }
    // The element around the control alone, or, when that is a styled box
    // with no words ("<span class=box>"), the row around it that is still
    // this control's only.
    for (var p = input.parentElement, up = 0; !t && p && up < 3; p = p.parentElement, up++) {
      if (choicesUnder(p) !== 1 || hidden(p) || p.localName === "form" || p === doc.body) break;
      t = textOf(p, { skip: new Set([input]) });
    }
    if (!t) t = clean(input.getAttribute("aria-label") || input.getAttribute("title") || "");
    if (!t) t = columnHeader(input);
    if (!t && input.value && !/^(on|\d+|true|false)$/i.test(input.value) && input.value.length < 200 && !/^[0-9a-f-]{8,}$/i.test(input.value)) t = clean(input.value);
    return t;
  }

  // columnHeader names a control in a table cell by its column's header
  // (Likert matrices: one row per statement, one column per answer).
  function columnHeader(input) {
    var cell = input.closest("td, th");
    var table = cell && cell.closest("table");
    if (!table) return "";
    var row = cell.parentElement;
    var idx = Array.prototype.indexOf.call(row.cells, cell);
    var head = table.tHead ? table.tHead.rows[0] : table.rows[0];
    if (!head || head === row || idx < 0) return "";
    var hc = head.cells[idx];
    return hc && !hc.querySelector("input") ? textOf(hc) : "";
  }

  // labelElements are the elements that hold a control's option text, so
  // the question text around them can leave them out.
  function labelElements(input) {
    var out = [];
    labelsOf(input).forEach(function (l) { out.push(l); });
    var ids = (input.getAttribute("aria-labelledby") || "").split(/\s+/);
    for (var j = 0; j < ids.length; j++) {
      var e = ids[j] && byId(ids[j], input);
      if (e) out.push(e);
    }
    return out;
  }

  var CLEAR_CHOICE = /^(clear my choice|clear selection|clear choice|clear|reset|borrar mi elección|quitar mi elección|effacer mon choix|auswahl löschen|limpar minha escolha)$/i;

  // choiceOptions reads the options of a radio/checkbox group, dropping the
  // "clear my choice" pseudo-option.
  function choiceOptions(inputs) {
    var out = [];
    for (var i = 0; i < inputs.length && out.length < LIMITS.options; i++) {
      var inp = inputs[i];
      if (inp.closest && inp.closest(".qtype_multichoice_clearchoice")) continue;
      var t = controlLabel(inp);
      if (CLEAR_CHOICE.test(t)) continue;
      out.push(t);
    }
    return out;
  }

  var TRUE_FALSE = [
    ["true", "false"], ["verdadero", "falso"], ["verdadeiro", "falso"], ["vrai", "faux"], ["wahr", "falsch"],
    ["richtig", "falsch"], ["vero", "falso"], ["waar", "onwaar"], ["t", "f"], ["correct", "incorrect"],
    ["正确", "错误"], ["對", "錯"], ["对", "错"], ["正しい", "誤り"], ["正", "誤"], ["참", "거짓"], ["맞다", "틀리다"],
    ["верно", "неверно"], ["правда", "ложь"], ["صح", "خطأ"], ["صحيح", "خطأ"], ["נכון", "לא נכון"], ["doğru", "yanlış"],
    ["prawda", "fałsz"], ["pravda", "nepravda"], ["igaz", "hamis"], ["adevărat", "fals"], ["sant", "falskt"], ["sandt", "falsk"],
    // A yes/no question is answered true or false too, in any language.
    ["yes", "no"], ["sí", "no"], ["si", "no"], ["oui", "non"], ["ja", "nein"], ["ja", "nee"], ["sim", "não"], ["sì", "no"],
    ["是", "否"], ["是", "不是"], ["はい", "いいえ"], ["예", "아니요"], ["네", "아니요"], ["да", "нет"], ["نعم", "لا"], ["כן", "לא"],
    ["evet", "hayır"], ["tak", "nie"], ["ano", "ne"], ["igen", "nem"], ["ja", "nej"], ["kyllä", "ei"],
  ];
  function isTrueFalse(options) {
    if (options.length !== 2) return false;
    var a = options[0].toLowerCase().replace(/[.!。！]$/, ""), b = options[1].toLowerCase().replace(/[.!。！]$/, "");
    for (var i = 0; i < TRUE_FALSE.length; i++) {
      var p = TRUE_FALSE[i];
      if ((a === p[0] && b === p[1]) || (a === p[1] && b === p[0])) return true;
    }
    return false;
  }

  function choiceKind(type, options) {
    if (type === "checkbox") return "multiple";
    return isTrueFalse(options) ? "truefalse" : "single";
  }

  var MULTI_HINT = /\b(choose|select|pick|mark|check)\s+(two|three|four|five|all|\d)\b|\b(all|those) that apply\b|\bselect one or more\b|\bmore than one\b|\belija (las )?(dos|tres)\b|\bseleccione (una o más|todas)\b/i;

