// Fluent UI web components (v3, FAST): each control is a form-associated
// custom element whose role lives in ElementInternals. A question is a
// <fluent-field> whose slotted <label> names its input slot; a radio group
// holds one <fluent-field> per <fluent-radio> with the option in its own
// slotted label; checkboxes are fields under a text heading, with no group
// element; a dropdown's options are <fluent-option>s in a listbox popover
// that shows only when it is opened.
import '@fluentui/web-components/field/define.js';
import '@fluentui/web-components/label/define.js';
import '@fluentui/web-components/radio-group/define.js';
import '@fluentui/web-components/radio/define.js';
import '@fluentui/web-components/checkbox/define.js';
import '@fluentui/web-components/dropdown/define.js';
import '@fluentui/web-components/listbox/define.js';
import '@fluentui/web-components/option/define.js';
import '@fluentui/web-components/text-input/define.js';
import '@fluentui/web-components/button/define.js';
import '@fluentui/web-components/text/define.js';
import { setTheme } from '@fluentui/web-components';
import { webLightTheme } from '@fluentui/tokens';
import { P, richDOM, strip, whenReady } from './common.js';

setTheme(webLightTheme);

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
};

// optionField is one radio or checkbox with its text in a slotted label.
const optionField = (control, o) => el('fluent-field', { 'label-position': 'after' }, el('label', { slot: 'label' }, o), control);

function question(q, i) {
  const name = 'q' + (i + 1);
  const id = name + '-label';
  switch (q.kind) {
    case 'single':
    case 'truefalse': {
      const g = el('fluent-radio-group', { slot: 'input', name, orientation: 'vertical', 'aria-labelledby': id });
      g.append(...q.options.map((o, j) => optionField(el('fluent-radio', { slot: 'input', value: String(j) }), o)));
      return el('fluent-field', { 'label-position': 'above' }, richDOM(el('label', { slot: 'label', id }), q.text), g);
    }
    case 'multiple':
      return el('div', { class: 'checks' },
        richDOM(el('fluent-text', { weight: 'semibold', block: '' }), q.text),
        ...q.options.map((o, j) => optionField(el('fluent-checkbox', { slot: 'input', name: `${name}-${j}`, value: String(j) }), o)));
    case 'dropdown': {
      const lb = el('fluent-listbox', {}, ...q.options.map((o, j) => el('fluent-option', { value: String(j) }, o)));
      return el('fluent-field', { 'label-position': 'above' }, el('label', { slot: 'label' }, strip(q.text)), el('fluent-dropdown', { slot: 'input', placeholder: P.placeholder || 'Select an answer' }, lb));
    }
    default:
      return el('fluent-field', { 'label-position': 'above' }, el('label', { slot: 'label' }, strip(q.text)), el('fluent-text-input', { slot: 'input', name }));
  }
}

whenReady((items) => {
  const app = document.getElementById('app');
  app.append(el('h1', {}, P.title));
  if (P.intro) app.append(el('p', { class: 'intro' }, P.intro));
  const form = el('form', { class: 'quiz' }, ...items.map((q, i) => el('div', { class: 'q' }, question(q, i))));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.append(el('fluent-button', { appearance: 'primary', type: 'submit' }, P.submit || 'Submit'));
  app.append(form);
});
