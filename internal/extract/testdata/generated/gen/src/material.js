// Material Web (@material/web) components: controls are form-associated
// custom elements whose role lives in ElementInternals, not in an attribute;
// radios are named by a <label for>, the select's options sit in its shadow
// root's menu with their text in a "headline" slot, text fields carry their
// question only in a `label` attribute.
import '@material/web/radio/radio.js';
import '@material/web/checkbox/checkbox.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/button/filled-button.js';
import { P, richDOM, strip, whenReady } from './common.js';

const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
};

function question(q, i) {
  const name = 'q' + (i + 1);
  const card = el('div', { class: 'card' });
  switch (q.kind) {
    case 'single':
    case 'truefalse': {
      const id = name + '-t';
      card.append(richDOM(el('h3', { id }), q.text));
      const g = el('div', { role: 'radiogroup', 'aria-labelledby': id });
      q.options.forEach((o, j) => {
        const rid = `${name}-o${j}`;
        g.append(el('div', { class: 'row' }, el('md-radio', { id: rid, name, value: String(j) }), el('label', { for: rid }, o)));
      });
      card.append(g);
      break;
    }
    case 'multiple': {
      card.append(richDOM(el('h3', {}), q.text));
      q.options.forEach((o, j) => card.append(el('label', { class: 'row' }, el('md-checkbox', { name, value: String(j), 'touch-target': 'wrapper' }), o)));
      break;
    }
    case 'dropdown': {
      const s = el('md-outlined-select', { label: strip(q.text), name });
      q.options.forEach((o, j) => s.append(el('md-select-option', { value: 'o' + j }, el('div', { slot: 'headline' }, o))));
      card.append(s);
      break;
    }
    default:
      card.append(el('md-outlined-text-field', { label: strip(q.text), name, type: q.inputType || 'text' }));
  }
  return card;
}

whenReady((items) => {
  const app = document.getElementById('app');
  items.forEach((q, i) => app.append(question(q, i)));
  app.append(el('md-filled-button', {}, P.submit || 'Submit'));
});
