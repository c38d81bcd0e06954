import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutField, LayoutItemField } from '../index.js';
import { validateProcedure } from './validate-procedure.js';

const minimalText = readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/minimal.json'), 'utf8');

/** The minimal procedure with a list of family members, asked with `itemFields`. */
function withMembers(itemFields: unknown, items: Record<string, unknown> = {}): Record<string, any> {
  const p = JSON.parse(minimalText) as Record<string, any>;
  p.form.data.properties.members = {
    type: 'array',
    items: {
      type: 'object',
      required: ['fullName'],
      properties: {
        fullName: { type: 'string', minLength: 1 },
        citizenId: { type: 'string', format: 'citizen-id' },
        relationship: { type: 'string', enum: ['spouse', 'child'] },
        address: { type: 'object', format: 'vn-address', properties: { unitCode: { type: 'string' } } },
        ...items,
      },
    },
  };
  p.form.layout.pages[0].fields.push({ field: 'members', label: { vi: 'Thành viên', en: 'Members' }, itemFields });
  return p;
}

const label = (vi: string, en: string) => ({ vi, en });
const errorsOf = (p: unknown) => validateProcedure(p).errors.map((e) => [e.code, e.pointer, e.params]);
const AT = '/form/layout/pages/0/fields/4/itemFields';

describe('itemFields: the questions inside each item of a list', () => {
  it('accepts bilingual labels, hints, fitting widgets and option labels for item properties, in any order and not all of them', () => {
    const itemFields: LayoutItemField[] = [
      { field: 'citizenId', label: label('Số định danh cá nhân', 'Personal ID number'), help: label('12 chữ số', '12 digits'), widget: 'citizen-id' },
      { field: 'relationship', label: label('Quan hệ', 'Relationship'), widget: 'radio', options: [{ value: 'spouse', label: label('Vợ/chồng', 'Spouse') }, { value: 'child', label: label('Con', 'Child') }] },
      { field: 'address', label: label('Nơi cư trú', 'Residence'), widget: 'address' },
    ];
    const result = validateProcedure(withMembers(itemFields));
    expect(result).toMatchObject({ valid: true, errors: [] });
    const members = (result.value as { form: { layout: { pages: { fields: LayoutField[] }[] } } }).form.layout.pages[0]!.fields[4]!;
    expect(members.itemFields?.map((item) => item.field)).toEqual(['citizenId', 'relationship', 'address']);
  });

  it('refuses itemFields on a field that is no list of objects, naming its type', () => {
    const strings = withMembers([{ field: 'fullName', label: label('Họ tên', 'Name') }]);
    strings.form.data.properties.members.items = { type: 'string' };
    const object = JSON.parse(minimalText) as Record<string, any>;
    object.form.layout.pages[0].fields[3].itemFields = [{ field: 'x', label: label('X', 'X') }];
    expect(errorsOf(strings)).toEqual([['form.item-fields-not-list', AT, { field: 'members', type: 'array of string' }]]);
    expect(errorsOf(object)).toEqual([['form.item-fields-not-list', '/form/layout/pages/0/fields/3/itemFields', { field: 'urgent', type: 'boolean' }]]);
    expect(validateProcedure(strings).errors[0]!.message.en).toBe('Field "members" is of type array of string, not a list of objects, so it has no questions inside items.');
  });

  it('takes an itemLabel on a list, of objects or not, and refuses it on anything else, naming its type', () => {
    const named = withMembers([{ field: 'fullName', label: label('Họ tên', 'Name') }]);
    named.form.layout.pages[0].fields[4].itemLabel = label('Thành viên', 'Member');
    expect(errorsOf(named)).toEqual([]);
    const strings = withMembers(undefined);
    delete strings.form.layout.pages[0].fields[4].itemFields;
    strings.form.data.properties.members.items = { type: 'string' };
    strings.form.layout.pages[0].fields[4].itemLabel = label('Tên gọi khác', 'Other name');
    expect(errorsOf(strings)).toEqual([]);
    const single = JSON.parse(minimalText) as Record<string, any>;
    single.form.layout.pages[0].fields[3].itemLabel = label('Khẩn', 'Urgent');
    expect(errorsOf(single)).toEqual([['form.item-label-not-list', '/form/layout/pages/0/fields/3/itemLabel', { field: 'urgent', type: 'boolean' }]]);
    const [issue] = validateProcedure(single).errors;
    expect(issue!.message.en).toBe('Field "urgent" is of type boolean, not a list, so it has no items to name.');
    expect(issue!.hint!.en).toBe('Remove itemLabel, or declare the field as an array (type: array).');
  });

  it('reports every item mistake at once: unknown property with did-you-mean, a repeat, a misfit widget, an option outside the enum', () => {
    const p = withMembers([
      { field: 'fulName', label: label('Họ tên', 'Name') },
      { field: 'citizenId', label: label('Số định danh', 'ID'), widget: 'tax-code' },
      { field: 'relationship', label: label('Quan hệ', 'Relationship'), options: [{ value: 'parent', label: label('Cha/mẹ', 'Parent') }] },
      { field: 'citizenId', label: label('Số CCCD', 'ID card'), widget: 'citizen-id' },
      { field: 'address', label: label('Nơi cư trú', 'Residence'), widget: 'text' },
    ]);
    expect(errorsOf(p)).toEqual([
      ['ref.unknown-item-property', `${AT}/0/field`, { name: 'fulName', suggestion: 'fullName' }],
      ['form.widget-mismatch', `${AT}/1/widget`, { widget: 'tax-code', type: 'string' }],
      ['form.option-not-in-enum', `${AT}/2/options/0/value`, { value: 'parent' }],
      ['form.item-field-repeated', `${AT}/3/field`, { field: 'citizenId', first: `${AT}/1` }],
      ['form.widget-mismatch', `${AT}/4/widget`, { widget: 'text', type: 'object' }],
    ]);
    const [unknown] = validateProcedure(p).errors;
    expect(unknown!.hint).toEqual({ vi: 'Có phải ý bạn là "fullName"?', en: 'Did you mean "fullName"?' });
  });

  it('tells an author who gives a list a widget to drop it, since a list is asked through its itemFields', () => {
    const p = withMembers([{ field: 'fullName', label: label('Họ tên', 'Name') }]);
    p.form.layout.pages[0].fields[4].widget = 'select';
    const [issue] = validateProcedure(p).errors;
    expect([issue!.code, issue!.pointer]).toEqual(['form.widget-mismatch', '/form/layout/pages/0/fields/4/widget']);
    expect(issue!.hint).toEqual({ vi: 'Bỏ "widget": danh sách được hiển thị theo itemFields.', en: 'Remove "widget": a list is shown through its itemFields.' });
  });

  it('lists the item properties when a name is nowhere near, and refuses dot paths inside items', () => {
    const far = validateProcedure(withMembers([{ field: 'xyz', label: label('X', 'X') }])).errors[0]!;
    expect(far.hint!.en).toBe('Declared: fullName, citizenId, relationship, address.');
    expect(errorsOf(withMembers([{ field: 'members.fullName', label: label('Họ tên', 'Name') }]))).toEqual([
      ['schema.pattern', `${AT}/0/field`, { pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }],
    ]);
  });
});
