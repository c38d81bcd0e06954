import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProcedure } from '@motcua/core';

const dir = path.resolve(import.meta.dirname, '../examples/procedures');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('example procedures', () => {
  it('there are at least nine real procedures', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s is a valid procedure', (file) => {
    const result = validateProcedure(readFileSync(path.join(dir, file), 'utf8'));
    const report = result.errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.pointer} ${e.message.en} ${e.hint?.en ?? ''}`);
    expect(report).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(files)('%s points editors at the schema', (file) => {
    const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    expect(json.$schema).toBe('../../schemas/procedure.schema.json');
  });
});
