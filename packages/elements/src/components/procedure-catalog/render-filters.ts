/**
 * `renderFilters`: the GOV.UK-style filter form of the catalogue — a search box, a sector select, level
 * checkboxes, an online-level select and a boundary-free checkbox — offering only what the catalogue
 * holds. Every change applies at once; the submit button moves the reader to the results.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import type { ProcedureLevel, ProcedureSummary } from './procedure-summary.js';
import { t } from './render-procedure-item.js';
import type { ProcedureFilters } from './search-procedures.js';

/** What the form reports. */
export interface FilterHandlers {
  readonly onChange: (filters: ProcedureFilters) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onClear: () => void;
}

const LEVEL_ORDER: readonly ProcedureLevel[] = ['central', 'province', 'district', 'commune'];
const ONLINE_OPTIONS = ['full', 'partial', 'none'] as const;

/** The filter form for `procedures`, showing `filters`. */
export function renderFilters(procedures: readonly ProcedureSummary[], filters: ProcedureFilters, lang: Lang, handlers: FilterHandlers): TemplateResult {
  const sectors = sectorsOf(procedures, lang);
  const levels = LEVEL_ORDER.filter((level) => procedures.some((procedure) => procedure.levels.includes(level)));
  const change = (patch: Partial<ProcedureFilters>) => handlers.onChange({ ...filters, ...patch });
  return html`
    <form part="filters" class="filters" role="search" novalidate aria-labelledby="filters-title" @submit=${handlers.onSubmit}>
      <h3 id="filters-title">${t('filters-title', lang)}</h3>
      <div class="field">
        <label for="search">${t('search-label', lang)}</label>
        <p id="search-hint" class="hint">${t('search-hint', lang)}</p>
        <input id="search" name="search" type="search" autocomplete="off" aria-describedby="search-hint" .value=${filters.query}
          @input=${(event: Event) => change({ query: (event.target as HTMLInputElement).value })} />
      </div>
      ${sectors.length ? html`
        <div class="field">
          <label for="sector">${t('sector-label', lang)}</label>
          <select id="sector" name="sector" @change=${(event: Event) => change({ sector: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${filters.sector === ''}>${t('sector-any', lang)}</option>
            ${sectors.map(([code, title]) => html`<option value=${code} ?selected=${filters.sector === code}>${title}</option>`)}
          </select>
        </div>` : nothing}
      ${levels.length ? html`
        <fieldset>
          <legend>${t('level-legend', lang)}</legend>
          ${levels.map((level) => html`
            <div class="checkbox">
              <input id="level-${level}" type="checkbox" name="level" value=${level} .checked=${filters.levels.includes(level)}
                @change=${(event: Event) => change({ levels: toggled(filters.levels, level, (event.target as HTMLInputElement).checked) })} />
              <label for="level-${level}">${t(`level.${level}`, lang)}</label>
            </div>`)}
        </fieldset>` : nothing}
      <div class="field">
        <label for="online">${t('online-label', lang)}</label>
        <select id="online" name="online" @change=${(event: Event) => change({ online: (event.target as HTMLSelectElement).value as ProcedureFilters['online'] })}>
          <option value="" ?selected=${filters.online === ''}>${t('online-any', lang)}</option>
          ${ONLINE_OPTIONS.map((option) => html`<option value=${option} ?selected=${filters.online === option}>${t(`online.${option}`, lang)}</option>`)}
        </select>
      </div>
      ${procedures.some((procedure) => procedure.boundaryFree) ? html`
        <div class="checkbox field">
          <input id="boundary-free" type="checkbox" name="boundary-free" .checked=${filters.boundaryFreeOnly}
            @change=${(event: Event) => change({ boundaryFreeOnly: (event.target as HTMLInputElement).checked })} />
          <label for="boundary-free">${t('boundary-free-filter', lang)}</label>
        </div>` : nothing}
      <div class="actions">
        <button part="apply" type="submit">${t('apply', lang)}</button>
        <button part="clear" type="button" class="link-button" @click=${handlers.onClear}>${t('clear', lang)}</button>
      </div>
    </form>
  `;
}

/** The catalogue's sectors as `[code, title]`, sorted by title in the reader's language. */
function sectorsOf(procedures: readonly ProcedureSummary[], lang: Lang): [string, string][] {
  const byCode = new Map<string, string>();
  for (const { sector } of procedures) if (sector && !byCode.has(sector.code)) byCode.set(sector.code, localized(sector.title, lang));
  return [...byCode].sort(([, a], [, b]) => a.localeCompare(b, lang));
}

function toggled(levels: readonly ProcedureLevel[], level: ProcedureLevel, on: boolean): ProcedureLevel[] {
  return on ? [...levels.filter((item) => item !== level), level] : levels.filter((item) => item !== level);
}
