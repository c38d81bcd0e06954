import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../generated/procedure.types.js';
import { escapeXml } from './escape-xml.js';
import { layoutFlow } from './layout-flow.js';
import { overlaps } from './path-data.js';
import { toFlowGraph } from './to-flow-graph.js';
import { toSvg } from './to-svg.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string): Procedure => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Procedure;
const examples = readdirSync(new URL('examples/procedures/', root)).filter((f) => f.endsWith('.json')).sort();
const stepsOf = (p: Procedure) => p.workflow.steps.flatMap((s) => (s.kind === 'parallel' ? s.branches.flatMap((b) => b.steps) : [s]));

/**
 * Checks that `xml` is well-formed, scanning it character by character: one root element, tags
 * nested and closed in order, attribute values quoted and unique, and `&` only in the five
 * predefined entities or a character reference. Returns the problem, or undefined.
 */
function wellFormedness(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const isName = (c: string | undefined) => c !== undefined && (c === ':' || c === '-' || c === '_' || c === '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  const name = () => { const start = i; while (isName(xml[i])) i++; return xml.slice(start, i); };
  const space = () => { while (xml[i] === ' ' || xml[i] === '\n' || xml[i] === '\t' || xml[i] === '\r') i++; };
  const entity = (): string | undefined => {
    const end = xml.indexOf(';', i);
    const body = end < 0 ? '' : xml.slice(i + 1, end);
    const numeric = body.startsWith('#x') ? [...body.slice(2)].every((c) => '0123456789abcdefABCDEF'.includes(c)) && body.length > 2
      : body.startsWith('#') && body.length > 1 && [...body.slice(1)].every((c) => c >= '0' && c <= '9');
    if (!numeric && !['amp', 'lt', 'gt', 'quot', 'apos'].includes(body)) return `bad entity at ${i}`;
    i = end + 1;
    return undefined;
  };
  while (i < xml.length) {
    if (xml[i] === '&') { const e = entity(); if (e) return e; continue; }
    if (xml[i] !== '<') { if (stack.length === 0 && xml[i]!.trim()) return `text outside the root at ${i}`; i++; continue; }
    if (xml.startsWith('<!--', i)) { const end = xml.indexOf('-->', i); if (end < 0) return 'unclosed comment'; i = end + 3; continue; }
    if (xml.startsWith('<?', i)) { const end = xml.indexOf('?>', i); if (end < 0) return 'unclosed declaration'; i = end + 2; continue; }
    if (xml[i + 1] === '/') {
      i += 2;
      const tag = name();
      space();
      if (xml[i] !== '>') return `bad end tag </${tag} at ${i}`;
      if (stack.pop() !== tag) return `</${tag}> does not close the open element at ${i}`;
      i++;
      continue;
    }
    i++;
    const tag = name();
    if (!tag) return `bad tag at ${i}`;
    if (stack.length === 0 && ++roots > 1) return 'more than one root element';
    const seen = new Set<string>();
    for (;;) {
      space();
      if (xml[i] === '>') { stack.push(tag); i++; break; }
      if (xml.startsWith('/>', i)) { i += 2; break; }
      const attr = name();
      if (!attr || seen.has(attr)) return `bad or repeated attribute "${attr}" in <${tag}> at ${i}`;
      seen.add(attr);
      space();
      if (xml[i] !== '=') return `attribute ${attr} without a value at ${i}`;
      i++;
      space();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") return `unquoted value of ${attr} at ${i}`;
      i++;
      while (xml[i] !== quote) {
        if (i >= xml.length || xml[i] === '<') return `bad value of ${attr} at ${i}`;
        if (xml[i] === '&') { const e = entity(); if (e) return e; } else i++;
      }
      i++;
    }
  }
  return stack.length > 0 ? `unclosed <${stack[stack.length - 1]}>` : roots === 1 ? undefined : 'no root element';
}

describe('the well-formedness check used here', () => {
  it.each([
    ['<svg><g></svg>', '</svg> does not close'],
    ['<svg a="1" a="2"/>', 'repeated attribute'],
    ['<svg><text>a & b</text></svg>', 'bad entity'],
    ['<svg x=1/>', 'unquoted'],
    ['<svg/><svg/>', 'more than one root'],
  ])('rejects %s', (xml, problem) => {
    expect(wellFormedness(xml)).toContain(problem);
  });

  it('accepts entities, comments and nesting', () => {
    expect(wellFormedness('<svg a="&quot;x&#38;"><!-- c --><g><text>&lt;ok&gt;</text></g></svg>')).toBeUndefined();
  });
});

describe('toSvg', () => {
  it.each(examples)('draws examples/procedures/%s as well-formed SVG with every step title', (file) => {
    const procedure = read(`examples/procedures/${file}`);
    for (const lang of ['vi', 'en'] as const) {
      const svg = toSvg(procedure, { lang });
      expect(wellFormedness(svg)).toBeUndefined();
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      for (const step of stepsOf(procedure)) expect(svg).toContain(`<title>${escapeXml(step.title[lang])}`);
    }
  });

  it('has a title and a description that tells the flow in words', () => {
    const svg = toSvg(read('test/fixtures/procedures/valid/minimal.json'), { lang: 'en' });
    expect(svg).toContain('role="img" aria-labelledby="motcua-local-minimal-title motcua-local-minimal-desc"');
    expect(svg).toContain('<title id="motcua-local-minimal-title">Minimal procedure (local.minimal 1.0.0)</title>');
    expect(svg).toMatch(/<desc id="motcua-local-minimal-desc">Legal deadline: 3 working days\. Dossier filed → Reception\. Reception \(Reception; Receiving officer, Commune People&apos;s Committee; 4 working hours\): Accept → Approval; Request supplement → Awaiting supplement; Refuse → Refused\./);
  });

  it('draws parallel branches as lanes of a framed group, with a legend of agencies and roles', () => {
    const svg = toSvg(read('examples/procedures/child-under-6-bundle.json'), { lang: 'en' });
    expect(svg).toContain('<title>Permanent residence (commune police)</title>');
    expect(svg).toContain('<title>Health-insurance card (social-insurance office)</title>');
    expect(svg).toContain('<title>All branches done</title>');
    expect(svg).toContain('>Agencies</text>');
    expect(svg).toContain('>Roles</text>');
  });

  it('escapes quotes, angle brackets and ampersands in titles', () => {
    const procedure = read('test/fixtures/procedures/valid/minimal.json');
    const step = procedure.workflow.steps[0]!;
    if (step.kind !== 'parallel') step.title = { vi: 'Giấy "A" <b> & C', en: 'x' };
    const svg = toSvg(procedure);
    expect(wellFormedness(svg)).toBeUndefined();
    expect(svg).toContain('<title>Giấy &quot;A&quot; &lt;b&gt; &amp; C — ');
    expect(svg).not.toContain('<b>');
  });

  it('drops control characters XML cannot carry', () => {
    const procedure = read('test/fixtures/procedures/valid/minimal.json');
    procedure.title = { vi: 'Thủ tục\u0007 lạ', en: 'x' };
    expect(wellFormedness(toSvg(procedure))).toBeUndefined();
  });
});

describe('layoutFlow', () => {
  it.each(examples)('keeps the boxes of examples/procedures/%s apart', (file) => {
    const graph = toFlowGraph(read(`examples/procedures/${file}`));
    const layout = layoutFlow(graph, new Map(graph.agencies.map((a, i) => [a.id, `A${i + 1}`])));
    const boxes = [...layout.nodes.values()];
    expect(boxes.map((b) => b.node.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.node.id} overlaps ${b.node.id}`).toBe(false);
    }
    // Columns run left to right along every forward edge.
    for (const edge of graph.edges.filter((e) => e.kind === 'forward' && !e.to.startsWith('outcome:'))) {
      const [from, to] = [layout.nodes.get(edge.from)!, layout.nodes.get(edge.to)!];
      if (!graph.edges.some((e) => e.from === edge.to && e.to === edge.from)) expect(from.x).toBeLessThan(to.x);
    }
  });
});
