// Lit: a <quiz-app> web component renders the whole quiz inside its open
// shadow root. Each option is a styled row: a <label> whose real radio or
// checkbox input is visually hidden (clipped to 1 px) under a drawn
// marker, as design systems do.
import { LitElement, html, css } from 'lit';
import { P, parts, whenReady } from './common.js';

const rich = (s) => parts(s).map((p) => (p.code ? html`<code>${p.text}</code>` : p.text));

class QuizApp extends LitElement {
  static properties = { items: { state: true } };

  static styles = css`
    :host { display: block; }
    .q { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid #d0d7de; border-radius: 8px; }
    .stem { font-weight: 600; margin: 0 0 .5rem; }
    label.row { display: flex; align-items: center; gap: .6rem; padding: .45rem .6rem; margin: .3rem 0; border: 1px solid #d0d7de; border-radius: 6px; cursor: pointer; }
    label.row:has(input:checked) { border-color: #0969da; background: #ddf4ff; }
    .marker { width: 1rem; height: 1rem; border: 2px solid #57606a; border-radius: 50%; flex: none; }
    .multi .marker { border-radius: 3px; }
    input:checked + .marker { background: #0969da; border-color: #0969da; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    code { font-family: ui-monospace, monospace; background: #f0f2f4; padding: 0 .25em; }
    input[type=text] { min-width: 16rem; padding: .3rem; }
  `;

  constructor() {
    super();
    this.items = [];
    whenReady((items) => { this.items = items; });
  }

  question(q, i) {
    const name = 'q' + (i + 1);
    if (q.kind === 'text') {
      return html`<div class="q"><label class="stem" for=${name}>${rich(q.text)}</label><br><input type="text" id=${name} name=${name}></div>`;
    }
    const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
    return html`<div class="q ${q.kind === 'multiple' ? 'multi' : ''}" role="group" aria-labelledby=${name + '-t'}>
      <p class="stem" id=${name + '-t'}>${rich(q.text)}</p>
      ${q.options.map((o, j) => html`<label class="row"><input class="visually-hidden" type=${type} name=${name} value=${j}><span class="marker"></span><span>${o}</span></label>`)}
    </div>`;
  }

  render() {
    return html`<h1>${P.title}</h1>${this.items.map((q, i) => this.question(q, i))}${this.items.length ? html`<button type="button">${P.submit || 'Submit'}</button>` : ''}`;
  }
}
customElements.define('quiz-app', QuizApp);
