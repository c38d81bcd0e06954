import { describe, expect, it } from 'vitest';
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Procedure } from '../generated/procedure.types.js';
import { listMissingComponents } from './list-missing-components.js';

const t = (id: string) => ({ vi: `Giấy ${id}`, en: `Paper ${id}` });
const component = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: t(id), originals: 1, copies: 0, required: true, ...extra });

const procedure = {
  components: [
    component('form'),
    component('birth-cert', { alternativeGroup: 'proof' }),
    component('witness', { alternativeGroup: 'proof' }),
    component('id-card', { waived: { source: 'population', when: { var: '$prefilled.citizenId' }, reason: { vi: 'Có trong CSDL dân cư', en: 'In the population database' } } }),
    component('marital', { waived: { source: 'civil-status', reason: { vi: 'Tra cứu điện tử', en: 'Looked up electronically' } } }),
    component('consent', { required: false, requiredWhen: { '==': [{ var: 'owner' }, false] } }),
    component('lease', { cases: ['rented'] }),
  ],
} as unknown as Procedure;

const env = (data: Record<string, unknown>, context: ExpressionEnvironment['context'] = {}): ExpressionEnvironment => ({ data, context });

describe('listMissingComponents', () => {
  it('lists required components, an alternative group once, and reports waived ones with their reason', () => {
    const report = listMissingComponents(procedure, env({}), []);
    expect(report.missing).toEqual([
      { id: 'form', title: t('form') },
      { id: 'proof', title: { vi: 'một trong: Giấy birth-cert; Giấy witness', en: 'one of: Paper birth-cert; Paper witness' }, alternatives: [{ id: 'birth-cert', title: t('birth-cert') }, { id: 'witness', title: t('witness') }] },
      { id: 'id-card', title: t('id-card') },
    ]);
    expect(report.waived).toEqual([{ id: 'marital', title: t('marital'), source: 'civil-status', reason: { vi: 'Tra cứu điện tử', en: 'Looked up electronically' } }]);
  });

  it('one alternative suffices; a registry record waives; requiredWhen and cases apply', () => {
    const report = listMissingComponents(procedure, env({ owner: false }, { prefilled: ['citizenId'], case: 'rented' }), ['form', 'witness']);
    expect(report.missing.map((c) => c.id)).toEqual(['consent', 'lease']);
    expect(report.waived.map((c) => c.id)).toEqual(['id-card', 'marital']);
    expect(listMissingComponents(procedure, env({ owner: true }, { prefilled: ['citizenId'], case: 'owned' }), ['form', 'birth-cert']).missing).toEqual([]);
  });
});
