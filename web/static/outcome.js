// The rules every display follows to say what an answer means: whether the
// samples agreed (a tie has no majority), and, with an answer key, whether
// the pick is right. One module so that the dashboard and the presenter
// view cannot disagree; the colours follow from the outcome alone:
// correct green, wrong red, everything else neutral.

// Outcomes an answer can have on screen.
export const CORRECT = 'correct';
export const WRONG = 'wrong';
export const UNSCORED = 'unscored'; // answered, no key to compare with
export const TIE = 'tie'; // the samples split evenly between picks: no majority
export const UNANSWERED = 'unanswered'; // no valid answer (answer.error says why), or none yet

const pickKey = (choices) => [...choices].sort((a, b) => a - b).join(',');

// tie reports whether an answer's samples had no majority: the most common
// pick (a set of options) shared its count with another. With the samples'
// own picks it compares sets, as the server's vote does; without them
// (older analyses) it can only compare per-option votes of a one-choice
// question.
export function tie(answer, samples) {
  if (!answer || samples < 2) return false;
  const picks = answer.sample_choices;
  if (picks?.length > 1) {
    const counts = new Map();
    for (const p of picks) counts.set(pickKey(p), (counts.get(pickKey(p)) || 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    return sorted.length > 1 && sorted[0] === sorted[1];
  }
  const votes = answer.votes || [];
  if (answer.choices?.length !== 1 || !votes.length) return false;
  const top = Math.max(...votes);
  return top > 0 && votes.filter((v) => v === top).length > 1;
}

// outcome is what an answer means, given the key's options for its question
// (undefined or empty when the question is not scored). The server's score,
// when there is one, decides right and wrong: scored is its entry for the
// question.
export function outcome(answer, samples, key, scored) {
  if (!answer || answer.error) return UNANSWERED;
  if (tie(answer, samples)) return TIE;
  if (scored) return scored.correct ? CORRECT : WRONG;
  if (!key || !key.length) return UNSCORED;
  return pickKey(answer.choices || []) === pickKey(key) ? CORRECT : WRONG;
}
