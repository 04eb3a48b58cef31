// Ant Design (antd): a vertical Form whose Form.Items label each field with a
// <label for> in a column of its own; radios and checkboxes are native inputs
// made transparent inside styled wrappers (or drawn as a row of buttons);
// a Select is a combobox whose options exist only while its dropdown (a
// virtual list in a portal at the end of <body>) is open; the paged variant
// shows one page of questions above a Pagination bar.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Card, Checkbox, ConfigProvider, Form, Input, Pagination, Radio, Select, Typography } from 'antd';
import { P, pageOf, parts, strip, whenReady } from './common.js';

const Rich = ({ s }) => parts(s).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : <span key={i}>{p.text}</span>));
const opts = (q) => q.options.map((o, j) => ({ label: o, value: String(j) }));

function Field({ q, i }) {
  const name = `q${i + 1}`;
  switch (q.kind) {
    case 'single':
    case 'truefalse':
      return (
        <Form.Item label={<Rich s={q.text} />} name={name}>
          <Radio.Group options={opts(q)} optionType={P.buttons ? 'button' : 'default'} vertical={!P.buttons} />
        </Form.Item>
      );
    case 'multiple':
      return (
        <Form.Item label={<Rich s={q.text} />} name={name}>
          <Checkbox.Group options={opts(q)} />
        </Form.Item>
      );
    case 'dropdown':
      return (
        <Form.Item label={strip(q.text)} name={name}>
          <Select options={opts(q)} placeholder={P.placeholder || 'Select an answer'} style={{ minWidth: 320 }} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item label={strip(q.text)} name={name}>
          {q.paragraph ? <Input.TextArea rows={3} /> : <Input type={q.inputType || 'text'} />}
        </Form.Item>
      );
  }
}

function App({ items }) {
  const [page, setPage] = useState(1);
  const shown = P.pageSize ? pageOf(items, page - 1) : items;
  const offset = P.pageSize ? (page - 1) * P.pageSize : 0;
  return (
    <ConfigProvider direction={document.dir === 'rtl' ? 'rtl' : 'ltr'}>
      <Typography.Title level={2}>{P.title}</Typography.Title>
      {P.intro && <Typography.Paragraph>{P.intro}</Typography.Paragraph>}
      <Form layout="vertical" onFinish={() => {}}>
        {P.cards
          ? shown.map((q, k) => <Card key={offset + k} style={{ marginBottom: 16 }}><Field q={q} i={offset + k} /></Card>)
          : shown.map((q, k) => <Field q={q} i={offset + k} key={offset + k} />)}
        {P.pageSize
          ? <Pagination current={page} pageSize={P.pageSize} total={items.length} onChange={setPage} />
          : <Button type="primary" htmlType="submit">{P.submit || 'Submit'}</Button>}
      </Form>
    </ConfigProvider>
  );
}

whenReady((items) => {
  createRoot(document.getElementById('app')).render(<App items={items} />);
});
