// quizstats presenter view: the live analysis on a room's screen, one
// question at a time, large, paced by the host.
//
// It is a read-only client of the same event stream as the dashboard. The
// host's controls (pace, reveal, back and forth) change this screen only;
// nothing here writes to the server. URL parameters: pace=SECONDS (each
// question shown at least that long in auto mode, default 4), auto=0 (start
// in manual mode), hide=1 (hide the answers until they are revealed).

import { draw } from './qr.js';
import * as rules from './state.js';

// What a revealed question says, from the shared rules: the key's verdict
// when there is a key, else whether the samples agreed.
const CORRECT = 'correct', WRONG = 'wrong', TIE = 'tie', UNSCORED = 'unscored', UNANSWERED = 'unanswered';

const $ = (id) => document.getElementById(id);
const TOKEN_KEY = 'quizstats.token';
const RESUME_KEY = 'quizstats.present';
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const params = new URLSearchParams(location.search);
const num = (v, def, lo, hi) => {
  const n = parseFloat(v);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : def;
};

const opts = {
  pace: num(params.get('pace'), 4, 0.05, 600) * 1000, // ms each question stays at least
  auto: params.get('auto') !== '0',
  hide: params.get('hide') === '1',
  share: params.get('qr') !== '0',
};

// For tests: every question put on screen, in order, and every reveal.
const trail = (window.__presenter = { shown: [], revealed: [], outcomes: [], ends: 0, fitMs: [], fitAhead: [] });

// A phone that opened the room's QR code reads with the view key in the
// fragment, kept in this tab only (never in place of a host's token).
const viewKeyOf = (h) => (h.match(/^#key=([^&]+)$/) || [])[1];
const opened = viewKeyOf(location.hash) ? decodeURIComponent(viewKeyOf(location.hash)) : '';
if (opened) sessionStorage.setItem(TOKEN_KEY, opened);

const state = {
  token: sessionStorage.getItem(TOKEN_KEY) || localStorage.getItem(TOKEN_KEY) || '',
  viewKey: sessionStorage.getItem(TOKEN_KEY) || '', // a viewer shares the key it has
  lastSeq: null,
  analyses: new Map(), // id -> analysis as known here
  follow: null, // the analysis this screen presents
  serverDate: 0, // the server's time when this page first asked it something (ms)
};

// view is what is on screen: question index of the followed analysis, when
// it came, whether its answer is revealed, or the end screen.
const view = { id: null, index: -1, since: 0, revealed: false, end: false, resume: null };

// --- API and stream

async function api(path) {
  const headers = { Accept: 'application/json' };
  if (state.token) headers.Authorization = 'Bearer ' + state.token;
  const r = await fetch(path, { headers, cache: 'no-store' });
  if (r.status === 401) {
    const e = new Error('unauthorized');
    e.status = 401;
    throw e;
  }
  if (!r.ok) throw new Error(`${path} answered ${r.status}`);
  // The server's clock (to the second), to tell an analysis that started
  // before this page from one that starts while it watches.
  state.serverDate = state.serverDate || Date.parse(r.headers.get('Date')) || 0;
  return r.json();
}

const conn = { ws: null, attempt: 0, timer: 0, opened: false, fresh: false };

function setConn(kind, text) {
  $('conn').dataset.state = kind;
  $('conn-text').textContent = text;
}

function connect(since) {
  clearTimeout(conn.timer);
  if (conn.ws) {
    conn.ws.onclose = null;
    conn.ws.close();
  }
  const q = new URLSearchParams();
  if (since !== undefined && since !== null) q.set('since', String(since));
  if (state.token) q.set('access_token', state.token);
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/api/v1/events${q.size ? '?' + q : ''}`);
  conn.ws = ws;
  conn.opened = false;
  conn.fresh = since === undefined || since === null;
  ws.onopen = () => {
    conn.opened = true;
    conn.attempt = 0;
    setConn('live', 'Live');
    if (state.token && !state.viewKey) share();
  };
  ws.onmessage = (m) => {
    let e;
    try {
      e = JSON.parse(m.data);
    } catch {
      return;
    }
    handle(e);
  };
  ws.onclose = async () => {
    if (conn.ws !== ws) return;
    conn.ws = null;
    if (!conn.opened) {
      try {
        await api('/api/v1/analyses?limit=1'); // what a view key may read too
      } catch (err) {
        if (err.status === 401) return askToken();
      }
    }
    conn.attempt++;
    setConn('reconnecting', 'Reconnecting');
    const d = Math.min(10000, 500 * 2 ** (conn.attempt - 1));
    conn.timer = setTimeout(() => connect(state.lastSeq), d / 2 + Math.random() * (d / 2));
  };
}

// --- events

function analysisOf(id) {
  let a = state.analyses.get(id);
  if (!a) {
    a = { id, status: 'running', questions: null, answers: [], samples: 1, source: {}, answer_key: null, score: null, error: null, startSeq: null };
    state.analyses.set(id, a);
  }
  return a;
}

// handle takes an event, live or replayed (a replay may repeat events
// seen): every step is idempotent.
function handle(e) {
  if (state.lastSeq === null || e.seq > state.lastSeq) state.lastSeq = e.seq;
  switch (e.type) {
    case 'analysis.started': {
      const a = analysisOf(e.id);
      Object.assign(a, { source: e.source || {}, samples: e.samples || 1, questions: e.questions || [], answer_key: e.answer_key || null, startSeq: e.seq });
      // A started event may carry the answers so far.
      (e.answers || []).forEach((ans) => (a.answers[ans.question] = ans));
      if (!state.follow || e.id >= state.follow) followAnalysis(e.id);
      // A display connecting mid-analysis is replayed its events from
      // analysis.started on; one that joins after answers were given (a
      // phone from the QR code) is put on the newest of them, by the
      // server's clock (its first Date to this page), not this device's.
      if (conn.fresh && !view.resume && state.serverDate && Date.parse(e.at) < state.serverDate) {
        view.resume = { id: e.id, index: 'latest', before: state.serverDate };
      }
      break;
    }
    case 'answer': {
      const a = analysisOf(e.id);
      a.answers[e.answer.question] = e.answer;
      (a.answeredAt ||= [])[e.answer.question] = Date.parse(e.at) || 0;
      if (!state.follow || e.id > state.follow) followAnalysis(e.id);

      break;
    }
    case 'analysis.completed': {
      const a = analysisOf(e.id);
      const full = { ...e.analysis };
      Object.assign(a, {
        status: full.status || 'completed',
        questions: full.questions || a.questions || [],
        samples: full.samples || a.samples,
        source: e.source || full.source || a.source,
        answer_key: full.answer_key || a.answer_key,
        score: e.cached ? e.score || null : full.score || null,
        cached: !!e.cached,
      });
      (full.answers || []).forEach((ans) => (a.answers[ans.question] = ans));
      // A cache hit has no other event: the quiz is presented from the start.
      if (e.cached || !state.follow || e.id > state.follow) followAnalysis(e.id, !!e.cached);
      break;
    }
    case 'analysis.failed': {
      const a = analysisOf(e.id);
      Object.assign(a, { status: 'failed', error: e.error || null });
      break;
    }
    default:
      return;
  }
  if (state.follow === e.id) {
    paintCounter();
    paintStrip();
    soon();
    prefit();
  }
}

// latestBefore: the newest question answered before `before`, -1 while
// unknown, 'start' if none was (events come in order: once a later answer
// is here, every earlier one is too).
function latestBefore(a, before) {
  let latest = -1, later = false;
  a.answers.forEach((ans, i) => {
    if (ans && (a.answeredAt?.[i] || 0) < before) latest = i;
    else if (ans) later = true;
  });
  return latest < 0 && (later || finished(a)) ? 'start' : latest;
}

function followAnalysis(id, restart) {
  if (state.follow === id && !restart) return;
  state.follow = id;
  if (view.resume && view.resume.id !== id) view.resume = null;
  view.id = id;
  view.index = -1;
  view.end = false;
  view.revealed = false;
  remember();
}

// --- pacing

let timer = 0;

// soon runs the pacing step after the current task, once.
function soon(ms = 0) {
  clearTimeout(timer);
  timer = setTimeout(step, ms);
}

const followed = () => state.analyses.get(state.follow);
const total = (a) => (a.questions?.length || a.answers.length || 0);
// ready: question i can be shown (answered, or the analysis ended
// without its answer: shown as not answered).
const ready = (a, i) => i < total(a) && (!!a.answers[i] || a.status !== 'running');
const finished = (a) => a.status !== 'running';

// step decides what the screen shows next and reschedules itself.
function step() {
  const a = followed();
  if (!a) return showWaiting();
  if (a.status === 'failed' && !a.answers.some(Boolean)) return showFailed(a);
  if (!a.questions) return showWaiting('A quiz is being answered', 'Its questions appear in a moment.');
  const r = view.resume;
  if (r && r.id === a.id) {
    // Back after a reload, or opened mid-analysis: straight to where the
    // presentation is, not from question 1 again.
    const i = r.index === 'latest' ? latestBefore(a, r.before) : Math.min(r.index, total(a) - 1);
    if (i === 'start') {
      // No answer before it joined: from question 1, as if open all along.
      view.resume = null;
      return step();
    }
    if (r.end && finished(a)) {
      view.resume = null;
      return showEnd(a);
    }
    if (i >= 0 && ready(a, i)) {
      view.resume = null;
      a.seen = a.seen || new Set();
      for (let k = 0; k < i; k++) a.seen.add(k);
      return showQuestion(a, i, r.revealed || r.index === 'latest');
    }
    return showWaiting(a.source?.title || 'A quiz is being answered', 'The next answer is on its way.');
  }
  if (view.end) return;
  const now = performance.now();
  if (view.index < 0) {
    if (ready(a, 0)) showQuestion(a, 0, false);
    else showWaiting(a.source?.title || 'A quiz is being answered', 'The first answer is on its way.');
    return;
  }
  if (!opts.auto) return;
  const shownFor = now - view.since;
  const revealAt = opts.pace * (opts.hide ? 0.6 : 0.4);
  if (!view.revealed) {
    if (shownFor < revealAt) return soon(revealAt - shownFor);
    reveal();
  }
  if (shownFor < opts.pace) return soon(opts.pace - shownFor);
  const next = view.index + 1;
  if (next < total(a)) {
    if (ready(a, next)) showQuestion(a, next, false);
  } else if (finished(a)) {
    showEnd(a);
  }
}

// --- screens

function screen(name) {
  document.body.dataset.screen = name;
  $('question').hidden = name !== 'question';
  $('waiting').hidden = name !== 'waiting' && name !== 'failed';
  $('end').hidden = name !== 'end';
}

function showWaiting(title = 'Waiting for a quiz', text = 'The questions appear here, one at a time, as the model answers them.') {
  screen('waiting');
  $('waiting-title').textContent = title;
  $('waiting-text').textContent = text;
  paintCounter();
}

function showFailed(a) {
  screen('failed');
  $('waiting-title').textContent = 'This quiz could not be answered';
  $('waiting-text').textContent = a.error?.message || 'The model failed.';
  announce(`The analysis failed: ${a.error?.message || 'the model failed'}`);
}

const letter = (i) => String.fromCharCode(65 + i);

function el(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

// The option elements on screen, for reveal and the vote bars.
let optEls = [];

// fillQuestion puts question i into root (the screen or the probe); with
// final, with what the reveal adds, so a size fitted then still fits.
function fillQuestion(root, a, i, final) {
  const q = a.questions[i] || { text: `Question ${i + 1}`, options: [] };
  const ans = a.answers[i];
  root.querySelector('.qnum span').textContent = String(i + 1);
  // A new element: its entrance starts with no forced layout.
  const old = root.querySelector('.stem');
  const stem = el('h1', 'stem', q.text);
  if (old.id) stem.id = old.id;
  old.replaceWith(stem);
  const ol = root.querySelector('.options');
  ol.textContent = '';
  const n = q.options?.length || 0;
  ol.dataset.cols = n === 2 || n >= 4 ? '2' : '1';
  const many = (a.samples || 1) > 1;
  const els = (q.options || []).map((text, j) => {
    const li = el('li', `opt c${j % 6}`);
    const fill = el('span', 'fill');
    const marker = el('span', 'marker');
    marker.append(el('span', 'shape'), el('span', 'letter', letter(j)));
    const t = el('span', 'otext', text);
    const sr = el('span', 'sr');
    t.append(sr);
    const pct = el('span', 'pct');
    const mark = el('span', 'mark');
    mark.setAttribute('aria-hidden', 'true');
    if (final) {
      // Without the answer yet, the widest: 100% and a mark each.
      pct.textContent = many ? (ans?.votes ? `${Math.round(((ans.votes[j] || 0) / a.samples) * 100)}%` : '100%') : '';
      mark.textContent = ans ? MARK[rules.optionTone(a, i, j)] || '' : '✓';
    }
    li.append(fill, marker, t, pct, mark);
    ol.append(li);
    return { li, fill, pct, mark, sr };
  });
  const ta = root.querySelector('.text-answer');
  ta.hidden = !(final && ans?.text);
  ta.textContent = final && ans?.text ? ans.text : '';
  root.querySelector('.verdict').hidden = true;
  return els;
}

function showQuestion(a, i, revealed) {
  const ans = a.answers[i];
  view.id = a.id;
  view.index = i;
  view.end = false;
  view.since = performance.now();
  view.revealed = false;
  trail.shown.push(i);
  screen('question');
  const sec = $('question');
  sec.classList.toggle('enter', !reducedMotion.matches);
  sec.dataset.outcome = '';
  optEls = fillQuestion(sec, a, i, false);
  $('conf-box').hidden = opts.hide || !ans || !!ans.error;
  $('conf').textContent = '0%';
  values.set($('conf'), 0);
  paintCounter();
  paintStrip();
  remember();
  if (!opts.hide) votes(a, i);
  fit();
  if (revealed) reveal();
  else soon();
}

// votes grows each option's bar to its share of the samples and counts the
// confidence up.
function votes(a, i) {
  const ans = a.answers[i];
  if (!ans || ans.error) return;
  const samples = a.samples || 1;
  const v = ans.votes || [];
  optEls.forEach((o, j) => {
    const share = samples > 1 && v.length ? (v[j] || 0) / samples : ans.choices.includes(j) ? 1 : 0;
    o.pct.textContent = samples > 1 && v.length ? `${Math.round(share * 100)}%` : '';
    const go = () => o.fill.style.setProperty('--w', share.toFixed(4));
    if (reducedMotion.matches) go();
    else requestAnimationFrame(() => requestAnimationFrame(go)); // after the bar is painted at 0
  });
  $('conf-label').textContent = (samples > 1 && v.length ? 'of the votes' : 'confidence') + (ans.unseen ? ` · ⚠ ${ans.unseen}` : '');
  $('conf-box').hidden = false;
  tween($('conf'), (ans.confidence || 0) * 100);
}

const VERDICT = {
  [CORRECT]: '✓ Correct',
  [WRONG]: '✗ Wrong',
  [TIE]: 'No majority',
  [UNSCORED]: 'The AI’s pick',
  [UNANSWERED]: 'Not answered',
};

function outcomeOf(a, i) {
  const qs = rules.scoreOf(a, i);
  if (qs) return { correct: CORRECT, wrong: WRONG, no_majority: TIE, unanswered: UNANSWERED }[qs.outcome] || UNSCORED;
  const st = rules.questionState(a, i);
  return st === rules.TIE ? TIE : st === rules.UNANSWERED || st === rules.PENDING ? UNANSWERED : UNSCORED;
}

const MARK = { [rules.TONE_CORRECT]: '✓', [rules.TONE_WRONG]: '✗', [rules.TONE_KEY]: '✓' };
const SAID = { [rules.TONE_CORRECT]: ' (the AI’s pick, correct)', [rules.TONE_WRONG]: ' (the AI’s pick, wrong)', [rules.TONE_PICKED]: ' (the AI’s pick)', [rules.TONE_TIED]: ' (tied)', [rules.TONE_KEY]: ' (the answer key)' };

function reveal() {
  const a = followed();
  if (!a || view.index < 0 || view.end || view.revealed) return;
  const i = view.index;
  const ans = a.answers[i];
  view.revealed = true;
  a.seen = a.seen || new Set();
  a.seen.add(i);
  trail.revealed.push(i);
  if (opts.hide) votes(a, i);
  const out = outcomeOf(a, i);
  const sec = $('question');
  sec.dataset.outcome = out;
  const key = rules.scoreOf(a, i)?.expected || [];
  const chosen = ans?.choices || [];
  optEls.forEach((o, j) => {
    const tone = rules.optionTone(a, i, j);
    o.li.dataset.tone = tone;
    o.mark.textContent = MARK[tone] || '';
    o.sr.textContent = SAID[tone] || '';
  });
  trail.outcomes[i] = out;
  if (ans?.text) {
    const t = $('text-answer');
    t.hidden = false;
    t.textContent = ans.text;
  }
  const v = $('verdict');
  v.hidden = false;
  v.dataset.outcome = out;
  v.textContent = out === UNANSWERED && ans?.error ? `Not answered: ${ans.error.message || ans.error}` : VERDICT[out];
  paintStrip();
  remember();
  fit(true);
  const what = ans?.text ? ans.text : chosen.map((j) => `${letter(j)}, ${a.questions[i]?.options?.[j] ?? ''}`).join('; ');
  const said = {
    [CORRECT]: `${what}. Correct.`,
    [WRONG]: `${what}. Wrong; the key says ${key.map(letter).join(', ')}.`,
    [TIE]: `No majority: ${rules.answerText(ans)}.`,
    [UNSCORED]: `${what}.`,
    [UNANSWERED]: 'Not answered.',
  }[out];
  announce(`Question ${i + 1}: ${said}${ans && !ans.error && out !== TIE ? ` ${Math.round((ans.confidence || 0) * 100)}% ${a.samples > 1 ? 'of the votes' : 'confidence'}.` : ''}`);
  soon();
}

function showEnd(a) {
  view.end = true;
  view.index = -1;
  trail.ends++;
  screen('end');
  const n = total(a);
  const outs = [];
  for (let i = 0; i < n; i++) outs.push(outcomeOf(a, i));
  const count = (o) => outs.filter((x) => x === o).length;
  const ties = count(TIE), missing = count(UNANSWERED);
  // The server's score when it has come; until then the same verdicts.
  const score = a.score || (a.answer_key ? { correct: count(CORRECT), total: count(CORRECT) + count(WRONG) + ties + missing, wrong: count(WRONG), no_majority: ties, unanswered: missing, questions: [] } : null);
  const parts = rules.scoreParts(score);
  if (parts) {
    $('end-kind').textContent = 'Final score';
    $('end-title').textContent = `${score.correct} / ${score.total}`;
    $('end-sub').textContent = [`${Math.round((score.correct / score.total) * 100)}% right`, ...parts.parts].join(' · ');
    announce(`Final score: ${score.correct} of ${score.total} right.${parts.parts.length ? ' ' + parts.parts.join(', ') + '.' : ''}`);
  } else {
    const extra = [ties ? `${ties} no majority` : '', missing ? `${missing} not answered` : ''].filter(Boolean);
    const conf = a.answers.filter((x) => x && !x.error);
    const avg = conf.length ? Math.round((conf.reduce((s, x) => s + (x.confidence || 0), 0) / conf.length) * 100) : 0;
    $('end-kind').textContent = 'All answered';
    $('end-title').textContent = `${n - missing} / ${n}`;
    $('end-sub').textContent = [`questions answered`, `${avg}% average confidence`, ...extra].join(' · ');
    announce(`All questions done: ${n - missing} of ${n} answered, ${avg}% average confidence.`);
  }
  const grid = $('grid');
  grid.textContent = '';
  grid.dataset.many = n > 40 ? '1' : '';
  outs.forEach((o, i) => {
    const li = el('li');
    const b = el('button', `cell ${o}`);
    b.type = 'button';
    b.dataset.i = String(i);
    const ans = a.answers[i];
    const pick = ans?.text ? 'text' : (ans?.choices || []).map(letter).join(',');
    b.append(el('span', 'n', String(i + 1)), el('span', 'sym', { [CORRECT]: '✓', [WRONG]: '✗', [TIE]: '=', [UNSCORED]: pick || '•', [UNANSWERED]: '–' }[o]));
    b.setAttribute('aria-label', `Question ${i + 1}: ${VERDICT[o]}${pick && o !== TIE ? `, ${pick}` : ''}`);
    li.append(b);
    grid.append(li);
  });
  paintCounter();
  paintStrip();
  remember();
}

$('grid').addEventListener('click', (ev) => {
  const b = ev.target.closest('.cell');
  if (!b) return;
  setAuto(false);
  const a = followed();
  if (a) showQuestion(a, Number(b.dataset.i), true);
});

function paintCounter() {
  const a = followed();
  const c = $('counter');
  if (!a || !a.questions) {
    c.textContent = a ? 'Starting…' : 'Waiting for a quiz';
    $('quiz-title').textContent = a?.source?.title || 'quizstats';
    return;
  }
  $('quiz-title').textContent = a.source?.title || 'Quiz';
  const n = total(a);
  const done = a.answers.filter(Boolean).length;
  const where = view.end ? 'Results' : view.index >= 0 ? `Question ${view.index + 1} of ${n}` : `${n} questions`;
  c.textContent = done < n && !finished(a) ? `${where} · ${done} answered` : where;
}

function paintStrip() {
  const a = followed();
  const ol = $('strip');
  const n = a ? total(a) : 0;
  if (ol.children.length !== n) {
    ol.textContent = '';
    for (let i = 0; i < n; i++) ol.append(el('li'));
  }
  for (let i = 0; i < n; i++) {
    const li = ol.children[i];
    const seen = a.seen?.has(i);
    li.dataset.state = seen ? outcomeOf(a, i) : a.answers[i] ? 'answered' : 'pending';
    li.classList.toggle('current', i === view.index && !view.end);
  }
}

function announce(text) {
  $('announce').textContent = text;
}

// --- fitting

// Fitting finds the largest type that fits the box unscrolled (up to 84 px
// stems at 1920×1080): about ten layouts, over a frame's budget, so the
// next questions are fitted ahead in a hidden copy of the box (the probe),
// one per idle moment. After a resize, a question is fitted at once.

// fitsAt sets the size and says whether nothing overflows (a layout).
function fitsAt(box, px) {
  box.style.setProperty('--fs', px.toFixed(2) + 'px');
  const texts = [...box.querySelectorAll('.stem, .otext')];
  return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1 && texts.every((e) => e.scrollWidth <= e.clientWidth + 1);
}

// fitSteps is the search, yielding after each layout.
function* fitSteps(sec, again) {
  const box = sec.querySelector('.fit');
  if (sec.hidden || !box.clientHeight) return null;
  const unit = Math.min(innerWidth / 1920, innerHeight / 1080);
  const fits = (px) => fitsAt(box, px);
  const done = (px) => ({ px, compact: sec.classList.contains('compact'), anywhere: box.classList.contains('anywhere') });
  function* search(lo, top) {
    for (let k = 0; k < 7; k++) {
      const mid = (lo + top) / 2;
      const ok = fits(mid);
      yield;
      if (ok) lo = mid;
      else top = mid;
    }
    fits(lo);
    return done(lo);
  }
  const now = parseFloat(box.style.getPropertyValue('--fs'));
  if (again && now) {
    // The content grew a little (the reveal's marks): a little smaller.
    if (fits(now)) return done(now);
    yield;
    return yield* search(now * 0.8, now);
  }
  const hi = Math.max(84 * unit, Math.min(30, innerWidth / 13));
  box.classList.remove('anywhere');
  sec.classList.toggle('compact', innerWidth <= 700 || innerWidth <= innerHeight);
  if (fits(hi)) return done(hi);
  yield;
  // Type's area goes with the square of its size: a first guess from how
  // far over the box it is, then halvings around the guess.
  const guess = (px) => px / Math.sqrt(Math.max(box.scrollHeight / box.clientHeight, box.scrollWidth / box.clientWidth, 1));
  let g = guess(hi);
  if (g < 48 * unit && !sec.classList.contains('compact')) {
    // The side column costs the text width: give it up for a long question.
    sec.classList.add('compact');
    if (fits(hi)) return done(hi);
    yield;
    g = guess(hi);
  }
  // Words are not broken while a size that keeps them whole can be found;
  // a word too long for any line (a URL, say) may break.
  const whole = fits(Math.max(6, 10 * unit));
  yield;
  if (!whole) box.classList.add('anywhere');
  const ok = fits(g);
  yield;
  return yield* ok ? search(g, Math.min(hi, g * 1.3)) : search(Math.max(6, g * 0.6), g);
}

// fitted: sizes found ahead, by analysis, question, answer, viewport.
const fitted = new Map();
const fitKey = (a, i, unanswered) => `${a.id}:${i}:${a.answers[i] && !unanswered ? 1 : 0}:${innerWidth}x${innerHeight}`;

// fit: the size found ahead if it fits, else by the search.
function fit(again) {
  const t0 = performance.now();
  const sec = $('question');
  const a = followed();
  // One fitted before the answer came assumed the widest shares and marks.
  const pre = !again && a && view.index >= 0 && view.id === a.id ? fitted.get(fitKey(a, view.index)) || fitted.get(fitKey(a, view.index, true)) : null;
  let ahead = false;
  if (pre && !sec.hidden) {
    const box = $('fit');
    sec.classList.toggle('compact', pre.compact);
    box.classList.toggle('anywhere', pre.anywhere);
    ahead = fitsAt(box, pre.px);
  }
  if (!ahead) for (const _ of fitSteps(sec, again));
  if (trail.fitMs.length < 1000) trail.fitMs.push(performance.now() - t0);
  if (!again) trail.fitAhead.push(ahead);
  prefit();
}

let probeEl = null;

function probe() {
  if (probeEl) return probeEl;
  const p = $('question').cloneNode(true);
  for (const n of [p, ...p.querySelectorAll('[id]')]) n.removeAttribute('id');
  p.removeAttribute('aria-labelledby');
  p.setAttribute('aria-hidden', 'true');
  p.className = 'question probe';
  p.hidden = false;
  $('stage').append(p);
  probeEl = p;
  return p;
}

const idle = window.requestIdleCallback || ((f) => setTimeout(() => f({ timeRemaining: () => 0 }), 30));
let fitJob = null; // { key, steps }: the fitting under way in the probe

// prefit fits, in idle moments, the next three questions and the one
// before (as their answers may add, if not fitted yet), then the next one
// again once its answer came (it may take larger type).
function prefit() {
  const a = followed();
  if (!a?.questions || view.end || view.id !== a.id) return;
  const at = view.index;
  const near = [at + 1, at + 2, at + 3, at - 1].filter((i) => i >= 0 && i < total(a) && !fitted.has(fitKey(a, i, true)));
  const want = [...near, at + 1].filter((i) => i < total(a)).map((i) => [i, fitKey(a, i)]).filter(([, k]) => !fitted.has(k));
  if (!want.length || (fitJob && want.some(([, k]) => k === fitJob.key))) return;
  const [i, key] = want[0];
  const job = { key, steps: null };
  fitJob = job;
  const run = (deadline) => {
    if (fitJob !== job) return; // another question is being fitted now
    if (!job.steps) {
      // Filled now: laid out in this idle moment, not a question's frame.
      const p = probe();
      fillQuestion(p, a, i, true);
      job.steps = fitSteps(p, false);
    }
    do {
      const r = job.steps.next();
      if (r.done) {
        fitJob = null;
        if (r.value) fitted.set(key, r.value);
        return prefit();
      }
    } while (deadline.timeRemaining() > 12); // a step of the longest question takes about 5 ms
    idle(run, { timeout: 300 });
  };
  idle(run, { timeout: 300 });
}

addEventListener('resize', () => fit());

// --- numbers

const values = new WeakMap();

function tween(node, to, ms = 900) {
  const from = values.get(node) ?? 0;
  values.set(node, to);
  if (reducedMotion.matches || from === to || document.hidden) {
    node.textContent = Math.round(to) + '%';
    return;
  }
  const start = performance.now();
  const frame = (now) => {
    if (values.get(node) !== to) return; // a newer count took over
    const p = Math.min(1, Math.max(0, (now - start) / ms));
    node.textContent = Math.round(from + (to - from) * (1 - (1 - p) ** 3)) + '%';
    if (p < 1) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// --- controls

function setAuto(on) {
  opts.auto = on;
  paintMode();
  if (on) soon();
}

function paintMode() {
  const pace = opts.pace >= 1000 ? `${Math.round(opts.pace / 100) / 10} s` : `${opts.pace} ms`;
  $('mode').textContent = [opts.auto ? `Auto · ${pace}` : 'Manual', opts.hide ? 'answers hidden' : ''].filter(Boolean).join(' · ');
}

function next() {
  const a = followed();
  if (!a || view.end) return;
  if (view.index >= 0 && !view.revealed && opts.hide) return reveal(); // the room guessed; now show it
  const i = view.index + 1;
  if (i < total(a) && ready(a, i)) showQuestion(a, i, !!a.seen?.has(i));
  else if (i >= total(a) && finished(a)) showEnd(a);
  else announce(`Question ${i + 1} has no answer yet.`);
}

function back() {
  const a = followed();
  if (!a) return;
  const i = view.end ? total(a) - 1 : view.index - 1;
  if (i >= 0 && ready(a, i)) showQuestion(a, i, !!a.seen?.has(i));
}

addEventListener('keydown', (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey || $('token-dialog').open) return;
  if (ev.target.closest?.('button') && (ev.key === ' ' || ev.key === 'Enter')) return;
  const act = {
    ArrowRight: () => (setAuto(false), next()),
    ' ': () => (setAuto(false), next()),
    PageDown: () => (setAuto(false), next()),
    ArrowLeft: () => (setAuto(false), back()),
    PageUp: () => (setAuto(false), back()),
    r: () => reveal(),
    a: () => setAuto(!opts.auto),
    h: () => {
      opts.hide = !opts.hide;
      paintMode();
      share();
    },
    q: () => {
      opts.share = !opts.share;
      share();
    },
    f: () => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.())?.catch?.(() => {}),
  }[ev.key];
  if (!act) return;
  ev.preventDefault();
  act();
});

// remember keeps where the presentation is, for a reload of this tab.
function remember() {
  const a = followed();
  if (!a || a.startSeq === null) return;
  sessionStorage.setItem(RESUME_KEY, JSON.stringify({ id: a.id, since: a.startSeq - 1, index: view.end ? total(a) - 1 : view.index, revealed: view.revealed, end: view.end }));
}

// share shows this view's read-only address as a QR code and text. With a
// token, the code carries the view key (GET /api/v1/view-key) in the
// fragment, which no server sees; without the key, no code (it would lead
// phones to a token prompt).
async function share() {
  const base = `${location.origin}/present${opts.hide ? '?hide=1' : ''}`;
  $('share').hidden = !opts.share;
  if (!opts.share) return;
  let key = state.viewKey;
  if (state.token && !key) {
    try {
      key = state.viewKey = (await api('/api/v1/view-key')).key || '';
    } catch {
      // Not yet: again once connected.
    }
  }
  const needsKey = !!state.token || state.needsToken;
  $('share').dataset.key = needsKey ? (key ? 'view' : 'missing') : 'none';
  if (needsKey && !key) {
    $('qr').textContent = '';
    $('short-url').textContent = 'Connecting…';
    return;
  }
  draw($('qr'), key ? `${base}#key=${encodeURIComponent(key)}` : base);
  $('share-label').textContent = key ? 'Scan to follow on your phone' : 'Follow on your phone';
  $('short-url').textContent = base.replace(/^https?:\/\//, '');
}

// --- token

function askToken() {
  setConn('token', 'Token needed');
  state.needsToken = true;
  share();
  const d = $('token-dialog');
  if (!d.open) d.showModal();
}

$('token-dialog').addEventListener('cancel', (ev) => ev.preventDefault());
$('token-form').addEventListener('submit', () => {
  state.token = $('token-input').value.trim();
  localStorage.setItem(TOKEN_KEY, state.token);
  sessionStorage.removeItem(TOKEN_KEY);
  state.viewKey = '';
  $('token-input').value = '';
  start();
});

// --- start

async function start() {
  setConn('connecting', 'Connecting');
  let resume = null;
  try {
    resume = JSON.parse(sessionStorage.getItem(RESUME_KEY) || 'null');
  } catch {
    // a damaged entry: start afresh
  }
  const stored = (location.hash.match(/^#\/a\/([0-9a-z]+)$/) || [])[1];
  try {
    if (stored) {
      // A stored analysis, opened from the dashboard's history.
      const full = await api('/api/v1/analyses/' + encodeURIComponent(stored));
      handle({ type: 'analysis.completed', id: full.id, seq: 0, analysis: full });
    } else if (!resume) {
      // Nothing to resume: the latest finished quiz's results, until the
      // next one starts.
      const page = await api('/api/v1/analyses?limit=1');
      const last = page.analyses?.[0];
      if (last && last.status !== 'failed') {
        const full = await api('/api/v1/analyses/' + encodeURIComponent(last.id));
        handle({ type: 'analysis.completed', id: full.id, seq: 0, analysis: full });
        view.resume = { id: full.id, index: 0, end: true };
      }
    }
  } catch (err) {
    if (err.status === 401) return askToken();
  }
  state.lastSeq = null;
  if (resume && !stored) {
    view.resume = resume;
    connect(Math.max(0, resume.since));
  } else {
    connect();
  }
  soon();
}

paintMode();
share();
start();
