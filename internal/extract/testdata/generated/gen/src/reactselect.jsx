// react-select: custom dropdowns whose menu exists only while open and is
// rendered in a portal at the end of <body>; the question is a <label for>
// the combobox's input.
import { createRoot } from 'react-dom/client';
import Select from 'react-select';
import { P, strip, whenReady } from './common.js';

whenReady((items) => {
  createRoot(document.getElementById('app')).render(
    <form className="quiz" onSubmit={(e) => e.preventDefault()}>
      <h1>{P.title}</h1>
      {P.intro && <p className="intro">{P.intro}</p>}
      {items.map((q, i) => (
        <div className="field" key={i}>
          <label htmlFor={`q${i}-input`}>{strip(q.text)}</label>
          <Select
            inputId={`q${i}-input`}
            instanceId={`q${i}`}
            isMulti={q.kind === 'multiple'}
            options={q.options.map((o) => ({ value: o, label: o }))}
            placeholder={P.placeholder || 'Select…'}
            menuPortalTarget={document.body}
          />
        </div>
      ))}
      <button type="submit">{P.submit || 'Submit'}</button>
    </form>,
  );
});
