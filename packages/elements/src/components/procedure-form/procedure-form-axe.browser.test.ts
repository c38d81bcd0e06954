import type { Procedure } from '@motcua/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import birthJson from '../../../../../examples/procedures/birth-registration-1.001193.json' with { type: 'json' };
import type { MotcuaProcedureForm } from './procedure-form.js';
import { BIRTH_ANSWERS, chooseFile, completePage, fakeFetch, jsonResponse, makeFile, mountForm, pressContinue, settle } from './test-harness.js';

const birth = birthJson as unknown as Procedure;
const NOW = new Date('2026-02-20T09:00:00+07:00');

async function expectAxeClean(el: MotcuaProcedureForm, state: string): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.each(['vi', 'en'])('<motcua-procedure-form> birth registration is axe clean in %s', (lang) => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('on every page, with errors, documents, fees, check answers and the receipt', async () => {
    const { fetch } = fakeFetch((request) => (request.url.endsWith('/dossiers')
      ? jsonResponse(201, { code: '000.00.31.H29-260223-0001', accessToken: 'tok-1', dueAt: '2026-02-23T17:00:00+07:00' })
      : jsonResponse(201, {})));
    const el = await mountForm(birth, lang, (form) => {
      form.now = () => NOW;
      form.fetch = fetch;
      form.agency = '000.00.31.H29';
      form.applicant = { citizenId: '001194000004' };
      form.prefillProvider = async (request) => (request.attribute === 'fullName' ? 'Lê Thị Hoa' : request.attribute === 'dateOfBirth' ? '1994-02-02' : undefined);
    });
    await expectAxeClean(el, 'tasks');
    await pressContinue(el);
    await pressContinue(el); // every error shown
    await expectAxeClean(el, 'child with errors');
    for (const page of Object.keys(BIRTH_ANSWERS) as (keyof typeof BIRTH_ANSWERS)[]) {
      await expectAxeClean(el, `page ${page}`);
      await completePage(el, BIRTH_ANSWERS[page]);
    }
    expect(el.currentStep).toBe('components');
    await chooseFile(el, 'giay-chung-sinh', makeFile('giay-chung-sinh.pdf', 'text', 'application/pdf')); // refused
    await expectAxeClean(el, 'components with an upload error');
    for (const id of ['giay-chung-sinh', 'giay-to-cu-tru']) await chooseFile(el, id, makeFile(`${id}.pdf`, 'pdf'));
    await expectAxeClean(el, 'components');
    await pressContinue(el);
    await expectAxeClean(el, 'fees');
    await pressContinue(el);
    await expectAxeClean(el, 'check answers');
    await pressContinue(el);
    await settle(el);
    expect(el.currentStep).toBe('receipt');
    await expectAxeClean(el, 'receipt');
  });

  it('on the resume-draft screen', async () => {
    localStorage.setItem('motcua-draft:1.001193@1.0.0', JSON.stringify({ procedure: '1.001193@1.0.0', data: {}, completed: [], savedAt: NOW.toISOString() }));
    const el = await mountForm(birth, lang, (form) => { form.now = () => NOW; });
    expect(el.currentStep).toBe('resume');
    await expectAxeClean(el, 'resume');
  });
});
