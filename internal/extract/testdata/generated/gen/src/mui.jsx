// MUI (Material UI for React): each question a FormControl whose FormLabel
// names its group by id; radios and checkboxes are native inputs made
// transparent under drawn icons; dropdowns a Select whose question is the
// floating InputLabel and whose options exist only while its menu (a
// popover portal at the end of <body>) is open.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import TextField from '@mui/material/TextField';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { P, parts, strip, whenReady } from './common.js';

const Rich = ({ s }) => parts(s).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>));

function Dropdown({ q, i }) {
  const [v, setV] = useState('');
  return (
    <FormControl sx={{ minWidth: 320 }}>
      <InputLabel id={`q${i}-label`}>{strip(q.text)}</InputLabel>
      <Select labelId={`q${i}-label`} label={strip(q.text)} value={v} onChange={(e) => setV(e.target.value)}>
        {q.options.map((o, j) => <MenuItem key={j} value={String(j)}>{o}</MenuItem>)}
      </Select>
    </FormControl>
  );
}

function Question({ q, i }) {
  const id = `q${i}-label`;
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return (
        <FormControl>
          <FormLabel id={id}><Rich s={q.text} /></FormLabel>
          <RadioGroup aria-labelledby={id} name={`q${i}`}>
            {q.options.map((o, j) => <FormControlLabel key={j} value={String(j)} control={<Radio />} label={o} />)}
          </RadioGroup>
        </FormControl>
      );
    case 'multiple':
      return (
        <FormControl component="fieldset">
          <FormLabel component="legend"><Rich s={q.text} /></FormLabel>
          <FormGroup>
            {q.options.map((o, j) => <FormControlLabel key={j} control={<Checkbox name={`q${i}-${j}`} />} label={o} />)}
          </FormGroup>
        </FormControl>
      );
    case 'dropdown':
      return <Dropdown q={q} i={i} />;
    default:
      return <TextField label={strip(q.text)} name={`q${i}`} sx={{ minWidth: 320 }} />;
  }
}

whenReady((items) => {
  createRoot(document.getElementById('app')).render(
    <form onSubmit={(e) => e.preventDefault()}>
      <Typography variant="h4" component="h1" gutterBottom>{P.title}</Typography>
      {P.intro && <Typography paragraph>{P.intro}</Typography>}
      {items.map((q, i) => <Paper key={i} variant="outlined" sx={{ p: 2, my: 2 }}><Question q={q} i={i} /></Paper>)}
      <Button variant="contained" type="submit">{P.submit || 'Submit'}</Button>
    </form>,
  );
});
