// quizstats dashboard: a client of the server's API and live event stream.
//
// Plain JavaScript, no framework: the page is one live view, four totals and
// a list, it must weigh little (under 150 KB with everything) and put an
// answer on screen within a frame of its event. Every change to the DOM is
// made directly, where the event is handled.

import * as rules from './state.js';

const TOKEN_KEY = 'quizstats.token';
const HISTORY_PAGE = 30;
const $ = (id) => document.getElementById(id);
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

// Instrumentation, read by the tests (and by anyone curious, in the
// console): the seq of every event handled, and for every answer how long
// after its message arrived the DOM had it (dom) and the next frame began
// (frame), in milliseconds.
const seqs = (window.__quizstatsSeqs = []);
const timings = (window.__quizstatsTimings = []);

const state = {
  token: localStorage.getItem(TOKEN_KEY) || '',
  lastSeq: null, // seq of the last event handled; null before the first
  analyses: new Map(), // id -> analysis as known here
  summaries: new Map(), // id -> history entry
  next: '', // cursor of the next history page
  liveId: null, // what the live view follows
  shown: null, // what is on screen
  pinned: false, // the person opened an analysis: stay on it
  statsEpoch: 0, // bumped by every stats event, so an older fetch does not win
};

// ---------------------------------------------------------------- API

class APIError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, method = 'GET') {
  const headers = { Accept: 'application/json' };
  if (state.token) headers.Authorization = 'Bearer ' + state.token;
  let r;
  try {
    r = await fetch(path, { method, headers, cache: 'no-store' });
  } catch {
    throw new APIError('the server cannot be reached', 0, 'network');
  }
  let body = null;
  if (r.status === 204) return null;
  try {
    body = await r.json();
  } catch {
    // an answer from a proxy, say; the status says enough
  }
  if (!r.ok) {
    throw new APIError(body?.error?.message || `the server answered ${r.status}`, r.status, body?.error?.code);
  }
  return body;
}

// ---------------------------------------------------------------- connection

const conn = { ws: null, attempt: 0, timer: 0, tick: 0, opened: false, resumed: false, firstAfterResume: false };

function setConn(kind, text) {
  const el = $('conn');
  el.dataset.state = kind;
  $('conn-text').textContent = text;
}

function backoff(attempt) {
  const d = Math.min(10000, 500 * 2 ** (attempt - 1));
  return d / 2 + Math.random() * (d / 2); // jitter: displays cut off together do not return together
}

async function start() {
  clearTimeout(conn.timer);
  setConn('connecting', 'Connecting…');
  try {
    await api('/api/v1/stats');
  } catch (err) {
    if (err.status === 401) return askToken(err.message);
    // Down or failing: the stream's reconnection loop says so and retries.
  }
  connect();
}

function connect() {
  clearTimeout(conn.timer);
  clearInterval(conn.tick);
  const q = new URLSearchParams();
  if (state.lastSeq !== null) q.set('since', String(state.lastSeq));
  if (state.token) q.set('access_token', state.token); // a browser cannot set headers on a WebSocket
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/api/v1/events${q.size ? '?' + q : ''}`);
  conn.ws = ws;
  conn.opened = false;
  conn.resumed = state.lastSeq !== null;
  conn.firstAfterResume = conn.resumed;
  ws.onopen = () => {
    conn.opened = true;
    conn.attempt = 0;
    setConn('live', 'Live');
    checkReady();
    // Without a seq to resume from, events may have been missed: the
    // API's state fills the gap. The socket is open first, so whatever
    // happens from now on arrives as events.
    if (!conn.resumed) resync();
  };
  ws.onmessage = onMessage;
  ws.onclose = (ev) => {
    if (conn.ws !== ws) return;
    conn.ws = null;
    reconnect(ev);
  };
}

async function reconnect(ev) {
  conn.attempt++;
  if (!conn.opened) {
    // A refused handshake tells a page nothing; the API says why.
    try {
      await api('/api/v1/stats');
    } catch (err) {
      if (err.status === 401) return askToken(err.message);
    }
  }
  const why = ev.code === 1008 ? 'the display fell behind' : ev.code === 1001 ? 'the server restarted' : conn.opened ? 'connection lost' : 'server unreachable';
  const due = performance.now() + backoff(conn.attempt);
  const show = () => {
    const s = Math.max(0, Math.ceil((due - performance.now()) / 1000));
    setConn('reconnecting', `Reconnecting (${why})${s > 0 ? ` in ${s} s` : '…'}`);
  };
  show();
  conn.tick = setInterval(show, 1000);
  conn.timer = setTimeout(connect, due - performance.now());
}

// Back on the network: no reason to wait out the backoff.
addEventListener('online', () => {
  if (!conn.ws && !$('token-dialog').open) connect();
});

function onMessage(m) {
  // m.timeStamp is when the message reached the page, before it waited
  // for this handler: the honest start of "on screen within 50 ms".
  const now = performance.now();
  const t0 = m.timeStamp > 0 && m.timeStamp <= now ? m.timeStamp : now;
  let e;
  try {
    e = JSON.parse(m.data);
  } catch {
    return notice('error', 'The server sent something that is not an event', String(m.data).slice(0, 200));
  }
  if (!accept(e)) return;
  handle(e);
  if (e.type === 'answer' && timings.length < 10000) {
    const rec = { seq: e.seq, question: e.answer.question, dom: performance.now() - t0, frame: null };
    timings.push(rec);
    requestAnimationFrame(() => {
      rec.frame = performance.now() - t0;
    });
  }
}

// accept lets an event through once, in order. After a resumed connection
// the server sends only newer events, unless its event log started over
// (a new store): then the numbers go back, and this display starts over.
function accept(e) {
  if (state.lastSeq !== null && e.seq <= state.lastSeq) {
    if (!conn.firstAfterResume) return false;
    startOver();
  }
  conn.firstAfterResume = false;
  state.lastSeq = e.seq;
  if (seqs.length < 200000) seqs.push(e.seq);
  return true;
}

function startOver() {
  state.analyses.clear();
  state.summaries.clear();
  state.liveId = state.shown = null;
  state.pinned = false;
  renderEmpty();
  renderHistory();
  resync();
}

async function resync() {
  const epoch = state.statsEpoch;
  try {
    const [stats, page] = await Promise.all([api('/api/v1/stats'), api(`/api/v1/analyses?limit=${HISTORY_PAGE}`)]);
    if (state.statsEpoch === epoch) setStats(stats);
    addSummaries(page);
    clearNotice('error');
    if (!state.liveId && page.analyses.length) {
      state.liveId = page.analyses[0].id;
      if (!state.pinned) await load(state.liveId);
    }
  } catch (err) {
    if (err.status === 401) return askToken(err.message);
    notice('error', 'Could not load the history', err.message);
  }
}

// readyTimer re-checks readiness when a paused model is due back.
let readyTimer = 0;

function showModelState(model) {
  const el = $('model-state');
  if (!model) return;
  let text = 'model unverified', st = 'unverified';
  if (model.startsWith('ok')) {
    const at = Date.parse((model.match(/checked at (\S+?Z)/) || [])[1] || '');
    text = Number.isNaN(at) ? 'model ok' : `model ok (checked at ${new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })})`;
    st = 'ok';
  } else if (model.startsWith('no model')) {
    text = 'no model'; st = 'failing';
  } else if (model !== 'unverified') {
    text = 'model failing'; st = 'failing';
  }
  el.textContent = text;
  el.dataset.state = st;
  el.title = model;
  if (st === 'unverified') {
    clearTimeout(readyTimer);
    readyTimer = setTimeout(checkReady, 3000); // the first check is running
  }
}

async function checkReady() {
  clearTimeout(readyTimer);
  try {
    const r = await fetch('/ready', { cache: 'no-store' });
    const checks = (await r.json()).checks || {};
    const model = checks.model;
    const breaker = checks.model_breaker;
    // "unverified", "ok (checked at …)", or the failing check with its fix.
    showModelState(model);
    if (model && model !== 'unverified' && !model.startsWith('ok')) {
      if (model.startsWith('no model')) {
        notice('model', 'No model is configured', model,
          'OPENAI_API_KEY=sk-… quizstats serve\nOPENAI_BASE_URL=http://127.0.0.1:11434/v1 QUIZSTATS_MODEL=llama3.1:8b quizstats serve');
      } else {
        notice('model', 'The model check fails', model.replace(/ \(checked at [^)]*\)$/, ''));
        // The server checks again by itself; so does the page, so the
        // banner clears once the model works.
        readyTimer = setTimeout(checkReady, 10000);
      }
      return;
    }
    if (breaker && breaker !== 'ok') {
      // "… paused (circuit breaker open) until 2026-12-02T07:10:05Z (in 25 s); last error: …"
      const until = Date.parse((breaker.match(/until (\S+Z)/) || [])[1] || '');
      const why = (breaker.match(/last error: (.*)$/) || [])[1] || breaker;
      notice('model', 'The model is failing: analyses are paused', why, null, Number.isNaN(until) ? null : until);
      readyTimer = setTimeout(checkReady, Number.isNaN(until) ? 10000 : Math.max(1000, until - Date.now() + 500));
      return;
    }
    if (notices.get('model')?.sticky) return; // a model error seen on an analysis stays until one succeeds
    clearNotice('model');
  } catch {
    // the stream's state already says the server is unreachable
  }
}

// ---------------------------------------------------------------- token

function askToken(message) {
  clearTimeout(conn.timer);
  clearInterval(conn.tick);
  setConn('token', 'Token needed');
  const err = $('token-error');
  err.hidden = !state.token;
  err.textContent = state.token ? `That token was refused (${message}).` : '';
  const d = $('token-dialog');
  if (!d.open) d.showModal();
  $('token-input').focus();
}

// Nothing works without the token: Escape does not close the question.
$('token-dialog').addEventListener('cancel', (ev) => ev.preventDefault());

$('token-form').addEventListener('submit', () => {
  state.token = $('token-input').value.trim();
  localStorage.setItem(TOKEN_KEY, state.token);
  $('token-input').value = '';
  start();
});

// ---------------------------------------------------------------- events

function analysisOf(id) {
  let a = state.analyses.get(id);
  if (!a) {
    a = { id, status: 'running', questions: null, answers: [], samples: 1, source: {}, model: '', score: null, timing: null, cached: false, error: null, created_at: null };
    state.analyses.set(id, a);
  }
  return a;
}

function handle(e) {
  switch (e.type) {
    case 'analysis.started': {
      const a = analysisOf(e.id);
      Object.assign(a, { status: 'running', source: e.source || {}, model: e.model, samples: e.samples || 1, questions: e.questions || [], created_at: e.at, expect_first_answer_ms: e.expect_first_answer_ms || 0 });
      summarize(a);
      state.liveId = e.id;
      if (!state.pinned) show(e.id);
      break;
    }
    case 'answer': {
      const a = analysisOf(e.id);
      const ans = e.answer;
      a.answers[ans.question] = ans;
      // An analysis that started before this page connected: follow it
      // anyway; its questions come with its completion.
      if (!state.liveId || e.id > state.liveId) {
        state.liveId = e.id;
        if (!state.pinned) return show(e.id);
      }
      if (state.shown === e.id) {
        paintAnswer(a, ans, true);
        progress(a);
        if (!state.pinned) announce(a, ans);
      }
      break;
    }
    case 'analysis.completed': {
      const full = completedAnalysis(e);
      const a = analysisOf(e.id);
      const hadQuestions = !!a.questions;
      Object.assign(a, full, { status: full.status || rules.COMPLETED });
      summarize(a);
      if (!e.cached) modelWorked();
      // A cache hit has no other event: it is this request's result, new
      // on screen. A model answer completes what is already showing.
      if (e.cached) state.liveId = e.id;
      if (state.shown === e.id && !e.cached) hadQuestions ? finish(a) : show(e.id);
      else if (!state.pinned && state.liveId === e.id) show(e.id);
      break;
    }
    case 'analysis.failed': {
      const a = analysisOf(e.id);
      const hadQuestions = !!a.questions;
      // The event carries the failed analysis (what was asked, each
      // question's reason); older servers sent the error alone.
      Object.assign(a, e.analysis || {}, { status: rules.FAILED, error: e.error || e.analysis?.error || null });
      if (!a.answers) a.answers = [];
      summarize(a);
      modelFailed(e.error);
      if (state.shown === e.id) hadQuestions ? finish(a) : show(e.id);
      else if (!state.pinned && (!state.liveId || e.id >= state.liveId)) {
        state.liveId = e.id;
        show(e.id);
      }
      break;
    }
    case 'stats':
      state.statsEpoch++;
      setStats(e.stats);
      break;
    case 'analysis.deleted':
      // One analysis (id), or everything created before a time (before).
      if (e.id) forget([e.id]);
      else if (e.before) {
        const before = Date.parse(e.before);
        forget([...state.summaries.values()].filter((s) => Date.parse(s.created_at) < before).map((s) => s.id));
      }
      break;
    // Types this page does not know (a newer server's) are ignored.
  }
}

// forget drops deleted analyses from the page; one on screen gives way to
// the newest left.
function forget(ids) {
  let onScreen = false;
  for (const id of ids) {
    state.summaries.delete(id);
    state.analyses.delete(id);
    if (state.shown === id) onScreen = true;
    if (state.liveId === id) state.liveId = null;
  }
  if (!state.liveId) state.liveId = [...state.summaries.keys()].sort().pop() || null;
  renderHistory();
  if (!onScreen) return;
  state.shown = null;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  route();
}

// Model errors an analysis ran into are shown as a banner until an
// analysis succeeds; an open breaker comes with when it lets calls through.
const MODEL_CODES = new Set(['model_error', 'model_timeout', 'model_unavailable', 'invalid_model_reply', 'no_model']);

function modelFailed(err) {
  if (!err || !MODEL_CODES.has(err.code)) return;
  notice('model', err.code === 'model_unavailable' ? 'The model is failing: analyses are paused' : 'The model failed', `${err.message} (${err.code})`);
  notices.get('model').sticky = true;
  checkReady();
}

function modelWorked() {
  if (notices.get('model')?.sticky) clearNotice('model');
  checkReady();
}

// completedAnalysis is the analysis of an analysis.completed event as the
// request that caused it got it (Event.CompletedAnalysis on the server).
function completedAnalysis(e) {
  const a = { ...e.analysis };
  if (e.cached) {
    a.cached = true;
    a.score = e.score || null;
    a.usage = {};
    if (e.source) a.source = e.source;
    if (e.timing) a.timing = e.timing;
  }
  return a;
}

// ---------------------------------------------------------------- numbers

// One animation loop runs every counting number; it stops when none moves.
const tweens = new Map();
const values = new WeakMap();
let rafPending = false;

function tween(el, to, fmt, ms = 700) {
  const running = tweens.get(el);
  const from = running ? running.now : values.get(el) ?? 0;
  values.set(el, to);
  if (reducedMotion.matches || from === to || document.hidden) {
    tweens.delete(el);
    el.textContent = fmt(to);
    return;
  }
  tweens.set(el, { from, to, now: from, fmt, ms, start: performance.now() });
  el.textContent = fmt(from);
  if (!rafPending) {
    rafPending = true;
    requestAnimationFrame(step);
  }
}

function step(now) {
  rafPending = false;
  for (const [el, t] of tweens) {
    const p = Math.min(1, Math.max(0, (now - t.start) / t.ms));
    t.now = t.from + (t.to - t.from) * (1 - (1 - p) ** 3);
    el.textContent = t.fmt(t.now);
    if (p >= 1) tweens.delete(el);
  }
  if (tweens.size) {
    rafPending = true;
    requestAnimationFrame(step);
  }
}

// Formatters are made once: the first Intl call costs milliseconds, which
// must not land on the frame that shows an answer.
const intFmt = new Intl.NumberFormat();
const whenFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'short' });
const fmtInt = (v) => intFmt.format(Math.round(v));
const fmtPct = (v) => Math.round(v) + '%';
const fmtMs = (v) => (v < 0.5 ? '–' : v < 1000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`);

function setStats(s) {
  const accent = getComputedStyle(document.documentElement).getPropertyValue('--accent');
  const set = (id, v, fmt) => {
    const el = $(id);
    const old = values.get(el);
    tween(el, v, fmt);
    if (old !== undefined && old !== v && !reducedMotion.matches) el.animate([{ color: accent }, {}], { duration: 900 });
  };
  set('t-today', s.today?.analyses ?? 0, fmtInt);
  set('t-questions', s.questions ?? 0, fmtInt);
  set('t-cache', (s.cache_hit_ratio ?? 0) * 100, fmtPct);
  // The median of the recent analyses' own total times: the same numbers
  // as the "took …" of each analysis, not an estimate from buckets.
  set('t-latency', s.median_ms ?? 0, fmtMs);
  $('t-latency').title = s.median_of ? `median of the last ${s.median_of} analyses answered by the model` : '';
}

// ---------------------------------------------------------------- DOM

function el(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

const letter = (i) => String.fromCharCode(65 + i);
const titleOf = (a) => a.source?.title || a.source?.url || 'Untitled quiz';

function renderEmpty() {
  $('live-kind').textContent = 'Waiting for a quiz';
  $('live-title').textContent = 'No analysis yet';
  $('live-meta').textContent = 'Press the shortcut on a quiz page: answers appear here as the model writes them.';
  $('live-progress').hidden = true;
  $('summary').hidden = true;
  $('questions').textContent = '';
  $('back-live').hidden = true;
}

// view holds the cards of the analysis on screen, by question; gen tells
// a stale batch of cards (for an analysis no longer shown) to stop.
const view = { cards: [], gen: 0, next: -1 };

// The first cards are built at once, the rest a batch per frame, so that a
// 100-question quiz never costs one long frame. An answer for a card not
// built yet builds it on the spot (cardFor).
const BATCH = 12;

function show(id) {
  const a = state.analyses.get(id);
  if (!a) return;
  state.shown = id;
  view.cards = [];
  view.next = -1;
  const gen = ++view.gen;
  $('questions').textContent = '';
  head(a);
  if (!a.answers) a.answers = [];
  const n = a.questions ? a.questions.length : a.answers.length;
  addCards(a, Math.min(n, BATCH), true);
  const more = () => {
    if (view.gen !== gen || view.cards.length >= n) return;
    addCards(a, Math.min(n, view.cards.length + BATCH), false);
    requestAnimationFrame(more);
  };
  requestAnimationFrame(more);
  a.answers.forEach((ans) => ans && paintAnswer(a, ans, true));
  progress(a);
  if (a.status !== rules.RUNNING) finish(a);
  else $('summary').hidden = true;
  markCurrent();
}

function head(a) {
  const where = state.pinned ? 'From history' : a.status === rules.RUNNING ? 'Live' : 'Latest';
  const kind = `${where} · ${rules.statusLabel(a)}`;
  $('live').dataset.status = rules.statusOf(a);
  $('live-kind').textContent = kind;
  $('live-title').textContent = titleOf(a);
  const when = a.created_at ? whenFmt.format(new Date(a.created_at)) : '';
  const samples = a.samples > 1 ? `${a.samples} samples` : '1 sample';
  $('live-meta').textContent = [a.model, samples, a.source?.title ? a.source.url : '', when].filter(Boolean).join(' · ');
  $('back-live').hidden = !state.pinned;
}

// clock ticks the elapsed time of the running analysis on screen.
const clock = { timer: 0, id: null };

function progress(a) {
  // The first question still waiting is the one the model is writing:
  // only its placeholder moves.
  view.cards[view.next]?.li.classList.remove('next');
  view.next = a.status === rules.RUNNING ? view.cards.findIndex((c) => c.li.dataset.state === rules.PENDING) : -1;
  view.cards[view.next]?.li.classList.add('next');
  const p = $('live-progress');
  const c = rules.counts(a);
  if (!c.total) return (p.hidden = true);
  p.hidden = false;
  const running = a.status === rules.RUNNING;
  let text = `${c.answered} / ${c.total} answered`;
  if (c.unanswered) text += ` · ${c.unanswered} not answered`;
  if (running) {
    const since = Date.parse(a.created_at || '');
    const secs = Number.isNaN(since) ? 0 : Math.max(0, Math.floor((Date.now() - since) / 1000));
    text += ` · ${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
    if (!c.answered && !c.unanswered) {
      const usual = a.expect_first_answer_ms ? ` (first answer usually after ${fmtMs(a.expect_first_answer_ms)})` : '';
      text += ` · waiting for the model${usual}`;
    }
  }
  p.textContent = text;
  // While the model answers, the clock ticks once a second.
  if (running && clock.id !== a.id) {
    clearInterval(clock.timer);
    clock.id = a.id;
    clock.timer = setInterval(() => {
      const cur = state.analyses.get(clock.id);
      if (!cur || state.shown !== clock.id || cur.status !== rules.RUNNING) {
        clearInterval(clock.timer);
        clock.id = null;
        return;
      }
      progress(cur);
    }, 1000);
  }
}

function addCards(a, upTo, enter) {
  const frag = document.createDocumentFragment();
  while (view.cards.length < upTo) frag.append(card(a, view.cards.length, enter));
  $('questions').append(frag);
}

// card builds question i's card, pending until its answer arrives. The
// cards on screen first rise in one after the other.
function card(a, i, enter) {
  const q = a.questions?.[i];
  const li = el('li', 'q');
  li.id = `q-${i + 1}`;
  li.dataset.state = 'pending';
  if (enter) {
    li.classList.add('enter');
    li.style.animationDelay = `${i * 30}ms`;
  }
  const h = el('div', 'q-head');
  h.append(el('span', 'q-num', String(i + 1)), el('p', 'q-text', q ? q.text : `Question ${i + 1}`));
  if (q && q.kind && q.kind !== 'single') h.append(el('span', 'q-kind', q.kind === 'truefalse' ? 'true/false' : q.kind));
  li.append(h);
  const c = { li, opts: [], foot: null, skeleton: el('div', 'skeleton') };
  if (q?.options?.length) {
    const ol = el('ol', 'opts');
    q.options.forEach((text, j) => ol.append(option(c, j, text)));
    li.append(ol);
  }
  li.append(c.skeleton);
  view.cards[i] = c;
  return li;
}

function option(c, j, text) {
  const o = el('li', 'opt');
  const bar = el('span', 'bar');
  const votes = el('span', 'votes');
  const mark = el('span', 'sr');
  o.append(bar, el('span', 'letter', letter(j)), el('span', 'text', text), votes);
  o.querySelector('.text').append(mark);
  c.opts[j] = { o, bar, votes, mark };
  return o;
}

// cardFor returns question i's card, making cards for a question this page
// never saw announced (it joined in the middle of an analysis).
function cardFor(a, i) {
  if (view.cards.length <= i) addCards(a, i + 1, false);
  return view.cards[i];
}

function paintAnswer(a, ans, animate) {
  const c = cardFor(a, ans.question);
  const samples = a.samples || 1;
  const votes = ans.votes || [];
  const choices = ans.choices || [];
  if (!c.opts.length) {
    const n = Math.max(votes.length, ...choices.map((x) => x + 1), 0);
    if (n) {
      const ol = el('ol', 'opts');
      for (let j = 0; j < n; j++) ol.append(option(c, j, `Option ${letter(j)}`));
      c.li.insertBefore(ol, c.skeleton);
    }
  }
  c.skeleton.remove();
  c.li.dataset.state = rules.questionState(a, ans.question);
  c.opts.forEach((op, j) => {
    if (samples > 1 && !ans.error) {
      const v = votes[j] || 0;
      op.bar.style.setProperty('--v', v / samples);
      op.votes.textContent = `${v}/${samples}`;
    }
  });
  tone(a, ans.question);
  c.text?.remove();
  c.text = null;
  if (ans.text) {
    c.text = el('p', 'text-answer', ans.text);
    c.li.append(c.text);
  }
  c.foot?.remove();
  const foot = (c.foot = el('div', 'q-foot'));
  c.li.append(foot);
  if (ans.error) {
    foot.append(el('span', 'q-error', `not answered: ${rules.reasonText(ans)}`));
    return;
  }
  const conf = el('span', 'conf');
  foot.append(conf, el('span', '', samples > 1 && votes.length ? 'of the votes' : 'confidence'));
  // "the model could not see this question's image": its confidence is capped.
  if (ans.unseen) foot.append(el('span', 'unseen', ans.unseen));
  if (ans.tie) foot.append(el('span', 'tie-note', rules.answerText(ans)));
  if (ans.explanation) foot.append(el('span', 'explain', ans.explanation));
  const pct = (ans.confidence || 0) * 100;
  if (animate) tween(conf, pct, fmtPct);
  else conf.textContent = fmtPct(pct);
}

// tone colours question i's options by the shared rules: green correct,
// red wrong, neutral when there is no key, amber for a tie.
function tone(a, i) {
  const c = view.cards[i];
  if (!c) return;
  c.opts.forEach((op, j) => {
    const t = rules.optionTone(a, i, j);
    op.o.dataset.tone = t;
    op.o.classList.toggle('chosen', !!a.answers[i] && !a.answers[i].tie && (a.answers[i].choices || []).includes(j));
    const words = { correct: ' (chosen, correct)', wrong: ' (chosen, wrong)', picked: ' (chosen)', tied: ' (tied, no majority)', key: ' (the right answer)' };
    op.mark.textContent = words[t] || '';
  });
}

// finish shows what only the end of an analysis knows: the score, which
// questions were wrong, timings, or why it failed.
function finish(a) {
  head(a);
  progress(a);
  if (a.questions && a.questions.length && view.cards.length < a.questions.length) return show(a.id);
  (a.answers || []).forEach((ans) => {
    if (ans && view.cards[ans.question]?.li.dataset.state === rules.PENDING) paintAnswer(a, ans, true);
  });
  // Questions that never got an answer event (a failure before them).
  if (a.status !== rules.RUNNING) {
    view.cards.forEach((c, i) => {
      if (c.li.dataset.state !== rules.PENDING) return;
      c.skeleton.remove();
      c.li.dataset.state = rules.UNANSWERED;
      c.foot?.remove();
      c.foot = el('div', 'q-foot');
      c.foot.append(el('span', 'q-error', a.error ? `not answered: ${a.error.message}` : 'not answered'));
      c.li.append(c.foot);
    });
  }
  const box = $('summary');
  box.textContent = '';
  box.hidden = false;
  box.dataset.status = a.status;
  if (a.status === rules.FAILED) {
    box.append(el('strong', 'bad', 'Failed'), el('span', 'failed', a.error ? `${a.error.message} (${a.error.code})` : 'the analysis failed'));
    if (a.usage?.prompt_tokens) box.append(el('span', '', `${fmtInt(a.usage.prompt_tokens + a.usage.completion_tokens)} tokens spent`));
    return;
  }
  const c = rules.counts(a);
  if (a.status === rules.PARTIAL) {
    box.append(el('strong', 'partial', `Partial: ${c.answered} of ${c.total} answered`));
    const list = el('span', 'partial-list', 'not answered: ');
    (a.answers || []).filter((x) => x?.error).forEach((x, k) => list.append(k ? ', ' : '', jump(x.question, 'unanswered')));
    box.append(list);
  }
  const sp = rules.scoreParts(a.score);
  if (sp) {
    box.append(el('strong', sp.good ? 'good' : 'bad', sp.head), el('span', '', `${Math.round(a.score.ratio * 100)}% right`));
    if (sp.parts.length) box.append(el('span', '', sp.parts.join(' · ')));
    if (a.samples > 1) box.append(el('span', '', `AI-answerability ${Math.round(a.score.answerability * 100)}%`));
    const notRight = rules.notRight(a.score);
    if (notRight.length) {
      const w = el('span', 'bad', 'Not right: ');
      notRight.forEach((q, k) => w.append(k ? ', ' : '', jump(q.question, q.outcome)));
      box.append(w);
    }
    for (const q of a.score.questions) verdict(a, q.question);
  }
  const t = a.timing;
  if (a.cached) box.append(el('span', '', 'answered from the cache'));
  if (t?.total_ms) box.append(el('span', '', `took ${fmtMs(t.total_ms)}`));
  if (t?.first_answer_ms) box.append(el('span', '', `first answer after ${fmtMs(t.first_answer_ms)}`));
}

// jump is a link to question i's card.
function jump(i, outcome) {
  const link = el('a', `jump ${outcome}`, `Q${i + 1}`);
  link.href = `#q-${i + 1}`;
  link.addEventListener('click', (ev) => {
    ev.preventDefault();
    $(`q-${i + 1}`)?.scrollIntoView({ behavior: reducedMotion.matches ? 'auto' : 'smooth', block: 'center' });
  });
  return link;
}

function verdict(a, i) {
  const c = view.cards[i];
  const v = rules.verdictText(a, i);
  if (!c || !v) return;
  c.foot?.querySelector('.verdict')?.remove();
  c.li.dataset.verdict = v.outcome;
  tone(a, i);
  c.foot?.append(el('span', `verdict ${v.outcome}`, v.text));
}

function announce(a, ans) {
  $('announce').textContent = `Question ${ans.question + 1}: ${rules.answerText(ans)}`;
}

// ---------------------------------------------------------------- history

function summarize(a) {
  state.summaries.set(a.id, {
    id: a.id, status: a.status, model: a.model, source: a.source, samples: a.samples,
    questions: a.questions?.length ?? a.answers?.length ?? 0, answered: a.answered, unanswered: a.unanswered,
    score: a.score, total_ms: a.timing?.total_ms, created_at: a.created_at, error: a.error,
    models: a.audit?.models,
  });
  renderHistory();
}

function addSummaries(page) {
  for (const s of page.analyses) if (!state.summaries.has(s.id)) state.summaries.set(s.id, s);
  state.next = page.next || '';
  renderHistory();
}

function renderHistory() {
  const ul = $('history');
  const focused = document.activeElement?.dataset?.id;
  ul.textContent = '';
  // IDs sort by creation time, so the newest is the largest.
  const ids = [...state.summaries.keys()].sort().reverse();
  const frag = document.createDocumentFragment();
  for (const id of ids) {
    const s = state.summaries.get(id);
    const b = el('button', 'h-item');
    b.type = 'button';
    b.dataset.id = id;
    b.append(el('span', 'h-title', s.source?.title || s.source?.url || 'Untitled quiz'));
    const meta = el('span', 'h-meta');
    const when = s.created_at ? new Date(s.created_at) : null;
    if (when) meta.append(el('span', '', (when.toDateString() === new Date().toDateString() ? timeFmt : dayFmt).format(when)));
    meta.append(el('span', '', `${s.questions} question${s.questions === 1 ? '' : 's'}`));
    if (s.status === rules.RUNNING) meta.append(el('span', 'badge run', 'answering…'));
    if (s.status === rules.FAILED) {
      const b = el('span', 'badge bad', 'failed');
      if (s.error) b.title = `${s.error.message} (${s.error.code})`;
      meta.append(b);
    }
    if (s.status === rules.PARTIAL) meta.append(el('span', 'badge partial', `partial · ${s.unanswered} not answered`));
    const sp = rules.scoreParts(s.score);
    if (sp) {
      const notRight = rules.notRight(s.score).map((q) => 'Q' + (q.question + 1));
      meta.append(el('span', `badge ${sp.good ? 'good' : 'bad'}`, `${s.score.correct}/${s.score.total}`));
      if (notRight.length) meta.append(el('span', 'bad', `not right: ${notRight.join(', ')}`));
    }
    b.append(meta);
    const del = el('button', 'h-del', '×');
    del.type = 'button';
    del.dataset.del = id;
    del.title = 'Delete this analysis';
    del.setAttribute('aria-label', `Delete ${s.source?.title || 'this analysis'}`);
    const li = el('li');
    li.append(b, del);
    // The audit view of the entry: its evidence, or a form to audit it.
    const audit = el('a', 'h-audit button subtle', s.models?.length ? `Audit · ${s.models.length} models` : 'Audit');
    audit.href = '/audit#' + id;
    audit.title = s.models?.length ? `The evidence of ${s.models.join(', ')}` : 'Audit this quiz: several models and samples, evidence per question';
    li.append(audit);
    frag.append(li);
  }
  ul.append(frag);
  $('history-hint').hidden = ids.length > 0 && !!localStorage.getItem('quizstats.hinted');
  $('more').hidden = !state.next;
  markCurrent();
  if (focused) ul.querySelector(`[data-id="${CSS.escape(focused)}"]`)?.focus();
}

function markCurrent() {
  for (const b of $('history').querySelectorAll('.h-item')) b.setAttribute('aria-current', String(b.dataset.id === state.shown));
}

async function load(id) {
  if (!state.analyses.get(id)?.questions) {
    try {
      const full = await api('/api/v1/analyses/' + encodeURIComponent(id));
      // Events may have told more meanwhile; they win.
      const a = analysisOf(id);
      if (!a.questions) Object.assign(a, full);
      clearNotice('error');
    } catch (err) {
      if (err.status === 401) return askToken(err.message);
      return notice('error', 'Could not open the analysis', err.message);
    }
  }
  // Another analysis may have started while this one loaded.
  if (state.pinned ? routeId() === id : state.liveId === id) show(id);
}

const routeId = () => (location.hash.match(/^#\/a\/([0-9a-z]+)$/) || [])[1] || null;

function route() {
  const id = routeId();
  state.pinned = !!id;
  if (id) return load(id);
  if (state.liveId) {
    if (state.analyses.get(state.liveId)?.questions) show(state.liveId);
    else load(state.liveId);
  } else {
    renderEmpty();
  }
}

function backToLive() {
  if (!location.hash) return;
  history.pushState(null, '', location.pathname + location.search);
  route();
  $('live').focus();
}

$('history').addEventListener('click', async (ev) => {
  const del = ev.target.closest('.h-del');
  if (del) {
    const id = del.dataset.del;
    const title = state.summaries.get(id)?.source?.title || 'this analysis';
    if (!confirm(`Delete “${title}” from the history? This cannot be undone.`)) return;
    try {
      await api('/api/v1/analyses/' + encodeURIComponent(id), 'DELETE');
      forget([id]);
    } catch (err) {
      if (err.status === 401) return askToken(err.message);
      if (err.status === 404) return forget([id]); // deleted elsewhere already
      notice('error', 'Could not delete the analysis', err.message);
    }
    return;
  }
  const b = ev.target.closest('.h-item');
  if (!b) return;
  localStorage.setItem('quizstats.hinted', '1');
  location.hash = '#/a/' + b.dataset.id;
});

$('history').addEventListener('keydown', (ev) => {
  const items = [...$('history').querySelectorAll('.h-item')];
  const i = items.indexOf(document.activeElement);
  const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[ev.key];
  if (to === undefined || !items.length) return;
  ev.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, to))].focus();
});

$('more').addEventListener('click', async () => {
  try {
    addSummaries(await api(`/api/v1/analyses?limit=${HISTORY_PAGE}&before=${encodeURIComponent(state.next)}`));
  } catch (err) {
    notice('error', 'Could not load older analyses', err.message);
  }
});

$('back-live').addEventListener('click', backToLive);
document.querySelector('.brand').addEventListener('click', (ev) => {
  ev.preventDefault();
  backToLive();
});
addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && !$('token-dialog').open) backToLive();
});
addEventListener('hashchange', route);

// ---------------------------------------------------------------- notices

const notices = new Map();
let noticeTick = 0;

// notice shows a banner; until, when set, is when the trouble is due to
// end, counted down on the banner.
function notice(key, title, text, code, until) {
  notices.set(key, { title, text, code, until });
  renderNotices();
}

function clearNotice(key) {
  if (notices.delete(key)) renderNotices();
}

function renderNotices() {
  const box = $('notice');
  box.textContent = '';
  box.hidden = notices.size === 0;
  clearInterval(noticeTick);
  let counting = false;
  for (const [key, n] of notices) {
    box.dataset.kind = key === 'error' ? 'error' : 'warn';
    const section = el('section', '');
    section.dataset.key = key;
    section.append(el('h2', '', n.title), el('p', '', n.text));
    if (n.until) {
      const left = Math.max(0, Math.ceil((n.until - Date.now()) / 1000));
      section.append(el('p', 'retry', left > 0 ? `Next try in ${left} s (at ${timeFmt.format(new Date(n.until))})` : 'Trying again now…'));
      counting = counting || left > 0;
    }
    if (n.code) section.append(el('pre', '', n.code));
    box.append(section);
  }
  if (counting) noticeTick = setInterval(renderNotices, 1000);
}

// ---------------------------------------------------------------- presenter

// The presenter view (p, or the Present button) shows what is on screen
// here: the live analysis, or the history entry that is open.
function present(ev) {
  ev.preventDefault();
  location.href = '/present' + (state.pinned ? location.hash : '');
}
$('present').addEventListener('click', present);
addEventListener('keydown', (ev) => {
  if (ev.key !== 'p' || ev.ctrlKey || ev.metaKey || ev.altKey || $('token-dialog').open || ev.target.closest?.('input, textarea, select')) return;
  present(ev);
});

// ---------------------------------------------------------------- go

renderEmpty();
route();
start();
