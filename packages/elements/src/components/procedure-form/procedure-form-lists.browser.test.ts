import type { Procedure } from '@motcua/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import householdJson from '../../../../../examples/procedures/business-household-registration-1.001612.json' with { type: 'json' };
import residenceJson from '../../../../../examples/procedures/permanent-residence-registration-1.004222.json' with { type: 'json' };
import residenceHappy from '../../../../../examples/scenarios/permanent-residence-registration-1.004222/01-happy-path.json' with { type: 'json' };
import membersCase from '../../../../../examples/scenarios/business-household-registration-1.001612/11-case-household-members.json' with { type: 'json' };
import minimalJson from '../../../../../test/fixtures/procedures/valid/minimal.json' with { type: 'json' };
import type { ProcedureSubmitDetail } from './procedure-form.events.js';
import type { MotcuaProcedureForm } from './procedure-form.js';
import { addItem, answer, answerFrom, attachRequired, completePage, completeQuestions, mountForm, pressContinue, removeItem, rootOf, settle, textOf, textsOf } from './test-harness.js';

const household = householdJson as unknown as Procedure;
const residence = residenceJson as unknown as Procedure;
const NOW = new Date('2026-03-02T08:00:00+07:00');
const MEMBERS = [{ fullName: 'Lê Thị Lan', citizenId: '001180023456' }, { fullName: 'Nguyễn Minh Đức', citizenId: '001205012345' }];

/** The minimal procedure with a list of nicknames (strings, at most 2) and a checkbox group of languages. */
const withScalarLists = (() => {
  const procedure = structuredClone(minimalJson) as unknown as Procedure;
  Object.assign(procedure.form.data.properties!, {
    aliases: { type: 'array', title: 'Tên gọi khác', maxItems: 2, items: { type: 'string', maxLength: 20 } },
    languages: { type: 'array', title: 'Ngôn ngữ', items: { type: 'string', enum: ['vi', 'en', 'fr'] } },
  });
  procedure.form.layout.pages[0]!.fields.push(
    { field: 'aliases', label: { vi: 'Các tên gọi khác (nếu có)', en: 'Other names (if any)' } },
    { field: 'languages', label: { vi: 'Ngôn ngữ sử dụng', en: 'Languages' }, options: [
      { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } }, { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } }, { value: 'fr', label: { vi: 'Tiếng Pháp', en: 'French' } },
    ] },
  );
  return procedure;
})();

/** Mounts business household registration and opens the family members page, founders being the family. */
async function membersPage(lang: string): Promise<MotcuaProcedureForm> {
  const el = await mountForm(household, lang, (form) => { form.now = () => NOW; form.endpoint = ''; });
  await completePage(el, { founder: 'household-members' });
  await answerFrom(el, membersCase.dossier.data);
  await pressContinue(el);
  await answerFrom(el, membersCase.dossier.data);
  await pressContinue(el);
  expect(el.currentStep).toBe('page:thanh-vien-ho-gia-dinh');
  return el;
}

const focused = (el: MotcuaProcedureForm) => rootOf(el).activeElement as HTMLElement | null;
const accessibleName = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

async function expectAxeClean(el: MotcuaProcedureForm, state: string): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('<motcua-procedure-form>: list questions ("add another")', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('shows a required list with its first item open: a fieldset named after the list, its item questions labelled', async () => {
    const el = await membersPage('vi');
    expect(textsOf(el, '[data-field=members] .list-item > legend')).toEqual(['Thành viên khác của hộ gia đình 1']);
    expect(textsOf(el, '[data-field=members] .list-item label')).toEqual(['Họ, chữ đệm và tên', 'Số định danh cá nhân']);
    expect(rootOf(el).querySelector('[name="members.0.citizenId"]')?.getAttribute('inputmode')).toBe('numeric'); // the citizen-id widget
    expect(rootOf(el).querySelector('[data-remove]')).toBeNull(); // minItems 1: the only item cannot be removed
    expect(accessibleName(rootOf(el).querySelector('[data-add=members]'))).toBe('Thêm mục mới (Các thành viên khác của hộ gia đình)');
  });

  it("labels item questions from the layout's itemFields in either language, with their hints; a property left out follows, labelled by its schema title", async () => {
    const el = await membersPage('en');
    expect(textsOf(el, '[data-field=members] .list-item label')).toEqual(['Full name', 'Personal identification number']);
    expect(textOf(el, '[data-field="members.0.citizenId"] .hint')).toBe('12 digits, shown on the identity card or in the VNeID app.');
    document.body.replaceChildren();
    localStorage.clear(); // no draft to resume

    const onlyId = structuredClone(household);
    const members = onlyId.form.layout.pages.flatMap((page) => page.fields).find((field) => field.field === 'members')!;
    members.itemFields = [members.itemFields!.find((entry) => entry.field === 'citizenId')!];
    const el2 = await mountForm(onlyId, 'en', (form) => { form.now = () => NOW; form.endpoint = ''; });
    await completePage(el2, { founder: 'household-members' });
    await answerFrom(el2, membersCase.dossier.data);
    await pressContinue(el2);
    await answerFrom(el2, membersCase.dossier.data);
    await pressContinue(el2);
    expect(textsOf(el2, '[data-field=members] .list-item label')).toEqual(['Personal identification number', 'Họ, chữ đệm và tên']);
  });

  it('adds an item and focuses its first question; removes one, says so and focuses the item that took its place', async () => {
    const el = await membersPage('en');
    await addItem(el, 'members');
    expect(textsOf(el, '.list-item > legend')).toEqual(['Other family member 1', 'Other family member 2']);
    expect(focused(el)?.getAttribute('name')).toBe('members.1.fullName');
    await answer(el, 'members.0.fullName', 'Lê Thị Lan');
    await answer(el, 'members.1.fullName', 'Nguyễn Minh Đức');
    expect(textsOf(el, '[data-remove]')).toEqual(['Remove Other family member 1', 'Remove Other family member 2']);
    await removeItem(el, 'members', 0);
    expect(textsOf(el, '.list-item > legend')).toEqual(['Other family member 1']);
    expect((rootOf(el).querySelector('[name="members.0.fullName"]') as HTMLInputElement).value).toBe('Nguyễn Minh Đức');
    expect(focused(el)?.getAttribute('name')).toBe('members.0.fullName');
    expect(textOf(el, '[role=status]')).toBe('Removed Other family member 1.');
    expect(el.value['members']).toEqual([{ fullName: 'Nguyễn Minh Đức' }]);
  });

  it('checks each item with the server rules, the summary naming the item and linking to its question', async () => {
    const el = await membersPage('vi');
    await addItem(el, 'members');
    await answer(el, 'members.1.citizenId', '12345');
    expect(textOf(el, '[data-error-for="members.1.citizenId"]')).toContain('Số định danh cá nhân phải gồm đúng 12 chữ số');
    await pressContinue(el);
    expect(focused(el)?.classList.contains('error-summary')).toBe(true);
    expect(textsOf(el, '.error-summary a')).toEqual([
      'Thành viên khác của hộ gia đình 1: Nhập họ, chữ đệm và tên',
      'Thành viên khác của hộ gia đình 1: Nhập số định danh cá nhân',
      'Thành viên khác của hộ gia đình 2: Nhập họ, chữ đệm và tên',
      'Thành viên khác của hộ gia đình 2: Số định danh cá nhân phải gồm đúng 12 chữ số, không có dấu cách hay chữ cái',
    ]);
    rootOf(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[3]!.click();
    await settle(el);
    expect(focused(el)?.getAttribute('name')).toBe('members.1.citizenId');
    expect(rootOf(el).querySelector('[name="members.1.citizenId"]')?.getAttribute('aria-describedby')).toContain('field-members.1.citizenId-error');
    await expectAxeClean(el, 'members with errors');
  });

  it('submits the list, shows each item on check answers, and keeps it in the draft', async () => {
    const data = { ...membersCase.dossier.data, members: MEMBERS };
    const el = await mountForm(household, 'vi', (form) => { form.now = () => NOW; form.endpoint = ''; });
    await completeQuestions(el, data);
    await attachRequired(el);
    await pressContinue(el);
    expect(el.currentStep).toBe('check');
    expect(textsOf(el, '[data-answer=members] li')).toEqual([
      'Họ, chữ đệm và tên: Lê Thị Lan; Số định danh cá nhân: 001180023456', 'Họ, chữ đệm và tên: Nguyễn Minh Đức; Số định danh cá nhân: 001205012345',
    ]);
    expect(textsOf(el, '[data-answer="household.businessLines"] li')).toHaveLength(1);
    const draft = JSON.parse(localStorage.getItem('motcua-draft:1.001612@' + household.version)!) as { data: { members: unknown } };
    expect(draft.data.members).toEqual(MEMBERS);
    const submitted = new Promise<ProcedureSubmitDetail>((resolve) => el.addEventListener('motcua-submit', (event) => {
      event.preventDefault();
      resolve((event as CustomEvent<ProcedureSubmitDetail>).detail);
    }, { once: true }));
    await pressContinue(el);
    const detail = await submitted;
    expect(detail.data['members']).toEqual(MEMBERS);
    expect(detail.data['household']).toMatchObject({ businessLines: membersCase.dossier.data.household.businessLines });

    const resumed = await mountForm(household, 'vi', (form) => { form.now = () => NOW; });
    rootOf(resumed).querySelector<HTMLButtonElement>('[data-draft=resume]')!.click();
    await settle(resumed);
    expect(resumed.value['members']).toEqual(MEMBERS);
  });

  it('starts an optional list empty, and after removing the last item focuses "Add another"', async () => {
    const el = await mountForm(residence, 'en', (form) => { form.now = () => NOW; });
    expect(el.currentStep).toBe('page:cho-o');
    await answerFrom(el, residenceHappy.dossier.data);
    await pressContinue(el);
    expect(el.currentStep).toBe('page:nguoi-dang-ky');
    expect(rootOf(el).querySelector('[data-field=companions] .list-item')).toBeNull();
    await addItem(el, 'companions');
    expect(textsOf(el, '.list-item > legend')).toEqual(['Family member registering with you 1']);
    expect(textsOf(el, '[data-field=companions] .list-item label')).toEqual(['Full name', 'Personal identification number', 'Relationship to the applicant (optional)']);
    await removeItem(el, 'companions', 0);
    expect(focused(el)?.dataset['add']).toBe('companions');
    expect(el.value['companions']).toBeUndefined();
    await expectAxeClean(el, 'empty optional list');
  });

  it('lists scalars as inputs up to maxItems, and enum lists as a checkbox group', async () => {
    const el = await mountForm(withScalarLists, 'vi', (form) => { form.now = () => NOW; });
    await addItem(el, 'aliases');
    expect(focused(el)?.getAttribute('name')).toBe('aliases.0');
    expect(textOf(el, 'label[for="field-aliases.0"]')).toBe('Tên gọi khác 1');
    await answer(el, 'aliases.0', 'Hoa');
    await addItem(el, 'aliases');
    await answer(el, 'aliases.1', 'x'.repeat(21));
    expect(rootOf(el).querySelector('[data-add=aliases]')).toBeNull(); // maxItems 2
    expect(textOf(el, '[data-error-for="aliases.1"]')).toContain('tối đa 20 ký tự');
    await answer(el, 'aliases.1', 'Bông');
    expect(textsOf(el, '[data-field=languages] .checkbox label')).toEqual(['Tiếng Việt', 'Tiếng Anh', 'Tiếng Pháp']);
    rootOf(el).querySelector<HTMLInputElement>('input[name=languages][value=fr]')!.click();
    rootOf(el).querySelector<HTMLInputElement>('input[name=languages][value=vi]')!.click();
    await settle(el);
    expect(el.value).toMatchObject({ aliases: ['Hoa', 'Bông'], languages: ['vi', 'fr'] });
    await expectAxeClean(el, 'scalar lists');
  });

  it('adds, fills and removes items with the keyboard only', async () => {
    const el = await membersPage('en');
    const add = rootOf(el).querySelector<HTMLButtonElement>('[data-add=members]')!;
    add.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.getAttribute('name')).toBe('members.1.fullName');
    await userEvent.keyboard('Nguyễn Minh Đức');
    await userEvent.tab();
    expect(focused(el)?.getAttribute('name')).toBe('members.1.citizenId');
    await userEvent.tab();
    expect(focused(el)?.dataset['remove']).toBe('1');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.getAttribute('name')).toBe('members.0.fullName');
    expect(textsOf(el, '.list-item > legend')).toEqual(['Other family member 1']);
  });
});
