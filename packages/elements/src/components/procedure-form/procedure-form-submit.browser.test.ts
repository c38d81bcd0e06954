import type { Procedure } from '@motcua/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import birthJson from '../../../../../examples/procedures/birth-registration-1.001193.json' with { type: 'json' };
import minimalJson from '../../../../../test/fixtures/procedures/valid/minimal.json' with { type: 'json' };
import type { ProcedureSubmitDetail, ProcedureSubmittedDetail } from './procedure-form.events.js';
import type { MotcuaProcedureForm } from './procedure-form.js';
import {
  answer, chooseFile, completePage, fakeFetch, jsonResponse, makeFile, mountForm, pressContinue, rootOf, settle, textOf, textsOf, type RecordedRequest,
} from './test-harness.js';

const birth = birthJson as unknown as Procedure;
const minimal = minimalJson as unknown as Procedure;
const NOW = new Date('2026-02-20T09:00:00+07:00');
const CODE = '000.00.31.H29-260223-0001';
const accepted = { code: CODE, accessToken: 'tok-abc-123', procedure: 'local.minimal@1.0.0', agency: '000.00.31.H29', state: 'reception', status: 1, dueAt: '2026-02-25T17:00:00+07:00', version: 1 };

/** Mounts the minimal procedure and brings it to the check-answers page with one file chosen. */
async function readyToSubmit(lang: string, setup: (el: MotcuaProcedureForm) => void = () => {}): Promise<MotcuaProcedureForm> {
  const el = await mountForm(minimal, lang, (form) => { form.now = () => NOW; form.agency = '000.00.31.H29'; setup(form); });
  await completePage(el, { fullName: 'Lê Thị Hoa', citizenId: '001194000004', copies: '2' });
  await chooseFile(el, 'application', makeFile('to-khai.pdf', 'pdf'));
  await pressContinue(el);
  await pressContinue(el);
  expect(el.currentStep).toBe('check');
  return el;
}

const nextEvent = <T>(el: HTMLElement, type: string) => new Promise<CustomEvent<T>>((resolve) => el.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }));
const uploadOk = (request: RecordedRequest) => jsonResponse(201, { component: new URL(request.url, location.href).searchParams.get('component'), sha256: 'x', size: 1, mediaType: 'application/pdf' });

describe('<motcua-procedure-form>: drafts, submission, receipt', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('saves a draft, offers to resume it, and can start again', async () => {
    const first = await mountForm(birth, 'vi', (form) => { form.now = () => NOW; });
    await pressContinue(first);
    await answer(first, 'child.fullName', 'Nguyễn Văn An');
    // Written once typing pauses (setItem is synchronous), not on every change.
    expect(localStorage.getItem('motcua-draft:1.001193@1.0.0')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 450));
    const saved = JSON.parse(localStorage.getItem('motcua-draft:1.001193@1.0.0')!) as { procedure: string; data: { child: unknown } };
    expect(saved.procedure).toBe('1.001193@1.0.0');
    expect(saved.data.child).toEqual({ fullName: 'Nguyễn Văn An', nationality: 'Việt Nam' });
    document.body.replaceChildren();

    const second = await mountForm(birth, 'vi', (form) => { form.now = () => NOW; });
    expect(second.currentStep).toBe('resume');
    expect(textOf(second, '#step-title')).toBe('Bạn có một bản nháp chưa nộp');
    expect(textOf(second, '[data-step=resume]')).toContain('Tệp đính kèm không được lưu trong bản nháp');
    rootOf(second).querySelector<HTMLButtonElement>('[data-draft=resume]')!.click();
    await settle(second);
    expect(second.currentStep).toBe('tasks');
    await pressContinue(second);
    expect(rootOf(second).querySelector<HTMLInputElement>('[name="child.fullName"]')!.value).toBe('Nguyễn Văn An');
    document.body.replaceChildren();

    const third = await mountForm(birth, 'en', (form) => { form.now = () => NOW; });
    rootOf(third).querySelector<HTMLButtonElement>('[data-draft=restart]')!.click();
    await settle(third);
    expect(localStorage.getItem('motcua-draft:1.001193@1.0.0')).toBeNull();
    await pressContinue(third);
    expect(rootOf(third).querySelector<HTMLInputElement>('[name="child.fullName"]')!.value).toBe('');
  });

  it('writes a pending draft at once when the page is hidden or the form leaves it', async () => {
    const el = await mountForm(birth, 'vi', (form) => { form.now = () => NOW; });
    await pressContinue(el);
    await answer(el, 'child.fullName', 'Nguyễn Văn An');
    expect(localStorage.getItem('motcua-draft:1.001193@1.0.0')).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('motcua-draft:1.001193@1.0.0')!).data.child.fullName).toBe('Nguyễn Văn An');
    localStorage.clear();
    await answer(el, 'child.hometown', 'Hà Nội');
    el.remove();
    expect(JSON.parse(localStorage.getItem('motcua-draft:1.001193@1.0.0')!).data.child.hometown).toBe('Hà Nội');
  });

  it('does not load a draft made for another version of the procedure, and says so', async () => {
    localStorage.setItem('motcua-draft:1.001193@0.9.0', JSON.stringify({ procedure: '1.001193@0.9.0', data: { child: { fullName: 'Cũ' } }, completed: [], savedAt: '' }));
    const el = await mountForm(birth, 'en', (form) => { form.now = () => NOW; });
    expect(el.currentStep).toBe('tasks');
    expect(textOf(el, '[data-draft-notice]')).toBe('Your earlier draft was for version 0.9.0 of this procedure, which has changed, so it cannot be used. Please fill in the form again.');
    document.body.replaceChildren();

    localStorage.setItem('my-key', JSON.stringify({ procedure: '1.001193@0.9.0', data: {}, completed: [], savedAt: '' }));
    const custom = await mountForm(birth, 'vi', (form) => { form.now = () => NOW; form.draftKey = 'my-key'; });
    expect(custom.currentStep).toBe('tasks');
    expect(textOf(custom, '[data-draft-notice]')).toContain('phiên bản 0.9.0');
  });

  it('fires a cancelable motcua-submit with the answers, documents and files; cancelled, nothing is sent', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse(201, accepted));
    const el = await readyToSubmit('vi', (form) => { form.fetch = fetch; form.channel = 'online'; });
    const submitted = nextEvent<ProcedureSubmitDetail>(document.body, 'motcua-submit');
    el.addEventListener('motcua-submit', (event) => event.preventDefault(), { once: true });
    await pressContinue(el);
    const { detail } = await submitted;
    expect(detail).toMatchObject({
      procedure: 'local.minimal@1.0.0', channel: 'online', agency: '000.00.31.H29',
      data: { fullName: 'Lê Thị Hoa', citizenId: '001194000004', copies: 2 }, documents: ['application'],
    });
    expect(detail.files.map(({ component, file }) => [component, file.name])).toEqual([['application', 'to-khai.pdf']]);
    expect(requests).toEqual([]);
    expect(el.currentStep).toBe('check');
  });

  it('POSTs the dossier with an idempotency key, uploads each file with the access token, then shows the receipt', async () => {
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? jsonResponse(201, accepted) : uploadOk(request)));
    const el = await readyToSubmit('vi', (form) => { form.fetch = fetch; form.endpoint = 'https://dvc.example.vn/api/'; });
    const done = nextEvent<ProcedureSubmittedDetail>(el, 'motcua-submitted');
    await pressContinue(el);
    expect((await done).detail).toEqual({ code: CODE, accessToken: 'tok-abc-123', dueAt: '2026-02-25T17:00:00+07:00' });
    await settle(el);

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST https://dvc.example.vn/api/dossiers', `POST https://dvc.example.vn/api/dossiers/${CODE}/documents?component=application`,
    ]);
    expect(requests[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(requests[0]!.body).toEqual({
      procedure: 'local.minimal@1.0.0', channel: 'online', agency: '000.00.31.H29', data: { fullName: 'Lê Thị Hoa', citizenId: '001194000004', copies: 2 }, documents: ['application'],
    });
    expect(requests[1]!.headers.get('authorization')).toBe('Bearer tok-abc-123');
    expect(requests[1]!.headers.get('content-type')).toBe('application/pdf');
    expect((requests[1]!.body as File).name).toBe('to-khai.pdf');

    expect(el.currentStep).toBe('receipt');
    expect(textOf(el, '#receipt-title')).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(rootOf(el).activeElement?.id).toBe('receipt-title');
    expect(textOf(el, '[data-receipt-code]')).toBe(CODE);
    expect(textOf(el, '[data-receipt-token]')).toBe('tok-abc-123');
    expect(textOf(el, '[data-receipt-token] + .hint')).toContain('Giữ kín mã tra cứu');
    expect(textsOf(el, '[data-receipt-components] li')).toEqual(['Tờ khai']);
    expect(textOf(el, '[data-receipt-due]')).toBe('17:00, thứ Tư 25/02/2026');
    expect(textOf(el, '[data-receipt-fees]')).toBe('16.000 đ');
    expect(textOf(el, '[part=print]')).toBe('In giấy tiếp nhận');
    expect(localStorage.getItem('motcua-draft:local.minimal@1.0.0')).toBeNull(); // the draft is gone once submitted
  });

  it('shows a server 400 in the error summary, keeps the answers, and retries with the same key', async () => {
    let answerWith = jsonResponse(400, { error: { code: 'invalid-agency', message: { vi: 'Mã cơ quan tiếp nhận không hợp lệ.', en: 'agency must be the code of a receiving agency of this server.' } } });
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? answerWith : uploadOk(request)));
    const el = await readyToSubmit('en', (form) => { form.fetch = fetch; });
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('check');
    expect(rootOf(el).activeElement?.classList.contains('error-summary')).toBe(true);
    expect(textsOf(el, '.error-summary a')).toEqual(['The service did not accept the dossier (code 400): agency must be the code of a receiving agency of this server.']);
    expect(textOf(el, '[data-answer="fullName"] dd')).toBe('Lê Thị Hoa');

    answerWith = jsonResponse(201, accepted);
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    expect(requests.map((r) => r.url)).toEqual(['/api/dossiers', '/api/dossiers', `/api/dossiers/${CODE}/documents?component=application`]);
    expect(requests[1]!.headers.get('idempotency-key')).toBe(requests[0]!.headers.get('idempotency-key'));
  });

  it('sends the citizen token with the submission only; files go with the dossier access token', async () => {
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? jsonResponse(201, accepted) : uploadOk(request)));
    const el = await readyToSubmit('vi', (form) => { form.fetch = fetch; form.citizenToken = 'c1.citizen-token'; });
    expect(el.hasAttribute('citizen-token') || el.hasAttribute('citizentoken')).toBe(false); // never reflected into the page
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    expect(requests.map((r) => [r.url, r.headers.get('authorization')])).toEqual([
      ['/api/dossiers', 'Bearer c1.citizen-token'],
      [`/api/dossiers/${CODE}/documents?component=application`, 'Bearer tok-abc-123'],
    ]);
  });

  it('sends no Authorization with the submission when no citizen is signed in', async () => {
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? jsonResponse(201, accepted) : uploadOk(request)));
    const el = await readyToSubmit('en', (form) => { form.fetch = fetch; });
    await pressContinue(el);
    await settle(el);
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('keeps the idempotency key for a retry of the same body, and takes a new one once an answer changed', async () => {
    let answerWith = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')); // the answer is lost: the server may have the dossier
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? answerWith() : uploadOk(request)));
    const el = await readyToSubmit('en', (form) => { form.fetch = fetch; });
    const keys = () => requests.filter((r) => r.url.endsWith('/dossiers')).map((r) => r.headers.get('idempotency-key'));
    await pressContinue(el);
    await settle(el);
    await pressContinue(el); // the same submission again
    await settle(el);
    expect(keys()).toHaveLength(2);
    expect(keys()[1]).toBe(keys()[0]);
    expect(requests[1]!.body).toEqual(requests[0]!.body);

    rootOf(el).querySelector<HTMLAnchorElement>('[data-change=applicant]')!.click();
    await settle(el);
    await answer(el, 'fullName', 'Lê Thị Hoà');
    await pressContinue(el); // back to check answers
    expect(el.currentStep).toBe('check');
    answerWith = () => Promise.resolve(jsonResponse(201, accepted));
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    expect(keys()).toHaveLength(3);
    expect(keys()[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys()[2]).not.toBe(keys()[0]);
    expect((requests[2]!.body as { data: { fullName: string } }).data.fullName).toBe('Lê Thị Hoà');
  });

  it('links a 422 rejection issue to its question; a failed upload is retried without a second dossier', async () => {
    let dossierAnswer = jsonResponse(422, {
      error: { code: 'missing-requirement', message: { vi: 'Thiếu thông tin.', en: 'Information is missing.' } },
      rejection: { code: 'missing-requirement', message: { vi: 'Thiếu thông tin.', en: 'Information is missing.' }, event: 'SUBMIT', issues: [{ path: 'fullName', message: { vi: 'bắt buộc phải khai', en: 'is required' } }] },
    });
    let uploadAnswer = jsonResponse(415, { error: { code: 'unsupported-media-type', message: { vi: 'sai định dạng', en: 'application: the content is not accepted.' } } });
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? dossierAnswer : uploadAnswer));
    const el = await readyToSubmit('en', (form) => { form.fetch = fetch; });
    await pressContinue(el);
    await settle(el);
    expect(textsOf(el, '.error-summary a')).toEqual(['The service did not accept the dossier (code 422): Information is missing.', 'Full name: is required']);
    rootOf(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[1]!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:applicant');
    expect(rootOf(el).activeElement?.getAttribute('name')).toBe('fullName');
    await pressContinue(el); // back to check answers
    expect(el.currentStep).toBe('check');

    dossierAnswer = jsonResponse(201, accepted);
    await pressContinue(el);
    await settle(el);
    expect(textsOf(el, '.error-summary a')).toEqual([`Dossier ${CODE} was created but Application form could not be uploaded: application: the content is not accepted. Press “Submit the dossier” to upload it again.`]);
    uploadAnswer = jsonResponse(201, { component: 'application', sha256: 'x', size: 1, mediaType: 'application/pdf' });
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    expect(requests.filter((r) => r.url.endsWith('/dossiers'))).toHaveLength(2); // the 422, then one dossier
  });

  it('says when the service cannot be reached', async () => {
    const fetch = (async () => { throw new TypeError('Failed to fetch'); }) as typeof globalThis.fetch;
    const el = await readyToSubmit('vi', (form) => { form.fetch = fetch; });
    await pressContinue(el);
    await settle(el);
    expect(textOf(el, '.error-summary a')).toContain('Không kết nối được với hệ thống; thông tin bạn đã khai vẫn còn.');
    expect(el.currentStep).toBe('check');
  });

  it('is form-associated: a native <form> gets the answers as JSON under its name, and its validity', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mountForm(minimal, 'en', (element) => { element.now = () => NOW; element.setAttribute('name', 'dossier'); }, form);
    expect(el.form).toBe(form);
    expect(form.checkValidity()).toBe(false); // the name and copies are required
    expect(el.checkValidity()).toBe(false);
    expect(rootOf(el).querySelector('.error-summary')).toBeNull(); // checkValidity shows nothing
    await answer(el, 'fullName', 'Lê Thị Hoa');
    await answer(el, 'copies', '3');
    expect(form.checkValidity()).toBe(true);
    expect(JSON.parse(new FormData(form).get('dossier') as string)).toEqual({ fullName: 'Lê Thị Hoa', copies: 3 });
    await answer(el, 'copies', '');
    expect(el.reportValidity()).toBe(false);
    await settle(el);
    expect(textsOf(el, '.error-summary a')).toEqual(['Enter copies']);
    form.reset();
    await settle(el);
    expect(new FormData(form).get('dossier')).toBe('{}');
  });

  it('has the validity, validationMessage and willValidate of a native control', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mountForm(minimal, 'en', (element) => { element.now = () => NOW; }, form);
    expect(el.willValidate).toBe(true);
    expect(el.validity.valid).toBe(false);
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe('Enter full name');
    expect(el.matches(':invalid')).toBe(true);
    await answer(el, 'fullName', 'Lê Thị Hoa');
    expect(el.validationMessage).toBe('Enter copies');
    await answer(el, 'copies', '3');
    expect(el.validity.valid).toBe(true);
    expect(el.validationMessage).toBe('');
    expect(el.matches(':valid')).toBe(true);
  });

  it('is disabled with a disabled <fieldset> around it or its own disabled attribute: every control, nothing submitted', async () => {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    document.body.append(form);
    const el = await mountForm(minimal, 'en', (element) => { element.now = () => NOW; element.setAttribute('name', 'dossier'); }, fieldset);
    await answer(el, 'fullName', 'Lê Thị Hoa');
    await answer(el, 'copies', '3');
    const controls = () => [...rootOf(el).querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, select, textarea, button')];
    expect(controls().length).toBeGreaterThan(2);
    expect(controls().some((control) => control.matches(':disabled'))).toBe(false);

    fieldset.disabled = true;
    await settle(el);
    expect(el.matches(':disabled')).toBe(true);
    expect(el.willValidate).toBe(false);
    expect(controls().every((control) => control.matches(':disabled'))).toBe(true);
    expect(new FormData(form).has('dossier')).toBe(false); // a disabled control sends nothing
    expect(rootOf(el).querySelector('[part=base]')?.getAttribute('role')).toBe('none');
    expect((await axe.run(el)).violations.map((violation) => violation.id)).toEqual([]);

    fieldset.disabled = false;
    el.toggleAttribute('disabled', true);
    await settle(el);
    expect(controls().every((control) => control.matches(':disabled'))).toBe(true);
    el.toggleAttribute('disabled', false);
    await settle(el);
    expect(controls().some((control) => control.matches(':disabled'))).toBe(false);
    expect(JSON.parse(new FormData(form).get('dossier') as string)).toEqual({ fullName: 'Lê Thị Hoa', copies: 3 });
  });

  it('shows the estimated result date on the receipt of a dossier the agency has not received yet, said as an estimate', async () => {
    const { fetch } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? jsonResponse(201, { ...accepted, dueAt: null }) : uploadOk(request)));
    const el = await readyToSubmit('en', (form) => { form.fetch = fetch; });
    const done = nextEvent<ProcedureSubmittedDetail>(el, 'motcua-submitted');
    await pressContinue(el);
    expect((await done).detail.dueAt).toBeNull(); // the event carries the agency's date only
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    // 09:00 Fri 20/02/2026 falls in the 2026 Tết break: received Mon 23/02, the 3 working days are 24–26/02.
    expect(textOf(el, '[data-receipt-due]')).toBe('Expected 17:00, Thursday 26 February 2026 if the dossier is received now; the receiving agency sets the official date when it receives the dossier.');
  });

  it('completes a short procedure with the keyboard only', async () => {
    const { fetch } = fakeFetch((request) => (request.url.endsWith('/dossiers') ? jsonResponse(201, accepted) : uploadOk(request)));
    const el = await mountForm(minimal, 'en', (form) => { form.now = () => NOW; form.fetch = fetch; form.agency = '000.00.31.H29'; });
    const focused = () => rootOf(el).activeElement as HTMLElement | null;
    await userEvent.tab();
    expect(focused()?.getAttribute('name')).toBe('fullName');
    await userEvent.keyboard('{Enter}'); // Enter submits the page: errors first
    await settle(el);
    expect(focused()?.classList.contains('error-summary')).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}'); // the first link moves focus to its field
    expect(focused()?.getAttribute('name')).toBe('fullName');
    await userEvent.keyboard('Lê Thị Hoa');
    await userEvent.tab();
    await userEvent.tab();
    expect(focused()?.getAttribute('name')).toBe('copies');
    await userEvent.keyboard('1');
    await userEvent.tab();
    await userEvent.keyboard(' '); // tick "urgent": the authorisation becomes required
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.currentStep).toBe('components');
    expect(focused()?.id).toBe('step-title');
    await userEvent.tab();
    expect(focused()?.id).toBe('file-application');
    // The operating system's file chooser opens on Enter; the test stands in for it.
    await chooseFile(el, 'application', makeFile('to-khai.pdf', 'pdf'));
    await userEvent.tab();
    await userEvent.tab();
    expect(focused()?.id).toBe('file-authorisation');
    await chooseFile(el, 'authorisation', makeFile('uy-quyen.pdf', 'pdf'));
    await userEvent.tab();
    await userEvent.tab();
    expect(focused()?.getAttribute('part')).toBe('continue');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.currentStep).toBe('fees');
    await userEvent.tab();
    expect(focused()?.getAttribute('part')).toBe('continue');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.currentStep).toBe('check');
    await userEvent.tab();
    expect(focused()?.getAttribute('data-change')).toBe('applicant');
    await userEvent.tab();
    expect(focused()?.getAttribute('part')).toBe('submit');
    const done = nextEvent<ProcedureSubmittedDetail>(el, 'motcua-submitted');
    await userEvent.keyboard('{Enter}');
    await done;
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    expect(focused()?.id).toBe('receipt-title');
  });
});
