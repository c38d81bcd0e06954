/**
 * The hand-written page's rules, written out by hand as a developer would for this one form: which
 * questions show, which are required, and what each answer must look like. They mirror
 * `forty-fields.procedure.json` (its `required` lists, `visibleWhen`/`requiredWhen`, formats and limits).
 */
import { checkCitizenId } from '@motcua/core';
import type { PageMessageKey } from './hand-written-messages.js';

/** The answers by field path: text as typed, booleans from checkboxes. */
export type Answers = Readonly<Record<string, string | boolean | undefined>>;

/** What is wrong with one answer: a message key and its parameters. */
export interface AnswerProblem {
  readonly key: PageMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

const ALWAYS_REQUIRED = new Set([
  'requester.fullName', 'requester.dateOfBirth', 'requester.sex', 'requester.citizenId', 'requester.phone',
  'requester.ethnicity', 'requester.nationality', 'requester.province', 'requester.residenceLine',
  'document.title', 'document.kind', 'document.pageCount', 'document.language', 'copies', 'delivery.method', 'payment.method',
]);

// Questions whose requiredWhen equals their visibleWhen: required exactly when shown.
const SHOWN_THEN_REQUIRED = new Set([
  'representative.fullName', 'representative.citizenId', 'representative.phone', 'representative.relation',
  'representative.authorizationNumber', 'document.kindOther', 'urgentReason', 'delivery.recipientName',
  'delivery.addressLine', 'delivery.phone',
]);

const MAX_LENGTH: Readonly<Record<string, number>> = {
  'requester.fullName': 100, 'requester.ethnicity': 50, 'requester.nationality': 50, 'requester.occupation': 100,
  'requester.residenceLine': 200, 'representative.fullName': 100, 'representative.authorizationNumber': 50,
  'document.title': 300, 'document.kindOther': 100, 'document.serialNumber': 50, 'document.issuedBy': 300,
  'document.notes': 1000, purpose: 500, urgentReason: 500, 'delivery.recipientName': 100, 'delivery.addressLine': 200,
};

const RANGE: Readonly<Record<string, readonly [number, number]>> = { 'document.pageCount': [1, 1000], copies: [1, 100] };

const FORMAT: Readonly<Record<string, 'date' | 'phone' | 'email' | 'citizen-id'>> = {
  'requester.dateOfBirth': 'date', 'document.issuedOn': 'date',
  'requester.phone': 'phone', 'representative.phone': 'phone', 'delivery.phone': 'phone',
  'requester.email': 'email', 'payment.invoiceEmail': 'email',
  'requester.citizenId': 'citizen-id', 'representative.citizenId': 'citizen-id', 'payment.payerCitizenId': 'citizen-id',
};

// The same shapes as the server's check (packages/core/src/compile/validate-form-data.ts).
const PHONE = /^(?:0|\+84)\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether question `name` is on screen for these answers. */
export function isShown(name: string, answers: Answers): boolean {
  if (name.startsWith('representative.')) return answers['requester.hasRepresentative'] === true;
  switch (name) {
    case 'document.kindOther': return answers['document.kind'] === 'other';
    case 'document.translated': return answers['document.language'] === 'foreign';
    case 'urgentReason': return answers.urgent === true;
    case 'delivery.recipientName':
    case 'delivery.addressLine':
    case 'delivery.phone': return answers['delivery.method'] === 'postal';
    case 'payment.payerCitizenId': return answers['payment.method'] !== 'cash';
    default: return true;
  }
}

/** Whether question `name` must be answered (when shown). */
export function isRequired(name: string, answers: Answers): boolean {
  if (ALWAYS_REQUIRED.has(name)) return true;
  if (name === 'payment.invoiceEmail') return answers['payment.method'] === 'online';
  return SHOWN_THEN_REQUIRED.has(name) && isShown(name, answers);
}

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function checkFormat(name: string, text: string, answers: Answers): AnswerProblem | null {
  switch (FORMAT[name]) {
    case 'date': return isRealDate(text) ? null : { key: 'error.date' };
    case 'phone': return PHONE.test(text.replace(/\s/g, '')) ? null : { key: 'error.phone' };
    case 'email': return EMAIL.test(text) ? null : { key: 'error.email' };
    case 'citizen-id': {
      // The requester's number must agree with their date of birth (Circular 07/2016/TT-BCA: digits 4–6).
      const birthDate = name === 'requester.citizenId' ? answers['requester.dateOfBirth'] : undefined;
      const problem = checkCitizenId(text, typeof birthDate === 'string' && birthDate ? { birthDate } : {});
      return problem ? { key: `error.citizen-id.${problem}` } : null;
    }
    default: return null;
  }
}

/** What is wrong with the answer to `name`, or null; `label` fills the messages. */
export function checkAnswer(name: string, answers: Answers, label: string): AnswerProblem | null {
  if (!isShown(name, answers)) return null;
  const value = answers[name];
  if (typeof value === 'boolean') return null;
  const text = (value ?? '').trim();
  if (text === '') return isRequired(name, answers) ? { key: 'error.required', params: { label } } : null;
  const max = MAX_LENGTH[name];
  if (max !== undefined && [...text].length > max) return { key: 'error.too-long', params: { label, max } };
  const range = RANGE[name];
  if (range && !(/^\d+$/.test(text) && Number(text) >= range[0] && Number(text) <= range[1])) {
    return { key: 'error.number', params: { label, min: range[0], max: range[1] } };
  }
  return checkFormat(name, text, answers);
}
