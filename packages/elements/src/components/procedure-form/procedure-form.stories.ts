/**
 * Stories of `<motcua-procedure-form>`: empty, prefilled from the population database, errors, waived
 * components, check answers, the receipt and a list question ("add another" family members) — each in
 * Vietnamese and English. A `play` step answers the questions the way a user would; the server is an
 * injected `fetch`; the clock is fixed.
 */
import type { Procedure } from '@motcua/core';
import { html, type TemplateResult } from 'lit';
import householdMembersJson from '../../../../../test/fixtures/procedures/valid/household-members.json' with { type: 'json' };
import './define.js';
import { fixtureAddressProvider } from './fixture-address-provider.js';
import { storyHouseholdProcedure, storyPopulationRecord, storyProcedure } from './procedure-form.fixtures.js';
import type { PrefillRequest } from './form-prefill.js';
import type { MotcuaProcedureForm } from './procedure-form.js';
import { addItem, answer, answerTwoMembers, completePage, pressContinue, settle } from './test-harness.js';

const NOW = new Date('2026-02-20T09:00:00+07:00');
const now = () => NOW;
const lookUp = async (request: PrefillRequest) => storyPopulationRecord[request.attribute];
const server: typeof fetch = async (input) => new Response(JSON.stringify(String(input).endsWith('/dossiers')
  ? { code: '000.00.31.H29-260223-0001', accessToken: 'k7Qm-2xRt-91Lp', dueAt: '2026-02-23T17:00:00+07:00' }
  : { component: 'to-khai' }), { status: 201, headers: { 'content-type': 'application/json' } });

/** The form for `lang`; `prefilled` signs the applicant in so the population database answers. */
const view = (lang: 'vi' | 'en', prefilled: boolean): TemplateResult => {
  localStorage.removeItem('motcua-story-draft'); // every story starts afresh, not on "resume your draft"
  return html`<div lang=${lang}>
  <motcua-procedure-form draft-key="motcua-story-draft" agency="000.00.31.H29" .procedure=${storyProcedure} .now=${now} .fetch=${server} .addressProvider=${fixtureAddressProvider}
    .applicant=${prefilled ? { citizenId: '001194000004' } : null} .prefillProvider=${prefilled ? lookUp : null}></motcua-procedure-form>
</div>`;
};

/** The family members list question ("add another") for `lang`. */
const listView = (lang: 'vi' | 'en'): TemplateResult => {
  localStorage.removeItem('motcua-story-list-draft');
  return html`<div lang=${lang}>
  <motcua-procedure-form draft-key="motcua-story-list-draft" .procedure=${storyHouseholdProcedure} .now=${now} .fetch=${server}></motcua-procedure-form>
</div>`;
};

/** A list whose items ask "describe the relationship" only when that item's relationship is "other" (`$item`). */
const itemConditionsView = (lang: 'vi' | 'en'): TemplateResult => {
  localStorage.removeItem('motcua-story-items-draft');
  return html`<div lang=${lang}>
  <motcua-procedure-form draft-key="motcua-story-items-draft" .procedure=${householdMembersJson as unknown as Procedure} .now=${now} .fetch=${server}></motcua-procedure-form>
</div>`;
};

interface PlayContext { readonly canvasElement: HTMLElement }
const formIn = async ({ canvasElement }: PlayContext): Promise<MotcuaProcedureForm> => {
  const el = canvasElement.querySelector('motcua-procedure-form')!;
  await settle(el);
  return el;
};

const CHILD = { 'child.fullName': 'Nguyễn Văn An', 'child.sex': 'male', 'child.dateOfBirth': '2026-02-10', fatherUndetermined: true };

/** Continues to the components page from a prefilled form. */
const toComponents = async (context: PlayContext) => {
  const el = await formIn(context);
  await completePage(el, { 'requester.phone': '0912345678' });
  await completePage(el, CHILD);
  return el;
};
const toCheckAnswers = async (context: PlayContext) => {
  const el = await toComponents(context);
  await pressContinue(el);
  await pressContinue(el);
};
const toReceipt = async (context: PlayContext) => {
  await toCheckAnswers(context);
  const el = context.canvasElement.querySelector('motcua-procedure-form')!;
  await pressContinue(el);
  await settle(el);
};
/** One member given, a second added: two items, each with its "Remove" button. */
const withMembers = async (context: PlayContext) => {
  const el = await formIn(context);
  await answer(el, 'members.0.fullName', 'Lê Thị Lan');
  await answer(el, 'members.0.citizenId', '001180023456');
  await addItem(el, 'members');
};
/** Two members, the first "other" with its question left empty, the second a child: Continue shows the item's error. */
const withItemConditions = async (context: PlayContext) => {
  const el = await formIn(context);
  await answerTwoMembers(el);
  await pressContinue(el);
};
const withErrors = async (context: PlayContext) => pressContinue(await formIn(context));

export default { title: 'Citizens/Procedure form', component: 'motcua-procedure-form' };

export const Empty = { render: () => view('vi', false), play: formIn };
export const EmptyEnglish = { render: () => view('en', false), play: formIn };
export const Prefilled = { render: () => view('vi', true), play: formIn };
export const PrefilledEnglish = { render: () => view('en', true), play: formIn };
export const Errors = { render: () => view('vi', false), play: withErrors };
export const ErrorsEnglish = { render: () => view('en', false), play: withErrors };
export const WaivedComponents = { render: () => view('vi', true), play: toComponents };
export const WaivedComponentsEnglish = { render: () => view('en', true), play: toComponents };
export const CheckAnswers = { render: () => view('vi', true), play: toCheckAnswers };
export const CheckAnswersEnglish = { render: () => view('en', true), play: toCheckAnswers };
export const Receipt = { render: () => view('vi', true), play: toReceipt };
export const ReceiptEnglish = { render: () => view('en', true), play: toReceipt };
export const ListField = { render: () => listView('vi'), play: withMembers };
export const ListFieldEnglish = { render: () => listView('en'), play: withMembers };
export const ListItemConditions = { render: () => itemConditionsView('vi'), play: withItemConditions };
export const ListItemConditionsEnglish = { render: () => itemConditionsView('en'), play: withItemConditions };
