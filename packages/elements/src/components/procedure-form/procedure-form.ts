/**
 * `MotcuaProcedureForm`: the citizen's guided form for one procedure. Longer than most modules (about 600
 * lines) because it is the one place that holds the form's state — answers, step, errors, files,
 * prefill, draft, submission — and wires it to the pure pieces beside it: `form-model` (paths,
 * visibility), `form-validation`, `form-list` (list questions), `form-draft`, `form-prefill`,
 * `form-submission`, `address-book`, and the `render-*` modules. Each step's rendering is its own short method.
 */
import type { ChannelKind, ExpressionEnvironment, Procedure } from '@motcua/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../../events/emit.js';
import { formatDueDate } from '../../internal/format-due-date.js';
import { localized } from '../../internal/localized-text.js';
import { resolveLang, type Lang } from '../../internal/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.js';
import { AddressBook } from './address-book.js';
import { apiAddressProvider, type AddressProvider } from './address-provider.js';
import { checkUpload } from '../../internal/check-upload.js';
import { DraftKeeper } from './draft-keeper.js';
import { draftKeyOf, draftStorage, findDraft, removeDraft, saveDraft, type FormDraft } from './form-draft.js';
import {
  collectDefaults, controlIdOf, environmentOf, isRecord, isRequired, pruneHidden, readPath, schemaAt, visibleFields, visiblePages, widgetOf, writePath,
  type DossierComponent, type FormAnswers, type FormPage, type LayoutField, type PrefillRule,
} from './form-model.js';
import { prefillRequests, subjectOf, type ApplicantIdentity, type PrefillProvider, type PrefillRequest } from './form-prefill.js';
import { checkQuestion, expandQuestions, itemFields, itemName, showList, type FormList, type ItemField } from './form-list.js';
import type { CheckContext } from './form-validation.js';
import { sendSubmission, submissionFor, type Submission } from './form-submission.js';
import type { ProcedureSubmitDetail } from './procedure-form.events.js';
import { describeUploadProblem, listComponentProblems, renderComponents } from './render-components.js';
import { renderField } from './render-field.js';
import { estimateFeesAndDue, renderFeesAndDue } from './render-fees.js';
import { renderCheckAnswers, renderReceipt, renderTaskList, type ReceiptView, type TaskStatus } from './render-overview.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';
import { procedureFormStyles } from './procedure-form.styles.js';
import { renderSummary, type SummaryItem } from './render-summary.js';
import type { SubmittedDossier } from './submit-dossier.js';

/** Steps: `page:<id>` for question pages. */
type Step = 'loading' | 'load-error' | 'resume' | 'tasks' | `page:${string}` | 'components' | 'fees' | 'check' | 'receipt';

/** More question pages than this and the form opens on a task list (GOV.UK "complete multiple tasks"). */
const TASK_LIST_MIN_PAGES = 5;

/**
 * The citizen's guided form, generated from a procedure: one question page at a time (a task list when
 * there are many), live conditional questions, prefill from national databases, the dossier components
 * with uploads checked by content, fees and the expected result date, check answers, submit, receipt.
 * List questions (`form.data` arrays) follow GOV.UK "add another": a fieldset per item, "Add another"
 * and "Remove", each item checked at its own path (`members.0.fullName`); enum lists are checkboxes.
 * Drafts are kept in `localStorage`. Form-associated: inside a native `<form>` its value is the JSON of
 * the answers under `name`, and its validity is the current page's.
 *
 * @tag motcua-procedure-form
 * @fires motcua-submit - cancelable, `{ procedure, channel, agency, data, documents, files }` on Submit.
 * @fires motcua-submitted - `{ code, accessToken, dueAt }` once the server took the dossier and its files.
 * @csspart base - the wrapper.
 * @csspart page - the form of the current step.
 * @csspart task-list - the list of sections.
 * @csspart error-summary - the error summary.
 * @csspart summary - the check-answers summary.
 * @csspart continue - the Continue button. @csspart back - the Back button.
 * @csspart submit - the Submit button.
 * @csspart receipt - the receipt. @csspart print - its Print button.
 * @cssprop --motcua-color-primary, --motcua-color-error, --motcua-font-family … - see `styles/tokens.css`.
 */
export class MotcuaProcedureForm extends LitElement {
  static override styles = [tokens, sharedStyles, procedureFormStyles];
  static formAssociated = true;
  // Declared here rather than with decorators: the standalone bundle then carries no decorator helpers.
  static override properties = {
    procedure: { attribute: false }, src: {}, endpoint: {}, channel: {}, agency: {}, name: { reflect: true },
    draftKey: { attribute: 'draft-key' }, applicant: { attribute: false }, prefillProvider: { attribute: false },
    addressProvider: { attribute: false }, fetch: { attribute: false }, citizenToken: { attribute: false }, now: { attribute: false },
    // Internal state (Lit `state`: not attributes, re-render on change).
    step: { state: true }, data: { state: true }, summary: { state: true }, fieldErrors: { state: true }, completed: { state: true },
    visited: { state: true }, prefilled: { state: true }, files: { state: true }, fileErrors: { state: true }, pendingDraft: { state: true },
    otherDraftVersion: { state: true }, submitting: { state: true }, receipt: { state: true }, loadError: { state: true }, announcement: { state: true },
    formDisabled: { state: true },
  };

  /** The procedure (as the server serves it: already validated). */
  procedure: Procedure | null = null;
  /** URL of the procedure JSON, fetched when `procedure` is not set. */
  src = '';
  /** Base URL of the dossier API; empty to only fire `motcua-submit`. */
  endpoint = '/api';
  /** How the dossier is filed. */
  channel: ChannelKind = 'online';
  /** Code of the receiving agency, sent with the submission. */
  agency = '';
  /** Name of the value in a surrounding `<form>`. */
  name = '';
  /** Storage key of the draft; `motcua-draft:<code>@<version>` by default. */
  draftKey = '';
  /** The signed-in applicant, for `applicant` prefill rules. */
  applicant: ApplicantIdentity | null = null;
  /** Looks fields up in national databases. */
  prefillProvider: PrefillProvider | null = null;
  /**
   * Provinces and communes for address questions; by default the server at `endpoint` is asked
   * (`GET /api/administrative-units`). Give one when `endpoint` is empty and the form asks addresses.
   */
  addressProvider: AddressProvider | null = null;
  /**
   * The signed-in citizen's token (VNeID), sent with the submission only: the server then replaces the
   * non-editable prefilled answers by the population registry's and judges waived components on its facts.
   * Files go with the dossier's own access token.
   */
  citizenToken: string | null = null;
  /** The HTTP client; `globalThis.fetch` unless injected. */
  fetch: typeof globalThis.fetch | null = null;
  /** The clock (fees' `$today`, the due-date estimate, draft times); the wall clock unless injected. */
  now: () => Date = () => new Date();

  private step: Step = 'loading';
  private data: FormAnswers = {};
  private summary: readonly SummaryItem[] = [];
  private fieldErrors: ReadonlyMap<string, string> = new Map();
  private completed: ReadonlySet<string> = new Set();
  private visited: ReadonlySet<string> = new Set();
  private prefilled: ReadonlyMap<string, PrefillRule> = new Map();
  private files: ReadonlyMap<string, File> = new Map();
  private fileErrors: ReadonlyMap<string, string> = new Map();
  private pendingDraft: FormDraft | null = null;
  private otherDraftVersion: string | null = null;
  private submitting = false;
  private receipt: Omit<ReceiptView, 'lang'> | null = null;
  private loadError = '';
  /** Said by the status region: that a list item was removed. */
  private announcement = '';
  /** Disabled by its own `disabled` attribute or a disabled `<fieldset>` around it. */
  private formDisabled = false;

  readonly #internals: ElementInternals = this.attachInternals();
  #returnToCheck = false;
  /** After the next render, focus: the error summary, the heading, or the element with this id. */
  #focusAfterRender: string | null = null;
  #submission: Submission | null = null;
  readonly #addresses = new AddressBook(this, () => this.addressProvider ?? apiAddressProvider(this.endpoint, this.fetch ?? globalThis.fetch));
  #loadedSrc = '';
  readonly #drafts = new DraftKeeper(this, () => this.#writeDraft());
  #derived: { inputs: unknown[]; env: ExpressionEnvironment; pages: FormPage[] } | undefined;

  /** The current step, e.g. `page:child`, `components`, `check`, `receipt`. */
  get currentStep(): string {
    return this.step;
  }

  /** The answers as they would be submitted now (hidden questions left out). */
  get value(): FormAnswers {
    return this.procedure ? pruneHidden(this.procedure, this.data, this.#env()) : {};
  }

  /** The surrounding form, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The current page's validity, as native controls have it (`customError` and the first problem's message). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The first problem of the current page, in the form's language; empty when it passes. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether a surrounding form checks this element (not when disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Whether the current page's answers pass (without showing anything). */
  checkValidity(): boolean {
    return this.#syncValidity().length === 0;
  }

  /** Checks the current page and, when something is wrong, shows the error summary and focuses it. */
  reportValidity(): boolean {
    const problems = this.#syncValidity(true);
    if (problems.length > 0) this.#showProblems(problems);
    return problems.length === 0;
  }

  formResetCallback(): void {
    if (this.procedure) this.#start(this.procedure, false);
  }

  /** Every control and button is disabled with the element, as a native control would be. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure') && this.procedure) this.#start(this.procedure, true);
    else if (changed.has('src') && this.src && !this.procedure && this.src !== this.#loadedSrc) void this.#load(this.src);
    if (changed.has('applicant') && changed.get('applicant') !== undefined && this.procedure) void this.#runPrefill();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const focus = this.#focusAfterRender;
    this.#focusAfterRender = null;
    if (focus === 'summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (focus) this.shadowRoot?.getElementById(focus === 'heading' ? 'step-title' : focus)?.focus();
    // The value and validity follow the answers, the step and what decides visibility, not every render.
    if (!['data', 'step', 'files', 'prefilled', 'procedure', 'channel'].some((name) => changed.has(name as keyof MotcuaProcedureForm))) return;
    this.#internals.setFormValue(this.procedure ? JSON.stringify(this.value) : null);
    this.#syncValidity();
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    // A fieldset, so that `disabled` reaches every control inside; `role=none`: not a group to listen to.
    return html`<fieldset part="base" class="base" role="none" lang=${lang} ?disabled=${this.formDisabled}>${this.#renderStep(lang)}</fieldset>`;
  }

  // ——— Starting ———

  async #load(src: string): Promise<void> {
    this.#loadedSrc = src;
    this.step = 'loading';
    try {
      const response = await (this.fetch ?? globalThis.fetch)(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.procedure = (await response.json()) as Procedure;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      this.step = 'load-error';
    }
  }

  #start(procedure: Procedure, offerDraft: boolean): void {
    this.data = collectDefaults(procedure.form.data);
    this.completed = new Set();
    this.visited = new Set();
    this.prefilled = new Map();
    this.files = new Map();
    this.fileErrors = new Map();
    this.fieldErrors = new Map();
    this.summary = [];
    this.#submission = null;
    this.receipt = null;
    const found = offerDraft ? findDraft(draftStorage(), this.#storageKey(), this.#procedureKey()) : { kind: 'none' as const };
    this.pendingDraft = found.kind === 'found' ? found.draft : null;
    this.otherDraftVersion = found.kind === 'other-version' ? found.version : null;
    this.step = this.pendingDraft ? 'resume' : this.#firstStep();
    this.#addresses.reset();
    void this.#runPrefill();
  }

  #resumeDraft(resume: boolean): void {
    const draft = this.pendingDraft;
    if (resume && draft) {
      this.data = draft.data;
      this.completed = new Set(draft.completed);
      this.visited = new Set(draft.completed);
      void this.#syncAddresses();
    } else {
      removeDraft(draftStorage(), this.#storageKey());
    }
    this.pendingDraft = null;
    this.#goTo(this.#firstStep());
  }

  #procedureKey(): string {
    return this.procedure ? `${this.procedure.code}@${this.procedure.version}` : '';
  }

  #storageKey(): string {
    return this.draftKey || draftKeyOf(this.#procedureKey());
  }

  // ——— Steps ———

  /**
   * What the procedure's conditions see now. One answer is read many times per change (which pages and
   * questions show, which are required, the checks, the value), so the environment and the visible pages
   * are kept until something they depend on changes (every such input is replaced, never mutated), or for
   * an hour at most (`$today`).
   */
  #env(): ExpressionEnvironment {
    const inputs = [this.procedure, this.data, this.files, this.prefilled, this.channel, Math.floor(this.now().getTime() / 36e5)];
    if (!this.#derived || inputs.some((input, index) => input !== this.#derived!.inputs[index])) {
      const env = environmentOf(this.procedure!, this.data, { channel: this.channel, documents: [...this.files.keys()], prefilled: [...this.prefilled.keys()], now: this.now() });
      this.#derived = { inputs, env, pages: visiblePages(this.procedure!, env) };
    }
    return this.#derived.env;
  }

  #pages(): FormPage[] {
    return this.procedure ? (this.#env(), this.#derived!.pages) : [];
  }

  #usesTaskList(): boolean {
    return this.#pages().length >= TASK_LIST_MIN_PAGES;
  }

  #sequence(): Step[] {
    const pages = this.#pages().map((page): Step => `page:${page.id}`);
    const components: Step[] = (this.procedure?.components.length ?? 0) > 0 ? ['components'] : [];
    return [...(this.#usesTaskList() ? ['tasks' as const] : []), ...pages, ...components, 'fees', 'check'];
  }

  #firstStep(): Step {
    return this.#sequence()[0] ?? 'check';
  }

  #currentPage(): FormPage | null {
    return this.step.startsWith('page:') ? this.#pages().find((page) => `page:${page.id}` === this.step) ?? null : null;
  }

  #goTo(step: Step): void {
    if (step.startsWith('page:')) this.visited = new Set([...this.visited, step.slice(5)]);
    this.step = step;
    this.summary = [];
    this.announcement = '';
    this.#focusAfterRender = 'heading';
  }

  #next(): void {
    if (this.#returnToCheck && this.step.startsWith('page:')) {
      this.#returnToCheck = false;
      this.#goTo('check');
      return;
    }
    if (this.step === 'tasks') {
      const open = this.#pages().find((page) => !this.completed.has(page.id));
      this.#goTo(open ? `page:${open.id}` : this.#sequence().find((step) => !step.startsWith('page:') && step !== 'tasks') ?? 'check');
      return;
    }
    const sequence = this.#sequence();
    this.#goTo(sequence[sequence.indexOf(this.step) + 1] ?? 'check');
  }

  #back(): void {
    const sequence = this.#sequence();
    const previous = sequence[sequence.indexOf(this.step) - 1];
    if (previous) this.#goTo(previous);
  }

  #onContinue(event: SubmitEvent): void {
    event.preventDefault();
    const problems = this.#currentProblems();
    if (problems.length > 0) {
      this.#showProblems(problems);
      return;
    }
    const page = this.#currentPage();
    if (page) {
      this.completed = new Set([...this.completed, page.id]);
      this.#drafts.now();
    }
    this.#next();
  }

  /**
   * The problems of the current step: its visible questions, or the missing components. With `firstOnly`
   * the questions are checked until one has a problem: the element's validity needs no more, and it is
   * kept on every change.
   */
  #currentProblems(firstOnly = false): SummaryItem[] {
    if (!this.procedure) return [];
    const lang = resolveLang(this);
    if (this.step === 'components') {
      return listComponentProblems(this.procedure, this.#env(), [...this.files.keys()], lang).map((problem) => ({ message: problem.message, target: `file-${problem.component}` }));
    }
    const page = this.#currentPage();
    if (!page) return [];
    const context = this.#context();
    const problems: SummaryItem[] = [];
    for (const field of visibleFields(page, context.env)) {
      for (const [path, message] of checkQuestion(context, field)) problems.push({ message, target: controlIdOf(path), page: page.id });
      if (firstOnly && problems.length > 0) break;
    }
    return problems;
  }

  #context(): CheckContext {
    return { procedure: this.procedure!, data: this.data, env: this.#env(), lang: resolveLang(this) };
  }

  /** The questions of the current page shown now, list items' questions included. */
  #questions(): LayoutField[] {
    const page = this.#currentPage();
    const context = this.#context();
    return page ? expandQuestions(context, visibleFields(page, context.env)) : [];
  }

  #showProblems(problems: readonly SummaryItem[]): void {
    this.summary = problems;
    const fieldErrors = new Map(this.fieldErrors);
    const fileErrors = new Map(this.fileErrors);
    for (const problem of problems) {
      if (problem.target.startsWith('file-')) fileErrors.set(problem.target.slice(5), problem.message);
      else fieldErrors.set(problem.target.slice('field-'.length), problem.message);
    }
    this.fieldErrors = fieldErrors;
    this.fileErrors = fileErrors;
    this.#focusAfterRender = 'summary';
  }

  /** Sets the element's validity to the current page's; returns the first problems, or with `all` every one. */
  #syncValidity(all = false): SummaryItem[] {
    const problems = this.step === 'receipt' ? [] : this.#currentProblems(!all);
    if (problems.length === 0) this.#internals.setValidity({});
    else this.#internals.setValidity({ customError: true }, problems[0]!.message, this.shadowRoot?.getElementById(problems[0]!.target) ?? undefined);
    return problems;
  }

  // ——— Answers ———

  #onFieldEvent(event: Event): void {
    const control = event.composedPath()[0];
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement)) return;
    const path = control.dataset['path'];
    if (!path || !this.procedure || control.type === 'file') return;
    const [target, value] = this.#readControl(control, path);
    if (!Object.is(readPath(this.data, target), value)) this.data = writePath(this.data, target, value);
    // Questions hidden by this answer are no longer checked: drop their problems from the summary.
    const questions = this.#questions();
    if (this.summary.some((item) => item.page)) {
      const shown = new Set(questions.map((field) => controlIdOf(field.field)));
      const kept = this.summary.filter((item) => !item.page || shown.has(item.target));
      if (kept.length < this.summary.length) this.summary = kept;
    }
    const field = questions.find((candidate) => candidate.field === path);
    if (field && (event.type === 'change' || this.fieldErrors.has(path))) this.#checkOne(field, event.type === 'change');
    if (event.type === 'change') {
      this.#drafts.soon();
      if (this.procedure.prefill?.some((rule) => subjectOf(rule) === path)) void this.#runPrefill(path);
    }
  }

  /**
   * Where `control`'s value goes and what it is. A click on a box fires `input` and `change`, and a text
   * field's `change` repeats its last `input`: the caller writes only a value that differs, so the second
   * event re-renders nothing.
   */
  #readControl(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, path: string): [string, unknown] {
    const part = control.dataset['part'];
    if (part === 'province') {
      this.#addresses.choose(path, control.value);
      return [`${path}.unitCode`, undefined];
    }
    if (part === 'unitCode' || part === 'line') return [`${path}.${part}`, control.value || undefined];
    if (control.dataset['kind'] === 'choice') {
      // A checkbox group of enum values: the chosen ones, in the order the procedure lists them.
      const chosen = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[data-kind=choice][name="${path}"]:checked`)].map((box) => box.value);
      return [path, chosen.length ? chosen : undefined];
    }
    if (control instanceof HTMLInputElement && control.type === 'checkbox') return [path, control.checked];
    if (control.value === '') return [path, undefined];
    const schema = schemaAt(this.procedure!.form, path);
    const numeric = control.type === 'number' || schema?.type === 'number' || schema?.type === 'integer';
    return [path, numeric ? Number(control.value) : control.value];
  }

  /** Re-checks one answer: shows a new problem only on `change` (once touched), clears a fixed one at once. */
  #checkOne(field: LayoutField, touched: boolean): void {
    const message = checkQuestion(this.#context(), field).find(([path]) => path === field.field)?.[1] ?? null;
    const errors = new Map(this.fieldErrors);
    if (message === null) errors.delete(field.field);
    else if (touched || errors.has(field.field)) errors.set(field.field, message);
    this.fieldErrors = errors;
    if (message === null) this.summary = this.summary.filter((item) => item.target !== controlIdOf(field.field));
  }

  // ——— Lists ———

  /** Adds an empty item after the `count` shown, then focuses its first question. */
  #addItem(field: LayoutField, list: FormList, count: number): void {
    this.data = writePath(this.data, `${field.field}.${count}`, list.items.type === 'object' ? {} : '');
    this.#focusAfterRender = controlIdOf(itemFields(field, list, count, this.#env())[0]?.field ?? field.field);
    this.#drafts.now();
  }

  /** Removes item `index`, says so, and focuses the item that took its place, else the one before, else "Add". */
  #removeItem(field: LayoutField, index: number, lang: Lang): void {
    const items = readPath(this.data, field.field);
    const rest = Array.isArray(items) ? items.filter((_, other) => other !== index) : [];
    this.data = writePath(this.data, field.field, rest.length ? rest : undefined);
    // The items after it move up: their problems, keyed by position, are dropped until the next check.
    const under = `${field.field}.`;
    this.fieldErrors = new Map([...this.fieldErrors].filter(([path]) => !path.startsWith(under)));
    this.summary = this.summary.filter((item) => !item.target.startsWith(controlIdOf(under)));
    this.announcement = t(m.listRemoved, lang, { item: localized(itemName(field, index), lang) });
    const shown = showList(this.#context(), field)!.items;
    this.#focusAfterRender = controlIdOf((shown[index] ?? shown[index - 1])?.[0]!.field ?? field.field);
    this.#drafts.now();
  }

  /** Saves the answers as they are now (the draft keeper says when). */
  #writeDraft(): void {
    if (!this.procedure || this.step === 'receipt') return;
    saveDraft(draftStorage(), this.#storageKey(), {
      procedure: this.#procedureKey(), data: this.data, completed: [...this.completed], savedAt: this.now().toISOString(),
    });
  }

  // ——— Prefill and addresses ———

  async #runPrefill(changed?: string): Promise<void> {
    const procedure = this.procedure;
    const provider = this.prefillProvider;
    if (!procedure?.prefill) return;
    const requests = prefillRequests(this.#procedureKey(), procedure.prefill, this.data, this.applicant, changed);
    if (changed !== undefined) this.#forgetPrefill(procedure.prefill.filter((rule) => subjectOf(rule) === changed).map((rule) => rule.field));
    if (!provider) return;
    const answers = await Promise.all(requests.map(async (request) => [request, await provider(request).catch(() => undefined)] as const));
    if (this.procedure !== procedure) return;
    for (const [request, value] of answers) this.#applyPrefill(procedure, request, value);
    void this.#syncAddresses();
  }

  #applyPrefill(procedure: Procedure, request: PrefillRequest, value: unknown): void {
    const rule = procedure.prefill!.find((candidate) => candidate.field === request.field)!;
    if (value === undefined || value === null) return;
    this.data = writePath(this.data, request.field, value);
    this.prefilled = new Map([...this.prefilled, [request.field, rule]]);
    const errors = new Map(this.fieldErrors);
    errors.delete(request.field);
    this.fieldErrors = errors;
  }

  #forgetPrefill(fields: readonly string[]): void {
    this.prefilled = new Map([...this.prefilled].filter(([field]) => !fields.includes(field)));
  }

  /** Locates the province of address answers set without one (prefilled, resumed), so the selects show them. */
  async #syncAddresses(): Promise<void> {
    for (const field of this.procedure?.form.layout.pages.flatMap((page) => page.fields) ?? []) {
      const value = readPath(this.data, field.field);
      if (isRecord(value) && typeof value['unitCode'] === 'string') await this.#addresses.locate(field.field, value['unitCode']);
    }
  }

  // ——— Files ———

  async #onChooseFile(component: DossierComponent, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const check = await checkUpload(file, component);
    const files = new Map(this.files);
    const errors = new Map(this.fileErrors);
    if (check.ok) {
      files.set(component.id, file);
      errors.delete(component.id);
      this.summary = this.summary.filter((item) => item.target !== `file-${component.id}`);
    } else {
      files.delete(component.id);
      input.value = '';
      errors.set(component.id, describeUploadProblem(check.problem, file, component, resolveLang(this)));
    }
    this.files = files;
    this.fileErrors = errors;
  }

  #onRemoveFile(component: DossierComponent): void {
    const files = new Map(this.files);
    files.delete(component.id);
    this.files = files;
    const input = this.shadowRoot?.getElementById(`file-${component.id}`);
    if (input instanceof HTMLInputElement) {
      input.value = '';
      input.focus();
    }
  }

  // ——— Submitting ———

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting || !this.procedure) return;
    const files = [...this.files].map(([component, file]) => ({ component, file }));
    const detail: ProcedureSubmitDetail = {
      procedure: this.#procedureKey(), channel: this.channel, agency: this.agency, data: this.value, documents: files.map((item) => item.component), files,
    };
    if (!emit(this, 'motcua-submit', detail) || !this.endpoint) return;
    this.submitting = true;
    this.summary = [];
    const lang = resolveLang(this);
    const submission = submissionFor(this.#submission, detail);
    this.#submission = submission;
    const api = { fetch: this.fetch ?? globalThis.fetch.bind(globalThis), endpoint: this.endpoint, citizenToken: this.citizenToken };
    const outcome = await sendSubmission(api, this.procedure, submission, files, lang).finally(() => { this.submitting = false; });
    if (outcome.ok) this.#finish(outcome.dossier, lang);
    else this.#showProblems(outcome.problems);
  }

  #finish(dossier: SubmittedDossier, lang: Lang): void {
    const procedure = this.procedure!;
    removeDraft(draftStorage(), this.#storageKey());
    const estimate = estimateFeesAndDue(procedure, this.#env(), this.channel, this.now());
    this.receipt = {
      // An online dossier has no appointment until the agency receives it: show the estimate, said as one.
      procedureTitle: localized(procedure.title, lang), code: dossier.code, accessToken: dossier.accessToken, dueAt: dossier.dueAt ?? estimate.dueAt, dueEstimated: !dossier.dueAt,
      components: [...this.files.keys()].map((id) => this.#componentTitle(id, lang)), feesTotal: estimate.fees.items.length ? estimate.fees.total : null,
    };
    this.#submission = null;
    this.step = 'receipt';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus());
    emit(this, 'motcua-submitted', { code: dossier.code, accessToken: dossier.accessToken, dueAt: dossier.dueAt });
  }

  #componentTitle(id: string, lang: Lang): string {
    const component = this.procedure?.components.find((candidate) => candidate.id === id);
    return component ? localized(component.title, lang) : id;
  }

  async #followSummaryLink(event: Event, item: SummaryItem): Promise<void> {
    event.preventDefault();
    if (item.page && this.step !== `page:${item.page}`) {
      if (this.step === 'check' || this.step === 'fees' || this.step === 'components') this.#returnToCheck = true;
      const summary = this.summary;
      this.#goTo(`page:${item.page}`);
      this.summary = summary.filter((other) => other.page === item.page);
      this.#focusAfterRender = null;
      await this.updateComplete;
    }
    this.shadowRoot?.getElementById(item.target)?.focus();
  }

  // ——— Rendering ———

  #renderStep(lang: Lang): TemplateResult {
    if (this.step === 'loading') return html`<p role="status">${t(m.loading, lang)}</p>`;
    if (this.step === 'load-error') return html`<div class="notice notice--error" role="alert">${t(m.loadFailed, lang, { reason: this.loadError })}</div>`;
    if (this.step === 'receipt' && this.receipt) return renderReceipt({ ...this.receipt, lang });
    if (this.step === 'resume') return this.#renderResume(lang);
    const page = this.#currentPage();
    const body = page ? this.#renderPage(page, lang)
      : this.step === 'tasks' ? this.#renderTasks(lang)
        : this.step === 'components' ? this.#renderComponentsStep(lang)
          : this.step === 'fees' ? renderFeesAndDue(estimateFeesAndDue(this.procedure!, this.#env(), this.channel, this.now()), lang)
            : this.#renderCheck(lang);
    return this.#renderFrame(lang, page, body);
  }

  /** The common frame of a step: back, caption, heading, error summary, the step's body, the buttons. */
  #renderFrame(lang: Lang, page: FormPage | null, body: TemplateResult): TemplateResult {
    const sequence = this.#sequence();
    const index = sequence.indexOf(this.step);
    const isCheck = this.step === 'check';
    return html`
      <form part="page" class="page" novalidate aria-labelledby="step-title" data-step=${this.step}
        @submit=${isCheck ? this.#onSubmit : this.#onContinue} @input=${this.#onFieldEvent} @change=${this.#onFieldEvent}>
        ${index > 0 ? html`<button type="button" part="back" class="link-button back-link" @click=${this.#back}>${t(m.back, lang)}</button>` : nothing}
        ${this.otherDraftVersion ? html`<p class="notice" data-draft-notice>${t(m.draftOtherVersion, lang, { version: this.otherDraftVersion })}</p>` : nothing}
        ${page && this.#usesTaskList() ? html`<p class="caption">${t(m.pageOf, lang, { n: this.#pages().indexOf(page) + 1, total: this.#pages().length })}</p>` : nothing}
        <h2 id="step-title" tabindex="-1">${this.#stepTitle(lang, page)}</h2>
        ${renderSummary(this.summary, lang, (event, item) => void this.#followSummaryLink(event, item))}
        ${body}
        <div class="buttons">
          ${isCheck
            ? html`<p>${t(m.declaration, lang)}</p><button type="submit" id="submit-button" part="submit" ?disabled=${this.submitting}>${t(this.submitting ? m.submitting : m.submit, lang)}</button>`
            : html`<button type="submit" part="continue">${t(m.continueLabel, lang)}</button>`}
        </div>
        <p class="visually-hidden" role="status">${this.submitting ? t(m.submitting, lang) : this.announcement}</p>
      </form>
    `;
  }

  #stepTitle(lang: Lang, page: FormPage | null): string {
    if (page) return localized(page.title, lang);
    if (this.step === 'tasks') return localized(this.procedure!.title, lang);
    const titles: Record<string, m.Message> = { components: m.componentsTitle, fees: m.feesTitle, check: m.checkTitle };
    return t(titles[this.step] ?? m.checkTitle, lang);
  }

  #renderPage(page: FormPage, lang: Lang): TemplateResult {
    const procedure = this.procedure!;
    const env = this.#env();
    return html`
      ${page.description ? html`<p class="page-description">${localized(page.description, lang)}</p>` : nothing}
      ${this.#questionSlots(page, env, lang)}
    `;
  }

  /**
   * Every question of the page in a fixed slot, `nothing` where it is hidden: a question that appears or
   * disappears then leaves the others where they are, instead of Lit re-creating every later question in
   * a shifted list (the render benchmark measured 124 elements torn down and rebuilt per toggle).
   */
  #questionSlots(page: FormPage, env: ExpressionEnvironment, lang: Lang): unknown[] {
    const shown = new Set(visibleFields(page, env));
    return page.fields.map((field) => (shown.has(field) ? this.#renderQuestion(field, env, lang) : nothing));
  }

  /** One question: a field, a list of items ("add another") or a checkbox group of enum values. */
  #renderQuestion(field: LayoutField, env: ExpressionEnvironment, lang: Lang): TemplateResult {
    const procedure = this.procedure!;
    const schema = schemaAt(procedure.form, field.field);
    const widget = schema?.type === 'array' ? 'radio' : widgetOf(field, schema);
    const list = showList({ procedure, data: this.data, env, lang }, field);
    const count = list?.items.length ?? 0;
    return renderField({
      field, widget, schema, lang, value: readPath(this.data, field.field), required: isRequired(procedure, field, this.data, env),
      error: this.fieldErrors.get(field.field) ?? null, prefill: this.prefilled.get(field.field) ?? null,
      address: widget === 'address' ? this.#addresses.choiceOf(field.field) : undefined,
      list: list && {
        items: list.items, canAdd: count < (list.schema.maxItems ?? Infinity), canRemove: count > list.fewest,
        renderItem: (item: ItemField) => this.#renderQuestion(item, env, lang), add: () => this.#addItem(field, list.schema, count), remove: (index) => this.#removeItem(field, index, lang),
      },
    });
  }

  #renderTasks(lang: Lang): TemplateResult {
    const status = (page: FormPage): TaskStatus => (this.completed.has(page.id) ? 'completed' : this.visited.has(page.id) ? 'in-progress' : 'not-started');
    return renderTaskList(this.#pages().map((page) => ({ page, status: status(page) })), lang, (page) => this.#goTo(`page:${page.id}`));
  }

  #renderComponentsStep(lang: Lang): TemplateResult {
    return renderComponents({
      procedure: this.procedure!, env: this.#env(), lang, files: this.files, errors: this.fileErrors,
      onChoose: (component, event) => void this.#onChooseFile(component, event), onRemove: (component) => this.#onRemoveFile(component),
    });
  }

  #renderCheck(lang: Lang): TemplateResult {
    const procedure = this.procedure!;
    const env = this.#env();
    const estimate = estimateFeesAndDue(procedure, env, this.channel, this.now());
    return html`
      <div part="summary" class="check">
        ${renderCheckAnswers({
          procedure, lang, env, read: (path) => readPath(this.data, path), unitName: (code) => this.#addresses.nameOf(code),
          pages: this.#pages().map((page) => ({ page, fields: visibleFields(page, env) })),
          documents: [...this.files].map(([id, file]) => ({ title: this.#componentTitle(id, lang), file: file.name })),
          change: (page) => { this.#returnToCheck = true; this.#goTo(`page:${page.id}`); },
        })}
        <section class="check-section" aria-labelledby="check-fees"><h3 id="check-fees">${t(m.feesTitle, lang)}</h3>${renderFeesAndDue(estimate, lang)}</section>
      </div>
    `;
  }

  #renderResume(lang: Lang): TemplateResult {
    const savedAt = formatDueDate(this.pendingDraft?.savedAt ?? '', lang);
    return html`
      <section class="resume" part="page" aria-labelledby="step-title" data-step="resume">
        <h2 id="step-title" tabindex="-1">${t(m.draftTitle, lang)}</h2>
        ${savedAt ? html`<p>${t(m.draftSavedAt, lang, { time: savedAt })}</p>` : nothing}
        <p>${t(m.draftFiles, lang)}</p>
        <div class="buttons">
          <button type="button" data-draft="resume" @click=${() => this.#resumeDraft(true)}>${t(m.draftResume, lang)}</button>
          <button type="button" data-draft="restart" class="button--secondary" @click=${() => this.#resumeDraft(false)}>${t(m.draftRestart, lang)}</button>
        </div>
      </section>
    `;
  }
}


