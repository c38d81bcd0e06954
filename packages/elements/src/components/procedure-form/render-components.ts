/**
 * The dossier components page (thành phần hồ sơ): what to provide now and how — originals or copies in
 * words, "one of" for alternatives, "bring to show" for present-only papers, a template link, an upload
 * per component — and what is not asked for because a national database holds it, with the reason
 * (Decree 104/2022/NĐ-CP; Decree 118/2025/NĐ-CP: data already held by the State is not asked again).
 */
import { listMissingComponents, type ExpressionEnvironment, type Procedure } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { localized } from '../../internal/localized-text.js';
import type { Lang } from '../../internal/localize.js';
import { acceptedTypes, describeMediaTypes, type UploadProblem } from '../../internal/check-upload.js';
import { allows, type DossierComponent } from './form-model.js';
import * as m from './procedure-form.messages.js';
import { msg as t } from './procedure-form.messages.js';
import { renderError } from './render-field.js';

/** What the components page shows and does. */
export interface ComponentsView {
  readonly procedure: Procedure;
  /** The conditions' environment, with the components provided so far as `$documents`. */
  readonly env: ExpressionEnvironment;
  readonly lang: Lang;
  readonly files: ReadonlyMap<string, File>;
  /** Error per component id. */
  readonly errors: ReadonlyMap<string, string>;
  readonly onChoose: (component: DossierComponent, event: Event) => void;
  readonly onRemove: (component: DossierComponent) => void;
}

/** A problem of the components page: the message and the file input it belongs to. */
export interface ComponentProblem {
  readonly component: string;
  readonly message: string;
}

/** Whether a component is asked for now: its case applies and it is required or its `requiredWhen` holds. */
export function isNeeded(component: DossierComponent, env: ExpressionEnvironment): boolean {
  const caseId = (env.context?.case ?? null) as string | null;
  if (component.cases && (caseId === null || !component.cases.includes(caseId))) return false;
  return component.required || (component.requiredWhen !== undefined && allows(component.requiredWhen, env));
}

/** Whether the page lists it: needed now, or optional with no condition attached. */
function isListed(component: DossierComponent, env: ExpressionEnvironment): boolean {
  return isNeeded(component, env) || (component.requiredWhen === undefined && !component.cases);
}

/** The components still missing, as messages tied to their file inputs (present-only papers are shown, not uploaded). */
export function listComponentProblems(procedure: Procedure, env: ExpressionEnvironment, provided: readonly string[], lang: Lang): ComponentProblem[] {
  const byId = new Map(procedure.components.map((component) => [component.id, component]));
  return listMissingComponents(procedure, env, provided).missing.flatMap((missing): ComponentProblem[] => {
    if (missing.alternatives) {
      const titles = missing.alternatives.map((alternative) => localized(alternative.title, lang)).join('; ');
      return [{ component: missing.alternatives[0]!.id, message: t(m.requiredOneOf, lang, { titles }) }];
    }
    const component = byId.get(missing.id);
    if (!component || component.presentOnly) return [];
    return [{ component: component.id, message: t(m.requiredFile, lang, { title: localized(component.title, lang) }) }];
  });
}

/** The page body (inside the page form; the host adds the heading, summary and buttons). */
export function renderComponents(view: ComponentsView): TemplateResult {
  const { procedure, env, lang } = view;
  const waived = new Map(listMissingComponents(procedure, env, [...view.files.keys()]).waived.map((item) => [item.id, item]));
  const listed = procedure.components.filter((component) => isListed(component, env));
  const groupsDone = new Set<string>();
  return html`
    <p>${t(m.componentsIntro, lang)}</p>
    <p class="notice">${t(m.draftFiles, lang)}</p>
    ${listed.map((component) => {
      const group = component.alternativeGroup;
      if (group === undefined) return renderComponent(view, component, waived.get(component.id)?.reason);
      if (groupsDone.has(group)) return nothing;
      groupsDone.add(group);
      const members = listed.filter((member) => member.alternativeGroup === group);
      return html`<fieldset class="component-group" data-group=${group}>
        <legend>${t(m.componentOneOf, lang)}</legend>
        ${members.map((member) => renderComponent(view, member, waived.get(member.id)?.reason))}
      </fieldset>`;
    })}
  `;
}

function renderComponent(view: ComponentsView, component: DossierComponent, waivedReason: { vi: string; en?: string } | undefined): TemplateResult {
  const { lang } = view;
  const title = localized(component.title, lang);
  const needed = isNeeded(component, view.env);
  return html`
    <div class="component" data-component=${component.id}>
      <h3>${title} <strong class="tag">${waivedReason ? t(m.waivedTitle, lang) : t(needed ? m.componentRequired : m.componentOptional, lang)}</strong></h3>
      ${component.description ? html`<p class="hint">${localized(component.description, lang)}</p>` : nothing}
      ${waivedReason
        ? html`<p class="notice notice--waived" data-waived>${localized(waivedReason, lang)}</p>`
        : html`<p>${copiesInWords(component, lang)}</p>${renderTemplate(component, lang)}
          ${component.presentOnly ? html`<p class="notice" data-present-only>${t(m.presentOnly, lang)}</p>` : renderUpload(view, component, title)}`}
    </div>
  `;
}

/** Originals and copies in words (Decree 118/2025 keeps the applicant's choice of certified copy or copy with original). */
function copiesInWords(component: DossierComponent, lang: Lang): string {
  const counts = { originals: component.originals, copies: component.copies };
  if (component.originals > 0 && component.copies > 0) return t(m.componentBoth, lang, counts);
  return component.copies > 0 ? t(m.componentCopies, lang, counts) : t(m.componentOriginals, lang, counts);
}

function renderTemplate(component: DossierComponent, lang: Lang): TemplateResult | typeof nothing {
  const template = component.template;
  if (!template) return nothing;
  return template.url
    ? html`<p><a href=${template.url} download>${t(m.templateDownload, lang, { title: template.title })}</a></p>`
    : html`<p>${t(m.template, lang, { title: template.title })}</p>`;
}

function renderUpload(view: ComponentsView, component: DossierComponent, title: string): TemplateResult {
  const { lang } = view;
  const id = `file-${component.id}`;
  const accept = acceptedTypes(component.accept);
  const file = view.files.get(component.id);
  const error = view.errors.get(component.id);
  const described = [`${id}-accept`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="field ${error ? 'field--error' : ''}">
      <label for=${id} class="sub-label">${t(m.chooseFile, lang)}<span class="visually-hidden">: ${title}</span></label>
      <p id="${id}-accept" class="hint">${t(m.accept, lang, { types: describeMediaTypes(accept), size: component.maxSizeMB ?? 50 })}</p>
      ${error ? renderError(id, error, lang) : nothing}
      <input type="file" id=${id} name=${id} accept=${accept.join(',')} aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => view.onChoose(component, event)} />
      ${file ? html`<p class="file-chosen" data-file-for=${component.id}>${t(m.fileChosen, lang, { name: file.name, size: formatSize(file.size) })}
          <button type="button" class="link-button" @click=${() => view.onRemove(component)}>${t(m.removeFile, lang, { name: file.name })}</button></p>` : nothing}
    </div>
  `;
}

/** Why `file` was refused for `component`, naming the file and what is accepted. */
export function describeUploadProblem(problem: UploadProblem, file: File, component: DossierComponent, lang: Lang): string {
  const title = localized(component.title, lang);
  if (problem.kind === 'empty') return t(m.fileEmpty, lang, { file: file.name });
  if (problem.kind === 'too-large') return t(m.fileTooLarge, lang, { file: file.name, size: problem.sizeMB.toFixed(1), max: problem.maxSizeMB, title });
  const found = problem.found ? describeMediaTypes([problem.found]) : t(m.fileUnknown, lang);
  return t(m.fileWrongType, lang, { file: file.name, found, title, accepted: describeMediaTypes(problem.accept) });
}

/** `1,2 MB` / `340 KB`. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

