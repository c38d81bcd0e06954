// Benchmark: validateProcedure, text in, errors out, on the example catalogue and on 2,000
// generated procedures of realistic size. Run with `npm run bench` (after `npm run build`).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateProcedure } from '../packages/core/dist/index.js';

const root = path.resolve(import.meta.dirname, '..');
const exampleDir = path.join(root, 'examples/procedures');
const examples = readdirSync(exampleDir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(path.join(exampleDir, f), 'utf8'));

/** A deterministic pseudo-random generator, so every run measures the same procedures. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * A realistic procedure: an example with its form grown to 20–50 fields over several pages,
 * 4–12 dossier components with conditions, and its ids renamed, so no two texts are equal.
 */
function generate(i) {
  const rnd = random(i + 1);
  const p = JSON.parse(examples[i % examples.length]);
  p.code = `local.generated-${i}`;
  const fields = 20 + Math.floor(rnd() * 30);
  const props = p.form.data.properties;
  const page = { id: `extra-${i}`, title: { vi: 'Thông tin thêm', en: 'More details' }, fields: [] };
  for (let f = 0; f < fields; f++) {
    const name = `extra${f}`;
    const kind = f % 4;
    props[name] = kind === 0 ? { type: 'string', maxLength: 200 } : kind === 1 ? { type: 'integer', minimum: 0 } : kind === 2 ? { type: 'boolean' } : { type: 'string', format: 'date' };
    page.fields.push({ field: name, label: { vi: `Câu hỏi ${f}`, en: `Question ${f}` }, ...(f > 0 && kind === 0 ? { visibleWhen: { '==': [{ var: `extra${f - 2 < 0 ? 0 : f - 2}` }, true] } } : {}) });
  }
  // A condition on a boolean sibling two fields back keeps conditions type-correct.
  page.fields.forEach((q, k) => { if (q.visibleWhen) q.visibleWhen = { '==': [{ var: `extra${k - 2 >= 0 && (k - 2) % 4 === 2 ? k - 2 : 2}` }, true] }; });
  p.form.layout.pages.push(page);
  const components = 4 + Math.floor(rnd() * 8);
  for (let c = 0; c < components; c++) {
    p.components.push({ id: `extra-doc-${c}`, title: { vi: `Giấy tờ ${c}`, en: `Document ${c}` }, originals: 1, copies: c % 2, required: false,
      requiredWhen: { '==': [{ var: 'extra2' }, true] }, accept: ['application/pdf', 'image/jpeg'], maxSizeMB: 10 });
  }
  return JSON.stringify(p, null, 2);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(texts, rounds) {
  const times = [];
  let invalid = 0;
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      const result = validateProcedure(text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (!result.valid) invalid++;
    }
  }
  return { median: median(times), p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)], invalid: invalid / rounds };
}

export function runValidateBenchmark() {
  const generated = Array.from({ length: 2000 }, (_, i) => generate(i));
  const sizes = generated.map((t) => t.length);
  measure(generated.slice(0, 200), 1); // warm up the JIT
  const catalogue = measure(examples, 50);
  const bulk = measure(generated, 3);
  return {
    title: 'validateProcedure (text in, errors out)',
    rows: [
      ['example catalogue', `${examples.length} procedures × 50 rounds`, catalogue.median, catalogue.p95, catalogue.invalid],
      ['generated', `2,000 procedures × 3 rounds, ${Math.round(median(sizes) / 1024)} KB median text`, bulk.median, bulk.p95, bulk.invalid],
    ],
  };
}
