// Benchmark: the size of the browser bundles that `size-budgets.json` budgets (CI fails a bundle over
// its budget: test/browser-bundle.test.ts), and what takes the room in each — bytes per source module,
// read from the bundle's source map (each generated span is charged to the module it maps to, then the
// module's spans are gzipped alone: an estimate, since gzip shares context across modules).
//
//   node bench/size.bench.mjs            prints the result as JSON (scripts/bench.mjs writes BENCHMARKS.md)
//
// Reads the built files: run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (VLQ, base 64): generated column, source, line, column[, name]. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** The generated text of `code` charged to each source of `map`: `Map<source, string>`. */
function textBySource(code, map) {
  const lines = code.split('\n');
  const out = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const spans = line.split(',').filter(Boolean).map((segment) => {
      const [columnDelta, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      return { column, source: sourceDelta === undefined ? null : source };
    });
    spans.forEach((span, index) => {
      if (span.source === null) return;
      const name = map.sources[span.source];
      const text = lines[lineIndex]?.slice(span.column, spans[index + 1]?.column) ?? '';
      out.set(name, (out.get(name) ?? '') + text);
    });
  });
  return out;
}

/** A map's source as a repository path without `packages/` (`core/src/calendar/lunar-date.ts`), or its npm package. */
function moduleName(mapFile, source) {
  const inModules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (inModules) return inModules[1];
  return path.relative(root, path.resolve(path.dirname(mapFile), source)).replace(/^packages\//, '');
}

export function runSizeBenchmark() {
  const budgets = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8')).bundles;
  return Object.entries(budgets).map(([file, budget]) => {
    const full = path.join(root, file);
    if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const code = readFileSync(full, 'utf8');
    const gzip = gzipSync(code, { level: 9 }).length;
    const modules = new Map();
    if (existsSync(`${full}.map`)) {
      for (const [source, text] of textBySource(code, JSON.parse(readFileSync(`${full}.map`, 'utf8')))) {
        const name = moduleName(full, source);
        modules.set(name, (modules.get(name) ?? '') + text);
      }
    }
    const top = [...modules].map(([name, text]) => ({ name, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length }))
      .sort((a, b) => b.gzip - a.gzip).slice(0, 12);
    return { file, what: budget.what, bytes: code.length, gzip, budget: budget.maxGzipBytes, top };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(runSizeBenchmark(), null, 2));
