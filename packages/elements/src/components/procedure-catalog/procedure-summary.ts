/**
 * `toProcedureSummaries`: the catalogue as `GET /api/procedures` returns it, checked at the edge. Older
 * servers send only `key`, `code`, `version`, `title` and `channels`; sector, levels, online level,
 * boundary-free and summary are read when present and left empty otherwise.
 */
import type { BilingualText } from '../../internal/localized-text.js';
import { isRecord } from '../../internal/is-record.js';

/** Levels of government (Decree 118/2025 abolished the district level from 01/07/2025; kept for history). */
export type ProcedureLevel = 'central' | 'province' | 'district' | 'commune';

/** How far a procedure runs online (Decree 42/2022): the whole process, or part of it. */
export type OnlineLevel = 'full' | 'partial';

/** One procedure version in the catalogue. */
export interface ProcedureSummary {
  /** `code@version`: what a dossier is submitted under. */
  readonly key: string;
  readonly code: string;
  readonly version: string;
  readonly title: BilingualText;
  readonly summary: BilingualText | null;
  readonly sector: { readonly code: string; readonly title: BilingualText } | null;
  readonly levels: readonly ProcedureLevel[];
  readonly onlineLevel: OnlineLevel | null;
  /** Whether it can be filed online at all; null when the server did not say (no channels). */
  readonly online: boolean | null;
  /** Received at any point regardless of administrative boundary (Decree 118/2025). */
  readonly boundaryFree: boolean;
}

/** `motcua-procedure-open`: the citizen chose to start a procedure (cancelable). */
export interface ProcedureOpenDetail {
  readonly key: string;
  readonly code: string;
  readonly version: string;
}

const LEVELS: readonly string[] = ['central', 'province', 'district', 'commune'];

/** The procedures in `body` (`{ procedures: [...] }` or a bare array); null when it is neither. */
export function toProcedureSummaries(body: unknown): ProcedureSummary[] | null {
  const list = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body['procedures']) ? body['procedures'] : null;
  return list === null ? null : list.flatMap(toProcedureSummary);
}

function toProcedureSummary(value: unknown): ProcedureSummary[] {
  if (!isRecord(value) || typeof value['code'] !== 'string') return [];
  const title = toText(value['title']);
  if (title === null) return [];
  const version = typeof value['version'] === 'string' ? value['version'] : '';
  const channels = Array.isArray(value['channels']) ? value['channels'] : null;
  const onlineLevel = value['onlineLevel'] === 'full' || value['onlineLevel'] === 'partial' ? value['onlineLevel'] : null;
  const rawLevels = Array.isArray(value['level']) ? value['level'] : Array.isArray(value['levels']) ? value['levels'] : [];
  return [{
    key: typeof value['key'] === 'string' ? value['key'] : `${value['code']}@${version}`,
    code: value['code'], version, title, summary: toText(value['summary']), sector: toSector(value['sector']),
    levels: rawLevels.filter((level): level is ProcedureLevel => LEVELS.includes(level as string)),
    onlineLevel, online: onlineLevel !== null ? true : channels === null ? null : channels.includes('online'),
    boundaryFree: value['boundaryFree'] === true,
  }];
}

function toSector(value: unknown): ProcedureSummary['sector'] {
  if (!isRecord(value) || typeof value['code'] !== 'string') return null;
  const title = toText(value['title']);
  return title === null ? null : { code: value['code'], title };
}

function toText(value: unknown): BilingualText | null {
  if (typeof value === 'string') return { vi: value };
  if (!isRecord(value) || typeof value['vi'] !== 'string') return null;
  return typeof value['en'] === 'string' ? { vi: value['vi'], en: value['en'] } : { vi: value['vi'] };
}
