// quizstats audit view: one analysis' audit evidence, from the history
// (GET /api/v1/analyses/{id}), as tables, bars and reliability diagrams
// drawn as SVG here (no charting library). The figures are the server's
// (internal/audit); this page only lays them out.

const TOKEN_KEY = 'quizstats.token';
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const token = localStorage.getItem(TOKEN_KEY) || '';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

async function call(path, opts = {}) {
  const headers = { Accept: 'application/json', ...(opts.headers || {}) };
  if (token) headers.Authorization = 'Bearer ' + token;
  const r = await fetch(path, { ...opts, headers, cache: 'no-store' });
  if (!r.ok) {
    let msg = `the server answered ${r.status}`;
    try {
      msg = (await r.json()).error?.message || msg;
    } catch { /* not JSON */ }
    if (r.status === 401) msg += ' (open the dashboard to enter the token)';
    throw new Error(msg);
  }
  return r;
}

const pct = (f) => (f === null || f === undefined ? '–' : `${Math.round(f * 100)}%`);
const letters = (cs) => (cs && cs.length ? cs.map((c) => String.fromCharCode(65 + c)).join(' ') : 'no majority');
const idOf = () => location.hash.replace(/^#/, '');

function fail(message) {
  $('a-error').hidden = false;
  $('a-error').textContent = message;
}

async function main() {
  const id = idOf();
  if (!/^[0-9a-z]+$/.test(id)) return fail('No analysis: open the audit from a history entry of the dashboard.');
  let a;
  try {
    a = await (await call('/api/v1/analyses/' + id)).json();
  } catch (err) {
    $('a-title').textContent = 'Could not open the analysis';
    return fail(err.message);
  }
  render(a);
}

function render(a) {
  $('a-title').textContent = a.source?.title || a.source?.url || 'Untitled quiz';
  $('a-export').hidden = false;
  const au = a.audit;
  if (!au || !au.evidence) {
    $('a-meta').textContent = `${a.questions.length} questions · ${a.model} · ${a.samples} sample${a.samples === 1 ? '' : 's'}`;
    offerRun(a);
    return;
  }
  const parts = [`${a.questions.length} questions`, `${au.models.length} model${au.models.length === 1 ? '' : 's'} × ${au.samples} sample${au.samples === 1 ? '' : 's'}`, `seed ${au.seed}`];
  if (au.probes?.choices_only) parts.push('choices-only probe');
  if (!a.answer_key) parts.push('no answer key: answerability, distractors and calibration need one');
  $('a-meta').textContent = parts.join(' · ');
  models(au.evidence);
  questions(a, au.evidence);
  document.body.dataset.ready = '1';
}

function row(table, cells, head) {
  const tr = el('tr');
  for (const c of cells) {
    const td = el(head ? 'th' : 'td');
    if (head) td.scope = 'col';
    if (c instanceof Node) td.append(c);
    else if (c && typeof c === 'object') {
      td.className = c.cls || '';
      if (c.node) td.append(c.node);
      else td.textContent = c.text;
    } else td.textContent = c;
    tr.append(td);
  }
  table.append(tr);
  return tr;
}

function bar(v, tone) {
  const wrap = el('span', 'a-barwrap');
  const b = el('span', 'a-bar' + (tone ? ' ' + tone : ''));
  const fill = el('span');
  b.append(fill);
  b.style.setProperty('--v', v ?? 0);
  b.setAttribute('role', 'img');
  b.setAttribute('aria-label', pct(v));
  wrap.append(b, document.createTextNode(pct(v)));
  return wrap;
}

function models(ev) {
  $('a-models').hidden = false;
  const t = $('a-model-table');
  t.textContent = '';
  row(t, ['Model', 'Answerability', 'Reorderings that changed the pick', 'Picked the option shown first', 'shown last', 'chance', 'Brier', 'ECE', 'Weak distractors'], true);
  for (const m of ev.models) {
    if (m.error) {
      row(t, [m.model, { text: 'failed: ' + m.error.message }, '', '', '', '', '', '', '']);
      continue;
    }
    const pb = m.position_bias;
    const c = m.calibration;
    row(t, [
      m.model, { node: bar(m.answerability, m.answerability >= 0.5 ? 'good' : 'bad') },
      { cls: 'num', text: m.reorderings ? `${m.changes}/${m.reorderings} (${pct(m.order_sensitivity)})` : '–' },
      { cls: 'num', text: pct(pb.first) }, { cls: 'num', text: pct(pb.last) }, { cls: 'num', text: pct(pb.chance) },
      { cls: 'num', text: c ? c.brier.toFixed(3) : '–' }, { cls: 'num', text: c ? c.ece.toFixed(3) : '–' },
      { cls: 'num', text: String(m.weak_distractors) },
    ]);
  }
  const box = $('a-diagrams');
  box.textContent = '';
  for (const m of ev.models) if (m.calibration) box.append(diagram(m));
}

// diagram draws a reliability diagram: per confidence bin, a bar as high
// as the share right, against the diagonal of perfect calibration.
function diagram(m) {
  const c = m.calibration;
  const S = 200, P = 24; // plot size and padding, in SVG units
  const x = (v) => P + v * S, y = (v) => P + S - v * S;
  const fig = el('figure', 'a-diagram');
  const s = svg('svg', { viewBox: `0 0 ${S + 2 * P} ${S + 2 * P}`, role: 'img', 'aria-label': `Reliability diagram of ${m.model}: Brier ${c.brier.toFixed(3)}, ECE ${c.ece.toFixed(3)}` });
  s.append(svg('title', {}, `Reliability of ${m.model}`));
  s.append(svg('line', { class: 'axis', x1: x(0), y1: y(0), x2: x(1), y2: y(0) }));
  s.append(svg('line', { class: 'axis', x1: x(0), y1: y(0), x2: x(0), y2: y(1) }));
  s.append(svg('line', { class: 'ideal', x1: x(0), y1: y(0), x2: x(1), y2: y(1) }));
  for (const t of [0, 0.5, 1]) {
    s.append(svg('text', { x: x(t), y: y(0) + 12, 'text-anchor': 'middle' }, t));
    s.append(svg('text', { x: x(0) - 4, y: y(t) + 3, 'text-anchor': 'end' }, t));
  }
  for (const b of c.bins) {
    if (!b.count) continue;
    const w = (b.hi - b.lo) * S - 2;
    const r = svg('rect', { class: 'bin', x: x(b.lo) + 1, y: y(b.accuracy), width: w, height: b.accuracy * S, 'data-bin': b.lo });
    r.append(svg('title', {}, `confidence ${b.lo}–${b.hi}: ${b.count} question${b.count === 1 ? '' : 's'}, right ${pct(b.accuracy)}, mean confidence ${pct(b.confidence)}`));
    s.append(r);
    // The gap between confidence and accuracy, which ECE weighs.
    const top = Math.max(b.accuracy, b.confidence), bottom = Math.min(b.accuracy, b.confidence);
    if (top > bottom) s.append(svg('rect', { class: 'gap', x: x(b.lo) + 1, y: y(top), width: w, height: (top - bottom) * S }));
    s.append(svg('text', { x: x(b.lo) + w / 2 + 1, y: y(b.accuracy) - 3, 'text-anchor': 'middle' }, b.count));
  }
  fig.append(s, el('figcaption', '', `${m.model} · ${c.questions} questions · Brier ${c.brier.toFixed(3)} · ECE ${c.ece.toFixed(3)}`),
    el('figcaption', 'a-legend', 'bars: share right per confidence bin (count on top) · red: the gap to the bin’s confidence · dashed: perfect calibration'));
  return fig;
}

function questions(a, ev) {
  $('a-questions').hidden = false;
  const t = $('a-question-table');
  t.textContent = '';
  row(t, ['#', 'Question', 'Model', 'Right', 'Pick', 'Reordered', 'Choices only', 'Wrong picks'], true);
  for (const q of ev.questions) {
    const question = a.questions[q.question] || { text: '', options: [] };
    q.models.forEach((m, i) => {
      const text = el('span', 'q-text', i === 0 ? question.text : '');
      if (i === 0 && q.weak_distractors) text.append(' ', el('span', 'a-flag', 'weak distractors'));
      if (i === 0 && q.answerability !== undefined) text.append(el('br'), bar(q.answerability, q.answerability >= 0.5 ? 'good' : 'bad'), ' over all models');
      if (m.error) {
        const tr = row(t, [i === 0 ? String(q.question + 1) : '', text, m.model, { text: 'not answered: ' + m.error.message }, '', '', '', '']);
        if (i === 0) tr.className = 'q-first';
        return;
      }
      const wrong = (m.distractors || []).filter((d) => d.picks > 0).sort((x, y) => y.picks - x.picks)
        .map((d) => `${String.fromCharCode(65 + d.option)}. ${question.options[d.option] ?? ''} ×${d.picks}`).join('; ');
      const co = m.choices_only === undefined ? '–' : pct(m.choices_only) + (m.weak_distractors ? ' ⚑' : '');
      const tr = row(t, [
        i === 0 ? String(q.question + 1) : '', text, m.model,
        { node: bar(m.answerability, m.outcome === 'correct' ? 'good' : 'bad') },
        { text: letters(m.choices), cls: m.outcome ? 'a-out-' + m.outcome : '' },
        { cls: 'num', text: m.reorderings ? `${m.changes}/${m.reorderings}` : '–' },
        { cls: 'num', text: co }, wrong || '–',
      ]);
      if (i === 0) tr.className = 'q-first';
    });
  }
}

// offerRun audits the questions of a plain analysis: the same request,
// with models and a probe.
function offerRun(a) {
  const f = $('a-run');
  f.hidden = false;
  f.models.value = a.model;
  f.onsubmit = async (ev) => {
    ev.preventDefault();
    const body = {
      source: a.source,
      questions: a.questions.map((q) => ({ text: q.text, options: q.options, kind: q.kind })),
      samples: Number(f.samples.value) || 5,
      models: f.models.value.split(',').map((m) => m.trim()).filter(Boolean),
      probes: { choices_only: f.choices_only.checked },
    };
    if (a.answer_key) body.answer_key = a.answer_key;
    f.querySelector('button').disabled = true;
    try {
      const r = await call('/api/v1/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const res = await r.json();
      location.hash = res.id;
      location.reload();
    } catch (err) {
      fail('The audit was not made: ' + err.message);
      f.querySelector('button').disabled = false;
    }
  };
}

for (const b of $('a-export').querySelectorAll('button')) {
  b.addEventListener('click', async () => {
    try {
      const r = await call(`/api/v1/analyses/${idOf()}/export?format=${b.dataset.format}`);
      const link = el('a');
      link.href = URL.createObjectURL(await r.blob());
      link.download = `quizstats-${idOf()}.${b.dataset.format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (err) {
      fail('Could not export: ' + err.message);
    }
  });
}

addEventListener('hashchange', () => location.reload());
main();
