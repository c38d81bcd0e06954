/**
 * The data an official one-stop form is printed from — a dossier as `GET /api/dossiers/:code/detail` returns
 * it, the procedure it runs under, the agency that issues the form — and the readers that pull what a form
 * needs out of them. Elements never import server code (style.md), so the shapes are restated here and every
 * reader is defensive: a form prints blank dotted lines rather than fail on a missing field.
 */
import type { BilingualText } from '../../internal/localized-text.js';
import { isRecord } from '../../internal/is-record.js';

/** One event of the dossier's history (the append-only audit log, as the detail endpoint shows it). */
export interface OfficialFormHistoryEntry {
  readonly at: string;
  readonly type: string;
  readonly title?: BilingualText | null;
  readonly actorRole?: string | null;
  readonly actorId?: string | null;
  /** The state the event left the dossier in. */
  readonly state?: string | null;
  readonly status?: number | null;
  readonly reason?: string | null;
  /** The due date after the event. */
  readonly dueAt?: string | null;
  readonly dueChanged?: boolean;
}

/** The applicant as printed; read from the answers when not given. */
export interface OfficialFormApplicant {
  readonly name?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
}

/** A dossier as the forms read it. Every field but `code` may be missing. */
export interface OfficialFormDossier {
  readonly code: string;
  /** `code@version` of the procedure. */
  readonly procedure?: string;
  readonly procedureTitle?: BilingualText | string | null;
  readonly state?: string;
  readonly status?: number | null;
  readonly dueAt?: string | null;
  readonly submittedAt?: string | null;
  readonly receivedAt?: string | null;
  /** The open request: for a supplement, the components asked for and the reason. */
  readonly request?: { readonly kind?: string; readonly reason?: string | null; readonly components?: readonly string[] } | null;
  /** The applicant's answers. */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly documents?: readonly { readonly component: string }[];
  readonly history?: readonly OfficialFormHistoryEntry[];
  readonly applicant?: OfficialFormApplicant;
}

/** What the forms read of a procedure (its JSON, as `GET /api/procedures/:key` returns it). */
export interface OfficialFormProcedure {
  readonly code?: string;
  readonly title?: BilingualText;
  readonly deadline?: { readonly term?: { readonly unit?: string; readonly value?: number } };
  readonly components?: readonly { readonly id: string; readonly title: BilingualText }[];
  readonly roles?: readonly { readonly id: string; readonly title: BilingualText }[];
  readonly workflow?: { readonly steps?: readonly { readonly id: string; readonly role?: string; readonly title?: BilingualText }[] };
}

/** The issuing agency: its name, its parent (cơ quan chủ quản) and the place name of the date line. */
export interface OfficialFormAgency {
  readonly code?: string;
  readonly title?: BilingualText | string;
  readonly parentTitle?: string;
  /** Địa danh, e.g. "Hà Nội", written before the date: "Hà Nội, ngày … tháng … năm …". */
  readonly place?: string;
  readonly phone?: string;
}

/** The objects in the answers that usually hold the applicant, in the order they are tried. */
const APPLICANT_KEYS = ['applicant', 'requester', 'owner', 'founder', 'investor', 'contact'];

/** The applicant of `dossier`: `dossier.applicant` where given, else the first of the usual answer objects. */
export function readApplicant(dossier: OfficialFormDossier): Required<OfficialFormApplicant> {
  const data = dossier.data ?? {};
  const holder = APPLICANT_KEYS.map((key) => data[key]).find((value): value is Record<string, unknown> => isRecord(value) && typeof value['fullName'] === 'string');
  const given = dossier.applicant ?? {};
  const from = (key: string) => (holder && typeof holder[key] === 'string' ? holder[key] : '');
  return {
    name: given.name ?? from('fullName'),
    address: given.address ?? (from('address') || addressLine(holder?.['residence']) || addressLine(holder?.['address'])),
    phone: given.phone ?? from('phone'),
    email: given.email ?? from('email'),
  };
}

/** The title of component `id` in `procedure`, or the id itself. */
export function componentTitle(procedure: OfficialFormProcedure | null, id: string): string {
  return procedure?.components?.find((component) => component.id === id)?.title.vi ?? id;
}

/** The title of `role` in `procedure`, or the role id itself. */
export function roleTitle(procedure: OfficialFormProcedure | null, role: string | null | undefined): string {
  if (!role) return '';
  return procedure?.roles?.find((entry) => entry.id === role)?.title.vi ?? role;
}

/** The role that works on step `state`, when `state` is a step of `procedure`. */
export function stepRole(procedure: OfficialFormProcedure | null, state: string | null | undefined): string | null {
  return procedure?.workflow?.steps?.find((step) => step.id === state)?.role ?? null;
}

/** The procedure's name: from the procedure, else the dossier's `procedureTitle`, else its key. */
export function procedureName(dossier: OfficialFormDossier, procedure: OfficialFormProcedure | null): string {
  const title = procedure?.title ?? dossier.procedureTitle;
  if (typeof title === 'string') return title;
  return title?.vi ?? dossier.procedure ?? '';
}

/** The statutory term in words, e.g. "03 ngày làm việc" or "Trong ngày". */
export function termWords(procedure: OfficialFormProcedure | null): string {
  const term = procedure?.deadline?.term;
  if (!term?.unit) return '';
  if (term.unit === 'same-day') return 'Trong ngày làm việc';
  const count = String(term.value ?? '').padStart(2, '0');
  const unit = { 'working-days': 'ngày làm việc', 'working-hours': 'giờ làm việc', 'calendar-days': 'ngày' }[term.unit] ?? term.unit;
  return `${count} ${unit}`;
}

/** The agency's name in Vietnamese (forms are Vietnamese documents), or its code. */
export function agencyName(agency: OfficialFormAgency | null): string {
  const title = agency?.title;
  if (typeof title === 'string') return title;
  return title?.vi ?? agency?.code ?? '';
}

function addressLine(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return '';
  return [value['line'], value['unitName'] ?? value['unitCode']].filter((part): part is string => typeof part === 'string' && part !== '').join(', ');
}

