/**
 * Drafts: the answers saved in `localStorage` under `motcua-draft:<code>@<version>` (or a key the page
 * chooses), so a citizen can close the tab and resume. Files are never saved (they can be large and
 * personal; the form says so). A draft belongs to one procedure version: answers to another version's
 * questions are not loaded, because its fields and rules may differ.
 */
import { isRecord, type FormAnswers } from './form-model.js';

/** What a draft holds. */
export interface FormDraft {
  /** `<code>@<version>` of the procedure the answers belong to. */
  readonly procedure: string;
  readonly data: FormAnswers;
  /** Ids of the question pages completed. */
  readonly completed: readonly string[];
  readonly savedAt: string;
}

/** What was found for a procedure: its own draft, one of another version, or nothing. */
export type DraftLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly draft: FormDraft }
  | { readonly kind: 'other-version'; readonly version: string };

/** The default storage key of a procedure's draft. */
export function draftKeyOf(procedureKey: string): string {
  return `motcua-draft:${procedureKey}`;
}

/** Finds the draft for `procedureKey` (`code@version`) under `key`, or another version's under the same code. */
export function findDraft(storage: Storage | null, key: string, procedureKey: string): DraftLookup {
  if (!storage) return { kind: 'none' };
  const own = readDraft(storage, key);
  if (own && own.procedure === procedureKey) return { kind: 'found', draft: own };
  if (own) return { kind: 'other-version', version: versionOf(own.procedure) };
  const code = procedureKey.slice(0, procedureKey.lastIndexOf('@'));
  for (let i = 0; i < storage.length; i++) {
    const other = storage.key(i);
    if (other?.startsWith(`motcua-draft:${code}@`) && other !== key) return { kind: 'other-version', version: other.slice(`motcua-draft:${code}@`.length) };
  }
  return { kind: 'none' };
}

/** Saves `draft` under `key`; a full or blocked storage only loses the draft, never the form. */
export function saveDraft(storage: Storage | null, key: string, draft: FormDraft): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the answers stay in the page.
  }
}

/** Removes the draft under `key`. */
export function removeDraft(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Storage disabled: nothing was saved.
  }
}

/** `localStorage`, or null where it is blocked (private modes, sandboxed frames). */
export function draftStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readDraft(storage: Storage, key: string): FormDraft | null {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value['procedure'] !== 'string' || !isRecord(value['data'])) return null;
  const completed = Array.isArray(value['completed']) ? value['completed'].filter((id): id is string => typeof id === 'string') : [];
  return { procedure: value['procedure'], data: value['data'], completed, savedAt: typeof value['savedAt'] === 'string' ? value['savedAt'] : '' };
}

function versionOf(procedureKey: string): string {
  return procedureKey.slice(procedureKey.lastIndexOf('@') + 1);
}
