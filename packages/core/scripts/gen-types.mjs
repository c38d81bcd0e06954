// Generates TypeScript types from the JSON Schemas with json-schema-to-typescript.
// `node gen-types.mjs` writes src/generated/*.types.ts; `--check` exits 1 when they are stale.
import { compile } from 'json-schema-to-typescript';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDir, schemaDir, schemaFiles } from './schema-files.mjs';

const pascal = (words) =>
  words ? words.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase()) : undefined;
const englishTitle = (title) => (typeof title === 'string' && title.includes(' / ') ? title.split(' / ').pop() : undefined);

/**
 * Types are named after `$defs` keys only: titles of other nodes would turn every string
 * property into its own alias (`type Link1 = string`). Their descriptions stay as doc comments.
 */
function keepTitles(schema) {
  const strip = (node, named) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach((n) => strip(n, false)); return; }
    // json-schema-to-typescript predates 2020-12 tuples: give it the draft-07 spelling.
    if (Array.isArray(node.prefixItems)) {
      const closed = node.items === false;
      node.items = node.prefixItems;
      delete node.prefixItems;
      if (closed) node.additionalItems = false;
    }
    // A $ref with its own title/description would be emitted as a new copy of the type.
    if (node.$ref) { delete node.title; delete node.description; }
    if (!named && typeof node.title === 'string') {
      node.description = node.description ?? node.title;
      delete node.title;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '$defs') Object.values(v).forEach((d) => strip(d, true));
      else if (k === 'properties') Object.values(v).forEach((d) => strip(d, false));
      else if (k !== 'enum' && k !== 'const' && k !== 'default') strip(v, false);
    }
  };
  strip(schema, true);
}

/** Returns { fileName: source } for every schema, without touching the disk. */
export async function generateTypes() {
  const out = {};
  for (const { file, type } of schemaFiles) {
    const schema = JSON.parse(await readFile(path.join(schemaDir, file), 'utf8'));
    // The expression language has its own generated file; other schemas import its type
    // instead of inlining it (json-schema-to-typescript mis-resolves its internal $refs).
    const usesExpression = schema.$defs?.expression?.$ref === 'expression.schema.json';
    if (usesExpression) schema.$defs.expression = { ...schema.$defs.expression, $ref: undefined, tsType: 'ExpressionLanguage' };
    keepTitles(schema);
    let ts = await compile({ ...schema, title: type }, type, {
      cwd: schemaDir,
      bannerComment: `// GENERATED from schemas/${file} by packages/core/scripts/gen-types.mjs — do not edit.\n// Run \`npm run gen\` after changing the schema.`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      format: true,
      style: { singleQuote: true, printWidth: 110 },
      // Titles are bilingual ("Phí, lệ phí / Fee"): name types after the $defs key, or after
      // the English half of the title, never after the Vietnamese words.
      customName: (node, keyName) => pascal(keyName ?? englishTitle(node.title)),
    });
    if (usesExpression) ts = ts.replace(/\n\n/, "\n\nimport type { Expression as ExpressionLanguage } from './expression.types.js';\n\n");
    out[file.replace('.schema.json', '.types.ts')] = ts;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await generateTypes();
  const check = process.argv.includes('--check');
  await mkdir(generatedDir, { recursive: true });
  let stale = [];
  for (const [name, source] of Object.entries(files)) {
    const target = path.join(generatedDir, name);
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== source) stale.push(name);
    } else {
      await writeFile(target, source);
    }
  }
  if (stale.length) {
    console.error(`Generated types are stale: ${stale.join(', ')}. Run \`npm run gen\` and commit the result.`);
    process.exit(1);
  }
}
