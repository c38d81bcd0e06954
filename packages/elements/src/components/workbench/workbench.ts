/**
 * `MotcuaWorkbench`: the officer's workbench — inbox, a dossier's detail, its actions, and the official
 * forms to print. Long (about 300 lines) because the four views share the loading state and the focus
 * moves between them; each view's markup lives in its own module (`workbench-inbox.ts`,
 * `workbench-detail.ts`, `workbench-action-form.ts`, `workbench-print.ts`).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events/emit.js';
import { focusErrorSummary, renderErrorSummary } from '../../internal/error-summary.js';
import { resolveLang, type Lang } from '../../internal/localize.js';
import { localized, type BilingualText } from '../../internal/localized-text.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import type { OfficialFormAgency } from '../official-form/official-form-data.js';
import type { MotcuaOfficialForm } from '../official-form/official-form.js';
import {
  DEFAULT_OFFICIAL_FORM_EDITION, isOfficialFormEdition, type OfficialFormDefinition, type OfficialFormEdition,
} from '../official-form/official-form-editions.js';
import { toVnParts } from '../official-form/vn-dates.js';
import { readActionForm, renderActionFields, toActionBody, validateAction, type ActionError } from './workbench-action-form.js';
import { createWorkbenchApi, type ApiFailureReason, type WorkbenchApi } from './workbench-api.js';
import { renderAnswers, renderDocuments, renderHistory, renderSummary } from './workbench-detail.js';
import { renderInbox } from './workbench-inbox.js';
import { renderPrintChoices, renderPrintView, trackingBook } from './workbench-print.js';
import type { DossierDetail, InboxView, ProcedureView, WorkbenchAction } from './workbench-view.js';
import { stateWords, t } from './workbench-words.js';
import { workbenchStyles } from './workbench.styles.js';

type Load<TValue> =
  | { readonly kind: 'idle' | 'loading' }
  | { readonly kind: 'loaded'; readonly value: TValue }
  | { readonly kind: 'failed'; readonly reason: ApiFailureReason; readonly status: number | null };
interface Opened { readonly detail: DossierDetail; readonly procedure: ProcedureView | null }
interface Notice { readonly kind: 'done' | 'conflict' | 'failed'; readonly text: string }
const NOTICE_CLASS: Readonly<Record<Notice['kind'], string>> = { done: 'success', conflict: 'warning', failed: 'error' };

/**
 * The officer's workbench over the dossier API: the inbox of the token's role and agency (`GET /api/inbox`,
 * sortable by due date, overdue and due soon said in words), a dossier's detail (`GET
 * /api/dossiers/:code/detail` and its procedure from `GET /api/procedures/:key`) with the answers, documents,
 * history and only the actions the role may take now; each action asks for what it requires, validates it
 * with an error summary, and posts it (`POST /api/dossiers/:code/actions`) with the version the officer saw.
 * A 409 reloads the dossier and says someone else changed it; a 422 shows the server's reason. The
 * official forms of `edition` open in a print view (`<motcua-official-form>`): 2025 (Circular
 * 03/2025/TT-VPCP, the default) 01–07 with the tracking book 07, or 2018 (Circular 01/2018/TT-VPCP) 01–06
 * with the tracking book 06.
 *
 * @tag motcua-workbench
 * @fires motcua-action-done - `{ code, type, state }` when an action was accepted.
 * @csspart base - the wrapper.
 * @csspart inbox - the inbox table.
 * @csspart sort - the due-date sort button.
 * @csspart detail - the dossier's detail.
 * @csspart answers - the applicant's answers.
 * @csspart documents - the documents.
 * @csspart history - the history timeline.
 * @csspart actions - the action buttons.
 * @csspart action-form - the open action's form.
 * @csspart notice - the live region for outcomes.
 * @csspart print - the print view.
 * @cssprop --motcua-color-primary, --motcua-color-error, --motcua-font-family … - see `styles/tokens.css`.
 */
export class MotcuaWorkbench extends LitElement {
  static override styles = [tokens, sharedStyles, workbenchStyles];

  /** Base URL of the dossier API. */
  @property() endpoint = '/api';
  /** The officer's bearer token. */
  @property() token = '';
  /** A dossier to open at once (a deep link); the inbox otherwise. */
  @property() code = '';
  /**
   * The set of official forms offered: `2025` (Circular 03/2025/TT-VPCP, in force; also used for an unknown
   * value) or `2018` (Circular 01/2018/TT-VPCP, for dossiers received before 01/07/2025).
   */
  @property() edition: OfficialFormEdition = DEFAULT_OFFICIAL_FORM_EDITION;
  /** The issuing agency printed on the official forms; its code from the inbox when absent. */
  @property({ attribute: false }) agency: OfficialFormAgency | null = null;
  /** The `fetch` to call; the global one unless injected (stories, tests). */
  @property({ attribute: false }) fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);
  /** The clock for overdue, due soon and the forms' date line; the wall clock unless injected. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private inbox: Load<InboxView> = { kind: 'idle' };
  @state() private titles: ReadonlyMap<string, BilingualText> = new Map();
  @state() private descending = false;
  @state() private opened: Load<Opened> = { kind: 'idle' };
  @state() private selected: string | null = null;
  @state() private openAction: string | null = null;
  @state() private errors: readonly ActionError[] = [];
  @state() private rejection: string | null = null;
  @state() private sending = false;
  @state() private notice: Notice | null = null;
  @state() private printing: OfficialFormDefinition | null = null;

  private readonly procedures = new Map<string, ProcedureView | null>();
  private focusTarget: string | null = null;
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('token') || changed.has('endpoint')) && this.token.trim()) void this.loadInbox();
    if (changed.has('code') && this.code.trim() && this.token.trim()) this.openDossier(this.code.trim(), false);
  }

  protected override updated(): void {
    if (this.focusTarget === null) return;
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target === '.error-summary') focusErrorSummary(this.renderRoot);
    else this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    return html`
      <div part="base" class="base" lang=${lang}>
        ${this.printing ? this.renderPrint(this.printing, lang) : this.selected ? this.renderDetail(lang) : this.renderInboxView(lang)}
      </div>
    `;
  }

  private renderInboxView(lang: Lang): TemplateResult {
    const inbox = this.inbox;
    let body: TemplateResult;
    if (!this.token.trim()) body = html`<p class="notice">${t('no-token', lang)}</p>`;
    else if (inbox.kind === 'loaded') {
      body = renderInbox({
        inbox: inbox.value, titles: this.titles, descending: this.descending, now: this.now(), lang,
        onOpen: (code) => this.openDossier(code), onSort: () => { this.descending = !this.descending; },
        onPrintBook: () => this.showPrint(trackingBook(this.formEdition)),
      });
    } else if (inbox.kind === 'failed') body = this.renderFailure(inbox, lang, () => void this.loadInbox());
    else body = html`<p role="status">${t('inbox-loading', lang)}</p>`;
    return html`<section aria-labelledby="inbox-title"><h2 id="inbox-title" tabindex="-1">${t('inbox-title', lang)}</h2>${body}</section>`;
  }

  private renderFailure(failure: { reason: ApiFailureReason; status: number | null }, lang: Lang, retry: () => void): TemplateResult {
    const key = (['unauthorized', 'not-found', 'network', 'invalid-response'] as const).find((reason) => reason === failure.reason) ?? 'server-error';
    return html`<div class="notice notice--error" role="alert" data-state="error"><p>${t(key, lang, { status: failure.status ?? '' })}</p>
      <button type="button" class="button--secondary" @click=${retry}>${t('retry', lang)}</button></div>`;
  }

  private renderDetail(lang: Lang): TemplateResult {
    const code = this.selected!;
    const opened = this.opened;
    // One heading element across loading and loaded, so the focus put on it survives the load.
    return html`
      <p><button type="button" class="link-button" data-action="back" @click=${this.backToInbox}>${t('back', lang)}</button></p>
      <section part="detail" aria-labelledby="detail-title">
        <h2 id="detail-title" tabindex="-1">${t('detail-title', lang, { code })}</h2>
        ${opened.kind === 'loaded' ? this.renderOpened(opened.value, lang)
          : opened.kind === 'failed' ? this.renderFailure(opened, lang, () => void this.loadDetail(code))
          : html`<p role="status">${t('detail-loading', lang)}</p>`}
      </section>
    `;
  }

  private renderOpened({ detail, procedure }: Opened, lang: Lang): TemplateResult {
    return html`
      <div part="notice" class="outcome" role="status" aria-live="polite">${this.notice
        ? html`<p id="notice" tabindex="-1" class="notice notice--${NOTICE_CLASS[this.notice.kind]}" data-notice=${this.notice.kind}>${this.notice.text}</p>`
        : nothing}</div>
      ${renderSummary(detail, procedure, this.now(), lang)}
      ${this.renderActions(detail, procedure, lang)}
      ${renderPrintChoices(detail, this.formEdition, lang, (form) => this.showPrint(form))}
      ${renderAnswers(detail, procedure, lang)}
      ${renderDocuments(detail, procedure, lang, (sha) => this.api().documentUrl(detail.code, sha), (event, sha, name) => {
        event.preventDefault(); // the link alone would not carry the bearer token
        void this.download(detail.code, sha, name);
      })}
      ${renderHistory(detail, procedure, lang)}
    `;
  }

  private renderActions(detail: DossierDetail, procedure: ProcedureView | null, lang: Lang): TemplateResult {
    const open = detail.actions.find((action) => action.type === this.openAction) ?? null;
    return html`
      <section part="actions" aria-labelledby="actions-title">
        <h3 id="actions-title">${t('actions-title', lang)}</h3>
        ${detail.actions.length === 0 ? html`<p>${t('actions-empty', lang)}</p>` : html`
          <ul class="actions">${detail.actions.map((action) => html`
            <li><button type="button" class="button--secondary" data-type=${action.type} aria-expanded=${action.type === this.openAction ? 'true' : 'false'}
              @click=${() => this.toggleAction(action.type)}>${localized(action.title, lang)}</button></li>`)}
          </ul>`}
        ${open ? this.renderActionForm(open, procedure, lang) : nothing}
      </section>
    `;
  }

  private renderActionForm(action: WorkbenchAction, procedure: ProcedureView | null, lang: Lang): TemplateResult {
    const summary = this.errors.map((error) => ({ target: error.target, message: t(error.message, lang) }));
    return html`
      <form part="action-form" class="action-form" novalidate aria-labelledby="action-title" @submit=${(event: SubmitEvent) => void this.submitAction(event, action)}>
        <h4 id="action-title">${localized(action.title, lang)}</h4>
        ${summary.length ? renderErrorSummary(this.renderRoot, summary, lang) : nothing}
        ${this.rejection ? html`<div id="rejection" class="notice notice--error" role="alert" tabindex="-1" data-state="rejected"><p>${this.rejection}</p></div>` : nothing}
        ${renderActionFields(action, procedure, this.errors, lang)}
        <div class="buttons">
          <button type="submit" part="confirm" ?disabled=${this.sending}>${this.sending ? t('sending', lang) : t('confirm', lang)}</button>
          <button type="button" class="button--secondary" @click=${() => this.toggleAction(action.type)}>${t('cancel', lang)}</button>
        </div>
      </form>
    `;
  }

  private renderPrint(form: OfficialFormDefinition, lang: Lang): TemplateResult {
    const opened = this.opened.kind === 'loaded' && this.selected ? this.opened.value : null;
    const inbox = this.inbox.kind === 'loaded' ? this.inbox.value : null;
    return renderPrintView({
      form, lang, now: this.now, dossier: opened?.detail ?? null, procedure: opened?.procedure ?? null,
      dossiers: form.perDossier ? [] : inbox?.dossiers ?? [],
      agency: this.agency ?? { code: opened?.detail.agency ?? inbox?.agency ?? '' },
      onPrint: this.printForm, onClose: this.closePrint,
    });
  }

  private api(): WorkbenchApi {
    return createWorkbenchApi({ endpoint: this.endpoint, token: this.token.trim(), fetch: this.fetch });
  }

  private async loadInbox(): Promise<void> {
    const generation = ++this.generation;
    if (this.inbox.kind !== 'loaded') this.inbox = { kind: 'loading' };
    const api = this.api();
    const [inbox, titles] = await Promise.all([api.inbox(), api.procedureTitles()]);
    if (generation !== this.generation) return;
    if (titles.ok) this.titles = titles.value;
    this.inbox = inbox.ok ? { kind: 'loaded', value: inbox.value } : { kind: 'failed', reason: inbox.reason, status: inbox.status };
  }

  private openDossier(code: string, focus = true): void {
    this.selected = code;
    this.notice = null;
    this.openAction = null;
    this.opened = { kind: 'loading' };
    if (focus) this.focusTarget = '#detail-title';
    void this.loadDetail(code);
  }

  private async loadDetail(code: string): Promise<void> {
    const api = this.api();
    const detail = await api.detail(code);
    if (this.selected !== code) return;
    if (!detail.ok) {
      this.opened = { kind: 'failed', reason: detail.reason, status: detail.status };
      return;
    }
    const key = detail.value.procedure;
    if (!this.procedures.has(key)) {
      const procedure = await api.procedure(key);
      this.procedures.set(key, procedure.ok ? procedure.value : null);
    }
    if (this.selected !== code) return;
    this.opened = { kind: 'loaded', value: { detail: detail.value, procedure: this.procedures.get(key) ?? null } };
  }

  private readonly backToInbox = (): void => {
    const code = this.selected;
    this.selected = null;
    this.opened = { kind: 'idle' };
    this.openAction = null;
    this.notice = null;
    this.focusTarget = code ? `tr[data-code="${CSS.escape(code)}"] button` : '#inbox-title';
    void this.loadInbox();
  };

  private toggleAction(type: string): void {
    const opening = this.openAction !== type;
    this.openAction = opening ? type : null;
    this.errors = [];
    this.rejection = null;
    this.notice = null;
    this.focusTarget = opening ? '.action-form :is(input, textarea)' : `button[data-type="${CSS.escape(type)}"]`;
  }

  private async submitAction(event: SubmitEvent, action: WorkbenchAction): Promise<void> {
    event.preventDefault();
    if (this.opened.kind !== 'loaded' || this.sending) return;
    const { detail, procedure } = this.opened.value;
    const values = readActionForm(event.currentTarget as HTMLFormElement);
    const today = toVnParts(this.now());
    const todayText = today ? `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}` : '';
    this.errors = validateAction(action, values, todayText, procedure?.components?.[0]?.id ?? '');
    this.rejection = null;
    if (this.errors.length) {
      this.focusTarget = '.error-summary';
      return;
    }
    this.sending = true;
    const result = await this.api().act(detail.code, toActionBody(action, values, detail.version));
    this.sending = false;
    const lang = resolveLang(this);
    if (result.ok) {
      this.openAction = null;
      this.notice = { kind: 'done', text: t('done', lang, { action: localized(action.title, lang), state: stateWords(result.value, lang) }) };
      this.focusTarget = '#notice';
      emit(this, 'motcua-action-done', { code: detail.code, type: action.type, state: result.value.state });
      await this.loadDetail(detail.code);
    } else if (result.reason === 'conflict') {
      // Concurrency by versioned writes (design.md): the server answered with the dossier as it is now.
      this.openAction = null;
      this.notice = { kind: 'conflict', text: t('conflict', lang) };
      this.focusTarget = '#notice';
      await this.loadDetail(detail.code);
    } else {
      const message = result.message ? localized(result.message, lang) : t(result.reason === 'unauthorized' ? 'unauthorized' : 'server-error', lang, { status: result.status ?? '' });
      this.rejection = result.reason === 'rejected' ? t('rejected', lang, { message }) : message;
      this.focusTarget = '#rejection';
    }
  }

  private async download(code: string, sha256: string, name: string): Promise<void> {
    if (await this.api().download(code, sha256, name)) return;
    this.notice = { kind: 'failed', text: t('download-failed', resolveLang(this), { name }) };
    this.focusTarget = '#notice';
  }

  private get formEdition(): OfficialFormEdition {
    return isOfficialFormEdition(this.edition) ? this.edition : DEFAULT_OFFICIAL_FORM_EDITION;
  }

  private showPrint(form: OfficialFormDefinition): void {
    this.printing = form;
    this.focusTarget = '#print-title';
  }

  private readonly printForm = (): void => {
    this.renderRoot.querySelector<MotcuaOfficialForm>('motcua-official-form')?.print();
  };

  private readonly closePrint = (): void => {
    const form = this.printing;
    this.printing = null;
    this.focusTarget = !form || form.perDossier ? `button[data-print="${form?.number ?? ''}"]` : 'button[data-action="print-book"]';
  };
}
