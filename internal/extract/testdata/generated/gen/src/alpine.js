// Alpine.js: the page's own markup (written by build.js) holds x-for/x-if
// templates that Alpine renders from the question list: a one-question-at-
// a-time quiz with answer <button>s and a "1 / 5" progress line, or a list
// of native radio/checkbox questions.
import Alpine from 'alpinejs';
import { P, parts, whenReady } from './common.js';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

Alpine.data('quiz', () => ({
  title: P.title,
  items: [],
  i: 0,
  html: (s) => parts(s).map((p) => (p.code ? `<code>${esc(p.text)}</code>` : esc(p.text))).join(''),
  letter: (j) => String.fromCharCode(65 + j) + '.',
  init() {
    whenReady((items) => { this.items = items; });
  },
}));
Alpine.start();
