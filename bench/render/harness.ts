/**
 * The in-page half of the render benchmark (`bench/render.bench.mjs` bundles it with each page's element
 * and calls `window.renderBench.run`). It times, with `performance.now()`, from the user's or the page's
 * action to the first frame painted after the element has updated — and it knows only the stable hooks
 * both pages share: `.procedure`, `updateComplete`, controls named by field path in the (open) shadow
 * roots, and inline errors marked `[data-error-for="<field path>"]`.
 */

/** What the benchmark needs of the element under test. */
interface BenchElement extends HTMLElement {
  procedure: unknown;
  readonly updateComplete: Promise<boolean>;
}

/** One inline-feedback case: a field, an answer it must reject, and one it accepts. */
export interface FeedbackCase {
  readonly name: string;
  readonly invalid: string;
  readonly valid: string;
}

/** One run's settings. */
export interface RunOptions {
  readonly tag: string;
  readonly procedure: unknown;
  readonly warmup: number;
  readonly renders: number;
  readonly feedback: readonly FeedbackCase[];
  readonly feedbackRounds: number;
  readonly toggle: { readonly name: string; readonly reveals: string };
  readonly toggles: number;
}

/** One run's samples, in milliseconds, and what the element rendered. */
export interface RunResult {
  readonly firstRender: number[];
  readonly feedback: Record<string, number[]>;
  readonly show: number[];
  readonly hide: number[];
  readonly controls: number;
  readonly nodes: number;
  /** Timed waits whose change was not in the DOM right after `updateComplete`. */
  readonly lateChanges: number;
  /** Elements added and removed in the shadow tree by one show and one hide toggle (untimed). */
  readonly toggleChurn?: { readonly added: number; readonly removed: number };
  readonly failures: string[];
}

const TIMEOUT_MS = 3000;

/** Resolves after the next frame has run its rendering steps (style, layout, paint): rAF, then a task. */
function nextPaintedFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  }));
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Whether the element under test nests shadow roots (then every query walks them); set once per run. */
let nestsShadows = true;

/** Every element matching `selector` in `root` and in the open shadow roots below it. */
function queryDeep(root: ParentNode, selector: string, out: Element[] = []): Element[] {
  out.push(...root.querySelectorAll(selector));
  if (nestsShadows) for (const element of root.querySelectorAll('*')) if (element.shadowRoot) queryDeep(element.shadowRoot, selector, out);
  return out;
}

function countNodes(root: ParentNode): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) count += 1 + (element.shadowRoot ? countNodes(element.shadowRoot) : 0);
  return count;
}

/** How many timed waits did not see the change right after the element's update (a later update or task made it). */
let lateChanges = 0;

/** Waits until `check` holds: after the element's update, then task by task, failing after a timeout. */
async function until(element: BenchElement, check: () => boolean, what: string): Promise<void> {
  if (check()) return;
  await element.updateComplete;
  if (check()) return;
  lateChanges++;
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

const shadow = (element: BenchElement): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
};

async function renderOnce(stage: HTMLElement, options: RunOptions): Promise<{ ms: number; element: BenchElement }> {
  const procedure = structuredClone(options.procedure); // a fresh object: no cache keyed on identity helps
  // A first visit: no saved draft from an earlier iteration (the form would offer to resume it instead).
  localStorage.clear();
  sessionStorage.clear();
  const started = performance.now();
  const element = document.createElement(options.tag) as BenchElement;
  element.procedure = procedure;
  stage.append(element);
  await element.updateComplete;
  await nextPaintedFrame();
  return { ms: performance.now() - started, element };
}

function control(element: BenchElement, name: string): HTMLInputElement {
  const found = queryDeep(shadow(element), `[name="${name}"]`)[0];
  if (!found) throw new Error(`no control named ${name}`);
  return found as HTMLInputElement;
}

function fire(target: HTMLInputElement, value: string): void {
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const hasError = (element: BenchElement, name: string) => () => queryDeep(shadow(element), `[data-error-for="${name}"]`).length > 0;
const hasControl = (element: BenchElement, name: string) => () => queryDeep(shadow(element), `[name="${name}"]`).length > 0;

async function measureFeedback(element: BenchElement, item: FeedbackCase): Promise<number> {
  const target = control(element, item.name);
  const started = performance.now();
  fire(target, item.invalid);
  await until(element, hasError(element, item.name), `the error of ${item.name}`);
  await nextPaintedFrame();
  const ms = performance.now() - started;
  fire(control(element, item.name), item.valid);
  await until(element, () => !hasError(element, item.name)(), `the error of ${item.name} to clear`);
  await nextPaintedFrame();
  return ms;
}

async function measureToggle(element: BenchElement, options: RunOptions, shown: boolean): Promise<number> {
  const toggle = control(element, options.toggle.name);
  const started = performance.now();
  toggle.click(); // a real toggle: click fires input and change
  const reveals = hasControl(element, options.toggle.reveals);
  await until(element, () => reveals() === shown, `${options.toggle.reveals} to ${shown ? 'show' : 'hide'}`);
  await nextPaintedFrame();
  return performance.now() - started;
}

/**
 * Elements created (and removed) in the element's shadow tree by one untimed show and one hide toggle:
 * how much DOM a toggle rebuilds, beside the questions it reveals.
 */
async function countToggleChurn(element: BenchElement, options: RunOptions): Promise<{ added: number; removed: number }> {
  const churn = { added: 0, removed: 0 };
  const size = (nodes: NodeList) => [...nodes].reduce((sum, n) => sum + (n instanceof Element ? 1 + n.querySelectorAll('*').length : 0), 0);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      churn.added += size(record.addedNodes);
      churn.removed += size(record.removedNodes);
    }
  });
  observer.observe(shadow(element), { childList: true, subtree: true });
  await measureToggle(element, options, true);
  await measureToggle(element, options, false);
  for (const record of observer.takeRecords()) {
    churn.added += size(record.addedNodes);
    churn.removed += size(record.removedNodes);
  }
  observer.disconnect();
  return churn;
}

/** Runs the three measurements on a fresh stage; failures are reported, not thrown. */
export async function run(options: RunOptions): Promise<RunResult> {
  const stage = document.getElementById('stage') ?? document.body;
  const result: RunResult = { firstRender: [], feedback: {}, show: [], hide: [], controls: 0, nodes: 0, lateChanges: 0, failures: [] };
  lateChanges = 0;
  nestsShadows = true;
  for (let i = 0; i < options.warmup + options.renders; i++) {
    const { ms, element } = await renderOnce(stage, options);
    if (i >= options.warmup) result.firstRender.push(ms);
    // The timed frame must already hold the questions, or the figure would time a placeholder.
    if (i === 0 && !element.shadowRoot?.querySelector('[name]')) result.failures.push('no named control in the first painted frame');
    element.remove();
    await nextPaintedFrame();
  }
  const { element } = await renderOnce(stage, options);
  const root = shadow(element);
  // Custom elements inside may grow shadow roots later (a revealed question): then keep walking.
  nestsShadows = [...root.querySelectorAll('*')].some((e) => e.shadowRoot !== null || e.localName.includes('-'));
  Object.assign(result, { controls: new Set(queryDeep(root, '[name]').map((c) => c.getAttribute('name'))).size, nodes: countNodes(root) });
  for (let round = 0; round < options.feedbackRounds; round++) {
    for (const item of options.feedback) {
      try {
        (result.feedback[item.name] ??= []).push(await measureFeedback(element, item));
      } catch (error) {
        result.failures.push(`${item.name}: ${(error as Error).message}`);
      }
    }
  }
  for (let i = 0; i < options.toggles; i++) {
    try {
      result.show.push(await measureToggle(element, options, true));
      result.hide.push(await measureToggle(element, options, false));
    } catch (error) {
      result.failures.push(`toggle ${options.toggle.name}: ${(error as Error).message}`);
      break;
    }
  }
  const churn = await countToggleChurn(element, options).catch(() => ({ added: -1, removed: -1 }));
  element.remove();
  return { ...result, lateChanges, toggleChurn: churn };
}

declare global {
  interface Window { renderBench?: { run: typeof run } }
}
window.renderBench = { run };
