// Bootstrap 5: the page's own markup in Bootstrap's classes, with its
// JavaScript. A question is a card whose header holds the text and whose
// body holds .form-check radios and checkboxes (each a <label for>), a
// .form-select or a .form-control with a .form-text hint; the "buttons"
// look draws each choice as a toggle button (a .btn-check input, clipped
// out of sight, and its <label class="btn">); the carousel variant shows one
// question per slide with its answers as .list-group buttons.
import Carousel from 'bootstrap/js/src/carousel.js';
import { P, pageCount, pageOf, parts, whenReady } from './common.js';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rich = (s) => parts(s).map((p) => (p.code ? `<code>${esc(p.text)}</code>` : esc(p.text))).join('');
const plain = (s) => esc(s.replace(/`/g, ''));

function control(q, i) {
  const name = 'q' + (i + 1);
  switch (q.kind) {
    case 'single':
    case 'truefalse':
    case 'multiple': {
      const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
      if (P.buttons) {
        return `<div class="btn-group flex-wrap" role="group">${q.options.map((o, j) => `<input type="${type}" class="btn-check" name="${name}" id="${name}-${j}" autocomplete="off"><label class="btn btn-outline-primary" for="${name}-${j}">${esc(o)}</label>`).join('')}</div>`;
      }
      return q.options.map((o, j) => `<div class="form-check"><input class="form-check-input" type="${type}" name="${name}" id="${name}-${j}" value="${j}"><label class="form-check-label" for="${name}-${j}">${esc(o)}</label></div>`).join('');
    }
    case 'dropdown':
      return `<select class="form-select" id="${name}" name="${name}" aria-label="${plain(q.text)}"><option selected value="">${esc(P.placeholder || 'Open this select menu')}</option>${q.options.map((o, j) => `<option value="${j}">${esc(o)}</option>`).join('')}</select>`;
    default:
      return `<input type="${q.inputType || 'text'}" class="form-control" id="${name}" name="${name}" aria-describedby="${name}-help"><div id="${name}-help" class="form-text">Type your answer.</div>`;
  }
}

// card is one question: its text in the card header (a <label for> the
// field when there is one field), its controls in the body.
function card(q, i) {
  const name = 'q' + (i + 1);
  const single = q.kind === 'dropdown' || q.kind === 'text';
  const head = single ? `<label class="form-label fw-semibold mb-0" for="${name}">${rich(q.text)}</label>` : rich(q.text);
  return `<div class="card mb-3"><div class="card-header">${head}</div><div class="card-body">${control(q, i)}</div></div>`;
}

function carousel(items) {
  const slides = items.map((q, i) => `<div class="carousel-item${i === 0 ? ' active' : ''}">
    <div class="card"><div class="card-body">
      <h5 class="card-title">${rich(q.text)}</h5>
      <div class="list-group">${q.options.map((o) => `<button type="button" class="list-group-item list-group-item-action" data-bs-target="#quiz" data-bs-slide="next">${esc(o)}</button>`).join('')}</div>
      <p class="text-body-secondary small mt-2 mb-0">Question ${i + 1} of ${items.length}</p>
    </div></div></div>`).join('');
  return `<div id="quiz" class="carousel slide" data-bs-touch="false"><div class="carousel-inner">${slides}</div></div>`;
}

whenReady((items) => {
  const app = document.getElementById('app');
  let html = `<h1 class="h3 mb-3">${esc(P.title)}</h1>${P.intro ? `<p class="lead">${esc(P.intro)}</p>` : ''}`;
  if (P.one) {
    app.innerHTML = html + carousel(items);
    const c = new Carousel(app.querySelector('#quiz'), { interval: false, wrap: false });
    app.querySelectorAll('.list-group-item').forEach((b) => b.addEventListener('click', () => c.next()));
    return;
  }
  const n = pageCount(items);
  html += `<form class="quiz" novalidate>`;
  for (let k = 0; k < n; k++) {
    html += `<div class="page"${k > 0 ? ' hidden' : ''}>${pageOf(items, k).map((q, j) => card(q, k * (P.pageSize || 0) + j)).join('')}</div>`;
  }
  html += n > 1
    ? `<nav class="d-flex gap-3 align-items-center"><span class="status">Page 1 of ${n}</span><button type="button" class="btn btn-primary next">Next</button></nav>`
    : `<button type="submit" class="btn btn-primary">${esc(P.submit || 'Submit')}</button>`;
  app.innerHTML = html + '</form>';
  app.querySelector('form').addEventListener('submit', (e) => e.preventDefault());
  const next = app.querySelector('.next');
  if (next) {
    let cur = 0;
    const pages = app.querySelectorAll('.page');
    next.addEventListener('click', () => {
      if (cur + 1 >= pages.length) return;
      pages[cur].hidden = true;
      pages[++cur].hidden = false;
      app.querySelector('.status').textContent = `Page ${cur + 1} of ${pages.length}`;
    });
  }
});
