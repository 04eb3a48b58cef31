  // ---------------------------------------------------------------------
  // Document order, shadow roots
  // ---------------------------------------------------------------------

  // One walk over the flat tree (open shadow roots included, a host's shadow
  // content before its light children) gives every element its position, so
  // later sorting needs no compareDocumentPosition storms across shadow
  // boundaries.
  var order = new Map();
  var customEls = []; // web components (custom elements), in document order
  var roots = [doc];
  (function walk() {
    var n = 0;
    var stack = [doc.documentElement];
    while (stack.length) {
      var el = stack.pop();
      if (!el || el.nodeType !== 1) continue;
      order.set(el, n++);
      if (el.localName.indexOf("-") > 0) customEls.push(el);
      var kids = [];
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        for (var c = el.shadowRoot.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
      }
      for (var d = el.firstElementChild; d; d = d.nextElementSibling) kids.push(d);
      for (var i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  })();

  function pos(el) {
    var p = order.get(el);
    return p === undefined ? -1 : p;
  }

  // qsa queries the document and every open shadow root.
  function qsa(sel, scope) {
    var out = [];
    if (scope) {
      out = Array.prototype.slice.call(scope.querySelectorAll(sel));
      if (scope.shadowRoot) out = out.concat(Array.prototype.slice.call(scope.shadowRoot.querySelectorAll(sel)));
      return out;
    }
    for (var i = 0; i < roots.length; i++) {
      var r = roots[i].querySelectorAll(sel);
      for (var j = 0; j < r.length; j++) out.push(r[j]);
    }
    return out;
  }

  // parentOf crosses shadow boundaries (a shadow root's parent is its host).
  function parentOf(el) {
    if (el.parentElement) return el.parentElement;
    var r = el.parentNode;
    return r && r.host ? r.host : null;
  }

  // closestDeep is Element.closest across shadow boundaries: a control in a
  // web component's shadow root belongs to the group, fieldset or form
  // around its host.
  function closestDeep(el, sel) {
    for (var x = el; x; ) {
      var m = x.closest ? x.closest(sel) : null;
      if (m) return m;
      var root = x.getRootNode ? x.getRootNode() : null;
      x = root && root.host ? root.host : null;
    }
    return null;
  }

  function contains(a, b) {
    for (var x = b; x; x = parentOf(x)) if (x === a) return true;
    return false;
  }

  function byId(id, near) {
    if (!id) return null;
    var root = near && near.getRootNode ? near.getRootNode() : doc;
    var el = root.getElementById ? root.getElementById(id) : null;
    return el || doc.getElementById(id);
  }

  function cls(el) {
    return typeof el.className === "string" ? el.className : (el.getAttribute && el.getAttribute("class")) || "";
  }

  function hasClass(el, name) {
    return el.classList && el.classList.contains(name);
  }

