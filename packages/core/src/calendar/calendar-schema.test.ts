import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
const schema = read('schemas/calendar.schema.json') as Record<string, unknown>;
const example = read('examples/calendars/vn.json') as Record<string, unknown>;

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('schemas/calendar.schema.json', () => {
  it('compiles under Ajv 2020 strict mode', () => {
    expect(schema.$id).toBe('https://motcua.dev/schemas/v1/calendar.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(compile).not.toThrow();
  });

  it('accepts examples/calendars/vn.json', () => {
    const validate = compile();
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a minimal calendar', () => {
    expect(compile()({ id: 'ward-1', title: { vi: 'Phường', en: 'Ward' }, timeZone: '+07:00', effectiveFrom: '2025-07-01' })).toBe(true);
  });

  it.each([
    ['an unknown property', { colour: 'red' }, '', 'additionalProperties'],
    ['a time that is not HH:MM', { cutOff: [{ effectiveFrom: '2025-01-01', time: '3pm' }] }, '/cutOff/0/time', 'pattern'],
    ['a date that does not exist', { effectiveFrom: '2025-02-30' }, '/effectiveFrom', 'format'],
    ['an unsupported time zone', { timeZone: 'Asia/Bangkok' }, '/timeZone', 'anyOf'],
    ['a weekday 0', { weeklyRestDays: [{ effectiveFrom: '2025-01-01', days: [0] }] }, '/weeklyRestDays/0/days/0', 'minimum'],
    ['a confirmed schedule without sources', { schedules: [{ year: 2025, title: { vi: 'a', en: 'a' }, daysOff: [], confirmed: true }] }, '/schedules/0', 'required'],
    ['a title without English', { title: { vi: 'Phường' } }, '/title', 'required'],
  ])('rejects %s', (_name, change, instancePath, keyword) => {
    const validate = compile();
    const data = { id: 'ward-1', title: { vi: 'Phường', en: 'Ward' }, timeZone: '+07:00', effectiveFrom: '2025-07-01', ...change };
    expect(validate(data)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath, keyword }));
  });

  it('gives every property a Vietnamese-then-English title and description, and closes every object', () => {
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.type === 'object' && record.additionalProperties !== false) problems.push(`${path}: additionalProperties is not false`);
      if (record.properties && typeof record.properties === 'object') {
        for (const [name, property] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          for (const key of ['title', 'description'] as const) {
            const text = property[key];
            if (typeof text !== 'string' || !/^\S.* \/ \S/.test(text)) problems.push(`${path}/properties/${name}: ${key} is not "vi / en"`);
          }
        }
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    };
    walk(schema, '');
    expect(problems).toEqual([]);
  });
});
