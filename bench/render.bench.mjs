// Benchmark: `<motcua-procedure-form>` against a hand-written Lit page of the same 40 questions
// (bench/render/), in Debian's Chromium. Both pages are bundled for production (esbuild, minified,
// NODE_ENV=production, Lit's production build), served on loopback and driven by playwright; the
// timing happens in the page (bench/render/harness.ts). Run alone with `node bench/render.bench.mjs`
// (writes its BENCHMARKS.md section; `--json` prints the figures instead) or through `npm run bench`.
// Benchmarks measure; they assert nothing. Knobs: RENDER_BENCH_ROUNDS (default 10), RENDER_BENCH_PROFILE=0
// (skip the trace and CPU profile), RENDER_BENCH_FORM_ENTRY (measure another build of the form, e.g. a fix).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { profilePage } from './render/profile.mjs';

const root = path.resolve(import.meta.dirname, '..');
const here = path.join(root, 'bench/render');
const FORM_ENTRY = path.resolve(root, process.env.RENDER_BENCH_FORM_ENTRY ?? 'packages/elements/src/procedure-form.ts');
const TARGET = 1.3;
// Frames on demand, not every 16.7 ms: without these a measurement ends on the next vsync tick and
// every figure rounds to one frame, hiding the work between the action and the paint.
const FRAME_FLAGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** The pages under test: the tag the harness creates and the module that registers it. */
const PAGES = [
  { key: 'form', tag: 'motcua-procedure-form', module: FORM_ENTRY },
  { key: 'hand', tag: 'bench-hand-written-page', module: path.join(here, 'hand-written-page.ts') },
];

/** Answers each page must reject inline, and answers it accepts (to clear the error before the next). */
const FEEDBACK = [
  { name: 'requester.citizenId', invalid: '000123456789', valid: '001094000004' },
  { name: 'requester.phone', invalid: '12345', valid: '0912345678' },
  { name: 'requester.email', invalid: 'an@vi-du', valid: 'an@vi-du.vn' },
  { name: 'document.pageCount', invalid: '0', valid: '3' },
  { name: 'requester.fullName', invalid: '', valid: 'Nguyễn Văn An' },
];

const SETTINGS = {
  rounds: Number(process.env.RENDER_BENCH_ROUNDS ?? 10), // pages alternate, a fresh browser page each round
  warmup: 10, renders: 30, feedbackRounds: 6, toggles: 15,
  toggle: { name: 'requester.hasRepresentative', reveals: 'representative.fullName' },
};

async function bundle(page, dir, { minify = true } = {}) {
  const outfile = path.join(dir, `${page.key}${minify ? '' : '.profile'}.js`);
  await build({
    stdin: { contents: `import './harness.ts';\nimport ${JSON.stringify(page.module)};\n`, resolveDir: here, loader: 'ts' },
    bundle: true, format: 'esm', minify, target: 'es2022', platform: 'browser', logLevel: 'silent',
    conditions: ['source'], // the workspace packages as they are now, not a possibly stale dist/
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(here, 'tsconfig.json'), // experimental decorators, as the packages compile
    outfile,
  });
  return { outfile, bytes: readFileSync(outfile).length };
}

function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return response.writeHead(404).end();
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    response.writeHead(200, { 'content-type': file.type, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const html = (script) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>render bench</title>
<script type="module" src="/${script}"></script></head><body><main id="stage"></main></body></html>`;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}
const stats = (values) => ({ n: values.length, median: quantile(values, 0.5), p95: quantile(values, 0.95) });

async function runPage(browser, origin, page, procedure) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${origin}/${page.key}.html`);
  await tab.waitForFunction(() => window.renderBench !== undefined);
  const result = await tab.evaluate((options) => window.renderBench.run(options), {
    tag: page.tag, procedure, warmup: SETTINGS.warmup, renders: SETTINGS.renders, feedback: FEEDBACK,
    feedbackRounds: SETTINGS.feedbackRounds, toggle: SETTINGS.toggle, toggles: SETTINGS.toggles,
  });
  await tab.close();
  return { ...result, failures: [...result.failures, ...errors] };
}

function merge(runs) {
  const all = (pick) => runs.flatMap(pick);
  const feedbackNames = [...new Set(runs.flatMap((r) => Object.keys(r.feedback)))];
  return {
    firstRender: stats(all((r) => r.firstRender)),
    feedback: stats(all((r) => Object.values(r.feedback).flat())),
    feedbackByField: Object.fromEntries(feedbackNames.map((name) => [name, stats(all((r) => r.feedback[name] ?? []))])),
    show: stats(all((r) => r.show)),
    hide: stats(all((r) => r.hide)),
    controls: runs[0]?.controls ?? 0,
    nodes: runs[0]?.nodes ?? 0,
    lateChanges: runs.reduce((sum, r) => sum + r.lateChanges, 0),
    toggleChurn: runs[0]?.toggleChurn ?? null,
    failures: [...new Set(all((r) => r.failures))],
  };
}

/** Each page's production bundle and its HTML page (and, to profile, an unminified twin), keyed by URL path. */
async function bundleAll(pages, dir, profile) {
  const bundles = {};
  const files = {};
  const js = (file) => ({ type: 'text/javascript; charset=utf-8', body: readFileSync(file) });
  const page = (script) => ({ type: 'text/html; charset=utf-8', body: html(script) });
  for (const p of pages) {
    bundles[p.key] = await bundle(p, dir);
    Object.assign(files, { [`/${p.key}.js`]: js(bundles[p.key].outfile), [`/${p.key}.html`]: page(`${p.key}.js`) });
    if (!profile) continue;
    const unminified = await bundle(p, dir, { minify: false });
    Object.assign(files, { [`/${p.key}.profile.js`]: js(unminified.outfile), [`/${p.key}.profile.html`]: page(`${p.key}.profile.js`) });
  }
  return { bundles, files };
}

/**
 * Bundles, serves and measures both pages; resolves to the figures (the form's are null when it does not
 * exist yet). With `profile` (the default; `RENDER_BENCH_PROFILE=0` skips it) each page is also traced and
 * CPU-profiled once more, unminified, to say where the time goes.
 */
export async function runRenderBenchmark({ profile = process.env.RENDER_BENCH_PROFILE !== '0' } = {}) {
  const procedure = JSON.parse(readFileSync(path.join(here, 'forty-fields.procedure.json'), 'utf8'));
  const pages = PAGES.filter((p) => existsSync(p.module));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'motcua-render-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', ...FRAME_FLAGS],
  });
  let server;
  try {
    const { bundles, files } = await bundleAll(pages, dir, profile);
    server = await serve(files);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const runs = Object.fromEntries(pages.map((p) => [p.key, []]));
    for (let round = 0; round < SETTINGS.rounds; round++) {
      const order = round % 2 === 0 ? pages : [...pages].reverse();
      for (const page of order) runs[page.key].push(await runPage(browser, origin, page, procedure));
    }
    const results = Object.fromEntries(pages.map((p) => [p.key, { ...merge(runs[p.key]), bytes: bundles[p.key].bytes }]));
    if (profile) {
      const base = { procedure, feedback: FEEDBACK, toggle: SETTINGS.toggle };
      for (const page of pages) {
        results[page.key].profile = await profilePage(browser, `${origin}/${page.key}.profile.html`, path.join(dir, `${page.key}.profile.js`),
          { ...base, tag: page.tag }, { renders: 100, feedbackRounds: 10, toggles: 20 });
      }
    }
    return {
      chromium: browser.version(), settings: SETTINGS, feedbackCases: FEEDBACK,
      cpu: os.cpus()[0]?.model ?? 'unknown CPU', cores: os.cpus().length, node: process.version, loadavg: os.loadavg(),
      form: results.form ?? null, hand: results.hand,
    };
  } finally {
    await browser.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (x) => (x === undefined ? '—' : `${x.toFixed(1)} ms`);
const ratio = (form, hand) => (form && hand ? `${(form / hand).toFixed(2)}×` : '—');

function row(label, form, hand) {
  return `| ${label} | ${ms(form?.median)} / ${ms(form?.p95)} | ${ms(hand.median)} / ${ms(hand.p95)} | ${ratio(form?.median, hand.median)} | ${ratio(form?.p95, hand.p95)} | ${form?.n ?? 0} / ${hand.n} |`;
}

function profileLines(r) {
  const pages = [['procedure form', r.form?.profile], ['hand-written', r.hand.profile]].filter(([, p]) => p);
  if (pages.length === 0) return [];
  const phases = ['firstRender', 'feedback', 'toggle'];
  const phaseLabel = { firstRender: 'first render', feedback: 'input → error update', toggle: 'toggle update' };
  const traceRows = pages[0][1].firstRender.trace.map(([name]) => name);
  const per = (p, phase, name) => p[phase].trace.find(([n]) => n === name)[1] / p[phase].iterations;
  const cpu = (p, phase) => p[phase].cpu.areas.slice(0, 6).map(([name, , pct]) => `${name} ${pct.toFixed(0)}%`).join(', ');
  return [
    '',
    'Where the time goes: each page once more, unminified: 100 first renders, then 10 rounds of the 5 feedback cases (100 updates: each invalid answer and its untimed valid reset), then 20 toggles (40 updates: shown and hidden), each phase profiled on its own',
    'under a Chromium trace (the renderer main thread\'s CPU time per update, `tdur`, so a loaded machine does not inflate it; the harness\'s own work is in both pages\' figures) and a V8 CPU profile sampled every 100 µs.',
    '',
    `| trace, CPU ms per update | ${pages.flatMap(([label]) => phases.map((phase) => `${label}: ${phaseLabel[phase]}`)).join(' | ')} |`,
    `| --- | ${pages.flatMap(() => phases.map(() => '---:')).join(' | ')} |`,
    ...traceRows.map((name) => `| ${name} | ${pages.flatMap(([, p]) => phases.map((phase) => per(p, phase, name).toFixed(2))).join(' | ')} |`),
    '',
    'CPU profile: the share of samples in Chromium\'s native "(program)" work (style, layout, paint), then the rest (script and the DOM calls it makes) by area:',
    '',
    ...pages.flatMap(([label, p]) => phases.map((phase) => `- ${label}, ${phaseLabel[phase]}: (program) ${p[phase].cpu.programShare.toFixed(0)}%; of the rest: ${cpu(p, phase)}.`)),
    ...(r.form?.profile ? ['', `Main-thread CPU per update, procedure form ÷ hand-written: ${phases.map((phase) => `${phaseLabel[phase]} ${(per(r.form.profile, phase, 'main thread, all') / per(r.hand.profile, phase, 'main thread, all')).toFixed(2)}×`).join(', ')} (one profiled run each, so a rough figure).`] : []),
    ...(r.form?.profile ? ['', 'Hottest frames of the procedure form outside "(program)", by self time:', '',
      ...phases.map((phase) => `- ${phaseLabel[phase]}: ${r.form.profile[phase].cpu.frames.slice(0, 8).map(([name, , pct]) => `\`${name}\` ${pct.toFixed(1)}%`).join(', ')}.`)] : []),
  ];
}

/** The BENCHMARKS.md section for a result of `runRenderBenchmark`. */
export function formatRenderSection(r, date = new Date().toISOString().slice(0, 10)) {
  const { form, hand, settings: s } = r;
  const headline = [['first render', 'firstRender'], ['input → inline error', 'feedback'], ['toggle → question shown', 'show'], ['toggle → question hidden', 'hide']];
  const worst = form ? Math.max(...headline.map(([, k]) => form[k].median / hand[k].median)) : null;
  return [
    '## Rendering a 40-question procedure in Chromium: `<motcua-procedure-form>` against a hand-written Lit page',
    '',
    `Measured ${date} on ${r.cpu} × ${r.cores} cores, Node ${r.node}, Chromium ${r.chromium} (headless, \`${FRAME_FLAGS.join(' ')} --disable-gpu\`: frames on demand, so a measurement ends at its paint, not at the next 16.7 ms vsync); load average at the end ${r.loadavg.map((x) => x.toFixed(1)).join(', ')}.`,
    ...(r.loadavg[0] > r.cores ? [`The machine was shared while this ran (load average ${r.loadavg[0].toFixed(1)} on ${r.cores} cores): wall-clock p95s mostly measure the other processes; compare the medians, and the CPU-time table further down.`] : []),
    'Method (`bench/render.bench.mjs`, in-page timing in `bench/render/harness.ts`): the procedure `bench/render/forty-fields.procedure.json` (one page of 40 questions: text, number, date, select, radio, checkbox, citizen-id, phone, email, textarea;',
    '12 with `visibleWhen` (11 hidden at first), 11 with `requiredWhen`) is rendered by `<motcua-procedure-form>` and by `bench/render/hand-written-page.ts`, the same questions, labels, hints, rules and house styles written by hand in Lit.',
    'Each page is bundled alone by esbuild (ESM, minified, `process.env.NODE_ENV="production"`, Lit\'s production build), served on 127.0.0.1 and opened by playwright in Debian\'s Chromium; times are `performance.now()` in the page.',
    `First render: create the element, set \`.procedure\` (a fresh copy each time), append it, \`await updateComplete\`, then the next frame (requestAnimationFrame, then a task, so style, layout and paint are in); a new element each time, ${s.warmup} warm-up renders per page load.`,
    `Input → inline error: on one rendered element, set an invalid value on a control and dispatch \`input\` + \`change\` until \`[data-error-for="<field>"]\` is in the DOM and a frame has painted (cases: ${r.feedbackCases.map((c) => `\`${c.name}\` = "${c.invalid}"`).join(', ')}; each then set valid again, untimed).`,
    `Toggle: \`click()\` on \`${s.toggle.name}\` until \`${s.toggle.reveals}\` appears (shown) or is gone (hidden), plus a painted frame.`,
    `${s.rounds} rounds, the pages alternating, a fresh browser page per round; per round ${s.renders} first renders, ${s.feedbackRounds} × ${r.feedbackCases.length} feedback cases and ${s.toggles} toggles each way.`,
    `Target: \`<motcua-procedure-form>\` ≤ ${TARGET}× the hand-written page.`,
    '',
    '| measure | procedure form median / p95 | hand-written median / p95 | ratio (median) | ratio (p95) | samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...headline.map(([label, k]) => row(label, form?.[k], hand[k])),
    '',
    '| input → inline error, by field | procedure form median / p95 | hand-written median / p95 | ratio (median) | ratio (p95) | samples |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(hand.feedbackByField).map(([name, h]) => row(`\`${name}\``, form?.feedbackByField[name], h)),
    '',
    `What each page rendered at first: the procedure form ${form ? `${form.controls} named controls, ${form.nodes} elements in its shadow tree, bundle ${Math.round(form.bytes / 1024)} KB` : '—'}; the hand-written page ${hand.controls} named controls, ${hand.nodes} elements, bundle ${Math.round(hand.bytes / 1024)} KB (minified, not compressed).`,
    `One show and one hide toggle of \`${s.toggle.name}\` (which reveals 5 questions) added / removed elements in the shadow tree: procedure form ${form?.toggleChurn ? `${form.toggleChurn.added} / ${form.toggleChurn.removed}` : '—'}, hand-written ${hand.toggleChurn ? `${hand.toggleChurn.added} / ${hand.toggleChurn.removed}` : '—'}.`,
    `Timed feedback and toggles whose change was not yet in the DOM when \`updateComplete\` resolved (it came with a later update or task): procedure form ${form ? `${form.lateChanges} of ${form.feedback.n + form.show.n + form.hide.n}` : '—'}, hand-written ${hand.lateChanges} of ${hand.feedback.n + hand.show.n + hand.hide.n}.`,
    ...(form?.failures.length || hand.failures.length ? ['', `Failures: ${[...(form?.failures ?? []).map((f) => `procedure form: ${f}`), ...hand.failures.map((f) => `hand-written: ${f}`)].join('; ')}.`] : []),
    '',
    form === null
      ? '**Not compared yet**: `packages/elements/src/procedure-form.ts` does not exist; only the hand-written page was measured.'
      : worst <= TARGET
        ? `**The target is met**: the worst median ratio is ${worst.toFixed(2)}×.`
        : `**The target is not met**: the worst median ratio is ${worst.toFixed(2)}× against ${TARGET}×.`,
    ...profileLines(r),
  ].join('\n');
}

/** Writes `body` between the `<!-- bench:render -->` markers of BENCHMARKS.md (as scripts/bench.mjs does). */
export function writeRenderSection(body) {
  const file = path.join(root, 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = '<!-- bench:render -->';
  const end = '<!-- /bench:render -->';
  const block = `${start}\n${body}\n${end}`;
  writeFileSync(file, text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block) : `${text.trimEnd()}\n\n${block}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runRenderBenchmark();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    const body = formatRenderSection(result);
    writeRenderSection(body);
    console.log(body);
  }
}
