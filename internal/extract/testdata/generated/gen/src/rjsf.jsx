// react-jsonschema-form: one <form> with a title; every question is a field
// in its own .form-group with a <label for> (radios and checkboxes in their
// own groups), the layout form renderers produce.
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { P, strip, whenReady } from './common.js';

function schemaOf(items) {
  const properties = {};
  const uiSchema = {};
  items.forEach((q, i) => {
    const key = 'q' + (i + 1);
    const title = strip(q.text);
    switch (q.kind) {
      case 'single':
      case 'truefalse':
        properties[key] = { type: 'string', title, enum: q.options };
        uiSchema[key] = { 'ui:widget': 'radio' };
        break;
      case 'dropdown':
        properties[key] = { type: 'string', title, enum: q.options };
        break;
      case 'multiple':
        properties[key] = { type: 'array', title, uniqueItems: true, items: { type: 'string', enum: q.options } };
        uiSchema[key] = { 'ui:widget': 'checkboxes' };
        break;
      default:
        properties[key] = { type: 'string', title, format: q.format };
        if (q.paragraph) uiSchema[key] = { 'ui:widget': 'textarea' };
    }
  });
  uiSchema['ui:submitButtonOptions'] = { submitText: P.submit || 'Submit' };
  // Every question is required: the library marks the label with a "*" of its own.
  return { schema: { type: 'object', title: P.title, description: P.intro, required: Object.keys(properties), properties }, uiSchema };
}

whenReady((items) => {
  const { schema, uiSchema } = schemaOf(items);
  createRoot(document.getElementById('app')).render(
    <Form schema={schema} uiSchema={uiSchema} validator={validator} noHtml5Validate />,
  );
});
