import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The same ajv set-up that precompiles the validators, so the checks here are the build's own.
import { createAjv, loadSchemas } from '../packages/core/scripts/gen-validators.mjs';

const root = path.resolve(import.meta.dirname, '..');
const schemas = (await loadSchemas()) as { file: string; schema: Record<string, unknown> }[];

const SCHEMA_MAPS = ['properties', '$defs'];
const SCHEMA_VALUES = ['items', 'additionalProperties', 'propertyNames', 'not', 'contains'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

/** Every schema node that documents a property or a definition, with its path. */
function documentedNodes(node: Record<string, unknown>, at: string, out: [string, Record<string, unknown>][]): void {
  for (const key of SCHEMA_MAPS) {
    for (const [name, child] of Object.entries((node[key] ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof child !== 'object' || child === null) continue;
      out.push([`${at}/${key}/${name}`, child]);
      documentedNodes(child, `${at}/${key}/${name}`, out);
    }
  }
  for (const key of SCHEMA_VALUES) {
    const child = node[key];
    if (child && typeof child === 'object') documentedNodes(child as Record<string, unknown>, `${at}/${key}`, out);
  }
  for (const key of SCHEMA_LISTS) {
    ((node[key] ?? []) as Record<string, unknown>[]).forEach((child, i) => documentedNodes(child, `${at}/${key}/${i}`, out));
  }
}

describe('the schemas of the procedure language', () => {
  it('compile together under ajv strict mode (draft 2020-12)', () => {
    const ajv = createAjv();
    for (const { schema } of schemas) ajv.addSchema(schema);
    for (const { schema } of schemas) expect(() => ajv.getSchema(schema.$id as string)).not.toThrow();
  });

  it.each(schemas.map((s) => [s.file, s.schema] as const))('%s has a versioned $id and the 2020-12 dialect', (_file, schema) => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/motcua\.dev\/schemas\/v\d+\/[a-z-]+\.schema\.json$/);
  });

  it.each(schemas.map((s) => [s.file, s.schema] as const))('%s gives every property a bilingual title and description', (_file, schema) => {
    const nodes: [string, Record<string, unknown>][] = [];
    documentedNodes(schema, '#', nodes);
    expect(nodes.length).toBeGreaterThan(10);
    const undocumented = nodes
      .filter(([, node]) => !(typeof node.title === 'string' && node.title.includes(' / ') && typeof node.description === 'string' && node.description.includes(' / ')))
      // a $ref's target carries the documentation; its siblings may refine it
      .filter(([, node]) => !(node.$ref && node.title === undefined))
      .map(([at]) => at);
    expect(undocumented).toEqual([]);
  });
});

describe('the full schema and the checker agree', () => {
  const ajv = createAjv();
  for (const { schema } of schemas) ajv.addSchema(schema);
  const validateFull = ajv.getSchema('https://motcua.dev/schemas/v1/procedure.schema.json')!;
  const dir = path.join(root, 'examples/procedures');

  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s is valid for editors too (full schema, with conditions)', (file) => {
    const valid = validateFull(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    expect(validateFull.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('calendar examples validate against the calendar schema', () => {
    const validate = ajv.getSchema('https://motcua.dev/schemas/v1/calendar.schema.json')!;
    const calendar = JSON.parse(readFileSync(path.join(root, 'examples/calendars/vn.json'), 'utf8'));
    expect(validate(calendar), JSON.stringify(validate.errors)).toBe(true);
  });
});
