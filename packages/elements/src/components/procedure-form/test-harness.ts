/**
 * Helpers shared by the procedure form's browser tests: mount the element, answer questions the way a
 * browser does (set the control, fire `input` and `change`), read text, fake the HTTP API. No test
 * runner imports, so the package build can type-check it; procedures are passed in by the tests.
 */
import type { Procedure } from '@motcua/core';
import './define.js';
import { fixtureAddressProvider } from './fixture-address-provider.js';
import { isRecord, readPath } from './form-model.js';
import type { MotcuaProcedureForm } from './procedure-form.js';

/** A recorded request of the fake `fetch`. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/** A fake `fetch` answering from `answer` and recording every request. */
export function fakeFetch(answer: (request: RecordedRequest, index: number) => Response | Promise<Response>): { fetch: typeof globalThis.fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) as unknown : init.body ?? null;
    const request = { url: String(input), method: init.method ?? 'GET', headers: new Headers(init.headers), body };
    requests.push(request);
    return answer(request, requests.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A JSON response. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Mounts `<motcua-procedure-form>` under a container with `lang`, after `setup` set its properties. */
export async function mountForm(procedure: Procedure | null, lang: string | null, setup: (el: MotcuaProcedureForm) => void = () => {}, parent: HTMLElement = document.body): Promise<MotcuaProcedureForm> {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  const el = document.createElement('motcua-procedure-form');
  el.addressProvider = fixtureAddressProvider; // no server here; `setup` may put another
  setup(el);
  if (procedure) el.procedure = procedure;
  container.append(el);
  parent.append(container);
  await settle(el);
  return el;
}

/** Waits for pending renders and the fixture provider's promises. */
export async function settle(el: MotcuaProcedureForm): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The element's shadow root. */
export function rootOf(el: MotcuaProcedureForm): ShadowRoot {
  return el.shadowRoot!;
}

/** Whitespace-normalised text of the first match. */
export function textOf(el: MotcuaProcedureForm, selector: string): string {
  return rootOf(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Texts of every match. */
export function textsOf(el: MotcuaProcedureForm, selector: string): string[] {
  return [...rootOf(el).querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Answers the question at `path` like a user: text typed, option chosen, box ticked, address picked. */
export async function answer(el: MotcuaProcedureForm, path: string, value: unknown): Promise<void> {
  const root = rootOf(el);
  if (typeof value === 'object' && value !== null) {
    const address = value as { province: string; unitCode: string; line?: string };
    setControl(root.querySelector(`[name="${path}.province"]`)!, address.province);
    await settle(el);
    setControl(root.querySelector(`[name="${path}.unitCode"]`)!, address.unitCode);
    if (address.line !== undefined) setControl(root.querySelector(`[name="${path}.line"]`)!, address.line);
  } else {
    const radio = root.querySelector<HTMLInputElement>(`input[type=radio][name="${path}"][value="${String(value)}"]`);
    const control = radio ?? root.querySelector<HTMLInputElement>(`[name="${path}"]`)!;
    if (control.type === 'checkbox' || control.type === 'radio') {
      if (control.checked !== (control.type === 'radio' || value === true)) control.click();
    } else {
      setControl(control, String(value));
    }
  }
  await settle(el);
}

function setControl(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills every question page from `data`, failing with the error summary's words when a page does not pass. */
export async function completeQuestions(el: MotcuaProcedureForm, data: Readonly<Record<string, unknown>>): Promise<void> {
  if (el.currentStep === 'tasks') await pressContinue(el);
  while (el.currentStep.startsWith('page:')) {
    const step = el.currentStep;
    await answerFrom(el, data);
    await pressContinue(el);
    if (el.currentStep === step) throw new Error(`${step} did not pass: ${textsOf(el, '.error-summary li').join(' | ')}`);
  }
}

/** Attaches a small PDF to each component the components page asks for, then continues; returns their ids. */
export async function attachRequired(el: MotcuaProcedureForm): Promise<string[]> {
  const attached: string[] = [];
  for (let round = 0; el.currentStep === 'components' && round < 10; round++) {
    await pressContinue(el);
    const targets = [...rootOf(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((link) => link.hash.replace(/^#file-/, ''));
    for (const id of targets) {
      await chooseFile(el, id, makeFile(`${id}.pdf`, 'pdf'));
      attached.push(id);
    }
  }
  return attached;
}

/** Presses "Add another" of the list at `path`. */
export async function addItem(el: MotcuaProcedureForm, path: string): Promise<void> {
  rootOf(el).querySelector<HTMLButtonElement>(`[data-add="${path}"]`)!.click();
  await settle(el);
}

/** Presses "Remove" of item `index` of the list at `path`. */
export async function removeItem(el: MotcuaProcedureForm, path: string, index: number): Promise<void> {
  rootOf(el).querySelector<HTMLButtonElement>(`[data-field="${path}"] [data-item="${index}"] > [data-remove]`)!.click();
  await settle(el);
}

/**
 * Answers the current page's questions from `data` (shaped like the answers) through the controls: list
 * items added with "Add another" as needed, addresses through the province of their commune in the
 * fixture provider. Questions not shown are left alone.
 */
export async function answerFrom(el: MotcuaProcedureForm, data: Readonly<Record<string, unknown>>): Promise<void> {
  const page = el.procedure?.form.layout.pages.find((candidate) => el.currentStep === `page:${candidate.id}`);
  for (const field of page?.fields ?? []) {
    const value = readPath(data, field.field);
    if (value !== undefined && rootOf(el).querySelector(`[data-field="${field.field}"]`)) await answerValue(el, field.field, value);
  }
}

async function answerValue(el: MotcuaProcedureForm, path: string, value: unknown): Promise<void> {
  const root = rootOf(el);
  if (Array.isArray(value) && root.querySelector(`input[data-kind=choice][name="${path}"]`)) {
    for (const box of root.querySelectorAll<HTMLInputElement>(`input[data-kind=choice][name="${path}"]`)) {
      if (box.checked !== value.includes(box.value)) box.click();
    }
    await settle(el);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (!root.querySelector(`[data-field="${path}"] [data-item="${index}"]`)) await addItem(el, path);
      if (isRecord(item)) for (const [key, part] of Object.entries(item)) await answerValue(el, `${path}.${index}.${key}`, part);
      else await answer(el, `${path}.${index}`, item);
    }
  } else if (isRecord(value) && typeof value['unitCode'] === 'string') {
    await answer(el, path, { province: await provinceOf(value['unitCode']), unitCode: value['unitCode'], line: value['line'] });
  } else {
    await answer(el, path, value);
  }
}

async function provinceOf(unitCode: string): Promise<string> {
  for (const province of await fixtureAddressProvider.provinces()) {
    if ((await fixtureAddressProvider.communes(province.code)).some((unit) => unit.code === unitCode)) return province.code;
  }
  throw new Error(`commune ${unitCode} is not in the fixture address provider`);
}

/** Presses the step's Continue (or Submit) button. */
export async function pressContinue(el: MotcuaProcedureForm): Promise<void> {
  rootOf(el).querySelector<HTMLButtonElement>('[part=continue], [part=submit]')!.click();
  await settle(el);
}

/** Answers every question in `answers` on the current page, then presses Continue. */
export async function completePage(el: MotcuaProcedureForm, answers: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [path, value] of Object.entries(answers)) await answer(el, path, value);
  await pressContinue(el);
}

/** Chooses `file` for the component's upload. */
export async function chooseFile(el: MotcuaProcedureForm, component: string, file: File): Promise<void> {
  const input = rootOf(el).querySelector<HTMLInputElement>(`#file-${component}`)!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
  await new Promise((resolve) => setTimeout(resolve, 20)); // the content check reads the file
  await settle(el);
}

/** A file with a PDF, PNG or plain-text body. */
export function makeFile(name: string, kind: 'pdf' | 'png' | 'text', type = kind === 'pdf' ? 'application/pdf' : kind === 'png' ? 'image/png' : 'text/plain'): File {
  const bytes = kind === 'pdf' ? new TextEncoder().encode('%PDF-1.7\n%fixture\n')
    : kind === 'png' ? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
      : new TextEncoder().encode('just some text');
  return new File([bytes], name, { type });
}

/** Birth registration answers, page by page: a child born ten days before "now", a mother whose ID number matches her birth year, no father determined. */
export const BIRTH_ANSWERS = {
  child: {
    'child.fullName': 'Nguyễn Văn An', 'child.sex': 'male', 'child.dateOfBirth': '2026-02-10',
    'child.placeOfBirth': { province: '01', unitCode: '00025', line: 'Bệnh viện Phụ sản Hà Nội' }, 'child.hometown': 'Hà Nội', 'child.ethnicity': 'Kinh',
  },
  mother: {
    'mother.fullName': 'Lê Thị Hoa', 'mother.dateOfBirth': '1994-02-02', 'mother.citizenId': '001194000004', 'mother.ethnicity': 'Kinh',
    'mother.residence': { province: '01', unitCode: '00070', line: 'Số 12 phố Hàng Bạc' },
  },
  father: { fatherUndetermined: true },
  requester: {
    'requester.relation': 'mother', 'requester.fullName': 'Lê Thị Hoa', 'requester.dateOfBirth': '1994-02-02', 'requester.citizenId': '001194000004',
    'requester.phone': '0912345678',
  },
  'fees-and-copies': {},
} as const;

/** From the task list, answers every birth registration page and lands on the components page. */
export async function completeBirthPages(el: MotcuaProcedureForm, overrides: Partial<Record<keyof typeof BIRTH_ANSWERS, Readonly<Record<string, unknown>>>> = {}): Promise<void> {
  await pressContinue(el);
  for (const page of Object.keys(BIRTH_ANSWERS) as (keyof typeof BIRTH_ANSWERS)[]) {
    await completePage(el, { ...BIRTH_ANSWERS[page], ...overrides[page] });
    if (el.currentStep === `page:${page}`) throw new Error(`page ${page} did not pass: ${rootOf(el).querySelector('.error-summary')?.textContent ?? ''}`);
  }
}

/** On the household-members fixture's applicant page (test/fixtures/procedures/valid/household-members.json): two members, the first "other", the second a child. */
export async function answerTwoMembers(el: MotcuaProcedureForm): Promise<void> {
  await answer(el, 'fullName', 'Nguyễn Văn An');
  await answer(el, 'copies', '1');
  await addItem(el, 'members');
  await addItem(el, 'members');
  await answer(el, 'members.0.fullName', 'Trần Thị Bình');
  await answer(el, 'members.0.relationship', 'other');
  await answer(el, 'members.1.fullName', 'Nguyễn Văn Cường');
  await answer(el, 'members.1.relationship', 'child');
}
