// Ionic web components (@ionic/core, custom elements build): every control
// has its own shadow root. A radio group is an <ion-radio-group> whose
// <ion-list-header> names it and whose <ion-radio>s carry their text as
// slotted content, with no native radio at all; checkboxes sit in
// <ion-item>s under a list header; an <ion-select>'s question is its label
// attribute and its options appear only in an overlay when it is opened; the
// one-at-a-time variant is an <ion-card> with the answers as <ion-button>s.
import { initialize } from '@ionic/core/components';
import { defineCustomElement as button } from '@ionic/core/components/ion-button.js';
import { defineCustomElement as card } from '@ionic/core/components/ion-card.js';
import { defineCustomElement as cardContent } from '@ionic/core/components/ion-card-content.js';
import { defineCustomElement as cardHeader } from '@ionic/core/components/ion-card-header.js';
import { defineCustomElement as cardSubtitle } from '@ionic/core/components/ion-card-subtitle.js';
import { defineCustomElement as cardTitle } from '@ionic/core/components/ion-card-title.js';
import { defineCustomElement as checkbox } from '@ionic/core/components/ion-checkbox.js';
import { defineCustomElement as input } from '@ionic/core/components/ion-input.js';
import { defineCustomElement as item } from '@ionic/core/components/ion-item.js';
import { defineCustomElement as label } from '@ionic/core/components/ion-label.js';
import { defineCustomElement as list } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as listHeader } from '@ionic/core/components/ion-list-header.js';
import { defineCustomElement as radio } from '@ionic/core/components/ion-radio.js';
import { defineCustomElement as radioGroup } from '@ionic/core/components/ion-radio-group.js';
import { defineCustomElement as select } from '@ionic/core/components/ion-select.js';
import { defineCustomElement as selectOption } from '@ionic/core/components/ion-select-option.js';
import { defineCustomElement as toggle } from '@ionic/core/components/ion-toggle.js';
import { P, pageOf, pageCount, richDOM, strip, whenReady } from './common.js';

initialize({ mode: 'md' });
for (const define of [button, card, cardContent, cardHeader, cardSubtitle, cardTitle, checkbox, input, item, label, list, listHeader, radio, radioGroup, select, selectOption, toggle]) define();

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
};

const header = (q) => el('ion-list-header', {}, richDOM(el('ion-label', {}), q.text));

function question(q, i) {
  const name = 'q' + (i + 1);
  switch (q.kind) {
    case 'single':
    case 'truefalse': {
      const g = el('ion-radio-group', { name });
      g.append(header(q), ...q.options.map((o, j) => el('ion-item', {}, el('ion-radio', { value: String(j), 'label-placement': 'end', justify: 'start' }, o))));
      return el('ion-list', { class: 'q' }, g);
    }
    case 'multiple':
      return el('ion-list', { class: 'q' }, header(q), ...q.options.map((o, j) => el('ion-item', {}, el('ion-checkbox', { name: `${name}-${j}`, 'label-placement': 'end', justify: 'start' }, o))));
    case 'dropdown': {
      const s = el('ion-select', { label: strip(q.text), 'label-placement': 'stacked', name, placeholder: P.placeholder || 'Select an answer', interface: P.popover ? 'popover' : 'alert' });
      q.options.forEach((o, j) => s.append(el('ion-select-option', { value: String(j) }, o)));
      return el('ion-list', { class: 'q' }, el('ion-item', {}, s));
    }
    default:
      return el('ion-list', { class: 'q' }, el('ion-item', {}, el('ion-input', { label: strip(q.text), 'label-placement': 'stacked', name, type: q.inputType || 'text' })));
  }
}

// one shows a single question in a card, its answers as buttons.
function one(app, items) {
  let i = 0;
  const c = el('ion-card', {});
  app.append(c);
  const show = () => {
    c.replaceChildren();
    if (i >= items.length) {
      c.append(el('ion-card-content', {}, 'Quiz complete.'));
      return;
    }
    const q = items[i];
    const answers = q.options.map((o) => {
      const b = el('ion-button', { expand: 'block', fill: 'outline' }, o);
      b.addEventListener('click', () => { i++; show(); });
      return b;
    });
    c.append(
      el('ion-card-header', {}, el('ion-card-subtitle', {}, `Question ${i + 1} of ${items.length}`), richDOM(el('ion-card-title', {}), q.text)),
      el('ion-card-content', {}, ...answers),
    );
  };
  show();
}

whenReady((items) => {
  const app = document.getElementById('app');
  app.append(el('h1', {}, P.title));
  if (P.intro) app.append(el('p', { class: 'intro' }, P.intro));
  if (P.one) {
    one(app, items);
    return;
  }
  const pages = [];
  for (let n = 0; n < pageCount(items); n++) {
    const page = el('div', { class: 'page' }, ...pageOf(items, n).map((q, k) => question(q, n * (P.pageSize || 0) + k)));
    if (n > 0) page.hidden = true;
    pages.push(page);
    app.append(page);
  }
  const footer = el('div', { class: 'footer' });
  if (pages.length > 1) {
    let cur = 0;
    const status = el('span', { class: 'status' }, `Page 1 of ${pages.length}`);
    const next = el('ion-button', {}, 'Next');
    next.addEventListener('click', () => {
      if (cur + 1 >= pages.length) return;
      pages[cur].hidden = true;
      pages[++cur].hidden = false;
      status.textContent = `Page ${cur + 1} of ${pages.length}`;
    });
    footer.append(status, next);
  } else {
    footer.append(el('ion-button', { type: 'submit' }, P.submit || 'Submit'));
  }
  app.append(footer);
  for (const t of P.toggles || []) app.insertBefore(el('ion-list', { class: 'q' }, el('ion-item', {}, el('ion-toggle', {}, t))), footer);
});
