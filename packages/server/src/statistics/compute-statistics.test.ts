import type { AuditRecord, StatusCode } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenAuthenticator, mintToken } from '../auth/create-token-authenticator.js';
import { createDossierService } from '../http/create-dossier-service.js';
import { createPgliteStore, type PgliteStore } from '../store/create-pglite-store.js';
import { computeStatistics } from './compute-statistics.js';

// One embedded database for the whole file: PGlite takes seconds to start (stack.md G8).
let store: PgliteStore;
beforeAll(async () => {
  store = await createPgliteStore();
  for (const dossier of DOSSIERS) await insert(dossier);
}, 60_000);
afterAll(async () => { await store?.close(); });

type Step = readonly [at: string, state: string, status: StatusCode, dueAt?: string];
interface Fixture { readonly id: string; readonly agency: string; readonly procedure: string; readonly steps: readonly Step[] }

// March 2026 has no holidays; office hours 07:00–11:30 and 13:30–17:00 (8 h a day). Times are Hà Nội time.
const v = (local: string) => `2026-${local}:00+07:00`;
const DOSSIERS: readonly Fixture[] = [
  // A, early: due Thu 05/03, result ready Wed 04/03. appraisal 6.5 h (Mon) + 8 h (Tue) + 3 h (Wed) = 17.5 h.
  { id: 'A', agency: 'H29', procedure: '1.001193', steps: [[v('03-02T08:00'), 'submitted', 1], [v('03-02T08:30'), 'appraisal', 2, v('03-05T17:00')], [v('03-04T10:00'), 'resultReady', 9, v('03-05T17:00')]] },
  // B, on time: ready Thu 05/03 16:00 on its due day (handed over Fri). appraisal 6 + 8 + 8 + 7 = 29 h; resultReady 1 + 2 = 3 h.
  { id: 'B', agency: 'H29', procedure: '1.001193', steps: [[v('03-02T08:00'), 'submitted', 1], [v('03-02T09:00'), 'appraisal', 2, v('03-05T17:00')],
    [v('03-05T16:00'), 'resultReady', 9, v('03-05T17:00')], [v('03-06T09:00'), 'returned', 10, v('03-05T17:00')]] },
  // C, late: due Wed 04/03, ready Fri 06/03. appraisal 6 + 8 + 8 + 3 = 25 h.
  { id: 'C', agency: 'H29', procedure: '1.001193', steps: [[v('03-03T08:00'), 'submitted', 1], [v('03-03T09:00'), 'appraisal', 2, v('03-04T17:00')], [v('03-06T10:00'), 'resultReady', 9, v('03-04T17:00')]] },
  // D, withdrawn after reception. appraisal 5 + 2 = 7 h.
  { id: 'D', agency: 'H29', procedure: '1.001193', steps: [[v('03-03T08:00'), 'submitted', 1], [v('03-03T10:00'), 'appraisal', 2, v('03-06T17:00')], [v('03-04T09:00'), 'withdrawn', 7, v('03-06T17:00')]] },
  // E, in progress and overdue at the report's end (due Wed 11/03). appraisal 6 + 2 = 8 h.
  { id: 'E', agency: 'H29', procedure: '1.001193', steps: [[v('03-09T08:00'), 'submitted', 1], [v('03-09T09:00'), 'appraisal', 2, v('03-11T17:00')], [v('03-10T09:00'), 'approval', 4, v('03-11T17:00')]] },
  // F, in progress within its deadline (due Wed 25/03).
  { id: 'F', agency: 'H29', procedure: '1.001193', steps: [[v('03-18T08:00'), 'submitted', 1], [v('03-18T09:00'), 'appraisal', 2, v('03-25T17:00')]] },
  // G, submitted but never received: not in the figures.
  { id: 'G', agency: 'H29', procedure: '1.001193', steps: [[v('03-19T08:00'), 'submitted', 1]] },
  // H, received in February and still open: backlog only.
  { id: 'H', agency: 'H29', procedure: '1.001193', steps: [[v('02-26T08:00'), 'submitted', 1], [v('02-26T09:00'), 'appraisal', 2, v('03-03T17:00')]] },
  // I, received after the report's end (now = 20/03 12:00): not seen.
  { id: 'I', agency: 'H29', procedure: '1.001193', steps: [[v('03-25T08:00'), 'submitted', 1], [v('03-25T09:00'), 'appraisal', 2, v('03-27T17:00')]] },
  // J, another agency and procedure, no due date → on time (domain.md §3.4). appraisal 6 + 2 = 8 h.
  { id: 'J', agency: 'H30', procedure: '2.000815', steps: [[v('03-11T08:00'), 'submitted', 1], [v('03-11T09:00'), 'appraisal', 2], [v('03-12T09:00'), 'resultReady', 9]] },
];

async function insert({ id, agency, procedure, steps }: Fixture): Promise<void> {
  const records = steps.map(([at, state, status, dueAt], index): AuditRecord => ({
    type: index === 0 ? 'SUBMIT' : 'step', actor: { id: 'u-1', role: 'officer' }, role: 'officer', at, payload: {},
    fromState: index === 0 ? 'draft' : steps[index - 1]![1], toState: state, status, dueAt: dueAt ?? null, dueChange: null,
  }));
  const last = steps[steps.length - 1]!;
  await store.insertDossier({
    id, procedureKey: `${procedure}@1.0.0`, agencyCode: agency, accessTokenHash: 'x'.repeat(64), at: new Date(steps[0]![0]),
    snapshot: { format: 'motcua.dossier/1', procedure: `${procedure}@1.0.0`, id, machine: { value: last[1] } },
    state: last[1], status: last[2], closed: [7, 9, 10].includes(last[2]), dueAt: last[3] ?? null, records,
  });
}

const march = { from: new Date(v('03-01T00:00')), to: new Date(v('04-01T00:00')), now: new Date(v('03-20T12:00')) };

describe('computeStatistics', { timeout: 60_000 }, () => {
  it('gives the exact figures per procedure', async () => {
    const report = await computeStatistics(store, { ...march, groupBy: 'procedure' });
    expect(report.asOf).toBe('2026-03-20T05:00:00.000Z');
    expect(report.groups).toEqual([
      {
        // Received A–F = 6 (G never received, H before the period, I after its end).
        key: '1.001193', received: 6, finishedEarly: 1, finishedOnTime: 1, finishedLate: 1, inProgressOnTime: 1, inProgressOverdue: 1, withdrawn: 1,
        // (A + B) ÷ (A + B + C) = 2/3.
        onTimeRate: 0.6667,
        // Decision 766: (F + A + B + D) ÷ 6 × 20 = 13.33.
        progressScore: 13.33,
        // Open at the end: E, F and February's H.
        backlog: 3,
        steps: [
          // (17.5 + 29 + 25 + 7 + 8) ÷ 5 = 17.3 h.
          { step: 'appraisal', stays: 5, averageWorkingHours: 17.3 },
          { step: 'resultReady', stays: 1, averageWorkingHours: 3 },
          // (0.5 + 1 + 1 + 2 + 1 + 1) ÷ 6 = 1.083 h.
          { step: 'submitted', stays: 6, averageWorkingHours: 1.08 },
        ],
        satisfaction: { responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0, share: null },
      },
      {
        key: '2.000815', received: 1, finishedEarly: 0, finishedOnTime: 1, finishedLate: 0, inProgressOnTime: 0, inProgressOverdue: 0, withdrawn: 0,
        onTimeRate: 1, progressScore: 20, backlog: 0,
        steps: [{ step: 'appraisal', stays: 1, averageWorkingHours: 8 }, { step: 'submitted', stays: 1, averageWorkingHours: 1 }],
        satisfaction: { responses: 0, verySatisfied: 0, satisfied: 0, dissatisfied: 0, share: null },
      },
    ]);
  });

  it('groups by agency, and a past period reads the same later', async () => {
    const byAgency = await computeStatistics(store, { ...march, groupBy: 'agency' });
    expect(byAgency.groups.map((g) => [g.key, g.received, g.progressScore])).toEqual([['H29', 6, 13.33], ['H30', 1, 20]]);
    // The first week, as of its end: A, B, C, D received; A early, D withdrawn; B (due Thu, ready Thu) on time;
    // C ready Fri 10:00 after its due Wed → late. Score (A + B + D) ÷ 4 × 20 = 15.
    const week = await computeStatistics(store, { from: march.from, to: new Date(v('03-06T12:00')), now: new Date(v('03-30T08:00')), groupBy: 'procedure' });
    expect(week.groups.map((g) => [g.key, g.received, g.finishedEarly, g.finishedOnTime, g.finishedLate, g.withdrawn, g.progressScore, g.backlog]))
      .toEqual([['1.001193', 4, 1, 1, 1, 1, 15, 1]]);
  });

  it('answers GET /api/statistics to an officer, over the officer’s agency only', async () => {
    const secret = 'stats-test-secret-stats-test-secret';
    const now = () => march.now;
    const handle = createDossierService({ procedures: [], store, authenticate: createTokenAuthenticator({ secret, now }), now });
    const url = 'http://localhost/api/statistics?from=2026-03-01&to=2026-03-31&groupBy=agency';
    expect((await handle(new Request(url))).status).toBe(401);
    const token = mintToken({ secret, now }, { sub: 'lead-1', role: 'commune-chairman', agency: 'H30' });
    const response = await handle(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { groups: { key: string; received: number }[] };
    expect(body.groups.map((g) => [g.key, g.received])).toEqual([['H30', 1]]);
    const bad = await handle(new Request('http://localhost/api/statistics?from=March', { headers: { authorization: `Bearer ${token}` } }));
    expect(bad.status).toBe(400);
  });
});
