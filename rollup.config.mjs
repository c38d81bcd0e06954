// Builds the published ESM and the bundled .d.ts of every package, plus the self-contained,
// minified browser bundle of @motcua/core (the one the CSP and size checks read).
// Type checking is `tsc -b`; here esbuild only strips types.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const packages = [
  { name: 'core', inputs: { index: 'src/index.ts', diagram: 'src/diagram/index.ts', scenario: 'src/scenario/index.ts', verify: 'src/verify/index.ts' } },
  { name: 'cli', inputs: { index: 'src/index.ts', main: 'src/main.ts' } },
  { name: 'elements', inputs: { index: 'src/index.ts' } },
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
];
