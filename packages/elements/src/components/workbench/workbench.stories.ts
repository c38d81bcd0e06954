/**
 * Stories of `<motcua-workbench>`: the inbox (one overdue, one due soon), an empty inbox, an inbox where
 * everything is overdue, a dossier's detail, an action form with its errors, and a withdrawn dossier's
 * notice of stopping (Circular 03/2025 Mẫu 05) — each in Vietnamese and English, answered by an injected
 * fake `fetch`.
 */
import { html, type TemplateResult } from 'lit';
import './define.js';
import { fixtureAgency, FIXTURE_CODE } from '../official-form/official-form.fixtures.js';
import type { MotcuaWorkbench } from './workbench.js';
import { createFakeFetch, fixtureInbox, fixtureRoutes, inboxDossier, withdrawnDetail } from './workbench.fixtures.js';

const now = () => new Date('2026-02-20T09:00:00+07:00');
type Routes = Parameters<typeof createFakeFetch>[0];

const view = (lang: 'vi' | 'en', routes: Routes, code = ''): TemplateResult => html`
  <div lang=${lang}>
    <motcua-workbench token="demo-officer-token" code=${code} .fetch=${createFakeFetch(routes).fetch} .now=${now} .agency=${fixtureAgency}></motcua-workbench>
  </div>`;

const EMPTY: Routes = { ...fixtureRoutes(), 'GET /api/inbox': { status: 200, body: fixtureInbox([]) } };
const ALL_OVERDUE: Routes = {
  ...fixtureRoutes(),
  'GET /api/inbox': { status: 200, body: fixtureInbox([
    inboxDossier(FIXTURE_CODE, '2026-02-19T17:00:00+07:00'),
    inboxDossier('000.00.31.H29-260212-0004', '2026-02-17T17:00:00+07:00'),
    inboxDossier('000.00.31.H29-260211-0002', '2026-02-13T17:00:00+07:00', { state: 'reception', status: 2 }),
  ]) },
};

const WITHDRAWN: Routes = { ...fixtureRoutes(), [`GET /api/dossiers/${FIXTURE_CODE}/detail`]: { status: 200, body: withdrawnDetail() } };

/** Waits for `find` to return an element inside the workbench's shadow root. */
async function until<TElement extends Element>(host: MotcuaWorkbench, find: (root: ShadowRoot) => TElement | null): Promise<TElement> {
  for (let tries = 0; tries < 200; tries += 1) {
    await host.updateComplete;
    const found = host.shadowRoot ? find(host.shadowRoot) : null;
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('workbench story: the element never appeared');
}

/** Opens the refusal form and confirms it empty, so the error summary shows. */
const showErrors = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const host = canvasElement.querySelector('motcua-workbench')!;
  (await until(host, (root) => root.querySelector<HTMLButtonElement>('button[data-type="approval.refuse"]'))).click();
  (await until(host, (root) => root.querySelector<HTMLButtonElement>('button[part=confirm]'))).click();
  await until(host, (root) => root.querySelector('.error-summary'));
};

/** Opens the 2025 notice of stopping (Mẫu 05) of the withdrawn dossier. */
const showStopNotice = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const host = canvasElement.querySelector('motcua-workbench')!;
  (await until(host, (root) => root.querySelector<HTMLButtonElement>('button[data-print="05"]'))).click();
  await until(host, (root) => root.querySelector('motcua-official-form'));
};

export default { title: 'Officers/Workbench', component: 'motcua-workbench' };

export const Inbox = { render: () => view('vi', fixtureRoutes()) };
export const InboxEnglish = { render: () => view('en', fixtureRoutes()) };
export const Empty = { render: () => view('vi', EMPTY) };
export const EmptyEnglish = { render: () => view('en', EMPTY) };
export const Overdue = { render: () => view('vi', ALL_OVERDUE) };
export const OverdueEnglish = { render: () => view('en', ALL_OVERDUE) };
export const Detail = { render: () => view('vi', fixtureRoutes(), FIXTURE_CODE) };
export const DetailEnglish = { render: () => view('en', fixtureRoutes(), FIXTURE_CODE) };
export const ActionFormWithErrors = { render: () => view('vi', fixtureRoutes(), FIXTURE_CODE), play: showErrors };
export const ActionFormWithErrorsEnglish = { render: () => view('en', fixtureRoutes(), FIXTURE_CODE), play: showErrors };
export const WithdrawnStopNotice = { render: () => view('vi', WITHDRAWN, FIXTURE_CODE), play: showStopNotice };
export const WithdrawnStopNoticeEnglish = { render: () => view('en', WITHDRAWN, FIXTURE_CODE), play: showStopNotice };
