import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcedure, type DossierCommand } from '../compile/index.js';
import { createDossierRuntime, type DossierState } from './index.js';

const root = path.resolve(import.meta.dirname, '../../../..');
const permit = JSON.parse(readFileSync(path.join(root, 'examples/procedures/building-permit-detached-house.json'), 'utf8'));

const investor = { id: 'inv-1', role: 'applicant' };
const desk = { id: 'mc-1', role: 'cong-chuc-mot-cua' };
const engineer = { id: 'xd-1', role: 'chuyen-vien-xay-dung' };
const chairman = { id: 'ct-1', role: 'chu-tich-ubnd-xa' };

const data = {
  investor: { fullName: 'Lê Văn Cường', citizenId: '001090000123', phone: '0987654321', address: { unitCode: '00007', line: '5 Hàng Bạc' } },
  site: {
    address: { unitCode: '00007', line: 'Thửa 12, tờ 3' }, parcelNumber: '12', mapSheetNumber: '3', landArea: 80,
    landCertificateNumber: 'CS 123456', hasAdjacentBuildings: true,
  },
  building: { floors: 4, basement: false, footprintArea: 70, totalFloorArea: 280, height: 15 },
};
const documents = ['don-de-nghi', 'giay-to-quyen-su-dung-dat', 'ban-ve-thiet-ke', 'cam-ket-an-toan-lien-ke'];

function setup() {
  const runtime = createDossierRuntime(compileProcedure(permit), { generateId: () => 'gpxd-1' });
  const ok = (state: DossierState, command: DossierCommand) => {
    const result = runtime.send(state, command);
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code} ${result.rejection.message.en}`);
    return result;
  };
  const receive = (at: string) => {
    const draft = runtime.create({ channel: 'in-person', at, data });
    const submitted = ok(draft, { type: 'SUBMIT', actor: investor, at, documents }).state;
    return ok(submitted, { type: 'tiep-nhan.tiep-nhan', actor: desk, at }).state;
  };
  return { runtime, ok, receive };
}

describe('building permit for a detached house', () => {
  it('asks for the neighbours safety commitment only when there are adjacent buildings', () => {
    const { runtime } = setup();
    const alone = runtime.create({ channel: 'in-person', at: '2026-03-02T09:00:00+07:00', data: { ...data, site: { ...data.site, hasAdjacentBuildings: false } } });
    expect(runtime.missingComponents(alone).missing.map((c) => c.id)).toEqual(['don-de-nghi', 'giay-to-quyen-su-dung-dat', 'ban-ve-thiet-ke']);
    const next = runtime.create({ channel: 'in-person', at: '2026-03-02T09:00:00+07:00', data });
    expect(runtime.missingComponents(next).missing.map((c) => c.id)).toContain('cam-ket-an-toan-lien-ke');
  });

  it('counts 15 calendar days and moves a due day off the weekend (Law on Construction Art. 102)', () => {
    const { runtime, receive } = setup();
    expect(runtime.dueDate(receive('2026-03-02T09:00:00+07:00'))).toBe('2026-03-17T17:00:00+07:00');
    // Friday 06/03 + 15 days = Saturday 21/03 → Monday 23/03.
    expect(runtime.dueDate(receive('2026-03-06T09:00:00+07:00'))).toBe('2026-03-23T17:00:00+07:00');
  });

  it('runs appraisal → consultation → approval → result, with the drawings attached to the submission', () => {
    const { runtime, ok, receive } = setup();
    let state = receive('2026-03-02T09:00:00+07:00');
    state = ok(state, { type: 'tham-dinh.lay-y-kien', actor: engineer, at: '2026-03-03T09:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'lay-y-kien', code: 4 });
    const noAttachment = runtime.send(state, { type: 'lay-y-kien.trinh-cap-phep', actor: engineer, at: '2026-03-05T09:00:00+07:00' });
    expect(!noAttachment.ok && noAttachment.rejection).toMatchObject({ code: 'missing-requirement', requirement: 'attachment' });
    state = ok(state, { type: 'lay-y-kien.trinh-cap-phep', actor: engineer, at: '2026-03-05T09:00:00+07:00', attachments: ['to-trinh-01.pdf'] }).state;
    state = ok(state, { type: 'phe-duyet.cap-phep', actor: chairman, at: '2026-03-06T09:00:00+07:00' }).state;
    state = ok(state, { type: 'HANDOVER', actor: desk, at: '2026-03-09T09:00:00+07:00' }).state;
    expect(runtime.status(state)).toMatchObject({ state: 'returned', code: 10 });
    expect(runtime.feesDue(state).total).toBe(75000);
  });

  it('allows one extension of at most 10 days', () => {
    const { runtime, ok, receive } = setup();
    const state = receive('2026-03-02T09:00:00+07:00');
    const tooFar = runtime.send(state, { type: 'EXTEND', actor: engineer, at: '2026-03-16T09:00:00+07:00', newDueDate: '2026-03-30', reason: 'Chờ ý kiến cơ quan PCCC' });
    expect(!tooFar.ok && tooFar.rejection).toMatchObject({ code: 'invalid-data', issues: [{ path: 'newDueDate' }] });
    const extended = ok(state, { type: 'EXTEND', actor: engineer, at: '2026-03-16T09:00:00+07:00', newDueDate: '2026-03-27', reason: 'Chờ ý kiến cơ quan PCCC' });
    expect(runtime.dueDate(extended.state)).toBe('2026-03-27T17:00:00+07:00');
    expect(runtime.dueness(extended.state, '2026-03-18T09:00:00+07:00')).toBe('on-track');
    const again = runtime.send(extended.state, { type: 'EXTEND', actor: chairman, at: '2026-03-20T09:00:00+07:00', newDueDate: '2026-03-27T16:00:00+07:00', reason: 'x' });
    expect(!again.ok && again.rejection.code).toBe('extension-used');
  });

  it('refuses at appraisal (after reception) and at approval', () => {
    const { runtime, ok, receive } = setup();
    const state = receive('2026-03-02T09:00:00+07:00');
    const refused = ok(state, { type: 'tham-dinh.tu-choi', actor: engineer, at: '2026-03-04T09:00:00+07:00', reason: 'Không phù hợp quy hoạch' }).state;
    expect(runtime.status(refused)).toMatchObject({ state: 'refused', code: 10 });
    const atApproval = ok(ok(state, { type: 'tham-dinh.trinh-cap-phep', actor: engineer, at: '2026-03-04T09:00:00+07:00', attachments: ['to-trinh.pdf'] }).state,
      { type: 'phe-duyet.tu-choi', actor: chairman, at: '2026-03-05T09:00:00+07:00', reason: 'Vượt chiều cao cho phép' }).state;
    expect(runtime.status(atApproval).state).toBe('refused');
  });

  it('a supplement asked for at appraisal returns to appraisal with the term counted afresh', () => {
    const { runtime, ok, receive } = setup();
    const state = ok(receive('2026-03-02T09:00:00+07:00'), { type: 'tham-dinh.yeu-cau-bo-sung', actor: engineer, at: '2026-03-03T09:00:00+07:00', missingComponents: ['ban-ve-thiet-ke'], reason: 'Bản vẽ thiếu mặt cắt' }).state;
    expect(state.context.request).toMatchObject({ step: 'tham-dinh', components: ['ban-ve-thiet-ke'], reason: 'Bản vẽ thiếu mặt cắt' });
    const back = ok(state, { type: 'SUPPLEMENT', actor: investor, at: '2026-03-10T09:00:00+07:00', documents: ['ban-ve-thiet-ke'] }).state;
    expect(runtime.status(back).state).toBe('tham-dinh');
    expect(runtime.dueDate(back)).toBe('2026-03-25T17:00:00+07:00');
  });
});
