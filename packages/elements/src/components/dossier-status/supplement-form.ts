/**
 * `SupplementForm`: the part of `<motcua-dossier-status>` that answers a supplement request — what is
 * missing, by title; one file field per component; each file checked by content and size before anything
 * is sent; then the upload and the supplement command (`sendSupplement`). A Lit reactive controller, so
 * its state re-renders its host.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { acceptedTypes, checkUpload, describeMediaTypes, type UploadProblem } from '../../internal/check-upload.js';
import { focusErrorSummary, renderErrorSummary } from '../../internal/error-summary.js';
import { commonMsg, type Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import { t } from './dossier-status-words.js';
import type { DossierRequestView, SupplementComponentView } from './dossier-status-view.js';
import { sendSupplement, type SupplementFailure } from './send-supplement.js';

/** What the form needs of its host. */
export interface SupplementFormOptions {
  readonly root: () => ParentNode;
  readonly endpoint: () => string;
  readonly token: () => string;
  readonly fetch: () => typeof globalThis.fetch;
  /** The lookup form's errors must go: one error summary at a time. */
  readonly clearOtherErrors: () => void;
  /** After the server took the supplement: the host tells the page and reloads the status. */
  readonly onSent: (code: string, documents: readonly string[]) => void;
  /** After a 409: the dossier changed meanwhile; the host reloads it. */
  readonly onStale: () => void;
}

/** `motcua-supplement-sent`: the server took the supplement; `documents` are the component ids sent. */
export interface SupplementSentDetail {
  readonly code: string;
  readonly documents: readonly string[];
}

interface Problem {
  readonly target: string;
  readonly message: (lang: Lang) => string;
}

const SUBMIT_ID = 'supplement-submit';

/** The supplement request's form and its sending state. */
export class SupplementForm implements ReactiveController {
  /** True while files are being sent. */
  sending = false;
  /** The code of the dossier whose supplement the server took, until the next lookup. */
  sentFor: string | null = null;
  private problems: readonly Problem[] = [];
  private focusSummary = false;
  private focusSent = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: SupplementFormOptions;

  constructor(host: ReactiveControllerHost, options: SupplementFormOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    // After sending, the form is gone with the request: move focus to the confirmation once the status is back.
    const sent = this.focusSent ? this.options.root().querySelector<HTMLElement>('[data-field=supplement-sent]') : null;
    if (sent) {
      this.focusSent = false;
      sent.focus();
    }
    // After a 409 the host reloads first: focus the summary once the form is back.
    const form = this.focusSummary ? this.options.root().querySelector('[data-field=supplement]') : null;
    if (!form) return;
    this.focusSummary = false;
    focusErrorSummary(form);
  }

  /** Forgets errors and the sent notice (a new lookup starts). */
  reset(): void {
    this.problems = [];
    this.sentFor = null;
    this.focusSent = false;
  }

  /** Forgets the errors only. */
  clearErrors(): void {
    this.problems = [];
  }

  /** The request's block: reason, what is missing, and the upload form. */
  render(code: string, version: number | null, request: DossierRequestView, lang: Lang): TemplateResult {
    const components = componentsOf(request);
    return html`
      <div class="notice notice--supplement" data-field="supplement">
        <h3>${t('supplement-title', lang)}</h3>
        <p>${t('supplement-intro', lang)}</p>
        <ul>${components.map((component) => html`<li>${titleOf(component, lang)}</li>`)}</ul>
        ${request.reason ? html`<p>${t('supplement-reason', lang, { reason: request.reason })}</p>` : nothing}
        <form part="supplement-form" class="supplement-form" novalidate aria-labelledby="supplement-upload-title"
          @submit=${(event: SubmitEvent) => this.onSubmit(event, code, version, components)}>
          <h4 id="supplement-upload-title">${t('supplement-upload-title', lang)}</h4>
          ${this.problems.length
            ? renderErrorSummary(this.options.root(), this.problems.map(({ target, message }) => ({ target, message: message(lang) })), lang)
            : nothing}
          ${components.map((component) => this.renderField(component, lang))}
          <button part="supplement-submit" id=${SUBMIT_ID} type="submit" aria-disabled=${this.sending ? 'true' : 'false'}>${t('supplement-submit', lang)}</button>
          ${this.sending ? html`<p class="hint">${t('supplement-sending', lang)}</p>` : nothing}
        </form>
      </div>
    `;
  }

  private renderField(component: SupplementComponentView, lang: Lang): TemplateResult {
    const id = fieldId(component.id);
    const problem = this.problems.find((candidate) => candidate.target === id);
    const describedBy = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
    return html`
      <div class="field ${problem ? 'field--error' : ''}">
        <label for=${id}>${titleOf(component, lang)}</label>
        <p id="${id}-hint" class="hint">${hintOf(component, lang)}</p>
        ${problem ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${problem.message(lang)}</p>` : nothing}
        <input id=${id} name=${id} type="file" accept=${acceptedTypes(component.accept).join(',')}
          aria-describedby=${describedBy} aria-invalid=${problem ? 'true' : 'false'} />
      </div>
    `;
  }

  private async onSubmit(event: SubmitEvent, code: string, version: number | null, components: readonly SupplementComponentView[]): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const form = event.currentTarget as HTMLFormElement;
    const chosen = components.map((component) => [component, (form.elements.namedItem(fieldId(component.id)) as HTMLInputElement | null)?.files?.[0] ?? null] as const);
    const problems = (await Promise.all(chosen.map(([component, file]) => checkChoice(component, file)))).flatMap((problem) => (problem ? [problem] : []));
    if (problems.length > 0) return this.showProblems(problems);
    this.problems = [];
    this.sending = true;
    this.host.requestUpdate();
    const files = chosen.map(([component, file]) => [component.id, file!] as const);
    const outcome = await sendSupplement({
      fetch: this.options.fetch(), endpoint: this.options.endpoint(), code, token: this.options.token(), files, expectedVersion: version,
    });
    this.sending = false;
    if (outcome.ok) {
      this.sentFor = code;
      this.focusSent = true;
      this.host.requestUpdate();
      this.options.onSent(code, files.map(([id]) => id));
      return;
    }
    if (outcome.reason === 'stale') this.options.onStale();
    this.showProblems([failureProblem(outcome, components)]);
  }

  private showProblems(problems: readonly Problem[]): void {
    this.options.clearOtherErrors();
    this.problems = problems;
    this.focusSummary = true;
    this.host.requestUpdate();
  }
}

/** The components asked for: the server's details, or bare ids from an older server. */
function componentsOf(request: DossierRequestView): readonly SupplementComponentView[] {
  if (request.componentDetails.length > 0) return request.componentDetails;
  return request.components.map((id) => ({ id, title: null, accept: [], maxSizeMB: null }));
}

function fieldId(componentId: string): string {
  return `file-${componentId}`;
}

function titleOf(component: SupplementComponentView, lang: Lang): string {
  return component.title ? localized(component.title, lang) : component.id;
}

function typesOf(component: SupplementComponentView, lang: Lang): string {
  return describeMediaTypes(acceptedTypes(component.accept), t('supplement-or', lang));
}

function hintOf(component: SupplementComponentView, lang: Lang): string {
  const types = typesOf(component, lang);
  return component.maxSizeMB === null ? t('supplement-file-hint', lang, { types }) : t('supplement-file-hint-size', lang, { types, size: formatSize(component.maxSizeMB, lang) });
}

function formatSize(megabytes: number, lang: Lang): string {
  return megabytes.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
}

async function checkChoice(component: SupplementComponentView, file: File | null): Promise<Problem | null> {
  const target = fieldId(component.id);
  if (file === null) return { target, message: (lang) => t('file-missing', lang, { title: titleOf(component, lang) }) };
  const check = await checkUpload(file, component);
  return check.ok ? null : { target, message: (lang) => problemMessage(check.problem, component, lang) };
}

function problemMessage(problem: UploadProblem, component: SupplementComponentView, lang: Lang): string {
  const title = titleOf(component, lang);
  switch (problem.kind) {
    case 'empty': return t('file-empty', lang, { title });
    case 'too-large': return t('file-too-large', lang, { title, size: formatSize(problem.maxSizeMB, lang) });
    case 'wrong-type': {
      const found = problem.found === null ? t('file-unknown-type', lang) : describeMediaTypes([problem.found]);
      return t('file-wrong-type', lang, { title, types: typesOf(component, lang), found });
    }
  }
}

function failureProblem(failure: SupplementFailure, components: readonly SupplementComponentView[]): Problem {
  const component = components.find((candidate) => candidate.id === failure.component);
  if (failure.reason === 'stale') return { target: SUBMIT_ID, message: (lang) => t('supplement-stale', lang) };
  const serverSays = (lang: Lang) => (failure.message ? localized(failure.message, lang) : t(failure.reason === 'not-found' ? 'not-found' : 'server-error', lang, { status: failure.status ?? '' }));
  if (!component) {
    return { target: SUBMIT_ID, message: (lang) => (failure.reason === 'network' ? t('network', lang) : t('supplement-failed', lang, { message: serverSays(lang) })) };
  }
  const target = fieldId(component.id);
  return {
    target,
    message: (lang) => failure.reason === 'network'
      ? t('send-network', lang, { title: titleOf(component, lang) })
      : t('send-failed', lang, { title: titleOf(component, lang), message: serverSays(lang) }),
  };
}
