// Builds the published ESM and the bundled .d.ts of every package, plus the self-contained,
// minified browser bundle of @motcua/core (the one the CSP and size checks read).
// Type checking is `tsc -b`; here esbuild only strips types.
import { readdirSync, readFileSync } from 'node:fs';
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

const manifest = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
const externalFor = (name) => {
  const deps = Object.keys(manifest(name).dependencies ?? {});
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => node.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
};
const transpile = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

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
  {
    // Every web component in one self-contained file (Lit in production mode: the default export
    // condition), for pages that load a script rather than bundle: the demo portal serves it.
    input: 'packages/elements/src/index.ts',
    plugins: [nodeResolve({ browser: true }), json({ preferConst: true }), transpile(), terser({ format: { comments: false }, compress: { passes: 2 } })],
    output: { file: 'packages/elements/dist/browser/motcua-elements.min.js', format: 'esm', sourcemap: true },
  },
];
