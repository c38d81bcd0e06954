/**
 * The public catalogue routes: `GET /api/procedures` (what a citizen needs to pick a procedure),
 * `GET /api/procedures/:key` (the full procedure JSON the form is built from) and `GET /api/calendar`
 * (the working calendar the legal clock counts in). No authentication: procedures are public
 * (Decree 63/2010 Art. 15: administrative procedures must be published).
 */
import type { WorkingCalendar } from '@motcua/core';
import type { CatalogueEntry, ProcedureCatalogue } from './procedure-catalogue.js';
import { NotFoundError } from './http-errors.js';
import { jsonAnswer, type HttpAnswer } from './http-exchange.js';

/** One entry of `GET /api/procedures`. */
export interface ProcedureSummary {
  readonly key: string;
  readonly code: string;
  readonly version: string;
  readonly title: CatalogueEntry['procedure']['title'];
  readonly summary: CatalogueEntry['procedure']['summary'] | null;
  readonly sector: { readonly code: string; readonly title: CatalogueEntry['procedure']['title'] };
  readonly level: readonly string[];
  readonly channels: readonly string[];
  /** The online channel's level (Decree 42/2022 Art. 11: full or partial online service), null when not online. */
  readonly onlineLevel: 'full' | 'partial' | null;
  /** Whether the dossier may be filed anywhere in the province regardless of residence. */
  readonly boundaryFree: boolean;
  readonly applicantTypes: readonly string[];
}

/** `GET /api/procedures`: every loaded version, in load order. */
export function listProcedures(catalogue: ProcedureCatalogue): HttpAnswer {
  return jsonAnswer(200, { procedures: catalogue.entries.map(toProcedureSummary) });
}

/** `GET /api/procedures/:key`: `code@version`, or a bare code for its current (last loaded) version. */
export function getProcedure(catalogue: ProcedureCatalogue, key: string): HttpAnswer {
  const entry = catalogue.resolve(key);
  if (!entry) {
    throw new NotFoundError('procedure-not-found', {
      vi: `Không có thủ tục "${key}"; hãy dùng mã thủ tục hoặc mã@phiên-bản trong GET /api/procedures.`,
      en: `No procedure "${key}"; use a code or code@version listed by GET /api/procedures.`,
    });
  }
  return jsonAnswer(200, entry.procedure);
}

/** `GET /api/calendar`: the configured working calendar's data, or 404 when none was configured. */
export function getCalendar(calendar: WorkingCalendar | undefined): HttpAnswer {
  if (calendar === undefined) {
    throw new NotFoundError('calendar-not-configured', {
      vi: 'Máy chủ này không cấu hình lịch làm việc; thời hạn tính theo lịch mặc định của từng thủ tục.',
      en: 'This server has no working calendar configured; each procedure counts in its default calendar.',
    });
  }
  return jsonAnswer(200, calendar.data);
}

/** The summary of one catalogue entry. */
export function toProcedureSummary({ key, procedure }: CatalogueEntry): ProcedureSummary {
  const online = procedure.channels.find((channel) => channel.kind === 'online');
  return {
    key, code: procedure.code, version: procedure.version, title: procedure.title, summary: procedure.summary ?? null,
    sector: { code: procedure.sector.code, title: procedure.sector.title },
    level: [...procedure.level],
    channels: procedure.channels.map((channel) => channel.kind),
    onlineLevel: online?.onlineLevel ?? null,
    boundaryFree: procedure.boundaryFree ?? false,
    applicantTypes: [...(procedure.applicantTypes ?? [])],
  };
}
