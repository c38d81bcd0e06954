/**
 * `MotcuaStatistics`: the on-time report of an agency for a period — received, early / on time / late
 * (domain.md §3.4), in progress, withdrawn, the on-time rate, the Decision 766 progress score, the backlog,
 * and the average office time per step — over `GET {endpoint}/statistics`, for a signed-in officer.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/emit.js';
import { focusErrorSummary, renderErrorSummary } from '../../internal/error-summary.js';
import { commonMsg, resolveLang, translate, type Lang } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { toStatisticsReport, type GroupStatisticsView, type StatisticsReport } from './statistics-report.js';
import { statisticsMessages, type StatisticsKey } from './statistics.messages.js';
import { statisticsStyles } from './statistics.styles.js';

type Phase =
  | { readonly kind: 'idle' | 'loading' }
  | { readonly kind: 'loaded'; readonly report: StatisticsReport }
  | { readonly kind: 'failed'; readonly status: number | null };

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * @tag motcua-statistics
 * @fires motcua-statistics-loaded - `{ report }` when a report arrives.
 * @csspart base - the wrapper.
 * @csspart form - the period form.
 * @csspart table - the figures table.
 */
export class MotcuaStatistics extends LitElement {
  static override styles = [tokens, sharedStyles, statisticsStyles];

  /** Base URL of the dossier API. */
  @property() endpoint = '/api';
  /** The officer's bearer token; statistics cover that officer's agency. */
  @property() token = '';
  /** First day of the period, `YYYY-MM-DD` (Vietnam days); the first of this month by default. */
  @property() from = '';
  /** Last day of the period, included; today by default. */
  @property() to = '';
  /** `procedure` or `agency`. */
  @property({ attribute: 'group-by' }) groupBy: 'procedure' | 'agency' = 'procedure';
  /** The HTTP client; `globalThis.fetch` unless injected. */
  @property({ attribute: false }) fetch: typeof globalThis.fetch = (...args) => globalThis.fetch(...args);
  /** The clock for the default period. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private phase: Phase = { kind: 'idle' };
  @state() private errors: readonly { target: 'from' | 'to'; key: StatisticsKey; name?: StatisticsKey }[] = [];

  private controller: AbortController | null = null;
  private focusSummary = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.from || !this.to) {
      const today = vietnamDay(this.now().getTime());
      this.to ||= today;
      this.from ||= `${today.slice(0, 8)}01`;
    }
    if (this.token && ['token', 'endpoint', 'from', 'to', 'groupBy'].some((name) => changed.has(name as keyof MotcuaStatistics))) void this.load();
  }

  protected override updated(): void {
    if (!this.focusSummary) return;
    this.focusSummary = false;
    focusErrorSummary(this.renderRoot);
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    return html`
      <div part="base" class="base" lang=${lang}>
        <h2>${t('title', lang)}</h2>
        ${this.errors.length
          ? renderErrorSummary(this.renderRoot, this.errors.map(({ target, key, name }) => ({ target, message: t(key, lang, { name: name ? t(name, lang) : '' }) })), lang)
          : nothing}
        ${this.renderForm(lang)}
        <div role="status" aria-live="polite">${this.renderPhase(lang)}</div>
      </div>
    `;
  }

  private renderForm(lang: Lang): TemplateResult {
    const dateField = (name: 'from' | 'to', value: string) => {
      const error = this.errors.find((item) => item.target === name);
      return html`
        <div class="field ${error ? 'field--error' : ''}">
          <label for=${name}>${t(name, lang)}</label>
          ${error ? html`<p id="${name}-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t(error.key, lang, { name: t(name, lang) })}</p>` : nothing}
          <input id=${name} name=${name} type="date" .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${name}-error` : nothing} />
        </div>`;
    };
    return html`
      <form part="form" class="period" novalidate @submit=${this.onSubmit}>
        ${dateField('from', this.from)} ${dateField('to', this.to)}
        <div class="field">
          <label for="group-by">${t('group-by', lang)}</label>
          <select id="group-by" name="groupBy">
            ${(['procedure', 'agency'] as const).map((value) => html`<option value=${value} ?selected=${this.groupBy === value}>${t(`group-by.${value}`, lang)}</option>`)}
          </select>
        </div>
        <button type="submit">${t('show', lang)}</button>
      </form>
    `;
  }

  private renderPhase(lang: Lang): TemplateResult | typeof nothing {
    switch (this.phase.kind) {
      case 'idle': return nothing;
      case 'loading': return html`<p>${t('loading', lang)}</p>`;
      case 'failed':
        return html`<div class="notice notice--error"><p>${this.phase.status === null ? t('network', lang) : t('failed', lang, { status: this.phase.status })}</p></div>`;
      case 'loaded': return this.renderReport(this.phase.report, lang);
    }
  }

  private renderReport(report: StatisticsReport, lang: Lang): TemplateResult {
    if (report.groups.length === 0) return html`<p data-field="empty">${t('empty', lang)}</p>`;
    const day = (iso: string) => formatDay(iso);
    const cells = (group: GroupStatisticsView) => [
      group.received, group.finishedEarly, group.finishedOnTime, group.finishedLate, group.inProgressOnTime, group.inProgressOverdue, group.withdrawn,
      group.onTimeRate === null ? t('not-applicable', lang) : formatPercent(group.onTimeRate, lang),
      group.progressScore === null ? t('not-applicable', lang) : formatNumber(group.progressScore, lang), group.backlog,
    ];
    const columns: StatisticsKey[] = ['col.received', 'col.early', 'col.on-time', 'col.late', 'col.in-progress', 'col.overdue', 'col.withdrawn', 'col.rate', 'col.score', 'col.backlog'];
    return html`
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t('title', lang)}>
        <table part="table">
          <caption>${t('caption', lang, { from: day(report.from), asOf: day(report.asOf) })}</caption>
          <thead><tr><th scope="col">${t('col.key', lang)}</th>${columns.map((key) => html`<th scope="col">${t(key, lang)}</th>`)}</tr></thead>
          <tbody>
            ${report.groups.map((group) => html`<tr data-group=${group.key}><th scope="row">${group.key}</th>${cells(group).map((cell) => html`<td>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      ${report.groups.filter((group) => group.steps.length > 0).map((group) => html`
        <details>
          <summary>${t('steps', lang, { key: group.key })}</summary>
          <table>
            <thead><tr><th scope="col">${t('col.step', lang)}</th><th scope="col">${t('col.stays', lang)}</th><th scope="col">${t('col.hours', lang)}</th></tr></thead>
            <tbody>${group.steps.map((step) => html`<tr><th scope="row">${step.step}</th><td>${step.stays}</td><td>${formatNumber(step.averageWorkingHours, lang)}</td></tr>`)}</tbody>
          </table>
        </details>`)}
    `;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
    const from = read('from');
    const to = read('to');
    const errors: { target: 'from' | 'to'; key: StatisticsKey }[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) errors.push({ target: 'from', key: 'date-missing' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) errors.push({ target: 'to', key: 'date-missing' });
    if (errors.length === 0 && to < from) errors.push({ target: 'to', key: 'range-reversed' });
    this.errors = errors;
    if (errors.length) {
      this.focusSummary = true;
      return;
    }
    const groupBy = read('groupBy') === 'agency' ? 'agency' : 'procedure';
    const unchanged = from === this.from && to === this.to && groupBy === this.groupBy;
    Object.assign(this, { from, to, groupBy });
    if (unchanged) void this.load(); // a repeated request re-reads the figures
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = { kind: 'loading' };
    const query = new URLSearchParams({ from: this.from, to: this.to, groupBy: this.groupBy });
    let phase: Phase;
    try {
      const response = await this.fetch(`${this.endpoint.replace(/\/+$/, '')}/statistics?${query}`, {
        headers: { accept: 'application/json', authorization: `Bearer ${this.token}` }, signal: controller.signal,
      });
      const report = response.ok ? toStatisticsReport(await response.json().catch(() => null)) : null;
      phase = report ? { kind: 'loaded', report } : { kind: 'failed', status: response.status };
    } catch {
      phase = { kind: 'failed', status: null };
    }
    if (controller !== this.controller || controller.signal.aborted) return;
    this.phase = phase;
    if (phase.kind === 'loaded') emit(this, 'motcua-statistics-loaded', { report: phase.report });
  }
}

function t(key: StatisticsKey, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return translate(statisticsMessages, key, lang, params);
}

/** `YYYY-MM-DD` of the Vietnam day (UTC+7) containing `ms`. */
function vietnamDay(ms: number): string {
  return new Date(Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** `dd/mm/yyyy` of the Vietnam day of an ISO instant. */
function formatDay(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const [year, month, day] = vietnamDay(ms).split('-');
  return `${day}/${month}/${year}`;
}

function formatPercent(rate: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
