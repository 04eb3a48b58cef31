// Headless UI (Tailwind Labs): ARIA-only widgets. Radio groups are
// role=radio elements with no native input, checkboxes role=checkbox spans,
// dropdowns a Listbox whose options exist only while it is open, anchored
// in a portal at the end of <body>.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Checkbox, Field, Input, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions, Radio, RadioGroup } from '@headlessui/react';
import { P, parts, strip, whenReady } from './common.js';

const Rich = ({ s }) => parts(s).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>));

function Single({ q, i }) {
  const [v, setV] = useState(null);
  return (
    <div className="card">
      <h3 id={`q${i}-t`}><Rich s={q.text} /></h3>
      <RadioGroup value={v} onChange={setV} aria-labelledby={`q${i}-t`} className="options">
        {q.options.map((o) => (
          <Field key={o} className="option">
            <Radio value={o} className="radio"><span className="dot" /></Radio>
            <Label>{o}</Label>
          </Field>
        ))}
      </RadioGroup>
    </div>
  );
}

function Box({ o }) {
  const [on, setOn] = useState(false);
  return (
    <Field className="option">
      <Checkbox checked={on} onChange={setOn} className="checkbox"><span className="tick">{on ? '✓' : ''}</span></Checkbox>
      <Label>{o}</Label>
    </Field>
  );
}

function Multiple({ q, i }) {
  return (
    <div className="card" role="group" aria-labelledby={`q${i}-t`}>
      <h3 id={`q${i}-t`}><Rich s={q.text} /></h3>
      <div className="options">{q.options.map((o) => <Box o={o} key={o} />)}</div>
    </div>
  );
}

function Dropdown({ q }) {
  const [v, setV] = useState(null);
  return (
    <Field className="card">
      <Label as="h3">{strip(q.text)}</Label>
      <Listbox value={v} onChange={setV}>
        <ListboxButton className="listbox-button">{v || (P.placeholder || 'Choose an answer')}</ListboxButton>
        <ListboxOptions anchor="bottom start" className="listbox-options">
          {q.options.map((o) => <ListboxOption key={o} value={o} className="listbox-option">{o}</ListboxOption>)}
        </ListboxOptions>
      </Listbox>
    </Field>
  );
}

function Text({ q }) {
  return (
    <Field className="card">
      <Label as="h3">{strip(q.text)}</Label>
      <Input className="text" name={q.name} type={q.inputType || 'text'} />
    </Field>
  );
}

const widgets = { single: Single, truefalse: Single, multiple: Multiple, dropdown: Dropdown, text: Text };

whenReady((items) => {
  createRoot(document.getElementById('app')).render(
    <main>
      <h1>{P.title}</h1>
      {P.intro && <p className="intro">{P.intro}</p>}
      {items.map((q, i) => { const W = widgets[q.kind]; return <W q={q} i={i} key={i} />; })}
      <button className="submit" type="button">{P.submit || 'Submit answers'}</button>
    </main>,
  );
});
