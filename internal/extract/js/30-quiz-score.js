  // ---------------------------------------------------------------------
  // Is it a quiz? (generic candidates only)
  // ---------------------------------------------------------------------

  // Forms that are not quizzes. The strong words hold on any page; the weak
  // ones (a site wrapper called "account", a "profile" section) yield when
  // the page says it is a quiz.
  var NOT_QUIZ = /\b(log ?in|login|sign ?in|sign ?up|register|registration|password|checkout|check out|cart|basket|shipping|billing|payment|subscribe|newsletter|cookies?|consent|gdpr|search)\b/i;
  var NOT_QUIZ_WEAK = /\b(jump to|go to|navigation|navigate|delivery|address|settings|preferences|account|profile|privacy|filters?|sort by|language|currency|notifications?)\b/i;
  // Quiz words of scripts without word boundaries (and others \b misses).
  var QUIZ_WORD_INTL = /(测验|測驗|测试|測試|考试|考試|问题|問題|题目|題目|问答|クイズ|テスト|試験|設問|퀴즈|시험|문제|اختبار|سؤال|أسئلة|امتحان|מבחן|שאלה|שאלות|חידון|тест|викторин|вопрос|экзамен|sınav)/i;
  function quizWords(s) {
    return QUIZ_WORD.test(s) || QUIZ_WORD_INTL.test(s);
  }
  var QUIZ_WORD = /\b(quiz|quizzes|test|exam|question|questions|assessment|trivia|practice|problem set|homework|worksheet|exercises?|knowledge check|self-check|check your understanding|review questions|points? possible|cuestionario|pregunta|examen|prueba|frage|fragen|prüfung|questionnaire|teste|quest[aã]o|domanda|vraag)\b/i;

  // contextText is the identity of the forms and landmarks around el (ids,
  // classes, actions, labels, first heading), memoized per element so that
  // the many candidates of one form share the work.
  var ctxCache = new Map();
  function contextText(el) {
    if (!el || el === doc.body || el === doc.documentElement) return "";
    var c = ctxCache.get(el);
    if (c === undefined) {
      c = (ownContext(el) + " " + contextText(parentOf(el))).trim();
      ctxCache.set(el, c);
    }
    return c;
  }
  function ownContext(x) {
    var tag = x.localName;
    var role = x.getAttribute("role") || "";
    if (!(tag === "form" || tag === "section" || tag === "dialog" || tag === "aside" || tag === "nav" || tag === "header" || tag === "footer" || role === "dialog" || role === "search" || role === "banner" || x.id || /(^|\s)(modal|banner|consent|cookie|popup|settings|checkout)/i.test(cls(x)))) return "";
    var parts = [tag, x.id || "", cls(x), x.getAttribute("action") || "", x.getAttribute("name") || "", x.getAttribute("aria-label") || "", role];
    var h = (tag === "form" || tag === "section" || tag === "dialog" || role === "dialog") && x.querySelector("h1,h2,h3,legend");
    if (h) parts.push(textOf(h));
    return parts.join(" ").replace(/[_-]/g, " ");
  }

  var sensitiveCache = new Map();
  function formHasSensitiveFields(el) {
    // Only the control's own form counts: a search box in the page header
    // or a newsletter field in the footer says nothing about a quiz.
    var form = el.closest && el.closest("form");
    if (!form) return false;
    var scope = form;
    var v = sensitiveCache.get(scope);
    if (v === undefined) {
      v = hasSensitiveFields(scope);
      sensitiveCache.set(scope, v);
    }
    return v;
  }
  function hasSensitiveFields(scope) {
    return !!scope.querySelector("input[type=password], input[autocomplete^=cc-], input[autocomplete*=address], input[autocomplete=postal-code], input[name*=card], input[type=search], input[autocomplete=email], input[type=email], input[autocomplete=username]");
  }

  // What a shop, a booking or a consent banner shows and a quiz does not:
  // buttons that buy, book, save settings or accept cookies, and prices.
  var COMMERCE_ACTION = /^(add to (cart|bag|basket|trolley)|buy( now| it now)?|checkout|check out|place (the )?order|order now|pay( now)?|continue to (payment|checkout|shipping)|proceed to (checkout|payment)|book( now| a table| your table| it)?|reserve( now| a table)?|confirm (booking|reservation)|apply( filters)?|clear (all )?filters|show results|save (changes|preferences|settings|my preferences)|update (preferences|settings)|accept( all)?( cookies)?|reject( all)?|allow( all)?( cookies)?|customi[sz]e|manage (cookies|preferences))$/i;
  var PRICE = /([$€£¥₹₩₽]\s?\d|\d[.,]?\d*\s?([$€£¥₹₩₽]|eur|usd|gbp)\b|\bfree\b.*\b(shipping|delivery)\b|\/(mo|month|yr|year)\b)/i;
  var PAGE_PURPOSE = /\b(contact( us)?|support|help ?desk|tickets?|get in touch|enquiry|inquiry|feedback form|application form|apply now|sign-?up|onboarding|setup|set up your|configure|configuration|options)\b/i;
  var switchesSeen = null;
  function hasSwitches() {
    if (switchesSeen === null) {
      switchesSeen = qsa("[role=switch]").some(function (e) { return !hidden(e) || !hidden(parentOf(e) || e); }) ||
        customEls.some(function (e) { return /-(toggle|switch)$/.test(e.localName) && !hidden(e); });
    }
    return switchesSeen;
  }
  var pageCommerce = null;
  function commercePage() {
    if (pageCommerce === null) {
      pageCommerce = qsa("button, [role=button], input[type=submit], input[type=button], a[href]").some(function (b) {
        if (hidden(b) || consentBox(b)) return false;
        var label = clean(b.localName === "input" ? b.value : textOf(b) || b.getAttribute("aria-label"));
        return label.length < 40 && COMMERCE_ACTION.test(label.replace(/[→›»]+$/, "").trim());
      }) || qsa("[itemprop=price], [class*=price], [class*=Price]").some(function (e) { return !hidden(e) && PRICE.test(textOf(e)); }) ||
        // Choices priced elsewhere on the page (a "Price" filter, a plan).
        candidates.filter(function (c) { return c.generic; }).some(function (c) { return c.q.options.some(function (o) { return PRICE.test(o); }); });
    }
    return pageCommerce;
  }
  // consentBox: the cookie banner el is in, if it is in one. Its "Accept
  // all" decides about cookies on whatever page it covers, a quiz among
  // them; it does not make the page a shop (what is asked inside the
  // banner is judged by the dialog rule below).
  var CONSENT = /\b(cookies?|consent|gdpr|privacy|tracking)\b/i;
  function consentBox(el) {
    var dlg = inDialog(el);
    if (dlg && CONSENT.test(textOf(dlg))) return dlg;
    for (var x = el; x; x = parentOf(x)) {
      if (x.nodeType === 1 && /(^|[\s_-])(cookies?|consent|gdpr|cmp)([\s_-]|$)/i.test((x.id || "") + " " + cls(x))) return x;
    }
    return null;
  }
  // inDialog: a modal or dialog (a consent banner, a preferences popup),
  // across shadow roots.
  function inDialog(el) {
    for (var x = el; x; x = parentOf(x)) {
      if (x.nodeType !== 1) continue;
      var role = x.getAttribute("role");
      if (x.localName === "dialog" || role === "dialog" || role === "alertdialog" || x.getAttribute("aria-modal") === "true" || /-(dialog|modal|drawer)$/.test(x.localName)) return x;
    }
    return null;
  }

  // quizScore rates how question-like a generic candidate is.
  function quizScore(c, pageQuizzy) {
    var q = c.q;
    var s = 0;
    var t = q.text;
    if (!t) return -10;
    if (/[?？؟]\s*([(（].*[)）])?\s*$/.test(t) || /[?？؟]/.test(t) && t.length > 15) s += 3;
    // Questions that end without a question mark: Japanese か。, Chinese
    // and Korean question words.
    else if (/(か|ですか|ますか|でしょうか)[。．]?\s*$|[吗呢么][。．]?\s*$|(什么|哪|谁|多少|几|为什么|怎么|如何|무엇|어느|누구|언제|어디|얼마|몇)/.test(t)) s += 3;
    // A long scenario that asks in one of its sentences, then gives the
    // conditions ("... How many RTTs are needed ... (You should assume ...)").
    else if (t.length > 80 && /(^|[.!:;)]\s+)(how (many|much|long|often)|what|which|who|when|where|why|calculate|compute|determine|find)\b[^.!]{8,}/i.test(t)) s += 3;
    if (/^\s*(question|q|frage|pregunta)?\s*\d{1,3}\s*[.):\-]/i.test(t)) s += 2;
    if (MULTI_HINT.test(t)) s += 2;
    if (/^(which|what|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|select|choose|identify|name|find|calculate|solve|true or false)\b/i.test(t)) s += 2;
    // A sentence to complete ("... causes it to:", "... is ____").
    if (t.length >= 25 && /(:|…|\.\.\.|_{3,})\s*$/.test(t)) s += 2;
    if (q.kind === "truefalse") s += 2;
    // An identifier ("ImagePicker", "search_box") names a widget, not a question.
    if (/^[A-Za-z]+([A-Z_][a-z]+)+$/.test(t) && !/\s/.test(t)) s -= 5;
    if (q.kind === "text" || q.kind === "rating") {
      // A lone text box (or scale) asks only when it says so, or stands
      // among others.
      if (!pageQuizzy && !manyGroups) s -= 2;
    } else if (q.kind === "dropdown" && !q.options.length && c.source === "combobox") {
      // Options that appear only when it opens: the driver opens it and
      // reads again.
      s -= 1;
    } else if (q.options.length < 2 && !(q.subquestions && q.subquestions.length)) s -= 4;
    // The same label on every control (a "flag" or "bookmark" checkbox
    // repeated per question) is not a set of answers.
    if (q.options.length >= 2 && new Set(q.options).size === 1) s -= 8;
    if (q.options.length > 12 && q.kind !== "dropdown") s -= 2;
    if (q.kind === "dropdown" && q.options.length > 30) s -= 4;
    // A lone select is a setting or a navigation menu unless its label
    // asks something.
    if (q.kind === "dropdown" && !/[?？؟]|_{3,}|\.{4,}/.test(t) && !/^\s*\d{1,3}\s*[.):]/.test(t) && !pageQuizzy && !manyGroups) s -= 3;
    if (/^\d{1,3}$/.test(t)) s += 1; // a bare number: the stem is an image or audio
    else if (t.length < 4) s -= 3;
    if (manyGroups) s += 2;
    if (/:\s*$/.test(t) && t.length < 30 && !/\d/.test(t)) s -= 1;
    if (pageQuizzy) s += 2;
    var ctx = contextText(c.region || c.anchor || doc.body);
    if (NOT_QUIZ.test(ctx) && !quizWords(ctx)) s -= 6;
    else if (NOT_QUIZ_WEAK.test(ctx) && !quizWords(ctx) && !pageQuizzy) s -= 6;
    // A field's label that says what it is for ("Delivery address"); a
    // long stem that mentions an IP address or a password is a question
    // about them.
    if ((NOT_QUIZ.test(t) || NOT_QUIZ_WEAK.test(t)) && !/[?？؟]/.test(t) && t.length < 120) s -= 3;
    var first = c.controls && c.controls[0];
    if (first && formHasSensitiveFields(first)) s -= 6;
    // A page that sells, books or asks for consent is not a quiz, even
    // where one of its choices is phrased as a question, unless it says
    // it is one.
    // Only what the page shows counts here: class names are a
    // developer's, and a booking form styled as class="quiz" sells.
    var quizSaid = quizWords(pageText);
    if (!quizSaid) {
      // The page's title or heading says what it is for (settings, a
      // profile, a support request), and on/off switches are a settings
      // screen's: what it asks is not a quiz.
      if (NOT_QUIZ.test(pageText) || NOT_QUIZ_WEAK.test(pageText) || PAGE_PURPOSE.test(pageText)) s -= 6;
      if (hasSwitches()) s -= 3;
      if (commercePage()) s -= 7;
      if (q.options.some(function (o) { return PRICE.test(o); })) s -= 4;
      var dlg = inDialog(c.region || c.anchor || first);
      if (dlg && /\b(cookies?|consent|privacy|tracking|gdpr|preferences|newsletter|subscribe)\b/i.test(textOf(dlg))) s -= 8;
    }
    return s;
  }

  // near: two elements a few levels from their common ancestor (twins of
  // one block), not two questions far apart that happen to read the same.
  function near(a, b) {
    var l = lca([a, b]);
    var da = 0, db = 0;
    for (var x = a; x && x !== l; x = parentOf(x)) da++;
    for (var y = b; y && y !== l; y = parentOf(y)) db++;
    return da <= 6 && db <= 6;
  }

