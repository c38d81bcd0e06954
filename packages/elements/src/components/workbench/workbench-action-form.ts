/**
 * The small form an action opens: it asks for exactly what the action `requires` (a reason, the missing
 * components, a new due date, attachment ids), validates it the GOV.UK way and builds the POST body.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { commonMsg, type Lang } from '../../internal/localize.js';
import { localized } from '../../internal/localized-text.js';
import type { ActionRequestBody } from './workbench-api.js';
import type { ActionRequirement, ProcedureView, WorkbenchAction } from './workbench-view.js';
import type { WorkbenchKey } from './workbench.messages.js';
import { t } from './workbench-words.js';

/** What the officer entered. */
export interface ActionValues {
  readonly reason: string;
  readonly components: readonly string[];
  readonly dueDate: string;
  readonly attachments: readonly string[];
}

/** A field of the form with a problem, and the message key. */
export interface ActionError {
  readonly field: 'reason' | 'components' | 'due' | 'attachments';
  /** The id of the control the summary links to. */
  readonly target: string;
  readonly message: WorkbenchKey;
}

/** Kinds where a reason is worth giving even when the procedure does not require one (it is printed on the notice). */
const REASON_WELCOME = ['request-supplement', 'extend', 'send-back', 'stop'];

const has = (action: WorkbenchAction, requirement: ActionRequirement) => action.requires.includes(requirement);

/** Checks `values` against what `action` requires; `today` is `YYYY-MM-DD` in Vietnam. */
export function validateAction(action: WorkbenchAction, values: ActionValues, today: string, firstComponent: string): ActionError[] {
  const errors: ActionError[] = [];
  if (has(action, 'reason') && values.reason.trim() === '') errors.push({ field: 'reason', target: 'action-reason', message: 'reason-missing' });
  // Decree 61/2018 Art. 15(3): a supplement request lists every missing component, once.
  if (has(action, 'missing-components') && values.components.length === 0) {
    errors.push({ field: 'components', target: `component-${firstComponent}`, message: 'components-missing' });
  }
  if (has(action, 'new-due-date')) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) errors.push({ field: 'due', target: 'action-due', message: 'due-missing' });
    else if (values.dueDate <= today) errors.push({ field: 'due', target: 'action-due', message: 'due-past' });
  }
  if (has(action, 'attachment') && values.attachments.length === 0) errors.push({ field: 'attachments', target: 'action-attachments', message: 'attachments-missing' });
  return errors;
}

/** The body of `POST /api/dossiers/:code/actions`: type and version, then only what the form asked for. */
export function toActionBody(action: WorkbenchAction, values: ActionValues, expectedVersion: number): ActionRequestBody {
  const reason = values.reason.trim();
  return {
    type: action.type, expectedVersion,
    ...(reason ? { reason } : {}),
    ...(has(action, 'missing-components') ? { missingComponents: values.components } : {}),
    ...(has(action, 'attachment') ? { attachments: values.attachments } : {}),
    ...(has(action, 'new-due-date') ? { newDueDate: values.dueDate } : {}),
  };
}

/** Reads the values from the rendered form. */
export function readActionForm(form: HTMLFormElement): ActionValues {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  const components = [...form.querySelectorAll<HTMLInputElement>('input[name=component]:checked')].map((box) => box.value);
  const attachments = value('attachments').split(/[\n,]/).map((id) => id.trim()).filter(Boolean);
  return { reason: value('reason'), components, dueDate: value('dueDate'), attachments };
}

/** The form's fields, with inline errors (the host renders the summary above them). */
export function renderActionFields(action: WorkbenchAction, procedure: ProcedureView | null, errors: readonly ActionError[], lang: Lang): TemplateResult {
  const error = (field: ActionError['field']) => errors.find((entry) => entry.field === field) ?? null;
  const showReason = has(action, 'reason') || REASON_WELCOME.includes(action.kind);
  return html`
    ${has(action, 'missing-components') ? renderComponents(procedure, error('components'), lang) : nothing}
    ${showReason ? renderField('reason', has(action, 'reason') ? 'reason-label' : 'reason-label-optional', 'reason-hint', error('reason'), lang,
      (describedBy, invalid) => html`<textarea id="action-reason" name="reason" rows="4" aria-describedby=${describedBy} aria-invalid=${invalid}></textarea>`) : nothing}
    ${has(action, 'new-due-date') ? renderField('due', 'due-label', 'due-hint', error('due'), lang,
      (describedBy, invalid) => html`<input id="action-due" name="dueDate" type="date" aria-describedby=${describedBy} aria-invalid=${invalid} />`) : nothing}
    ${has(action, 'attachment') ? renderField('attachments', 'attachments-label', 'attachments-hint', error('attachments'), lang,
      (describedBy, invalid) => html`<textarea id="action-attachments" name="attachments" rows="2" aria-describedby=${describedBy} aria-invalid=${invalid}></textarea>`) : nothing}
  `;
}

function renderField(field: ActionError['field'], label: WorkbenchKey, hint: WorkbenchKey, error: ActionError | null, lang: Lang,
  control: (describedBy: string, invalid: 'true' | 'false') => TemplateResult): TemplateResult {
  const id = field === 'due' ? 'action-due' : `action-${field}`;
  return html`
    <div class="field ${error ? 'field--error' : ''}">
      <label for=${id}>${t(label, lang)}</label>
      <p id="${id}-hint" class="hint">${t(hint, lang)}</p>
      ${error ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t(error.message, lang)}</p>` : nothing}
      ${control(error ? `${id}-hint ${id}-error` : `${id}-hint`, error ? 'true' : 'false')}
    </div>
  `;
}

function renderComponents(procedure: ProcedureView | null, error: ActionError | null, lang: Lang): TemplateResult {
  const components = procedure?.components ?? [];
  return html`
    <div class="field ${error ? 'field--error' : ''}">
      <fieldset aria-describedby=${error ? 'components-hint components-error' : 'components-hint'}>
        <legend>${t('components-legend', lang)}</legend>
        <p id="components-hint" class="hint">${t('components-hint', lang)}</p>
        ${error ? html`<p id="components-error" class="error-message"><span class="visually-hidden">${commonMsg('error-prefix', lang)}</span> ${t(error.message, lang)}</p>` : nothing}
        ${components.map((component) => html`
          <div class="checkbox">
            <input type="checkbox" id="component-${component.id}" name="component" value=${component.id} />
            <label for="component-${component.id}">${localized(component.title, lang)}</label>
          </div>`)}
      </fieldset>
    </div>
  `;
}
