// Shoelace web components: every control lives in an open shadow root. A
// radio group's question is only its `label` attribute (or a slotted
// element), a select's options are hidden until it opens, checkboxes are
// grouped by a role=group naming its heading.
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { P, pageCount, pageOf, richDOM, strip, whenReady } from './common.js';

setBasePath(P.assets + '/shoelace');

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
};

function question(q, i) {
  const name = 'q' + (i + 1);
  switch (q.kind) {
    case 'single':
    case 'truefalse': {
      const g = el('sl-radio-group', { name });
      // Texts with code go into the label slot, the others into the attribute.
      if (q.text.includes('`')) g.append(richDOM(el('span', { slot: 'label' }), q.text));
      else g.setAttribute('label', q.text);
      q.options.forEach((o, j) => g.append(el('sl-radio', { value: String(j) }, o)));
      return g;
    }
    case 'multiple': {
      const id = name + '-label';
      const g = el('div', { role: 'group', 'aria-labelledby': id, class: 'checks' });
      g.append(richDOM(el('div', { id, class: 'group-label' }), q.text));
      q.options.forEach((o, j) => g.append(el('sl-checkbox', { value: String(j) }, o)));
      return g;
    }
    case 'dropdown': {
      const s = el('sl-select', { label: strip(q.text), name, placeholder: P.placeholder || 'Select one' });
      q.options.forEach((o, j) => s.append(el('sl-option', { value: 'o' + j }, o)));
      return s;
    }
    default:
      return el('sl-input', { label: strip(q.text), name, type: q.inputType || 'text' });
  }
}

function render(items) {
  const app = document.getElementById('app');
  app.append(el('h1', {}, P.title));
  if (P.intro) app.append(el('p', { class: 'intro' }, P.intro));
  const pages = [];
  for (let n = 0; n < pageCount(items); n++) {
    const page = el('div', { class: 'page' });
    pageOf(items, n).forEach((q, k) => page.append(el('sl-card', { class: 'q' }, question(q, n * (P.pageSize || 0) + k))));
    if (n > 0) page.hidden = true;
    pages.push(page);
    app.append(page);
  }
  const footer = el('div', { class: 'footer' });
  if (pages.length > 1) {
    let cur = 0;
    const status = el('span', { class: 'status' }, `Page 1 of ${pages.length}`);
    const next = el('sl-button', { variant: 'primary' }, 'Next');
    next.addEventListener('click', () => {
      if (cur + 1 >= pages.length) return;
      pages[cur].hidden = true;
      pages[++cur].hidden = false;
      status.textContent = `Page ${cur + 1} of ${pages.length}`;
    });
    footer.append(status, next);
  } else {
    footer.append(el('sl-button', { variant: 'primary' }, P.submit || 'Submit'));
  }
  app.append(footer);
}

// The decoy variant: the same widgets in a cookie-consent dialog.
if (P.dialog) {
  const d = el('sl-dialog', { label: P.dialog.label, open: '' });
  d.append(el('p', {}, P.dialog.text));
  P.items.forEach((q, i) => d.append(question(q, i)));
  for (const b of P.dialog.buttons) d.append(el('sl-button', { slot: 'footer', variant: 'primary' }, b));
  document.body.append(d);
} else {
  whenReady(render);
}
