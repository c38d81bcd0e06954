// Builds the published ESM and the bundled .d.ts of every package, plus the self-contained,
// minified browser bundle of @motcua/core (the one the CSP and size checks read).
// Type checking is `tsc -b`; here esbuild only strips types.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const packages = [
  { name: 'core', inputs: { index: 'src/index.ts', diagram: 'src/diagram/index.ts', scenario: 'src/scenario/index.ts', verify: 'src/verify/index.ts' } },
  { name: 'cli', inputs: { index: 'src/index.ts', main: 'src/main.ts' } },
  // Every module at the top of elements' src/ is an entry: index (all components) and one per component
  // (`@motcua/elements/<name>` registers only that tag).
  { name: 'elements', inputs: Object.fromEntries(readdirSync('packages/elements/src').filter((f) => f.endsWith('.ts')).map((f) => [f.slice(0, -3), `src/${f}`])) },
  { name: 'server', inputs: { index: 'src/index.ts', main: 'src/main.ts' } },
];

// Chunk names carry a content hash: clear the old ones, or every build would leave its chunks beside the
// new (and a package packed from this tree would ship them).
for (const { name } of packages) rmSync(`packages/${name}/dist/chunks`, { recursive: true, force: true });

const manifest = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
const externalFor = (name) => {
  const deps = Object.keys(manifest(name).dependencies ?? {});
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => node.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
};
const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
// Shrinks the Lit templates of the elements' sources, which terser leaves alone (what minify-html-literals
// does, without the dependency): indentation after a newline goes, and style sheets lose their comments
// and the spaces around braces, semicolons and after colons. Newlines stay, so neither markup, CSS nor
// JavaScript (ASI) changes meaning.
const minifyLitTemplates = () => ({
  name: 'minify-lit-templates',
  transform(code, id) {
    if (!/packages\/elements\/src\/.*\.ts$/.test(id)) return null;
    const sheet = /(\.styles|\/tokens)\.ts$/.test(id) ? code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/ *([{};]) */g, '$1').replace(/: +/g, ':') : code;
    return { code: sheet.replace(/\n[ \t]+/g, '\n'), map: null };
  },
});
// The built-in Vietnam calendar carries its provenance (legal basis, sources, notes) and its names (of
// holidays and schedules, the notice that set each schedule) for the CLI and the server's explanations;
// the components only count days with it and name no holiday, so their bundles leave those out.
const PROVENANCE = new Set(['legalBasis', 'sources', 'description', 'note', 'title', 'reference']);
const slimCalendarData = () => ({
  name: 'slim-calendar-data',
  transform(code, id) {
    if (!id.endsWith('/calendar/vietnam-calendar.json')) return null;
    const slim = (value) => (Array.isArray(value) ? value.map(slim) : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => !PROVENANCE.has(key)).map(([key, item]) => [key, slim(item)])) : value);
    return { code: JSON.stringify(slim(JSON.parse(code))), map: null };
  },
});

/**
 * A minified, self-contained browser bundle of an elements entry. @motcua/core is read from its sources
 * ("source" condition) so only the parts the components use are kept; Lit resolves to its production build
 * (default condition) and NODE_ENV is defined as production for anything else.
 */
function elementsBrowserBundle(input, file) {
  return {
    input,
    // Core's relative imports are resolved by the esbuild plugin, which does not carry core's
    // "sideEffects": false over; say it here, or the precompiled validators' top level is kept.
    treeshake: { moduleSideEffects: (id) => !id.includes('/packages/core/') },
    plugins: [
      minifyLitTemplates(), slimCalendarData(), nodeResolve({ browser: true, exportConditions: ['source'] }), json({ preferConst: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', define: { 'process.env.NODE_ENV': '"production"' } }),
      terser({ module: true, format: { comments: false }, compress: { passes: 3 } }),
    ],
    output: { file, format: 'esm', sourcemap: true },
  };
}

export default [
  ...packages.flatMap(({ name, inputs }) => {
    const input = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, `packages/${name}/${v}`]));
    return [
      {
        input,
        external: externalFor(name),
        plugins: [json({ preferConst: true }), transpile()],
        output: { dir: `packages/${name}/dist`, format: 'esm', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
      {
        input,
        external: (id) => externalFor(name)(id) || /^@motcua\//.test(id),
        plugins: [dts({ tsconfig: `packages/${name}/tsconfig.json` })],
        output: { dir: `packages/${name}/dist`, format: 'esm', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      },
    ];
  }),
  {
    input: 'packages/core/src/index.ts',
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true }), transpile(), terser({ format: { comments: false }, compress: { passes: 2 } })],
    output: { file: 'packages/core/dist/browser/motcua-core.min.js', format: 'esm', sourcemap: true },
  },
  // Self-contained production bundles of the web components: every one together (for pages that load
  // a script rather than bundle — the demo portal serves it), and <motcua-procedure-form> alone (its size
  // budget is the issue's).
  elementsBrowserBundle('packages/elements/src/index.ts', 'packages/elements/dist/browser/motcua-elements.min.js'),
  elementsBrowserBundle('packages/elements/src/procedure-form.ts', 'packages/elements/dist/browser/procedure-form.min.js'),
];
