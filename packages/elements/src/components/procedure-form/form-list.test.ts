import { readFileSync } from 'node:fs';
import { validateFormData, type Procedure } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { checkQuestion, expandQuestions, itemName, showList } from './form-list.js';
import { environmentOf, isRequired, pruneHidden, readPath, schemaAt, writePath, type FormAnswers } from './form-model.js';

const household = JSON.parse(readFileSync(new URL('../../../../../examples/procedures/business-household-registration-1.001612.json', import.meta.url), 'utf8')) as Procedure;
const householdMembers = JSON.parse(readFileSync(new URL('../../../../../test/fixtures/procedures/valid/household-members.json', import.meta.url), 'utf8')) as Procedure;
const residence = JSON.parse(readFileSync(new URL('../../../../../examples/procedures/permanent-residence-registration-1.004222.json', import.meta.url), 'utf8')) as Procedure;
const fieldOf = (procedure: Procedure, path: string) => procedure.form.layout.pages.flatMap((page) => page.fields).find((field) => field.field === path)!;
const contextOf = (procedure: Procedure, data: FormAnswers) => ({
  procedure, data, lang: 'vi' as const, env: environmentOf(procedure, data, { channel: 'online', documents: [], prefilled: [], now: new Date('2026-03-02T08:00:00+07:00') }),
});

describe('list questions', () => {
  it('reads, writes and pads list items by position, keeping emptied items until removed', () => {
    const data = writePath({}, 'members.1.fullName', 'Lê Thị Lan');
    expect(data).toEqual({ members: [{}, { fullName: 'Lê Thị Lan' }] });
    expect(readPath(data, 'members.1.fullName')).toBe('Lê Thị Lan');
    expect(writePath(data, 'members.1.fullName', undefined)).toEqual({ members: [{}, {}] });
    expect(writePath({}, 'aliases.1', 'Hoa')).toEqual({ aliases: ['', 'Hoa'] });
    expect(schemaAt(household.form, 'members.3.citizenId')).toMatchObject({ format: 'citizen-id' });
  });

  it('shows the minItems of a required list before any is added, and none of an optional one', () => {
    const members = fieldOf(household, 'members');
    const founders = contextOf(household, { founder: 'household-members' });
    expect(showList(founders, members)).toMatchObject({ fewest: 1, items: [[{ field: 'members.0.fullName' }, { field: 'members.0.citizenId' }]] });
    expect(showList(contextOf(residence, {}), fieldOf(residence, 'companions'))?.items).toEqual([]);
    expect(isRequired(household, { field: 'members.0.citizenId', label: { vi: '', en: '' } }, {}, founders.env)).toBe(true); // items' `required`
    expect(expandQuestions(founders, [members]).map((field) => field.field)).toEqual(['members', 'members.0.fullName', 'members.0.citizenId']);
  });

  it('names items by the list\'s itemLabel and their number', () => {
    expect(itemName(fieldOf(household, 'members'), 0)).toEqual({ vi: 'Thành viên khác của hộ gia đình 1', en: 'Other family member 1' });
    expect(itemName(fieldOf(residence, 'companions'), 2)).toEqual({ vi: 'Thành viên hộ gia đình cùng đăng ký 3', en: 'Family member registering with you 3' });
  });

  it('without an itemLabel, names items after the list, without its plural marker or "(if any)"', () => {
    const { itemLabel: _household, ...members } = fieldOf(household, 'members');
    const { itemLabel: _residence, ...companions } = fieldOf(residence, 'companions');
    expect(itemName(members, 0)).toEqual({ vi: 'Thành viên khác của hộ gia đình 1', en: 'Other family members 1' });
    expect(itemName(companions, 2)).toEqual({ vi: 'Thành viên hộ gia đình cùng đăng ký 3', en: 'Family members registering with you 3' });
  });

  it('checks each item at its own path, naming the item, with the rules validateFormData applies', () => {
    const data = { founder: 'household-members', members: [{ fullName: 'Lê Thị Lan', citizenId: '12345' }, {}] };
    const problems = checkQuestion(contextOf(household, data), fieldOf(household, 'members'));
    expect(problems.map(([path]) => path)).toEqual(['members.0.citizenId', 'members.1.fullName', 'members.1.citizenId']);
    expect(problems[1]![1]).toBe('Thành viên khác của hộ gia đình 2: Nhập họ, chữ đệm và tên');
    const server = validateFormData(household.form, data, { complete: true }).map((issue) => issue.path).filter((path) => path.startsWith('members.'));
    expect(server).toEqual(problems.map(([path]) => path));
  });

  it('decides item questions per item ($item) exactly as validateFormData does, and prunes the hidden ones', () => {
    const members = fieldOf(householdMembers, 'members');
    const items = ['spouse', 'other', undefined].flatMap((relationship) => [undefined, '', 'cháu'].map((relationshipOther) => ({ fullName: 'Lê Thị Lan', relationship, relationshipOther })));
    for (const first of items) {
      for (const second of items) {
        const data = JSON.parse(JSON.stringify({ fullName: 'Nguyễn Văn An', copies: 1, members: [first, second] })) as FormAnswers;
        const context = contextOf(householdMembers, data);
        const browser = checkQuestion(context, members).map(([path]) => path).sort();
        const server = validateFormData(householdMembers.form, data, { complete: true, env: context.env }).map((issue) => issue.path).sort();
        expect(browser, JSON.stringify(data)).toEqual(server);
        const shown = showList(context, members)!.items.map((fields) => fields.some((field) => field.field.endsWith('.relationshipOther')));
        expect(shown).toEqual([first.relationship === 'other', second.relationship === 'other']);
      }
    }
    const data = { members: [{ relationship: 'child', relationshipOther: 'cháu' }, { relationship: 'other', relationshipOther: 'cháu' }] };
    expect(pruneHidden(householdMembers, data, contextOf(householdMembers, data).env)).toEqual({ members: [{ relationship: 'child' }, { relationship: 'other', relationshipOther: 'cháu' }] });
  });
});
