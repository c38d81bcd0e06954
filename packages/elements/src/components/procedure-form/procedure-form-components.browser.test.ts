import type { Procedure } from '@motcua/core';
import { afterEach, describe, expect, it } from 'vitest';
import birthJson from '../../../../../examples/procedures/birth-registration-1.001193.json' with { type: 'json' };
import minimalJson from '../../../../../test/fixtures/procedures/valid/minimal.json' with { type: 'json' };
import { chooseFile, completeBirthPages, completePage, makeFile, mountForm, pressContinue, rootOf, settle, textOf, textsOf } from './test-harness.js';

const birth = birthJson as unknown as Procedure;
const minimal = minimalJson as unknown as Procedure;
const NOW = new Date('2026-02-20T09:00:00+07:00'); // during the Tết 2026 break: the clock starts on Monday 23/02
const setNow = (el: { now: () => Date }) => { el.now = () => NOW; };

describe('<motcua-procedure-form>: documents, fees, check answers', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it('lists the components needed now: required, "one of" alternatives, originals and copies in words', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    await completeBirthPages(el);
    expect(el.currentStep).toBe('components');
    expect(textsOf(el, '[data-component] h3')).toEqual([
      'Giấy chứng sinh Bắt buộc', 'Văn bản của người làm chứng xác nhận về việc sinh Bắt buộc',
      'Giấy cam đoan về việc sinh Bắt buộc', 'Giấy tờ chứng minh nơi cư trú của cha hoặc mẹ Bắt buộc',
    ]); // online: the declaration is the form itself; no surrogacy document (not ticked), no identity document to show
    expect(textOf(el, '[data-group="bang-chung-viec-sinh"] legend')).toBe('Nộp một trong các giấy tờ sau');
    expect(textOf(el, '[data-component="giay-chung-sinh"]')).toContain('Bản chính (1 bản).');
    expect(textOf(el, '[data-component="giay-to-cu-tru"]')).toContain('Bản sao (1 bản): bản sao có chứng thực');
    expect(textOf(el, '[data-component="giay-chung-sinh"]')).toContain('Nhận tệp PDF, JPEG, PNG, tối đa 10 MB.');

    await pressContinue(el);
    expect(rootOf(el).activeElement?.classList.contains('error-summary')).toBe(true);
    expect(textsOf(el, '.error-summary a')).toEqual([
      'Tải lên một trong các giấy tờ: Giấy chứng sinh; Văn bản của người làm chứng xác nhận về việc sinh; Giấy cam đoan về việc sinh',
      'Tải lên Giấy tờ chứng minh nơi cư trú của cha hoặc mẹ',
    ]);
    rootOf(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[0]!.click();
    expect(rootOf(el).activeElement?.id).toBe('file-giay-chung-sinh');
  });

  it('asks for the paper declaration, with its template, when the dossier goes by post', async () => {
    const el = await mountForm(birth, 'vi', (form) => { setNow(form); form.channel = 'postal'; });
    await completeBirthPages(el);
    expect(textOf(el, '[data-component="to-khai"] h3')).toBe('Tờ khai đăng ký khai sinh Bắt buộc');
    expect(textOf(el, '[data-component="to-khai"]')).toContain('Mẫu: Tờ khai đăng ký khai sinh (mẫu ban hành kèm Thông tư 04/2020/TT-BTP)');
  });

  it('checks uploads by content: a ".pdf" that is text or PNG is refused with the file named', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    await completeBirthPages(el);
    await chooseFile(el, 'giay-chung-sinh', makeFile('giay-chung-sinh.pdf', 'text', 'application/pdf'));
    expect(textOf(el, '[data-error-for="file-giay-chung-sinh"]')).toBe(
      'Lỗi: giay-chung-sinh.pdf: nội dung tệp là định dạng không xác định, không phải loại được nhận cho Giấy chứng sinh; hãy chọn tệp PDF, JPEG, PNG');
    expect(rootOf(el).querySelector('[data-file-for="giay-chung-sinh"]')).toBeNull();
    await chooseFile(el, 'giay-chung-sinh', makeFile('giay-chung-sinh.pdf', 'pdf'));
    expect(rootOf(el).querySelector('[data-error-for="file-giay-chung-sinh"]')).toBeNull();
    expect(textOf(el, '[data-file-for="giay-chung-sinh"]')).toMatch(/^Đã chọn: giay-chung-sinh\.pdf \(1 KB\)/);

    const small = await mountForm(minimal, 'en', setNow);
    await completePage(small, { fullName: 'Lê Thị Hoa', copies: '1' });
    await chooseFile(small, 'application', makeFile('application.pdf', 'png', 'application/pdf'));
    expect(textOf(small, '[data-error-for="file-application"]')).toBe(
      'Error: application.pdf: the file contains PNG, which is not accepted for Application form; choose a PDF, JPEG file');
  });

  it('refuses a file over maxSizeMB', async () => {
    const el = await mountForm(minimal, 'en', setNow);
    await completePage(el, { fullName: 'Lê Thị Hoa', copies: '1' });
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' });
    await chooseFile(el, 'application', big);
    expect(textOf(el, '[data-error-for="file-application"]')).toContain('scan.pdf: the file is 5.0 MB, more than the 5 MB allowed for Application form');
  });

  it('shows a waived component with its reason and does not ask for it', async () => {
    const el = await mountForm(birth, 'en', (form) => {
      setNow(form);
      form.prefillProvider = async (request) => (request.attribute === 'permanentAddress' ? { unitCode: '00070', line: 'Số 12 phố Hàng Bạc' } : undefined);
    });
    await completeBirthPages(el);
    const waived = rootOf(el).querySelector('[data-component="giay-to-cu-tru"]')!;
    expect(waived.querySelector('h3')?.textContent).toContain('Not needed');
    expect(waived.querySelector('[data-waived]')?.textContent).toContain('the parents\' residence was taken from the national population database');
    expect(waived.querySelector('input[type=file]')).toBeNull();
    await chooseFile(el, 'giay-chung-sinh', makeFile('giay-chung-sinh.pdf', 'pdf'));
    await pressContinue(el);
    expect(el.currentStep).toBe('fees'); // nothing else asked for
  });

  it('explains a present-only document as "bring to show"', async () => {
    const el = await mountForm(birth, 'vi', (form) => { setNow(form); form.channel = 'in-person'; });
    await completeBirthPages(el);
    expect(textOf(el, '[data-component="giay-to-tuy-than"] [data-present-only]')).toBe('Mang bản chính đến để xuất trình, đối chiếu; không phải nộp lại, không cần tải lên.');
    expect(rootOf(el).querySelector('#file-giay-to-tuy-than')).toBeNull();
  });

  it('shows fees with the exemption in words, and the expected result date from the legal clock', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    await completeBirthPages(el, { 'fees-and-copies': { extraCopies: '2' } });
    await chooseFile(el, 'giay-chung-sinh', makeFile('gcs.pdf', 'pdf'));
    await chooseFile(el, 'giay-to-cu-tru', makeFile('cu-tru.pdf', 'pdf'));
    await pressContinue(el);
    expect(el.currentStep).toBe('fees');
    expect(textOf(el, '[data-fee="le-phi-khai-sinh-qua-han"] .amount')).toBe('Được miễn (mức thường là 8.000 đ)'); // registered within 60 days
    expect(textOf(el, '[data-fee="phi-ban-sao-giay-khai-sinh"]')).toContain('— 2 bản');
    expect(textOf(el, '[data-fee="phi-ban-sao-giay-khai-sinh"] .amount')).toBe('16.000 đ');
    expect(textOf(el, '[data-fees-total]')).toBe('16.000 đ');
    expect(textOf(el, '[data-due]')).toBe('17:00, thứ Hai 23/02/2026'); // same-day term, after the Tết break
    expect(textOf(el, '.due + .hint')).toContain('tính theo thời hạn trong ngày');
    expect(textOf(el, '.due + .hint')).toContain('Hồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo');
  });

  it('charges the late-registration fee after 60 days unless an exempt group is chosen', async () => {
    const el = await mountForm(birth, 'en', setNow);
    await completeBirthPages(el, { child: { 'child.dateOfBirth': '2025-10-01' } });
    for (const id of ['giay-chung-sinh', 'giay-to-cu-tru']) await chooseFile(el, id, makeFile(`${id}.pdf`, 'pdf'));
    await pressContinue(el);
    expect(textOf(el, '[data-fee="le-phi-khai-sinh-qua-han"] .amount')).toBe('8,000 VND');
    expect(textOf(el, '[data-fees-total]')).toBe('8,000 VND');
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    rootOf(el).querySelector<HTMLButtonElement>('[part=back]')!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:fees-and-copies');
    await completePage(el, { feeExemptGroup: 'poor-household' });
    expect(rootOf(el).querySelector('[data-file-for="giay-chung-sinh"]')).not.toBeNull(); // chosen files are kept while going back
    await pressContinue(el);
    expect(textOf(el, '[data-fee="le-phi-khai-sinh-qua-han"] .amount')).toBe('Exempt (normally 8,000 VND)');
    expect(textOf(el, '[data-fees-total]')).toBe('0 VND');
  });

  it('checks answers in a summary list with "Change" links that come back to it', async () => {
    const el = await mountForm(birth, 'vi', setNow);
    await completeBirthPages(el);
    for (const id of ['giay-chung-sinh', 'giay-to-cu-tru']) await chooseFile(el, id, makeFile(`${id}.pdf`, 'pdf'));
    await pressContinue(el);
    await pressContinue(el);
    expect(el.currentStep).toBe('check');
    expect(textOf(el, '[data-answer="child.fullName"] dd')).toBe('Nguyễn Văn An');
    expect(textOf(el, '[data-answer="child.sex"] dd')).toBe('Nam');
    expect(textOf(el, '[data-answer="child.dateOfBirth"] dd')).toBe('10/02/2026');
    expect(textOf(el, '[data-answer="child.placeOfBirth"] dd')).toBe('Bệnh viện Phụ sản Hà Nội, Phường Giảng Võ');
    expect(textOf(el, '[data-answer="fatherUndetermined"] dd')).toBe('Có');
    expect(rootOf(el).querySelector('[data-answer="father.fullName"]')).toBeNull();
    expect(textOf(el, '[data-change="mother"]')).toBe('Thay đổi Thông tin người mẹ');
    expect(textsOf(el, '.check-section dt').filter((dt) => dt.startsWith('Giấy chứng sinh'))).toEqual(['Giấy chứng sinh']);

    rootOf(el).querySelector<HTMLAnchorElement>('[data-change="mother"]')!.click();
    await settle(el);
    expect(el.currentStep).toBe('page:mother');
    await completePage(el, { 'mother.ethnicity': 'Tày' });
    expect(el.currentStep).toBe('check');
    expect(textOf(el, '[data-answer="mother.ethnicity"] dd')).toBe('Tày');
  });
});
