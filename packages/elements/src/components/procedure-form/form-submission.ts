/**
 * `submissionFor` and `sendSubmission`: one attempt at submitting — create the dossier (once: the
 * idempotency key is kept across retries of the same body and the created dossier across every attempt,
 * so a retry after a lost answer or a failed upload creates nothing twice; changed answers or documents
 * get a new key, which the server requires), then upload the files not yet uploaded. Failures come back
 * as error-summary items: the server's message, and each issue it reports linked to the question it is about.
 */
import type { Procedure } from '@motcua/core';
import { localized } from '../../internal/localized-text.js';
import type { Lang } from '../../internal/localize.js';
import type { ProcedureSubmitDetail } from './procedure-form.events.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';
import { controlIdOf } from './form-model.js';
import type { SummaryItem } from './render-summary.js';
import { postDossier, uploadDocument, type ApiResult, type SubmissionApi, type SubmissionBody, type SubmittedDossier } from './submit-dossier.js';

/** The state kept across attempts at one submission. */
export interface Submission {
  readonly key: string;
  /** The JSON text sent with `key`: the server binds the key to it (422 `idempotency-key-reused` otherwise). */
  readonly body: string;
  dossier: SubmittedDossier | null;
  readonly uploaded: Set<string>;
}

/**
 * The submission an attempt with `detail` continues: `previous` while it is a retry of the same body, or
 * once its dossier exists (then only files are left to send); else a new one with a fresh key, since the
 * answers or documents changed since the last attempt.
 */
export function submissionFor(previous: Submission | null, detail: ProcedureSubmitDetail): Submission {
  const { files: _files, ...fields } = detail;
  const body = JSON.stringify(fields satisfies SubmissionBody);
  if (previous && (previous.dossier || previous.body === body)) return previous;
  return { key: randomUuid(), body, dossier: null, uploaded: new Set() };
}

/**
 * A version-4 UUID. `crypto.randomUUID` exists only in secure contexts; on plain-HTTP intranets a blob
 * URL gives one (browsers name blob URLs `blob:<origin>/<random UUID v4>`, File API §8.3).
 */
function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}

/** The outcome of an attempt. */
export type SubmitOutcome = { readonly ok: true; readonly dossier: SubmittedDossier } | { readonly ok: false; readonly problems: readonly SummaryItem[] };

/** Where the submit button is: problems not about an answer link to it. */
export const SUBMIT_TARGET = 'submit-button';

/** Makes one attempt at `submission`, then uploads `files`. */
export async function sendSubmission(api: SubmissionApi, procedure: Procedure, submission: Submission, files: ProcedureSubmitDetail['files'], lang: Lang): Promise<SubmitOutcome> {
  if (!submission.dossier) {
    const result = await postDossier(api, submission.body, submission.key);
    if (!result.ok) return { ok: false, problems: describeFailure(procedure, result, lang) };
    submission.dossier = result.value;
  }
  const dossier = submission.dossier;
  for (const { component, file } of files) {
    if (submission.uploaded.has(component)) continue;
    const result = await uploadDocument(api, dossier, component, file);
    if (!result.ok) {
      const title = localized(procedure.components.find((candidate) => candidate.id === component)?.title ?? component, lang);
      const message = result.message?.[lang] ?? t(result.status === null ? m.errorNetwork : m.errorResponse, lang);
      return { ok: false, problems: [{ message: t(m.errorUpload, lang, { code: dossier.code, title, message }), target: SUBMIT_TARGET }] };
    }
    submission.uploaded.add(component);
  }
  return { ok: true, dossier };
}

/** A refused or failed `POST /dossiers` in words, its issues linked to their questions. */
function describeFailure(procedure: Procedure, result: Extract<ApiResult<unknown>, { ok: false }>, lang: Lang): SummaryItem[] {
  if (result.status === null) return [{ message: t(m.errorNetwork, lang), target: SUBMIT_TARGET }];
  const message = result.message?.[lang] ?? t(m.errorResponse, lang);
  const fields = procedure.form.layout.pages.flatMap((page) => page.fields.map((field) => ({ page, field })));
  const issues = result.issues.map((issue): SummaryItem => {
    const owner = fields.find(({ field }) => issue.path === field.field || issue.path.startsWith(`${field.field}.`));
    const text = `${owner ? localized(owner.field.label, lang) : issue.path}: ${issue.message[lang]}`;
    // An issue inside a list item (`members.1.citizenId`) links to that item's question.
    const target = owner && controlIdOf(/^\.\d/.test(issue.path.slice(owner.field.field.length)) ? issue.path : owner.field.field);
    return owner ? { message: text, target: target!, page: owner.page.id } : { message: text, target: SUBMIT_TARGET };
  });
  return [{ message: t(m.errorServer, lang, { status: result.status, message }), target: SUBMIT_TARGET }, ...issues];
}
