// What every page script shares: the page's configuration (window.PAGE,
// written by build.js into the page) and the late-rendering variant.

export const P = window.PAGE;

// strip drops the inline-code markers of a question-set text.
export const strip = (s) => s.replace(/`/g, '');

// parts splits a text at its inline-code markers: [{code, text}].
export function parts(s) {
  return s.split('`').map((text, i) => ({ code: i % 2 === 1, text })).filter((p) => p.text !== '');
}

// richDOM fills el with text, inline code in <code>.
export function richDOM(el, s) {
  for (const p of parts(s)) {
    if (p.code) {
      const c = document.createElement('code');
      c.textContent = p.text;
      el.append(c);
    } else {
      el.append(document.createTextNode(p.text));
    }
  }
  return el;
}

// whenReady calls render(items) with the page's questions: at once, or for
// the late variant after P.delayMs, fetching them from P.dataUrl as a quiz
// platform does after load. Before that the page shows a still "Loading"
// line: the DOM is quiet until the questions arrive.
export function whenReady(render) {
  if (!P.delayMs) {
    render(P.items);
    return;
  }
  setTimeout(async () => {
    const items = P.dataUrl ? await (await fetch(P.dataUrl)).json() : P.items;
    const loading = document.getElementById('loading');
    if (loading) loading.remove();
    render(items);
  }, P.delayMs);
}

// pageOf returns the questions of page n (0-based) in the paged variant.
export function pageOf(items, n) {
  if (!P.pageSize) return items;
  return items.slice(n * P.pageSize, (n + 1) * P.pageSize);
}

export const pageCount = (items) => (P.pageSize ? Math.ceil(items.length / P.pageSize) : 1);
