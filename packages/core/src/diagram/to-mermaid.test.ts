import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../generated/procedure.types.js';
import { escapeMermaid, toMermaid } from './to-mermaid.js';

const root = new URL('../../../../', import.meta.url);
const read = (path: string): Procedure => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Procedure;
const examples = readdirSync(new URL('examples/procedures/', root)).filter((f) => f.endsWith('.json')).sort();

/** The minimal fixture with its step titles replaced, to try characters Mermaid would misread. */
function withTitles(titles: [string, string]): Procedure {
  const procedure = read('test/fixtures/procedures/valid/minimal.json');
  procedure.workflow.steps.forEach((step, i) => {
    if (step.kind !== 'parallel') step.title = { vi: titles[i]!, en: titles[i]! };
  });
  return procedure;
}

describe('toMermaid', () => {
  it('draws the minimal procedure', () => {
    expect(toMermaid(read('test/fixtures/procedures/valid/minimal.json'))).toMatchInlineSnapshot(`
      "flowchart LR
        accTitle: Thủ tục tối thiểu (local.minimal 1.0.0)
        accDescr: Thời hạn giải quyết: 3 ngày làm việc; 2 bước.
        start(("Nộp hồ sơ"))
        step_reception["Tiếp nhận<br/>Tiếp nhận · 4 giờ làm việc<br/>Cán bộ tiếp nhận — UBND xã"]
        step_approval["Phê duyệt<br/>Phê duyệt · 2 ngày làm việc<br/>Chủ tịch — UBND xã"]
        outcome_awaiting_supplement(["Chờ bổ sung"]):::waiting
        outcome_refused(["Từ chối"]):::refused
        outcome_result_ready(["Có kết quả"]):::done
        start --> step_reception
        step_reception -->|"Tiếp nhận"| step_approval
        step_reception -.->|"Yêu cầu bổ sung"| outcome_awaiting_supplement
        step_reception -.->|"Từ chối"| outcome_refused
        step_approval -->|"Phê duyệt"| outcome_result_ready
        step_approval -.->|"Trả lại"| step_reception
        classDef done fill:#e6f4ea,stroke:#1e7b34,color:#0b3d17
        classDef refused fill:#fce8e6,stroke:#b3261e,color:#5c0f0a
        classDef waiting fill:#fff4e0,stroke:#a15c00,color:#4a2a00
      "
    `);
  });

  it('speaks English when asked', () => {
    const text = toMermaid(read('test/fixtures/procedures/valid/minimal.json'), { lang: 'en' });
    expect(text).toContain('step_reception["Reception<br/>Reception · 4 working hours<br/>Receiving officer — Commune People\'s Committee"]');
    expect(text).toContain('step_reception -.->|"Request supplement"| outcome_awaiting_supplement');
  });

  it('draws a parallel group as a subgraph with one subgraph per branch, between a fork and a join', () => {
    const text = toMermaid(read('examples/procedures/child-under-6-bundle.json'), { lang: 'en' });
    expect(text).toMatch(/subgraph group_linked_registrations \["[^"]+"\]\n {4}direction LR\n {4}fork_linked_registrations\{\{"Split into parallel branches"\}\}/);
    expect(text).toContain('    subgraph branch_linked_registrations_residence_branch ["Permanent residence (commune police)"]');
    expect(text).toContain('step_birth_approval -->|"Sign the birth certificate and pass the dossier on"| fork_linked_registrations');
    expect(text).toContain('step_residence_registration -->|"Permanent residence registered"| join_linked_registrations');
    expect(text).toContain('join_linked_registrations --> step_result_return');
  });

  it('marks actions that have a guard', () => {
    const text = toMermaid(read('examples/procedures/marriage-registration-1.000894.json'), { lang: 'en' });
    expect(text).toMatch(/step_appraisal -->\|"[^"]+ \(conditional\)"\| step_verification/);
  });

  it.each(examples)('renders examples/procedures/%s', (file) => {
    const procedure = read(`examples/procedures/${file}`);
    const text = toMermaid(procedure);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    // Every label is quoted and carries no raw quote inside.
    for (const line of text.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    for (const step of procedure.workflow.steps.flatMap((s) => (s.kind === 'parallel' ? s.branches.flatMap((b) => b.steps) : [s]))) {
      expect(text).toContain(`step_${step.id.replace(/-/g, '_')}["${escapeMermaid(step.title.vi)}<br/>`);
    }
  });

  it('escapes quotes, angle brackets, ampersands, hashes and backticks in titles', () => {
    const text = toMermaid(withTitles(['Giấy "A" <b>&amp;</b>', 'Mục #1 `code` [x] (y)']));
    expect(text).toContain('step_reception["Giấy #quot;A#quot; #lt;b#gt;#amp;amp;#lt;/b#gt;<br/>');
    expect(text).toContain('step_approval["Mục #35;1 #96;code#96; [x] (y)<br/>');
  });

  it('keeps a label on one line', () => {
    expect(escapeMermaid('một\ndòng\r\n  hai')).toBe('một dòng hai');
  });
});
