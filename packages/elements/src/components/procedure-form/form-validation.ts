/**
 * `checkLayoutField`: the problem with one answer, in words, or null. The rules are the server's
 * (`validateFormData` from `@motcua/core`: required, lengths, ranges, enums, patterns, formats), with
 * clearer words for the identifiers a citizen mistypes — which part of a personal ID number is wrong,
 * that a tax code's check digit does not match. `form-validation.test.ts` checks that it flags exactly
 * the answers `validateFormData` flags, over every field of the example procedures.
 */
import { checkCitizenId, isIsoDate, isValidTaxCode, validateFormData, type ExpressionEnvironment, type Procedure } from '@motcua/core';
import { localized } from '../../internal/localized-text.js';
import type { Lang } from '../../internal/localize.js';
import { isFilled, isRecord, isRequired, readPath, schemaAt, widgetOf, writePath, type FormAnswers, type LayoutField } from './form-model.js';
import * as m from './procedure-form.messages.js';
import { msg } from './procedure-form.messages.js';

/** What a check needs: the procedure, the answers, the conditions' environment and the reader's language. */
export interface CheckContext {
  readonly procedure: Procedure;
  readonly data: FormAnswers;
  readonly env: ExpressionEnvironment;
  readonly lang: Lang;
}

// The server's shapes (validate-form-data.ts), restated so the messages can say more than "invalid".
const PHONE = /^(?:0|\+84)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAX_CODE = /^(?:\d{10}(?:-\d{3})?|\d{12})$/;
const CHOICE_WIDGETS = new Set(['radio', 'select', 'checkbox', 'address']);

/** The message for `field`'s answer in `context`, or null when it is fine (or hidden: callers pass visible fields). */
export function checkLayoutField(context: CheckContext, field: LayoutField): string | null {
  const { procedure, data, env, lang } = context;
  const schema = schemaAt(procedure.form, field.field);
  const widget = widgetOf(field, schema);
  const label = localized(field.label, lang);
  const value = readPath(data, field.field);
  const t: Translate = (message, params = {}) => msg(message, lang, { label, ...params });
  if (widget === 'address') {
    const unit = isRecord(value) ? value['unitCode'] : undefined;
    if (!isFilled(unit) && (isRequired(procedure, field, data, env) || isFilled(value))) return t(m.requiredAddress, { label: lowerFirst(label) });
  } else if (!isFilled(value)) {
    if (!isRequired(procedure, field, data, env)) return null;
    return t(CHOICE_WIDGETS.has(widget) ? m.requiredChoose : m.requiredEnter, { label: lowerFirst(label) });
  }
  return (typeof value === 'string' ? checkFormat(widget, schema?.type === 'string' ? schema.format : undefined, value, data, field, t) : null)
    ?? checkWithServerRules(procedure, field, value, label, lang);
}

type Translate = (message: m.Message, params?: Record<string, string | number>) => string;

function checkFormat(widget: string, format: string | undefined, value: string, data: FormAnswers, field: LayoutField, t: Translate): string | null {
  const kind = widget === 'text' || widget === 'textarea' ? format : widget;
  switch (kind) {
    case 'citizen-id': return checkCitizenIdWords(value, siblingBirthDate(data, field.field), t);
    case 'tax-code':
      if (!TAX_CODE.test(value)) return t(m.taxCodeFormat);
      return isValidTaxCode(value) ? null : t(m.taxCodeCheck);
    case 'phone': return PHONE.test(value) ? null : t(m.phone);
    case 'email': return EMAIL.test(value) ? null : t(m.email);
    case 'date': return isIsoDate(value) ? null : t(m.date);
    default: return null;
  }
}

/** Says which part of a personal ID number is wrong (it has no check digit: Circular 07/2016/TT-BCA Art. 7). */
function checkCitizenIdWords(value: string, birthDate: string | undefined, t: Translate): string | null {
  const problem = checkCitizenId(value, birthDate ? { birthDate } : {});
  const year = birthDate?.slice(0, 4) ?? '';
  switch (problem) {
    case null: return null;
    case 'format': return t(m.citizenIdFormat);
    case 'province': return t(m.citizenIdProvince, { digits: value.slice(0, 3) });
    case 'century': return t(m.citizenIdCentury, { digits: value.slice(3, 4), year });
    case 'birth-year': return t(m.citizenIdBirthYear, { digits: value.slice(4, 6), year });
  }
}

/** The `dateOfBirth` beside an ID number (`mother.citizenId` → `mother.dateOfBirth`), to check century and year. */
function siblingBirthDate(data: FormAnswers, path: string): string | undefined {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
  const date = readPath(data, `${parent}dateOfBirth`);
  return typeof date === 'string' && isIsoDate(date) ? date : undefined;
}

/** The first issue `validateFormData` finds in this one answer, prefixed with the field's label. */
function checkWithServerRules(procedure: Procedure, field: LayoutField, value: unknown, label: string, lang: Lang): string | null {
  const issues = validateFormData(procedure.form, writePath({}, field.field, value), { complete: false });
  const issue = issues.find((candidate) => candidate.path === field.field || candidate.path.startsWith(`${field.field}.`));
  return issue ? `${label}: ${issue.message[lang]}` : null;
}

/** `Họ và tên` → `họ và tên`, for "Nhập họ và tên"; acronyms (`CCCD`) stay. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
