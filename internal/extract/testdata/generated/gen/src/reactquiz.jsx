// react-quiz-component: one question at a time, answers as <button>s,
// "Question 1 / 5" above. The quiz starts behind a Start button; the page
// presses it, as a person would, so the first question is on screen.
import { createRoot } from 'react-dom/client';
import Quiz from 'react-quiz-component';
import { P, whenReady } from './common.js';

whenReady((items) => {
  const quiz = {
    quizTitle: P.title,
    // The library appends "(10 marks)" to every question unless told not to.
    appLocale: { marksOfQuestion: '' },
    quizSynopsis: P.intro || '',
    nrOfQuestions: String(items.length),
    questions: items.map((q) => ({
      // snarkdown renders the text: `code` becomes <code>.
      question: q.text,
      questionType: 'text',
      answerSelectionType: 'single',
      answers: q.options,
      correctAnswer: '1',
      messageForCorrectAnswer: 'Correct answer. Good job.',
      messageForIncorrectAnswer: 'Incorrect answer. Please try again.',
      point: '10',
    })),
  };
  createRoot(document.getElementById('app')).render(<Quiz quiz={quiz} />);
  const start = () => {
    const b = document.querySelector('.startQuizBtn');
    if (b) b.click();
    else setTimeout(start, 20);
  };
  // The start-screen page leaves the Start button for the person.
  if (!P.noStart) start();
});
