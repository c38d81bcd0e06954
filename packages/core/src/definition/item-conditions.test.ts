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

  it('refuses an item question shown under a condition whose property the item schema requires: hidden, it could never be answered', () => {
    const p = withConditions({});
    p.form.data.properties.members.items.required.push('relationshipOther');
    expect(errorsOf(p)).toEqual([['form.required-but-conditional', `${AT}/visibleWhen`, { field: 'members.*.relationshipOther' }]]);
    const [issue] = validateProcedure(p).errors;
    expect(issue!.message.en).toBe('Field "members.*.relationshipOther" is required, but its question shows only when this condition holds: while hidden it cannot be answered, so the dossier cannot be submitted.');
    expect(issue!.hint).toEqual({
      vi: 'Bỏ "members.*.relationshipOther" khỏi required và cho câu hỏi requiredWhen với cùng điều kiện.',
      en: 'Drop "members.*.relationshipOther" from required and give the question a requiredWhen with the same condition.',
    });
  });

  it('reports an unknown item property as an unknown field, suggesting the item\'s closest property', () => {
    const typo = withConditions({ visibleWhen: { '==': [{ var: '$item.relationshp' }, 'other'] } });
    expect(errorsOf(typo)).toEqual([
      ['expression.unknown-field', `${AT}/visibleWhen/==/0/var`, { field: '$item.relationshp', suggestion: '$item.relationship' }],
    ]);
    const [issue] = validateProcedure(typo).errors;
    expect(issue!.message.en).toBe(`${AT}/visibleWhen/==/0/var: field "$item.relationshp" is not in the procedure's form.`);
    expect(issue!.hint).toEqual({ vi: 'Có phải ý bạn là "$item.relationship"?', en: 'Did you mean "$item.relationship"?' });
    // A top-level field of the same name is not an item property.
    expect(errorsOf(withConditions({ visibleWhen: { var: '$item.urgent' } }))).toMatchObject([['expression.unknown-field', `${AT}/visibleWhen/var`, { field: '$item.urgent' }]]);
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
    expect(issue!.message.en).toBe('/form/layout/pages/0/fields/4/visibleWhen/==/0/var: "$item.relationship" is only allowed in the visibleWhen/requiredWhen of itemFields.');
    expect(issue!.hint!.en).toBe('Move the condition into itemFields, or read one item by index: {"var": "members.0.relationship"}.');
    expect(issue!.hint!.vi).toMatch(/^Chuyển điều kiện vào itemFields/);
  });
});
