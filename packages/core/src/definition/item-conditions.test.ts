import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProcedure } from './validate-procedure.js';

const fixture = readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/household-members.json'), 'utf8');
const AT = '/form/layout/pages/0/fields/4/itemFields/2';

/** The household-members fixture with the "describe the relationship" question's conditions replaced. */
function withConditions(conditions: Record<string, unknown>): Record<string, any> {
  const p = JSON.parse(fixture) as Record<string, any>;
  Object.assign(p.form.layout.pages[0].fields[4].itemFields[2], conditions);
  return p;
}

const errorsOf = (p: unknown) => validateProcedure(p).errors.map((e) => [e.code, e.pointer, e.params]);

describe('conditions of questions inside list items ($item)', () => {
  it('accepts item conditions that read the item and the form data together', () => {
    expect(validateProcedure(JSON.parse(fixture))).toMatchObject({ valid: true, errors: [] });
    const mixed = withConditions({ requiredWhen: { and: [{ '==': [{ var: '$item.relationship' }, 'other'] }, { var: 'urgent' }] } });
    expect(validateProcedure(mixed)).toMatchObject({ valid: true, errors: [] });
  });

  it('reports an unknown item property with a did-you-mean, or the list of properties', () => {
    const typo = withConditions({ visibleWhen: { '==': [{ var: '$item.relationshp' }, 'other'] } });
    expect(errorsOf(typo)).toEqual([
      ['expression.unknown-item-property', `${AT}/visibleWhen/==/0/var`, { property: 'relationshp', list: 'members', known: ['fullName', 'relationship', 'relationshipOther'], suggestion: 'relationship' }],
    ]);
    const [issue] = validateProcedure(typo).errors;
    expect(issue!.message.en).toBe(`${AT}/visibleWhen/==/0/var: the items of list "members" have no property "relationshp".`);
    expect(issue!.hint).toEqual({ vi: 'Có phải ý bạn là "relationship"?', en: 'Did you mean "relationship"?' });
    const far = validateProcedure(withConditions({ visibleWhen: { var: '$item.zzz' } })).errors[0]!;
    expect(far.hint!.vi).toBe('Các thuộc tính của phần tử: fullName, relationship, relationshipOther.');
  });

  it('checks item properties\' types and allowed values as it does top-level fields', () => {
    expect(errorsOf(withConditions({ requiredWhen: { '>': [{ var: '$item.relationship' }, 3] } }))).toEqual([
      ['expression.type-mismatch', `${AT}/requiredWhen/>/1`, { operator: '>', expected: ['string'], found: 'number', value: 3 }],
    ]);
    expect(errorsOf(withConditions({ visibleWhen: { '==': [{ var: '$item.relationship' }, 'others'] } }))).toEqual([
      ['expression.enum-mismatch', `${AT}/visibleWhen/==/1`, { field: '$item.relationship', value: 'others', allowed: ['spouse', 'child', 'other'], suggestion: 'other' }],
    ]);
  });

  it('refuses $item outside the conditions of itemFields, saying where and how to fix it', () => {
    const p = JSON.parse(fixture) as Record<string, any>;
    p.form.layout.pages[0].fields[4].visibleWhen = { '==': [{ var: '$item.relationship' }, 'other'] };
    p.components[1].requiredWhen = { var: '$item.relationship' };
    expect(errorsOf(p)).toEqual([
      ['expression.item-outside-list', '/form/layout/pages/0/fields/4/visibleWhen/==/0/var', { variable: '$item.relationship' }],
      ['expression.item-outside-list', '/components/1/requiredWhen/var', { variable: '$item.relationship' }],
    ]);
    const [issue] = validateProcedure(p).errors;
    expect(issue!.message.en).toBe('/form/layout/pages/0/fields/4/visibleWhen/==/0/var: "$item.relationship" reads the list item being entered, so it is only allowed in the visibleWhen/requiredWhen of itemFields.');
    expect(issue!.hint!.en).toBe('Move the condition into the list\'s itemFields, or read one item by its index, e.g. {"var": "members.0.relationship"}.');
    expect(issue!.hint!.vi).toMatch(/^Chuyển điều kiện vào itemFields/);
  });
});
