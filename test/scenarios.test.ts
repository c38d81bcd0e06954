import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, validateScenario } from '@motcua/core';
import { runScenario, uncoveredEvents } from '@motcua/core/scenario';

// Every example procedure ships scenarios that pass and together exercise every action.
const root = path.resolve(import.meta.dirname, '..');
const scenarioRoot = path.join(root, 'examples/scenarios');
const procedures = readdirSync(path.join(root, 'examples/procedures')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe.each(procedures)('scenarios of %s', (stem) => {
  const dir = path.join(scenarioRoot, stem);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const compiled = compileProcedure(JSON.parse(readFileSync(path.join(root, 'examples/procedures', `${stem}.json`), 'utf8')));
  const covered = new Set<string>();

  it.each(files)('%s passes', (file) => {
    const checked = validateScenario(readFileSync(path.join(dir, file), 'utf8'));
    expect(checked.errors).toEqual([]);
    expect(checked.value!.procedure).toBe(`../../procedures/${stem}.json`);
    const result = runScenario(checked.value!, compiled);
    for (const event of result.covered) covered.add(event);
    expect(result.failures.map((f) => `step ${f.step + 1}: ${f.message.en}`)).toEqual([]);
  });

  it('covers every action, supplement, withdrawal, extension and hand-over', () => {
    expect(uncoveredEvents(compiled, covered)).toEqual([]);
    expect([...covered]).toEqual(expect.arrayContaining(['SUBMIT', 'SUPPLEMENT', 'WITHDRAW', 'EXTEND', 'HANDOVER']));
  });

  it('includes a dossier received at 16:00 on the working day before Tết 2026', () => {
    const tet = files.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes('2026-02-13T16:00:00+07:00'));
    expect(tet.length).toBeGreaterThan(0);
  });
});
