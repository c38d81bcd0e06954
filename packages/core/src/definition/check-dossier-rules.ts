import type { Procedure, Term } from '../generated/procedure.types.js';
import { suggestClosest } from '../expression/suggest.js';
import { createIssue, joinPointer, type ValidationIssue } from './issue.js';
import { isKnownMediaType, KNOWN_MEDIA_TYPES } from './media-types.js';
import type { ProcedureIndex } from './procedure-index.js';
import { unknownReference } from './unknown-reference.js';

const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'application/x-pdf': 'application/pdf' };

function wholeVnd(amount: number | undefined, pointer: string, out: ValidationIssue[]): void {
  if (amount === undefined || Number.isInteger(amount)) return;
  out.push(createIssue('fee.fractional-amount', pointer,
    { vi: `Số tiền ${amount} không phải số đồng nguyên; đồng Việt Nam không có đơn vị lẻ.`, en: `Amount ${amount} is not a whole number of đồng; VND has no minor unit.` },
    { vi: `Làm tròn thành ${Math.round(amount)}.`, en: `Round it to ${Math.round(amount)}.` }, { amount }));
}

function checkTerm(term: Term, pointer: string, out: ValidationIssue[]): void {
  if (term.unit === 'same-day' && term.value !== undefined) {
    out.push(createIssue('deadline.value-unexpected', joinPointer(pointer, 'value'),
      { vi: 'Thời hạn "same-day" (trong ngày) không có số lượng.', en: 'A "same-day" term has no amount.' },
      { vi: 'Xoá "value", hoặc đổi đơn vị sang working-days.', en: 'Remove "value", or use working-days.' }));
  }
  if (term.unit !== 'same-day' && term.value === undefined) {
    out.push(createIssue('deadline.value-missing', pointer,
      { vi: `Thời hạn theo ${term.unit} cần "value" (số ngày hoặc giờ).`, en: `A ${term.unit} term needs a "value" (how many days or hours).` },
      { vi: 'Thêm "value", ví dụ 3.', en: 'Add a "value", e.g. 3.' }));
  }
}

/**
 * Components, fees, channels and deadlines: media types are real, amounts are whole VND,
 * tiers do not overlap, per-unit fees name a numeric quantity field, a channel appears once,
 * and every term carries the amount its unit needs.
 */
export function checkDossierRules(procedure: Procedure, index: ProcedureIndex): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const groups = new Map<string, number>();
  procedure.components.forEach((c, i) => {
    const pointer = joinPointer('/components', i);
    c.accept?.forEach((type, k) => {
      if (isKnownMediaType(type)) return;
      const guess = ALIASES[type] ?? suggestClosest(type, KNOWN_MEDIA_TYPES);
      out.push(createIssue('component.unknown-media-type', joinPointer(pointer, 'accept', k),
        { vi: `"${type}" không phải kiểu tệp được hỗ trợ.`, en: `"${type}" is not an allowed media type.` },
        guess ? { vi: `Có phải ý bạn là "${guess}"?`, en: `Did you mean "${guess}"?` }
          : { vi: 'Dùng application/pdf, image/jpeg hoặc image/png.', en: 'Use one of application/pdf, image/jpeg, image/png.' },
        { mediaType: type, ...(guess ? { suggestion: guess } : {}) }));
    });
    if (c.required && c.requiredWhen !== undefined) {
      out.push(createIssue('component.required-conflict', joinPointer(pointer, 'requiredWhen'),
        { vi: `Thành phần "${c.id}" đã luôn bắt buộc (required: true) nên requiredWhen không có tác dụng.`, en: `Component "${c.id}" is always required (required: true), so requiredWhen has no effect.` },
        { vi: 'Đặt required: false để bắt buộc theo điều kiện, hoặc xoá requiredWhen.', en: 'Set required: false to make it conditional, or remove requiredWhen.' }, { component: c.id }));
    }
    if (c.originals + c.copies === 0 && !c.presentOnly) {
      out.push(createIssue('component.no-copies', pointer,
        { vi: `Thành phần "${c.id}" có 0 bản chính và 0 bản sao.`, en: `Component "${c.id}" asks for 0 originals and 0 copies.` },
        { vi: 'Ghi số bản cần nộp, hoặc đặt presentOnly: true nếu chỉ xuất trình.', en: 'Set how many are filed, or presentOnly: true if it is only shown.' }, { component: c.id }));
    }
    if (c.alternativeGroup) groups.set(c.alternativeGroup, (groups.get(c.alternativeGroup) ?? 0) + 1);
  });
  procedure.components.forEach((c, i) => {
    if (c.alternativeGroup && groups.get(c.alternativeGroup) === 1) {
      out.push(createIssue('component.lonely-alternative', joinPointer('/components', i, 'alternativeGroup'),
        { vi: `Nhóm thay thế "${c.alternativeGroup}" chỉ có một giấy tờ.`, en: `Alternative group "${c.alternativeGroup}" has only one document.` },
        { vi: 'Thêm giấy tờ thay thế vào nhóm, hoặc xoá alternativeGroup.', en: 'Add the alternative documents to the group, or remove alternativeGroup.' }, { group: c.alternativeGroup }));
    }
  });

  procedure.fees?.forEach((fee, i) => {
    const pointer = joinPointer('/fees', i);
    wholeVnd(fee.amount, joinPointer(pointer, 'amount'), out);
    wholeVnd(fee.maxAmount, joinPointer(pointer, 'maxAmount'), out);
    let previousEnd = 0;
    fee.tiers?.forEach((tier, t) => {
      wholeVnd(tier.amount, joinPointer(pointer, 'tiers', t, 'amount'), out);
      if (tier.from <= previousEnd || (tier.to !== undefined && tier.to < tier.from)) {
        out.push(createIssue('fee.tiers-overlap', joinPointer(pointer, 'tiers', t),
          { vi: `Bậc giá thứ ${t + 1} (từ ${tier.from}) chồng lên hoặc đảo ngược so với bậc trước (đến ${previousEnd}).`, en: `Tier ${t + 1} (from ${tier.from}) overlaps or reverses the previous one (to ${previousEnd}).` },
          { vi: 'Sắp xếp bậc tăng dần, không chồng nhau.', en: 'Order the tiers upwards without overlap.' }, { tier: t }));
      }
      previousEnd = tier.to ?? Number.POSITIVE_INFINITY;
    });
    const per = fee.per ?? 'dossier';
    if (per !== 'dossier') {
      if (!fee.quantityField) {
        out.push(createIssue('fee.missing-quantity', pointer,
          { vi: `Khoản "${fee.id}" tính theo ${per} nhưng không có quantityField cho biết số lượng.`, en: `Fee "${fee.id}" is charged per ${per} but has no quantityField saying how many.` },
          { vi: 'Thêm quantityField trỏ tới trường số trong tờ khai.', en: 'Add a quantityField naming a number field of the form.' }, { fee: fee.id }));
      } else {
        const field = index.fields.get(fee.quantityField);
        if (!field) out.push(unknownReference('field', fee.quantityField, joinPointer(pointer, 'quantityField'), index.fields.keys()));
        else if (field.type !== 'integer' && field.type !== 'number') {
          out.push(createIssue('fee.quantity-not-number', joinPointer(pointer, 'quantityField'),
            { vi: `Trường số lượng "${fee.quantityField}" có kiểu ${field.type}, cần kiểu số nguyên.`, en: `Quantity field "${fee.quantityField}" is a ${field.type}; it must be an integer.` },
            { vi: 'Đổi kiểu trường thành integer.', en: 'Make the field an integer.' }, { field: fee.quantityField }));
        }
      }
    }
  });

  const seen = new Map<string, string>();
  procedure.channels.forEach((channel, i) => {
    const pointer = joinPointer('/channels', i);
    const first = seen.get(channel.kind);
    if (first) out.push(createIssue('channel.duplicate', joinPointer(pointer, 'kind'),
      { vi: `Kênh "${channel.kind}" đã khai báo tại ${first}.`, en: `Channel "${channel.kind}" is already declared at ${first}.` },
      { vi: 'Mỗi kênh khai báo một lần.', en: 'Declare each channel once.' }, { channel: channel.kind }));
    else seen.set(channel.kind, pointer);
    if (channel.onlineLevel && channel.kind !== 'online') out.push(createIssue('channel.online-level-not-online', joinPointer(pointer, 'onlineLevel'),
      { vi: `Mức độ trực tuyến chỉ dùng cho kênh online, không cho "${channel.kind}".`, en: `An online level only applies to the online channel, not "${channel.kind}".` },
      { vi: 'Xoá onlineLevel.', en: 'Remove onlineLevel.' }));
    if (channel.kind === 'online' && !channel.onlineLevel) out.push(createIssue('channel.online-level-missing', pointer,
      { vi: 'Kênh trực tuyến cần onlineLevel: full (toàn trình) hoặc partial (một phần) theo Nghị định 42/2022.', en: 'The online channel needs onlineLevel: full or partial (Decree 42/2022).' },
      { vi: 'Thêm "onlineLevel": "full" hoặc "partial".', en: 'Add "onlineLevel": "full" or "partial".' }));
  });

  const deadlines = [{ d: procedure.deadline, at: '/deadline' },
    ...procedure.channels.flatMap((c, i) => (c.deadline ? [{ d: c.deadline, at: joinPointer('/channels', i, 'deadline') }] : []))];
  for (const { d, at } of deadlines) {
    checkTerm(d.term, joinPointer(at, 'term'), out);
    d.overrides?.forEach((o, k) => checkTerm(o.term, joinPointer(at, 'overrides', k, 'term'), out));
    if (d.extension?.max) checkTerm(d.extension.max, joinPointer(at, 'extension', 'max'), out);
  }
  for (const { step, pointer } of index.steps.values()) checkTerm(step.allowance, joinPointer(pointer, 'allowance'), out);
  return out;
}
