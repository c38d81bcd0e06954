import type { Procedure } from '@motcua/core';
import { afterEach, describe, expect, it } from 'vitest';
import birthJson from '../../../../../examples/procedures/birth-registration-1.001193.json' with { type: 'json' };
import householdJson from '../../../../../examples/procedures/business-household-registration-1.001612.json' with { type: 'json' };
import { defineProcedureForm } from './define.js';
import type { PrefillRequest } from './form-prefill.js';
import { answer, BIRTH_ANSWERS, completePage, fakeFetch, jsonResponse, mountForm, pressContinue, rootOf, settle, textOf, textsOf } from './test-harness.js';

const birth = birthJson as unknown as Procedure;
const NOW = new Date('2026-02-20T09:00:00+07:00');
const setNow = (el: { now: () => Date }) => { el.now = () => NOW; };


describe('<motcua-procedure-form>: questions', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('registering the tag twice does not throw', () => {
    expect(() => { defineProcedureForm(); defineProcedureForm(); }).not.toThrow();
    expect(customElements.get('motcua-procedure-form')).toBeDefined();
  });

  it('loads the procedure from its src URL, and says when it cannot', async () => {
    const { fetch, requests } = fakeFetch(() => jsonResponse(200, birthJson));
    const el = await mountForm(null, 'vi', (form) => { setNow(form); form.fetch = fetch; form.src = '/procedures/1.001193.json'; });
    await settle(el);
    expect(requests.map((r) => r.url)).toEqual(['/procedures/1.001193.json']);
    expect(el.currentStep).toBe('tasks');
    expect(textOf(el, '#step-title')).toBe('Đăng ký khai sinh');

    const failing = fakeFetch(() => jsonResponse(404, {}));
    const broken = await mountForm(null, 'en', (form) => { form.fetch = failing.fetch; form.src = '/missing.json'; });
    await settle(broken);
    expect(textOf(broken, '[role=alert]')).toBe('The procedure could not be loaded (HTTP 404). Reload the page to try again.');
  });

  it('renders birth registration as a task list of its five sections, then the first page', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    expect(el.currentStep).toBe('tasks');
    expect(textOf(el, '#step-title')).toBe('Đăng ký khai sinh');
    expect(textsOf(el, '.task a')).toEqual([
      'Thông tin người được khai sinh', 'Thông tin người mẹ', 'Thông tin người cha', 'Người đi đăng ký khai sinh', expect.any(String),
    ]);
    expect(textsOf(el, '.task-status')).toEqual(Array(5).fill('Chưa bắt đầu'));
    await pressContinue(el);
    expect(el.currentStep).toBe('page:child');
    expect(textOf(el, '#step-title')).toBe('Thông tin người được khai sinh');
    expect(rootOf(el).activeElement?.id).toBe('step-title'); // focus moves to the new page's heading
    // Stable hooks: each control is named by its field path.
    for (const path of ['child.fullName', 'child.sex', 'child.dateOfBirth', 'child.hometown', 'bornThroughSurrogacy']) {
      expect(rootOf(el).querySelector(`[name="${path}"]`), path).not.toBeNull();
    }
    expect(rootOf(el).querySelector('fieldset[name="child.placeOfBirth"] legend')?.textContent).toContain('Nơi sinh');
    expect((rootOf(el).querySelector('[name="child.nationality"]') as HTMLInputElement).value).toBe('Việt Nam'); // a default
  });

  it('goes forward and back between pages, and the task list shows progress', async () => {
    const el = await mountForm(birth, 'en', setNow);
    await pressContinue(el);
    await completePage(el, BIRTH_ANSWERS.child);
    expect(el.currentStep).toBe('page:mother');
    expect(textOf(el, '.caption')).toBe('Section 2 of 5');
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:child');
    expect((rootOf(el).querySelector('[name="child.fullName"]') as HTMLInputElement).value).toBe('Nguyễn Văn An'); // nothing lost
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    expect(el.currentStep).toBe('tasks');
    expect(textsOf(el, '.task-status').slice(0, 3)).toEqual(['Completed', 'In progress', 'Not started']);
    rootOf(el).querySelector<HTMLAnchorElement>('#task-father')!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:father');
  });

  it('shows and hides the father questions live when "father not determined" is toggled', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    rootOf(el).querySelector<HTMLAnchorElement>('#task-father')!.click();
    await settle(el);
    expect(rootOf(el).querySelector('[name="father.fullName"]')).not.toBeNull();
    await answer(el, 'father.fullName', 'Trần Văn Bình');
    await answer(el, 'fatherUndetermined', true);
    expect(rootOf(el).querySelector('[name="father.fullName"]')).toBeNull();
    expect(el.value['father']).toBeUndefined(); // hidden answers are not submitted
    await pressContinue(el); // and not validated
    expect(el.currentStep).toBe('page:requester');
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    await answer(el, 'fatherUndetermined', false);
    expect((rootOf(el).querySelector('[name="father.fullName"]') as HTMLInputElement).value).toBe('Trần Văn Bình');
  });

  it('drops the problems of questions that an answer hides', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    rootOf(el).querySelector<HTMLAnchorElement>('#task-father')!.click();
    await settle(el);
    await pressContinue(el);
    expect(textsOf(el, '.error-summary a')).toHaveLength(4); // name, date of birth, ethnicity, residence (nationality has a default)
    await answer(el, 'fatherUndetermined', true);
    expect(rootOf(el).querySelector('.error-summary')).toBeNull();
    await pressContinue(el);
    expect(el.currentStep).toBe('page:requester');
  });

  it('lists required answers in an error summary that takes focus; each link focuses its field', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    await pressContinue(el);
    await pressContinue(el);
    const root = rootOf(el);
    expect(el.currentStep).toBe('page:child');
    expect(root.activeElement?.classList.contains('error-summary')).toBe(true);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Nhập họ, chữ đệm và tên của trẻ', 'Chọn giới tính', 'Nhập ngày, tháng, năm sinh',
      'Chọn tỉnh, thành phố và xã, phường cho mục nơi sinh', 'Nhập quê quán', 'Nhập dân tộc',
    ]);
    expect(textOf(el, '[data-error-for="child.fullName"]')).toBe('Lỗi: Nhập họ, chữ đệm và tên của trẻ');
    const input = root.querySelector('[name="child.fullName"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('field-child.fullName-error');
    links[0]!.click();
    await settle(el);
    expect(root.activeElement).toBe(input);
    links[3]!.click();
    expect(root.activeElement?.getAttribute('name')).toBe('child.placeOfBirth.province');
  });

  it('validates a field on change and says which part of a personal ID number is wrong', async () => {
    const el = await mountForm(birth, 'en', setNow);
    rootOf(el).querySelector<HTMLAnchorElement>('#task-mother')!.click();
    await settle(el);
    await answer(el, 'mother.dateOfBirth', '1994-02-02');
    await answer(el, 'mother.citizenId', '12345');
    expect(textOf(el, '[data-error-for="mother.citizenId"]')).toBe("Error: Mother's personal identification number must be exactly 12 digits, with no spaces or letters");
    await answer(el, 'mother.citizenId', '099194000004');
    expect(textOf(el, '[data-error-for="mother.citizenId"]')).toContain('the first 3 digits (099) are the province of birth registration and must be 001 to 096');
    await answer(el, 'mother.citizenId', '001394000004');
    expect(textOf(el, '[data-error-for="mother.citizenId"]')).toContain('the 4th digit (3) gives the century of birth and sex');
    await answer(el, 'mother.citizenId', '001195000004');
    expect(textOf(el, '[data-error-for="mother.citizenId"]')).toContain('the 5th and 6th digits (95) are the last two digits of the birth year and do not match 1994');
    await answer(el, 'mother.citizenId', '001194000004');
    expect(rootOf(el).querySelector('[data-error-for="mother.citizenId"]')).toBeNull();
    await answer(el, 'mother.fullName', 'x'.repeat(101)); // the server's own rule (maxLength), in its words
    expect(textOf(el, '[data-error-for="mother.fullName"]')).toBe("Error: Mother's full name: at most 100 characters");
  });

  it('checks a tax code by its check digit (business household registration)', async () => {
    const household = structuredClone(householdJson) as unknown as Procedure;
    const owner = household.form.layout.pages.find((page) => page.id === 'chu-ho-kinh-doanh')!;
    household.form.layout.pages = [owner]; // only the owner's page, which holds the tax code
    household.prefill = [];
    const el = await mountForm(household, 'vi', setNow);
    await answer(el, 'owner.personalTaxCode', '0100109107');
    expect(textOf(el, '[data-error-for="owner.personalTaxCode"]')).toContain('chữ số cuối (chữ số kiểm tra) không khớp');
    await answer(el, 'owner.personalTaxCode', '01001091');
    expect(textOf(el, '[data-error-for="owner.personalTaxCode"]')).toContain('phải gồm 10 chữ số');
    await answer(el, 'owner.personalTaxCode', '0100109106');
    expect(rootOf(el).querySelector('[data-error-for="owner.personalTaxCode"]')).toBeNull();
    await answer(el, 'owner.phone', '012345');
    expect(textOf(el, '[data-error-for="owner.phone"]')).toContain('phải là số điện thoại Việt Nam');
  });

  it('picks an address from the address provider: province, then its communes', async () => {
    const provider = {
      provinces: async () => [{ code: '01', name: 'Thành phố Hà Nội' }, { code: '79', name: 'Thành phố Hồ Chí Minh' }],
      communes: async (province: string) => (province === '79' ? [{ code: '26740', name: 'Phường Sài Gòn' }] : [{ code: '00070', name: 'Phường Hoàn Kiếm' }]),
    };
    const el = await mountForm(birth, 'vi', (form) => { setNow(form); form.addressProvider = provider; });
    await pressContinue(el);
    const root = rootOf(el);
    const commune = () => root.querySelector<HTMLSelectElement>('[name="child.placeOfBirth.unitCode"]')!;
    expect(commune().disabled).toBe(true);
    expect([...root.querySelectorAll('[name="child.placeOfBirth.province"] option')].map((o) => o.textContent)).toEqual(['Chọn…', 'Thành phố Hà Nội', 'Thành phố Hồ Chí Minh']);
    await answer(el, 'child.placeOfBirth', { province: '79', unitCode: '26740', line: '1 Lê Lợi' });
    expect(commune().disabled).toBe(false);
    expect([...commune().options].map((o) => o.textContent)).toEqual(['Chọn…', 'Phường Sài Gòn']);
    expect(el.value['child']).toMatchObject({ placeOfBirth: { unitCode: '26740', line: '1 Lê Lợi' } });
  });

  it('asks its server for the units when no provider is given, only once an address question shows', async () => {
    const { fetch, requests } = fakeFetch((request) => (request.url.endsWith('/administrative-units')
      ? jsonResponse(200, { provinces: [{ code: '48', name: 'Thành phố Đà Nẵng' }] })
      : jsonResponse(200, { province: '48', communes: [{ code: '20194', name: 'Phường Hải Châu' }] })));
    const el = await mountForm(birth, 'en', (form) => { setNow(form); form.addressProvider = null; form.fetch = fetch; form.endpoint = 'https://dvc.example.vn/api/'; });
    expect(requests).toEqual([]); // the task list has no address question
    await pressContinue(el);
    await settle(el);
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET https://dvc.example.vn/api/administrative-units']);
    const root = rootOf(el);
    expect([...root.querySelectorAll('[name="child.placeOfBirth.province"] option')].map((o) => o.textContent)).toEqual(['Choose…', 'Thành phố Đà Nẵng']);
    await answer(el, 'child.placeOfBirth', { province: '48', unitCode: '20194' });
    expect(requests.map((request) => request.url)).toEqual(['https://dvc.example.vn/api/administrative-units', 'https://dvc.example.vn/api/administrative-units?province=48']);
    expect([...root.querySelectorAll<HTMLOptionElement>('[name="child.placeOfBirth.unitCode"] option')].map((o) => o.textContent)).toEqual(['Choose…', 'Phường Hải Châu']);
  });

  it('prefills from the national population database, labelled and read-only unless editable', async () => {
    const requests: PrefillRequest[] = [];
    const el = await mountForm(birth, 'vi', (form) => {
      setNow(form);
      form.applicant = { citizenId: '001194000004' };
      form.prefillProvider = async (request) => {
        requests.push(request);
        if (request.attribute === 'fullName') return 'Lê Thị Hoa';
        if (request.attribute === 'dateOfBirth') return '1994-02-02';
        if (request.attribute === 'permanentAddress' && request.subjectValue === '001194000004') return { unitCode: '00070', line: 'Số 12 phố Hàng Bạc' };
        return undefined;
      };
    });
    expect(requests.map((r) => [r.field, r.subject, r.subjectValue])).toEqual([
      ['requester.fullName', 'applicant', { citizenId: '001194000004' }], ['requester.dateOfBirth', 'applicant', { citizenId: '001194000004' }],
    ]);
    expect(requests[0]!.procedure).toBe('1.001193@1.0.0');
    rootOf(el).querySelector<HTMLAnchorElement>('#task-requester')!.click();
    await settle(el);
    const name = rootOf(el).querySelector<HTMLInputElement>('[name="requester.fullName"]')!;
    expect(name.value).toBe('Lê Thị Hoa');
    expect(name.readOnly).toBe(true);
    expect(textOf(el, '[data-field="requester.fullName"] .prefilled')).toBe('Lấy từ Cơ sở dữ liệu quốc gia về dân cư. Không sửa được thông tin này tại đây.');
    expect(name.getAttribute('aria-describedby')).toContain('field-requester.fullName-source');

    // Another subject: the mother's residence is looked up once her ID number is valid; it stays editable.
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:mother');
    await answer(el, 'mother.citizenId', '001194000004');
    await settle(el);
    expect(requests.at(-1)).toMatchObject({ field: 'mother.residence', subject: 'mother.citizenId', subjectValue: '001194000004', attribute: 'permanentAddress' });
    expect(rootOf(el).querySelector<HTMLSelectElement>('[name="mother.residence.province"]')!.value).toBe('01');
    const commune = rootOf(el).querySelector<HTMLSelectElement>('[name="mother.residence.unitCode"]')!;
    expect(commune.value).toBe('00070');
    expect(commune.disabled).toBe(false);
    expect(textOf(el, '[data-field="mother.residence"] .prefilled')).toBe('Lấy từ Cơ sở dữ liệu quốc gia về dân cư');
  });
});
