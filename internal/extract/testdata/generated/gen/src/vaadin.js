// Vaadin web components: each group is a custom element whose question is
// only its `label` attribute (the component copies it into a slotted
// <label>), with a helper text under it; each radio button and checkbox
// carries its text in a `label` attribute too, its native input slotted
// into its shadow root; a combo box's options exist only in its overlay
// (a virtual list) while it is open.
import '@vaadin/radio-group';
import '@vaadin/checkbox-group';
import '@vaadin/combo-box';
import '@vaadin/text-field';
import '@vaadin/button';
import { P, pageCount, pageOf, strip, whenReady } from './common.js';

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
};

function question(q, i) {
  const name = 'q' + (i + 1);
  const text = strip(q.text);
  switch (q.kind) {
    case 'single':
    case 'truefalse': {
      const g = el('vaadin-radio-group', { label: text, name, theme: 'vertical' });
      if (P.helper) g.setAttribute('helper-text', P.helper.single);
      q.options.forEach((o, j) => g.append(el('vaadin-radio-button', { value: String(j), label: o })));
      return g;
    }
    case 'multiple': {
      const g = el('vaadin-checkbox-group', { label: text, theme: 'vertical' });
      if (P.helper) g.setAttribute('helper-text', P.helper.multiple);
      q.options.forEach((o, j) => g.append(el('vaadin-checkbox', { value: String(j), label: o })));
      return g;
    }
    case 'dropdown': {
      const c = el('vaadin-combo-box', { label: text, name, placeholder: P.placeholder || 'Select an answer' });
      c.items = q.options;
      return c;
    }
    default:
      return el('vaadin-text-field', { label: text, name });
  }
}

whenReady((items) => {
  const app = document.getElementById('app');
  app.append(el('h1', {}, P.title));
  if (P.intro) app.append(el('p', { class: 'intro' }, P.intro));
  const pages = [];
  for (let n = 0; n < pageCount(items); n++) {
    const page = el('div', { class: 'page' }, ...pageOf(items, n).map((q, k) => el('div', { class: 'q' }, question(q, n * (P.pageSize || 0) + k))));
    if (n > 0) page.hidden = true;
    pages.push(page);
    app.append(page);
  }
  const footer = el('div', { class: 'footer' });
  if (pages.length > 1) {
    let cur = 0;
    const status = el('span', { class: 'status' }, `Page 1 of ${pages.length}`);
    const next = el('vaadin-button', { theme: 'primary' }, 'Next');
    next.addEventListener('click', () => {
      if (cur + 1 >= pages.length) return;
      pages[cur].hidden = true;
      pages[++cur].hidden = false;
      status.textContent = `Page ${cur + 1} of ${pages.length}`;
    });
    footer.append(status, next);
  } else {
    footer.append(el('vaadin-button', { theme: 'primary' }, P.submit || 'Submit'));
  }
  app.append(footer);
});
