import { readdirSync, readFileSync } from 'node:fs';
import { validateFormData, type Procedure } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { environmentOf, schemaAt, writePath, type FormField } from './form-model.js';
import { checkLayoutField } from './form-validation.js';

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Procedure;
const examples = new URL('../../../../../examples/procedures/', import.meta.url);
const procedures = [
  ...readdirSync(examples).filter((name) => name.endsWith('.json')).map((name) => read(new URL(name, examples))),
  read(new URL('../../../../../test/fixtures/procedures/valid/minimal.json', import.meta.url)),
];

/** Answers to try for a field of this schema: good ones and ones breaking each kind of rule. */
function candidates(schema: FormField | undefined): unknown[] {
  const strings = ['x', 'x'.repeat(201), 'Nguyễn Văn An', 'zzz', '12345', '001194000004', '099194000004', '0100109106', '0100109107', '0100109106-001',
    '0912345678', '+84912345678', '012', 'a@b.vn', 'not-an-email', '2026-02-10', '2026-02-30', '10/02/2026', '01', '00070', '2026-02-10T09:00:00+07:00', 'abc!'];
  switch (schema?.type) {
    case 'string': {
      const lengths = [schema.minLength, schema.maxLength].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1])).filter((n) => n > 0);
      return [...strings, ...lengths.map((n) => 'x'.repeat(n)), ...(schema.enum ?? []), 42];
    }
    case 'number':
    case 'integer': {
      const bounds = [schema.minimum, schema.maximum].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1, n + 0.5]));
      return [0, -1, 1, 1.5, 5, 21, 1e12, 'x', ...bounds];
    }
    case 'boolean': return [true, false, 'yes'];
    case 'object': return [{ unitCode: '00070' }, { unitCode: '00070', line: 'x'.repeat(201) }, { unitCode: 'x' }, { unitCode: '00070', other: 1 }, 'x'];
    case 'array': {
      const item = schema.items.type === 'object' ? { description: 'Bán lẻ', code: '4711', fullName: 'Lê Thị Hoa', citizenId: '001194000004' } : 'x';
      const sizes = [schema.minItems, schema.maxItems].flatMap((n) => (n === undefined ? [] : [n - 1, n, n + 1])).filter((n) => n >= 0);
      return [[], ['x'], [{}], [{ description: 'x', code: '47' }], 'x', ...sizes.map((n) => Array.from({ length: n }, () => item))];
    }
    default: return ['x'];
  }
}

describe('checkLayoutField flags exactly the answers validateFormData flags', () => {
  it.each(procedures.map((procedure) => [`${procedure.code}@${procedure.version}`, procedure] as const))('%s: every field, every kind of answer', (_key, procedure) => {
    const disagreements: string[] = [];
    for (const field of procedure.form.layout.pages.flatMap((page) => page.fields)) {
      for (const value of candidates(schemaAt(procedure.form, field.field))) {
        const data = writePath({}, field.field, value);
        const server = validateFormData(procedure.form, data, { complete: false }).some((issue) => issue.path === field.field || issue.path.startsWith(`${field.field}.`));
        const env = environmentOf(procedure, data, { channel: 'online', documents: [], prefilled: [], now: new Date('2026-02-20T09:00:00+07:00') });
        const browser = checkLayoutField({ procedure, data, env, lang: 'en' }, field) !== null;
        if (server !== browser) disagreements.push(`${field.field} = ${JSON.stringify(value)}: server ${server}, browser ${browser}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
