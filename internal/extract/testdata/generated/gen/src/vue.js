// Vue 3 (render functions): each question a <fieldset> with a <legend> and
// native inputs inside their <label>s, or a <label for> a <select> whose
// <option>s carry their text only in the `label` attribute; the paged
// variant shows one page of questions with a Next button.
import { createApp, h, ref } from 'vue';
import { P, pageCount, pageOf, parts, strip, whenReady } from './common.js';

const rich = (s) => parts(s).map((p) => (p.code ? h('code', p.text) : p.text));

function question(q, i) {
  const name = 'q' + (i + 1);
  switch (q.kind) {
    case 'single':
    case 'truefalse':
    case 'multiple': {
      const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
      return h('fieldset', { class: 'question' }, [
        h('legend', rich(q.text)),
        ...q.options.map((o, j) => h('label', { class: 'choice' }, [h('input', { type, name, value: String(j) }), ' ', o])),
      ]);
    }
    case 'dropdown':
      return h('div', { class: 'question' }, [
        h('label', { for: name }, strip(q.text)),
        h('select', { id: name, name }, [
          h('option', { value: '', label: P.placeholder || '— choose —' }),
          ...q.options.map((o, j) => h('option', { value: String(j), label: o })),
        ]),
      ]);
    default:
      return h('div', { class: 'question' }, [
        h('label', { for: name }, strip(q.text)),
        q.paragraph ? h('textarea', { id: name, name, rows: 3 }) : h('input', { id: name, name, type: q.inputType || 'text' }),
      ]);
  }
}

whenReady((items) => {
  createApp({
    setup() {
      const page = ref(0);
      const n = pageCount(items);
      return () => h('form', { class: 'quiz', onSubmit: (e) => e.preventDefault() }, [
        h('h1', P.title),
        P.intro ? h('p', { class: 'intro' }, P.intro) : null,
        ...pageOf(items, page.value).map((q, k) => question(q, page.value * (P.pageSize || 0) + k)),
        h('div', { class: 'nav' }, n > 1
          ? [h('span', `Page ${page.value + 1} of ${n}`), ' ', h('button', { type: 'button', disabled: page.value + 1 >= n, onClick: () => page.value++ }, 'Next')]
          : [h('button', { type: 'submit' }, P.submit || 'Submit')]),
      ]);
    },
  }).mount('#app');
});
