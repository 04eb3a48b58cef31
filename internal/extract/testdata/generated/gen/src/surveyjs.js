// SurveyJS (survey-core + survey-js-ui): the library numbers the questions
// in their own element, renders dropdowns as its own popup list, and pages
// the survey (or shows one question per page) with a Next button.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { P, strip, whenReady } from './common.js';

function element(q, i) {
  const base = { name: 'q' + (i + 1), title: strip(q.text), isRequired: !!P.required };
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return { ...base, type: 'radiogroup', choices: q.options.map((o, j) => ({ value: 'o' + j, text: o })) };
    case 'multiple':
      return { ...base, type: 'checkbox', choices: q.options.map((o, j) => ({ value: 'o' + j, text: o })) };
    case 'dropdown':
      return { ...base, type: 'dropdown', choices: q.options.map((o, j) => ({ value: 'o' + j, text: o })) };
    default:
      return { ...base, type: q.paragraph ? 'comment' : 'text' };
  }
}

whenReady((items) => {
  const size = P.pageSize || items.length;
  const pages = [];
  for (let n = 0; n * size < items.length; n++) {
    pages.push({ name: 'page' + (n + 1), elements: items.slice(n * size, (n + 1) * size).map((q, k) => element(q, n * size + k)) });
  }
  const model = new Model({
    title: P.title,
    description: P.intro,
    pages,
    showQuestionNumbers: P.numbered ? 'on' : 'off',
    questionsOnPageMode: P.onePerPage ? 'questionPerPage' : 'standard',
    showProgressBar: P.onePerPage ? 'top' : 'off',
    progressBarType: 'questions',
  });
  renderSurvey(model, document.getElementById('app'));
});
