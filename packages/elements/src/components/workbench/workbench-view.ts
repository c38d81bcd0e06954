/**
 * What the workbench reads from the HTTP API — the inbox, a dossier's detail, a procedure — checked at the
 * edge. Elements never import server code (style.md), so the shapes are restated here (after
 * `packages/server/src/http/dossier-view.ts` and `AvailableAction` in `@motcua/core`) and read defensively.
 */
import type { BilingualText } from '../../internal/localized-text.js';
import type { OfficialFormDossier, OfficialFormHistoryEntry, OfficialFormProcedure } from '../official-form/official-form-data.js';
import { isRecord } from '../../internal/is-record.js';

/** What an action needs besides the officer's word (`Requirement` in `@motcua/core`). */
export type ActionRequirement = 'reason' | 'missing-components' | 'attachment' | 'new-due-date';

/** An action the officer's role may take now. */
export interface WorkbenchAction {
  /** `${step}.${action}`, or a built-in event such as `EXTEND`. */
  readonly type: string;
  readonly kind: string;
  readonly requires: readonly ActionRequirement[];
  readonly title: BilingualText;
}

/** A dossier in the inbox. */
export interface InboxDossier extends OfficialFormDossier {
  readonly procedure: string;
  readonly agency: string;
  readonly state: string;
  readonly status: number | null;
  readonly closed: boolean;
  readonly dueAt: string | null;
  readonly version: number;
  readonly submittedAt: string | null;
  readonly receivedAt: string | null;
  readonly request: { readonly kind: string; readonly reason: string | null; readonly components: readonly string[] } | null;
  readonly actions: readonly WorkbenchAction[];
}

/** `GET /api/inbox`. */
export interface InboxView {
  readonly role: string;
  readonly agency: string;
  readonly dossiers: readonly InboxDossier[];
}

/** A document the applicant filed. */
export interface DossierDocument {
  readonly component: string;
  readonly sha256: string;
  readonly size: number | null;
  readonly mediaType: string;
  readonly uploadedAt: string | null;
}

/** `GET /api/dossiers/:code/detail`: the view with the actions, answers, documents and history. */
export interface DossierDetail extends InboxDossier {
  readonly data: Readonly<Record<string, unknown>>;
  readonly documents: readonly DossierDocument[];
  readonly history: readonly OfficialFormHistoryEntry[];
  readonly procedureTitle: BilingualText | null;
}

/** A labelled answer field of the procedure's layout. */
export interface LayoutFieldView {
  readonly field: string;
  readonly label: BilingualText;
  readonly options?: readonly { readonly value: string | number; readonly label: BilingualText }[];
  /** For a list of items: how each item's answers are labelled (`field` is the item's key). */
  readonly itemFields?: readonly LayoutFieldView[];
}

/** What the workbench reads of a procedure; also what the official forms read. */
export interface ProcedureView extends OfficialFormProcedure {
  readonly pages: readonly { readonly title: BilingualText; readonly fields: readonly LayoutFieldView[] }[];
}

const REQUIREMENTS: readonly ActionRequirement[] = ['reason', 'missing-components', 'attachment', 'new-due-date'];

/** The inbox in `body`, or null when it is not one. */
export function toInboxView(body: unknown): InboxView | null {
  if (!isRecord(body) || !Array.isArray(body['dossiers'])) return null;
  const dossiers = body['dossiers'].map(toInboxDossier).filter((dossier): dossier is InboxDossier => dossier !== null);
  return { role: str(body['role']), agency: str(body['agency']), dossiers };
}

/** The detail in `body`, or null when it is not a dossier. */
export function toDossierDetail(body: unknown): DossierDetail | null {
  const view = toInboxDossier(body);
  if (!view || !isRecord(body)) return null;
  const documents = list(body['documents']).filter(isRecord).filter((doc) => typeof doc['component'] === 'string' && typeof doc['sha256'] === 'string')
    .map((doc) => ({
      component: str(doc['component']), sha256: str(doc['sha256']), size: typeof doc['size'] === 'number' ? doc['size'] : null,
      mediaType: str(doc['mediaType']), uploadedAt: strOrNull(doc['uploadedAt']),
    }));
  const history = list(body['history']).filter(isRecord).filter((entry) => typeof entry['at'] === 'string' && typeof entry['type'] === 'string')
    .map((entry) => ({
      at: str(entry['at']), type: str(entry['type']), title: toText(entry['title']), actorRole: strOrNull(entry['actorRole']),
      actorId: strOrNull(entry['actorId']), state: strOrNull(entry['state']), status: typeof entry['status'] === 'number' ? entry['status'] : null,
      reason: strOrNull(entry['reason']), dueAt: strOrNull(entry['dueAt']), dueChanged: entry['dueChanged'] === true,
    }));
  const data = isRecord(body['data']) ? body['data'] : {};
  return { ...view, data, documents, history, procedureTitle: toText(body['procedureTitle']) };
}

/** The procedure in `body` (its JSON), or null when it has no title. */
export function toProcedureView(body: unknown): ProcedureView | null {
  if (!isRecord(body)) return null;
  const title = toText(body['title']);
  if (!title) return null;
  const form = isRecord(body['form']) ? body['form'] : {};
  const layout = isRecord(form['layout']) ? form['layout'] : {};
  const pages = list(layout['pages']).filter(isRecord).map((page) => ({
    title: toText(page['title']) ?? { vi: '' },
    fields: list(page['fields']).filter(isRecord).filter((field) => typeof field['field'] === 'string').map(toLayoutFieldView),
  }));
  const named = (value: unknown) => list(value).filter(isRecord).filter((item) => typeof item['id'] === 'string')
    .map((item) => ({ id: str(item['id']), title: toText(item['title']) ?? { vi: str(item['id']) } }));
  const workflow = isRecord(body['workflow']) ? body['workflow'] : {};
  const steps = list(workflow['steps']).filter(isRecord).map((step) => ({ id: str(step['id']), role: str(step['role']), title: toText(step['title']) ?? { vi: '' } }));
  return {
    code: str(body['code']), title, deadline: isRecord(body['deadline']) ? (body['deadline'] as ProcedureView['deadline']) : {},
    components: named(body['components']), roles: named(body['roles']), workflow: { steps }, pages,
  };
}

function toLayoutFieldView(field: Record<string, unknown>): LayoutFieldView {
  const items = list(field['itemFields']).filter(isRecord).filter((item) => typeof item['field'] === 'string');
  return {
    field: str(field['field']), label: toText(field['label']) ?? { vi: str(field['field']) },
    options: list(field['options']).filter(isRecord).map((option) => ({ value: option['value'] as string | number, label: toText(option['label']) ?? { vi: String(option['value']) } })),
    ...(items.length ? { itemFields: items.map(toLayoutFieldView) } : {}),
  };
}

function toInboxDossier(value: unknown): InboxDossier | null {
  if (!isRecord(value) || typeof value['code'] !== 'string' || typeof value['state'] !== 'string') return null;
  const actions = list(value['actions']).filter(isRecord).filter((action) => typeof action['type'] === 'string').map((action) => ({
    type: str(action['type']), kind: str(action['kind']),
    requires: list(action['requires']).filter((item): item is ActionRequirement => REQUIREMENTS.includes(item as ActionRequirement)),
    title: toText(action['title']) ?? { vi: str(action['type']) },
  }));
  const request = isRecord(value['request']) ? {
    kind: str(value['request']['kind']), reason: strOrNull(value['request']['reason']),
    components: list(value['request']['components']).filter((item): item is string => typeof item === 'string'),
  } : null;
  return {
    code: value['code'], procedure: str(value['procedure']), agency: str(value['agency']), state: value['state'],
    status: typeof value['status'] === 'number' ? value['status'] : null, closed: value['closed'] === true, dueAt: strOrNull(value['dueAt']),
    version: typeof value['version'] === 'number' ? value['version'] : 0, submittedAt: strOrNull(value['submittedAt']),
    receivedAt: strOrNull(value['receivedAt']), request, actions,
  };
}

function toText(value: unknown): BilingualText | null {
  if (typeof value === 'string') return { vi: value };
  if (!isRecord(value) || typeof value['vi'] !== 'string') return null;
  return typeof value['en'] === 'string' ? { vi: value['vi'], en: value['en'] } : { vi: value['vi'] };
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

