/** Stories of `<motcua-statistics>`: figures, an empty period and a refused sign-in, in Vietnamese and English. */
import { html, type TemplateResult } from 'lit';
import './define.js';

const REPORT = {
  from: '2026-02-28T17:00:00.000Z', asOf: '2026-03-10T02:00:00.000Z', groupBy: 'procedure',
  groups: [
    {
      key: '1.001193', received: 12, finishedEarly: 5, finishedOnTime: 4, finishedLate: 1, inProgressOnTime: 1, inProgressOverdue: 1, withdrawn: 0,
      onTimeRate: 0.9, progressScore: 16.67, backlog: 2, steps: [{ step: 'reception', stays: 12, averageWorkingHours: 0.5 }, { step: 'appraisal', stays: 10, averageWorkingHours: 3.25 }],
    },
    {
      key: '1.000894', received: 4, finishedEarly: 1, finishedOnTime: 1, finishedLate: 0, inProgressOnTime: 2, inProgressOverdue: 0, withdrawn: 0,
      onTimeRate: 1, progressScore: 20, backlog: 2, steps: [],
    },
  ],
};

const answering = (status: number, body: unknown): typeof fetch => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const now = () => new Date('2026-03-10T09:00:00+07:00');

const view = (lang: 'vi' | 'en', fetcher: typeof fetch): TemplateResult =>
  html`<div lang=${lang}><motcua-statistics token="demo-officer" .fetch=${fetcher} .now=${now}></motcua-statistics></div>`;

export default { title: 'Officers/Statistics', component: 'motcua-statistics' };

export const Figures = { render: () => view('vi', answering(200, REPORT)) };
export const FiguresEnglish = { render: () => view('en', answering(200, REPORT)) };
export const EmptyPeriod = { render: () => view('vi', answering(200, { ...REPORT, groups: [] })) };
export const EmptyPeriodEnglish = { render: () => view('en', answering(200, { ...REPORT, groups: [] })) };
export const SignInRefused = { render: () => view('vi', answering(401, { error: { code: 'unauthenticated' } })) };
export const SignInRefusedEnglish = { render: () => view('en', answering(401, { error: { code: 'unauthenticated' } })) };
