/**
 * `renderProcedureItem`: one procedure in the results — title, summary, code, sector, levels, online
 * level, the boundary-free badge (Decree 118/2025: received at any point, regardless of the
 * administrative boundary) and the start link or button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import { procedureCatalogMessages, type ProcedureCatalogKey } from './procedure-catalog.messages.js';
import type { ProcedureSummary } from './procedure-summary.js';

/** `t` for the catalog's messages. */
export function t(key: ProcedureCatalogKey, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return translate(procedureCatalogMessages, key, lang, params);
}

/** How the start control behaves: a link to `href` when there is one, else a button. */
export interface StartControl {
  readonly href: string | null;
  readonly onStart: (event: Event, procedure: ProcedureSummary) => void;
}

/** The result item of `procedure`; `index` makes its ids unique within the shadow root. */
export function renderProcedureItem(procedure: ProcedureSummary, index: number, lang: Lang, start: StartControl): TemplateResult {
  const titleId = `procedure-${index}-title`;
  const title = localized(procedure.title, lang);
  const online = onlineWords(procedure, lang);
  const label = html`${t('start', lang)}<span class="visually-hidden">: ${title}</span>`;
  return html`
    <li class="item" part="item" data-key=${procedure.key}>
      <h3 id=${titleId}>${title}</h3>
      ${procedure.summary ? html`<p class="summary">${localized(procedure.summary, lang)}</p>` : nothing}
      ${procedure.boundaryFree ? html`<p><strong class="tag tag--boundary-free" data-field="boundary-free">${t('boundary-free', lang)}</strong></p>` : nothing}
      <dl>
        <div><dt>${t('code', lang)}</dt><dd data-field="code">${procedure.code}</dd></div>
        ${procedure.sector ? html`<div><dt>${t('sector', lang)}</dt><dd data-field="sector">${localized(procedure.sector.title, lang)}</dd></div>` : nothing}
        ${procedure.levels.length ? html`<div><dt>${t('level', lang)}</dt><dd data-field="level">${procedure.levels.map((level) => t(`level.${level}`, lang)).join(', ')}</dd></div>` : nothing}
        ${online ? html`<div><dt>${t('online', lang)}</dt><dd data-field="online">${online}</dd></div>` : nothing}
      </dl>
      ${start.href === null
        ? html`<button class="start" part="start" type="button" @click=${(event: Event) => start.onStart(event, procedure)}>${label}</button>`
        : html`<a class="start" part="start" href=${start.href} @click=${(event: Event) => start.onStart(event, procedure)}>${label}</a>`}
    </li>
  `;
}

/** The online level in words; null when the server did not say. */
function onlineWords(procedure: ProcedureSummary, lang: Lang): string | null {
  if (procedure.onlineLevel) return t(`online.${procedure.onlineLevel}`, lang);
  if (procedure.online === null) return null;
  return t(procedure.online ? 'online.yes' : 'online.none', lang);
}

/**
 * `template` with `{key}`, `{code}` and `{version}` filled in, each URL-encoded.
 * @example fillHref('/form.html?procedure={key}', p) // '/form.html?procedure=1.001193%401.0.0'
 */
export function fillHref(template: string, procedure: ProcedureSummary): string {
  const values: Readonly<Record<string, string>> = { key: procedure.key, code: procedure.code, version: procedure.version };
  return template.replace(/\{(key|code|version)\}/g, (_whole, name: string) => encodeURIComponent(values[name]!));
}
