import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../expression/index.js';
import type { Procedure } from '../types.js';
import { validateFormData } from './validate-form-data.js';

const procedure = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../test/fixtures/procedures/valid/household-members.json'), 'utf8')) as Procedure;
const base = { fullName: 'Nguyễn Văn An', copies: 1 };
const complete = (data: Record<string, unknown>) => validateFormData(procedure.form, data, { complete: true, env: { data } }).map((i) => [i.path, i.message.en]);

describe('validateFormData: conditions of questions inside list items', () => {
  it('judges each item on its own: required where the item\'s condition holds, not where it does not', () => {
    const data = { ...base, members: [{ fullName: 'Trần Thị Bình', relationship: 'other' }, { fullName: 'Nguyễn Văn Cường', relationship: 'child' }] };
    expect(complete(data)).toEqual([['members.0.relationshipOther', 'is required in this case']]);
    const answered = { ...base, members: [{ fullName: 'Trần Thị Bình', relationship: 'other', relationshipOther: 'cháu' }, { fullName: 'Nguyễn Văn Cường', relationship: 'child' }] };
    expect(complete(answered)).toEqual([]);
  });

  it('treats a hidden item question as a hidden top-level one: not required, and its answer still shape-checked', () => {
    const hiddenPage = structuredClone(procedure);
    hiddenPage.form.layout.pages[0]!.fields[4]!.visibleWhen = false;
    const data = { ...base, members: [{ fullName: 'Trần Thị Bình', relationship: 'other' }] };
    expect(complete(data)).toHaveLength(1);
    expect(validateFormData(hiddenPage.form, data, { complete: true, env: { data } })).toEqual([]);
    const tooLong = { ...base, members: [{ fullName: 'Trần Thị Bình', relationship: 'child', relationshipOther: 'x'.repeat(101) }] };
    expect(complete(tooLong)).toEqual([['members.0.relationshipOther', 'at most 100 characters']]);
  });

  it('evaluates $item against the item given in the environment, and reads null without one', () => {
    const other = { '==': [{ var: '$item.relationship' }, 'other'] };
    expect(evaluateCondition(other, { data: {}, item: { relationship: 'other' } })).toBe(true);
    expect(evaluateCondition(other, { data: {}, item: { relationship: 'child' } })).toBe(false);
    expect(evaluateCondition({ '==': [{ var: '$item.relationship' }, null] }, { data: { relationship: 'other' } })).toBe(true);
  });
});
