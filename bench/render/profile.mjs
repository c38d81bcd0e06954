// Where the render benchmark's time goes: for one page, a Chromium trace (script against style, layout
// and paint on the renderer's main thread) and a V8 CPU profile (self time by area of the code), taken
// separately for the first renders and for the input → feedback loop. The bundle is built without
// minifying so esbuild's `// path/to/module` comments map each sampled line back to its source module.
import { readFileSync } from 'node:fs';

/**
 * Trace events summed per phase, in thread time (`tdur`: CPU the renderer's main thread spent, so a busy
 * machine that deschedules it does not inflate the figures). Style and layout forced inside script
 * count as style and layout; "script and other" is the rest of the main thread's busy time.
 */
const TRACE_PHASES = [
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['paint', ['PrePaint', 'Paint', 'Layerize', 'Commit']],
  ['garbage collection', ['MinorGC', 'MajorGC']],
];

/** Source areas for the CPU profile, first match wins. */
const AREAS = [
  ['lit (lit-html, lit-element, reactive-element)', /node_modules\/(@lit|lit|lit-html|lit-element)\//],
  ['procedure form (components/procedure-form)', /packages\/elements\/src\/components\/procedure-form\//],
  ['elements, shared (internal, styles, events)', /packages\/elements\/src\//],
  ['core (expressions, validation)', /packages\/core\//],
  ['xstate', /node_modules\/xstate\//],
  ['hand-written page', /bench\/render\/hand-written/],
  ['benchmark harness', /bench\/render\/harness/],
];

/** The module each line of an unminified esbuild bundle belongs to. */
function moduleOfLine(bundleText) {
  const lines = bundleText.split('\n');
  const modules = [];
  let current = '(bundle)';
  for (const line of lines) {
    const match = /^\/\/ ((?:\.\.\/)*[\w@.-][\w@./-]*\.(?:ts|js|mjs))$/.exec(line);
    if (match) current = match[1];
    modules.push(current);
  }
  return modules;
}

function areaOf(module) {
  return AREAS.find(([, re]) => re.test(module))?.[0] ?? `other (${module})`;
}

function summariseProfile(profile, modules) {
  const selfMicros = new Map();
  const deltas = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const areas = new Map();
  const frames = new Map();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)') continue;
    busy += micros;
    const native = !callFrame.url;
    const module = native ? callFrame.functionName : modules[callFrame.lineNumber] ?? '(bundle)';
    const area = native ? `native: ${callFrame.functionName}` : areaOf(module);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const frame = native ? callFrame.functionName : `${callFrame.functionName || '(anonymous)'} (${module.split('/').pop()})`;
    frames.set(frame, (frames.get(frame) ?? 0) + micros);
  }
  // "(program)" is Chromium's own native work (style, layout, paint, scheduling): its share is reported
  // alone and the areas are shares of the rest, the script and the DOM calls it makes.
  const program = areas.get('native: (program)') ?? 0;
  areas.delete('native: (program)');
  frames.delete('(program)');
  const rest = busy - program;
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, micros]) => [name, micros / 1000, (100 * micros) / rest]);
  return { busyMs: busy / 1000, programShare: (100 * program) / busy, areas: top(areas, 10), frames: top(frames, 12) };
}

function summariseTrace(buffer) {
  const events = JSON.parse(buffer.toString('utf8')).traceEvents ?? [];
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const slices = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && !e.name.startsWith('CpuProfiler')).sort((a, b) => a.ts - b.ts);
  const cpu = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
  let busy = 0;
  const ends = new Map();
  for (const e of slices) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(thread) ?? -Infinity)) continue; // nested in a slice already counted
    ends.set(thread, e.ts + (e.dur ?? 0));
    busy += cpu(e);
  }
  const phases = TRACE_PHASES.map(([phase, names]) => [phase, slices.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + cpu(e), 0)]);
  const accounted = phases.reduce((sum, [, ms]) => sum + ms, 0);
  return [['main thread, all', busy], ['script and other', Math.max(0, busy - accounted)], ...phases];
}

async function profileOnce(browser, tab, options, modules) {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'v8', 'blink.user_timing'] });
  await cdp.send('Profiler.start');
  await tab.evaluate((o) => window.renderBench.run(o), options);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await browser.stopTracing();
  await cdp.detach();
  return { cpu: summariseProfile(profile, modules), trace: summariseTrace(trace) };
}

/**
 * Profiles one page (`url`, its unminified bundle at `bundlePath`): `renders` first renders, then
 * `feedbackRounds` rounds of the feedback cases, then `toggles` toggles, each phase in its own profile.
 */
export async function profilePage(browser, url, bundlePath, base, { renders, feedbackRounds, toggles }) {
  const modules = moduleOfLine(readFileSync(bundlePath, 'utf8'));
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await tab.goto(url);
  await tab.waitForFunction(() => window.renderBench !== undefined);
  await tab.evaluate((o) => window.renderBench.run(o), { ...base, warmup: 0, renders: 10, feedbackRounds: 1, toggles: 1 }); // warm up
  const firstRender = await profileOnce(browser, tab, { ...base, warmup: 0, renders, feedbackRounds: 0, toggles: 0 }, modules);
  const feedback = await profileOnce(browser, tab, { ...base, warmup: 0, renders: 0, feedbackRounds, toggles: 0 }, modules);
  const toggle = await profileOnce(browser, tab, { ...base, warmup: 0, renders: 0, feedbackRounds: 0, toggles }, modules);
  await tab.close();
  // Per update: a feedback case is two (the invalid answer, then the valid one); a toggle is two (show, hide).
  return {
    firstRender: { ...firstRender, iterations: renders },
    feedback: { ...feedback, iterations: feedbackRounds * base.feedback.length * 2 },
    toggle: { ...toggle, iterations: toggles * 2 },
  };
}
