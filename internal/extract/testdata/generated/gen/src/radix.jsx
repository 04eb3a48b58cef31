// Radix UI radio groups: every option is a <button role="radio"> with no
// native input (there is no enclosing form); the question is a heading the
// group names with aria-labelledby, the option a <label for> the button.
import { createRoot } from 'react-dom/client';
import * as RadioGroup from '@radix-ui/react-radio-group';
import { P, parts, whenReady } from './common.js';

const Rich = ({ s }) => parts(s).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>));

function Question({ q, i }) {
  const hid = `q${i}-title`;
  return (
    <section className="card">
      <h3 id={hid}><Rich s={q.text} /></h3>
      <RadioGroup.Root className="rg" aria-labelledby={hid} orientation="vertical">
        {q.options.map((o, j) => (
          <div className="row" key={j}>
            <RadioGroup.Item className="radio" value={String(j)} id={`q${i}-o${j}`}>
              <RadioGroup.Indicator className="dot" />
            </RadioGroup.Item>
            <label htmlFor={`q${i}-o${j}`}>{o}</label>
          </div>
        ))}
      </RadioGroup.Root>
    </section>
  );
}

whenReady((items) => {
  createRoot(document.getElementById('app')).render(
    <main>
      <h1>{P.title}</h1>
      {P.intro && <p className="intro">{P.intro}</p>}
      {items.map((q, i) => <Question q={q} i={i} key={i} />)}
      <button className="submit" type="button">{P.submit || 'Check answers'}</button>
    </main>,
  );
});
