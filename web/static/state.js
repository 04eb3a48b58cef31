// The rules every quizstats display follows to say what state an analysis,
// a question and an option are in, and which colour each gets. The
// dashboard and the presenter view import them, so that the two never
// disagree about what is right, wrong or undecided; the terminal display
// (internal/tui) follows the same table, and the server decides the
// verdicts (score.questions[].outcome), so none of this guesses.
//
// Colours mean one thing each: green is correct by the answer key, red is
// wrong by it, neutral (the accent) is the model's pick when there is no
// key to judge it, amber is a tie (no majority) and grey is not answered.

// Analysis states. "running" is what a display calls an analysis it knows
// from events only; the others are stored.
export const RUNNING = 'running';
export const COMPLETED = 'completed';
export const PARTIAL = 'partial';
export const FAILED = 'failed';

// Question states, as data-state on a question's element.
export const PENDING = 'pending'; // the model has not written it yet
export const ANSWERED = 'answered';
export const TIE = 'tie'; // answered, but the samples split evenly: no majority
export const UNANSWERED = 'unanswered'; // no valid answer; ans.error says why

// Option tones, as data-tone on an option's element.
export const TONE_CORRECT = 'correct'; // picked, and the key agrees (green)
export const TONE_WRONG = 'wrong'; // picked, and the key disagrees (red)
export const TONE_PICKED = 'picked'; // picked, no key to judge (neutral)
export const TONE_TIED = 'tied'; // among the most-voted picks of a tie (amber)
export const TONE_KEY = 'key'; // the key's option the model did not pick (green outline)
export const TONE_NONE = 'none';

// Verdicts of a scored question, as the server's score says them.
export const OUTCOME_TEXT = {
  correct: '✓ matches the key',
  wrong: '✗ wrong',
  no_majority: 'no majority: the samples tied',
  unanswered: 'not answered',
};

const letter = (i) => String.fromCharCode(65 + i);

// questionState is the state of question i of analysis a.
export function questionState(a, i) {
  const ans = a.answers?.[i];
  if (!ans) return PENDING;
  if (ans.error) return UNANSWERED;
  if (ans.tie) return TIE;
  return ANSWERED;
}

// scoreOf returns the server's verdict on question i, if the analysis was
// scored against a key. While an analysis runs there is no score yet, but
// analysis.started carries the key (a.answer_key): the verdict is then the
// one the server's score will give (quiz.ScoreAnswers: exactly the key's
// options), so the presenter view can reveal it as each answer arrives.
export function scoreOf(a, i) {
  if (a.score) return a.score.questions?.find((q) => q.question === i) || null;
  const key = a.answer_key?.[i];
  const ans = a.answers?.[i];
  if (!key?.length || !ans) return null;
  const expected = [...key].sort((x, y) => x - y);
  const got = ans.choices || [];
  const same = got.length === expected.length && got.every((c, k) => c === expected[k]);
  const outcome = ans.error ? 'unanswered' : ans.tie ? 'no_majority' : same ? 'correct' : 'wrong';
  return { question: i, outcome, correct: outcome === 'correct', expected, got, provisional: true };
}

// tiedOptions are the options with the most votes of a tie.
export function tiedOptions(ans) {
  if (!ans?.tie || !ans.votes?.length) return [];
  const top = Math.max(...ans.votes);
  return ans.votes.flatMap((v, j) => (v === top && v > 0 ? [j] : []));
}

// optionTone is the tone of option j of question i.
export function optionTone(a, i, j) {
  const ans = a.answers?.[i];
  if (!ans || ans.error) return TONE_NONE;
  const qs = scoreOf(a, i);
  const inKey = !!qs?.expected?.includes(j);
  if (ans.tie) {
    if (tiedOptions(ans).includes(j)) return TONE_TIED;
    return inKey ? TONE_KEY : TONE_NONE;
  }
  const picked = (ans.choices || []).includes(j);
  if (!qs) return picked ? TONE_PICKED : TONE_NONE;
  if (picked) return inKey ? TONE_CORRECT : TONE_WRONG;
  return inKey ? TONE_KEY : TONE_NONE;
}

// verdictText says what the key made of question i: null when unscored.
export function verdictText(a, i) {
  const qs = scoreOf(a, i);
  if (!qs) return null;
  const outcome = qs.outcome || (qs.correct ? 'correct' : 'wrong');
  let text = OUTCOME_TEXT[outcome] || outcome;
  if (outcome !== 'correct') text += ` · the key says ${qs.expected.map(letter).join(', ') || 'nothing'}`;
  return { outcome, text };
}

// reasonText is why question ans.question has no answer, for its own card:
// the server's message names the question in the request's numbering
// (0-based, "question 6: ..."), which the card itself already is.
export function reasonText(ans) {
  return (ans?.error?.message || '').replace(/^question \d+: /, '');
}

// answerText is one question's answer in words, for a screen reader or a
// line of text.
export function answerText(ans) {
  if (!ans) return 'not answered yet';
  if (ans.error) return 'not answered: ' + reasonText(ans);
  if (ans.tie) return 'no majority (' + tiedOptions(ans).map(letter).join(' and ') + ' tied)';
  if (ans.text) return ans.text;
  return (ans.choices || []).map(letter).join(', ') || 'no option';
}

// counts tells how many questions a is answered, unanswered and waiting.
export function counts(a) {
  const n = a.questions?.length ?? a.answers?.length ?? 0;
  let answered = 0;
  let unanswered = 0;
  let ties = 0;
  for (const ans of a.answers || []) {
    if (!ans) continue;
    if (ans.error) unanswered++;
    else answered++;
    if (ans.tie) ties++;
  }
  return { total: n, answered, unanswered, ties, pending: Math.max(0, n - answered - unanswered) };
}

// statusOf is a's state, for an analysis that may be known from events only.
export function statusOf(a) {
  return a.status || RUNNING;
}

// statusLabel is the few words that say where a stands.
export function statusLabel(a) {
  switch (statusOf(a)) {
    case RUNNING:
      return 'answering';
    case PARTIAL:
      return 'partial';
    case FAILED:
      return 'failed';
    default:
      return a.cached ? 'from cache' : 'completed';
  }
}

// scoreParts says a score in words: "Score 18/20", then what was not
// right and why. A tie counts as not right: there was no majority answer.
export function scoreParts(score) {
  if (!score || !score.total) return null;
  const parts = [];
  const wrong = score.wrong ?? score.questions.filter((q) => (q.outcome || (q.correct ? 'correct' : 'wrong')) === 'wrong').length;
  if (wrong) parts.push(`${wrong} wrong`);
  if (score.no_majority) parts.push(`${score.no_majority} no majority`);
  if (score.unanswered) parts.push(`${score.unanswered} not answered`);
  return { head: `Score ${score.correct}/${score.total}`, good: score.correct === score.total, parts };
}

// notRight lists the scored questions that were not correct, with why.
export function notRight(score) {
  if (!score) return [];
  return score.questions
    .map((q) => ({ question: q.question, outcome: q.outcome || (q.correct ? 'correct' : 'wrong') }))
    .filter((q) => q.outcome !== 'correct');
}
