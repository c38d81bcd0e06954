import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type ChannelKind } from '../compile/index.js';
import { createDossierRuntime } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, 'examples/procedures', file), 'utf8'));

function feesOf(file: string, data: Record<string, unknown>, channel: ChannelKind = 'in-person') {
  const runtime = createDossierRuntime(compileProcedure(read(file)), { generateId: () => 'fee-1' });
  return runtime.feesDue(runtime.create({ channel, at: '2026-03-02T08:00:00+07:00', data }));
}

describe('feesDue', () => {
  it('certified copy: per page with tiers (2,000 VND for pages 1–2, 1,000 from page 3), capped at 200,000 VND (Circular 226/2016)', () => {
    const fee = (pageCount: number) => feesOf('certified-copy-2.000815.json', { document: { title: 'Bằng', pageCount } }).total;
    expect(fee(1)).toBe(2000);
    expect(fee(2)).toBe(4000);
    expect(fee(5)).toBe(7000);
    expect(fee(300)).toBe(200000);
    expect(feesOf('certified-copy-2.000815.json', { document: { title: 'Bằng', pageCount: 5 } }).items[0]).toMatchObject({ per: 'page', quantity: 5, amount: 7000, exempt: false });
    // Nothing counted yet: nothing owed.
    expect(fee(0)).toBe(0);
  });

  it('judicial record: the full fee is exempt for students, who pay the reduced fee instead (`exemptWhen` and `when`)', () => {
    const full = feesOf('judicial-record-certificate.json', { feeGroup: 'standard' });
    expect(full.items.map((f) => [f.id, f.amount])).toEqual([['phi-lltp', 200000]]);
    const student = feesOf('judicial-record-certificate.json', { feeGroup: 'student' });
    expect(student.items.map((f) => [f.id, f.exempt, f.amount, f.grossAmount])).toEqual([['phi-lltp', true, 0, 200000], ['phi-lltp-giam', false, 100000, 100000]]);
    expect(student.total).toBe(100000);
  });

  it('permanent residence: the charge depends on the channel', () => {
    expect(feesOf('permanent-residence-registration-1.004222.json', {}, 'in-person')).toMatchObject({ total: 20000, items: [{ id: 'le-phi-truc-tiep' }] });
    expect(feesOf('permanent-residence-registration-1.004222.json', {}, 'online')).toMatchObject({ total: 10000, items: [{ id: 'le-phi-truc-tuyen' }] });
  });

  it('amounts are whole đồng, in VND', () => {
    const fees = feesOf('building-permit-detached-house.json', {});
    expect(fees).toMatchObject({ currency: 'VND', total: 75000 });
    expect(Number.isInteger(fees.total)).toBe(true);
  });
});
