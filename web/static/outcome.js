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

// tie reports whether an answer's samples had no majority. The server
// decides it (quiz.Answer.Tie, which leaves the choices empty); a display
// only shows it.
export const tie = (answer) => !!answer?.tie;

// outcome is what an answer means, given the key's options for its question
// (undefined or empty when the question is not scored). The server's score,
// when there is one, decides right and wrong: scored is its entry for the
// question. Before the score arrives (the answers of a running analysis),
// a pick is right when it is exactly the key's options, as the score says.
export function outcome(answer, key, scored) {
  if (!answer || answer.error) return UNANSWERED;
  if (tie(answer)) return TIE;
  if (scored) return scored.correct ? CORRECT : WRONG;
  if (!key || !key.length) return UNSCORED;
  return pickKey(answer.choices || []) === pickKey(key) ? CORRECT : WRONG;
}
