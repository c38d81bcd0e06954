import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { defineOfficialForm } from './define.js';
import { handoverResult } from './forms-05-06.js';
import type { OfficialFormDossier } from './official-form-data.js';
import { OFFICIAL_FORMS, officialFormNumbers } from './official-form-editions.js';
import { OFFICIAL_FORM_NUMBERS } from './official-form-parts.js';
import { fixtureAgency, fixtureDossier, fixtureProcedure, fixtureWithdrawnDossier, FIXTURE_CODE } from './official-form.fixtures.js';
import type { MotcuaOfficialForm } from './official-form.js';
import { formatVnDate, formatVnDateLine, formatVnDateTime } from './vn-dates.js';

const NOW = new Date('2026-02-20T15:00:00+07:00');

async function mount(form: string, dossier: OfficialFormDossier | null = fixtureDossier(), lang = 'vi', extra: Partial<MotcuaOfficialForm> = {}) {
  const container = document.createElement('div');
  container.lang = lang;
  const el = document.createElement('motcua-official-form');
  Object.assign(el, { form, dossier, procedure: fixtureProcedure, agency: fixtureAgency, now: () => NOW, ...extra });
  container.append(el);
  document.body.append(container);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}
const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

async function expectAxeClean(el: HTMLElement): Promise<void> {
  const results = await axe.run(el);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('Vietnamese official dates', () => {
  it('writes dd/mm/yyyy, hours and the date line in Vietnam time', () => {
    expect(formatVnDate('2026-02-23T17:00:00+07:00')).toBe('23/02/2026');
    expect(formatVnDate('2026-02-28T18:30:00Z')).toBe('01/03/2026'); // already the next day in Hà Nội
    expect(formatVnDateTime('2026-02-16T09:05:00+07:00')).toBe('09 giờ 05 phút, ngày 16/02/2026');
    expect(formatVnDateLine(NOW)).toBe('ngày 20 tháng 02 năm 2026');
    expect(formatVnDateLine(null)).toBe('ngày … tháng … năm …');
    expect(formatVnDate('not a date')).toBe('');
  });

  it('judges a handover early, on time or late against the due date then in force', () => {
    expect(handoverResult('2026-02-18T10:00:00+07:00', '2026-02-19T17:00:00+07:00')).toBe('early');
    expect(handoverResult('2026-02-19T16:00:00+07:00', '2026-02-19T17:00:00+07:00')).toBe('on-time');
    expect(handoverResult('2026-02-19T17:30:00+07:00', '2026-02-19T17:00:00+07:00')).toBe('late');
    expect(handoverResult('2026-02-19T17:30:00+07:00', null)).toBeNull();
  });
});

describe('<motcua-official-form> in Chromium', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('registering the tag twice does not throw', () => {
    expect(() => defineOfficialForm()).not.toThrow();
    expect(customElements.get('motcua-official-form')).toBeDefined();
  });

  it('01 receipt: motto, agency, code, applicant, components, term, received and return times, signatures', async () => {
    const { el, root } = await mount('01');
    expect(text(root, '.motto-1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(root, '.motto-2')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text(root, '.issuer-parent')).toBe('Ủy ban nhân dân phường Ba Đình');
    expect(text(root, '[data-field=agency]')).toBe('Trung tâm Phục vụ hành chính công phường Ba Đình');
    expect(text(root, '.form-number')).toBe('Mẫu số 01');
    expect(text(root, '[data-field=date-line]')).toBe('Hà Nội, ngày 20 tháng 02 năm 2026');
    expect(text(root, '#form-title')).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text(root, '[data-field=code]')).toBe(`Mã hồ sơ: ${FIXTURE_CODE}`);
    expect(text(root, '[data-field=applicant]')).toBe('Trần Thị Bình');
    expect(text(root, '[data-field=address]')).toBe('12 phố Đội Cấn, 00004');
    expect(text(root, '[data-field=phone]')).toBe('0912345678');
    expect(text(root, '[data-field=request]')).toBe('Đăng ký khai sinh');
    expect(texts(root, '[data-field=components] li')).toEqual(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
    expect(text(root, '[data-field=term]')).toBe('3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc');
    expect(text(root, '[data-field=received]')).toBe('4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 16/02/2026');
    expect(text(root, '[data-field=due]')).toBe('5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 24/02/2026');
    expect(texts(root, '.signature-title')).toEqual(['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ']);
    expect(root.querySelector('[part=base]')!.getAttribute('lang')).toBe('vi');
    expect(el.edition).toBe('2025'); // the law in force by default
    expect(root.querySelector('[part=base]')!.getAttribute('data-edition')).toBe('2025');
    expect(el.printPaper).toBe('A5'); // as the 2018 receipt (Circular 01/2018 Art. 9); 2025 size UNCONFIRMED
    await expectAxeClean(el);
  });

  it('02 supplement request: every component asked for, the reason and whom to ask', async () => {
    const dossier = fixtureDossier({ state: 'awaitingSupplement', status: 5, request: { kind: 'supplement', reason: 'Bản chụp giấy chứng sinh bị mờ', components: ['giay-chung-sinh', 'giay-ket-hon'] } });
    const { el, root } = await mount('02', dossier);
    expect(text(root, '#form-title')).toBe('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text(root, '[data-field=code]')).toBe(`Mã hồ sơ: ${FIXTURE_CODE}`);
    expect(texts(root, '[data-field=components] li')).toEqual(['Giấy chứng sinh', 'Giấy chứng nhận kết hôn']);
    expect(text(root, '[data-field=reason]')).toBe('Bản chụp giấy chứng sinh bị mờ');
    expect(root.querySelector('.sheet')!.textContent).toContain('liên hệ Trung tâm Phục vụ hành chính công phường Ba Đình, số điện thoại 024 3823 0000');
    expect(texts(root, '.signature-title')).toEqual(['NGƯỜI HƯỚNG DẪN']);
    await expectAxeClean(el);
  });

  it('03 refusal: the reason from the history', async () => {
    const base = fixtureDossier();
    const dossier = fixtureDossier({
      state: 'refused', status: 3,
      history: [...base.history!.slice(0, 2), { at: '2026-02-17T10:00:00+07:00', type: 'appraisal.refuse', actorRole: 'civil-status-officer', state: 'refused', status: 3, reason: 'Trẻ đã được đăng ký khai sinh tại nơi khác', dueAt: null }],
    });
    const { el, root } = await mount('03', dossier);
    expect(text(root, '#form-title')).toBe('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text(root, '[data-field=reason]')).toBe('Trẻ đã được đăng ký khai sinh tại nơi khác');
    expect(text(root, '[data-field=applicant]')).toBe('Trần Thị Bình');
    await expectAxeClean(el);
  });

  it('04 (2025) apology and request to extend: the original date, the reason and the date asked for', async () => {
    const { el, root } = await mount('04');
    expect(text(root, '.form-number')).toBe('Mẫu số 04');
    expect(text(root, '#form-title')).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text(root, '[data-field=to]')).toBe('Kính gửi: Trần Thị Bình');
    expect(text(root, '[data-field=received]')).toBe(`Ngày 16/02/2026, Trung tâm Phục vụ hành chính công phường Ba Đình tiếp nhận giải quyết hồ sơ của ông (bà), mã hồ sơ ${FIXTURE_CODE}.`);
    expect(text(root, '[data-field=old-due]')).toBe('Thời hạn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 19/02/2026.');
    expect(text(root, '[data-field=reason]')).toBe('Cần xác minh nơi sinh');
    expect(text(root, '[data-field=new-due]')).toContain('xin lỗi ông (bà) và đề nghị gia hạn thời gian giải quyết hồ sơ đến 17 giờ 00 phút, ngày 24/02/2026.');
    expect(texts(root, '.signature-title')).toEqual(['THỦ TRƯỞNG CƠ QUAN']);
    expect(el.printPaper).toBe('A5');
    await expectAxeClean(el);
  });

  it('05 (2025) stop notice for a withdrawn dossier: code, applicant, procedure, request, decision, reason, signature', async () => {
    const { el, root } = await mount('05', fixtureWithdrawnDossier());
    expect(text(root, '.form-number')).toBe('Mẫu số 05');
    expect(text(root, '#form-title')).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text(root, '[data-field=code]')).toBe(`Mã hồ sơ: ${FIXTURE_CODE}`);
    expect(text(root, '[data-field=to]')).toBe('Kính gửi: Trần Thị Bình');
    expect(text(root, '[data-field=address]')).toBe('12 phố Đội Cấn, 00004');
    expect(text(root, '[data-field=request]')).toBe('Đăng ký khai sinh');
    expect(text(root, '[data-field=received]')).toBe('Ngày 16/02/2026, Trung tâm Phục vụ hành chính công phường Ba Đình tiếp nhận hồ sơ của ông (bà).');
    expect(text(root, '[data-field=requested]')).toBe('Ông (bà) đề nghị dừng giải quyết hồ sơ vào: 08 giờ 30 phút, ngày 19/02/2026.');
    expect(text(root, '[data-field=decision]')).toBe('Sau khi xem xét, Trung tâm Phục vụ hành chính công phường Ba Đình thông báo dừng giải quyết hồ sơ nêu trên kể từ 08 giờ 30 phút, ngày 19/02/2026.');
    expect(text(root, '[data-field=reason]')).toBe('Gia đình đăng ký khai sinh cho cháu tại nơi cư trú mới');
    expect(texts(root, '.signature-title')).toEqual(['NGƯỜI CÓ THẨM QUYỀN']);
    expect(el.printPaper).toBe('A4'); // UNCONFIRMED: Decree 30/2020 Appendix I paper for a notice
    await expectAxeClean(el);
  });

  it('05 (2025) stop notice: an officer stop (status 8) gives its own reason; a withdrawal without one cites the request', async () => {
    const base = fixtureDossier();
    const stop = { at: '2026-02-18T15:00:00+07:00', type: 'appraisal.stop', actorRole: 'civil-status-officer', state: 'stopped', status: 8, reason: 'Đương sự đã chết trước khi giải quyết xong', dueAt: null };
    const stopped = await mount('05', fixtureDossier({ state: 'stopped', status: 8, history: [...base.history!.slice(0, 2), stop] }));
    expect(text(stopped.root, '[data-field=requested]')).toBe('Ông (bà) đề nghị dừng giải quyết hồ sơ vào: …………………………….');
    expect(text(stopped.root, '[data-field=decision]')).toContain('kể từ 15 giờ 00 phút, ngày 18/02/2026.');
    expect(text(stopped.root, '[data-field=reason]')).toBe('Đương sự đã chết trước khi giải quyết xong');
    const withdrawn = fixtureWithdrawnDossier();
    const silent = await mount('05', { ...withdrawn, history: withdrawn.history!.map((entry) => (entry.type === 'WITHDRAW' ? { ...entry, reason: null } : entry)) });
    expect(text(silent.root, '[data-field=reason]')).toBe('Theo đề nghị dừng giải quyết hồ sơ của ông (bà).');
  });

  it('04 (2018) apology: the original date, the reason and the one new date (Decree 61/2018 Art. 19(9))', async () => {
    const { el, root } = await mount('04', fixtureDossier(), 'vi', { edition: '2018' });
    expect(text(root, '#form-title')).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text(root, '[data-field=to]')).toBe('Kính gửi: Trần Thị Bình');
    expect(text(root, '[data-field=received]')).toBe(`Ngày 16/02/2026, Trung tâm Phục vụ hành chính công phường Ba Đình tiếp nhận giải quyết hồ sơ của ông (bà), mã hồ sơ ${FIXTURE_CODE}.`);
    expect(text(root, '[data-field=old-due]')).toBe('Thời hạn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 19/02/2026.');
    expect(text(root, '[data-field=reason]')).toBe('Cần xác minh nơi sinh');
    expect(text(root, '[data-field=new-due]')).toContain('hẹn lại thời gian trả kết quả vào 17 giờ 00 phút, ngày 24/02/2026.');
    expect(texts(root, '.signature-title')).toEqual(['THỦ TRƯỞNG CƠ QUAN']);
    await expectAxeClean(el);
  });

  it('06 (2025) process-control slip: one row per handover with giver, receiver, time and result', async () => {
    const { el, root } = await mount('06');
    expect(text(root, '.form-number')).toBe('Mẫu số 06');
    expect(text(root, '#form-title')).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    const rows = [...root.querySelectorAll('tr[data-row=handover]')];
    expect(rows).toHaveLength(3); // the submission is not a handover
    expect(texts(rows[0]!, 'td:first-child p')).toEqual(['1. Giao: Công chức tiếp nhận', 'Nhận: Công chức hộ tịch']);
    expect(rows.map((row) => text(row, '[data-field=time]'))).toEqual([
      '09 giờ 05 phút, ngày 16/02/2026', '10 giờ 00 phút, ngày 18/02/2026', '14 giờ 30 phút, ngày 20/02/2026',
    ]);
    expect(texts(rows[2]!, 'td:first-child p')).toEqual(['3. Giao: Công chức hộ tịch', 'Nhận: Chủ tịch UBND xã']);
    expect(rows.map((row) => text(row, '[data-field=result]'))).toEqual(['Trước hạn', 'Trước hạn', 'Trước hạn']);
    expect(rows[1]!.textContent).toContain('Lý do: Cần xác minh nơi sinh');
    expect(text(root, '[data-field=applicant]')).toBe('(Kèm theo hồ sơ của: Trần Thị Bình)');
    expect(el.printPaper).toBe('A5');
    await expectAxeClean(el);
  });

  it('05 (2018) process-control slip: the same slip under its 2018 number', async () => {
    const { el, root } = await mount('05', fixtureDossier(), 'vi', { edition: '2018' });
    expect(text(root, '.form-number')).toBe('Mẫu số 05');
    expect(text(root, '#form-title')).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(root.querySelectorAll('tr[data-row=handover]')).toHaveLength(3);
    expect(el.printPaper).toBe('A5'); // Circular 01/2018 Art. 9
  });

  it('07 (2025) tracking book: one numbered row per dossier, A4', async () => {
    const second = fixtureDossier({ code: '000.00.31.H29-260217-0002', receivedAt: '2026-02-17T10:00:00+07:00', dueAt: '2026-02-20T17:00:00+07:00', data: { requester: { fullName: 'Lê Văn Cường', phone: '0987654321' } }, history: [] });
    const { el, root } = await mount('07', null, 'vi', { dossiers: [fixtureDossier(), second] });
    expect(text(root, '.form-number')).toBe('Mẫu số 07');
    expect(text(root, '#form-title')).toBe('SỔ THEO DÕI HỒ SƠ');
    const rows = [...root.querySelectorAll('tr[data-row=dossier]')];
    expect(rows.map((row) => text(row, 'td'))).toEqual(['01', '02']);
    expect(rows.map((row) => text(row, '[data-field=code]'))).toEqual([FIXTURE_CODE, '000.00.31.H29-260217-0002']);
    expect(rows.map((row) => text(row, '[data-field=procedure]'))).toEqual(['Đăng ký khai sinh', 'Đăng ký khai sinh']);
    expect(rows.map((row) => text(row, '[data-field=applicant]'))).toEqual(['Trần Thị Bình', 'Lê Văn Cường']);
    expect(rows.map((row) => text(row, '[data-field=received]'))).toEqual(['16/02/2026', '17/02/2026']);
    expect(rows.map((row) => text(row, '[data-field=due]'))).toEqual(['24/02/2026', '20/02/2026']);
    expect(el.printPaper).toBe('A4');
    await expectAxeClean(el);
  });

  it('06 (2018) tracking book, chosen by the edition attribute', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<motcua-official-form edition="2018" form="06"></motcua-official-form>';
    document.body.append(container);
    const el = container.querySelector('motcua-official-form')!;
    Object.assign(el, { dossiers: [fixtureDossier()], agency: fixtureAgency, now: () => NOW });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(el.edition).toBe('2018');
    expect(text(root, '.form-number')).toBe('Mẫu số 06');
    expect(text(root, '#form-title')).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(root.querySelectorAll('tr[data-row=dossier]')).toHaveLength(1);
    expect(el.printPaper).toBe('A4');
    await expectAxeClean(el);
  });

  it('one table of forms per edition: 2025 has 01–07 with the stop notice, 2018 has 01–06; paper per edition', async () => {
    expect(officialFormNumbers('2025')).toEqual(['01', '02', '03', '04', '05', '06', '07']);
    expect(officialFormNumbers('2018')).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(OFFICIAL_FORM_NUMBERS).toEqual(officialFormNumbers('2025'));
    expect(OFFICIAL_FORMS['2025'].map((form) => form.kind)).toEqual(['receipt', 'supplement', 'refusal', 'apology', 'stop', 'process-control', 'tracking-book']);
    expect(OFFICIAL_FORMS['2018'].map((form) => form.kind)).toEqual(['receipt', 'supplement', 'refusal', 'apology', 'process-control', 'tracking-book']);
    expect(OFFICIAL_FORMS['2018'].map((form) => form.paper)).toEqual(['A5', 'A5', 'A5', 'A5', 'A5', 'A4']);
    expect(OFFICIAL_FORMS['2025'].map((form) => form.paper)).toEqual(['A5', 'A5', 'A5', 'A5', 'A4', 'A5', 'A4']);
    expect(OFFICIAL_FORMS['2018'].every((form) => form.paperConfirmed)).toBe(true);
    expect(OFFICIAL_FORMS['2025'].some((form) => form.paperConfirmed)).toBe(false); // UNCONFIRMED until the annex is read
    const dossier = fixtureWithdrawnDossier();
    for (const edition of ['2025', '2018'] as const) {
      for (const definition of OFFICIAL_FORMS[edition]) {
        const { el, root } = await mount(definition.number, dossier, 'vi', { edition, dossiers: definition.perDossier ? [] : [dossier] });
        expect(text(root, '#form-title')).toBe(definition.title.vi.toLocaleUpperCase('vi'));
        expect(text(root, '.form-number')).toBe(`Mẫu số ${definition.number}`);
        expect(el.printPaper).toBe(definition.paper);
        expect(root.querySelector('.sheet')!.textContent).not.toContain('undefined');
      }
    }
  });

  it('prints in Vietnamese under lang="en" too, and says in the page language when the form or the edition is unknown', async () => {
    const english = await mount('01', fixtureDossier(), 'en');
    expect(text(english.root, '#form-title')).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    await expectAxeClean(english.el);
    const unknown = await mount('08', fixtureDossier(), 'en');
    expect(text(unknown.root, '[role=alert]')).toBe('The 2025 set has no form "08". Choose a form from 01 to 07.');
    await expectAxeClean(unknown.el);
    const old = await mount('07', fixtureDossier(), 'vi', { edition: '2018' });
    expect(text(old.root, '[role=alert]')).toBe('Bộ mẫu 2018 không có mẫu số "07". Chọn một mẫu từ 01 đến 06.');
    const edition = await mount('01', fixtureDossier(), 'en', { edition: '2019' as never });
    expect(text(edition.root, '[role=alert]')).toBe('There is no form set "2019". Choose 2025 (Circular 03/2025/TT-VPCP) or 2018 (Circular 01/2018/TT-VPCP).');
    await expectAxeClean(edition.el);
    const missing = await mount('02', null, 'vi');
    expect(text(missing.root, '[role=alert]')).toBe('Chưa có hồ sơ để in mẫu số 02.');
  });

  it('print() sets the page size and shows only the form while the browser prints, then cleans up', async () => {
    const { el } = await mount('01');
    let during: { printing: boolean; rules: string } = { printing: false, rules: '' };
    vi.spyOn(window, 'print').mockImplementation(() => {
      during = { printing: el.hasAttribute('printing'), rules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join(' ') };
    });
    const before = document.adoptedStyleSheets.length;
    el.print();
    expect(window.print).toHaveBeenCalledOnce();
    expect(during.printing).toBe(true);
    expect(during.rules).toMatch(/@page \{ size: a5;/i); // Chromium serialises `A5 portrait` as `a5`
    expect(during.rules).toMatch(/@media print \{\s*body \{ visibility: hidden; \}/);
    expect(el.hasAttribute('printing')).toBe(false);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('print() puts the tracking book on A4 landscape and the 2025 stop notice on A4 portrait', async () => {
    const sizes: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      sizes.push(document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).find((rule) => rule.startsWith('@page')) ?? '');
    });
    (await mount('07', null, 'vi', { dossiers: [fixtureDossier()] })).el.print();
    (await mount('06', null, 'vi', { edition: '2018', dossiers: [fixtureDossier()] })).el.print();
    (await mount('05', fixtureWithdrawnDossier())).el.print();
    (await mount('05', fixtureWithdrawnDossier(), 'vi', { paper: 'A5' })).el.print();
    expect(sizes.map((rule) => /size: ([^;]+);/.exec(rule)?.[1])).toEqual(['a4 landscape', 'a4 landscape', 'a4', 'a5']);
  });

  it('prints dotted blanks, not "undefined", where the dossier lacks a field', async () => {
    const { root } = await mount('01', { code: 'X-1' }, 'vi', { procedure: null, agency: null });
    const sheet = root.querySelector('.sheet')!.textContent!;
    expect(sheet).not.toContain('undefined');
    expect(text(root, '[data-field=applicant]')).toBe('……………………………');
    expect(text(root, '[data-field=date-line]')).toBe('……, ngày 20 tháng 02 năm 2026');
  });
});
