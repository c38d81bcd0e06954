/**
 * The procedure form's data model: dotted paths into the answers, defaults from `form.data`, which
 * pages and fields are visible now, and the expression environment the procedure's conditions read.
 * Pure functions over plain JSON, so the element and its tests see the same decisions the server makes
 * (the conditions go through `@motcua/core`'s one interpreter).
 */
import { defaultWorkingCalendar, dossierEnvironment, evaluateCondition, type ChannelKind, type ExpressionEnvironment, type Procedure } from '@motcua/core';
import { isRecord } from '../../internal/is-record.js';

/** The form's modules read JSON through the model: `isRecord` too. */
export { isRecord };

/** The parts of a procedure the form reads, named after the generated procedure types. */
export type FormPage = Procedure['form']['layout']['pages'][number];
export type LayoutField = FormPage['fields'][number];
export type FormObject = Procedure['form']['data'];
export type FormField = NonNullable<FormObject['properties']>[string];
export type DossierComponent = Procedure['components'][number];
export type PrefillRule = NonNullable<Procedure['prefill']>[number];
export type Widget = NonNullable<LayoutField['widget']>;

/** The answers: plain JSON, shaped like `form.data`. */
export type FormAnswers = Readonly<Record<string, unknown>>;

/** What the procedure's conditions see besides the answers. */
export interface FormFacts {
  readonly channel: ChannelKind;
  readonly documents: readonly string[];
  readonly prefilled: readonly string[];
  /** The instant "now" (gives `$today`). */
  readonly now: Date;
}

/** The id of a field's first control (the error summary links to it). */
export function controlIdOf(path: string): string {
  return `field-${path}`;
}

/** The value at dotted `path` of `data` (a number segment indexes a list: `members.0.fullName`), or undefined. */
export function readPath(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of path.split('.')) {
    if (!isContainer(current) || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `data` with `value` at `path`. Removed when undefined, and emptied objects are removed
 * too — but a list item stays until it is removed from the list (an emptied one is `{}`, or `''`
 * for a list of scalars), and writing past a list's end pads it with such empty items.
 */
export function writePath(data: FormAnswers, path: string, value: unknown): FormAnswers {
  return writeAt(data, path.split('.'), value) as FormAnswers;
}

function writeAt(data: object, [head, ...rest]: readonly string[], value: unknown): object | undefined {
  const list = Array.isArray(data);
  const copy = (list ? [...data] : { ...data }) as Record<string, unknown>;
  const inner = copy[head!];
  const next = rest.length === 0 ? value : writeAt(isContainer(inner) ? inner : /^\d+$/.test(rest[0]!) ? [] : {}, rest, value);
  if (list) {
    const empty = rest.length === 0 ? '' : {};
    for (let index = data.length; index < Number(head); index++) copy[index] = empty;
    copy[head!] = next ?? empty;
  } else if (next === undefined || (isRecord(next) && Object.keys(next).length === 0)) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

/** Schemas already looked up, per form: every question asks for its own on every render. */
const schemas = new WeakMap<Procedure['form'], Map<string, FormField | undefined>>();

/** The schema of the field at `path`, or undefined when the form declares none. */
export function schemaAt(form: Procedure['form'], path: string): FormField | undefined {
  let known = schemas.get(form);
  if (!known) schemas.set(form, (known = new Map()));
  if (!known.has(path)) known.set(path, findSchema(form, path));
  return known.get(path);
}

function findSchema(form: Procedure['form'], path: string): FormField | undefined {
  let current: FormField | undefined = form.data;
  for (const segment of path.split('.')) {
    if (current?.type === 'array') {
      current = /^\d+$/.test(segment) ? current.items : undefined;
      continue;
    }
    if (current?.type !== 'object') return undefined;
    current = current.properties && Object.hasOwn(current.properties, segment) ? current.properties[segment] : undefined;
  }
  return current;
}

/** The answers every form starts with: the `default`s of `form.data`, nested as declared. */
export function collectDefaults(schema: FormObject): FormAnswers {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (field.type === 'object') {
      const nested = collectDefaults(field);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else if ('default' in field && field.default !== undefined) {
      out[key] = field.default;
    }
  }
  return out;
}

/** The widget of a layout field: its own, else one that fits the data type. */
export function widgetOf(field: LayoutField, schema: FormField | undefined): Widget {
  if (field.widget) return field.widget;
  if (!schema) return 'text';
  if (schema.type === 'boolean') return 'checkbox';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.type === 'object') return 'address';
  if (schema.type === 'string') {
    if (schema.enum) return 'select';
    const format = schema.format as Widget | undefined;
    return format && ['date', 'citizen-id', 'tax-code', 'phone', 'email'].includes(format) ? format : 'text';
  }
  return 'text';
}

/** The environment for the procedure's conditions on `data`, as the server builds it (`dossierEnvironment`). */
export function environmentOf(procedure: Procedure, data: FormAnswers, facts: FormFacts): ExpressionEnvironment {
  const dossier = { data, channel: facts.channel, case: null, documents: facts.documents, prefilled: facts.prefilled };
  return dossierEnvironment(procedure, defaultWorkingCalendar(), dossier, facts.now.toISOString(), null);
}

/** Whether an optional condition allows: absent is true. */
export function allows(condition: unknown, env: ExpressionEnvironment): boolean {
  return condition === undefined || evaluateCondition(condition, env);
}

/** The environment of the questions inside list item `path` (`members.0`): `$item` reads that item. */
export function itemEnvironment(env: ExpressionEnvironment, path: string): ExpressionEnvironment {
  return { ...env, item: readPath(env.data, path) };
}

/** The question pages whose `visibleWhen` holds. */
export function visiblePages(procedure: Procedure, env: ExpressionEnvironment): FormPage[] {
  return procedure.form.layout.pages.filter((page) => allows(page.visibleWhen, env));
}

/** The fields of `page` whose `visibleWhen` holds. */
export function visibleFields(page: FormPage, env: ExpressionEnvironment): LayoutField[] {
  return page.fields.filter((field) => allows(field.visibleWhen, env));
}

/**
 * Whether the field must be answered now: its `requiredWhen` holds, or the schema requires it (its key
 * is in its parent's `required` and the parent is itself required or partly answered — the same
 * reading as `validateFormData`, which checks a nested object's `required` only when the object exists).
 */
export function isRequired(procedure: Procedure, field: LayoutField, data: FormAnswers, env: ExpressionEnvironment): boolean {
  if (field.requiredWhen !== undefined && evaluateCondition(field.requiredWhen, env)) return true;
  return isSchemaRequired(procedure.form.data, field.field.split('.'), data);
}

function isSchemaRequired(parent: FormObject, segments: readonly string[], data: unknown): boolean {
  const [head, ...rest] = segments as [string, ...string[]];
  const required = parent.required?.includes(head) ?? false;
  if (rest.length === 0) return required;
  const child = parent.properties?.[head];
  const value = isRecord(data) ? data[head] : undefined;
  // A list item on screen is present: a scalar item must be answered, an object item's `required` apply.
  if (child?.type === 'array') return rest.length === 1 || (child.items.type === 'object' && isSchemaRequired(child.items, rest.slice(1), readPath(value, rest[0]!)));
  if (child?.type !== 'object') return false;
  const present = isRecord(value) && Object.keys(value).length > 0;
  return (required || present) && isSchemaRequired(child, rest, value);
}

/**
 * The answers without the fields hidden now (on hidden pages or with a false `visibleWhen`, or inside
 * a list item whose question's `visibleWhen` is false for it): hidden fields are neither validated nor
 * submitted. Fields no page shows are kept.
 */
export function pruneHidden(procedure: Procedure, data: FormAnswers, env: ExpressionEnvironment): FormAnswers {
  let out = data;
  const drop = (path: string) => { if (readPath(out, path) !== undefined) out = writePath(out, path, undefined); };
  for (const page of procedure.form.layout.pages) {
    const pageShown = allows(page.visibleWhen, env);
    for (const field of page.fields) {
      if (!pageShown || !allows(field.visibleWhen, env)) { drop(field.field); continue; }
      const items = readPath(data, field.field);
      if (!field.itemFields || !Array.isArray(items)) continue;
      for (let i = 0; i < items.length; i++) {
        const item = `${field.field}.${i}`;
        const itemEnv = itemEnvironment(env, item);
        for (const q of field.itemFields) if (!allows(q.visibleWhen, itemEnv)) drop(`${item}.${q.field}`);
      }
    }
  }
  return out;
}

/** Whether `value` counts as answered (as `validateFormData` reads `required`). */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (isRecord(value)) return Object.values(value).some(isFilled);
  return true;
}

/** A plain object or a list: what a path can go into. */
function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
