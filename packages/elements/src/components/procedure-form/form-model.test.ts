import { readFileSync } from 'node:fs';
import type { Procedure } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { findDraft, saveDraft } from './form-draft.js';
import { collectDefaults, environmentOf, isRequired, pruneHidden, readPath, visibleFields, writePath } from './form-model.js';
import { prefillRequests } from './form-prefill.js';

const birth = JSON.parse(readFileSync(new URL('../../../../../examples/procedures/birth-registration-1.001193.json', import.meta.url), 'utf8')) as Procedure;
const facts = { channel: 'online' as const, documents: [], prefilled: [], now: new Date('2026-02-20T09:00:00+07:00') };
const fatherPage = birth.form.layout.pages.find((page) => page.id === 'father')!;

describe('form model', () => {
  it('reads and writes dotted paths without mutating, dropping emptied objects', () => {
    const data = writePath({}, 'mother.residence.unitCode', '00070');
    expect(data).toEqual({ mother: { residence: { unitCode: '00070' } } });
    expect(readPath(data, 'mother.residence.unitCode')).toBe('00070');
    expect(writePath(data, 'mother.residence.unitCode', undefined)).toEqual({});
    expect(data).toEqual({ mother: { residence: { unitCode: '00070' } } });
  });

  it('starts from the defaults of form.data', () => {
    expect(collectDefaults(birth.form.data)).toEqual({
      child: { nationality: 'Việt Nam' }, bornThroughSurrogacy: false, mother: { nationality: 'Việt Nam' }, fatherUndetermined: false,
      father: { nationality: 'Việt Nam' }, feeExemptGroup: 'none', extraCopies: 0,
    });
  });

  it('hides, prunes and un-requires the father questions when the father is not determined', () => {
    const data = { fatherUndetermined: true, father: { fullName: 'Trần Văn Bình' } };
    const env = environmentOf(birth, data, facts);
    expect(visibleFields(fatherPage, env).map((field) => field.field)).toEqual(['fatherUndetermined']);
    expect(pruneHidden(birth, data, env)).toEqual({ fatherUndetermined: true });
    const shown = environmentOf(birth, { fatherUndetermined: false }, facts);
    expect(isRequired(birth, fatherPage.fields[1]!, {}, shown)).toBe(true); // requiredWhen
    expect(isRequired(birth, fatherPage.fields[3]!, {}, shown)).toBe(false); // father.citizenId: optional
  });

  it('asks for prefill by the applicant at once and by an ID number once it is plausible', () => {
    const rules = birth.prefill!;
    expect(prefillRequests('1.001193@1.0.0', rules, {}, null)).toEqual([]);
    expect(prefillRequests('1.001193@1.0.0', rules, {}, { citizenId: '001194000004' }).map((r) => r.field)).toEqual(['requester.fullName', 'requester.dateOfBirth']);
    expect(prefillRequests('1.001193@1.0.0', rules, { mother: { citizenId: '0011' } }, null, 'mother.citizenId')).toEqual([]);
    expect(prefillRequests('1.001193@1.0.0', rules, { mother: { citizenId: '001194000004' } }, null, 'mother.citizenId').map((r) => r.field)).toEqual(['mother.residence']);
  });
});

describe('drafts', () => {
  const memory = (): Storage => {
    const items = new Map<string, string>();
    return {
      get length() { return items.size; }, clear: () => items.clear(), getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null, removeItem: (key) => { items.delete(key); }, setItem: (key, value) => { items.set(key, value); },
    };
  };

  it('finds its own version, and tells another version apart', () => {
    const storage = memory();
    expect(findDraft(storage, 'motcua-draft:1.001193@1.0.0', '1.001193@1.0.0')).toEqual({ kind: 'none' });
    saveDraft(storage, 'motcua-draft:1.001193@1.0.0', { procedure: '1.001193@1.0.0', data: { a: 1 }, completed: ['child'], savedAt: 'now' });
    expect(findDraft(storage, 'motcua-draft:1.001193@1.0.0', '1.001193@1.0.0')).toMatchObject({ kind: 'found', draft: { data: { a: 1 }, completed: ['child'] } });
    expect(findDraft(storage, 'motcua-draft:1.001193@2.0.0', '1.001193@2.0.0')).toEqual({ kind: 'other-version', version: '1.0.0' });
    storage.setItem('motcua-draft:1.001193@2.0.0', 'not json');
    expect(findDraft(storage, 'motcua-draft:1.001193@2.0.0', '1.001193@2.0.0')).toEqual({ kind: 'other-version', version: '1.0.0' });
    expect(findDraft(null, 'k', '1.001193@1.0.0')).toEqual({ kind: 'none' });
  });
});
